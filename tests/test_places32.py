"""Round 32 places.

- On lines with capitals, a capitalised name no name list knows and English hardly uses, right
  after "from", "near", "outside" or "around", or listed after a place just found, is a place
  ("a woman from Kirkhill", "the road near Castlemilk", "in Burao and Yirowe"); the small model
  misses such names as often as not.  Not a language ("from Wolof"), a known name ("from
  Tamara"), an acronym, a common word, a name going on with a capitalised word ("near Wyandot
  County"), a news outlet by its context, nor after "to" or "at" (a firm or a person as often),
  nor after "in" with no noun before it (round 33: "the hospital in Šempeter" is a place).
- "out of" is a place cue like "from" ("a bar contractor out of portlaoise"); not "out of work".
- Italian and Venetian street words that are no English word name a street without a house number
  ("Fondamenta dei Vetrai", "viale dei mille"); "via" does before an Italian particle ("via dei
  pescatori") or capitalised after "on" ("on Via Platina"), not the English "via" ("via DHL").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.packs import load_pack
from redactor.detect.recognizers.places import find_lower_case_places
from tests.test_rule_packs_quasi import check

RULES = Path(__file__).resolve().parent.parent / "rules"


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_lower_case_places(text, caseless_lines(text))]


def test_a_capitalised_name_no_list_knows_near_or_outside_is_a_place():
    text = ("The armoured vehicle rolled on the river road near Castlemilk. The conscript inside was hurt.\n"
            "It is a mushroom farm outside Easterhouse, we pick on the second shift.\n")
    assert _spans(text) == [(51, 61, "Castlemilk"), (124, 135, "Easterhouse")]


def test_a_capitalised_name_no_list_knows_from_is_a_place():
    text = "**Technician:** A woman from Kirkhill Drumoyne, a patient of the clinic, came back twice.\n"
    assert _spans(text) == [(29, 46, "Kirkhill Drumoyne")]


def test_a_capitalised_name_listed_after_a_place_is_a_place():
    text = "The animals come from the markets inland, in Burao and Yirowe. They stay twenty one days.\n"
    assert _spans(text) == [(45, 50, "Burao"), (55, 61, "Yirowe")]


@pytest.mark.parametrize("text", [
    "She translated the whole letter from Wolof for the officer, then again from Tigrinya.\n",  # languages
    "I heard it first from Tamara and nobody else, she was my friend at the time.\n",  # a given name
    "They copied the accounts from Photoshop and from Excel, can you believe that.\n",  # words English uses
    "He took the complaint from NASA forms, nothing from UNHCR either, nothing at all.\n",  # acronyms
    "She wrote to Sévaré and at Yirowe she got no answer, said the officer.\n",  # after "to" or "at"
    "Yes, in Šempeter, two days later, the doctor said.\n",  # after "in" with no noun before it
    "He took the letter from Vanderhoven's office, that was all that happened.\n",  # possessive
    "My husband Roy is a deputy near Wyandot County, he knows everyone there.\n",  # the name goes on
])
def test_near_misses_stay(text):
    assert _spans(text) == []


def test_out_of_is_a_place_cue():
    text = ("it's a, a bar contractor, greenroom hospitality, out of portlaoise.\n"
            "yeah, hornsea two. we go out of grimsby on the c t v, the boat is small\n")
    assert _spans(text) == [(56, 66, "portlaoise"), (100, 107, "grimsby")]


@pytest.mark.parametrize("text", [
    "he was out of work for a year and then out of money too, we all were.\n",
    "i ran out of reading glasses and out of patience by the end of it\n",
])
def test_out_of_a_word_stays(text):
    assert _spans(text) == []


@pytest.fixture(scope="module")
def addresses():
    return load_pack(RULES / "addresses.yaml").recognizers


@pytest.mark.parametrize("text, expected", [
    ("They sell them in the showroom on Fondamenta dei Vetrai for 1,800 euros a piece.",
     [("ADDRESS", "Fondamenta dei Vetrai")]),
    ("i'm with a friend in scoglitti now, via dei pescatori, the yellow door",
     [("ADDRESS", "via dei pescatori")]),
    ("I'm the varnisher at the workshop on Via Platina, I came as an apprentice.",
     [("ADDRESS", "Via Platina")]),
    ("we had a flat on viale dei mille near the station", [("ADDRESS", "viale dei mille")]),
])
def test_italian_street_words_name_a_street(addresses, text, expected):
    check(addresses, text, expected)


@pytest.mark.parametrize("text", [
    "We sent the samples via DHL and the papers via email the next day.",
    "He came via Rotterdam, then on via Hamburg to the yard.",
    "The forms went via the union office, not via the boss.",
])
def test_the_english_via_stays(addresses, text):
    check(addresses, text, [])
