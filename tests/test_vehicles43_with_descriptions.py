"""A vehicle's description after "with" said whole (``vehicle_edges``): the longest part form
wins ("a roof box", not "a roof"), a description whose last word is a part ("a cardboard rear
window", "a wooden bed"), anything said to be put on a part of it ("khatas knotted to the wipers",
"ribbons tied to the handlebars") and a description a caption's wrap breaks over lines.  Exact
spans through the whole Redactor on realistic text, forms of the design sets and near forms no
set has, and the near misses that stay out."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("they came in a grey Corolla with a roof box and a dog in the back.", ["grey Corolla with a roof box"]),
    ("a white Transit with a ladder rack and a bike rack was parked there.",
     ["white Transit with a ladder rack and a bike rack"]),
    ("it was a red Hilux with the number plate holder and it left at ten.",
     ["red Hilux with the number plate holder"]),
    ("a blue Golf with a roof tent came by the farm that night.", ["blue Golf with a roof tent"]),
])
def test_the_longest_part_form_wins(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he has a champagne etios with a cardboard rear window and no plates",
     ["champagne etios with a cardboard rear window and no plates"]),
    ("they took an old mercedes truck with a wooden bed to the quarry", ["old mercedes truck with a wooden bed"]),
    ("a silver Polo with a taped side window stopped there", ["silver Polo with a taped side window"]),
])
def test_a_description_ending_in_a_part(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("it was the ochre scorpio with khatas knotted to the wipers and it stayed all day",
     ["ochre scorpio with khatas knotted to the wipers"]),
    ("a red pulsar with ribbons tied to the handlebars came first", ["red pulsar with ribbons tied to the handlebars"]),
    ("the white Hiace with a flag taped over the rear window drove off",
     ["white Hiace with a flag taped over the rear window"]),
    ("a green Bolero with jai mata di lettered on the tailboard brought it",
     ["green Bolero with jai mata di lettered on the tailboard"]),
])
def test_a_thing_put_on_a_part_of_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1\n00:00:01,000 --> 00:00:04,000\nthey came in a champagne etios\nwith a cardboard\nrear window, "
     "the same one\n", ["champagne etios\nwith a cardboard\nrear window"]),
    ("WEBVTT\n\n00:01.000 --> 00:04.000\nhe drives a burgundy Silverado with\na towbar and\n"
     "a roof rack\n", ["burgundy Silverado with\na towbar and\na roof rack"]),
])
def test_a_description_over_a_captions_wrap(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("she came in the white van with the kids in the back", ["white van"]),
    ("he bought a grey Corolla with the money from the farm", ["grey Corolla"]),
    ("i went in the blue Hilux with my brother to the market", ["blue Hilux"]),
    ("the red Corolla with the engine running at the gate", ["red Corolla"]),
    ("they loaded the white van with sacks of rice in the back", ["white van"]),
    ("the white van with the kids seated in the back went first", ["white van"]),
    ("the white van with everyone crammed in the back went first", ["white van"]),
    ("the grey Corolla\n\nwith a roof box", ["grey Corolla"]),
    ("A white Hilux with the comptoir sticker stopped at my door on the evening of 3 August.",
     ["white Hilux with the comptoir sticker"]),
])
def test_who_rides_what_it_carries_and_how_it_was_stay_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected
