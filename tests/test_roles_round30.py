"""Round 30, jobs said where no rule read them (``rules/roles.yaml``).  Each case runs through a
whole Redactor and asserts the exact OCCUPATION spans; the near misses find none.

- A job said between commas after one's age, one's name or a first job ("I am 34, a marionettist
  with ...", "I am Sandeep Dahiya, a raider.", "i'm a rigger, a tower climber, for ..."): the
  self-description, with the same job words as after "I'm a" (a list's, or one of an agent's
  ending) after "a" or "an".  Not what is no job ("a mother of two", "a believer", "a member of
  the union"), nor "I'm sorry, a lot happened".
- A grade before a word of an agent's ending no list holds, then a pause or a clause word ("he's
  senior assayer now", "the deputy arbiter on those boards"), and "leading" before a trade
  ("leading firefighter").  Not a place, a league, a public office or a firm's rank after a grade
  ("the senior center", "a junior soccer league", "the deputy speaker", "the leading exporter").
- A grade before a job said as one's own with no article ("i'm assistant coach", "I am second
  cook for ..."); not an ordinal of a place in a line ("I'm second in line")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION",)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    # after one's age, one's name or a first job
    ("Tereza Hrubá. I am 34, a marionettist with a puppet theatre in Chrudim, nine seasons now.", ["marionettist"]),
    ("I am 36, a stunt performer, twelve years in the studios around Ouarzazate.", ["stunt performer"]),
    ("I am Sandeep Dahiya, a raider. I trained six years at the academy.", ["raider"]),
    ("i'm a rigger, a tower climber, for a telecom contractor, we do maintenance.", ["rigger", "tower climber"]),
    ("i'm twenty-six years old, a ropemaker at the works by the river.", ["ropemaker"]),
    # a grade before a job no list holds, and "leading" before a trade
    ("anas is still there. they promoted him. he's\nsenior assayer now, my job.", ["senior assayer"]),
    ("I was the deputy arbiter on those boards. Only two of us.", ["deputy arbiter"]),
    ("i'm a firefighter, leading firefighter actually, at the station.", ["firefighter", "leading firefighter"]),
    # a grade before one's own job with no article
    ("yeah. so um i'm danilo, i'm assistant coach. we train on mondays.", ["assistant coach"]),
    ("I am second cook for a catering firm. We cook for the prison.", ["second cook"]),
])
def test_a_job_said_where_no_rule_read_it(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected


@pytest.mark.parametrize("text", [
    "I'm thirty years old, a mother of two, and I live near the market.",
    "I'm Catholic, a believer, and I pray every day.",
    "I am Maria, a member of the union since March.",
    "I'm sorry, a lot happened that week.",
    "She goes to the senior center on Tuesdays. He plays in a junior soccer league.",
    "The deputy speaker was there. The senior member said no. A senior leader came.",
    "He is the leading exporter in the region.",
    "I'm second in line. He was second to none. I am third in the queue.",
])
def test_no_job_where_none_is_said(redactor, text):
    assert of_type(redactor, text, *JOB) == []
