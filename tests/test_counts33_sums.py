"""Round 33, sums: a sum in hundreds said in words after a weaker word of giving or taking ("he
gave me two hundred to find his ball", "they still get three hundred."): exact spans on
transcript text, and the near misses that stay (a count after it, digits, no word of giving)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("um, a member, mister keane, irish guy, he gave me two hundred to\nfind his ball in the rough",
     ["two hundred"]),
    ("it is written in the agreement, page four. they still get three hundred. the difference is in the list",
     ["three hundred"]),
    # round 35: the first figure is a sum too, said where pay is talked of ("asked"), as the
    # writers annotate it
    ("she asked me why the paper says five hundred and her hand gets three hundred.",
     ["five hundred", "three hundred"]),
    ("he took two hundred and fifty.", ["two hundred and fifty"]),
])
def test_hundreds_said_in_words_after_a_word_of_giving(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text", [
    "he gave me two hundred forms to fill",       # what the figure counts
    "we got 200.",                                # digits stay as often a count
    "they took two hundred of them",
    "she got two hundred kilos of rice",
    "i got three hundred messages",
    "he gave me one hundred percent",
    "the pickers? two hundred came this year",     # no word of giving
])
def test_hundreds_that_stay(money, text):
    assert sums(money, text) == []
