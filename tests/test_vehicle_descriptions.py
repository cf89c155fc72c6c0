"""Vehicles whole (``redactor.detect.vehicle_edges``) and named again by their model in the same
file (``redactor.refine.vehicles``): exact spans through the whole Redactor, in cased text and in
lower-case captions, and the near misses that stay out."""

from __future__ import annotations

import pytest

from redactor.refine.vehicles import model_word


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("He came in the blue Transit with the ladder rack, and we followed.", ["blue Transit with the ladder rack"]),
    ("He rode a black Bajaj Pulsar with a torn seat.", ["black Bajaj Pulsar with a torn seat"]),
    ("my car, a beige Lada Niva, the 2009 one with the cracked windscreen, was parked outside.",
     ["beige Lada Niva, the 2009 one with the cracked windscreen"]),
    ("they took the white skoda octavia with the dent and drove off", ["white skoda octavia with the dent"]),
    ("He drove a green Jeep Cherokee with the Buckeyes plate frame.",
     ["green Jeep Cherokee with the Buckeyes plate frame"]),
    ("it was a red Fiat Punto with the Swiss sticker on the back", ["red Fiat Punto with the Swiss sticker on the back"]),
    ("a grey Toyota Corolla with a roof rack and tinted windows, if I remember",
     ["grey Toyota Corolla with a roof rack and tinted windows"]),
    ("the white skoda octavia, the old one with no plates, was outside",
     ["white skoda octavia, the old one with no plates"]),
    ("the white pickup with the dent in the door drove off", ["white pickup with the dent in the door"]),
])
def test_the_description_after_a_vehicle_is_part_of_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He drove a silver Golf 4 back then.", ["silver Golf 4"]),
    ("It was a Passat B6 with tinted windows.", ["Passat B6 with tinted windows"]),
    ("She had a Toyota Corolla 2011.", ["Toyota Corolla 2011"]),
    ("He bought a 2011 Hilux last year.", ["2011 Hilux"]),
    ("he had a 1998 Toyota Corolla in the garage", ["1998 Toyota Corolla"]),
    ("he had a silver Golf IV and a black Passat Mk3", ["silver Golf IV", "black Passat Mk3"]),
    ("i had a seat ibiza and then a hero splendor", ["seat ibiza", "hero splendor"]),
])
def test_a_generation_or_a_model_year_is_part_of_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He drove the blue Transit with the kids to school.", ["blue Transit"]),
    ("She had a red Toyota Corolla with my brother in it.", ["red Toyota Corolla"]),
    ("I sold the silver Golf 4 days later.", ["silver Golf"]),
    ("I saw the silver Golf 11:30 that night", ["silver Golf"]),
    ("it was a white Hilux, the other one with the dent, that came", ["white Hilux"]),
    ("We took a grey Hilux, the one my uncle had.", ["grey Hilux"]),
    ("we went with the kids to a car with my brother. the bus was late.", []),
    ("It was a 2011 model year.", []),
])
def test_what_follows_a_vehicle_that_does_not_describe_it_stays_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.replacement) for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


def test_a_vehicle_named_again_by_its_model_is_the_same_vehicle(redactor_default):
    text = ("we had a silver vw golf. the golf broke down. the silver golf was in the garage. "
            "we slept in the golf.")
    found = _found(redactor_default, text)
    assert [t for t, _ in found] == ["silver vw golf", "golf", "silver golf", "golf"]
    assert len({r for _, r in found}) == 1


def test_a_cased_model_named_again_is_the_same_vehicle(redactor_default):
    text = "I drove a grey Toyota Corolla. The Corolla was fast.\nwe had a beige lada niva. we slept in the niva."
    found = _found(redactor_default, text)
    assert [t for t, _ in found] == ["grey Toyota Corolla", "Corolla", "beige lada niva", "niva"]
    assert found[0][1] == found[1][1] != found[2][1] == found[3][1]


