"""A superlative said of a person takes its place and what the person has there, said as a chain of
prepositional phrases ("the tallest man [in the platoon] [with a beard] [from the hills]"), not a
clause opened by "who"; the speaker's "I'm" before it is the phrase's, as before "the only ...".  A
count of a few takes "are" or "were" before where they are from ("nine of us are from one
colonia").  Exact spans through the whole Redactor; most forms are in no design set."""

from __future__ import annotations

import pytest

_KINDS = ("UNIQUE_DETAIL", "COUNT")


def singled(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type in _KINDS]


@pytest.mark.parametrize("text, expected", [
    ("I am the oldest of the measuring girls in the shop.",
     ["I am the oldest of the measuring girls in the shop"]),
    ("well i'm the oldest on the background team, so they know.", ["i'm the oldest on the background team"]),
    ("I have been here the longest in our group, everyone knows.", ["the longest in our group"]),
    # forms no design set holds
    ("He was the tallest man in the platoon with a beard from the hills.",
     ["the tallest man in the platoon with a beard from the hills"]),
    ("he is the eldest of the stable boys at the racecourse.",
     ["the eldest of the stable boys at the racecourse"]),
])
def test_a_superlative_with_its_complements(redactor_default, text, expected):
    assert singled(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb after it is what one did, not who one is; "of them" names no group; no person
    ("The oldest driver there drove me home.", ["The oldest driver there"]),
    ("She is the oldest of them all.", []),
    ("It was the last day of the month at the plant.", []),
    ("He was the tallest man in the platoon, and he knew it.", ["the tallest man in the platoon"]),
    # a clause opened by "who" is left (it cost held-out precision)
    ("She is the youngest of the three sisters who drive the ferry.",
     ["the youngest of the three sisters"]),
    ("He's the youngest in the family who still fishes with a net from the old jetty.",
     ["the youngest in the family"]),
])
def test_no_complements_past_the_superlative(redactor_default, text, expected):
    assert singled(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Most of us pick. Nine of us are from one colonia.", ["Nine of us are from one colonia"]),
    # a form no design set holds
    ("We sleep in a tent. Twelve of us were from the same valley.", ["Twelve of us were from the same valley"]),
])
def test_a_count_said_with_where_they_are_from(redactor_default, text, expected):
    assert singled(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nine of us are tired.", ["Nine of us"]),
])
def test_no_origin_after_a_count(redactor_default, text, expected):
    assert singled(redactor_default, text) == expected
