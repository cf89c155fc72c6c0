"""Currencies' names from the ISO 4217 table (with their plurals and local names), and a figure
said without its currency right after one said with it ("900 birr, it should have been
1,100"): exact spans, and the near misses that stay."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from redactor.lexicon.money import NOT_CURRENCY_ALONE, currency_words
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


def test_currency_names_come_from_the_iso_table():
    words = set(currency_words())
    assert {"nakfa", "nakfas", "ngultrum", "gourde", "gourdes", "tugrik", "birr", "dirhams"} <= words
    assert not words & NOT_CURRENCY_ALONE


@pytest.mark.parametrize("text, expected", [
    ("she owed them two million tugrugs for the car", ["two million tugrugs"]),
    ("he paid 4,000 maloti to the agent", ["4,000 maloti"]),
    ("They charged me 6,000 nakfa at the border.", ["6,000 nakfa"]),
    ("he paid 50 gourdes for the ride", ["50 gourdes"]),
    ("i paid 12,000 ngultrum, in cash", ["12,000 ngultrum"]),
    ("I was paid 900 birr, it should have been 1,100.", ["900 birr", "1,100"]),
    ("they charged me not 300 dollars but 450 in the end", ["300 dollars", "450"]),
])
def test_currencies_and_sums_said_after(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the 50 mark was passed", []),                          # an everyday word, not the currency
    ("two real reasons", []),
    ("i paid 300 dollars for 12 people", ["300 dollars"]),   # a count after the sum
    ("i paid 500 euros in 2019", ["500 euros"]),             # a year
    ("he paid 500 euros, 2 of them fake", ["500 euros"]),     # a tenth or less: something else
    ("I paid 300 dollars. Then 450 people came.", ["300 dollars"]),  # another sentence
])
def test_what_stays(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("I paid 300 dollars at the desk 450 was the room", ["300 dollars"]),     # nothing joins them
    ("we sent 500 euros home, room 450 in the hostel", ["500 euros"]),
    ("from 500 euros to 700 in a year", ["500 euros", "700"]),
])
def test_a_second_figure_needs_a_word_that_joins_it(money, text, expected):
    assert sums(money, text) == expected


def test_the_currency_names_are_read_from_the_packaged_table_without_making_every_row():
    from redactor.lexicon.places import public_names_of_kind, public_places

    currencies = public_names_of_kind("currency")
    assert currencies == {name for name, (kind, _) in public_places().items() if kind == "currency"}
    assert {"nakfa", "ngultrum"} <= currencies and "paris" not in currencies


def test_the_currency_names_are_kept_for_the_next_process_and_not_read_line_by_line_again(tmp_path, monkeypatch):
    import gzip

    from redactor.lexicon import places

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    places.public_names_of_kind.cache_clear()
    first = places.public_names_of_kind("currency")
    places.public_names_of_kind.cache_clear()  # the next process

    def no_reading(*args, **kwargs):
        raise AssertionError("read line by line again")

    monkeypatch.setattr(gzip, "GzipFile", no_reading)
    try:
        assert places.public_names_of_kind("currency") == first and {"nakfa", "ngultrum"} <= first
    finally:
        places.public_names_of_kind.cache_clear()
