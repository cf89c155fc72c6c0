"""A job the speaker asks to be described as ("say a welder", "write 'a bus driver'") is the
cover they chose to be printed and is not masked; the same job said as theirs, or a description
they refuse ("do not say a welder"), is still found."""

from __future__ import annotations

import pytest

from redactor.detect.chosen_descriptions import is_chosen_description


def jobs(redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "OCCUPATION"]


@pytest.mark.parametrize("text", [
    "Q: How should I describe you?\nA: Say a bus driver in the north.",
    "Please just write \"a bus driver\" and nothing more.",
    "Not the depot. Call me a bus driver, that is enough.",
    "I want you to write a forklift driver, nothing else.",
])
def test_the_description_asked_for_is_not_masked(redactor_default, text):
    assert jobs(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Do not say a forklift driver, they would know.", ["forklift driver"]),
    ("I am a forklift driver at the depot.", ["forklift driver"]),
])
def test_a_job_held_or_refused_is_still_found(redactor_default, text, expected):
    assert jobs(redactor_default, text) == expected


@pytest.mark.parametrize("before, chosen", [
    ("How should we describe you?\nSay a ", True),
    ("Please just say \"a ", True),
    ("You can describe me as a ", True),
    ("Source: say a ", True),
    ("Do not say a ", False),
    ("if you write a ", False),
    ("I would say a ", False),
    ("they say a ", False),
])
def test_is_chosen_description(before, chosen):
    assert is_chosen_description(before + "welder.", len(before)) is chosen
