"""Makes, models, paints and bodies the vehicles pack's lists lacked (rules/vehicles.yaml): trucks
and cars of North America and Europe ("a rust-red Kenworth", "a Mitsubishi Fuso tanker", "the old
sisu"), paints ("lilac", "teal", "rust-red") and bodies ("step van", "limousine", "moto"), and the
parts a description after "with" names ("a striped awning", "on the mud flaps"): exact spans through
the whole Redactor, and the near misses that stay out (a make that is a place or a name, a paint
said of no vehicle)."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("The feed truck is a rust-red Kenworth with the farm name on the doors, anyone would know it.",
     ["rust-red Kenworth with the farm name on the doors"]),
    ("Source: I followed the truck. A Mitsubishi Fuso tanker, plate PNI 2218. I have photos.",
     ["Mitsubishi Fuso tanker"]),
    ("He parks a grey Maserati Ghibli in the customer spaces every Monday.", ["grey Maserati Ghibli"]),
    ("the truck was a red bedford belong to a builder from the harbour", ["red bedford"]),
    ("he puts them all in one, the old sisu, and that one drives all the routes", ["old sisu"]),
    ("a man on a red Haojue moto followed me home twice.", ["red Haojue moto"]),
    ("The new one is a teal Grumman step van with a striped awning, everybody knows it.",
     ["teal Grumman step van with a striped awning"]),
    ("he drives a white freightliner cascadia, the one with the virgin on the mud flaps. he is never late",
     ["white freightliner cascadia, the one with the virgin on the mud flaps"]),
    ("she came in her lilac Chrysler 300 limousine last night", ["lilac Chrysler 300 limousine"]),
    ("my sister has a jimny and i have a sorento", ["jimny", "sorento"]),
])
def test_a_make_model_paint_or_body_of_the_wider_lists_is_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "I took him to the clinic in New Bedford myself.",
    "the union, Nautilus International, told me to wait.",
    "She wore a lilac dress and a teal scarf to the hearing.",
    "He met Mack at the Lincoln memorial, and a Jaguar ran across the road.",
    "we went to Bedford on the train and then to Lincoln.",
    "the awning of the shop was torn, with a striped awning next door.",
])
def test_a_make_that_is_a_place_or_a_name_or_a_paint_of_no_vehicle_stays_out(redactor_default, text):
    assert vehicles(redactor_default, text) == []
