"""A capital code with a dash and a short number (rules/identifiers.yaml): right after a word
that names a code ("number T-14", "my operator code is SMD-07", "labelled AMC-19"), or with a
leading zero anywhere ("The printer is PRN-UIT-02").  Exact spans through a whole scan, and near
misses: a model's, a jet's or a flight's name, a count of them, a disease."""

from __future__ import annotations

import pytest


def _ids(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ID_NUMBER"]


@pytest.mark.parametrize("text, code", [
    ("But it was not his fault. That tug, number T-14, the brakes were bad since June.", "T-14"),
    ("The machine keeps a file of every test. My operator code is SMD-07.", "SMD-07"),
    ("I kept a sample from the tank, in a small bottle, labelled AMC-19, in my mother's fridge.", "AMC-19"),
    ("It has my name on the printer job. The printer is PRN-UIT-02, there is only one on our floor.",
     "PRN-UIT-02"),
])
def test_a_capital_code_with_a_short_number(make_redactor, text, code):
    assert _ids(make_redactor(), text) == [code]


@pytest.mark.parametrize("text", [
    "He flew the F-16 and we spoke about COVID-19 and the G-7 summit. Flight MH-17 was shot down.",
    "There were a number of F-16 jets on the runway, and the T-34 in the museum.",
    "The MiG-29 was marked with a red star and the AK-47 was on the wall.",
])
def test_public_names_of_models_and_flights_are_no_codes(make_redactor, text):
    assert _ids(make_redactor(), text) == []
