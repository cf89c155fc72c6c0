"""A vehicle described whole (round 45): a make, a model no list knows and its body ("a mercedes
axor tipper"), a model word after a make that a description with "with" follows ("a red isuzu kb
with\\nspringbok decals"), and a description after "with" whose first word is a beast's or a
person's word naming the thing ("with goat horns", "with a baby seat").  Exact spans through the
whole Redactor on realistic text, forms of the design sets and near forms no set has, and the near
misses that stay out."""

from __future__ import annotations

import pytest

from tests.test_vehicles43_with_descriptions import vehicles


@pytest.mark.parametrize("text, expected", [
    ("it's a mercedes axor tipper with no tarp and\na horseshoe on the cab", 
     ["mercedes axor tipper with no tarp and\na horseshoe on the cab"]),
    ("he came in an ashok leyland dost truck, then left.", ["ashok leyland dost truck"]),
    ("my cousin drives a white renault kwid hatchback to the market.", ["white renault kwid hatchback"]),
    ("the old scania r450 tanker stood there all week.", ["old scania r450 tanker"]),
])
def test_a_make_a_model_no_list_knows_and_its_body(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "we went to the toyota factory bus stop.",
    "he had a ford and a truck in the yard.",
])
def test_a_make_before_no_model_and_body_stays_out(redactor_default, text):
    assert vehicles(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    (">> he had a red isuzu kb with\nspringbok decals", ["red isuzu kb with\nspringbok decals"]),
    ("she drove a grey suzuki celerio with a cracked mirror, you know it.", ["grey suzuki celerio with a cracked mirror"]),
    ("a blue nissan qashqai with roof bars, every day.", ["blue nissan qashqai with roof bars"]),
])
def test_a_model_word_after_a_make_before_its_description(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ursu drives a hyundai h100 flatbed with goat horns, the plate is gone.", ["hyundai h100 flatbed with goat horns"]),
    ("she has a silver Toyota Corolla with a baby seat.", ["silver Toyota Corolla with a baby seat"]),
    ("a green tata ace with cow bells, he parks it here.", ["green tata ace with cow bells"]),
])
def test_a_riders_word_before_the_thing_names_the_thing(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("a white Toyota Hiace with the kids seated.", ["white Toyota Hiace"]),
    ("a white Toyota Hiace with two soldiers.", ["white Toyota Hiace"]),
    ("a white Toyota Hiace with the kids in the back.", ["white Toyota Hiace"]),
])
def test_who_rides_in_it_stays_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected
