"""Round 26: the hours of a shift said as a range (``rules/singling.yaml``, ShiftOrRoster).

Each case runs through a whole Redactor and asserts the exact spans of the quasi types; the near
misses assert that no such span is found.  Span policy: a range from its first hour to its last,
with the shift or the part of the day set off before it by a comma."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT", "VEHICLE", "OCCUPATION"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("I load trucks at the depot, always on the early shift, five to thirteen thirty.",
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
