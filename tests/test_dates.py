"""Spoken dates (redactor.detect.recognizers.dates): exact spans and scores by the date policy,
and the near misses that are not dates."""

from __future__ import annotations

import pytest

from redactor.detect.filters import GENERAL_DATE_SCORE
from redactor.detect.recognizers.dates import DAY_SCORE, WEEKDAY_SCORE, SpokenDateRecognizer


@pytest.fixture(scope="module")
def recognizer() -> SpokenDateRecognizer:
    return SpokenDateRecognizer()


def dates(recognizer, text: str) -> list[tuple[str, float]]:
    return [(text[r.start:r.end], r.score)
            for r in sorted(recognizer.analyze(text, ["DATE"]), key=lambda r: r.start)]


@pytest.mark.parametrize("text, expected", [
    ("We met on the fourth of June.", [("fourth of June", DAY_SCORE)]),
    ("It was the twelfth, sorry, the thirteenth of April.",
     [("twelfth, sorry, the thirteenth of April", DAY_SCORE)]),
    ("since October ninth nobody called", [("October ninth", DAY_SCORE)]),
    ("on June 4th, 2021 at noon", [("June 4th, 2021", DAY_SCORE)]),
    ("on the 3rd of may twenty nineteen", [("3rd of may twenty nineteen", DAY_SCORE)]),
    ("we left last Thursday", [("last Thursday", WEEKDAY_SCORE)]),
    ("it was June 2023", [("June 2023", GENERAL_DATE_SCORE)]),
    ("back in twenty twenty-two we moved", [("twenty twenty-two", GENERAL_DATE_SCORE)]),
    ("Since August nothing.", [("August", GENERAL_DATE_SCORE)]),
    ("they march in March", [("March", GENERAL_DATE_SCORE)]),
    ("since 2019 I work there", [("2019", GENERAL_DATE_SCORE)]),
])
def test_spoken_dates(recognizer, text, expected):
    assert dates(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "may I ask you something",
    "the thirty-second of May",           # no such day (text2num reads the ordinal)
    "there were twenty twenty-five people",
    "the fourth man in the room",
    "we march on Monday",                 # a habit, not a day
    "in 250 cases",
])
def test_not_dates(recognizer, text):
    assert dates(recognizer, text) == []


def test_a_run_replaces_a_day_and_a_month_with_its_year_but_keeps_a_month_alone(redactor_default):
    text = ("It was the twelfth, sorry, the thirteenth of April. Since August she lives alone. "
            "They moved in June 2023.")
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert ("twelfth, sorry, the thirteenth of April", "DATE") in found
    assert ("June 2023", "DATE") in found
    assert not any("August" in t for t, _ in found)
