"""Ages said in a clause about a person ("the boy, who was twelve, ran") and as bare answers or
after "is" in typed text: exact spans through the whole Redactor, and the near misses that are
no age (a count, a duration, "one of them")."""

from __future__ import annotations

import pytest


def ages(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("the boy, who was twelve, ran", ["twelve"]),
    ("my sister, who is only nine.", ["nine"]),
    ("a man who was sixty-one at the time", ["sixty-one"]),
    ("How old is she?\nForty-one.", ["Forty-one"]),
    ("my son, he is twelve", ["twelve"]),
    # near misses
    ("the guard who was one of them", []),
    ("the bus who was two hours late", []),
    ("it was twelve by then", []),
    ("the list is twelve pages", []),
])
def test_an_age_in_a_clause_about_a_person(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Q: How old were you then?\nA: Fifteen, maybe sixteen.", ["Fifteen, maybe sixteen"]),
    ("How old was he? Twenty, or twenty-one, I think.", ["Twenty, or twenty-one"]),
    # near miss: a count after the second number
    ("How old is he? Nine, maybe ten people were there.", ["Nine"]),
])
def test_a_second_guess_goes_with_the_answer(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected
