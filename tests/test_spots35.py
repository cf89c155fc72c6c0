"""Parts of a site (round 35, QUASI_OTHER that is neither a count nor an "only"): a site's part by
its letter ("train b", "rack row c") and a floor by its ordinal after a comma or before "level"
("the building ..., fifth floor", "the nineteenth floor level"; ``rules/workplaces.yaml``
WorkplaceUnit), and "nights" said after "on" as the roster one is on (``rules/singling.yaml``
ShiftOrRoster).  Each case runs through a whole Redactor and asserts the exact spans of the
place-like quasi types; the near misses assert those types find nothing there.

Span policy: a floor from its ordinal (the older tests' convention); a part from its kind's word
to its letter; the roster as the bare word ("nights"), as round 10's bare plurals."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT", "ADDRESS"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    # a site's part by its letter
    ("the chlorine dosing pump on train b has been on bypass since august", [("WORK_UNIT", "train b")]),
    ("warehouse four, rack row c, the old sherry butts",
     [("WORK_UNIT", "warehouse four"), ("WORK_UNIT", "row c")]),
    # a floor before "level" or said in a list after a comma
    ("a scaffolder fell from the nineteenth floor level onto the catch fan.",
     [("WORK_UNIT", "nineteenth floor")]),
    ("I work in the pensions section, on the second floor. Eleven years now.",
     [("WORK_UNIT", "pensions section"), ("WORK_UNIT", "second floor")]),
    ("At Club Eclipse, in the old building, fifth floor. I was a host there.",
     [("WORK_UNIT", "fifth floor")]),
    # the night roster said after "on"
    ("staff nurse yeah on nights mostly and um you know", [("UNIQUE_DETAIL", "nights")]),
    ("I have worked there since 2014, always on nights.", [("UNIQUE_DETAIL", "nights")]),
    ("the aeration, i take the samples. on nights is two of us, me and her.",
     [("UNIQUE_DETAIL", "nights"), ("UNIQUE_DETAIL", "two of us")]),
])
def test_a_sites_part_a_floor_or_the_night_roster(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # an article after a part's word is no letter
    "we row a boat to the island, it is fun",
    "i took the train a few times",
    "they put a block a day on the wall",
    # a time or a plan is no floor
    "it was the fifth time, honestly",
    "the first floor plan was wrong",
    "the fifth, floor it and go",
    # nights as a time, and "on days" (a time anyone keeps), are no roster
    "we go fishing on nights like this one.",
    "on nights when the boats come in it is loud.",
    "she rang me, she still has friends on days.",
])
def test_articles_times_plans_and_days_stay(redactor_default, text):
    assert _found(redactor_default, text) == []
