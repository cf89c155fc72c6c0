"""Places, round 33: a city GeoNames lists at 500,000 people or more that lies within 20 km of
a city of its own country at least twice as large is that city's district or suburb ("Pikine"
of Dakar, "Contagem" of Belo Horizonte, "Dharavi" of Mumbai, "Cuauhtémoc" of Mexico City): it
is found as a small place (quasi), not kept as a public city (redactor.lexicon.places.district_cities)."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.lexicon.places import DISTRICT_KM, _districts


def _places(redactor, text: str) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.text) for f in redactor.scan(text) if f.entity_type == "LOCATION"]


def _at(text: str, name: str) -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), name)


@pytest.mark.parametrize(("text", "name"), [
    ("**Physio:** I am the physiotherapist of the women's team at Esporte Clube Riacho, in Contagem. My name is "
     "Larissa Fonseca.", "Contagem"),
    ("**Coach:** I am the assistant trainer at a wrestling stable in Pikine. In the arena they knew me by "
     "another name.", "Pikine"),
    ("We rent a loft in Dharavi, three machines and a drying rack.", "Dharavi"),
    ("i sold phones out of a stall in cuauhtémoc for six years", "cuauhtémoc"),
])
def test_a_district_listed_as_a_large_city_is_found(redactor_default, text, name):
    assert _at(text, name) in _places(redactor_default, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The club moved its games to Belo Horizonte last season.", "Belo Horizonte"),   # the larger city itself
    ("She flew to Dakar for the hearing.", "Dakar"),
    ("He drove the truck to Foshan every week.", "Foshan"),          # near Guangzhou, not half its size
    ("She crossed to El Paso every morning.", "El Paso"),            # the larger city is in another country
    ("They commute from Giza to the ministry.", "Giza"),             # a first-level region's seat
    ("I moved to Dortmund after school.", "Dortmund"),               # neighbours of a size
])
def test_a_large_city_that_is_no_district_stays_public(redactor_default, text, name):
    assert _at(text, name) not in _places(redactor_default, text)


@pytest.mark.parametrize(("name", "public"), [
    ("Pikine", False), ("Contagem", False), ("Santo André", False), ("Dharavi", False),
    ("Dakar", True), ("Foshan", True), ("El Paso", True), ("Giza", True), ("Saitama", True), ("Mumbai", True),
])
def test_public_place_leaves_out_the_districts_of_a_larger_city(name, public):
    assert SpanFilters().is_public_place(name) is public


def _city(name: str, population: int, latitude: float, country: str = "XX") -> dict:
    return {"name": name, "population": population, "latitude": latitude, "longitude": 10.0,
            "countrycode": country, "alternatenames": [name.upper() + "-alt"]}


def test_districts_are_within_the_distance_of_a_city_twice_as_large_of_the_same_country():
    degree = DISTRICT_KM / 111.2
    big = _city("Bigtown", 2_000_000, 0.0)
    cities = [big,
              _city("Nearby", 900_000, 0.9 * degree),               # district: near, less than half
              _city("Farther", 900_000, 1.2 * degree),              # beyond the distance
              _city("Rival", 1_200_000, 0.5 * degree),              # more than half as large
              _city("Abroad", 600_000, 0.3 * degree, country="YY"),  # another country
              _city("Village", 50_000, 0.1 * degree)]               # too small to be listed at all
    assert _districts(cities) == {"nearby": 900_000, "nearby-alt": 900_000}


# Round 33: a capitalised name no list knows after "in" said right after a word of small letters
# (a noun of the clause: "the hospital in Šempeter") is a place; not after a pause or a function word.

def _lower_case_finder(text: str) -> list[tuple[int, int, str]]:
    from redactor.detect.casing import caseless_lines
    from redactor.detect.recognizers.places import find_lower_case_places

    return [(s, e, text[s:e]) for s, e in find_lower_case_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("He died in the hospital in Šempeter two days later. In the report it says nothing.\n", "Šempeter"),
    ("INT: And the fire?\nCALLUM: Tariq started his own van in Drumchapel last spring, no licence.\n", "Drumchapel"),
    ("At the camp in Sévaré, with the second company of the battalion.\n", "Sévaré"),
])
def test_an_unknown_capitalised_name_in_after_a_noun_is_a_place(text, name):
    assert _lower_case_finder(text) == [_at(text, name)]


@pytest.mark.parametrize("text", [
    "Yes, in Gerica, that morning. I wrote it down.\n",                 # after a pause: a system
    "It was in Starnieuws and De Ware Tijd, five weeks ago.\n",         # after a function word
    "He signed a paper in Dhivehi. Under the law it stands.\n",         # a language
    "The night shifts in Ramadan were the worst of it.\n",              # a holiday: a time
    "Her room in Ruvumbazi Heights is on the third floor.\n",           # the name goes on capitalised
])
def test_in_after_no_noun_or_before_no_place_stays(text):
    assert _lower_case_finder(text) == []


# Round 33: a public city or region the text says right after is a village, a hamlet or a small
# town ("in florida, the village above gouyave", "near stockholm, the village") is the village of
# its name, found as a small place; not where the words say no village.

@pytest.mark.parametrize(("text", "name"), [
    ("- i live in florida, the village above gouyave\n", "florida"),
    ("yeah the potash, i rent a room near stockholm, the village, not the city in sweden\n", "stockholm"),
    ("The camp is outside Salem, it's a small village in the hills, not the city.\n", "Salem"),
])
def test_a_place_said_to_be_a_village_is_found(redactor_default, text, name):
    assert _at(text, name) in _places(redactor_default, text)


@pytest.mark.parametrize(("text", "name"), [
    ("we flew to stockholm, the city was cold and dark\n", "stockholm"),          # no village said
    ("the bus from lagos, the village people came to meet it\n", "lagos"),         # the village's people
    ("i moved to florida, the village hall there hired me\n", "florida"),           # the village's hall
    ("She works in Manchester, a city of half a million.\n", "Manchester"),         # a city said a city
])
def test_a_public_place_not_said_to_be_a_village_stays(redactor_default, text, name):
    assert _at(text, name) not in _places(redactor_default, text)
