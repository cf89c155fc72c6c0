"""A count of things or times said before "in" and a span of time: the window of a rate, which
dates no one ("three times in one week"), as "every ten days" (redactor.detect.filters)."""
from __future__ import annotations

import re

import pytest

from redactor.detect.filters import GENERAL_DATE_SCORE, SpanFilters
from redactor.model import Mention


@pytest.fixture(scope="module")
def filters() -> SpanFilters:
    return SpanFilters(city_population=500_000)


def _model_date(text: str, span: str) -> Mention:
    found = re.search(re.escape(span), text)
    return Mention(start=found.start(), end=found.end(), entity_type="DATE", score=0.85,
                   detector="SpacyRecognizer", text=span)


@pytest.mark.parametrize("text, span", [
    ("My brother-in-law was stopped by the traffic police three times in one week.", "one week"),
    ("The Italian buyers paid us the price without VAT, eleven cars in one week in March.", "one week"),
    ("We lost about nine hundred animals in three weeks, starting April 14.", "three weeks"),
    # forms no design text has: "twice", digits, a count of two words
    ("The boiler failed twice in six months and nobody came.", "six months"),
    ("They sent 14 containers in two days through the side gate.", "two days"),
    ("one day off in two weeks when there are orders", "two weeks"),
])
def test_the_window_of_a_count_dates_no_one(filters, text, span):
    assert filters.apply(text, [_model_date(text, span)]) == []


@pytest.mark.parametrize("text, span", [
    # near misses: what happened to someone in a span, with no count of things before it
    ("I wasn't rostered for unloading for the first time in three years.", "three years"),
    ("And the hostel, they told me leave the room in three days.", "three days"),
    ("He was in the hospital for three days with a broken arm.", "three days"),
    ("She has been a nurse for eleven years in this ward.", "eleven years"),
])
def test_a_span_without_a_count_before_it_stays_a_duration(filters, text, span):
    [kept] = filters.apply(text, [_model_date(text, span)])
    assert (kept.text, kept.entity_type, kept.score) == (span, "DURATION", GENERAL_DATE_SCORE)
