"""Ranks, units, vehicles and durations said the way people say them (issue 13), typed and in
lower-case automatic captions (no capitals, numbers said in words, fillers).  Every case runs
through a whole Redactor (keep lists, filters and overlap policy included) and asserts the exact
spans of the types it is about; the near misses assert those types find nothing."""

from __future__ import annotations

import pytest

RANKS = frozenset({"RANK", "OCCUPATION", "PERSON"})


def _found(redactor, text: str, types: frozenset[str]) -> list[tuple[str, str]]:
    """(type, text) of what a fresh run finds of the given types, in text order."""
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


# A rank with its class, its stars, its navy's rank or its service, or a pay grade said aloud:
# the number or the service is part of the rank.
@pytest.mark.parametrize("text, expected", [
    ("he was a captain second rank in the navy", [("RANK", "captain second rank")]),
    ("my father was a captain of the first rank", [("RANK", "captain of the first rank")]),
    ("he was a lieutenant colonel of police then", [("RANK", "lieutenant colonel of police")]),
    ("i was a major of justice um in the prosecutor's office", [("RANK", "major of justice")]),
    ("she's a third class petty officer", [("RANK", "third class petty officer")]),
    ("a two star general came to the base", [("RANK", "two star general")]),
    ("i was an e five when we deployed", [("RANK", "e five")]),
    ("I made E-6 in Kandahar.", [("RANK", "E-6")]),
    ("he was a technical sergeant", [("RANK", "technical sergeant")]),
    ("she was a correctional officer three in the unit", [("RANK", "correctional officer three")]),
    ("i was a staff sergeant first class", [("RANK", "staff sergeant first class")]),
    ("the prison officer came two times a day", [("RANK", "prison officer")]),   # a count, not a grade
    ("i saw the prison officer two times", [("RANK", "prison officer")]),
])
def test_a_rank_with_its_class_number_or_service(redactor_default, text, expected):
    assert _found(redactor_default, text, RANKS) == expected


@pytest.mark.parametrize("text", [
    "it was first class service",
    "a first class ticket to lviv",
    "we stayed in a five star hotel",
    "send me an e mail about it",
    "i had an e four times in maths",
    "it was a w two form",
    "a composer of the first rank",
    "a captain of industry",
    "that's a private matter",
    "the general idea was good",
    "as a general rule we waited",
])
def test_words_that_only_look_like_ranks_are_left(redactor_default, text):
    assert [t for t in _found(redactor_default, text, RANKS) if t[0] == "RANK"] == []


# A rank that is also an everyday word, said in lower case right before a person's name, is the
# person's rank; after a word that makes it an adjective or an adverb it is the word.
@pytest.mark.parametrize("text, expected", [
    ("then private okafor was shot", [("RANK", "private"), ("PERSON", "okafor")]),
    ("the general okafor said no", [("RANK", "general"), ("PERSON", "okafor")]),
    ("in general okafor is fine", [("PERSON", "okafor")]),
])
def test_an_everyday_rank_before_a_name_in_lower_case(redactor_default, text, expected):
    assert _found(redactor_default, text, RANKS) == expected


# One rank holder who came into the story, said in lower case with nothing after ("we had a
# captain", "we got a new commander"), or with a word that says which of them before a verb.
@pytest.mark.parametrize("text, expected", [
    ("we had a captain", [("RANK", "captain")]),
    ("there was a captain. he hated us", [("RANK", "captain")]),
    ("we got a new commander um in march", [("RANK", "commander")]),
    ("the new commander was strict", [("RANK", "commander")]),
    ("i was a dci by then", [("RANK", "dci")]),
])
def test_a_rank_holder_met_in_the_story(redactor_default, text, expected):
    assert _found(redactor_default, text, RANKS) == expected


@pytest.mark.parametrize("text", [
    "we had a major problem",
    "there was a general strike",
    "we had a private room",
    "we got a general idea",
    "the new general manager",
    "there was a general feeling",
])
def test_a_rank_word_that_describes_is_left(redactor_default, text):
    assert [t for t in _found(redactor_default, text, RANKS) if t[0] == "RANK"] == []


UNITS = frozenset({"MILITARY_UNIT", "WORK_UNIT"})


