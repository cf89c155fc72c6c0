"""Places and boats, round 25.

- A town GeoNames knows whose name is English words each ("Oak Hill", "south hill") is a place
  where the text says it as a name: its words capitalised each after a place preposition, or, in
  a caption, said where someone lives and ending the clause ("she lives in rose hill, by the
  school").  Not "in high level talks" (the phrase goes on), nor without a cue of residence.
- A boat's name right after the kind of boat ("we loaded the ship Plover Bay 4"), after "the
  boat is the", or before the kind said with a few words that describe it ("the Morning Tern II,
  a 900-tonne coastal tanker", "the plover bay, she's a seiner").

Exact spans through the recogniser, and the whole Redactor (rules only for the boats)."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.places import find_lower_case_places


def _places(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_lower_case_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Her brother teaches in Oak Hill and coaches on Saturdays.", [(23, 31, "Oak Hill")]),
    ("Half our packers come from Pleasant Hill, a few from the coast.", [(27, 40, "Pleasant Hill")]),
    ("my aunt moved to rose hill and opened a bakery there", [(17, 26, "rose hill")]),
    ("my mum comes from south hill, the whole family does", [(18, 28, "south hill")]),
    ("honestly i live in castle hill, two doors from my sister", [(19, 30, "castle hill")]),
    ("we grew up in west hill", [(14, 23, "west hill")]),
])
def test_a_town_named_by_english_words_said_as_a_name(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "i live in high level flats with my brother",               # the phrase goes on: no name
    "we kept the forms in rose hill storage that week",  # no residence said, the phrase goes on
    "she spent years in new town planning offices",             # the phrase goes on
    "mostly in oak hill and around the docks, fixing pumps",       # in lower case, no residence said
    "I live in a small flat by the river.",                     # an article: no name
])
def test_english_words_not_said_as_a_name_stay(text):
    assert _places(text) == []


def test_a_town_of_english_words_is_redacted(redactor_default):
    text = "My cousin lives in Pleasant Hill, two streets from the school."
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)
            if f.entity_type == "LOCATION"] == [("LOCATION", "Pleasant Hill")]


@pytest.fixture
def rules_only(make_redactor):
    return make_redactor(ner=False)


def _vehicles(redactor, text: str) -> list[tuple[str, int]]:
    return [(f.text, f.start) for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Our boat was the Plover Bay, the harbour master knows her.", [("Plover Bay", 17)]),
    ("We loaded the ship Morning Tern 4 before the storm.", [("Morning Tern 4", 19)]),
    ("We took fuel from the tanker Ocean Pearl at dawn.", [("Ocean Pearl", 29)]),
    ("Source: The Morning Tern II, a 900-tonne coastal tanker. It leaks.", [("Morning Tern II", 12)]),
    ("yes we worked the plover bay, she's a seiner, eighteen metres", [("plover bay", 18)]),
])
def test_a_boat_named_beside_its_kind(rules_only, text, expected):
    assert _vehicles(rules_only, text) == expected


@pytest.mark.parametrize("text", [
    "the harbour, a place for every boat in the bay",     # words of the sentence, no boat named
    "the ship is the property of the company",            # no capitalised name after "the ship is the"
    "he was on the old boat, it's a trawler",             # "old" describes, names nothing
    "the ferry, a slow boat, came late",                  # a kind twice
    "we sold the ship for scrap in the spring",         # no name after the kind
])
def test_no_boat_named_here(rules_only, text):
    assert _vehicles(rules_only, text) == []

