"""Round 35: span conventions of a singling-out phrase, measured over the 23 design sets' gold.

- the speaker's past "I was" before "the only ..." or "the one who ..." is the phrase's, as "I'm"
  and "I am" are ("I was the only one with the camera password");
- a form of "be" right after "who", "that", "which" is the relative clause's own verb, not a new
  predicate ("the only one of the forty-three who was still alive");
- a count of a few that opens its clause takes its own verb "be" and the rest of its clause
  ("Only two of us were on the vats that morning"), not a count said after its verb;
- a count of a few grows up to the place found right after its preposition ("three of us from
  [Fort Chip]").

Exact spans through the whole Redactor, and the near misses that stay."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("Q: Who could open the cameras? A: I was the only one with the camera password. Nobody else had it.",
     ["I was the only one with the camera password"]),
    ("well i was the only one who refused the tablets, so they knew", ["i was the only one who refused the tablets"]),
    ("I was the only keeper on the cape that season.", ["I was the only keeper on the cape that season"]),
    # near misses: a third person keeps its phrase from "the"; "was" of another subject is not the speaker's
    ("He was the only driver who refused to take it out.", ["the only driver who refused to take it out"]),
    ("It was the only pharmacy in town that night.", ["the only pharmacy in town that night"]),
])
def test_the_speakers_past(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She was the only one of the forty-three who was still alive. Her grandson came later.",
     ["the only one of the forty-three who was still alive"]),
    ("and only two of us who are women in the observer programme, so it's easy",
     ["only two of us who are women in the observer programme"]),
    ("The night clerk? That's the only woman who was on the boat that day.",
     ["the only woman who was on the boat that day"]),
    # near miss: a form of "be" after the phrase itself is a new predicate
    ("the only pharmacy in Vuvulane is closed now", ["the only pharmacy in Vuvulane"]),
    # nor does a clause end on its relative's verb
    ("the only nurse who was, um, on the ward", ["the only nurse"]),
])
def test_a_relative_clause_keeps_its_verb(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It was a cold shift. Only two of us were on the vats that morning, me and the foreman.",
     ["Only two of us were on the vats that morning"]),
    ("Reporter: And the crew? Only three welders were on the barge in May.",
     ["Only three welders were on the barge in May"]),
    # near misses: a count said after its verb, a count whose "be" has nothing after it, a count
    # before a time that is no demonstrative one
    ("he told me only two of us were there.", ["only two of us"]),
    ("Only two of us were. The rest left.", ["Only two of us"]),
])
def test_a_count_opening_its_clause(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count opening a markdown turn ("**Worker:** Only two of us ...")
    ("**Worker:** Only two of us were on the vats that morning, me and Samer.",
     ["Only two of us were on the vats that morning"]),
    # a clause up to ten words
    ("So I was the only person who could have opened the back door to the yard.",
     ["I was the only person who could have opened the back door to the yard"]),
])
def test_a_clause_whole(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


def _spans(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    # a count grows up to the place said right after it; the place keeps its own finding
    ("Q: Who else was on the crew? A: We are three of us from Fort Chip on the crew.",
     [("UNIQUE_DETAIL", "three of us from"), ("LOCATION", "Fort Chip")]),
    ("There are only two quality checkers at Station 7 and the other one is new.",
     [("UNIQUE_DETAIL", "There are only two quality checkers at"), ("WORK_UNIT", "Station 7")]),
])
def test_a_count_up_to_its_place(redactor_default, text, expected):
    assert [s for s in _spans(redactor_default, text) if s[0] in {"UNIQUE_DETAIL", "LOCATION", "WORK_UNIT"}] == expected


@pytest.mark.parametrize("text", [
    # near misses: no place found after it, or a line between
    "only three of us from the start knew it",
    "only three of us went from there",
])
def test_no_count_grown_without_a_place(redactor_default, text):
    assert not any(f.text.endswith((" from", " at")) for f in redactor_default.scan(text))
