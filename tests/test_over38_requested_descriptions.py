"""Round 38: the job a source asks the reporter to describe them by, said as an imperative
request ("Say a nurse.", "Write "a health worker in the Artibonite"", "call me a port worker"),
is shared by many and no job of the source's to replace (``redactor/detect/requested_descriptions.py``);
said after "if you", in what the source asks to leave out, or in the reporter's promise, the
rules still find it."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION", "RANK")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text", [
    "Source: Say a tourism worker on Savai'i. Do not say activities.",
    "That's why I want you to write \"a railway worker\" and nothing else.",
    "Please write \"a housekeeping worker\". And do not write floors 9 to 12.",
    ">> call me a port worker in sanma. not luganville, not the wharf",
    "[00:02:31] Say a non-commissioned officer in Hualien. Do not say motor pool.",
    "so please just say \"a doctor in Mashhad\".",
])
def test_a_requested_description_is_no_job_found(redactor, text):
    assert of_type(redactor, text, *JOB) == []


@pytest.mark.parametrize("text, expected", [
    # the source's own job said before the request is still found
    ("How would you like me to describe you?\nA: Say a nurse. My name is Mireille, I am a midwife-nurse.",
     ["midwife-nurse"]),
    # what would give the source away, what to leave out, what others say, the reporter's promise
    ("so if you write a Lao operator it is already half.", ["Lao operator"]),
    ("Do not say a crane operator, everybody knows there are two of us.", ["crane operator"]),
    ("they say a crane operator saw the whole thing from the cab.", ["crane operator"]),
    ("I'll call you \"a steel fixer\" in the story, nothing more.", ["steel fixer"]),
])
def test_a_job_said_otherwise_is_found(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected
