"""A time in a job said up to a month keeps the month, round 26.

"Eleven years in October", "twelve years this November", "ten years come June": the model reads the
whole as one date, which found the month (a month named alone is kept) with the time.  The time
is found alone, as a duration; the month stays.  A date with a day, a time not counted in years,
months, seasons or weeks, and a month said alone stay as they were.
"""

from __future__ import annotations

import pytest

from redactor.model import Mention
from tests.scan_helpers import of_type

_TIMES = ("DATE", "DURATION")


@pytest.mark.parametrize("text, expected", [
    ("On the docks? Eleven years in October. I drive the forklift.", [("DURATION", "Eleven years")]),
    ("And the bakery? Twelve years this November. I knead the dough.", [("DURATION", "Twelve years")]),
    ("She stayed four months in October and then moved.", [("DURATION", "four months")]),
])
def test_the_time_is_found_without_the_month(redactor_default, text, expected):
    assert of_type(redactor_default, text, *_TIMES) == expected


@pytest.mark.parametrize("text, expected", [
    ("I started on 3 October. Two years at the bakery.", ("DATE", "3 October")),
    ("We met in October.", None),
])
def test_dates_and_months_alone_are_as_before(redactor_default, text, expected):
    found = of_type(redactor_default, text, *_TIMES)
    assert (expected in found) if expected else found == []


def _date(text, span):
    start = text.index(span)
    return Mention(start=start, end=start + len(span), entity_type="DATE", text=span, score=0.85,
                   detector="SpacyRecognizer")


@pytest.mark.parametrize("text, span, kept", [
    ("Ten years come June, I have been here.", "Ten years come June", ("DURATION", "Ten years")),
    # a day in the month: a date, not a time up to a month
    ("Eight years on the 4th of October.", "Eight years on the 4th of October", ("DATE", "Eight years on the 4th of October")),
])
def test_the_filter_cuts_only_a_counted_time_before_a_month(text, span, kept):
    from redactor.detect.filters import SpanFilters

    out = SpanFilters().filter_time(text, _date(text, span))
    assert out is not None and (out.entity_type, out.text) == kept
