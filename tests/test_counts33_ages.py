"""Round 33, ages: an age after "who are" or "who were" ("two girls ... who are fifteen"), an
age a person's papers give ("his papers said fifteen") and an age with a date or a clause after
it ("he was nineteen on the fourth of september"): exact spans through the whole Redactor on
transcript text, and the near misses that stay."""

from __future__ import annotations

import pytest


def ages(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("**Günay:** Six women, and two girls from the village who are fifteen. They are paid eight manat a day.",
     ["fifteen"]),
    ("the two boys who were seventeen, they went first", ["seventeen"]),
    ("ma hnin wai phyo. she was seventeen but her card said nineteen, the agent made the card.",
     ["seventeen", "nineteen"]),
    ("And he changes ages. A boy, Yeison, was seventeen but his papers said fifteen.", ["seventeen", "fifteen"]),
    ("my son is magomed. he is nineteen. he was nineteen on uh the fourth of september, he had exams",
     ["nineteen", "nineteen"]),
    ("she says she started plucking when she was fifteen that's um twenty two years ago", ["fifteen"]),
    # near misses
    ("the ones who are two metres tall came first", []),
    ("Two days later the sheets in the file said 88 and 90.", []),
    ("the card said 2019.", []),
    ("his papers said twenty days.", []),
    ("i'm four on the list, he said", []),
])
def test_ages_after_who_are_on_papers_and_before_a_date(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected
