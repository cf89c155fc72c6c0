"""What singles a person out without naming them (issue 13's QUASI_OTHER): counts that reveal a
small group, uniqueness phrases, a skill or a language only one person has, and the numbered
bed, cell, crane, locker or line a person is at - typed and in lower-case automatic captions with
numbers said in words.  Every case runs through a whole Redactor and asserts the exact spans of
the types these forms are found as; the near misses assert those types find nothing.

Span policy: a count is found from the count on, with the group and where it is ("twelve of us
on the line"; "there were" is outside, "only" inside); a uniqueness phrase from "the" to what
makes it unique; a language alone; a numbered place with its word ("bed fourteen", "cell block
C, cell 12")."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT", "ADDRESS"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("there were twelve of us on the line at that time", [("UNIQUE_DETAIL", "twelve of us on the line at that time")]),
    ("um we were like five people on the night shift", [("UNIQUE_DETAIL", "five people on the night shift")]),
    ("there are four pharmacists in the whole district", [("UNIQUE_DETAIL", "there are four pharmacists in the whole district")]),
    ("we had three interpreters for the whole camp", [("UNIQUE_DETAIL", "three interpreters for the whole camp")]),
    ("it was me and two other guys on the crane crew", [("UNIQUE_DETAIL", "two other guys on the crane crew")]),
    ("We're six women on the whole site.", [("UNIQUE_DETAIL", "six women on the whole site")]),
    ("twenty of us on the packing line did nights", [("UNIQUE_DETAIL", "twenty of us on the packing line")]),
    ("there were only four women in the company when i started",
     [("UNIQUE_DETAIL", "only four women in the company")]),
    ("there's only two of us who can drive the forklift", [("UNIQUE_DETAIL", "only two of us who can drive the forklift")]),
    ("only a handful of us speak russian", [("UNIQUE_DETAIL", "only a handful of us speak russian")]),
    ("she was one of the few women in the unit", [("UNIQUE_DETAIL", "one of the few women in the unit")]),
    ("How many on the shift? There were twelve of us.", [("UNIQUE_DETAIL", "twelve of us")]),
    ("we were eight altogether, all men", [("UNIQUE_DETAIL", "eight altogether")]),
    ("There were five of us on the shift.", [("UNIQUE_DETAIL", "five of us on the shift")]),
    ("i'm one of two on the night shift", [("UNIQUE_DETAIL", "one of two on the night shift")]),
    ("there's three of us who speak tamil", [("UNIQUE_DETAIL", "three of us who speak tamil")]),
])
def test_a_count_that_reveals_a_small_group(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "two of us went home early that night",
    "there were two of us and we left",
    "there were twelve people at the meeting in london",
    "there were three of them in the car",
    "there were five of them at the door",
    "the three of us went for a drink",
    "only a few people came to the rally",
    "there were two options left on the table",
    "we were ten minutes late",
    "i was in london when we were twelve.",
    "one of the reasons i left was the pay",
    "one of them said we should go",
    "one of two things happened",
    "one of three in the morning",
    "there were three of us who had to leave",
])
def test_a_count_alone_is_no_small_group(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("she's the oldest driver there", [("UNIQUE_DETAIL", "the oldest driver there")]),
    ("nobody else speaks tigrinya so they call me", [("UNIQUE_DETAIL", "nobody else speaks tigrinya")]),
    ("No one else on the line can fix the boiler.", [("UNIQUE_DETAIL", "No one else on the line can fix the boiler")]),
    ("only i speak kurdish in the whole unit", [("UNIQUE_DETAIL", "only i speak kurdish in the whole unit")]),
    ("I speak Amharic and a bit of Arabic.", [("UNIQUE_DETAIL", "Amharic")]),
    ("he also speaks tigrinya and oromo", [("UNIQUE_DETAIL", "tigrinya and oromo")]),
    ("i'm the only welder certified for pressure vessels",
     [("UNIQUE_DETAIL", "i'm the only welder certified for pressure vessels")]),
])
def test_a_skill_or_a_language_only_one_has(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "i was the first one there",
    "the first person there was my cousin",
    "nobody else came to the party",
    "no one else has to know",
    "only i can decide that",
    "not only i speak for myself",
    "i speak english and a bit of french",
    "she speaks well",
    "the only thing i wanted was sleep",
    "the first time i saw him i cried",
])
def test_no_skill_or_uniqueness_said(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("i drive crane seven most nights", [("WORK_UNIT", "crane seven")]),
    ("locker forty-two was mine", [("WORK_UNIT", "locker forty-two")]),
    ("my locker forty two", [("WORK_UNIT", "locker forty two")]),
    ("she was in room 214 for a week", [("WORK_UNIT", "room 214")]),
    ("room twelve on the second floor", [("WORK_UNIT", "room twelve"), ("WORK_UNIT", "second floor")]),
    ("i was on machine nine by the window", [("WORK_UNIT", "machine nine")]),
    ("i drive truck twenty three", [("WORK_UNIT", "truck twenty three")]),
    ("they put him in cell block C, cell 12", [("ADDRESS", "cell block C, cell 12")]),
    ("they put him in cell block c cell twelve", [("ADDRESS", "cell block c cell twelve")]),
    ("he was in bed forty-one", [("ADDRESS", "bed forty-one")]),
    ("They moved him to cell B-14.", [("ADDRESS", "cell B-14")]),
    ("The patient in bed no. 4 had a fever.", [("ADDRESS", "bed no. 4")]),
    ("we were in beds 7 and 8", [("ADDRESS", "beds 7 and 8")]),
    ("my locker is number 42", [("WORK_UNIT", "locker is number 42")]),
    ("my locker is like number forty one", [("WORK_UNIT", "locker is like number forty one")]),
])
def test_a_numbered_place_a_person_is_at(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "we got in the queue one by one",
    "of the crew three were hurt",
    "i'll be on the line two more weeks",
    "i post one video a day",
    "He was on the line I think.",
    "we stood in line A lot of the time",
    "the desk I used was old",
    "press one for english",
    "there was no room to breathe",
    "our team is number one in the league",
    "in my cell no one could hear me",
    "there were three beds and two chairs",
    "the land (plot no. 431/4) was taken",
])
def test_no_numbered_place(redactor_default, text):
    assert _found(redactor_default, text) == []
