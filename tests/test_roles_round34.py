"""Round 34, a post one holds said in a trade's own word (``rules/roles.yaml``, "a post one holds,
by where it is held or by its grade").  A word no list knows and with no agent's ending is read
by its frame: after "I'm a" or "I'm the", a small-letter word that a workplace's "on the", "at
the", "in a", "for the", "with the" follows ("i'm a helm on the inshore boat", "I am the
hanchō on the night line"), or one that a grade word goes before ("Now I'm the senior karigar at
Noor Gold Works", "I was the deputy mukhtar, and ...").  Not what one is to others, in a story or in
time ("I'm the one at the scale", "I'm a woman on the day shift", "I'm the oldest in the
laundry", "I'm a patient at the clinic", "I was a week in the hospital", "I'm the reason for
the delay"), nor a grade word alone ("I'm a senior at the high school", "a senior citizen").
Each case runs through a whole Redactor and asserts the exact spans of the role types."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

ROLE = ("OCCUPATION", "RANK")


@pytest.fixture()
def redactor() -> Redactor:
    # a new one per case: a finding said in one case is propagated to the next by a shared one
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    # a trade's word that a workplace follows
    (">> yeah, at the station in kirkwall, i'm a helm on the inshore boat and the youngest there",
     ["helm"]),
    ("- what should i leave out? - that i am the kumicho at the plant, there is only one on nights.",
     ["kumicho"]),
    ("Speaker 2: I'm a tanod in the barangay, mostly nights, since 2019.", ["tanod"]),
    ("i was a fundi for the county roads office, then they cut the contracts", ["fundi"]),
    # a grade word before a trade's word
    ("Reporter: And now?\nRavi: Now I'm the senior karigar at Lakshmi Jewellers, since March.",
     ["senior karigar"]),
    ("I was the deputy mukhtar, and nobody else signs those papers.", ["deputy mukhtar"]),
])
def test_a_post_is_found(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *ROLE)] == expected


@pytest.mark.parametrize("text", [
    "Because I weigh it. I'm the one at the scale, every morning.",
    "That I'm a woman on the day shift, that's enough for them.",
    "i'm the oldest in the laundry, so they listen.",
    "I'm a patient at the clinic since May.",
    "I was a week in the hospital after that.",
    "I was a child in the camp, I remember the fence.",
    "I'm the reason for the delay, they say.",
    "I'm a senior at the high school, graduating in June.",
    "I'm a senior citizen, I don't need this.",
    "I'm a bit on the tired side today.",
    "i'm a regular at the pub on fridays",
    "I'm a muslim in a christian village, that's all.",
    "i'm a fan of the team, always was.",
    "I'm the head of the family now.",
])
def test_near_misses_find_no_post(redactor, text):
    assert of_type(redactor, text, *ROLE) == []


# A production line or a yard one works on (``rules/workplaces.yaml``, "the unit one is in" and
# "the unit one works in, said after one's job"): "I'm on the cutting line", "i'm on the remand
# yard", "i'm the receiving clerk on the log yard"; not a line or a yard that is no part of a
# workplace ("on the phone line", "the front line", "the picket line", "the back yard"), nor
# "the line" alone.
UNIT = ("WORK_UNIT",)


@pytest.mark.parametrize("text, expected", [
    ("**A:** Three winters. I'm on the boning line in November, then the smokehouse.", ["boning line"]),
    ("speaker 2: nine years in the service. i'm on the remand yard at the prison in arouca",
     ["remand yard"]),
    ("i was on the bottling line when the alarm went, so i saw it", ["bottling line"]),
    ("i'm the tally clerk on the timber yard, i count the loads", ["timber yard"]),
])
def test_a_line_or_a_yard_one_works_on(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *UNIT)] == expected


@pytest.mark.parametrize("text", [
    "I was on the phone line with her for an hour.",
    "i'm on the front line every day with these kids.",
    "he was on the picket line in march, all of us were.",
    "we were in the back yard when it started.",
    "i was on the line with the bank for an hour.",
    "i was in the school yard waiting for my son.",
])
def test_no_line_or_yard_of_no_workplace(redactor, text):
    assert of_type(redactor, text, *UNIT) == []