# A sub-unit of a formation said whole, a formation by its kind, a bare formation number said in
# words among soldiers, a numbered unit of a named workplace.
@pytest.mark.parametrize("text, expected", [
    ("i was in the third company of the second battalion",
     [("MILITARY_UNIT", "third company of the second battalion")]),
    ("i was in the assault company of the third battalion um until june",
     [("MILITARY_UNIT", "assault company of the third battalion")]),
    ("i was in a territorial defense battalion", [("MILITARY_UNIT", "territorial defense battalion")]),
    ("He joined a separate rifle battalion in March.", [("MILITARY_UNIT", "separate rifle battalion")]),
    ("i served in the seventy second", [("MILITARY_UNIT", "the seventy second")]),
    ("the brigade was the ninety third", [("MILITARY_UNIT", "the ninety third")]),
    ("i worked in unit seven of the plant", [("WORK_UNIT", "unit seven")]),
])
def test_units_said_whole_or_by_their_kind(redactor_default, text, expected):
    assert _found(redactor_default, text, UNITS) == expected


@pytest.mark.parametrize("text", [
    "the fire brigade came",
    "the charge of the light brigade",
    "second company we called them the ghosts",
    "the first company of its kind",
    "the special forces are well paid",
    "the ninety first minute",
    "on the seventy second floor",
    "it was his seventy second birthday",
    "for the fiftieth time",
    "i served on the twenty first",
])
def test_words_that_only_look_like_units_are_left(redactor_default, text):
    assert _found(redactor_default, text, UNITS) == []


VEHICLES = frozenset({"VEHICLE"})


# A make or a model that is no everyday word, said in lower case after an article with what
# describes it and its model number said in words; the kind of vehicle said after the model.
@pytest.mark.parametrize("text, expected", [
    ("he drove a grey lanos", [("VEHICLE", "grey lanos")]),
    ("we had the old kamaz forty-three ten", [("VEHICLE", "old kamaz forty-three ten")]),
    ("um an old uaz four sixty nine with no plates", [("VEHICLE", "old uaz four sixty nine with no plates")]),
    ("his car was a blue daewoo nexia", [("VEHICLE", "blue daewoo nexia")]),
    ("they had a btr eighty and a bmp two", [("VEHICLE", "btr eighty"), ("VEHICLE", "bmp two")]),
    ("he drove a bmw x five", [("VEHICLE", "bmw x five")]),
    ("a white transit van was parked there", [("VEHICLE", "white transit van")]),
    ("i had a matiz", [("VEHICLE", "matiz")]),
])
def test_vehicles_said_in_lower_case(redactor_default, text, expected):
    assert _found(redactor_default, text, VEHICLES) == expected


@pytest.mark.parametrize("text, expected", [
    ("we had a kamaz two years ago", [("VEHICLE", "kamaz")]),      # a count, not its model number
    ("the toyota factory closed", []),                              # the firm
    ("a toyota dealer sold it", []),
    ("the transit of goods", []),
    ("a spark of hope", []),
    ("the grey area", []),
    ("a white paper", []),
    ("on the volga", []),
])
def test_what_only_looks_like_a_vehicle_is_left(redactor_default, text, expected):
    assert _found(redactor_default, text, VEHICLES) == expected


DURATIONS = frozenset({"DURATION"})


# A spell of someone's life said in two parts or as a range, at the end of a clause about
# staying or working, or with the place it was spent in.
@pytest.mark.parametrize("text, expected", [
    ("i was a prisoner for two years and three months", [("DURATION", "two years and three months")]),
    ("i did two or three years there", [("DURATION", "two or three years")]),
    ("i worked there fifteen, sixteen years", [("DURATION", "fifteen, sixteen years")]),
    ("i was there a year or two", [("DURATION", "a year or two")]),
    ("i've been here two months and a half", [("DURATION", "two months and a half")]),
    ("i have been in the police sixteen years", [("DURATION", "sixteen years")]),
    ("i worked at the plant nine years, then i left", [("DURATION", "nine years")]),
    ("he spent two years in captivity", [("DURATION", "two years in captivity")]),
    ("she was eighteen months in the field", [("DURATION", "eighteen months in the field")]),
    ("ten years at sea, and then the port", [("DURATION", "ten years at sea")]),
])
def test_durations_said_whole(redactor_default, text, expected):
    assert _found(redactor_default, text, DURATIONS) == expected


@pytest.mark.parametrize("text", [
    "two or three years later we moved",
    "every two or three years they check",
    "the babies were two or three days old",
    "it's been a year.",
    "the war has been going on for two or three years",
    "a couple of days",
    "for a while",
    "two to three percent",
])
def test_what_only_looks_like_a_duration_is_left(redactor_default, text):
    assert _found(redactor_default, text, DURATIONS) == []
