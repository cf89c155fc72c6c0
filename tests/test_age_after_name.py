"""An age said right after a person's name in a caption, once the people are known
(redactor.refine.ages): "so john smith twenty nine called me"; not a count after the name."""

from __future__ import annotations

import pytest


def ages_in(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("so john smith twenty nine called me last week", ["twenty nine"]),
    ("i met john smith forty five he drives a taxi", ["forty five"]),
    ("we spoke with john smith 52 and his wife", ["52"]),
    # near misses: what the number counts follows it, or it is under thirteen
    ("i told john smith twenty times", []),
    ("i met john smith twenty minutes later", []),
    ("i gave john smith twenty five thousand", []),
    ("i paid john smith fifty cedis", []),
    ("i met john smith nine days ago", []),
])
def test_an_age_right_after_a_name_in_a_caption(redactor_default, text, expected):
    assert ages_in(redactor_default, text) == expected


def test_the_age_after_a_name_step_alone():
    from dataclasses import replace

    from redactor.model import Mention
    from redactor.refine.ages import DETECTOR, ages_after_names

    text = "so kwesi appiah thirty four runs the shop"
    person = Mention(start=3, end=15, entity_type="PERSON", score=0.85, detector="x", text="kwesi appiah")
    ages = [m for m in ages_after_names(text, [person], 0.4) if m.entity_type == "AGE"]
    assert [(text[m.start:m.end], m.detector) for m in ages] == [("thirty four", DETECTOR)]
    # a guess under the threshold is no person to read an age after; a mention already there stays alone
    assert ages_after_names(text, [replace(person, score=0.3)], 0.4)[1:] == []
    place = Mention(start=16, end=27, entity_type="LOCATION", score=0.8, detector="y", text="thirty four")
    assert ages_after_names(text, [person, place], 0.4) == [person, place]
