"""An address found whole, in the forms of many countries (round 12): a house number said in
words with its second part after "dash" or "slash", a North-American province and postal code,
a postcode with its country's letters or the Dutch letters, a postcode and town on the next line,
a town whose name has a small word in it, a neighbourhood said before the street in it, a block
of flats' building and flat, a settlement's block and house, a named building and its floor, a
landmark the house faces; and the near misses that stay out.  Exact spans through the whole
Redactor, and the pieces are one finding with one pseudonym."""

from __future__ import annotations

import pytest

from redactor.detect.filters import join_address_parts
from redactor.model import Mention


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # a street, its type and a house and flat number said in words, with "dash" or "slash"
    ("we met at her place, pilies street forty one dash seven, and talked.",
     ["pilies street forty one dash seven"]),
    ("he lives on vilniaus gatve nine slash two with his mother.", ["vilniaus gatve nine slash two"]),
    ("she rents on kosciuszki street 14-3 now", ["kosciuszki street 14-3"]),
    # a North-American province or state and its postal code after the town
    ("She lives at 12 Birchwood Crescent, Red Deer, AB T4N 3K2 with her kids.",
     ["12 Birchwood Crescent, Red Deer, AB T4N 3K2"]),
    ("He rents at 55 Rue Laval, Gatineau QC J8X 1Z4 now.", ["55 Rue Laval, Gatineau QC J8X 1Z4"]),
    # a postcode with its country's letters, or the Dutch letters, before the town
    ("She lived at Vasagatan 3, SE-411 04 Göteborg for years.", ["Vasagatan 3, SE-411 04 Göteborg"]),
    ("Our office was Keizersgracht 12, 1012 AB Amsterdam.", ["Keizersgracht 12, 1012 AB Amsterdam"]),
    # a postcode and town on the next line, and a town with a small word in its name
    ("He lives at Storgata 7,\n9008 Tromsø\nand works nights.", ["Storgata 7,\n9008 Tromsø"]),
    ("They live at Kirkevegen 22, 8610 Mo i Rana since last year.", ["Kirkevegen 22, 8610 Mo i Rana"]),
    # a neighbourhood said before the street in it, and a block of flats' building and flat
    ("we stayed in chilonzor mahalla, alisher navoi street twelve with my aunt.",
     ["chilonzor mahalla, alisher navoi street twelve"]),
    ("she lived in aksay four, building nine, flat sixty one before the war.",
     ["aksay four, building nine, flat sixty one"]),
    # a settlement's block and house, and its lot said first
    ("They live in Barrio San Martín, manzana C, casa 14, Luján with the kids.",
     ["Barrio San Martín, manzana C, casa 14, Luján"]),
    ("they sold lote 5, manzana B to a neighbour.", ["lote 5, manzana B"]),
    # a named building and its floor after the street
    ("I was at hamra street, bustani building, second floor when they came.",
     ["hamra street, bustani building, second floor"]),
    ("I was at Hamra Street, Bustani Building, 2nd floor, flat 4.",
     ["Hamra Street, Bustani Building, 2nd floor, flat 4"]),
    # a landmark the house faces, and a room in a named rental block
    ("He lives at plot 14, Masindi road, opposite the Shell station.",
     ["plot 14, Masindi road, opposite the Shell station"]),
    ("She rented room 8 in the Sok Heng rental block behind the market.",
     ["room 8 in the Sok Heng rental block behind the market"]),
    # a British postcode in a caption, an Australian state and postcode, a Polish and an Argentine
    # postcode before the town, a town and its postcode after it
    ("she lives at 14 mill lane, rochdale, ol12 6bt with her mum.", ["14 mill lane, rochdale, ol12 6bt"]),
    ("Her flat is Unit 5/23 Smith Street, Fitzroy VIC 3065, near the park.",
     ["Unit 5/23 Smith Street, Fitzroy VIC 3065"]),
    ("I lived at ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa then.",
     ["ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa"]),
    ("We stayed at Av. Corrientes 1234, piso 5, depto B, C1043AAZ Buenos Aires.",
     ["Av. Corrientes 1234, piso 5, depto B, C1043AAZ Buenos Aires"]),
    ("Send it to Flat 3B, Sunrise Apartments, MG Road, Pune 411001 please.",
     ["Flat 3B, Sunrise Apartments, MG Road, Pune 411001"]),
    # an Indonesian ward by its abbreviation, and the city and postcode after it
    ("Jl. Merdeka No. 10, RT 02/RW 05, Kel. Gambir, Jakarta Pusat 10110 was her home.",
     ["Jl. Merdeka No. 10, RT 02/RW 05, Kel. Gambir, Jakarta Pusat 10110"]),
    # cross streets and main roads by their ordinals (Bangalore)
    ("House 12, 5th Cross, 3rd Main, Indiranagar, Bangalore 560038 is where he stays.",
     ["House 12, 5th Cross, 3rd Main, Indiranagar, Bangalore 560038"]),
    ("house 12, 5th cross, 3rd main is where he stays.", ["house 12, 5th cross, 3rd main"]),
])
def test_an_address_is_found_whole(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, address", [
    ("She lives at 12 Birchwood Crescent, Red Deer, AB T4N 3K2 with her kids.",
     "12 Birchwood Crescent, Red Deer, AB T4N 3K2"),
    ("we stayed in chilonzor mahalla, alisher navoi street twelve with my aunt.",
     "chilonzor mahalla, alisher navoi street twelve"),
    ("They live in Barrio San Martín, manzana C, casa 14, Luján with the kids.",
     "Barrio San Martín, manzana C, casa 14, Luján"),
])
def test_the_pieces_are_one_finding_with_one_pseudonym(redactor_default, text, address):
    # the postcode the model calls a date, the town it calls a person, the street named after a
    # person: all inside the one address
    findings = [f for f in redactor_default.scan(text) if f.start < text.index(address) + len(address)
                and f.end > text.index(address)]
    assert [(f.entity_type, f.text) for f in findings] == [("ADDRESS", address)]
    out = redactor_default.redact(text)
    assert out == text.replace(address, "[ADDRESS 1]")


