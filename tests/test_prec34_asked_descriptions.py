"""Job words that name no one of the story (round 34, precision).

- The description a source asks the reporter to print ("Say a tourism worker", 'I want you to
  write "a railway worker"', "If you write a Lao operator, they know") is no job of anyone in the
  story; a job said after "they say a" or "I have to say a" still is one.
- Any one of the press a source talks to ("why did you decide to talk to a journalist?", "A
  journalist from De Standaard called the company") is no person of the story's work, as the
  lawyers a source consults are not (``consulted_roles``); one's own ("I started as a cadet
  reporter"), an outlet's ("A Malaysiakini reporter") and "the reporter" stay the rules'.
"""

from __future__ import annotations

import pytest

from redactor.detect.asked_descriptions import without_asked_descriptions
from redactor.model import Mention
from tests.scan_helpers import found_in_named_file

_JOBS = ("OCCUPATION", "RANK")


def _job(text: str, span: str) -> Mention:
    start = text.rindex(span)
    return Mention(start=start, end=start + len(span), entity_type="OCCUPATION", text=span,
                   score=0.6, detector="Occupation")


@pytest.mark.parametrize("text, span", [
    ("Interviewer: How should I describe you?\nSource: Say a tourism worker on Savai'i. Not boat.", "tourism worker"),
    ("So if this comes out, it's me. That's why I want you to write \"a railway worker\" and nothing else.",
     "railway worker"),
    ("If you write \"a supervisor from East Africa\", they know. Please write \"a housekeeping worker\".",
     "housekeeping worker"),
    ("what should we call you\n\n>> call me a port worker in sanma. not luganville", "port worker"),
    ("There are two Lao operators at the plant, so if you write a Lao operator, they know.", "Lao operator"),
    ("- how should i describe you in the article\n- say a teacher in the south", "teacher"),
])
def test_a_description_asked_for_is_no_job(text, span):
    assert without_asked_descriptions(text, [_job(text, span)]) == []


@pytest.mark.parametrize("text, span", [
    ("They say a doctor came at night and signed the paper.", "doctor"),
    ("I have to say a nurse saw it first, Ines, she told me.", "nurse"),
    ("He wrote a nurse's name on the form, not mine.", "nurse"),
    ("I'm a nurse on the night shift at the district hospital.", "nurse"),
])
def test_a_job_said_of_someone_stays(text, span):
    m = _job(text, span)
    assert without_asked_descriptions(text, [m]) == [m]


def test_a_description_asked_for_in_a_file(redactor_default, tmp_path):
    text = ("Reporter: What is your job?\n"
            "Source: I'm a blood bank technician at the hospital, nights, since 2019.\n"
            "Reporter: How should I describe you?\n"
            "Source: Do not write blood bank. Write \"a health worker\" in Saint-Marc.\n")
    found = found_in_named_file(redactor_default, tmp_path, "bank.txt", text, _JOBS)
    assert ("OCCUPATION", "health worker") not in found
    assert any(t == "OCCUPATION" and "technician" in s for t, s in found)


@pytest.mark.parametrize("text", [
    "Interviewer: Why did you decide to talk to a journalist?\nSource: Because nobody else listened.\n",
    "they asked me did i give the report\nto a journalist. i said no, and they took my access card\n",
    "In May a journalist from De Standaard called the company, and they cancelled the shift.\n",
    "i also talked to a reporter from the daily post, but they never printed it\n",
])
def test_the_press_a_source_talks_to_is_no_job_of_the_story(redactor_default, tmp_path, text):
    found = found_in_named_file(redactor_default, tmp_path, "press.txt", text, _JOBS)
    assert not any(s in {"journalist", "reporter"} for _, s in found)


@pytest.mark.parametrize("text, job", [
    ("I've been at the paper fourteen years, I started as a cadet reporter in 2012.\n", "cadet reporter"),
    ("My sister is a journalist at the Post, she saw the papers first.\n", "journalist"),
    ("The applicant, a journalist, was arrested at the border in 2009.\n", "journalist"),  # apposition
    ("She studied law at university with an eye to becoming a journalist.\n", "journalist"),
])
def test_a_press_job_of_ones_own_stays(redactor_default, tmp_path, text, job):
    found = found_in_named_file(redactor_default, tmp_path, "own.txt", text, _JOBS)
    assert any(s == job for _, s in found)


def test_a_description_that_repeats_a_job_said_elsewhere_stays():
    text = ("Source: I'm a nurse on the night ward, eleven years.\n"
            "Reporter: How should I describe you?\nSource: Just say a nurse from Kerala, there are thousands.")
    own = Mention(start=text.index("nurse"), end=text.index("nurse") + 5, entity_type="OCCUPATION", text="nurse",
                  score=0.6, detector="Occupation")
    asked = _job(text, "nurse")
    assert without_asked_descriptions(text, [own, asked]) == [own, asked]
