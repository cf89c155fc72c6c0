"""A phone's country code said apart from it (round 20): the code a caller from abroad adds,
said after the phone with a dialling word, is the phone's, found with its pseudonym; a count or a
year beside a phone, or a code that makes no valid number of its country with it, stays."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def phones(redactor: Redactor, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == "PHONE"}


@pytest.mark.parametrize("text, phone, code", [
    ("source: my mobile is nine nine four one, two seven three eight. with three five seven in front "
     "if you call from abroad.\n", "nine nine four one, two seven three eight", "three five seven"),
    ("source: the office line is 622 18 40 95, with 224 before it. the guard answers at night.\n",
     "622 18 40 95", "224"),
    ("source: call me on 6613 0428.\nreporter: and from outside?\nsource: with the code 965.\n",
     "6613 0428", "965"),
    ("source: my number is six eight four one two two nine zero.\nreporter: okay\n"
     "source: yes with two five seven. only after six.\n", "six eight four one two two nine zero", "two five seven"),
])
def test_a_country_code_said_apart_is_the_phone(redactor: Redactor, text: str, phone: str, code: str) -> None:
    found = phones(redactor, text)
    assert code in found, "the country code said apart is left"
    assert found[code] == found[phone], "the code has another pseudonym than its phone"


@pytest.mark.parametrize("text, figures", [
    ("source: my number is 0803 123 4567. i came here in 2019 with 300 workers.\n", "300"),
    ("source: my number is 0803 123 4567, with 44 in front.\n", "44"),
    ("source: my mobile is nine nine four one, two seven three eight. three five seven people signed it.\n",
     "three five seven"),
])
def test_figures_beside_a_phone_that_are_no_code_stay(redactor: Redactor, text: str, figures: str) -> None:
    assert figures not in phones(redactor, text)
