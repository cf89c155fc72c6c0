"""Addresses in the forms of other countries are one ADDRESS each, with no frame before them: a
French sector, plot and parcel ("Secteur 4, lot 19, parcelle 52"), a Haitian alley and its
number ("Ruelle Vaval #22, Bas-Peu-de-Chose"), a Central American numbered street after its
ordinal ("2a. calle 8-14, zona 3"), a neighbourhood whose name starts with its article ("Barrio
La Merced", "Colonia El Carmen"), a Taipei lane and alley after the house's number ("No. 8, Lane
112, Section 3, Zhongshan Road"), a Caribbean light pole ("LP 42, Naparima Road, Siparia"), a
plot and its section in one part ("Lot 23 Section C, Buxton"), a spoken house on a numbered
avenue of a lower-case town; a landmark and the house's look said after the address stay in it
("..., derrière la station Shell, porte bleue", "..., the house with the blue roof").  A title
before a surname that is a street's word is no street ("Mr Lane").  Near misses: a report's
section, "a lot of", a hotel's room, a place on a list, a landmark alone, one part alone.
Exact spans through the whole Redactor."""

from __future__ import annotations

import pytest

from redactor.detect.address_frames import chained_addresses
from redactor.detect.addresses import is_landmark_part


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # Burkina Faso: a sector, a lot and a parcel, no frame
    ("It was Secteur 4, lot 19, parcelle 52, the last house.", ["Secteur 4, lot 19, parcelle 52"]),
    # Haiti: an alley, its number after its name, and the neighbourhood
    ("Ruelle Vaval #22, Bas-Peu-de-Chose, that was the house.", ["Ruelle Vaval #22, Bas-Peu-de-Chose"]),
    # Honduras: a neighbourhood whose name starts with its article, a landmark, a house said in words
    ("Barrio La Merced, frente a la escuela, casa tres veinte, everybody knows it.",
     ["Barrio La Merced, frente a la escuela, casa tres veinte"]),
    # El Salvador: a passage, a house and the colonia
    ("Pasaje 5, casa 17, Colonia El Carmen.", ["Pasaje 5, casa 17, Colonia El Carmen"]),
    # Guatemala: the numbered street after its ordinal's abbreviation
    ("Go to 2a. calle 8-14, zona 3.", ["2a. calle 8-14, zona 3"]),
    ("The clinic was at 4a. avenida 12-30, zona 7.", ["4a. avenida 12-30, zona 7"]),
    # Taipei: the house's number, its lane, the road's section, the road and the district
    ("No. 8, Lane 112, Section 3, Zhongshan Road, Xinyi District, that's the shop.",
     ["No. 8, Lane 112, Section 3, Zhongshan Road, Xinyi District"]),
    # Trinidad: a light pole on a road, and the town
    ("LP 42, Naparima Road, Siparia, that's the shop.", ["LP 42, Naparima Road, Siparia"]),
    # Guyana: a lot and its section said in one part, then the village
    ("Lot 23 Section C, Buxton is where my aunt stays.", ["Lot 23 Section C, Buxton"]),
    # Namibia, spoken: a house in words, a numbered avenue, a lower-case suburb
    ("Ask for house sixty one, fourth avenue, windhoek west.", ["house sixty one, fourth avenue, windhoek west"]),
    # Burkina Faso: a quarter, a landmark with its name after it, the door's colour
    ("Quartier Tanghin-Est, derrière la station Shell, porte bleue.",
     ["Quartier Tanghin-Est, derrière la station Shell, porte bleue"]),
])
def test_an_address_of_another_country_is_one_address(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He ran the stall at Calle Sucre 41, in front of the market, the house with the blue roof.",
     ["Calle Sucre 41, in front of the market, the house with the blue roof"]),
    ("They live at 14 Mapleton Road, behind the Anglican church, the house with the red gate.",
     ["14 Mapleton Road, behind the Anglican church, the house with the red gate"]),
    ("She lives in Quartier Tanghin-Est, derrière la pharmacie Nouvelle, porte verte.",
     ["Quartier Tanghin-Est, derrière la pharmacie Nouvelle, porte verte"]),
    ("Elle habite au 12 rue Lamartine, la maison au portail vert.", ["12 rue Lamartine, la maison au portail vert"]),
])
def test_the_landmark_and_the_house_s_look_after_an_address_are_its_own(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Section 3 of the report was late.",
    "A lot of people came to the market.",
    "Room 12 of the hotel was booked for the minister.",
    "He was number forty five on the list.",
    "We met behind the church after mass.",
    "Mr Lane spoke first, then the others.",
    "Number 3, section 4 of the act says nothing.",
    "Lot 7 was sold in March.",
    "We walked 3 km along the river to the market that day.",
    "Lane 2 was closed for the race, so we took the bridge.",
    "The team finished 2a. in the league.",
])
def test_near_misses_are_no_address(redactor_default, text):
    assert addresses(redactor_default, text) == []


