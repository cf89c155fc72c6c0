"""Spoken dates (redactor.detect.recognizers.dates): exact spans and scores by the date policy,
and the near misses that are not dates."""

from __future__ import annotations

import pytest

from redactor.detect.filters import GENERAL_DATE_SCORE
from redactor.detect.recognizers.dates import _DAY_ALONE_SCORE, DAY_SCORE, WEEKDAY_SCORE, SpokenDateRecognizer


@pytest.fixture(scope="module")
def recognizer() -> SpokenDateRecognizer:
    return SpokenDateRecognizer()


def dates(recognizer, text: str) -> list[tuple[str, float]]:
    return [(text[r.start:r.end], r.score)
            for r in sorted(recognizer.analyze(text, ["DATE"]), key=lambda r: r.start)]


@pytest.mark.parametrize("text, expected", [
    ("We met on the fourth of June.", [("the fourth of June", DAY_SCORE)]),
    ("It was the twelfth, sorry, the thirteenth of April.",
     [("the twelfth, sorry, the thirteenth of April", DAY_SCORE)]),
    ("since October ninth nobody called", [("October ninth", DAY_SCORE)]),
    ("on June 4th, 2021 at noon", [("June 4th, 2021", DAY_SCORE)]),
    ("on the 3rd of may twenty nineteen", [("the 3rd of may twenty nineteen", DAY_SCORE)]),
    ("we left last Thursday", [("last Thursday", WEEKDAY_SCORE)]),
    ("it was June 2023", [("June 2023", GENERAL_DATE_SCORE)]),
    ("back in twenty twenty-two we moved", [("twenty twenty-two", GENERAL_DATE_SCORE)]),
    ("Since August nothing.", [("August", GENERAL_DATE_SCORE)]),
    ("they march in March", [("March", GENERAL_DATE_SCORE)]),
    ("since 2019 I work there", [("2019", GENERAL_DATE_SCORE)]),
    # what is said before a day belongs to the date
    ("It was the night of the 14th of May, late.", [("the night of the 14th of May", DAY_SCORE)]),
    ("a manager rang me the morning of the 9th", [("the morning of the 9th", WEEKDAY_SCORE)]),
    ("the early hours of the fifth no the sixth", [("the early hours of the fifth no the sixth", WEEKDAY_SCORE)]),
    ("we struck on 4 and 5 June", [("4 and 5 June", DAY_SCORE)]),
    ("held from the 14th-15th of May", [("the 14th-15th of May", DAY_SCORE)]),
    ("i went 2 or 3 march i think", [("2 or 3 march", DAY_SCORE)]),
    ("between the 5th and the 9th of May", [("the 5th and the 9th of May", DAY_SCORE)]),
    ("on Tuesday the 4th of March we left", [("Tuesday the 4th of March", DAY_SCORE)]),
    ("on the morning of Tuesday 4 June 2019 at the depot", [("the morning of Tuesday 4 June 2019", DAY_SCORE)]),
    ("around the 3rd, maybe the 4th of March", [("the 3rd, maybe the 4th of March", DAY_SCORE)]),
    ("signed on 15 Feb 2020.", [("15 Feb 2020", DAY_SCORE)]),
    ("he was born march the fourth", [("march the fourth", DAY_SCORE)]),
    ("the thirteenth of april uh twenty twenty two", [("the thirteenth of april uh twenty twenty two", DAY_SCORE)]),
    ("they said come back on the ninth and we did", [("the ninth", WEEKDAY_SCORE)]),
    ("it was around the 3rd, I think", [("the 3rd", WEEKDAY_SCORE)]),
    ("We flew out the day before Thanksgiving.", [("the day before Thanksgiving", DAY_SCORE)]),
    ("since Christmas 2021 he has not called", [("Christmas 2021", DAY_SCORE)]),
    # a month, a season or a part of a year with its year is a generalisable date
    ("it closed in early March 2022", [("early March 2022", GENERAL_DATE_SCORE)]),
    ("until late october last year", [("late october last year", GENERAL_DATE_SCORE)]),
    ("we met in summer 2019", [("summer 2019", GENERAL_DATE_SCORE)]),
    ("at the end of 2019 she left", [("the end of 2019", GENERAL_DATE_SCORE)]),
    ("it started mid-2021", [("mid-2021", GENERAL_DATE_SCORE)]),
    ("we moved there last spring", [("last spring", GENERAL_DATE_SCORE)]),
    ("in two thousand and nine", [("two thousand and nine", GENERAL_DATE_SCORE)]),
])
def test_spoken_dates(recognizer, text, expected):
    assert dates(recognizer, text) == expected


