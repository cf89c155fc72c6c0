"""Someone else's job and workplace said as one predicate (round 24): "my sister is a porter at the
clinic in Tarnby.", "her brother is a nurse at Mossgiel Medical Centre." - the job grows over
the workplace up to the clause's end, whether the workplace is a kept organisation or a kind of
workplace in a small place.  Every case runs through a whole Redactor and asserts the exact spans
of the roles; the near misses: the speaker's own job (its workplace keeps its own replacement),
a question, a clause that goes on after the workplace, a kind of workplace alone and no
workplace at all."""

from __future__ import annotations

import pytest
from tests.scan_helpers import of_type

ROLES = ("OCCUPATION", "RANK")


@pytest.mark.parametrize("text, expected", [
    # a kind of workplace alone, then the clause's end
    ("Her husband was a courier for the bakery in Sedlany. Nobody else knows.",
     [("OCCUPATION", "courier for the bakery in Sedlany")]),
    # a kind and the small place it is in
    ("My sister is a porter at the clinic in Tarnby, she started in May.",
     [("OCCUPATION", "porter at the clinic in Tarnby")]),
    ("His cousin is a cook at a hotel in Sedlany. He never calls.",
     [("OCCUPATION", "cook at a hotel in Sedlany")]),
    # a workplace the rules found by its name, at a line's end
    ("my aunt, she's a welder at brennan plastics ltd\nand she saw it", [("OCCUPATION", "welder at brennan plastics ltd")]),
    ("Her brother is a nurse at Mossgiel Medical Centre. He said so.",
     [("OCCUPATION", "nurse at Mossgiel Medical Centre")]),
])
def test_someones_job_and_workplace_as_one(redactor_default, text, expected):
    assert of_type(redactor_default, text, *ROLES) == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker's own job: the workplace keeps its own replacement
    ("I'm a courier for the bakery. Nobody else knows.", [("OCCUPATION", "courier")]),
    # not a predicate: a question about the job
    ("what's a nurse at the hospital for?", [("OCCUPATION", "nurse")]),
    # the clause goes on after the workplace
    ("Her husband was a courier for the bakery that closed in the spring.", [("OCCUPATION", "courier")]),
    # no kind of workplace after the preposition, or a kind alone
    ("Her husband was a courier for the money, nothing else.", [("OCCUPATION", "courier")]),
    ("Her husband was a courier for the bakery. Nobody else knows.", [("OCCUPATION", "courier")]),
    # the speaker's own, said in the past
    ("i was a courier for the bakery in Sedlany.", [("OCCUPATION", "courier")]),
])
def test_the_workplace_left_apart(redactor_default, text, expected):
    assert of_type(redactor_default, text, *ROLES) == expected
