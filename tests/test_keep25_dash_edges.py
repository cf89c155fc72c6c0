"""Names the model ran together across a dash set off by spaces, round 25.

A heading's place and its date ("..., Jersey - 2 May 2026"), which the model took for one span,
are cut at the dash: a side that is a date is a
DATE, any other keeps the model's type; a date's span leaves only a public place.
A name's own hyphen ("Saint-Martin"), a range of dates ("Monday - Friday"), names on both
sides (a route's: "the Kyiv - Odesa highway") and what the patterns found stay as they are.
"""

from __future__ import annotations

import pytest

from redactor.detect.dash_edges import split_at_spaced_dashes
from redactor.detect.filters import SpanFilters
from redactor.model import Mention
from tests.scan_helpers import NAME_TYPES, of_type


def _model(text: str, span: str, kind: str, detector: str = "SpacyRecognizer") -> Mention:
    start = text.index(span)
    return Mention(start=start, end=start + len(span), entity_type=kind, score=0.85, detector=detector, text=span)


def _cut(text: str, span: str, kind: str, detector: str = "SpacyRecognizer") -> list[tuple[str, str]]:
    found = split_at_spaced_dashes(text, [_model(text, span, kind, detector)], SpanFilters().is_public_place)
    return [(m.entity_type, m.text) for m in found]


HEADING = "Field notes - bakery, Jersey - 2 May 2026\nQ: How long have you baked?"


@pytest.mark.parametrize("text, span, kind, expected", [
    # a date's span over the heading's public place: the date alone
    (HEADING, "Jersey - 2 May 2026", "DATE", [("DATE", "2 May 2026")]),
    # a name's span over a date: the name and the date apart
    ("Notes - dive school, Saint-Martin - 9 June 2026", "Saint-Martin - 9 June 2026", "LOCATION",
     [("LOCATION", "Saint-Martin"), ("DATE", "9 June 2026")]),
    # a dash the span starts with
    ("**Call notes - Malta, the Net Store**", "- Malta", "LOCATION", [("LOCATION", "Malta")]),
    # an en dash too
    ("Notes – bakery, Bavaria – 8 October 2026", "Bavaria – 8 October 2026", "DATE", [("DATE", "8 October 2026")]),
])
def test_a_span_is_cut_at_a_spaced_dash(text, span, kind, expected):
    assert _cut(text, span, kind) == expected


@pytest.mark.parametrize("text, span, kind", [
    ("She flew to Guinea-Bissau on Monday.", "Guinea-Bissau", "LOCATION"),   # a name's own hyphen
    ("She works Monday - Friday at the port.", "Monday - Friday", "DATE"),   # a range of dates
    ("It ran from March - April this year.", "March - April", "DATE"),
    ("I met Anna Kowalska at the port.", "Anna Kowalska", "PERSON"),           # no dash at all
    # a number alone after the dash (a unit's, or a date's first piece) is no date
    ("**Notes - Malta, the Net Store - 14 May 2026**", "Net Store - 14", "ORGANIZATION"),
    ("**Notes - the Net Store - Ward 3**", "Net Store - Ward 3", "ORGANIZATION"),
    # names on both sides: a route's name, or two places
    ("We drove the Kyiv - Odesa highway at night.", "Kyiv - Odesa highway", "LOCATION"),
    ("Call notes - olive press, Kalamata - Athens, 6 May 2026", "Kalamata - Athens", "PERSON"),
    # a small place in a date's span stays covered by it
    ("Field notes - bakery, Kastelloza - 2 May 2026", "Kastelloza - 2 May 2026", "DATE"),
])
def test_names_and_ranges_without_a_spaced_dash_stay(text, span, kind):
    assert _cut(text, span, kind) == [(kind, span)]


def test_only_the_models_spans_are_cut():
    text = "Ref: AB - 4471 - KX, see the form"
    assert _cut(text, "AB - 4471 - KX", "ID_NUMBER", detector="IdRecognizer") == [("ID_NUMBER", "AB - 4471 - KX")]
    assert _cut(HEADING, "Jersey - 2 May 2026", "DATE", detector="SpokenDateRecognizer") == \
        [("DATE", "Jersey - 2 May 2026")]


def test_a_dates_span_with_words_that_are_no_public_place_stays():
    text = "we left that week - 3 March 2026 it was"
    assert _cut(text, "that week - 3 March 2026", "DATE") == [("DATE", "that week - 3 March 2026")]


def test_a_public_place_in_a_heading_is_kept(redactor_default):
    public = "Field notes - bakery, Jersey - 2 May 2026\nQ: How long have you baked? A: Ten years."
    assert "Jersey" not in [value for _, value in of_type(redactor_default, public, *NAME_TYPES)]
