"""An age's span is its number (and its "years old"), not the subject and verb before it: "I'm"
and "my daughter is" are what the sentence says of the age, and masking them over-runs the age.
The generalize style still reads well: it takes a subject before the number along ("I'm in my
30s"), the way a generalised date takes its "on"."""

from __future__ import annotations

import pytest


def ages(redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("I'm 41, and my sister is older.", ["41"]),
    ("I am 41 years old. He was sixty-eight.", ["41 years old", "sixty-eight"]),
    ("Honestly I’m sixty-three now.", ["sixty-three"]),
    ("his nephew is 9 and goes to school", ["9"]),
    ("they were both 22 when they moved", ["22"]),
    ("she's forty-three yeah and a mother", ["forty-three"]),
    # near misses: no age
    ("I was 41 minutes late.", []),
    ("He's 3 kids and a dog to feed.", []),
])
def test_an_age_span_is_its_number(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("I'm 41, and my sister is older.", "I'm in my 40s, and my sister is older."),
    ("I am 41 years old.", "I am in my 40s."),
    ("She was sixty-eight when it happened.", "She was in her 60s when it happened."),
    ("Honestly I’m sixty-three now.", "Honestly I’m in my 60s now."),
    # no subject to take along: the number's own generalisation
    ("they were both 22 when they moved", "they were both 20-something when they moved"),
])
def test_a_generalised_age_takes_its_subject_along(make_redactor, text, expected):
    redactor = make_redactor(replacements={"AGE": "generalize"})
    assert redactor.redact(text) == expected


def test_a_tagged_age_leaves_its_subject(make_redactor):
    redactor = make_redactor()
    assert redactor.redact("I'm 41, and my sister is older.") == "I'm [AGE 1], and my sister is older."
