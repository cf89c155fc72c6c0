"""Direct identifiers in forms of other countries' conventions and of dictation (round 19): an
academic title stacked or abbreviated before a name, a piece of a dictated value said beside it,
an address given as the answer to a question that asks for it with a purpose or a time."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def spans(redactor: Redactor, text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == kind]


def covered(redactor: Redactor, text: str, part: str) -> bool:
    at = text.index(part)
    return any(f.start <= at and at + len(part) <= f.end for f in redactor.scan(text))


# ---------------------------------------------------------------- academic titles before a name

@pytest.mark.parametrize("text, name", [
    ("I went to the dean, Prof. Dr. Milan Horvat. He told me to wait.", "Prof. Dr. Milan Horvat"),
    ("The plant manager, Dipl.-Ing. Stefan Huber, signed the order.", "Dipl.-Ing. Stefan Huber"),
    ("Later the lawyer, Mag. Petra Novak, sent a letter.", "Mag. Petra Novak"),
    ("The ward doctor, MUDr. Jana Benesova, came at night.", "MUDr. Jana Benesova"),
    ("The head nurse, Mgr. Eva Kralova, did not answer.", "Mgr. Eva Kralova"),
    ("The engineer, ir. Pieter Jansen, said it was fine.", "ir. Pieter Jansen"),
    ("I wrote a note to Lcda. Quintero on the same day.", "Lcda. Quintero"),
])
def test_an_academic_title_goes_with_the_name(redactor: Redactor, text: str, name: str) -> None:
    assert name in spans(redactor, text, "PERSON"), "the title is left beside the pseudonym"


@pytest.mark.parametrize("text, word", [
    ("I read it in the mag. Then I called.", "mag."),
    ("The docs are in the shared folder, see doc. two.", "doc."),
])
def test_a_title_word_without_a_name_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not covered(redactor, text, word)


# ---------------------------------------------------------------- a piece of a dictated value

def test_a_false_start_of_a_phone_is_the_phone(redactor: Redactor) -> None:
    text = ("reporter: what number can we use?\n"
            "source: it is six eight. sorry. six eight three one two seven four five.\n")
    assert "six eight" in spans(redactor, text, "PHONE")


def test_the_last_group_read_back_is_the_phone(redactor: Redactor) -> None:
    text = ("source: the number is zero seven one one, four four eight, two nine one.\n"
            "reporter: sorry, the end again?\n"
            "source: two nine one.\n")
    second = text.rindex("two nine one")
    assert any(f.start <= second < f.end and f.entity_type == "PHONE" for f in redactor.scan(text))


def test_letters_spelled_after_an_email_are_the_email(redactor: Redactor) -> None:
    text = "source: the email is anakovac seventy at gmail dot com, so a n a k o v a c, then seven zero.\n"
    assert "a n a k o v a c" in spans(redactor, text, "EMAIL")


def test_a_country_code_said_with_its_plus_goes_with_the_piece(redactor: Redactor) -> None:
    text = ("source: plus four two one seven seven four two one eight eight.\n"
            "reporter: from abroad?\nsource: yes, plus four two one.\n")
    last = text.rindex("plus four two one")
    assert any(f.start == last and f.entity_type == "PHONE" for f in redactor.scan(text))


@pytest.mark.parametrize("text, part", [
    # figures far from any number, or no piece of it
    ("source: call me on zero seven one one four four eight two nine one.\n"
     "reporter: and how many came that night, and who else was with you when the truck stopped by the gate "
     "of the yard, near the canal?\n"
     "source: we were in the car with the others, nobody else, only the driver and me. then the count was "
     "four eight, more or less.\n", "four eight"),
    ("source: call me on zero seven one one four four eight two nine one. we were five three times.\n",
     "five three"),
])
def test_figures_that_are_no_piece_stay(redactor: Redactor, text: str, part: str) -> None:
    assert not any(f.entity_type == "PHONE" and f.start <= text.rindex(part) < f.end for f in redactor.scan(text))


# ---------------------------------------------------------------- an address given as an answer

@pytest.mark.parametrize("text, address", [
    ("reporter: could I have an address, for the lawyer?\nsource: my aunt's. forty one dunajska, krakow.\n",
     "forty one dunajska, krakow"),
    ("reporter: so where do you sleep these nights, mostly?\nsource: my brother's flat. radnicka twenty two, zrenjanin.\n",
     "radnicka twenty two"),
    ("reporter: the address for the letters\nsource: ninety kralja petra, um, flat four oh two\n",
     "ninety kralja petra"),
])
def test_an_address_answering_its_question(redactor: Redactor, text: str, address: str) -> None:
    assert any(address in a for a in spans(redactor, text, "ADDRESS"))


@pytest.mark.parametrize("text", [
    "reporter: the address for the letters?\nsource: my aunt's. she knows everything about it.\n",
    "reporter: so where do you sleep these nights, mostly?\nsource: my brother's place. for two weeks now.\n",
])
def test_an_answer_with_no_address_is_none(redactor: Redactor, text: str) -> None:
    assert spans(redactor, text, "ADDRESS") == []
