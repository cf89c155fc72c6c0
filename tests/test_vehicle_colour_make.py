"""A colour right before a make or a model of the vehicles pack's lists, whatever stands before it
(rules/vehicles.yaml, "colour and a make or a model of the lists"): a make or a model that is no
everyday word in any case, any other one with its capital after a colour in lower case; exact spans
through the whole Redactor and the near misses that stay out."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("He was at the farm the day after, in a black Tesla. He never comes otherwise.", ["black Tesla"]),
    ("she drove me down to the pharmacy in her, uh, blue subaru with a dog box. reporter: how do i call you?",
     ["blue subaru with a dog box"]),
    ("And my car: a red Clio estate, GH-482-KT, it is parked every night.", ["red Clio estate"]),
    ("The same black Swift came again, twice that week.", ["black Swift"]),
    ("so look for the grey Dodge in the contestant lot.", ["grey Dodge"]),
])
def test_a_colour_and_a_make_or_model_is_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "A black swift nested under the roof of the barn.",
    "She wore a black Mini skirt to the party.",
    "Put on the red Seat belt before we go.",
    "He works at the white Toyota factory near the port.",
    "the Blue Note was full that night",
    "I saw a red panda at the zoo.",
])
def test_a_colour_before_a_word_that_names_no_vehicle_stays_out(redactor_default, text):
    assert vehicles(redactor_default, text) == []