@pytest.mark.parametrize("text, expected", [
    ("we had a silver vw golf. we played golf later. she wore a golf shirt. the golf course was near.",
     ["silver vw golf"]),
    ("He had a white VW Polo. She wore a Polo shirt.", ["white VW Polo"]),
    ("he drove a blue ford focus. the focus of the talk was money.", ["blue ford focus"]),
    ("we played golf on sunday. the golf was fun.", []),
    ("He wore a Polo shirt.", []),
    ("five or six of them came in the bus", []),
])
def test_a_model_word_in_another_sense_stays_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("vehicle, model", [
    ("silver vw golf", "golf"), ("beige Lada Niva, the 2009 one with the cracked windscreen", "niva"),
    ("white transit van", "transit"), ("Toyota Corolla 2011", "corolla"), ("an old white van", ""),
    ("blue Transit with the ladder rack", "transit"),
])
def test_the_model_a_vehicle_names(vehicle, model):
    assert model_word(vehicle) == model


@pytest.mark.parametrize("text, expected", [
    ("he drove a ural, the grey one with the broken mirror", ["ural, the grey one with the broken mirror"]),
    ("They came in the red Lada Niva, the old one, with the Dinamo sticker.",
     ["red Lada Niva, the old one, with the Dinamo sticker"]),
    ("He has a blue Hyundai with 'Allah korusun' on the back.", ["blue Hyundai with 'Allah korusun' on the back"]),
    ("i ride a black honda click with the big food box and a sticker of Galatasaray on it",
     ["black honda click with the big food box and a sticker of Galatasaray on it"]),
    ("my uncle drove a ford back then", ["ford"]),
    ("it was a white Toyota Corolla, the one with the dent in the door",
     ["white Toyota Corolla, the one with the dent in the door"]),
    ("we took a green CNG to the station", ["green CNG"]),
])
def test_a_description_that_runs_on_is_part_of_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he drives a green CNG auto-rickshaw near the station", ["green CNG auto-rickshaw"]),
    ("I drive a yellow tuk-tuk in the old town.", ["yellow tuk-tuk"]),
    ("my father had a silver jeepney", ["silver jeepney"]),
    ("he rides a red boda boda", ["red boda boda"]),
    ("I took the white marshrutka every morning", ["white marshrutka"]),
    ("he owns a blue matatu", ["blue matatu"]),
    ("she drives a white electric tuk-tuk", ["white electric tuk-tuk"]),
    ("we went in an old yellow trotro", ["old yellow trotro"]),
])
def test_vehicle_kinds_of_many_countries_with_a_description(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he drove a hard bargain", []),
    ("we had to ride the wave of protests", []),
    ("he can drive a golf ball far", []),
    ("I bought a seat on the plane", []),
    ("she rides a mini scooter", []),
    ("the ural mountains are far", []),
    ("we crossed a ford of the river", []),
    ("I bought a car last year", []),
    ("he took a tuk-tuk to the market", []),
    ("the white van, with my brother driving, left", ["white van"]),
    ("a red Fiat Punto, with love from mum", ["red Fiat Punto"]),
    ("a white Toyota Corolla, the one I had before", ["white Toyota Corolla"]),
    ("a white Toyota Corolla, the other one", ["white Toyota Corolla"]),
])
def test_what_does_not_describe_a_vehicle_stays_out_of_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


def test_a_ship_named_with_of_is_not_named_again_by_its_last_word(redactor_default):
    found = _found(redactor_default, "I joined Harmony of the Seas as a cook. We crossed the seas for months.")
    assert [t for t, _ in found] == ["Harmony of the Seas"]
    assert model_word("Harmony of the Seas") == ""


@pytest.mark.parametrize("text, plate", [
    ("And my van, the company gives each supervisor one, a yellow Ford Transit with the orange beacon, ZKT-482. "
     "Everybody knows it.", "ZKT-482"),
    ("He drives a black Toyota Fortuner, always fast, BXT 771 on the back.", "BXT 771"),
])
def test_a_plate_said_in_its_vehicles_sentence_is_its_plate(redactor_default, text, plate):
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert (plate, "VEHICLE_PLATE") in found
    # near miss: the company's word before a job is a verb's, no occupation ("gives each supervisor")
    assert not any(t.startswith("gives") for t, _ in found)


def test_a_plate_shape_after_the_vehicles_sentence_is_not_its_plate(redactor_default):
    text = "He sold the red Lada Niva last year. KTX-114 was written on the form."
    assert "KTX-114" not in [f.text for f in redactor_default.scan(text) if f.entity_type == "VEHICLE_PLATE"]
