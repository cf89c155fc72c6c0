"""A register's capital code, a dash and four digits is an ID whatever cue said it (round 22):
in a list, a range, after a label no rule knows; a model, a jet or a year stays."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str, entity_type: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == entity_type}


# -- a register's capital code ---------------------------------------------------------------------

@pytest.mark.parametrize("text, codes", [
    ("Source: I signed the forms. Form QX-0512, QX-0518, QX-0537. The next day they were gone.\n",
     {"QX-0512", "QX-0518", "QX-0537"}),
    ("Source: The sheet numbers are GA-3306 to GA-3341. My stamp is number 4.\n", {"GA-3306", "GA-3341"}),
    ("Source: My login is PM-4431, if they say I am not staff.\n", {"PM-4431"}),
    ("Source: Sample numbers W26-03114 and W26-03115 were positive.\n", {"W26-03114", "W26-03115"}),
])
def test_a_capital_code_with_a_dash_and_four_digits_is_an_id(redactor: Redactor, text: str, codes: set[str]) -> None:
    assert codes <= set(found(redactor, text, "ID_NUMBER"))


def test_a_model_a_jet_or_a_year_stays(redactor: Redactor) -> None:
    text = "Source: The F-16 and the MiG-29 flew over. The EU-2026 summit. He bought an RTX-4090 card.\n"
    assert not found(redactor, text, "ID_NUMBER")
