"""An age said right after a person's job or rank ("she was a plumber, thirty four.", "a dispatcher,
33, from the hills", "the signalman. forty two."), found in a run; and the counts, times and
durations said after a job that stay no age."""

from __future__ import annotations

import pytest


def _ages(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("she was a plumber, thirty four. she had gone down to fix a pipe", ["thirty four"]),
    ("She was a dispatcher, 33, from the hills. Nobody rang the bell.", ["33"]),
    ("my uncle, the signalman. forty two. three young daughters.", ["forty two"]),
    ("the nurse, forty-one, said the ward was closed", ["forty-one"]),
    ("a sergeant, 29, was on the gate that night", ["29"]),
    ("our welder, maybe fifty, lost two fingers", ["fifty"]),
])
def test_an_age_after_a_job_or_a_rank(redactor_default, text, expected):
    assert _ages(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "I called the officer. Forty minutes later he came.",   # a time said after the job
    "we had a guard, 12 of them on nights",                  # a count, and under thirteen
    "he is a welder. 45 years in the trade.",                # a duration
    "the nurse, 24/7 on call",
    "she was a cleaner, 1998 to 2004, at the port",          # years
])
def test_counts_times_and_durations_after_a_job_stay(redactor_default, text):
    assert _ages(redactor_default, text) == []