@pytest.mark.parametrize("text", [
    "Number 3, section 4 of the act says nothing.",
    "Lot 7, the one by the river, was sold.",
    "km along the river, then the bridge.",
    "Barrio is what they call it, el barrio.",
])
def test_parts_that_are_no_address_chain_nothing(text):
    assert chained_addresses(text) == []


@pytest.mark.parametrize("part, expected", [
    ("x, derrière la station Shell", True),
    ("x, frente a la iglesia San Roque", True),
    ("x, the house with the red roof", True),
    ("x, porte bleue", True),
    ("x, casa de portón negro", True),
    ("x, the second gate", False),
    ("x, the house was sold", False),
    ("x, near the school", False),
])
def test_a_landmark_part(part, expected):
    assert is_landmark_part(part, 3, len(part)) is expected


@pytest.mark.parametrize("text, expected", [
    ("Parcela 14, Lote 3, Carretera a El Salvador km 12.", ["Parcela 14, Lote 3, Carretera a El Salvador km 12"]),
    # Trinidad: a light pole on a trace, then the town
    ("LP 9 Guaico Trace, Sangre Grande.", ["LP 9 Guaico Trace, Sangre Grande"]),
    # Guyana: the section's letter "A" is no article
    ("Lot 12 Section A, Plaisance, East Coast Demerara.", ["Lot 12 Section A, Plaisance, East Coast Demerara"]),
    # the landmark's kind after it and the house's colour, in French
    ("They live at 12 Rue Pasteur, en face du marché central, maison jaune.",
     ["12 Rue Pasteur, en face du marché central, maison jaune"]),
    # spoken: the house's number and its gate, or its door
    ("Number thirty seven, the green gate.", ["Number thirty seven, the green gate"]),
    ("It is number forty two, the house with the yellow door.", ["number forty two, the house with the yellow door"]),
])
def test_more_parts_of_other_countries(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "He was number forty five on the list, the blue team won.",
    "The house with the red roof was sold.",
    "Casa Azul is a museum now.",
])
def test_a_house_s_look_alone_is_no_address(redactor_default, text):
    assert addresses(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # Bangkok: a room, a block of flats named a mansion, a soi (a room with no street is none)
    ("Source: um, it's room 204, Sunrise Mansion, Soi Ari 5.", ["room 204, Sunrise Mansion, Soi Ari 5"]),
    # a contraction before a lane is no street's name ("It's Lane")
    ("Source: It's Lane 3, Alley 8, Number 6, near the night market.", ["Lane 3, Alley 8, Number 6"]),
    # a numbered sector and lot of a suburb (Kenya, Uganda, Zambia)
    # (the house placed by its landmark after it is the address's last part)
    ("Source: Sector 7, Lot 22, Blue Hills, the house behind the mosque.",
     ["Sector 7, Lot 22, Blue Hills, the house behind the mosque"]),
])
def test_a_room_a_sector_and_a_lane_open_a_chain(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Room 12, the one with the view, was booked for the minister.",
    "Sector 4 of the economy grew, the rest did not.",
    "It's Lane who called, not the others.",
])
def test_a_room_or_a_sector_alone_is_no_chain(redactor_default, text):
    assert addresses(redactor_default, text) == []


def test_a_room_opens_a_chain_only_with_a_street(redactor_default):
    assert [m.text for m in chained_addresses("room 204, Sunrise Mansion, Soi Ari 5.")] == [
        "room 204, Sunrise Mansion, Soi Ari 5"]
    assert chained_addresses("Room 12, block C, the conference wing.") == []


@pytest.mark.parametrize("text, expected", [
    # captions in lower case: a name no English word spells after the street's or quarter's word
    ("source: ruelle jeremie number fourteen, carrefour feuilles.", ["ruelle jeremie number fourteen, carrefour feuilles"]),
    ("source: quartier dapaong nord, derrière la station shell, porte bleue.",
     ["quartier dapaong nord, derrière la station shell, porte bleue"]),
    ("source: barrio san felipe, frente a la iglesia, casa dos catorce.",
     ["barrio san felipe, frente a la iglesia, casa dos catorce"]),
])
def test_a_caption_s_address_of_another_country(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the barrio kids, all of them, came to the casa of my aunt.",
    "quartier general, that is what they called the office.",
])
def test_a_caption_s_plain_words_after_a_quarter_are_no_chain(text):
    assert chained_addresses(text) == []