@pytest.mark.parametrize("text", [
    "Turn to page twenty three dash twelve of the report.",
    "he was twenty three when he left.",
    "we had a flat tyre on the way.",
    "the meeting was on the second floor of the ministry.",
    "the street was closed for two days.",
    "they paid forty one dash seven for it.",
    "we walked down main street, the empire building was closed.",
    "we walked along hamra street, then the building collapsed.",
    "building nine had a flat roof.",
    "go to block c, room four of the school.",
    "the bus stop is opposite the station.",
    "our old neighbourhood, the market street, was loud.",
    "the office was on the fifth floor of the ministry building.",
    "the lote 5 deal, manzana apples.",
])
def test_what_is_no_address_stays_out(redactor_default, text):
    assert addresses(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a public city said before a street is not joined to it
    ("I flew to London, 22 Baker Street was the first stop.", ["22 Baker Street"]),
    # "near" is no place: the school stays out
    ("We lived at 14 Allen Avenue near the school.", ["14 Allen Avenue"]),
    # a dash that is no number's second part ends the address
    ("he lives on pilies street forty one - he said so.", ["pilies street forty one"]),
    # a year and a title on the next line are no postcode and town
    ("She lived at Storgata 7\n2021 Annual report follows", ["Storgata 7"]),
    # a count after a town is no postcode; a month after "in" is no town
    ("She lived at 14 Allen Avenue, Lagos 10000 people marched past.", ["14 Allen Avenue"]),
    ("He was at 22 Smith Street in March.", ["22 Smith Street"]),
    ("He was at 22 Smith Street, Sydney NSW 2000 in March.", ["22 Smith Street, Sydney NSW 2000"]),
    # a building's word after the street with no comma is the sentence's
    ("We lived at Calle Toledo 41 every block was dark.", ["Calle Toledo 41"]),
])
def test_what_is_beside_an_address_stays_out(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


def _mention(text: str, part: str, entity_type: str, detector: str = "test") -> Mention:
    start = text.index(part)
    return Mention(start=start, end=start + len(part), text=part, entity_type=entity_type, score=0.8,
                   detector=detector)


def test_a_town_part_before_an_address_joins_it_unless_public():
    text = "in aksay four, building nine, flat sixty one, then"
    place = _mention(text, "aksay four", "LOCATION", "NumberedPlaceRecognizer")
    flat = _mention(text, "building nine, flat sixty one", "ADDRESS")
    joined = {(m.entity_type, m.text) for m in join_address_parts(text, [place, flat])}
    assert ("ADDRESS", "aksay four, building nine, flat sixty one") in joined
    assert {m.text for m in join_address_parts(text, [place, flat], lambda town: town == "aksay four")} == {
        "four, building nine, flat sixty one"}  # the number before it grows it, the public place stays out
    # a place the model found before a street stays a place of its own
    model_place = _mention(text, "aksay four", "LOCATION", "SpacyRecognizer")
    assert not any(m.start == place.start for m in join_address_parts(text, [model_place, flat]))
    # a town's part with no address after it is no address
    other = "in aksay four, Almaty, then"
    assert join_address_parts(other, [_mention(other, "aksay four", "LOCATION", "NumberedPlaceRecognizer"),
                                      _mention(other, "Almaty", "LOCATION")]) == []


@pytest.mark.parametrize("text, expected", [
    # a street whose name ends in its type is an address, not a numbered part of a town
    ("She lived at Vasagatan 3 for years.", [("ADDRESS", "Vasagatan 3")]),
    ("He lives at Storgata 7 with his wife.", [("ADDRESS", "Storgata 7")]),
    ("They live at Kirkevegen 22 since last year.", [("ADDRESS", "Kirkevegen 22")]),
    # a town's numbered part stays a place
    ("she lives in Mbare 3 now.", [("LOCATION", "Mbare 3")]),
    ("they were in Sector 7 then.", [("LOCATION", "Sector 7")]),
])
def test_a_street_ending_in_its_type_is_an_address(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text)] == expected
