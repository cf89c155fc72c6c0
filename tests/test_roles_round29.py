"""Round 29: a watcher's trade said with what is watched ("I was a weather observer", "i'm a
scientific observer", ``rules/roles.yaml``: "observer" needs a word before it, like "captain" or
"master").  Each case runs through a whole Redactor and asserts the exact OCCUPATION spans; the
near misses assert that no such span is found: "observer" alone or after a word that says a
stance is anyone's ("an observer of politics", "a keen observer")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION",)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("Before that I was a weather observer at the airport for three years.", ["weather observer"]),
    ("i'm a scientific observer, so i sample the catch and count the squid.", ["scientific observer"]),
    ("My brother is a fisheries observer on the longliners out of Tema.", ["fisheries observer"]),
])
def test_an_observer_said_with_what_is_watched_is_a_job(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected


@pytest.mark.parametrize("text", [
    "I'm an observer of politics, nothing more than that.",
    "I am a keen observer of the market, I read the papers.",
    "She was an observer at the talks, only for one day.",
])
def test_an_observer_without_what_is_watched_is_no_job(redactor, text):
    assert of_type(redactor, text, *JOB) == []
