"""Places, round 24: a capital that shares its name with a larger town elsewhere is the capital
where the text names its country (redactor.lexicon.places.names_capitals_country), also right
before its country after a comma; "St." and "Ste." are read as "Saint" and "Sainte".  Exact findings
through the whole Redactor, and the lookups on their own."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.lexicon.places import names_capitals_country


def _touched(redactor, text: str, words: str) -> list[tuple[str, str]]:
    """The findings that touch ``words`` in ``text`` (type, text)."""
    start = text.index(words)
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.start < start + len(words) and start < f.end]


@pytest.mark.parametrize(("capital", "text"), [
    ("Douglas", "The ferry to the Isle of Man was late again."),
    ("douglas", "we all grew up on the isle of man, my whole family"),
    ("Plymouth", "Half of Montserrat was under ash that summer."),
])
def test_a_capital_is_its_countrys_where_the_text_names_the_country(capital, text):
    assert names_capitals_country(capital, text)


@pytest.mark.parametrize(("capital", "text"), [
    ("Douglas", "The ferry to the mainland was late again."),   # no country named
    ("Plymouth", "A surveyor flew in from Leeds on Monday."),   # another country's town
    ("Gouda", "They sell cheese in the Netherlands."),          # no capital at all
])
def test_no_country_of_the_capital_is_named(capital, text):
    assert not names_capitals_country(capital, text)


def test_a_whole_country_name_is_asked_for_after_a_comma():
    assert names_capitals_country("Douglas", " the Isle of Man ", whole=True)
    assert not names_capitals_country("Douglas", "Isle of Man ferries are late", whole=True)


def test_a_capital_named_like_a_larger_town_is_public_beside_its_country(redactor_default):
    text = "Everyone on Montserrat knows the quarry. My brother still drives a van to Plymouth on Fridays."
    assert _touched(redactor_default, text, "Plymouth") == []


def test_without_its_country_the_same_name_is_a_town_of_its_size(redactor_default):
    text = "My brother still drives a van to Plymouth on Fridays."
    assert _touched(redactor_default, text, "Plymouth") != []


def test_a_capital_before_its_country_after_a_comma_is_the_place(redactor_default):
    text = "Meeting notes, Douglas, Isle of Man - 3 March 2026\n\nWe talked about the storm season."
    assert _touched(redactor_default, text, "Douglas") == []


@pytest.mark.parametrize(("text", "name"), [
    ("I phoned Douglas, he did not pick up.", "Douglas"),                 # no country after the comma
    ("Ask Douglas, Isle of Man ferries are late today.", "Douglas"),      # more than the country after it
])
def test_a_person_of_a_capitals_name_stays_found(redactor_default, text, name):
    assert ("PERSON", name) in _touched(redactor_default, text, name)


@pytest.mark.parametrize(("text", "public"), [
    ("St. Catherine", True),   # a first-level region ISO spells "Saint Catherine"
    ("st. mary", True),
    ("St Aubin", False),       # a village: no public place of that name, abbreviated or not
    ("Ste. Aubine", False),
    ("Stanmore", False),       # "St" only as a word of its own
])
def test_an_abbreviated_saint_is_looked_up_in_full(text, public):
    assert SpanFilters().is_public_place(text) is public


@pytest.mark.parametrize(("text", "found", "inside"), [
    ("my aunt keeps goats in st. mary parish, up past the school", "st", True),
    ("We sleep in a spare room in St. Aubin, two streets from the quay.", "St", False),
    ("It was the last st. Then we left.", "st", False),   # no saint's name after the period
])
def test_a_saints_abbreviation_or_possessive_left_out_is_part_of_the_public_place(text, found, inside):
    from redactor.model import Mention

    start = text.index(found)
    mention = Mention(start, start + len(found), "LOCATION", 0.85, "SpacyRecognizer", found)
    assert SpanFilters().is_inside_public_place(text, mention) is inside


def test_a_village_named_after_a_saint_stays_found(redactor_default):
    text = "We sleep in a spare room in St. Aubin, two streets from the quay."
    assert _touched(redactor_default, text, "St. Aubin") == [("LOCATION", "St. Aubin")]

def test_a_name_found_without_its_saints_possessive_is_part_of_the_kept_place():
    from redactor.model import Mention

    filters = SpanFilters(keep_names=frozenset({"st. aidan's"}))
    text = "We rent flats in St. Aidan's, near the market. St. Aidan spoke first."
    first, second = text.index("St. Aidan"), text.rindex("St. Aidan")
    assert filters.is_inside_public_place(text, Mention(first, first + 9, "PERSON", 0.85, "SpacyRecognizer", "St. Aidan"))
    assert not filters.is_inside_public_place(text, Mention(second, second + 9, "PERSON", 0.85, "SpacyRecognizer", "St. Aidan"))
