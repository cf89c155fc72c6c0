"""Spots of a site or a street (round 35, QUASI_OTHER that is neither a count nor an "only"): a
thing said with what stands beside it as a phrase of its own ("the kiosk by the church",
``rules/singling.yaml`` PlaceByALandmark), a site's part by its letter ("train b", "rack row c",
"row c") and a floor by its ordinal after a comma or before "level" ("the building ..., fifth
floor", "the nineteenth floor level"; ``rules/workplaces.yaml`` WorkplaceUnit).  Each case runs
through a whole Redactor and asserts the exact spans of the place-like quasi types; the near misses
assert those types find nothing there.

Span policy: a spot from its article to the end of the landmark's noun phrase (the phrase ends at a
pause or at a word that starts a clause); a floor from its ordinal (the older tests' convention); a part
from its kind's word to its letter."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT", "ADDRESS"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("it's above my aunt's kiosk. the kiosk by the church", [("UNIQUE_DETAIL", "the kiosk by the church")]),
    ("upstairs, in the container behind the jet wash, six of us",
     [("UNIQUE_DETAIL", "the container behind the jet wash")]),
    ("i'm twenty four - we live in the prefab behind the barn. mister onodera knows where",
     [("UNIQUE_DETAIL", "the prefab behind the barn")]),
    ("it go down with the current to the reef by the old american dump, you know, people swim there",
     [("UNIQUE_DETAIL", "the reef by the old american dump")]),
    ("I live on the finca, in the second house by the reservoir.",
     [("UNIQUE_DETAIL", "the second house by the reservoir")]),
    ("i help my sister sell noodles, the stall by the bus station in the old town",
     [("UNIQUE_DETAIL", "the stall by the bus station")]),
])
def test_a_spot_said_by_what_stands_beside_it(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # a passive's agent
    "The destruction report signed by the agent says more.",
    "the camp is paid by the ministry, and the rest by donors.",
    "Can we say the reaction was caused by the expired vials?",
    # a time or a measure after "by"
    "in the morning by the evening the whole street knows.",
    "The pickers are paid by the kilo, you know.",
    # the phrase runs on into a clause: no pause ends it
    "The water level in the wells near the lagoon went down more than the model allows.",
    # no thing before the landmark, or one of many said with "a"
    "we met behind the school.",
    "they keep the vans in a garage by the river, then to spain.",
])
def test_agents_times_and_clauses_are_no_spot(redactor_default, text):
    assert _found(redactor_default, text) == []


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
