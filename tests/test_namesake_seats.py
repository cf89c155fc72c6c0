"""A first-level region named exactly like the town that seats it (a Tanzanian region and its
town, a Guatemalan department, a Hungarian city with county rights, an Albanian county) is that
town when the name is said alone, a quasi-identifier of its size, and the public region only
with a region word ("the Morogoro Region", "the province of Mendoza"); a big city's alternate
name that is another town's own name ("Olbia", an ancient name of Antalya) does not carry the
big city's size (tools/build_public_places.py: ``is_namesake_seat``, ``OwnNames``,
``add_place``; redactor.detect.filters: ``_region_by_word``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from redactor.detect.filters import SpanFilters
from redactor.lexicon.places import public_places


# -- the table ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["morogoro", "huehuetenango", "miskolc", "durres", "mendoza", "iringa"])
def test_a_region_named_like_its_seat_is_the_seat_in_the_table(name):
    kind, population = public_places()[name]
    assert kind == "regional_capital" and 15_000 < population < 500_000


@pytest.mark.parametrize("name", ["sopron", "keelung"])
def test_a_region_that_is_a_town_is_that_town(name):
    # a Hungarian city with county rights that seats no county, a Taiwanese provincial city
    kind, population = public_places()[name]
    assert kind == "seat" and 15_000 < population < 500_000


@pytest.mark.parametrize("name", [
    "ibaraki", "caldas",   # named like a town that is not their seat (Mito, Manizales)
    "nghe an", "bavaria",  # a seat of another name (Vinh, Munich)
    "lagos",               # Lagos State is governed from Ikeja
    "bari",                # Somalia's Bari region (seated in Bosaso), whatever Italy's city
])
def test_a_region_whose_seat_has_another_name_stays_a_region(name):
    assert public_places()[name][0] == "region"


def test_olbia_is_no_longer_antalya():
    assert "olbia" not in public_places()  # a town of 60,000, below the table's minimum
    assert public_places()["antalya"] == ("regional_capital", 1_335_002)


# -- the filters ----------------------------------------------------------------------------

@pytest.mark.parametrize("place", ["Morogoro", "Huehuetenango", "Miskolc", "Durrës", "Mendoza", "Sopron", "Olbia"])
def test_the_town_alone_is_not_public(place):
    assert not SpanFilters().is_public_place(place)


@pytest.mark.parametrize("place", [
    "Morogoro Region", "the Morogoro region", "Huehuetenango Department", "Durres County",
    "Mendoza Province", "Miskolc county",
    "Kano", "Kano State", "Lagos", "Antalya",   # big cities stay public by their size
])
def test_the_region_by_its_word_and_a_big_city_stay_public(place):
    assert SpanFilters().is_public_place(place)


def test_a_lower_regional_capital_floor_keeps_the_seat():
    assert SpanFilters(regional_capital_population=50_000).is_public_place("Morogoro")
    assert not SpanFilters(regional_capital_population=50_000).is_public_place("Sopron")  # no county's seat


# -- whole sentences ------------------------------------------------------------------------

def _places(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in {"LOCATION", "PERSON"}]


@pytest.mark.parametrize("text, found", [
    ("I waited at Morogoro for three hours before the bus came.", [("LOCATION", "Morogoro")]),
    ("The clinic in Huehuetenango closed last year.", [("LOCATION", "Huehuetenango")]),
    ("They moved the detainees to Miskolc in the spring.", [("LOCATION", "Miskolc")]),
    ("The ferry from Durrës was late again.", [("LOCATION", "Durrës")]),
    ("I spent a summer working in Olbia at a hotel.", [("LOCATION", "Olbia")]),
])
def test_the_town_said_alone_is_found(redactor_default, text, found):
    assert _places(redactor_default, text) == found


@pytest.mark.parametrize("text", [
    "We drove across the Morogoro Region to reach the farm.",
    "He grew up in Mendoza Province.",
    "The province of Mendoza has many vineyards.",
    "He was born in the region of Morogoro.",
    "I was at the department of Huehuetenango.",
    "We flew to Kano and then to Lagos.",
    "She moved from Antalya to Izmir.",
])
def test_the_region_by_its_word_and_big_cities_are_kept(redactor_default, text):
    assert _places(redactor_default, text) == []


def test_a_person_of_a_seats_name_stays_a_person(redactor_default):
    assert _places(redactor_default, "Carlos Mendoza signed the contract.") == [("PERSON", "Carlos Mendoza")]


# -- the build's parts ----------------------------------------------------------------------

def test_a_seat_and_a_larger_city_of_its_name_keep_the_seat_and_the_larger_size(places_build):
    build = places_build
    places: dict[str, tuple[str, int]] = {}
    build.add_place(places, "San Jose", "regional_capital", 335_007)
    build.add_place(places, "San Jose", "city", 997_368)
    build.add_place(places, "Morogoro", "region", 0)
    build.add_place(places, "Haut-Katanga", "region", 0)
    assert places["san jose"] == ("regional_capital", 997_368)
    assert places["morogoro"] == ("region", 0)
    assert places["haut katanga"] == places["haut-katanga"] == ("region", 0)
    build.add_place(places, "Morogoro", "regional_capital", 471_409)  # a region outranks a seat
    assert places["morogoro"] == ("region", 0)


def _city(geonameid, name, *alternates, population=100_000, country="XX"):
    return {"geonameid": geonameid, "name": name, "alternatenames": list(alternates),
            "population": population, "countrycode": country}


def test_an_alternate_that_is_another_citys_own_name_is_left_out(places_build):
    build = places_build
    big = _city(1, "Antalya", "Adalia", "Olbia", "Antalya", "Ant", population=1_335_002)
    own = build.OwnNames([big, _city(2, "Olbia", population=60_345), _city(3, "Stavropol", population=433_931)])
    assert own.alternates(big) == ["Adalia", "Antalya"]  # not "Olbia", nor a name under four letters
    tolyatti = _city(4, "Tolyatti", "Stavropol'", "Togliatti", population=702_879)
    assert own.alternates(tolyatti) == ["Togliatti"]  # the soft sign's apostrophe makes no other name
    sanaa = _city(5, "Sanaa", "San'a", population=1_937_451)
    assert build.OwnNames([sanaa, _city(6, "Sana")]).alternates(sanaa) == ["San'a"]


@pytest.mark.parametrize("kind, city, form, seats, namesake", [
    ("Region", _city(10, "Morogoro"), "morogoro", {10}, True),
    ("Region", _city(11, "Ibaraki"), "ibaraki", set(), False),          # a town the region is not seated in
    ("City with county rights", _city(12, "Sopron"), "sopron", set(), True),
    ("Province", _city(13, "Salvador", "Bahia"), "bahia", {13}, False),  # a seat's alternate name
    ("Region", None, "punjab", set(), False),
])
def test_a_namesake_seat(places_build, kind, city, form, seats, namesake):
    assert places_build.is_namesake_seat(SimpleNamespace(type=kind), city, form, seats) is namesake
