"""A vehicle's description after "with" said up to its clause's end (round 44): a thing put on it
or taken off it said with its particle alone ("with two crates roped on", "with the sticker
scraped off"), a place named the vehicle's own with "its" whatever the word ("on its nose"), the
parts of its body the lists lacked ("on the spare"), and a make that is no everyday word with a
model no list holds, told apart by such a thing ("a peugeot expert with\\ntwo crates roped on").
Exact spans through the whole Redactor on realistic text, forms of the design sets and near forms
no set has, and the near misses that stay out."""

from __future__ import annotations

import pytest

from tests.test_vehicles43_with_descriptions import vehicles


@pytest.mark.parametrize("text, expected", [
    ("a grey toyota with a bike strapped on. we followed it.", ["grey toyota with a bike strapped on"]),
    ("the blue hilux with the jerrycans lashed on and the dogs barking", ["blue hilux with the jerrycans lashed on"]),
    ("he drove the old green Lada Niva with the Patrol sticker scraped off, you will see it",
     ["old green Lada Niva with the Patrol sticker scraped off"]),
    ("it came twice, a silver Corolla with the left mirror knocked off.", ["silver Corolla with the left mirror knocked off"]),
])
def test_a_thing_put_on_or_taken_off_said_with_its_particle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the owner's jeep, a wine-red pajero with a gilt lion on the spare the plate was gone",
     ["wine-red pajero with a gilt lion on the spare"]),
    ("a white transit with a fox painted on its flank, you know it", ["white transit with a fox painted on its flank"]),
    ("they come in a red Hilux with a spotlight on its nose at night", ["red Hilux with a spotlight on its nose"]),
    ("a grey Prado with a shovel on the tail stopped", ["grey Prado with a shovel on the tail"]),
])
def test_a_place_of_the_vehicles_own_body(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("they came in a peugeot expert with two crates roped on, then left.", ["peugeot expert with two crates roped on"]),
    ("he came in a dacia logan with a mattress strapped on and stayed.", ["dacia logan with a mattress strapped on"]),
    ("they took the flatbed Isuzu with the reed bundles on and told the hospital",
     ["flatbed Isuzu with the reed bundles on"]),
    ("1\n00:00:29,880 --> 00:00:35,035\n>> a peugeot expert with\ntwo crates roped on\n\n2\n"
     "00:00:36,000 --> 00:00:38,000\n>> they went to the road\n", ["peugeot expert with\ntwo crates roped on"]),
    # a transcript's cues read joined on one line: the next turn's mark ends the clause
    ("a car stopped by the well >> a dacia dokker with two sacks tied on >> plate four eight",
     ["dacia dokker with two sacks tied on"]),
])
def test_a_make_with_a_model_no_list_holds_told_apart_by_a_thing_put_on_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the clause goes on after the particle: what it did, not what is on it
    ("a grey Corolla with a friend on the road", ["grey Corolla"]),
    # who rides in it is no mark
    ("the blue hilux with the kids on and the dog", ["blue hilux"]),
    # "its way" is no part of it
    ("the white Hiace with a load on its way to the market", ["white Hiace"]),
])
def test_what_is_no_mark_of_the_vehicle_stays_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the toyota factory with the workers on strike.",
    "a doctor with a bag strapped on came in.",
    "the toyota plant with the banners hung on, then closed.",
])
def test_no_vehicle_without_a_make_and_a_thing_put_on_it(redactor_default, text):
    assert vehicles(redactor_default, text) == []
