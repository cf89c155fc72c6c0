"""Singling-out phrases said of a person by its verb (rules/singling.yaml, "the only one, said of
a person by its verb"): after "I am", "he is", "she was", "the only" names a person whatever its
noun.  Exact spans through a whole
Redactor; near misses find nothing of the kind."""

from __future__ import annotations

import pytest


def _unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ('IT said it was a "role review". I\'m the only analyst whose access was reviewed.',
     ["I'm the only analyst whose access was reviewed"]),
    # the speaker's past "i was" is the phrase's since round 35 (test_spans35_clauses)
    ("i have burns on the hand only. i was the only other one at the hatch", ["i was the only other one at the hatch"]),
    ("because i was the only west coast mod. they posted her name.", ["i was the only west coast mod"]),
    # a contact clause says whose only one (round 31, unique_edges)
    ("i'm sixty, i'm the only ice maker they ever had, so they'll know.", ["i'm the only ice maker they ever had"]),
    # a new clause ends it: "until ...", a transcript's next turn joined with a space ("did the police ...")
    ("Third winter. I'm the only mechanic until the ship comes in November.", ["I'm the only mechanic"]),
    ("i was the only other one at the hatch did the police or the labour inspection investigate",
     ["i was the only other one at the hatch"]),
])
def test_what_follows_the_only_after_a_person_and_its_verb(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "it's the only way to get there before dark",
    "I'm the only reason he stayed on the farm",
    "she was the only thing he had left in that house",
    "that's the oldest trick there is",
    "the oldest building in town burned down",
    "I was the only one left",
    "she was the only other one that stayed",
])
def test_no_person_said_before_the_only(redactor_default, text):
    assert _unique(redactor_default, text) == []
