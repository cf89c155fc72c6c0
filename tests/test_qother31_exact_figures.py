"""Round 31: an exact figure said aloud, hundreds and the rest ("two hundred and six", "three
hundred and ten passengers"), is a count or a tally only the few who made it know; a round one
("two hundred people") is the estimate anyone gives and stays as the count rule finds it, a part of
a longer number is the money's or the year's.  Exact spans through the whole Redactor."""

from __future__ import annotations

import pytest


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)
            if f.entity_type in {"COUNT", "UNIQUE_DETAIL", "MONEY", "FINANCIAL", "DATE"}]


@pytest.mark.parametrize("text, expected", [
    ("ask the union. i measured two hundred and ten interviews that month.",
     [("COUNT", "two hundred and ten interviews")]),
    ("the boat was certified for three hundred and ten passengers, they said.",
     [("COUNT", "three hundred and ten passengers")]),
    ("the stall is number two hundred and six, blue tarp.", [("COUNT", "two hundred and six")]),
    ("page four hundred twelve in the log", [("COUNT", "four hundred twelve")]),
])
def test_an_exact_figure_said_aloud(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # a part of a longer number, a year, a round hundred
    "It was nineteen hundred and ninety six when we came.",
    "they said about two hundred came to the square.",
    "the fine was two thousand two hundred and fifty.",
])
def test_not_an_exact_figure_of_its_own(redactor_default, text):
    assert not [t for t, said in found(redactor_default, text) if t == "COUNT"]
