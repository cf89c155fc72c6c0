"""Any one of the press a source talks to is no job of the story (round 34, precision).

"why did you decide to talk to a journalist?", "A journalist from De Standaard called the
company": any one of the press, as the lawyers a source consults are not people of the story's
work (``consulted_roles``); one's own ("I started as a cadet reporter", "the applicant, a
journalist,", "becoming a journalist"), an outlet's ("A Malaysiakini reporter") and "the
reporter" stay the rules'.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_named_file

_JOBS = ("OCCUPATION", "RANK")


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
