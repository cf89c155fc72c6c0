"""A vehicle told apart by a mark only a vehicle has, said after "with" (rules/vehicles.yaml, "a
make, a model or a name told apart by a mark only a vehicle has"): a model the lists hold but
that is also a word ("bongo"), a model's code ("L300"), a capitalised name ("Sno-Cat") or a
model said in lower case after a state word ("the dusty triton") is the vehicle when "with ..."
names its plates, tailgate, hitch, cab or windows; the description and what follows it are joined
by ``vehicle_edges``.  Exact spans through the whole Redactor, on the sentences of the design
sets, and the near misses that stay out."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("On 17 May a van came at night, a white L300 with Pampanga plates. Two old statues from the side "
     "altar were loaded.", ["white L300 with Pampanga plates"]),
    ("the truck, the bongo with the cheonji logo and tinted windows, plate three four ga (crosstalk) five "
     "six seven one, it has the gps", ["bongo with the cheonji logo and tinted windows"]),
    ("The Sno-Cat with the cracked cab, number 4 was parked over the tank for a week so nobody would see.",
     ["Sno-Cat with the cracked cab, number 4"]),
    (">> i saw him do it, out the back at epsom, from the dusty triton with the chipper hitch",
     ["dusty triton with the chipper hitch"]),
])
def test_a_word_told_apart_by_a_vehicles_mark_is_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    (" because his nephew drives the nests there every night in a champagne vellfire with lace curtains, the "
     "plate is a k t [inaudible] four four eight one", ["champagne vellfire with lace curtains"]),
    ("he came in a silver mitsubishi triton, he parked at the back", ["silver mitsubishi triton"]),
])
def test_models_of_asia_the_lists_lacked(redactor_default, text, expected):
    """Toyota's Vellfire and Mitsubishi's Triton, common in Asia and Oceania (vehicle_models.tsv)."""
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "He drove a car with managua plates to the border.",
    "It was a warranty repair with Italian plates on it.",
    "She wrote a note with the company logo and a plate of rice.",
    "The Germans with Dutch plates came at noon.",
    "I met the Minister with a plate of rice in his hand.",
    "we played the bongo with the band all night.",
])
def test_no_vehicles_mark_or_no_name_stays_out(redactor_default, text):
    assert vehicles(redactor_default, text) == []
