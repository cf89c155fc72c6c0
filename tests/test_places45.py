"""Places, round 45: a small place after "at" said after a word of the clause ("a caravan at
Crofty", "the camp at sukute", "the crash at rhencullen"), which no list may know; and a
district word before the place's office or body ("he was barangay captain", "the colonia
president") is a role or a body, not the district's name.  The sentences and places here are
other ones than the design sets' (Malawi, Wales, Zanzibar, Sikkim, Mexico, Malaysia)."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.places import find_lower_case_places


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(start, end, text[start:end]) for start, end in find_lower_case_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("NOTE Recorded in a fishing hut at Nkhotakota, on the lake shore.", [(34, 44, "Nkhotakota")]),
    ("The pool at Llanmadoc is cold in March.", [(12, 21, "Llanmadoc")]),
    ("We moored the dhow at Kizimkazi for the night.", [(22, 31, "Kizimkazi")]),
    ("the camp at dzongri on the trail was full", [(12, 19, "dzongri")]),
    ("the blaze at kilwinnoch, on the second of may, took the shed", [(13, 23, "kilwinnoch")]),
    ("He sells rice at Tembeling market every week.", [(17, 26, "Tembeling")]),
])
def test_a_small_place_after_at_said_after_a_word(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "We met at Onam last year.",                      # a feast
    "the dances at Diwali were long",                 # a feast
    "She shouted at Tsegaye in the yard.",            # aimed at a person
    "he glared at Mbugwana across the table",         # aimed at a person
    "she was angry at Nyirenda for a week",           # aimed at a person
    "my email is chisomo at seznam dot cz",           # a mail host
    "Yes, at Kizimkazi.",                             # after a pause, not after a word of the clause
    "At Kizimkazi we stopped.",                       # "at" opens the sentence
    "the shop is open at weekends",                   # an English word
    "i saw him at kowalczyk",                         # a surname
    "Ask the shift controller at Ravenrail tonight.",   # a job's word before "at": an employer
    "She interned at Kovalprom for a summer.",        # a verb of working: an employer
    "he died at bolnica mesarovska kranj the next day",  # a longer name: a hospital's
])
def test_no_place_after_these(text):
    assert _found(text) == []


def test_a_city_after_at_stays_public(redactor_default):
    text = "The market at Mumbai was closed, so we sold at Hanoi instead."
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []


def test_a_small_place_after_at_is_redacted(redactor_default):
    text = "NOTE Recorded in a fishing hut at Nkhotakota, on the lake shore."
    assert ("LOCATION", 34, 44) in [(f.entity_type, f.start, f.end) for f in redactor_default.scan(text)]


@pytest.mark.parametrize("text", [
    "the horses belong to him from when he was barangay captain. The tour desk is new.",
    "the colonia president came to the house with the list",
    "we sat with the kampung headman and his wife",
    "the ejido assembly voted against the road",
    "we meet at the barangay hall on fridays",
])
def test_a_district_word_before_an_office_is_no_place(redactor_default, text):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []


def test_a_district_word_before_a_name_is_still_a_place(redactor_default):
    text = "she lives in barangay san roque near the school"
    assert ("LOCATION", "barangay san roque") in [(f.entity_type, f.text) for f in redactor_default.scan(text)]
