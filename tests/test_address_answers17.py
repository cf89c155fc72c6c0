"""An address said as the answer to a question asking for it.

The answer's turn has no frame ("we live at") but the question before it is one: "And your
address?", "where do you live" (a caption writes no question mark), "Where do you stay?".
Exact spans through the whole Redactor."""

from __future__ import annotations


def _addresses(redactor, text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.replacement) for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


def test_an_address_that_answers_the_question_is_found_whole(redactor_default):
    text = ("interviewer: and where are you based?\n"
            "speaker 2: thirty eight tui street, mangere, auckland. yeah.\n")
    assert [t for t, _ in _addresses(redactor_default, text)] == ["thirty eight tui street, mangere, auckland"]


def test_an_answer_after_a_question_said_in_its_line(redactor_default):
    text = "Reporter: Where do you stay? Labour Camp, Street 12, block 4, room 7, six men in one room.\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["Labour Camp, Street 12, block 4, room 7"]


def test_a_village_and_its_district_answer_the_question(redactor_default):
    text = ("- and your address?\n"
            "- aldeia lebumeta, suco manutu, posto hatolia, municipio ermera. the house with the red door.\n")
    found = [t for t, _ in _addresses(redactor_default, text)]
    assert found[0] == "aldeia lebumeta, suco manutu, posto hatolia, municipio ermera"


def test_an_answer_with_no_address_is_nothing(redactor_default):
    text = ("Q: What is your address?\nA: I would rather not say.\n"
            "Q: Fine, where do you live?\nA: In Nairobi, with my two kids.\n")
    assert _addresses(redactor_default, text) == []


def test_the_number_sign_before_the_house_number(redactor_default):
    text = "Source: I live at #22 Hillside Street, Belama, Corozal. Thanks.\n"
    assert [t for t, _ in _addresses(redactor_default, text)] == ["#22 Hillside Street, Belama, Corozal"]