"""Round 38, a job said of oneself in a word no list holds (``rules/roles.yaml``).

- "a post one holds, by where it is held": after "I'm a", a small-letter word that "at", "for" or
  "with" and a workplace named with no article, or a span of time, follows ("i'm a referee at
  paintball arena", "i'm a caddie at vilamoura"); not a knack, a fondness or a relation ("I'm a
  natural at this", "I'm a mess with money", "a stranger at home": ``not_after_a_post``).
- "a self-description": a second job of the same person said with "and" ("I'm a log roller and
  chopper with ...", "i'm a driver and installer for ..."), read as the first is (a job word or an
  agent's ending), when the clause goes on with where or for whom; not kin, a function word or
  an article ("a welder and father of two", "a cook and after that", "a driver and a cleaner").
- the overlap policy: a model's guess at a name that starts on such a job's last word and goes
  on over the workplace ("installer for bouncetastic") is cut to the name after the preposition.

Each case runs through a whole Redactor and asserts the exact spans of the role types."""

from __future__ import annotations

import pytest

from redactor import Redactor
from redactor.detect.overlaps import resolve_overlaps
from redactor.model import MODEL_DETECTOR, Mention
from tests.scan_helpers import of_type

ROLE = ("OCCUPATION", "RANK")


@pytest.fixture()
def redactor() -> Redactor:
    # a new one per case: a finding said in one case is propagated to the next by a shared one
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("00:00:05.970 --> 00:00:14.130\n- i'm a referee at paintball arena\nkaštel, outside šišan", ["referee"]),
    ("2\n00:00:03,325 --> 00:00:08,375\ni'm a caddie at vilamoura, at the\npinhal velho course, twelve years",
     ["caddie"]),
    ("INTERVIEWER: And before?\nSOURCE: I was a mahout for six years, then the camp closed.", ["mahout"]),
])
def test_a_post_said_with_a_named_workplace_or_a_time(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *ROLE)] == expected


@pytest.mark.parametrize("text", [
    "Honestly? I'm a natural at this, I never trained.",
    "I'm a mess with money, my wife does the accounts.",
    "I was a stranger at home after the second tour.",
    "i'm a regular at kibo odds on fridays",
    "I was a child at that time, I remember the fence.",
])
def test_a_knack_or_a_relation_is_no_post(redactor, text):
    assert of_type(redactor, text, *ROLE) == []


@pytest.mark.parametrize("text, expected", [
    ("**Reporter:** What do you do in the show?\n\n**Performer:** I'm a log roller and chopper with "
     "Chequamegon Axe Revue, three shows a day.", ["log roller and chopper"]),
    ("interviewer: so what do you do for them\nsource: i'm a driver and installer for bouncetastic, "
     "out of a unit in duston.", ["driver and installer"]),
    ("A: i'm a welder and fitter, at the yard since 2019.", ["welder and fitter"]),
])
def test_two_jobs_joined_by_and_are_one(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *ROLE)] == expected


@pytest.mark.parametrize("text, expected", [
    ("A: I'm a welder and father of two, that's me.", ["welder"]),
    ("A: I'm a cook and after that I sleep.", ["cook"]),
    ("A: I'm a driver and a cleaner at the depot.", ["driver", "cleaner"]),
    ("A: I'm a nurse and mother, both full time.", ["nurse"]),
])
def test_kin_a_function_word_or_an_article_is_no_second_job(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *ROLE)] == expected


def test_the_firm_after_the_joined_jobs_keeps_its_own_finding(redactor):
    text = "source: i'm a driver and installer for bouncetastic, out of a unit in duston."
    found = of_type(redactor, text, "OCCUPATION", "ORGANIZATION")
    assert ("OCCUPATION", "driver and installer") in found
    assert ("ORGANIZATION", "installer for bouncetastic") not in found


def _mention(text: str, part: str, kind: str, detector: str, start_at: int = 0) -> Mention:
    start = text.index(part, start_at)
    return Mention(start=start, end=start + len(part), entity_type=kind, text=part, score=0.85, detector=detector)


def test_a_guess_over_a_jobs_last_word_is_cut_to_the_name():
    text = "i'm a driver and installer for bouncetastic, out of duston"
    job = _mention(text, "driver and installer", "OCCUPATION", "Occupation")
    guess = _mention(text, "installer for bouncetastic", "ORGANIZATION", MODEL_DETECTOR)
    assert [(m.entity_type, m.text) for m in resolve_overlaps([job, guess])] == [
        ("OCCUPATION", "driver and installer"), ("ORGANIZATION", "bouncetastic")]


def test_a_guess_that_goes_on_without_a_preposition_is_left_whole():
    # no "for", "at", "with", "in" or "of" after the job: what the guess holds is no workplace
    # said after it, and the longer span wins as before
    text = "the senior welder Kowalska Steel sent came in"
    job = _mention(text, "senior welder", "OCCUPATION", "Occupation")
    guess = _mention(text, "welder Kowalska Steel", "ORGANIZATION", MODEL_DETECTOR)
    assert [(m.entity_type, m.text) for m in resolve_overlaps([job, guess])] == [
        ("ORGANIZATION", "welder Kowalska Steel")]
