"""Singling-out phrases (round 11): "the only one who was on the night console" (a relative
clause whose verb is "was" or "is", a number among the place's words) and a place's or a body's
only one ("the soum's only ambulance", "the village's only pharmacy").  Exact spans through a
whole Redactor; near misses find nothing of the kind."""

from __future__ import annotations

import pytest


def _unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("I'm the only one who was on the 133 console.", ["I'm the only one who was on the 133 console"]),
    ("she is the only nurse who is trained for dialysis here",
     ["the only nurse who is trained for dialysis here"]),
    ("Her husband drives the soum's only ambulance.", ["the soum's only ambulance"]),
    ("we went to the village's only pharmacy", ["the village's only pharmacy"]),
    ("he is our unit's only medic", ["our unit's only medic"]),
])
def test_a_singling_phrase(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "that was the company's only concern",
    "it is the family's only hope",
    "the only thing that was left",
    "the only way is to leave",
])
def test_no_singling_phrase(redactor_default, text):
    assert _unique(redactor_default, text) == []
