"""Round 37, "guide" as a job noun that names a job only with a noun before it (``rules/roles.yaml``,
"qualified occupation", vocabulary ``compound_head``): "a raft guide for ...", "the field guide",
"a boat captain and dive guide".  Alone a guide is anyone who shows the way ("a guide on his second
trip"), and the word before it must be a small-letter noun that says of what; the design gold
annotates 5 of the 6 such compounds said of a person.  Not a guide that is a text ("the user guide",
"a style guide", "the price guide"), a verb ("so you guide on the river"), a plural, nor a Markdown
heading, which says what the interview is about."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="module")
def unseen() -> Redactor:
    """A redactor that has scanned none of the texts above: a run carries a value found in one
    text to its other mentions in the next (the heading "# Raft guide" after a text where "raft
    guide" was found), which is the run-wide table at work, not a job found in a heading."""
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("reporter: okay, it's on. so you guide on the river?\n"
     "source: yeah, raft guide for himal whitewater adventures, the camp at sukute. um, seven seasons.",
     ["raft guide"]),
    ("Now I'm a boat captain and dive guide at Blue Lagoon Divers, the shop at the harbour.",
     ["boat captain and dive guide"]),
    (">> yeah. i'm a field guide for polar trail expeditions, the snowmobile tours.", ["field guide"]),
    ("This was my second winter as a sled dog guide at Revontuli Huskies.", ["dog guide"]),
])
def test_a_guide_with_the_noun_before_it(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, "OCCUPATION")] == expected


@pytest.mark.parametrize("text", [
    "Read the user guide first, and the style guide says no commas there. The price guide was wrong.",
    "so you guide on the river? and are the river guides certified?",
    "we bought a pocket guide and a study guide at the station.",
    "the commission services published the practical guide to eu funding in 2007, a complete guide.",
    "# Raft guide - interview transcript\n\n**Reporter:** Thanks for your time.",
])
def test_no_guide_where_no_job_is_said(unseen, text):
    assert of_type(unseen, text, "OCCUPATION") == []
