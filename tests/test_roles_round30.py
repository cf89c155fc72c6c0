"""Round 30: a job said between commas after one's age, one's name or a first job ("I am 34, a
marionettist with Divadlo Špalíček", "I am Sandeep Dahiya, a raider.", "i'm a rigger, a tower
climber, for sotelcom", ``rules/roles.yaml``, the self-description): the same job words as after
"I'm a" (a list's, or one of an agent's ending), after "a" or "an".  Each case runs through a whole
Redactor and asserts the exact OCCUPATION spans; the near misses find none: what is no job after
the age or the name ("a mother of two", "a believer", "a member of the union"), and a phrase
that is no self-description ("I'm sorry, a lot happened")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION",)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("Tereza Hrubá. I am 34, a marionettist with a puppet theatre in Chrudim, nine seasons now.", ["marionettist"]),
    ("I am 36, a stunt performer, twelve years in the studios around Ouarzazate.", ["stunt performer"]),
    ("I am Sandeep Dahiya, a raider. I trained six years at the academy.", ["raider"]),
    ("i'm a rigger, a tower climber, for a telecom contractor, we do maintenance.", ["rigger", "tower climber"]),
    ("i'm twenty-six years old, a ropemaker at the works by the river.", ["ropemaker"]),
])
def test_a_job_said_after_ones_age_or_name(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected


@pytest.mark.parametrize("text", [
    "I'm thirty years old, a mother of two, and I live near the market.",
    "I'm Catholic, a believer, and I pray every day.",
    "I am Maria, a member of the union since March.",
    "I'm sorry, a lot happened that week.",
])
def test_no_job_after_an_age_or_a_name_that_is_none(redactor, text):
    assert of_type(redactor, text, *JOB) == []
