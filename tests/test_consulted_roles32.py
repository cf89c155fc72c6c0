"""Round 32: the lawyers and notaries a source deals with about the story are no people of the
story's work (``redactor/detect/consulted_roles.py``): "For our lawyer, your ID?", "my lawyer,
Mr. Doelwijt", "she came with a lawyer from kaunas" find no OCCUPATION; said as someone's own job
they are one ("I'm a lawyer at a small firm", "my wife is a notary"), and a journalist is left to
the rules ("A Malaysiakini reporter called me").  Round 41: so is a doctor or a vet someone was
taken to, said in one word ("the doctor told his wife"), not one said as someone's own job
("she's not a vet") or a kind of doctor ("the team doctor")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION", "RANK")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text", [
    "Interviewer: For our lawyer, your ID? Source: only for the lawyer, yes.",
    "The original is with my lawyer, Mr. Kenneth Doelwijt. He is careful.",
    "she came with a lawyer from kaunas and they asked the prison office.",
    "he has a lawyer now, and the notary stamped the copy.",
    # round 41: a doctor or a vet someone was taken to, said in one word (a lone "doctor" replaced
    # in 10 design sets, a lone "vet" in 8, none annotated)
    "He was admitted on the 2nd of October at the hospital in Hebron. The doctor told his wife it was silicosis.",
    "I went to the Food and Veterinary Agency in August. I spoke to a vet, Sunnvá Dam. She opened a case.",
    "he went after three days. the doctor was angry. now he walks, um, not good",
    "A Faroese woman, Elin, told the vet she saw the hatch open at two in the morning.",
    "the doctor, his name's Okafor",
])
def test_who_a_source_deals_with_is_no_job_of_the_story(redactor, text):
    assert of_type(redactor, text, *JOB) == []


@pytest.mark.parametrize("text, expected", [
    ("I'm a lawyer at a small firm, eleven years now.", ["lawyer"]),
    ("My wife is a notary, she saw the papers.", ["notary"]),
    ("I worked as a paralegal for two years before the plant.", ["paralegal"]),
    ("The foreman said no, and the lawyer said yes.", ["foreman"]),
    ("I have a daughter who is four. I want to continue to be a doctor in this country.", ["doctor"]),
    ("mrs. charmaine van tonder. she's not a vet, but she keeps the sedatives in her handbag.", ["vet"]),
    ("the team doctor, he gives the boys injections before the match.", ["team doctor"]),  # a kind of doctor
])
def test_a_legal_or_press_job_said_as_ones_own_is_found(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected
