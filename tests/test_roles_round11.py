"""Occupations said the way a village, a boat or an office names one person (round 11): the
officer of a small place said before the office ("the kebele chairman", "the soum governor",
"our village head"), a job held on a shift ("the doctor on duty"), a trade named by its work and
a word for a person ("the recovery man", "the winch man", "the hr lady", "the it guy"), and two
hospital words the lists lacked ("the wardsman", "a locum").  Every case runs through a whole
Redactor and asserts the exact spans; the near misses assert that nothing of the kind is found."""

from __future__ import annotations

import pytest

KINDS = frozenset({"OCCUPATION", "RANK"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in KINDS]


@pytest.mark.parametrize("text, expected", [
    ("Our kebele chairman took the list.", [("OCCUPATION", "kebele chairman")]),
    ("The soum governor called a meeting.", [("OCCUPATION", "soum governor")]),
    ("then the village head came to our house", [("RANK", "village head")]),
    ("we went to the mahalla chairman first", [("OCCUPATION", "mahalla chairman")]),
    ("The doctor on duty wrote nothing.", [("OCCUPATION", "doctor on duty")]),
    ("the nurse on call didn't come", [("OCCUPATION", "nurse on call")]),
    ("the recovery man came twice", [("OCCUPATION", "recovery man")]),
    ("he is the winch man on our boat", [("OCCUPATION", "winch man")]),
    ("the hr lady said no", [("OCCUPATION", "hr lady")]),
    ("and the it guy deleted the file", [("OCCUPATION", "it guy")]),
    ("the wardsman took him down", [("OCCUPATION", "wardsman")]),
    ("the locum was new", [("OCCUPATION", "locum")]),
])
def test_a_role_as_people_say_it(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the village was burned",                       # a place, no office
    "the party chairman spoke on television",       # not a small place's office
    "the regional governor resigned",               # a province's, a public office
    "the guards on duty looked away",               # a plural
    "the old man sat down",                         # a person, not a trade
    "a good man came",
    "the nice lady at the door",
    "he did it man, believe me",                    # "it" not after an article
])
def test_no_role_said(redactor_default, text):
    assert [f for f in _found(redactor_default, text) if "village" in f[1] or " man" in f[1] or "lady" in f[1]
            or "on duty" in f[1] or "chairman" in f[1] or "governor" in f[1]] == []
