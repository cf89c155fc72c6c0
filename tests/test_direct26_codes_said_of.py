"""A phone's calling code said apart with what it is said to be (round 26): "my country is
two six one", "two three zero for mauritius", "and the forty five, that's denmark", a code said
as a number of hundreds after "plus" ("plus six hundred"), and a code after a number with a false
start ("two two four... two two four six one").  The code must still make a valid number of its
country with the phone (phonenumbers' metadata)."""

from __future__ import annotations

import pytest

from redactor import Redactor
from redactor.lexicon.places import names_country


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == "PHONE"}


@pytest.mark.parametrize("text, phone, code", [
    # Madagascar's code after "my country is"
    ("- my line is three two one one four four five six seven, for whatsapp. my country is two six one\n",
     "three two one one four four five six seven", "two six one"),
    # Mauritius' code said with the country's name
    ("- slowly: five seven one two, three four five six. two three zero for mauritius\n",
     "five seven one two, three four five six", "two three zero"),
    # Denmark's code said as a number, then its country named
    (">> two one four three, two two, eight six. and the forty five, that's denmark.\n",
     "two one four three, two two, eight six", "forty five"),
    # the Falklands' code said as hundreds after "plus"
    ("my mobile is two two four six one, plus five hundred from abroad.\n",
     "two two four six one", "plus five hundred"),
    # a false start before the number does not hide it from its code
    (">> the mobile, two two four... two two four six one. add plus five hundred first.\n",
     "two two four... two two four six one", "plus five hundred"),
])
def test_a_code_said_of_as_what_it_is(redactor: Redactor, text: str, phone: str, code: str) -> None:
    phones = found(redactor, text)
    assert phones[code] == phones[phone]


@pytest.mark.parametrize("text, figure", [
    # said for something else than a country
    ("- slowly: five seven one two, three four five six. two three zero for the workers\n", "two three zero"),
    # a country whose code it is not
    ("- slowly: five seven one two, three four five six. two three zero for norway\n", "two three zero"),
    # hundreds after "plus" that make no valid number with it, or said of no phone
    ("we had two two four six one tons, plus five hundred more.\n", "plus five hundred"),
    ("my mobile is two two four six one, plus three hundred.\n", "plus three hundred"),
])
def test_no_code_without_its_country(redactor: Redactor, text: str, figure: str) -> None:
    assert figure not in found(redactor, text)


@pytest.mark.parametrize("iso, words, names", [
    ("MU", "mauritius", True), ("DK", "denmark", True), ("MH", "the marshall islands", True),
    ("DK", "the workers", False), ("MU", "norway", False),
])
def test_names_country(iso: str, words: str, names: bool) -> None:
    assert names_country(iso, words) is names