# Spoken corrections and asides in lower-case captions stay inside the date they correct: the
# fillers, the dashes and the hedges of speech; the night between two days; a weekday said with
# a comma; a day of this or last month; a day whose year is said as last or this year.
@pytest.mark.parametrize("text, expected", [
    ("it was the twelfth uh no the thirteenth of april", [("the twelfth uh no the thirteenth of april", DAY_SCORE)]),
    ("it was the twelfth, no wait, the thirteenth of april",
     [("the twelfth, no wait, the thirteenth of april", DAY_SCORE)]),
    ("It was the 12th — I'm sorry — the 13th of April.", [("the 12th — I'm sorry — the 13th of April", DAY_SCORE)]),
    ("april twelfth, sorry, april thirteenth", [("april twelfth, sorry, april thirteenth", DAY_SCORE)]),
    ("we left on the third um of march", [("the third um of march", DAY_SCORE)]),
    ("on the ninth i think of may they came", [("the ninth i think of may", DAY_SCORE)]),
    ("the ninth, maybe tenth, of may", [("the ninth, maybe tenth, of may", DAY_SCORE)]),
    ("on the twenty-fourth, twenty-fifth of february", [("the twenty-fourth, twenty-fifth of february", DAY_SCORE)]),
    ("the night between the eighth and the ninth of may",
     [("the night between the eighth and the ninth of may", DAY_SCORE)]),
    ("the night from the eighth to the ninth we hid", [("the night from the eighth to the ninth", WEEKDAY_SCORE)]),
    ("the night of the eighth into the ninth", [("the night of the eighth into the ninth", WEEKDAY_SCORE)]),
    ("from the twenty fourth till the twenty eighth we sat there",
     [("the twenty fourth till the twenty eighth", WEEKDAY_SCORE)]),
    ("saturday night, the ninth of may", [("saturday night, the ninth of may", DAY_SCORE)]),
    ("it was a friday, the fourteenth", [("friday, the fourteenth", WEEKDAY_SCORE)]),
    ("It was the 14th, a Saturday.", [("the 14th, a Saturday", WEEKDAY_SCORE)]),
    ("they took him on the fourteenth of last month", [("the fourteenth of last month", WEEKDAY_SCORE)]),
    ("the ninth of may last year", [("the ninth of may last year", DAY_SCORE)]),
])
def test_spoken_dates_with_corrections_and_asides(recognizer, text, expected):
    assert dates(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "may I ask you something",
    "the thirty-second of May",           # no such day (text2num reads the ordinal)
    "there were twenty twenty-five people",
    "the fourth man in the room",
    "we march on Monday",                 # a habit, not a day
    "in 250 cases",
    "I paid two thousand naira for the form",   # a sum, not the year 2000
    "on the 3rd floor of the block",            # an ordinal counting a noun
    "on the second day we walked",
    "first of all, nobody moves you like that",
    "look at page 14 of the handbook",
    "two people saw it, the third was the dispatcher",
    "those 5 may be the last",                  # lower-case "may" after a bare number is a verb
    "the last march of the season",             # "the last march" is a walk, not a month
    "the 21st century",
    "we were 3 and 4 people",
    "on friday the first thing i did was call",     # an ordinal counting a noun after a weekday
    "on friday, the first of all the trucks left",
    "we met on the fourth floor, sorry, the fifth floor",
    "he came second, sorry, third in the race",
    "for the second or third time this year",
    "it was the last, um, of the old ones",
])
def test_not_dates(recognizer, text):
    assert dates(recognizer, text) == []


# A day said alone after a preposition ends where a caption without punctuation goes on: a
# bracketed noise, a dash, an article, a preposition, a count after a day past the third, or
# the next line of a cue.
@pytest.mark.parametrize("text, expected", [
    ("we had a vote on the seventeenth [laughter] nobody came", [("the seventeenth", WEEKDAY_SCORE)]),
    ("they found him on the 9th near the bridge", [("the 9th", WEEKDAY_SCORE)]),
    ("On the 6th the inspector came.", [("the 6th", WEEKDAY_SCORE)]),
    ("by the twelfth a lawyer had called", [("the twelfth", WEEKDAY_SCORE)]),
    ("it was all paid by the 5th - the boss said so", [("the 5th", WEEKDAY_SCORE)]),
    ("the police showed up on the eighteenth two men in a car", [("the eighteenth", WEEKDAY_SCORE)]),
    ("on the thirty-first three men came", [("the thirty-first", WEEKDAY_SCORE)]),
    ("okay the police showed up on\nthe eighteenth two men", [("the eighteenth", WEEKDAY_SCORE)]),
    ("the list for the fourteenth, it had my name", [("the fourteenth", WEEKDAY_SCORE)]),
    ("from the 8th to the 13th with no wages", [("the 8th to the 13th", WEEKDAY_SCORE)]),
])
def test_a_day_said_alone_after_a_preposition(recognizer, text, expected):
    assert dates(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "on the first two days we walked",          # a count after one of the first three counts days
    "we waited for the second, then left",      # "for" before the first three: a rank or a turn
    "on the fourth floor with the others",
    "by the third time he came",
    "the fourth of them ran",
    "the 1st Battalion moved on the 5th Battalion",
])
def test_ordinals_after_a_preposition_that_are_no_day(recognizer, text):
    assert dates(recognizer, text) == []


