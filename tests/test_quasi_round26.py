"""Round 26: the hours of a shift said as a range (``rules/singling.yaml``, ShiftOrRoster), "only"
joined to the count or the job it makes unique (``redactor/detect/unique_edges.py``), a vehicle
with its number in a fleet (``redactor/detect/vehicle_edges.py``), a time in a job said on its
own (``rules/ages.yaml``, ServiceDuration).

Each case runs through a whole Redactor and asserts the exact spans of the quasi types; the near
misses assert that no such span is found.  Span policy: a range from its first hour to its last,
with the shift or the part of the day set off before it by a comma."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT", "VEHICLE", "OCCUPATION"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("I load trucks at the depot, mostly on the early shift, five to thirteen thirty.",
     [("UNIQUE_DETAIL", "the early shift, five to thirteen thirty")]),
    ("The two of them guard the gate, 11 p.m. to 7. Nobody else comes.",
     [("UNIQUE_DETAIL", "11 p.m. to 7")]),
    ("swing shift is ours, noon to nine, yeah", [("UNIQUE_DETAIL", "noon to nine")]),
    ("Answer: Mornings, three to ten, mostly.", [("UNIQUE_DETAIL", "Mornings, three to ten")]),
    ("She sits at the front desk every day from nine to four.", [("UNIQUE_DETAIL", "nine to four")]),
    ("They moved me to lates, 2pm to 10pm.", [("UNIQUE_DETAIL", "lates, 2pm to 10pm")]),
    ("i cleaned there from six in the morning till two", [("UNIQUE_DETAIL", "six in the morning till two")]),
])
def test_the_hours_of_a_shift_said_as_a_range(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "We phoned the office two to three times a week.",
    "The children there are from seven to fifteen years old.",
    "Store the samples cold, three to six degrees.",
    "The score went from two to three in the second half.",
    "The class grew from nine to twelve pupils.",
])
def test_counts_and_measures_are_no_hours(redactor_default, text):
    assert [f for f in _found(redactor_default, text) if f[0] == "UNIQUE_DETAIL"] == []


@pytest.mark.parametrize("text, expected", [
    ("At the clinic I am the only radiographer.", [("UNIQUE_DETAIL", "I am the only radiographer")]),
    ("i'm the only woman plumber, the rest are men", [("UNIQUE_DETAIL", "i'm the only woman plumber")]),
    ("Only two Eritreans work in that kitchen, and the rest are locals.",
     [("UNIQUE_DETAIL", "Only two Eritreans work in that kitchen")]),
    ("She is one of only four pilots at the airstrip.", [("UNIQUE_DETAIL", "one of only four pilots at the airstrip")]),
])
def test_only_makes_a_count_or_a_job_unique(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Not only teachers but nurses joined the strike.",
    "Only nurses can enter the ward.",
    "The only way in is through the back.",
])
def test_only_without_a_count_or_a_job_stays(redactor_default, text):
    assert [f for f in _found(redactor_default, text) if f[0] == "UNIQUE_DETAIL"] == []


@pytest.mark.parametrize("text, expected", [
    ("I drive the agency's white Toyota Hilux, number 3, ask anyone.",
     [("VEHICLE", "white Toyota Hilux, number 3")]),
    ("He drives the grey Nissan Patrol number 12. He saw me.", [("VEHICLE", "grey Nissan Patrol number 12")]),
    ("I drive the red Ford Transit with the roof rack, van 4. And I live near the port.",
     [("VEHICLE", "red Ford Transit with the roof rack, van 4")]),
])
def test_a_vehicle_with_its_number_in_a_fleet(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The white Toyota Hilux number 4 in the queue was mine.", [("VEHICLE", "white Toyota Hilux")]),
    ("We took the red Ford Transit, van 4 days later broke down.", [("VEHICLE", "red Ford Transit")]),
])
def test_a_number_that_is_no_fleet_number_stays_out(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("i am fifty. nine years now. and the boss knows me", "nine years"),
    ("Nine years i work here. The manager is new.", "Nine years"),
    ("- thirty years on the docks. my brother also", "thirty years on the docks"),
    ("He told me about the job. Second winter there, for a small outfitter.", "Second winter"),
    ("He is a cook on the ferry, fourth contract with that line, six months each.", "fourth contract"),
    ("she is in the second year at the college", "second year"),
])
def test_a_time_in_a_job_said_on_its_own(redactor_default, text, expected):
    assert expected in [f.text for f in redactor_default.scan(text) if f.entity_type == "DURATION"]


@pytest.mark.parametrize("text", [
    "Two years ago I left.",
    "Five years is a long time.",
    "Three years later we moved to the coast.",
    "The first year of the war was hard.",
    "It was the first time I saw him.",
    "The second season of the show was better.",
])
def test_a_time_that_is_no_time_in_a_job(redactor_default, text):
    assert [f.text for f in redactor_default.scan(text) if f.detector == "ServiceDuration"] == []
