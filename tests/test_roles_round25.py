"""Jobs by what their holder is in charge of, and one person's job then what they are called
(round 25): "she's a dredger captain", "I am the deputy quay master" (a self-description whose
head is captain, master or skipper with a word before it); "the welder, people call him sparky"
(a job word for one person, then the name people give them).  Exact spans and near misses."""

from __future__ import annotations

import pytest


def _jobs(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "OCCUPATION"]


@pytest.mark.parametrize("text, expected", [
    ("she's a dredger captain on the canal", ["dredger captain"]),
    ("i am the deputy quay master, nights mostly", ["deputy quay master"]),
    ("Now I'm a dredger skipper. I was a deckhand before.", ["dredger skipper", "deckhand"]),
    ("she was a pilot boat captain for years", ["pilot boat captain"]),
])
def test_a_job_headed_by_captain_master_or_skipper(redactor_default, text, expected):
    assert _jobs(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "i'm a good captain, i think",          # a judgement before it
    "I'm a master of none.",                # no word before it
    "he was a ship's captain",              # a possessive: no self-description's form
    "the ferry captain should know that",   # no self-description
])
def test_no_job_headed_by_captain_master_or_skipper(redactor_default, text):
    assert _jobs(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("the plumber, people call him tap, he fixed it twice", ["plumber"]),
    ("and then on the night shift the welder, everybody called him sparky", ["welder"]),
    ("the dredger captain, we call him the duke, he owns half the boats", ["dredger captain"]),
    ("the nurse, everyone calls her mama", ["nurse"]),
    ("the mechanic, his name's Okafor", ["mechanic"]),  # round 41: a lone doctor or vet is one someone saw
])
def test_a_job_word_for_one_person_then_what_they_are_called(redactor_default, text, expected):
    assert _jobs(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the welders, they call them the sparks",     # a group
    "the interpreter, her name is Lina",          # the interview's own people
    "i saw the film, they call it a classic",     # no job
    "the fitter they call when it breaks",        # no comma: a relative clause
])
def test_no_job_word_named_without_one_person_called(redactor_default, text):
    assert _jobs(redactor_default, text) == []
