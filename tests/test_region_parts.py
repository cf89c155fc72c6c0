"""Regions by their parts (tools/build_public_places.py, redactor.lexicon.places,
redactor.detect.filters): a first-level region said with its direction in English ("North
Kivu" for ISO's "Nord-Kivu", "West Java" for "Jawa Barat") or with its kind ("Khulna Division")
stays public; a compass word before a region the data does not list so ("North Goa") names a
district, a quasi-identifier, found through a whole run."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.lexicon.places import names_district_of_region, public_places


@pytest.mark.parametrize("form, english", [
    ("nord kivu", "north kivu"),
    ("kasai oriental", "east kasai"),
    ("nusa tenggara barat", "west nusa tenggara"),
    ("jawa barat", "west java"),
    ("sumatera utara", "north sumatra"),
    ("rio grande do norte", "north rio grande"),   # the joiner left at the end goes
    ("esch-sur-alzette", ""),                      # "sur" inside a name is "on"
    ("kharkiv", ""),
])
def test_a_regions_direction_word_in_english(places_build, form, english):
    assert places_build.english_direction_form(form) == english


@pytest.mark.parametrize("name", ["north kivu", "south kivu", "east kasai", "west java", "central java",
                                  "east nusa tenggara", "north sumatra", "aceh", "riau"])
def test_the_table_lists_first_level_regions_in_english_and_indonesias_provinces(name):
    assert public_places()[name][0] == "region"


@pytest.mark.parametrize("place", [
    "North Kivu", "south kivu", "East Kasai", "West Java", "west java", "Central Java",
    "Khulna Division", "Osh Oblast", "Sool Region", "Punjab Province",   # a region with its kind
    "northern Goa", "Goa",                                               # a region's vague part
    "South London", "East Africa", "eastern Ukraine", "North Dakota",    # a city's, a continent's part
    "South Florida", "West Texas",                                       # a US state's part
])
def test_regions_and_their_vague_parts_stay_public(place):
    assert SpanFilters().is_public_place(place)


@pytest.mark.parametrize("place", ["North Goa", "South Goa", "south goa", "the North Goa"])
def test_a_compass_word_before_a_region_names_a_district(place):
    assert not SpanFilters().is_public_place(place)
    assert names_district_of_region(place.removeprefix("the "))


@pytest.mark.parametrize("name", ["North Kivu", "northern Goa", "Goa", "South Florida", "South London",
                                  "North Kovra"])
def test_what_is_no_district_of_a_region(name):
    assert not names_district_of_region(name)


@pytest.mark.parametrize("text, place", [
    ("We lived in North Goa for a year.", "North Goa"),
    ("She runs a guest house in South Goa now.", "South Goa"),
    ("i grew up in south goa and then moved", "south goa"),
])
def test_a_district_of_a_region_is_found(redactor_default, text, place):
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("LOCATION", place) in found


@pytest.mark.parametrize("text", [
    "They fled North Kivu in 2012 with nothing.",
    "we moved to west java after that",
    "They moved to Khulna Division when the floods came.",
    "He drove across South Texas for work.",
    "The rains in West Bengal were late.",
])
def test_public_regions_stay_in_the_text(redactor_default, text):
    assert [f for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []
