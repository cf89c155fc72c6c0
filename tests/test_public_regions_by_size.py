"""First-level regions are public only where they are provinces, not municipalities
(tools/build_public_places.py, ``municipal_countries``): North Macedonia's, Slovenia's,
Malta's, Montenegro's and Latvia's top-level subdivisions are towns, so a town of theirs is a
quasi-identifier like any other, while their capitals and other countries' provinces stay."""

from __future__ import annotations

import pytest

from redactor.lexicon.places import fold_place, public_places


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


@pytest.mark.parametrize("name", ["ordino", "sant julia de loria", "borgo maggiore", "faetano", "nukulaelae",
                                  "vaitupu", "carriacou"])
def test_a_parish_of_a_microstate_is_no_public_region(name):
    # Andorra's 7 parishes average 11,000 people, San Marino's 9 castelli 3,800, Tuvalu's 8
    # island councils 1,400, Grenada's 7 parishes 16,000: villages and atolls, not provinces
    assert fold_place(name) not in public_places()


@pytest.mark.parametrize("name, kind", [
    ("andorra la vella", "capital"), ("san marino", "country"), ("funafuti", "capital"),
    ("barbuda", "region"), ("grenadines", "region"),  # the country is named by it: "Antigua and Barbuda"
    ("tongatapu", "region"), ("sermersooq", "region"),  # five parts or fewer: one is most of the country
    ("saint peter", "region"),  # a parish of several Caribbean countries: no one place
    ("ascension", "region"), ("tristan da cunha", "region"),  # St Helena's three parts: a territory's
    ("pohnpei", "region"),  # Micronesia's four states of 28,000
])
def test_a_microstates_capital_and_shared_or_country_parts_stay(name, kind):
    assert public_places()[name][0] == kind


@pytest.mark.parametrize("text, places", [
    ("**S:** Rag. Loris Zonzini. He has an office in Borgo Maggiore. I come from Faetano.\n",
     ["Borgo Maggiore", "Faetano"]),
    ("- forty three. i was born in ordino. before the warehouse i worked at the bank\n", ["ordino"]),
    ("and not that i am from nanumea, the other two instructors are from vaitupu\n", ["nanumea", "vaitupu"]),
])
def test_a_parish_of_a_microstate_is_found(redactor_default, text, places):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == places


@pytest.mark.parametrize("text", [
    "We drove from Andorra la Vella to San Marino and flew on to Funafuti.\n",
    "She works in Antigua and Barbuda, in St. Peter's parish.\n",
])
def test_a_microstates_capital_and_shared_parts_stay_in_the_text(redactor_default, text):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []
