"""Round 33: a national body or company named in its country's own language is public, as one
named in English is ("the Bank of Finland"): the country's national word or name first
("Svenska Spel", "svensk handel", "Suomen Pankki", "Norges Bank"), its own name inflected inside
("Pošta Slovenije", "Latvijas Banka"), its name last after a joining word of another language
("Banca di San Marino"), or the state's word of another language ("Imprenta Nacional"); and a
region's government by its word in another language with the region's name ("Junta de Castilla
y León", "Xunta de Galicia").  The names come
from CLDR (redactor/data/own_language_nations.txt).  A firm with its legal form, a person whose
name is such a word ("Maurice", Mauritius in French) or who goes to the country, a street's
committee ("Junta de Vecinos Las Rosas"), a region's word alone ("the Département": the one the
speaker is in) and a road named by the state ("Route Nationale 7") stay found."""

from __future__ import annotations

import pytest

from redactor.detect.own_language_bodies import _nation_forms
from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("A: My brother bets every week with Svenska Spel, online, on the horses.\n", "Svenska Spel"),
    ("Source: The notes were printed for Suomen Pankki, not for a private bank.\n", "Suomen Pankki"),
    ("speaker 2: she works at hrvatska pošta now, in the sorting\n", "hrvatska pošta"),
    ("speaker 2: i complained to svensk handel, they said it is a matter for the shop\n", "svensk handel"),
    ("A: The parcel went through Pošta Slovenije and was opened on the way.\n", "Pošta Slovenije"),
    ("Source: The transfers were flagged by Latvijas Banka in the spring, not by us.\n", "Latvijas Banka"),
    ("Source: He opened the account at Banca di San Marino, with cash, in one afternoon.\n",
     "Banca di San Marino"),
    ("Source: The seal is from the Imprenta Nacional, they print the forms for the ministry.\n",
     "Imprenta Nacional"),
    ("Source: The pension fund invested with Norges Bank, that is what the report says.\n", "Norges Bank"),
])
def test_a_national_body_in_its_own_language_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


def test_the_people_beside_it_are_still_found(redactor_default):
    text = "Source: Maurice Kamau took the envelope to Svenska Spel himself, on a Monday.\n"
    assert ("PERSON", "Maurice Kamau", text.index("Maurice")) in names_found(redactor_default, text)


@pytest.mark.parametrize("text, name", [
    # a firm by its legal form
    ("A: I clean offices for Dansk Rengøring ApS in Aarhus, four nights a week.\n", "Dansk Rengøring ApS"),
    # a hotel or a café named after the country: a place of work
    ("A: I clean the rooms at the Hotel de France in the old town, nights only.\n", "Hotel de France"),
    ("A: I was a waiter at Café Danmark for two years before the factory.\n", "Café Danmark"),
    # a person who goes to the country, and one whose given name is beside a nation's word
    ("Source: Marta Ilić went to Srbija in May and never came back to the farm.\n", "Marta Ilić"),
])
def test_a_firm_named_with_the_word_stays_found(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) != []


def test_the_forms_leave_out_names_and_english_words():
    national, countries, _ = _nation_forms()
    assert {"danske", "svensk", "suomen", "polska"} <= national
    assert {"srbije", "slovenije", "latvijas", "norges", "danmarks"} <= countries
    # a given name ("Maurice": Mauritius in French) and an everyday word ("island": Iceland's)
    assert not {"maurice", "island", "malte"} & (national | countries)


@pytest.mark.parametrize("text, name", [
    ("Source: The permit for the quarry was signed by the Junta de Castilla y León, not by the town.\n",
     "Junta de Castilla y León"),
    ("A: We sent the samples to the Xunta de Galicia, and the boats were stopped for a week.\n", "Xunta de Galicia"),
])
def test_a_regions_government_in_its_own_language_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


@pytest.mark.parametrize("text, name", [
    # a neighbours' committee names a street, not a region
    ("Source: The Junta de Vecinos Las Rosas meets in my kitchen, we are six.\n", "Las Rosas"),
    # the word alone is the one département the speaker is in, a place
    ("Source: The biggest farmers' union in the Département backs the other candidate.\n", "Département"),
    # a road named by the state is a place where someone is found
    ("Source: He sells phone cards by the Total station on Route Nationale 7, every morning.\n",
     "Total station on Route Nationale 7"),
])
def test_a_street_committee_or_a_road_stays_found(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) != []
