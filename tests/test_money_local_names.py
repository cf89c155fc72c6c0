"""Sums said with a currency's local name (round 15): the head of an ISO 4217 name of two words,
its accents and the plural of the country's language ("bolívares", "guaraníes", "córdobas",
"quetzales"), read from redactor/data/currency_local.txt and the "+es" plural rule.  Exact spans
from the money recognizer, and near misses that name no currency."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from redactor.lexicon.money import currency_words, local_currency_names
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def recognizer() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("We paid five million guaraníes for the land.", ["five million guaraníes"]),
    ("i owed them twelve thousand guaranies", ["twelve thousand guaranies"]),
    ("They wanted two thousand bolívares from my father.", ["two thousand bolívares"]),
    ("I paid four hundred córdobas for the permit.", ["four hundred córdobas"]),
    ("We borrowed ten thousand nuevos soles from the cooperative.", ["ten thousand nuevos soles"]),
    ("She gave me five hundred dinares.", ["five hundred dinares"]),
    ("He asked for 7,500 lempiras.", ["7,500 lempiras"]),
    ("My cousin sent 2.000 dólares in May.", ["2.000 dólares"]),
    ("I paid 200 quetzales.", ["200 quetzales"]),
    # near misses: what follows the number names no currency, or the number counts people
    ("We walked five thousand steps.", []),
    ("I paid 300 workers.", []),
    ("the sol was hot, we sat for twenty minutes", []),
    ("He gave twenty frances a ride.", []),
])
def test_a_sum_with_a_local_currency_name(recognizer, text, expected):
    assert sums(recognizer, text) == expected


def test_the_local_names_and_their_plurals():
    words = set(currency_words())
    # the data file's names with and without their accents
    assert {"guaraníes", "guaranies", "bolívar", "bolivar", "córdobas", "cordobas"} <= words
    assert all(name in words for name in local_currency_names())
    # the Spanish "+es" after "l", "r", "n" of an ISO name; never after another letter
    assert {"quetzales", "dinares", "riales", "florines"} <= words
    assert not {"frances", "rupiahes", "bahtes", "shillinges"} & words
    # a name that is an everyday word said alone stays out ("sol" of "sol y sombra")
    assert "sol" not in words


def test_a_local_name_without_its_accent_is_no_everyday_word(recognizer):
    assert "colón" in currency_words() and "colon" not in currency_words()
    assert sums(recognizer, "I paid 4,000 colón for the fine.") == ["4,000 colón"]
    assert sums(recognizer, "I paid 4,000 colon cleanses.") == []


@pytest.mark.parametrize("text, expected", [
    ("I was paid RM 1,800 a month at the plantation.", ["RM 1,800 a month"]),
    ("My debt was Rp 15.000.000 by then.", ["Rp 15.000.000"]),
    ("He charged me Bs 300 for the papers.", ["Bs 300"]),
    ("I paid S/ 450 to the recruiter.", ["S/ 450"]),
    ("My rent is MK50,000.", ["MK50,000"]),
    # near misses: a road, a car's model, a standard, a small figure after the letters, lower case
    ("The road RM 12 was closed.", []),
    ("He drove a Golf Mk 4 to the border.", []),
    ("He drove a Golf MK4 to the border.", []),
    ("See section BS 5839 of the code.", []),
    ("the rm 300 form was lost", []),
])
def test_a_sum_after_a_local_sign(recognizer, text, expected):
    assert sums(recognizer, text) == expected
