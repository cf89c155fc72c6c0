"""Vehicles whole with a model the pack's lists lack (issue 13): after a colour and a make the
next capitalised word or code is the model; a series or class said with its number.  Exact spans
through the whole Redactor, and the words after a make that are not its model."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("He drove a black Ford Lobo to the station.", ["black Ford Lobo"]),
    ("the car was a silver bmw five series", ["silver bmw five series"]),
    ("The truck was a red Volvo FH.", ["red Volvo FH"]),
    ("They came in a Mercedes E class.", ["Mercedes E class"]),
])
def test_models_the_lists_lack(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("I saw a white Ford and Maria.", ["white Ford"]),
    ("his friend had a blue Honda on Monday", ["blue Honda"]),
    ("It was a white Toyota. The end.", ["white Toyota"]),
])
def test_what_follows_a_make_is_not_always_its_model(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected
