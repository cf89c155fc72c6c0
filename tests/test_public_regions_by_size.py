"""First-level regions are public only where they are provinces, not municipalities
(tools/build_public_places.py, ``municipal_countries``): North Macedonia's, Slovenia's,
Malta's, Montenegro's and Latvia's top-level subdivisions are towns, so a town of theirs is a
quasi-identifier like any other, while their capitals and other countries' provinces stay."""

from __future__ import annotations

import pytest

from redactor.lexicon.places import public_places


@pytest.mark.parametrize("name", ["strumica", "kriva palanka", "bitola", "ptuj", "sliema", "birgu", "cetinje", "ogre"])
def test_a_municipality_of_a_country_of_municipalities_is_no_public_region(name):
    assert name not in public_places()


@pytest.mark.parametrize("name, kind", [
    ("skopje", "capital"), ("ljubljana", "capital"), ("valletta", "capital"), ("podgorica", "capital"),
    ("riga", "capital"),
    ("nevis", "region"), ("chuuk", "region"),  # a few islands or states of a small country
    ("tartu", "regional_capital"),  # Estonia's counties average 88,000 people: provinces
    ("bavaria", "region"), ("mazowieckie", "region"),
])
def test_capitals_and_real_provinces_stay(name, kind):
    assert public_places()[name][0] == kind


@pytest.mark.parametrize("text, place", [
    ("We met in a cafe in Strumica, near the market.", "Strumica"),
    ("He lives in Ptuj now, in Slovenia.", "Ptuj"),
    ("She moved to Bitola after the war.", "Bitola"),
])
def test_a_town_of_a_country_of_municipalities_is_found(redactor_default, text, place):
    assert ("LOCATION", place) in [(f.entity_type, f.text) for f in redactor_default.scan(text)]


@pytest.mark.parametrize("text", [
    "We flew to Skopje and then drove to Ljubljana.",
    "The ferry left Valletta for Italy.",
    "He studied in Bavaria and worked in North Macedonia.",
])
def test_capitals_and_provinces_stay_in_the_text(redactor_default, text):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []



def test_a_surname_that_names_a_municipality_is_a_person_again(redactor_default):
    # "Komen" (Slovenia) and "Bar" (Montenegro) were kept as regions before
    text = "I asked Komen about the shift and Komen said no.\nWe met Bar at the gate.\n"
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)] == [
        ("PERSON", "Komen"), ("PERSON", "Komen"), ("PERSON", "Bar")]
