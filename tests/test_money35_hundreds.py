"""Round 35, sums: a figure in hundreds said in words without its currency ("four hundred",
"sixty-five hundred") is money where money or pay is talked of just before it and nothing after
it says what it counts, as a figure in thousands already was: exact spans on transcript text, and
the near misses that stay (a count, a year, digits, no money talked of)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("and the helmet money\nharbourside motors want the sixty-five hundred\nback, they rang sport new zealand",
     ["sixty-five hundred"]),
    ("he puts the cash in the club account, some of it. bank of ireland statements show four hundred "
     "most weeks, the rest goes on his pub tab", ["four hundred"]),
    (">> and the grant money >> after the grant it should be five hundred, it is written in the "
     "agreement, page four.", ["five hundred"]),
    ("the payment came late and it was three hundred and twenty, not the four hundred we signed for.",
     ["three hundred and twenty", "four hundred"]),
])
def test_hundreds_said_alone_where_money_is_talked_of(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text", [
    "the money was short. we had four hundred people at the gate.",       # what it counts
    "the cash was counted in nineteen hundred and the war came.",          # a year
    "the money is fine, he gave one hundred percent.",                     # a share
    "the cash came late. we were 400 at the gate.",                         # digits stay
    "the pickers came in the morning, four hundred of them, from the villages.",  # no money talked of
    "after the grant it should be five hundred kilos, it is written.",      # a unit
    "the cash line is five five one eight seven, and then it's plus five hundred if you're calling from outside.",
])
def test_hundreds_that_stay(money, text):
    assert sums(money, text) == []

