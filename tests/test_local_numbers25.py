"""A short local number and its country code (round 25): four to eight figures are a phone when a
country code makes them a valid number of its country (phonenumbers' metadata): a code said
apart beside them with a dialling word (found as the same phone), or the code of a phone typed
in full in the same text, when they follow that phone or a phone word.  Figures that make no
valid number with any code, or that stand with no phone word, stay."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def phones(redactor: Redactor, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == "PHONE"}


@pytest.mark.parametrize("text, local, code", [
    # Tuvalu (five figures) with its code said after it
    ("source: the shop phone is two zero four five seven, only five figures. plus six eight eight if you "
     "ring from abroad.\n", "two zero four five seven", "plus six eight eight"),
    # the Faroe Islands (six figures), the code said as dialled from abroad
    ("source: it's three one two seven four five, that is all of it. two nine eight from abroad.\n",
     "three one two seven four five", "two nine eight"),
    # Wallis and Futuna (six figures), the code after "from abroad"
    ("source: seven two one four three six is my brother's. from abroad it needs six eight one.\n",
     "seven two one four three six", "six eight one"),
])
def test_a_short_number_with_its_code_said_apart_is_one_phone(redactor: Redactor, text: str,
                                                              local: str, code: str) -> None:
    found = phones(redactor, text)
    assert local in found, "the short local number is left"
    assert code in found, "its country code is left"
    assert found[code] == found[local], "the code has another pseudonym than its number"


@pytest.mark.parametrize("text, local", [
    # Saint Pierre and Miquelon: a landline after the typed mobile's code
    ("My mobile is +508 55 12 34. The landline in the bakery is 41 30 52, she answers in the morning.\n",
     "41 30 52"),
    # Norfolk Island: a second number right after the typed one
    ("Call +500 21 834, or my brother's, 22 405. I am there on Fridays.\n", "22 405"),
    # Djibouti: another number after a colon, the sentence after the typed one
    ("From abroad it is +253 77 81 22 40. If I do not pick up, my sister: 77 63 10 58.\n", "77 63 10 58"),
])
def test_a_short_number_takes_the_code_of_a_typed_phone(redactor: Redactor, text: str, local: str) -> None:
    found = phones(redactor, text)
    assert local in found, "the short local number is left"
    assert len(set(found.values())) == 2, "the two numbers share one pseudonym"


@pytest.mark.parametrize("text, figures", [
    # no phone word and no phone before the figures
    ("My mobile is +508 55 12 34. In the spring we shipped 41 30 52 crates to the mainland.\n", "41 30 52"),
    # a code said apart that makes no valid number with the figures
    ("source: the order was four three one seven, plus eight eight eight from the depot.\n", "four three one seven"),
    # no code anywhere: a short number alone stays
    ("source: the landline is 41 30 52, it rings in the hall.\n", "41 30 52"),
    # a count after "with"
    ("source: we counted four three one seven boxes with two nine eight men.\n", "four three one seven"),
    # figures far apart on a line (a blanked field between them) are no one number
    ("source: my number, seven two            one four three six. from abroad it needs six eight one.\n",
     "seven two            one four three six"),
])
def test_figures_no_code_makes_a_phone_stay(redactor: Redactor, text: str, figures: str) -> None:
    assert figures not in phones(redactor, text)
