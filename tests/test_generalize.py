"""Generalisation: dates to months, ages to decades, places to configured regions."""

from __future__ import annotations

import re

import pytest

from redactor.replace.generalize import date_start, generalize

PLACES = {"Tver": "a city in western Russia", "Żytkowice": "a village in central Poland"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("February 22", "in February"),
        ("22.02.2022", "in February 2022"),
        ("March 1st", "in March"),
        ("1st of March", "in March"),
        ("on the 22nd of February", "in February"),
        ("On February 24", "In February"),
        ("Feb. 24, 2022", "in February 2022"),
        ("24 February 2022", "in February 2022"),
        ("2022-02-24", "in February 2022"),
        ("02/24/2022", "in February 2022"),
        ("24/02/2022", "in February 2022"),
        ("Thursday, February 24", "in February"),
    ],
)
def test_specific_date_becomes_its_month(text, expected):
    assert generalize("DATE", text, {}) == expected


def test_numeric_date_with_day_and_month_indistinguishable_keeps_only_the_year():
    assert generalize("DATE", "03/04/2022", {}) == "in 2022"


@pytest.mark.parametrize("text", ["February", "2022", "March 2022"])
def test_a_date_that_is_already_general_stays(text):
    assert generalize("DATE", text, {}) == text


@pytest.mark.parametrize("text", ["last Tuesday", "yesterday evening", "may 5", "13.13.2022"])
def test_no_month_to_keep_falls_back(text):
    assert generalize("DATE", text, {}) is None


def test_birth_date_keeps_only_the_decade():
    assert generalize("DATE_OF_BIRTH", "12.03.1988", {}) == "in the 1980s"
    assert generalize("DATE_OF_BIRTH", "March 12", {}) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'm 34", "I'm in my 30s"),
        ("I’m 34", "I’m in my 30s"),
        ("I am 41 years old", "I am in my 40s"),
        ("she was thirty-four", "she was in her 30s"),
        ("He's 19", "He's in his teens"),
        ("a 34-year-old", "a person in their 30s"),
        ("An 18-year-old", "A person in their teens"),
        ("aged 34", "in their 30s"),
        ("age 52", "in their 50s"),
        ("at the age of 52", "in their 50s"),
        ("34 years old", "in their 30s"),
        ("34-year-old", "30-something"),
        ("34", "30-something"),
    ],
)
def test_age_becomes_its_decade_in_the_same_grammar(text, expected):
    assert generalize("AGE", text, {}) == expected


@pytest.mark.parametrize("text", ["I'm 7", "aged 140", "about my age"])
def test_no_safe_decade_falls_back(text):
    assert generalize("AGE", text, {}) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tver", "a city in western Russia"),
        ("TVER", "a city in western Russia"),
        ("Tver's", "a city in western Russia's"),
        ("Zytkowice", "a village in central Poland"),
        ("Żytkowice", "a village in central Poland"),
    ],
)
def test_place_becomes_the_configured_region(text, expected):
    assert generalize("LOCATION", text, PLACES) == expected


def test_configured_value_applies_to_any_type_and_unknown_place_falls_back():
    assert generalize("ADDRESS", "tver", PLACES) == "a city in western Russia"
    assert generalize("LOCATION", "Moscow", PLACES) is None
    assert generalize("LOCATION", "Tver", {}) is None
    assert generalize("PERSON", "Marta Kowalczyk", PLACES) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We left on February 22 at dawn.", "We left in February at dawn."),
        ("On February 22 we left.", "In February we left."),
        ("It was on the 22nd of February.", "It was in February."),
        ("Upon February 22 nothing.", "Upon in February nothing."),
    ],
)
def test_date_start_takes_the_preposition_along(text, expected):
    m = re.search(r"(?:the )?(?:February 22|22nd of February)", text)
    start = date_start(text, m.start())
    replaced = generalize("DATE", text[start:m.end()], {})
    assert text[:start] + replaced + text[m.end():] == expected
