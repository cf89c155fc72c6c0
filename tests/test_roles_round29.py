"""Round 29: a watcher's trade said with what is watched ("I was a weather observer", "i'm a
scientific observer", ``rules/roles.yaml``: "observer" needs a word before it, like "captain" or
"master").  Each case runs through a whole Redactor and asserts the exact OCCUPATION spans; the
near misses assert that no such span is found: "observer" alone or after a word that says a
stance is anyone's ("an observer of politics", "a keen observer").

And a common doer said beside a kept person's name with a word before it that says which ("the
barge master, Mr. Louis Bossano", "the store keeper, Rajesh Pillai", "Dr. Markus Büchel, the
senior partner", ``redactor/detect/person_roles.py``), and a role said after a name up to a dash
("Matthew Okonedo, the field guide — took photos"); not a relation, a stance or kin beside a name
("his younger brother, Ahmed Karimov", "a loyal supporter"), nor a thing beside a word in small
letters taken for a name ("the light curtain, the safety sensor,"), nor a word no job alone after a word
that is no level ("her business partner, Tomas Berg").

And one person's job said in two parts: two jobs with only "and" between them ("a ramp agent
and forklift driver", ``redactor/detect/role_edges.py``), a job found in crossing parts ("operations
manager" and "manager of OrbitServ", joined by the overlap policy); not two jobs with an article
or more words between them ("a nurse and a midwife", "a welder and then as a fitter")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION",)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    # a watcher's trade, said with what is watched
    ("Before that I was a weather observer at the airport for three years.", ["weather observer"]),
    ("i'm a scientific observer, so i sample the catch and count the squid.", ["scientific observer"]),
    ("My brother is a fisheries observer on the longliners out of Tema.", ["fisheries observer"]),
    # a common doer said which, beside a name
    ("Who orders it? The barge master, Mr. Louis Bossano. Everybody calls him El Chato.", ["barge master"]),
    ("The butcher is from Sylhet. And the store keeper, Rajesh Pillai, he signs the sheet.", ["butcher", "store keeper"]),
    ("It is in a safe in the office of Dr. Markus Büchel, the senior partner.", ["senior partner"]),
    ("And Matthew Okonedo, the field guide — took photos with the time stamps.", ["field guide"]),
    # one person's job said in two parts
    ("I'm a ramp agent and forklift driver for Rheinport Handling, six years now.",
     ["ramp agent and forklift driver"]),
    ("I'm Suresh. Remote pilot and imaging analyst at SkyFacade Solutions Pte Ltd. We're small.",
     ["Remote pilot and imaging analyst"]),
    ("The operations manager of OrbitServ, Mr. Laurent Schmit, wrote it in an e-mail.",
     ["operations manager of OrbitServ"]),
    # two jobs, not one
    ("I'm a nurse and a midwife at the district clinic since 2019.", ["nurse", "midwife"]),
    ("I worked as a welder and then as a fitter for six years.", ["welder", "fitter"]),
    ("My sister is a nurse and my brother is a welder at the yard.", ["nurse", "welder"]),
])
def test_a_trade_said_with_what_says_which_is_a_job(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected


@pytest.mark.parametrize("text", [
    "I'm an observer of politics, nothing more than that.",
    "I am a keen observer of the market, I read the papers.",
    "She was an observer at the talks, only for one day.",
    "I called his younger brother, Ahmed Karimov, the same night.",
    "We met her business partner, Tomas Berg, at the bank on Monday.",
    "She was a loyal supporter, Maria Lopes, for many years.",
    "It is in a safe in the office of Dr. Markus Büchel, the partner.",
    # a thing said so beside a word in small letters taken for a name ("curtain")
    "the two hundred ton press, we call it number two. the light curtain, the safety sensor, it was taped over.",
])
def test_no_job_of_a_stance_a_relation_or_a_word_no_job_alone(redactor, text):
    assert of_type(redactor, text, *JOB) == []
