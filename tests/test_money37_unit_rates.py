"""Round 37, sums: a sum's rate by any unit said after it ("¥60,000 a show", "forty thousand per
film", "€1,400 gross") is part of the sum, as a rate of time ("a month") already was: "a", "an" or
"per" and one noun at the clause's end or before a word that goes on with the payment.  Exact
spans on transcript text, and the near misses that stay as they were (a quantity, a noun that is
the clause's subject).  A price by weight or by the piece was left out then and is part of the
sum since round 40 (tests/test_money40_price_rates.py)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("**Drummer:** Ikeuchi-san books us at the hotel every Saturday. The hotel pays him ¥60,000 a show, "
     "the kids get a bento.", ["¥60,000 a show"]),
    ("NIKA: I'm on the front desk now, evenings, for €1,400 gross.\nREPORTER: And the mats?", ["€1,400 gross"]),
    ("interviewer: how much?\nsource: they pay forty thousand per film, i saw the cover with money.",
     ["forty thousand per film"]),
    ("**Groomer:** He takes €50 a dog and I never see them again.", ["€50 a dog"]),
    ("at the weighbridge he charged two thousand rupees a truck. then the police came.",
     ["two thousand rupees a truck"]),
    ("- the club pays three hundred a game to each boy, cash", ["three hundred a game"]),
    ("he kept 300 euros net, the rest went to the agency.", ["300 euros net"]),
])
def test_a_rate_by_a_unit_is_part_of_the_sum(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he gave me 300 euros a few days later and said nothing.", ["300 euros"]),            # a quantity
    ("we paid 500 dollars a lawyer told us to keep quiet", ["500 dollars"]),              # a subject
    ("they owe me 900 euros a month, cash.", ["900 euros a month"]),                       # a rate of time, as before
])
def test_what_is_no_rate_by_a_unit(money, text, expected):
    assert sums(money, text) == expected
