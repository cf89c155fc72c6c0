"""A job grown over the work it is for, said as that work: "the assistant coach for plate
spinning", "a field technician for brine sampling" ("for", no article, a verb's "-ing", the
phrase's end); not a time, an article's thing, or a word that goes on.  Exact spans through the
whole Redactor; most forms are in no design set."""

from __future__ import annotations

import pytest


def roles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type in ("OCCUPATION", "RANK")]


@pytest.mark.parametrize("text, expected", [
    ("I am the assistant coach for plate spinning at the circus school.",
     ["assistant coach for plate spinning at the circus school"]),
    ("I was a field technician for brine sampling.", ["field technician for brine sampling"]),
    # forms no design set holds
    ("she is the deputy director for fundraising and", ["deputy director for fundraising"]),
    ("He's the senior engineer for pipe welding.", ["senior engineer for pipe welding"]),
])
def test_a_job_with_the_work_it_is_for(redactor_default, text, expected):
    assert roles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # not the work itself: a time, a thing of the workplace, a word going on, no verb
    ("He was a driver for ten years.", ["driver"]),
    ("He was the cook for six seasons.", ["cook"]),
    ("I am the teacher for evening classes.", ["teacher"]),
    ("he was a driver for something else", ["driver"]),
    ("I am the teacher for morning classes.", ["teacher"]),
    ("She worked as a cleaner for a living.", ["cleaner"]),          # an article: no field of work
    ("he is the guard for their sleeping quarters", ["guard"]),
])
def test_no_work_after_a_job(redactor_default, text, expected):
    assert roles(redactor_default, text) == expected
