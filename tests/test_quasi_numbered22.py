"""Numbered and counted details of a source's work (issue 13's QUASI_OTHER, round 22): a thing
named by its number with the word "number" ("compressor number four"), the days of the week a
routine falls on ("every Tuesday"), how many of us there are ("there are three of us"), and how
many things the speaker has, keeps or counted ("we hold the records of 85 tractors").  Every case
runs through a whole Redactor and asserts the exact spans of the types these forms are found as;
the near misses assert those types find nothing."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("In March compressor number four broke down twice.", [("WORK_UNIT", "compressor number four")]),
    ("we found the leak at valve number 12 last week", [("WORK_UNIT", "valve number 12")]),
    ("the old kiln, number three. it cracked in the frost", [("WORK_UNIT", "number three")]),
    ("and crate number twenty-two was empty again", [("WORK_UNIT", "crate number twenty-two")]),
    ("we stopped the second lathe, number four, before lunch", [("WORK_UNIT", "number four")]),
    ("My drawer is number 5 and the key is mine.", [("WORK_UNIT", "number 5")]),
    ("the transformer number 9B tripped at night", [("WORK_UNIT", "transformer number 9B")]),
])
def test_a_thing_named_by_its_number(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "she is ranked number one in the world",
    "he wore number ten for the club",
    "call number nine for the operator",
    "it is number two on the list of reasons",
    "the number three is my lucky number",
    "my phone number five eight three nine is new",
    "the number of people grew",
    "the school, number one in the county, closed",
    "that pump number two in the ranking is ours",
    "a number of us were angry",
    "The paper was signed under Protocol No. 11 to the Convention.",
    "the court applied law number 12 of that year",
])
def test_no_thing_named_by_its_number(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The driver picks us up on Wednesdays.", [("UNIQUE_DETAIL", "Wednesdays")]),
    ("the clinic opens mondays, wednesdays and fridays", [("UNIQUE_DETAIL", "mondays, wednesdays and fridays")]),
    ("the inspectors come on alternate wednesdays", [("UNIQUE_DETAIL", "wednesdays")]),
    ("the class is on mondays and wednesdays", [("UNIQUE_DETAIL", "mondays and wednesdays")]),
    ("she brings the papers on Tuesday mornings.", [("UNIQUE_DETAIL", "Tuesday mornings")]),
    ("The auditor comes every second Thursday.", [("UNIQUE_DETAIL", "every second Thursday")]),
    ("the lorry is loaded on saturday nights", [("UNIQUE_DETAIL", "saturday nights")]),
])
def test_the_days_a_routine_falls_on(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "i saw him on friday at the market",
    "last monday it rained all day",
    "the shop is open monday to friday",
    "we go every day of the week",
])
def test_a_day_said_once_is_no_routine(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("There are three of us who sort the post.", [("UNIQUE_DETAIL", "There are three of us")]),
    ("there's like four of us. nobody else", [("UNIQUE_DETAIL", "four of us")]),
    ("now is three of we, and the boss", [("UNIQUE_DETAIL", "three of we")]),
])
def test_how_many_of_us_there_are(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "there were two of us and we left",
    "there are three of them with sticks",
    "there are thousands of us in the streets",
    "there is one of us missing",
])
def test_a_past_or_other_few_is_no_count_of_us(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("i still have photos of twelve invoices from May.", [("UNIQUE_DETAIL", "twelve invoices")]),
    ("we have four kitchens and a laundry", [("UNIQUE_DETAIL", "four kitchens")]),
    ("i counted fifty-three crates that week", [("UNIQUE_DETAIL", "fifty-three crates")]),
    ("we counted two hundred and sixty households last spring",
     [("UNIQUE_DETAIL", "two hundred and sixty households")]),
    ("we looked after about forty churches", [("UNIQUE_DETAIL", "forty churches")]),
    ("we hold the records of 85 tractors", [("UNIQUE_DETAIL", "85 tractors")]),
])
def test_how_many_things_one_has_keeps_or_counted(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "they have five trucks and a van",
    "I have two questions for you",
    "we had two weeks off in the summer",
    "we have a few problems with the boss",
    "we had thousands of calls that day",
    "we had two million dollars in the fund",
    "I have one brother",
])
def test_no_count_of_ones_own_things(redactor_default, text):
    assert _found(redactor_default, text) == []
