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
    ("the chlorine dosing pump on train b has been on bypass since august", [("WORK_UNIT", "train b")]),
    ("warehouse four, rack row c, the old sherry butts",
     [("WORK_UNIT", "warehouse four"), ("WORK_UNIT", "row c")]),
])
def test_a_sites_part_by_its_letter(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "we row a boat to the island, it is fun",
    "i took the train a few times",
    "they put a block a day on the wall",
])
def test_an_article_after_a_parts_word_is_no_letter(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("a scaffolder fell from the nineteenth floor level onto the catch fan.",
     [("WORK_UNIT", "nineteenth floor")]),
    ("I work in the pensions section, on the second floor. Eleven years now.",
     [("WORK_UNIT", "pensions section"), ("WORK_UNIT", "second floor")]),
    ("At Club Eclipse, in the old building, fifth floor. I was a host there.",
     [("WORK_UNIT", "fifth floor")]),
])
def test_a_floor_with_its_article_or_in_a_list(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "it was the fifth time, honestly",
    "the first floor plan was wrong",
    "the fifth, floor it and go",
])
def test_times_and_plans_are_no_floor(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("staff nurse yeah on nights mostly and um you know", [("UNIQUE_DETAIL", "nights")]),
    ("I have worked there since 2014, always on nights.", [("UNIQUE_DETAIL", "nights")]),
    ("the aeration, i take the samples. on nights is two of us, me and her.",
     [("UNIQUE_DETAIL", "nights"), ("UNIQUE_DETAIL", "two of us")]),
])
def test_nights_said_as_the_roster_one_is_on(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "we go fishing on nights like this one.",
    "on nights when the boats come in it is loud.",
    "she rang me, she still has friends on days.",
])
def test_nights_as_a_time_and_days_are_no_roster(redactor_default, text):
    assert _found(redactor_default, text) == []
