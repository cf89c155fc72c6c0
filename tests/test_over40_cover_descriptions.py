"""Round 40: the description a source asks the story to print ("Say a non-commissioned officer in
Hualien.", "Please write \"a housekeeping worker\".") is the cover they accept, chosen because
many share it; its job is not replaced (``redactor/detect/cover_descriptions.py``).  The same
words said as a condition ("If you write \"a policewoman\", it is me"), a refusal ("don't write
a nurse") or of someone in the story stay found.  Lines from the design sets fresh9, fresh11,
fresh15, fresh19."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION", "RANK")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text", [
    # fresh15: the answer to "how should I describe you"
    "<v Wei-chen>Say a non-commissioned officer in Hualien. Do not say motor pool.",
    # fresh19: a caption line, lower case
    ">> call me a port worker in sanma. not luganville, not signal station",
    # fresh9: the request said after the reason for it
    "So if this comes out, it's me. That's why I want you to write \"a railway worker\" and nothing else.",
    # the reporter agrees in the same words
    "Interviewer: Okay, we'll write \"a health worker in the south\". What else should we leave out?",
    # fresh18: a JSON transcript's escaped quotation marks
    'Say \\"an airport worker\\". And don\'t say I am from Mahebourg.',
])
def test_the_job_of_a_requested_description_is_not_found(redactor, text):
    assert of_type(redactor, text, *JOB) == []


def test_the_request_after_a_condition_drops_only_the_requested_job(redactor):
    # fresh11: the condition names what would identify her, the request what may be printed
    text = ('I have the patrol log with my name on it. If you write "a policewoman", it is me. '
            'Write "a police officer". And please don\'t put Bistarac.')
    assert of_type(redactor, text, *JOB, "UNIQUE_DETAIL") == [("UNIQUE_DETAIL", "a policewoman")]
    # fresh19: the same, the request after "Please"
    text = ('I am the only Kenyan supervisor in that hotel. If you write "a supervisor from East Africa", '
            'they know. Please write "a housekeeping worker". And do not write floors 9 to 14.')
    assert ("OCCUPATION", "housekeeping worker") not in of_type(redactor, text, *JOB)


@pytest.mark.parametrize("text, expected", [
    # a refusal names the job that would give the source away
    ("i work at the clinic. don't write a nurse, she said.", [("OCCUPATION", "nurse")]),
    # a job said as one's own, and a job of someone in the story
    ("I'm a Liftwart, a lift attendant with the machine ticket, at Bergbahnen Hochfirst GmbH.",
     [("OCCUPATION", "lift attendant")]),
    # (a paramedic: a lone doctor or vet someone saw is no job of the story since round 41)
    ("Interviewer: Did a paramedic see him at the centre first?", [("OCCUPATION", "paramedic")]),
    # someone else's account, not the source's request
    ("they say a driver took the boxes at night.", [("OCCUPATION", "driver")]),
    # a request the source says would give them away
    ("please, just say a driver from the depot and they will know it was me.", [("OCCUPATION", "driver")]),
])
def test_a_job_said_otherwise_is_still_found(redactor, text, expected):
    assert of_type(redactor, text, *JOB) == expected

