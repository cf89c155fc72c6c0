"""A grade said with a job or a rank is part of it ("a Class 1 warrant officer", "a nurse grade
B", "a Grade 7 teacher", "a GS-13 analyst"): exact spans through the whole Redactor, and the
near misses a grade does not join (a grade alone, a word after it that names no post)."""

from __future__ import annotations

import pytest

from redactor.detect.grade_edges import extend_grades
from redactor.model import Mention

_ROLES = frozenset({"OCCUPATION", "RANK"})


def roles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type in _ROLES]


@pytest.mark.parametrize("text, expected", [
    ("he was a Class 1 warrant officer", ["Class 1 warrant officer"]),
    ("she was a senior superintendent grade one", ["senior superintendent grade one"]),
    ("she is a Grade 7 teacher at the school", ["Grade 7 teacher"]),
    ("he is a GS-13 analyst", ["GS-13 analyst"]),
    # near misses: a grade alone, a word after it that is no post
    ("my son is in grade 7", ["grade 7"]),
    ("he was promoted to Grade 7 after the war", ["Grade 7"]),
])
def test_a_grade_goes_with_its_post(redactor_default, text, expected):
    assert roles(redactor_default, text) == expected


def _mention(text: str, said: str, entity_type: str = "OCCUPATION") -> Mention:
    start = text.index(said)
    return Mention(start=start, end=start + len(said), entity_type=entity_type, text=said, score=0.5,
                   detector="Occupation")


@pytest.mark.parametrize("text, said, expected", [
    ("i'm a nurse grade b on the ward", "nurse", "nurse grade b"),
    ("a P-4 officer came", "officer", "P-4 officer"),
    # near misses: a grade word with no grade, a date after the job
    ("a nurse grade was given", "nurse", None),
    ("the nurse in 2019 left", "nurse", None),
])
def test_the_grade_beside_a_job_found(text, said, expected):
    grown = extend_grades(text, [_mention(text, said)])
    assert [m.text for m in grown] == ([expected] if expected else [])
