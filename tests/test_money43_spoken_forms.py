"""Round 43, sums in more of the ways they are said: a rate by a count or a unit of trade said with
"for" ("eleven rupees for a hundred frames", "Q40 for a quintal"), a share of a person's pay ("ten
percent of every wage", "half the money"), a figure in lakhs said alone ("ten lakh for each
death"), a hedged second figure of a sum said without its currency ("maybe eight hundred"), and
every currency sign of Unicode before or after the figure, with more letter signs ("Sh 500", "Br
1,200", "FCFA 25,000", "N$ 2,000").  Exact spans on transcript text, and the near forms that are
no sum."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("Worker: He pays by the frame, eleven rupees for a hundred frames.", ["eleven rupees for a hundred frames"]),
    ("she gets ninety rupees for every sack, cash in hand", ["ninety rupees for every sack"]),
    ("the buyer gives €2 for each bundle of reeds he takes", ["€2 for each bundle"]),
    ("they paid us 300 pesos for 40 crates and nothing for the rest", ["300 pesos for 40 crates"]),
    ("Cuadrillera: Q40 for a quintal of green pods. The children pick with us.", ["Q40 for a quintal"]),
    ("he pays forty thousand som for one thousand tasks", ["forty thousand som for one thousand tasks"]),
])
def test_a_rate_by_a_count_or_a_unit_said_with_for(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("they paid 300 dollars for 12 people", ["300 dollars"]),        # a count of people
    ("we paid 500 dollars for two days", ["500 dollars"]),           # a time, a duration of its own
    ("we paid 300 dollars for a lawyer", ["300 dollars"]),           # one thing bought
    ("see question Q40 for a moment, then Q41", []),                 # a question's number
    ("Q4 results were fine", []),
])
def test_what_follows_for_is_no_rate(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gatherer: He takes ten percent of every wage and the bus money on top.", ["ten percent of every wage"]),
    ("the agent keeps 15% of my salary, every month", ["15% of my salary"]),
    ("they cut twenty per cent of the bonus", ["twenty per cent of the bonus"]),
    ("he gives the rider a third of his winnings", ["a third of his winnings"]),
    ("and in the end? it's half the money.", ["half the money"]),
    ("they suspended him on half salary", ["half salary"]),
])
def test_a_share_of_pay_is_a_sum(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text", [
    "ten percent of the trees died that winter",
    "a third of the village left for the city",
    "half the workers went home early",
    "the government keeps ten percent of the money",
    "he gave one hundred percent.",
    "she owns half a share in a plot of land",
])
def test_a_share_of_anything_else_is_no_sum(money, text):
    assert sums(money, text) == []


@pytest.mark.parametrize("text, expected", [
    ("the law says ten lakh for each death, nobody has seen it", ["ten lakh"]),
    ("the headman said 2 crore for the land, no less", ["2 crore"]),
    ("there were ten lakh people at the rally", []),
    ("a crowd, two lakh of them, came", []),
])
def test_a_figure_in_lakhs_said_alone(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("we get six hundred a chamber, if it's deep maybe eight hundred", ["six hundred a chamber", "eight hundred"]),
    ("The day rate is 950 lira, we saw maybe 700.", ["950 lira", "700"]),
    ("the rent is 400 euros, sometimes 450", ["400 euros", "450"]),
    ("we paid 500 euros, maybe 30 people came", ["500 euros"]),          # a count
    ("the rent is 400 euros, maybe 3 of us share it", ["400 euros"]),     # out of its size, a count
])
def test_a_hedged_second_figure_is_the_same_sum(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the broker took ₪3,000 from me", ["₪3,000"]),
    ("he paid ៛40,000 for the room", ["៛40,000"]),
    ("it cost me ؋5,000 to cross", ["؋5,000"]),
    ("he paid me 500 € for it", ["500 €"]),
    ("she got 1.200 ₺ a month", ["1.200 ₺ a month"]),
    ("they give us Sh 500 a day", ["Sh 500 a day"]),
    ("the fine was FCFA 25,000", ["FCFA 25,000"]),
    ("we got Br 1,200 for the month", ["Br 1,200"]),
    ("they gave 28 zł a day", ["28 zł a day"]),
    ("he wanted N$ 2,000 up front", ["N$ 2,000"]),
    ("Kaji took her to the clinic and gave the family Rp 2 million.", ["Rp 2 million"]),
    ("they pay RM 45 a day", ["RM 45 a day"]),
])
def test_signs_of_every_country(money, text, expected):
    assert sums(money, text) == expected


def test_a_figure_ending_its_cue_counts_nothing_in_the_next(money):
    from redactor.detect.joins import reading_pieces

    text = "we get six hundred a load, if it's far maybe nine hundred my brother drives the truck"
    assert sums(money, text) == ["six hundred a load"]             # "my brother" read on: no sum alone
    with reading_pieces(text, [text.index("my brother")]):
        assert sums(money, text) == ["six hundred a load", "nine hundred"]


@pytest.mark.parametrize("text, expected", [
    ("she gets eight hundred pesos a night for three numbers", ["eight hundred pesos a night"]),
    ("they paid us 200 euros a week for two shows and nothing else", ["200 euros a week"]),
    ("we got 900 rupees a sack for a hundred kilos", ["900 rupees a sack"]),
])
def test_a_sum_has_one_rate(money, text, expected):
    assert sums(money, text) == expected
