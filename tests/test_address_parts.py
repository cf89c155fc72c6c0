"""Addresses whole with the parts said around their street (issue 13): flat, floor, building,
block, neighbourhood, postcode and town, typed and said in words, in many countries' forms;
and what must not be joined.  Exact spans through the whole Redactor."""

from __future__ import annotations

import pytest


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    ("The substation is at Calle Hidalgo 45, colonia Las Flores, C.P. 58000, in the centre.",
     ["Calle Hidalgo 45, colonia Las Flores, C.P. 58000"]),
    ("My sister lives at Av. Madero Poniente 1320, interior 4.", ["Av. Madero Poniente 1320, interior 4"]),
    ("the russian guy lived on prospekt mira twenty building two apartment eighty",
     ["prospekt mira twenty building two apartment eighty"]),
    ("in germany we were at hauptstraße twelve third floor in a small town",
     ["hauptstraße twelve third floor"]),
    ("We lived at Lindenweg 4, 2. OG, until the winter.", ["Lindenweg 4, 2. OG"]),
    ("I rented at 23 Mabini Street, Brgy. Poblacion, for a year.", ["23 Mabini Street, Brgy. Poblacion"]),
    ("Our building is Unit 4B, Block 7, Lot 12, Barangay San Isidro, near the church.",
     ["Unit 4B, Block 7, Lot 12, Barangay San Isidro"]),
    ("The unit is at Plot No. 45, Sector 18, Udyog Vihar Phase IV, on the left.",
     ["Plot No. 45, Sector 18, Udyog Vihar Phase IV"]),
    ("Before, I lived in H.No. 112, Gali No. 3, with my uncle.", ["H.No. 112, Gali No. 3"]),
    ("We met at No. 7, Olumide Close, off Admiralty Way, Lekki Phase 1.",
     ["No. 7, Olumide Close, off Admiralty Way, Lekki Phase 1"]),
    ("The office is at 14B Adeola Odeku Street, Victoria Island.", ["14B Adeola Odeku Street, Victoria Island"]),
    ("We lived at 22 Bridge Street, Leeds LS2 7HH, then moved.", ["22 Bridge Street, Leeds LS2 7HH"]),
    ("we lived at flat three twenty two bridge street with my mum", ["flat three twenty two bridge street"]),
    ("Flat 5, 18 Kingsway Road, was empty.", ["Flat 5, 18 Kingsway Road"]),
    ("My brother is at Atatürk Mahallesi, 1203 Sokak No. 9, Kat 2.", ["Atatürk Mahallesi, 1203 Sokak No. 9, Kat 2"]),
    ("it was at mpaka road house number nine fourth floor and uh", ["mpaka road house number nine fourth floor"]),
    ("I lived at 4410 Elm Creek Dr., Apt. 12B, Tyler, TX 75701. The rest", ["4410 Elm Creek Dr., Apt. 12B, Tyler, TX 75701"]),
    ("The guard lives at Jr. Bolognesi 318, Chaupimarca.", ["Jr. Bolognesi 318, Chaupimarca"]),
    ("She lived on via Roma 3 with her aunt.", ["via Roma 3"]),
    # a house number before a street found without one; French streets in lower case
    ("I was at 17 Rua dos Andradas, apartamento 301, in Porto Alegre.",
     ["17 Rua dos Andradas, apartamento 301, in Porto Alegre"]),
    ("We were at 3 rue de la paix, apartment 2.", ["3 rue de la paix, apartment 2"]),
    ("we were at number three rue de la paix", ["number three rue de la paix"]),
    ("she lived at 12 rue Oberkampf", ["12 rue Oberkampf"]),
    # parts placed "of", "on" or "in" one another; a numbered district; a named estate
    ("her flat is on the fifth floor of building nine on Nauky Avenue",
     ["fifth floor of building nine on Nauky Avenue"]),
    ("he lives in house number twelve on mwembe street", ["house number twelve on mwembe street"]),
    ("he lived at no. 8 pham ngu lao street district one", ["no. 8 pham ngu lao street district one"]),
    ("at Lot 5 Block 12 Phase 2 Camella Homes, Bacoor", ["Lot 5 Block 12 Phase 2 Camella Homes, Bacoor"]),
    # a street in English word order with its house number after, in any case
    ("we were on khreshchatyk street twenty two", ["khreshchatyk street twenty two"]),
    ("they were on mabini street number twenty three", ["mabini street number twenty three"]),
    ("it's on shevchenko street, number nine", ["shevchenko street, number nine"]),
    ("he stayed on Allen Avenue number seven", ["Allen Avenue number seven"]),
    ("he lives in Hlohove street, building seven, flat thirty", ["Hlohove street, building seven, flat thirty"]),
    ("my flat was on Peremohy Avenue 24, flat 7", ["Peremohy Avenue 24, flat 7"]),
    # lower-case letters and number words of a unit, a block, a Russian "dom", Indonesian RT/RW,
    # a Philippine purok, a kilometre of the road, a Congolese commune, a Vietnamese ward
    ("i lived at 7 Brook Lane, flat b, with my aunt", ["7 Brook Lane, flat b"]),
    ("she stays at kenyatta avenue flat three b", ["kenyatta avenue flat three b"]),
    ("he lives on Ngong Road, flat six, block c", ["Ngong Road, flat six, block c"]),
    ("i lived on ulitsa Lenina, dom 7, kvartira 12", ["ulitsa Lenina, dom 7, kvartira 12"]),
    ("he stayed at Jalan Merdeka 5, RT 03 RW 07, Kelurahan Cempaka",
     ["Jalan Merdeka 5, RT 03 RW 07, Kelurahan Cempaka"]),
    ("she lives at 44 Mabini Street, Purok 3, Barangay Malinta, now", ["44 Mabini Street, Purok 3, Barangay Malinta"]),
    ("he lives at Estrada do Galeão, km 12, with his wife", ["Estrada do Galeão, km 12"]),
    ("they lived on Avenue Kasa-Vubu 112, commune de Kalamu", ["Avenue Kasa-Vubu 112, commune de Kalamu"]),
    ("she was at 18 Tran Hung Dao, phuong 4, quan 5", ["18 Tran Hung Dao, phuong 4, quan 5"]),
    ("the family is in kebele 04, Bole sub-city", ["kebele 04, Bole sub-city"]),
    ("they live in block four flat nine of the police quarters", ["block four flat nine of the police quarters"]),
    ("she was on avenida arequipa one hundred and twenty, departamento 5",
     ["avenida arequipa one hundred and twenty, departamento 5"]),
])
def test_address_parts_join_the_street(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday or a common word after the comma is not the address's town
    ("We moved to 14 Mill Lane, Manchester.", ["14 Mill Lane, Manchester"]),  # a public town said last is
    ("I saw him at 5 Oak Street, Monday.", ["5 Oak Street"]),
    ("It was on 5 Oak Street, Then.", ["5 Oak Street"]),
    # a number that is not the address's: a count, a time, an age
    ("She lived at 9 Elm Close, twelve of us in three rooms.", ["9 Elm Close"]),
    ("He lived on Calle Mayor 5, thirty years ago.", ["Calle Mayor 5"]),
    # a count before the street, a place the street is in, a public city after "in"
    ("He lived on Calle Mayor 5 in Madrid for years.", ["Calle Mayor 5"]),
    ("We walked 3 km along Calle Mayor 5 that day.", ["Calle Mayor 5"]),
    ("She said Calle Mayor 5 of course.", ["Calle Mayor 5"]),
    ("We lived at 12 Mill Lane, near Milimani Law Court.", ["12 Mill Lane"]),
])
def test_what_follows_an_address_but_is_not_part_of_it(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "she stayed in room 12 at the hotel and the office was on the third floor",
    "the weg was long and there were twelve of us",
    "It sold 4 units and the tower was empty on the second floor.",
    "Unit 4 of the army took the sector in a day.",
    "see H.No for details",
    "we went down the main road and the toll road, then left",
    "It took 1203 days and the sokak was narrow.",
    "Dr. Kemal saw him on the fourth floor.",
    "we sent it via DHL 3 times and went via Rotterdam 2 weeks later",
    "he works in ward seven at the hospital",
    "the third floor of the hospital is in district four",
    "I read it on p. 5 of the report",
    "we lived in the Green Heights area of the city",
    "we lived on main street twenty years ago",
    "I walked along that road two times",
    "we were on the high street five of us",
    "the avenue number one priority",
    # the words of a unit, a box, a kilometre or a road said without being one
    "she was in flat a friend rented",
    "the house 4 people shared was small",
    "in block b the guards were cruel",
    "we ran the last mile of the race together",
    "at mile 12 we stopped for tea",
    "the box was on the table, number two",
    "they lived in the police quarters for years",
    "he went in house 3 on the left",
    "we met on 5 de mayo at the plaza",
    "it's 27 of us on the road",
    "the house on the main road burned",
])
def test_parts_alone_are_no_address(redactor_default, text):
    assert addresses(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a post office box or private mail bag, in digits or words
    ("her address is P.O. Box 4471, in town", ["P.O. Box 4471"]),
    ("write to po box two two three one", ["po box two two three one"]),
    ("send it to P.M.B. 1029 in Ikeja", ["P.M.B. 1029 in Ikeja"]),
    # a kilometre or mile of a road with no house numbers
    ("i stayed at kilometre 12 of the Pan-American Highway with my aunt",
     ["kilometre 12 of the Pan-American Highway"]),
    ("he is at Mile 12 of the Lagos Ibadan Expressway", ["Mile 12 of the Lagos Ibadan Expressway"]),
    ("the farm is at kilometer twelve of the road to Puno", ["kilometer twelve of the road to Puno"]),
    # a numbered home with the estate or street it is in
    ("she is in block b of the Kilimani Gardens Estate", ["block b of the Kilimani Gardens Estate"]),
    ("we were in house 14 on allen avenue", ["house 14 on allen avenue"]),
    ("he lives at Mtaa wa Uhuru house 9", ["Mtaa wa Uhuru house 9"]),
    ("we moved to 211 Jirón Junín, Cercado de Lima", ["211 Jirón Junín, Cercado de Lima"]),
    # a house number with a letter or said in hundreds; a numbered barangay; a street named
    # after a date; a Colombian street and plate number
    ("so it's 27 b Mombasa road", ["27 b Mombasa road"]),
    ("we lived at two hundred and five ocean drive", ["two hundred and five ocean drive"]),
    ("he lives at 10 Mabini St., Brgy. 143, near the market", ["10 Mabini St., Brgy. 143"]),
    ("it's calle 5 de mayo número 23", ["calle 5 de mayo número 23"]),
    ("we lived on avenida 9 de julio for years", ["avenida 9 de julio"]),
    ("we were at Carrera 7 # 45-10 in Bogotá", ["Carrera 7 # 45-10"]),
])
def test_boxes_road_markers_and_estates(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("My landlord lives at Quarter No. 7, Railway Colony, Kishanpur.", ["Quarter No. 7, Railway Colony, Kishanpur"]),
    ("She stays at House 12, Road 5, Dhanmondi now.", ["House 12, Road 5, Dhanmondi"]),
    ("Flat 3B, Sector 15, Noida is where we met.", ["Flat 3B, Sector 15, Noida"]),
    ("The office is at Plot 22, Gulshan Avenue.", ["Plot 22, Gulshan Avenue"]),
    ("We lived at H.No. 4-56, Shanti Nagar for years.", ["H.No. 4-56, Shanti Nagar"]),
])
def test_south_asian_addresses_whole_to_the_locality(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public city said last is the address's; a person after a comma starts a new clause
    ("Flat 3B, Sector 15, Delhi is where we met.", ["Flat 3B, Sector 15, Delhi"]),
    ("We visited House 12, Road 5, Mary and I.", ["House 12, Road 5"]),
    # a quarter without its "No." is no address part
    ("In quarter 3, Railway Colony grew fast.", []),
    ("Profits rose in the third quarter, 2021.", []),
])
def test_what_is_not_part_of_a_south_asian_address(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected
