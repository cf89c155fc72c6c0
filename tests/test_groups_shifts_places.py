"""Small groups counted by who they are, the shift and the roster one works, the subjects one
teaches (``rules/singling.yaml``), the rooms, quarters and floors of a workplace or a home
(``rules/workplaces.yaml``) and the ship one sails on (``rules/vehicles.yaml``).  Each case runs
through a whole Redactor and asserts the exact spans of the quasi types; the near misses assert
those types find nothing.

Span policy: a count from the count on, with where the group is; a shift from its article with
its hours; a roster from the first count to "off"; subjects without the verb; a group's quarters
from the group's word ("the" outside); a ship by its name with its prefix ("MV"), without "the".
The line for counts (``group_count`` in singling.yaml): five to thirty people of a kind alone,
two to four only with their nationality or where they are; never things, crowds or a few in a
car."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT", "VEHICLE", "ADDRESS", "MILITARY_UNIT"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("In our hostel there were seven boys from the same village.",
     [("UNIQUE_DETAIL", "seven boys from the same village")]),
    ("fourteen girls worked with me, all from Dhaka", [("UNIQUE_DETAIL", "fourteen girls")]),
    ("They had thirty staff at the depot.", [("UNIQUE_DETAIL", "thirty staff at the depot")]),
    ("there were four Nepalis in the kitchen", [("UNIQUE_DETAIL", "four Nepalis in the kitchen")]),
    ("Five women in two rooms, that is how we lived.", [("UNIQUE_DETAIL", "Five women in two rooms")]),
    ("two women on the night shift and me", [("UNIQUE_DETAIL", "two women on the night shift")]),
    ("we were 12 Filipinos on that boat", [("UNIQUE_DETAIL", "12 Filipinos on that boat")]),
    ("there were six Bangladeshi guys in the kitchen", [("UNIQUE_DETAIL", "six Bangladeshi guys in the kitchen")]),
    ("four Nepalis in the kitchen and seven cooks from the same village",
     [("UNIQUE_DETAIL", "four Nepalis in the kitchen"), ("UNIQUE_DETAIL", "seven cooks from the same village")]),
    ("the eighteen of us slept in one container", [("UNIQUE_DETAIL", "the eighteen of us")]),
    ("There were two of us from Tavush in the whole regiment.",
     [("UNIQUE_DETAIL", "two of us from Tavush in the whole regiment")]),
    ("my page has nine thousand followers now", [("UNIQUE_DETAIL", "nine thousand followers")]),
    ("a channel with about 3,500 subscribers", [("UNIQUE_DETAIL", "about 3,500 subscribers")]),
    ("she had 12k instagram followers", [("UNIQUE_DETAIL", "12k instagram followers")]),
])
def test_a_small_group_counted_by_who_they_are(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "ten people died in the crash",
    "there were three men in the car",
    "two women came to the door",
    "I called him two or three times",
    "thousands of people came to the square",
    "they shipped forty trucks of grain",
    "we moved 200 tonnes of steel",
    "two hundred and five workers lost their jobs",
    "the police have many staff",
    "the Ministry employs thirty thousand staff",
    "at the factory, about twenty workers died",
    "the three of us went for a drink",
    "the party has thousands of followers",
    "she has two million followers",
    "I saw five people at the bus stop",
    "I commend our three colleagues in bringing the leaders to the table",
    "one in three women in europe has been a victim",
    "there are four women in parliament from my party",
])
def test_counts_of_things_crowds_or_events_are_no_group(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("I work the night shift at the warehouse.", [("UNIQUE_DETAIL", "the night shift")]),
    ("i was on the early shift from 5:30 every day", [("UNIQUE_DETAIL", "the early shift from 5:30")]),
    ("they put me on night rotation", [("UNIQUE_DETAIL", "night rotation")]),
    ("we did twelve hour night shifts", [("UNIQUE_DETAIL", "twelve hour night shifts")]),
    ("She worked 12-hour day shifts.", [("UNIQUE_DETAIL", "12-hour day shifts")]),
    ("i was on the six to two shift back then", [("UNIQUE_DETAIL", "the six to two shift")]),
    ("I did the 10pm-to-6am shift", [("UNIQUE_DETAIL", "the 10pm-to-6am shift")]),
    ("I was moved to the graveyard shift from 10 pm to 6 am",
     [("UNIQUE_DETAIL", "the graveyard shift from 10 pm to 6 am")]),
    ("we did twelve on, twelve off for months", [("UNIQUE_DETAIL", "twelve on, twelve off")]),
    ("It's twenty-four hours on, forty-eight off.", [("UNIQUE_DETAIL", "twenty-four hours on, forty-eight off")]),
    ("the rota is two weeks on, one off", [("UNIQUE_DETAIL", "two weeks on, one off")]),
    ("we work 28 days on 28 days off offshore", [("UNIQUE_DETAIL", "28 days on 28 days off")]),
    ("it was four-on-four-off at the mine", [("UNIQUE_DETAIL", "four-on-four-off")]),
])
def test_the_shift_or_roster_one_works(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the night shift was quiet",
    "during the night shift nobody came",
    "I worked in the night",
    "shift work is hard on the body",
    "he turned the light on, then off",
    "on and off for years we talked",
    "I go on and off the medication",
])
def test_a_time_of_day_or_on_and_off_is_no_shift(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("I teach chemistry and physics at the school.", [("UNIQUE_DETAIL", "chemistry and physics")]),
    ("she taught maths, physics and computing there", [("UNIQUE_DETAIL", "maths, physics and computing")]),
    ("there is one physics teacher in the town", [("UNIQUE_DETAIL", "one physics teacher")]),
    ("I'm the only Tamil speaker on the floor", [("UNIQUE_DETAIL", "I'm the only Tamil speaker on the floor")]),
])
def test_what_one_teaches_or_speaks_alone(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "it taught me patience",
    "the history of the town is long",
    "I teach at the school",
    "a physics teacher would know",
])
def test_teaching_without_a_subject_stays(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("I worked in packing hall 3 for two years.", [("WORK_UNIT", "packing hall 3")]),
    ("my cabin was on deck seven, cabins 7102 to 7140 were the crew",
     [("WORK_UNIT", "deck seven"), ("WORK_UNIT", "cabins 7102 to 7140")]),
    ("I lived in crew cabin B-214.", [("WORK_UNIT", "crew cabin B-214")]),
    ("we were in staff quarters number 6", [("WORK_UNIT", "staff quarters number 6")]),
    ("the women's dorm, staff quarters number 6", [("WORK_UNIT", "women's dorm"), ("WORK_UNIT", "staff quarters number 6")]),
    ("I was at watch post number three", [("WORK_UNIT", "watch post number three")]),
    ("my desk is on the fourth floor", [("WORK_UNIT", "fourth floor")]),
    ("she lives on the 3rd floor of the brigade building", [("WORK_UNIT", "3rd floor")]),
    ("she slept in the women's dorm", [("WORK_UNIT", "women's dorm")]),
    ("I cleaned the officers' mess every morning", [("WORK_UNIT", "officers' mess")]),
    ("I was a nurse on ward 9", [("WORK_UNIT", "ward 9")]),
    ("they held him in cell block C", [("ADDRESS", "cell block C")]),
])
def test_a_room_quarters_or_floor_of_a_workplace(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "she sat on the floor",
    "the room was small",
    "women's rights are human rights",
    "the staff meeting was long",
    "the fourth time he came back",
    "the first floor plan was wrong",
    "the office is on the ground floor",
    "rooms for 200 people",
])
def test_a_room_or_floor_said_of_no_place_stays(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("I signed on to MV Kota Lestari in Singapore.", [("VEHICLE", "MV Kota Lestari")]),
    ("then I joined Harmony of the Seas as a cook", [("VEHICLE", "Harmony of the Seas")]),
    ("I was on board the Star Pisces when it happened", [("VEHICLE", "Star Pisces")]),
    ("the trawler was called Santa Maria II", [("VEHICLE", "Santa Maria II")]),
    ("my first contract was on the MSC Aurora", [("VEHICLE", "MSC Aurora")]),
])
def test_the_ship_one_sails_on(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the Titanic sank in 1912",
    "on board the Titanic there were many",
    "aboard the ship we waited",
    "SS officers came to the village",
])
def test_a_public_ship_or_no_ship_stays(redactor_default, text):
    assert [t for t, _ in _found(redactor_default, text) if t == "VEHICLE"] == []
