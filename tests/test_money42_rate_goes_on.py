"""Round 42, sums: a sum's rate by any unit ("nine hundred a snake") is part of the sum when the
words after the unit go on with the payment, not only at the clause's end or before a short list
of words: a preposition ("€30 a tyre without a receipt"), or a
word that says where, when or how it is paid, an adverb or an adjective the dictionary never
knows as a verb ("outside the quota", "upfront", "later").  Not a noun that goes on with the
unit ("a snake catcher"), a verb ("a lawyer told us") or a pronoun ("a lawyer he knew").  Exact
spans on transcript text."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("catcher: but uh the broker, he pays nine hundred a snake outside the quota, no permit",
     ["nine hundred a snake"]),
    ("FARMER: The buyer pays us two lari a basket plus the crates, and the Danes take them.",
     ["two lari a basket"]),
    ("she charges forty euros a crate upfront, nobody argues", ["forty euros a crate"]),
    ("we got 900 rupees a sack later, when the lorry came", ["900 rupees a sack"]),
    ("he takes €30 a tyre without a receipt", ["€30 a tyre"]),
])
def test_a_rate_by_a_unit_goes_on_with_its_payment(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he pays 300 euros a snake catcher from the next village", ["300 euros"]),         # a noun goes on
    ("we paid 500 dollars a lawyer told us to keep quiet", ["500 dollars"]),             # a verb
    ("we paid 500 dollars a lawyer he knew from school", ["500 dollars"]),              # a pronoun
    ("he gave me 300 euros a few days later and said nothing.", ["300 euros"]),          # a quantity
])
def test_what_goes_on_with_the_unit_is_no_rate(money, text, expected):
    assert sums(money, text) == expected
