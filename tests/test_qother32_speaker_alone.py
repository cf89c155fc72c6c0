"""Round 32: what the speaker says singles them out, said with its own subject.

- "I'm" or "I am" right before "the only ..." or "the one who ..." is the phrase's: the clause is
  the speaker's own and "I" tells who the one is ("i'm the only woman in the yard", "I am the one
  who types up the minutes"; since round 35 "I was ..." too); not a third person ("he's the only
  driver ..."), not "we are ...", "there are three of us" (most annotators start those at "the" or the count);
- a task the speaker alone does, said with its object and "alone", "by myself", "on my own":
  "i do the engines alone";
- "the oldest", "the first" ... before a doer's word no list holds, with where ("the oldest
  distiller on the island", "the first woman bolter at the contractor"), as after "the only";
- a vehicle crossing such a phrase is joined to it ("... with a blue land rover with a kayak on
  it"), so neither half is left in the clear.

Exact spans through the whole Redactor, and the near misses that stay."""

from __future__ import annotations

import pytest


def _found(redactor, text: str, entity_type: str = "UNIQUE_DETAIL") -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == entity_type]


@pytest.mark.parametrize("text, expected", [
    ("no, i'm the only woman in the yard, so they notice", ["i'm the only woman in the yard"]),
    ("Honestly I am the only one with the booth key.", ["I am the only one with the booth key"]),
    ("I'm the one who types up the auditors' version, so it's me.", ["I'm the one who types up the auditors' version"]),
    ("i am still the only operator trained on that press", ["i am still the only operator trained on that press"]),
    # the past too, since round 35 (the newest sets take it: test_spans35_clauses)
    ("I was the only keeper on the cape that season.", ["I was the only keeper on the cape that season"]),
    # near misses: a third person, the past, "we" keep their phrase from "the" or the count (a count after "there are" takes it, test_counts34)
    ("He's the only driver who refused to take it out.", ["the only driver who refused to take it out"]),
    ("we were the only two women on the crew", ["the only two women on the crew"]),
    ("There are four of us in the engine house.", ["There are four of us in the engine house"]),  # see test_counts34
    ("I think the only pharmacy in town closed.", ["the only pharmacy in town closed"]),
])
def test_the_speakers_own_subject(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On the night boat i do the engines alone, the other guy sleeps.", ["i do the engines alone"]),
    ("I do the entry forms alone, nobody helps.", ["I do the entry forms alone"]),
    ("Since March I run the night desk on my own.", ["I run the night desk on my own"]),
    ("i still check all the meters by myself", ["i still check all the meters by myself"]),
    # near misses: no task, or who did it once
    ("I live alone now.", []),
    ("I went to the station alone.", []),
    ("I did the home visits myself.", []),
    ("I was alone in the office.", []),
    ("They left me alone after that.", []),
])
def test_a_task_the_speaker_does_alone(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


def test_a_vehicle_crossing_a_phrase_is_joined_to_it(redactor_default):
    text = "and i'm the only one on the island with a blue land rover with a kayak on it, honestly"
    assert _found(redactor_default, text) == ["i'm the only one on the island with a blue land rover with a kayak on it"]
    text = "and i'm the one who drives the grey hilux with the dog box, so me or the young fella."
    assert _found(redactor_default, text) == ["i'm the one who drives the grey hilux with the dog box"]


def test_a_vehicle_alone_keeps_its_span(redactor_default):
    text = "He drives the grey hilux with the dog box, parked by the shed."
    assert _found(redactor_default, text, "VEHICLE") == ["grey hilux with the dog box"]
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Everyone knows him, he's the oldest distiller on the island, so be careful.", ["the oldest distiller on the island"]),
    ("She was the first woman bolter at the contractor.", ["the first woman bolter at the contractor"]),
    ("the first pearl diver on tukao was my grandfather", ["the first pearl diver on tukao"]),
    # near misses: a thing with a doer's ending, a season
    ("It was the first order of the day.", []),
    ("the last winter in the village was hard", []),
    ("the first computer in the office was mine", []),
    # a size says a firm's, a state's or a market's place, not a person's
    ("the bank is the biggest multilateral borrower in the world because it refinances", []),
    ("we are the smallest exporter in the region and proud of it", []),
])
def test_a_superlative_before_a_doers_word(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected
