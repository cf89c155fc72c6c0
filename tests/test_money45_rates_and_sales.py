"""Round 45, sums: a rate said with "the", "each" or "every" before its unit is the sum's as "a"
and "per" are ("$180 the kilo", "ninety rupees every sack"); a decimal comma is the figure's own
("R$ 1,10", "12,50 zł"); the goods whose price is public ("fuel", "kilo") make a sum public only
in its own phrase, not in another phrase or cue before it; a figure said without its currency
after a sale's "for" or "at" is its price ("she sells them to the hotel for forty-five").  Exact
spans on transcript text; the currencies and units are ones no design set holds."""

from __future__ import annotations

import pytest

from redactor.detect.joins import reading_pieces
from redactor.detect.recognizers.money import SpokenMoneyRecognizer, spoken_value
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("The trader pays us forty kwacha the bucket and keeps the rest.", ["forty kwacha the bucket"]),
    ("he gives two thousand tugrik the sack, cash, never more", ["two thousand tugrik the sack"]),
    ("She buys our grapes at 3 lari the bunch for the winery.", ["3 lari the bunch"]),
    ("The middleman pays $2.40 the pound for the claws.", ["$2.40 the pound"]),
    # a local measure the dictionary does not know
    ("the collector pays seventy shillings the debe.", ["seventy shillings the debe"]),
    # "each" and "every" before the unit
    ("they pay ninety rupees every sack.", ["ninety rupees every sack"]),
    ("he pays five euros each crate, no receipt", ["five euros each crate"]),
])
def test_a_rate_said_with_the_each_or_every(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("they paid us 300 dollars the day before.", ["300 dollars"]),                # when, not a rate
    ("I gave him 500 euros the night he left", ["500 euros"]),                    # a clause goes on
    ("she paid 200 dollars the first time.", ["200 dollars"]),
    ("he sent 400 euros the week of the storm", ["400 euros"]),                   # "of" says when
    ("he gave us 500 euros the next day", ["500 euros"]),
    # which time, said at the clause's end: an ordinal or "next", "same" for the time left out
    ("I paid 300 dollars the first time and 200 dollars the second.", ["300 dollars", "200 dollars"]),
    ("forty cedis last month and forty cedis the same, he said", ["forty cedis", "forty cedis"]),
])
def test_the_after_a_sum_that_says_when_is_no_rate(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He buys the fibre from us at R$ 3,40 the kilo and sells it on.", ["R$ 3,40 the kilo"]),
    ("the agent pays 12,50 zł the crate", ["12,50 zł the crate"]),
    ("she paid us €4,75 an hour, cash.", ["€4,75 an hour"]),
])
def test_a_decimal_comma(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("said, value", [
    ("12,50", 12.5), ("1,10", 1.1), ("1,200", 1200.0), ("15 000", 15000.0),
    ("forty, uh, forty thousand", 40000.0), ("1,5 million", 1.5e6),
])
def test_the_value_with_a_decimal_comma(said, value):
    assert spoken_value(said) == value


@pytest.mark.parametrize("text, expected", [
    ("He keeps half for the net and the petrol, then ninety dinars a trip for each of us.",
     ["ninety dinars a trip"]),
    ("He pays the fuel and the ice, then we take four hundred rubles home", ["four hundred rubles"]),
])
def test_goods_named_in_another_phrase_leave_the_sum_a_persons(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text", [
    "bread costs two lari now",
    "a litre of petrol is 300 rubles now",
    "the ticket was 50 euros",
    "the price of petrol doubled, three thousand kwacha a litre",    # said of the goods before it
])
def test_the_price_of_goods_said_of_them_stays_public(money, text):
    assert sums(money, text) == []


def test_goods_in_the_cue_before_leave_the_sum_a_persons(money):
    text = "we get twelve dinars a kilo of kernels the export premium was forty thousand dinars and he kept it"
    assert sums(money, text) == ["twelve dinars a kilo"]             # "kilo" read on: public
    with reading_pieces(text, [text.index("the export") - 1]):
        assert sums(money, text) == ["twelve dinars a kilo", "forty thousand dinars"]


@pytest.mark.parametrize("text, expected", [
    ("Three cedis a tray. She sells them to the hotel for forty-five.", ["Three cedis a tray", "forty-five"]),
    ("we were paid ten lari. he resold it at like sixty, the thief", ["ten lari", "sixty"]),
    ("they bought the goat from us for nine hundred.", ["nine hundred"]),
    ("my uncle sold the boat to a trader for twelve thousand", ["twelve thousand"]),
])
def test_a_sales_price_said_without_its_currency(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text", [
    "we sell at six in the morning",                 # no money talked of: a time
    "they sold it for two of us",                    # what it counts
    "he sold the farm for twenty years, then left",  # a duration
    "he bought the calf for 900.",                   # digits under a thousand, no money said
    "we sold two hundred sheep for nine hundred goats",
])
def test_no_sales_price(money, text):
    assert sums(money, text) == []
