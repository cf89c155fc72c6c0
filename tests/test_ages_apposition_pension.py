"""Ages in apposition after a person's name ("Kwame Boateng, nineteen, from Bolgatanga"), a
child's age said with "the", an age answer that runs on in a caption ("forty two divorced three
kids"), durations that date a person (time "in the system", time left until a pension), and a
frequency that is no duration ("seven days a week"): exact spans, and the near misses that stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.filters import is_public_duration
from redactor.detect.packs import load_pack
from redactor.detect.recognizers.answers import find_answers
from tests.test_rule_packs_quasi import check

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def ages():
    return load_pack(RULES / "ages.yaml").recognizers


@pytest.mark.parametrize("text, expected", [
    ("Kwame Boateng, nineteen, from Bolgatanga, told us he ran.", [("AGE", "nineteen")]),
    ("We met a woman, Efua Sarpong, twenty-nine, who called the station.", [("AGE", "twenty-nine")]),
    ("Peter Novak, 45, said the gate was open.", [("AGE", "45")]),
    ("The driver was Tomasz Wrona, sixty-one.", [("AGE", "sixty-one")]),
    ("the boy was fourteen when they took him", [("AGE", "fourteen")]),
    ("that boy is nine.", [("AGE", "nine")]),
    ("the youngest was three, the others older", [("AGE", "three")]),
    ("she did nine years in the system before they let her out",
     [("DURATION", "nine years in the system")]),
    ("she spent four years in the orphanage.", [("DURATION", "four years in the orphanage")]),
    ("she needs three more years for her pension", [("DURATION", "three more years")]),
    ("I'm five years off my pension now.", [("DURATION", "five years")]),
    ("eighteen months until retirement, then I'm out", [("DURATION", "eighteen months")]),
])
def test_ages_and_durations_found(ages, text, expected):
    check(ages, text, expected)


@pytest.mark.parametrize("text", [
    "Kwame Boateng, twenty years in this job, knows it.",   # a duration, not an age
    "In Northern Ghana, nineteen, twenty people died.",     # a place and a count
    "She lives at Rua Augusta, 45, the second floor.",      # a street's number
    "Peter Novak, 4, the youngest in the file",             # under thirteen: no age by this form
    "the boy was two hours late",
    "the kid was one of them",
    "the girl was seven minutes away",
    "two more years of war",
    "the pension was cut three years ago",
    "see page twenty",
    "nineteen people came",
])
def test_near_misses_left(ages, text):
    check(ages, text, [])


@pytest.mark.parametrize("text, expected", [
    ("- how old are you\n- forty two divorced three kids", [("AGE", "forty two")]),
    (">> how old is he >> forty four from kumasi", [("AGE", "forty four")]),
    ("speaker 1: how old are you\nspeaker 2: twenty seven went to school here", [("AGE", "twenty seven")]),
])
def test_an_age_answer_that_runs_on(text, expected):
    assert [(kind, text[start:end]) for kind, start, end, _ in find_answers(text)] == expected


@pytest.mark.parametrize("text", [
    "- how old are you\n- two kids and a wife",
    "- how old are you\n- thirty one kids",
    "- how old were you\n- three hundred people were there",
    "Q: how old are you?\nA: five minutes ago i told you",
])
def test_an_age_answer_that_runs_on_into_a_count_is_left(text):
    assert [kind for kind, *_ in find_answers(text) if kind == "AGE"] == []


@pytest.mark.parametrize("text, ok", [
    ("we work seven days a week", False),
    ("he works twelve hours a day there", False),
    ("they get two weeks per year off", False),
    ("i stayed there for two years", True),
    ("seven days in a cell", True),
])
def test_a_frequency_dates_nothing(text, ok):
    count = next(w for w in ("seven days", "twelve hours", "two weeks", "two years") if w in text)
    start = text.index(count)
    assert is_public_duration(text, start, start + len(count)) is not ok


def test_seven_days_a_week_is_no_duration_in_the_pipeline(redactor_default):
    assert [f.text for f in redactor_default.scan("we work seven days a week on the farm")
            if f.entity_type == "DURATION"] == []
