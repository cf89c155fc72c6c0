"""A short aside between a vehicle and the "with" that tells it apart (", old model, with a
dented door"), and an aside that is itself such a mark (", no plates"): the whole description
is one VEHICLE; asides about people and "with" that is no part stay out."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("they drove a Land Cruiser, old model, with a dented door",
     ["Land Cruiser, old model, with a dented door"]),
    ("a white Hilux, no plates, with tinted windows", ["white Hilux, no plates, with tinted windows"]),
    ("a red Toyota Corolla, quite old, with a broken tail light",
     ["red Toyota Corolla, quite old, with a broken tail light"]),
    ("a white Hilux, no plates, parked outside", ["white Hilux, no plates"]),
    ("He had a Land Cruiser, old model.", ["Land Cruiser, old model"]),
    # near misses: an aside about a person, a "with" that is no part, a clause said between
    ("he drove a Toyota Corolla, my brother, with the kids", ["Toyota Corolla"]),
    ("they came in a white Hilux, and with a gun", ["white Hilux"]),
    ("they took the Hilux, he said, with the rifles", ["Hilux"]),
])
def test_an_aside_before_the_description_is_part_of_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected
