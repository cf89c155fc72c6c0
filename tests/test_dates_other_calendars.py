"""Days of the other calendars the transcripts date by (Solar Hijri, Islamic, Nepali, Ethiopian)
and a month with its year said after a comma or a filler: exact spans through the whole
Redactor, and the near misses that stay (a holiday alone, a word that is also a month)."""

from __future__ import annotations

import pytest


def dates(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "DATE"]


@pytest.mark.parametrize("text, expected", [
    ("It was on 12 Aban when they came.", ["12 Aban"]),
    ("they came on the 12th of Aban 1401 at night", ["the 12th of Aban 1401"]),
    ("We left on 3 Shawwal last year.", ["3 Shawwal last year"]),
    ("We left on 3 Shawwal 1443 AH.", ["3 Shawwal 1443 AH"]),
    ("The raid was on Baisakh 5 in the morning.", ["Baisakh 5"]),
    ("school opened on meskerem 2 as usual", ["meskerem 2"]),
    ("He was born on 14 Tir 1360.", ["14 Tir 1360"]),
    ("they arrested him on Falgun 7", ["Falgun 7"]),
])
def test_a_day_of_another_calendars_month_is_a_date(redactor_default, text, expected):
    assert dates(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "During Ramadan we fast.",
    "Eid al-Fitr is a holiday.",
    "the tir 5 was a typo",           # "Tir" counts only capitalised
    "we drank chai in Shawwal",        # a month alone
])
def test_a_holiday_or_a_month_alone_stays(redactor_default, text):
    assert dates(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("it happened april, uh, twenty twenty-two in the village", ["april, uh, twenty twenty-two"]),
    ("it happened in April, 2022, in the village", ["April, 2022"]),
])
def test_a_month_and_its_year_after_a_comma_are_one_date(redactor_default, text, expected):
    assert dates(redactor_default, text) == expected
