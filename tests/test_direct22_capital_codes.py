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
    ("Source: Three forms went missing: QX-0512, QX-0518 and QX-0537.\n",
     {"QX-0512", "QX-0518", "QX-0537"}),
    ("Source: We logged pallets GA-3306 to GA-3341 that week.\n", {"GA-3306", "GA-3341"}),
    ("Source: Write down my login, PM-4431, for the lawyer.\n", {"PM-4431"}),
    ("Source: Batch codes W31-02114 and W31-02115 were in the fridge.\n", {"W31-02114", "W31-02115"}),
])
def test_a_capital_code_with_a_dash_and_four_digits_is_an_id(redactor: Redactor, text: str, codes: set[str]) -> None:
    assert codes <= set(found(redactor, text, "ID_NUMBER"))


def test_a_model_a_jet_or_a_year_stays(redactor: Redactor) -> None:
    text = "Source: The F-16 and the MiG-29 flew over. The EU-2026 summit. He bought an RTX-4090 card.\n"
    assert not found(redactor, text, "ID_NUMBER")
