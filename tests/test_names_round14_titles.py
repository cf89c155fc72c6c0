"""Titles of many traditions before a person's name go into the person's span (round 14).

A priest's, a teacher's or a community's title right before a found name is how the person is
known and goes with the name ("Reverend Amos Tiwari", "Rev. Grace Mensah", "Father Declan
Murphy", "Padre Tomás", "Sensei Tanaka", "Fo'o Ndzana"); the Lao, Thai, Malay, Wolof, Kurdish
and German ones only as written with their capital ("Thao Somsak", "Kak Siti", "Mam Fatou",
"Opa Hans").  A name after such a title that the model called a place or a company is a person
("Fo'o Ndzana", "Mam Fatou").  A title alone is nobody ("the reverend said", "Mama said"), nor
the family word as a relation ("my father Declan") or a possessive ("Father's day")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("Source: We spoke to the pastor, Reverend Amos Tiwari, after the service.\n", "Reverend Amos Tiwari"),
    ("Source: Rev. Grace Mensah was there too.\n", "Rev. Grace Mensah"),
    ("Source: And then Father Declan Murphy arrived at the house.\n", "Father Declan Murphy"),
    ("so then reverend amos tiwari called me last night\nand he said come\n", "reverend amos tiwari"),
    ("Source: The chief of the village, Fo'o Ndzana, would not let us in.\n", "Fo'o Ndzana"),
    ("Source: Thao Somsak came with his wife.\n", "Thao Somsak"),
    ("Source: Mam Fatou sells fish at the market.\n", "Mam Fatou"),
    ("Source: Kak Siti Rahma helped us with the papers.\n", "Kak Siti Rahma"),
])
def test_a_title_before_a_found_name_joins_it(redactor_default, tmp_path, text, name):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(name, text.index(name))]


def test_a_title_alone_or_a_relation_is_no_name_with_it(redactor_default, tmp_path):
    text = ("Source: the reverend said nothing. Mama said no. Don't worry. Ma'am, please.\n"
            "Source: Our sister company sells cars. Father's day is soon. Father said no.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_a_relation_before_a_name_stays_out_of_it(redactor_default, tmp_path):
    text = "Source: my father Declan Murphy drove us there.\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Declan Murphy", text.index("Declan"))]


def test_a_cased_title_in_lower_case_is_another_word(redactor_default, tmp_path):
    text = "Source: he said kak dela to Ivan Petrov and left.\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Ivan Petrov", text.index("Ivan"))]


def test_a_given_name_after_a_community_title_is_a_person(redactor_default, tmp_path):
    text = ("Source: Mama Wanjiru cooked for us. Later Mama said no.\n"
            "Source: Then mama wanjiru said no, she was tired.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == [
        ("Mama Wanjiru", text.index("Mama Wanjiru")), ("mama wanjiru", text.index("mama wanjiru"))]


def test_a_title_alone_the_model_calls_a_person_is_nobody(redactor_default, tmp_path):
    text = "Source: Padre Tomás Ruiz blessed us. Padre said a prayer.\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Padre Tomás Ruiz", text.index("Padre Tomás"))]


def test_a_title_before_a_name_is_not_looked_for_again_alone(redactor_default, tmp_path):
    text = "Source: Don Ernesto owns the farm. Don't go there.\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Don Ernesto", text.index("Don Ernesto"))]
