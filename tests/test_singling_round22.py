"""What singles a source out, said without "the only" (round 22): "there is only one ..." with
"there is" as the phrase's own ("there's only one welder on the night roster", "there is only
me"), "only one X" with where they are one of ("only one electrician at the depot"), the speaker
alone or with one other at what is then said ("only me and my assistant have the code"), where
no one else comes from ("nobody else in the clinic is from the coast").
Exact spans through a whole Redactor; near misses find nothing of the kind."""

from __future__ import annotations

import pytest


def _unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    # "there is" is the phrase's own, and the rest of the clause is grown on
    ("Not welder. There's only one welder on the night roster, that is me.",
     ["There's only one welder on the night roster"]),
    ("Leave out the bakery, there is only one in the valley.", ["there is only one in the valley"]),
    ("Please leave out payroll, in that team there is only me.", ["there is only me"]),
    ("Not porter. There is only one night porter.", ["There is only one night porter"]),
    ("I went to the strike, there is only one union organiser from our mill, that's me.",
     ["there is only one union organiser from our mill"]),
    ("they know the hospital, there was only one.", ["there was only one"]),
    ("Not the ovens. there is only one baker", ["there is only one baker"]),
])
def test_there_is_only_one(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We had only one doctor in the camp.", ["only one doctor in the camp"]),
    ("there were forty of us and only one electrician at the depot", ["only one electrician at the depot"]),
    ("Only me and my assistant have the code to the safe.", ["Only me and my assistant have the code to the safe"]),
    ("Eleven others got their bonus, only me not paid.", ["only me not paid"]),
    # a question starts a new clause (a caption's next cue)
    ("eleven others got their bonus only me not paid how is your brother", ["only me not paid"]),
    ("In the clinic nobody else is from the coast, they will know.", ["nobody else is from the coast"]),
    ("nobody else on the crew was from the highlands", ["nobody else on the crew was from the highlands"]),
])
def test_only_one_or_only_me_with_what_singles_out(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "There is only one way to do it.",
    "There was only one bus in the morning.",
    "Our freezer is old, there is only one freezer in the building.",
    "There was only one day off that month.",
    "There's only one thing I want from them.",
    "There is only one answer here.",
    "There was only one night when it rained.",
    "Not only me, everyone said it.",
    "You can call only me after six.",
    "He had only one goal in mind.",
    "Nobody else is here yet.",
    # a name after "and" keeps its own finding; nothing said of the two
    "It was only me and Tomas that night.",
    "On those accounts, only me and my cover, she retires soon.",
    # a country's market is no workplace
    "Those spare parts, only one importer in Chile stocks them.",
])
def test_only_said_of_no_person(redactor_default, text):
    assert _unique(redactor_default, text) == []
