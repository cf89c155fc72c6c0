"""Places, round 42: a town GeoNames knows said after a looser cue than a place preposition, in a
caption's small letters: "of" after a noun ("the arena of lunel", "north of kuopio", "the mayor of
kili": a part, a side or an office of the town) and "as far as" ("the smoke went as far as
Pärnu", capitalised too).  Design sets fresh21, fresh31 and fresh41 missed such towns; the
sentences here are other ones.  A word for a person before "of" ("the husband of ...") and a
surname after it stay people; English words, given names and the public cities stay as they were."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.places import find_lower_case_places


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(start, end, text[start:end]) for start, end in find_lower_case_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("the old harbour of vouziers is full of boats", [(19, 27, "vouziers")]),
    ("just south of kreminna the road was mined", [(14, 22, "kreminna")]),
    ("the mayor of rubizhne signed it on monday", [(13, 21, "rubizhne")]),
    ("the whole edge of santa rosa do sul flooded", [(18, 35, "santa rosa do sul")]),
    ("we walked as far as bilohorivka that night", [(20, 31, "bilohorivka")]),
    ("the shelling went as far as velyka novosilka and beyond", [(28, 44, "velyka novosilka")]),
    ("She walked as far as Vouziers before dark.", [(21, 29, "Vouziers")]),
])
def test_a_town_after_a_noun_and_of_or_after_as_far_as(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "the cousins of hrushivka came to the wedding",   # a word for people: what follows is a person
    "the husband of rubizhne was there",
    "the house of teixeira was sold",                  # a surname, though GeoNames has a town so named
    "as far as pereira knows it was fine",
    "as far as maria knows it was fine",               # a given name
    "as far as i know nobody came",
    "the history of reading is long",                  # an English word
    "a lot of people came because of covid",
    "the daughter of olena was there",
    "as far away as vouziers",                         # not the phrase
    "as far as he could see, kreminna was burning",
])
def test_no_town_after_these(text):
    assert _found(text) == []


def test_the_town_is_redacted_and_a_big_city_after_the_same_cue_stays(redactor_default):
    text = "the smoke went as far as bilohorivka, and the mayor of kreminna said nothing. it went as far as kharkiv"
    found = [(f.entity_type, f.start, f.end) for f in redactor_default.scan(text)
             if f.entity_type == "LOCATION"]
    assert found == [("LOCATION", 25, 36), ("LOCATION", 55, 63)]
