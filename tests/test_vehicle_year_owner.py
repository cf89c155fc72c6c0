"""A vehicle with what tells it apart said after it (round 11): its model year with "from", its
owner with "of", a part after "with" (its cabin, its winch); a bare make and model; and what
stays out: a span of time, "of course", a person, a "with" that is no part.  Exact spans through
the whole Redactor."""

from __future__ import annotations

import pytest

from redactor.refine.vehicles import model_word


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("they came in a grey skoda octavia from twenty fifteen and parked outside",
     ["grey skoda octavia from twenty fifteen"]),
    ("He drove a silver Toyota Corolla from 2012.", ["silver Toyota Corolla from 2012"]),
    ("the white Hilux from nineteen ninety eight broke down", ["white Hilux from nineteen ninety eight"]),
    ("he had a red Nissan Patrol from 2009 with tinted windows", ["red Nissan Patrol from 2009 with tinted windows"]),
    ("they had an Isuzu NPR with a blue cabin", ["Isuzu NPR with a blue cabin"]),
    ("the Toyota Hilux with the winch on the front was his", ["Toyota Hilux with the winch on the front"]),
    ("a white Land Cruiser with a machine gun on the back", ["white Land Cruiser with a machine gun on the back"]),
    ("we saw the white toyota of transmar by the gate", ["white toyota of transmar"]),
    ("the silver Land Cruiser of the Red Cross came", ["silver Land Cruiser of the Red Cross"]),
    ("the soldiers came in a Land Cruiser 79 at night", ["Land Cruiser 79"]),
    # its body or series after the model, its year said before it
    ("they came in a Toyota Hilux double cabin at night", ["Toyota Hilux double cabin"]),
    ("he drives a land cruiser seventy nine series", ["land cruiser seventy nine series"]),
    ("a toyota land cruiser hardtop with a snorkel", ["toyota land cruiser hardtop with a snorkel"]),
    ("a grey 2015 Skoda Octavia was parked", ["grey 2015 Skoda Octavia"]),
    ("he had a twenty fifteen toyota corolla", ["twenty fifteen toyota corolla"]),
    # its engine
    ("a Hilux 2.8 GD6 was outside", ["Hilux 2.8 GD6"]),
    ("a white Land Cruiser 4.5 V8 with tinted windows", ["white Land Cruiser 4.5 V8 with tinted windows"]),
    ("the truck was an Isuzu NPR, loaded with sacks", ["Isuzu NPR"]),
])
def test_what_is_said_of_a_vehicle_after_it_is_part_of_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("we had the white Corolla from 2015 to 2018", ["white Corolla"]),
    ("he kept the red Hilux from 2012 until last year", ["red Hilux"]),
    ("he came in a white van from the embassy", ["white van"]),
    ("a white toyota of course is common here", ["white toyota"]),
    ("the white toyota of my brother was stolen", ["white toyota"]),
    ("the white Hilux of Ahmed Karimi was outside", ["white Hilux"]),
    ("he bought a grey Corolla with the money", ["grey Corolla"]),
    ("I went in a car with friends to the coast", []),
    ("he works for toyota in the city", []),
    ("in 2015 the white Hilux was new", ["white Hilux"]),
    ("he sold the white Hilux 2.5 million shillings cheaper", ["white Hilux"]),
    ("a white Toyota Corolla series of photos", ["white Toyota Corolla"]),
])
def test_what_follows_a_vehicle_that_does_not_tell_it_apart_stays_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("vehicle, model", [
    ("white toyota of transmar", "toyota"),
    ("grey skoda octavia from twenty fifteen", "octavia"),
    ("Spirit of Tasmania", ""),
])
def test_the_model_a_vehicle_with_its_year_or_owner_names(vehicle, model):
    assert model_word(vehicle) == model


def test_a_vehicle_with_its_owner_is_named_again_by_its_model(redactor_default):
    text = "we saw the white toyota of transmar by the gate. later the toyota left."
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text) if f.entity_type == "VEHICLE"]
    assert found == [("white toyota of transmar", "VEHICLE"), ("toyota", "VEHICLE")]