def test_a_run_replaces_a_lone_day_in_a_caption_but_not_a_floor(redactor_default):
    text = ("yeah the police showed up on the eighteenth two men in a car and on the third floor they sat "
            "for the first two days")
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "DATE"] == ["the eighteenth"]


# The same day said again without its month, anywhere in the text, is the same date; an
# ordinal of the first three (a rank, a place in a list), a title's ("Louis the Fourth") or one
# that counts a noun is not, nor a day the text never names with a month.
@pytest.mark.parametrize("text, expected", [
    ("It was the 9th of August. Put only the day, the 9th - a cook fell.",
     [("the 9th of August", DAY_SCORE), ("the 9th", WEEKDAY_SCORE)]),
    ("that night, the fourteenth, they took him. It was March 14 and cold.",
     [("the fourteenth", WEEKDAY_SCORE), ("March 14", DAY_SCORE)]),
    ("On 22 June it rained. The 22nd was a Sunday.", [("22 June", DAY_SCORE), ("The 22nd", WEEKDAY_SCORE)]),
    # round 35: a day from the fourth on said with "the" and ending its clause is a day of its own,
    # scored below a reading that says what else the ordinal counts ("which division? the twelfth")
    ("It was the 9th of August. The 10th, nothing happened.",
     [("the 9th of August", DAY_SCORE), ("The 10th", _DAY_ALONE_SCORE)]),
    ("On the 2nd of May we left. The second was my cousin.", [("the 2nd of May", DAY_SCORE)]),
    ("It was the 4th of June. Louis the Fourth, the fourth of them, the fourth floor.",
     [("the 4th of June", DAY_SCORE)]),
])
def test_a_day_said_again_without_its_month(recognizer, text, expected):
    assert dates(recognizer, text) == expected


def test_a_run_replaces_a_day_said_again_without_its_month(redactor_default):
    text = ("On the 15th of October, sorry, put only the day, the 15th, a porter slipped on the ice. "
            "The second was my cousin. We shut down the pumps on the sixteenth [inaudible] and waited.")
    found = [f.text for f in redactor_default.scan(text) if f.entity_type == "DATE"]
    assert found == ["the 15th of October", "the 15th", "the sixteenth"]


def test_a_run_replaces_a_day_and_a_month_with_its_year_but_keeps_a_month_alone(redactor_default):
    text = ("It was the twelfth, sorry, the thirteenth of April. Since August she lives alone. "
            "They moved in June 2023.")
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert ("the twelfth, sorry, the thirteenth of April", "DATE") in found
    assert ("June 2023", "DATE") in found
    assert not any("August" in t for t, _ in found)


@pytest.mark.parametrize("text, expected", [
    # a day and month that name a festivity stay; the same day as a day does not
    ("We drove down for the 4th of July weekend.", []),
    ("On the 4th of July I was arrested.", [("the 4th of July", "DATE")]),
    # the duration of a public event stays, a person's does not
    ("The war had been going on for two years by then.", []),
    ("I had been in that prison for two years by then.", [("two years", "DURATION")]),
    ("They lived through three years of occupation.", []),
    ("I served with the 93rd near the river.", []),   # no day is the 93rd: a unit, not a date
])
def test_public_festivities_and_spells_stay(redactor_default, text, expected):
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)
             if f.entity_type in {"DATE", "DURATION"}]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # a time of day without its day, and a span of minutes or hours, date nothing: they are the
    # incident's TIME and DURATION (README, "The time, length and head-count of an event")
    ("The bus left at 7.40 pm and we waited nine hours at the gate.", [("7.40 pm", "TIME"), ("nine hours", "DURATION")]),
    ("Around 2.15 a.m. the guard came back, ninety minutes later the lights went out.",
     [("2.15 a.m.", "TIME"), ("ninety minutes later", "DURATION")]),
    ("we waited twenty minutes, then another hour and a half", [("twenty minutes", "DURATION")]),
    # near misses: the day beside the time is still found, and so is a person's span of years
    ("It was the 4th of June at 10 p.m. when they came.", [("the 4th of June", "DATE"), ("10 p.m.", "TIME")]),
    ("I worked there for nine years before the strike.", [("nine years", "DURATION")]),
    ("On 3.03.2022 I was called in.", [("3.03.2022", "DATE")]),
])
def test_times_of_day_and_spans_of_hours_are_not_dates(redactor_default, text, expected):
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)
             if f.entity_type in {"DATE", "DURATION", "TIME"}]
    assert found == expected
