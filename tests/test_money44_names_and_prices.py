"""Round 44, sums: a figure before a fractional unit of any currency ("70 stotinki", "fifty kopeks",
redactor/data/currency_minor.txt) or a local unit of count ("tomans", "kuai"); a half before a
scale ("one and a half million"); a figure said without its currency before a price's unit after
a word of pay or of a price ("what do they pay? nine hundred a kilo"); a rate by a unit the
dictionary does not know (a local measure: "a pishi", "a debe") or by one said before what it is
the price of ("two lari a kilo of cones", the gold of four design sets); a round figure said in
words after a word of pay ("pay him two thousand", no year).  Exact spans, on forms no design set
holds, and the near misses that stay out."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer, spoken_value
from tests.scan_helpers import found_in_named_file
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    # a fractional unit of any currency, digits or words
    ("**Picker:** The co-op pays 2.40 leva a bucket. Dimo gives us 85 stotinki and keeps the rest.",
     ["2.40 leva a bucket", "85 stotinki"]),
    ("the foreman docked fifty kopeks from every one of us", ["fifty kopeks"]),
    ("at the gate he takes 500 fils from each driver", ["500 fils"]),
    ("we got eighty pesewas for each basket we carried", ["eighty pesewas for each basket"]),
    ("she charged me 40 groszy for the form", ["40 groszy"]),
    ("the broker kept 300 tiyin of my pay", ["300 tiyin"]),
    # a local unit of count, a half before the scale
    ("the smuggler asked two and a half million tomans for the crossing", ["two and a half million tomans"]),
    ("my cousin sends home three thousand kuai a month", ["three thousand kuai a month"]),
    ("the dowry was one and a half lakh, all borrowed", ["one and a half lakh"]),
])
def test_a_currencys_part_or_local_unit_is_a_sum(money, text, expected):
    assert sums(money, text) == expected


def test_a_half_before_a_scale_is_read():
    assert spoken_value("one and a half million") == 1_500_000
    assert spoken_value("two and a half thousand") == 2_500
    assert spoken_value("one and a half lakh") == 150_000


@pytest.mark.parametrize("text, expected", [
    # a figure without its currency before a price's unit, after a word of pay or a price
    ("**Reporter:** And what is the trader paying now?\n\n**Farmer:** For the red ones, seven hundred a "
     "kilo. For the green, nothing.", ["seven hundred a kilo"]),
    ("interviewer: at what price\nsorter: twelve thousand a sack shelled. in the city it is double.",
     ["twelve thousand a sack"]),
    ("he paid for it, two hundred a kilo, and left.", ["two hundred a kilo"]),
    # a rate by a local measure the dictionary does not know, and by one said before its goods
    ("**Q:** And the pay?\n\n**A:** Four hundred shillings a debe. He weighs nothing.",
     ["Four hundred shillings a debe"]),
    ("he pays three cedis a tin of palm kernels and sells them in kumasi", ["three cedis a tin"]),
    ("they pay four hundred euros a kilo of eels to the boat.", ["four hundred euros a kilo"]),
    # a round figure said in words after a word of pay
    ("the band gets a hundred cedis, but the bride's family pays him two thousand",
     ["a hundred cedis", "two thousand"]),
])
def test_a_price_said_by_its_unit_is_a_sum(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he has not refunded one kopek since march", []),                       # a way of saying nothing
    ("we picked nine hundred kilos a day before the rain", []),              # a count says its noun
    ("the price went up and four hundred people came to the square", []),   # a count of people
    ("they paid us in two thousand and five, then never again", []),         # a year
    ("my wage has been frozen since two thousand", []),                      # a year said round
    ("50 per cent of the pickers, and 50 Cent on the radio", []),            # no fractional unit
    ("i have chosen 300 of them before the others", []),                     # no currency inside a word
    ("he gave me 300 euros a few days later and said nothing.", ["300 euros"]),  # a quantity
])
def test_what_stays_no_sum(money, text, expected):
    assert sums(money, text) == expected


_WAGES = ("WEBVTT\n\n00:00:03.000 --> 00:00:07.000\nand the wages he kept? my sister counted, it's nine "
          "thousand six hundred\n\n00:00:07.200 --> 00:00:10.000\nlawyer says we wait for the court.\n")


def test_a_figure_ending_its_cue_counts_nothing_of_the_next(redactor_default, tmp_path):
    """The next cue's first word ("lawyer") is no noun the figure counts."""
    assert found_in_named_file(redactor_default, tmp_path, "wages.vtt", _WAGES, ("MONEY",)) == \
        [("MONEY", "nine thousand six hundred")]


@pytest.mark.parametrize("text, expected", [
    # a figure said after a word of pay or giving, in the sentence after a sum of the same turn
    ("MINER: 300 cedis a week, they promised. In December the manager gave us 240, and kept the rest.",
     ["300 cedis a week", "240"]),
    ("we agreed four hundred dollars for the roof. he sent 350 and blocked my number.",
     ["four hundred dollars", "350"]),
    # a figure said after a word of pay, then when it was paid
    ("the wage is, they say, ninety dinars, but they paid forty since the flood", ["ninety dinars", "forty"]),
    # near misses: a count, another line's speaker, no word of pay before it
    ("he paid 400 dollars. we were 30 people on the boat.", ["400 dollars"]),
    ("he paid 400 dollars.\nQ: and then he gave 350?", ["400 dollars"]),
    ("we spent 300 euros on food. then we walked 200 kilometres", ["300 euros"]),
    ("the fare was 500 rupees. at the border 450 soldiers waited", ["500 rupees"]),
])
def test_a_figure_paid_after_a_sum_of_the_turn(money, text, expected):
    assert sums(money, text) == expected
