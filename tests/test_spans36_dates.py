"""Round 36 (spans36): "may" and "march" in small letters, as captions write them, are the month
right before a year ("since march twenty twenty-four"), never a verb before a count."""

from __future__ import annotations

import pytest

from redactor.detect.filters import GENERAL_DATE_SCORE
from tests.test_dates import dates, recognizer  # noqa: F401 (recognizer is the fixture)


@pytest.mark.parametrize("text, expected", [
    ("00:01:12,400 --> 00:01:15,900\nso i started in uh march twenty twenty three after my masters",
     [("march twenty twenty three", GENERAL_DATE_SCORE)]),
    (">> he's done the casting since march twenty twenty-four. his doctor said no",
     [("march twenty twenty-four", GENERAL_DATE_SCORE)]),
    ("speaker 2: the licence came in may 2019 and then", [("may 2019", GENERAL_DATE_SCORE)]),
    ("we were paid off in may nineteen ninety-eight", [("may nineteen ninety-eight", GENERAL_DATE_SCORE)]),
])
def test_a_small_letter_month_right_before_its_year(recognizer, text, expected):
    assert dates(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "we march 2000 people to the square every year",
    "they may 1500 euros owe me, i don't know",
    "the boat may sink, we march on",
    "you may want twenty of them",
])
def test_may_and_march_as_verbs_are_no_month(recognizer, text):
    assert all("may" not in span.lower() and "march" not in span.lower() for span, _ in dates(recognizer, text))
