"""The time, length and head-count of an event (redactor.detect.recognizers.incident, README "The
time, length and head-count of an event"): exact spans of clock times, spans, counts of people and
readings, the near misses that must stay, the date policy's drop of a typed clock time, a public
event's time, and what ``generalize`` makes of a time."""

from __future__ import annotations

import pytest

from redactor.detect.filters import date_level, is_public_time
from redactor.detect.recognizers.incident import INCIDENT_SCORE, IncidentDetailRecognizer, find_incident_details
from redactor.replace.generalize import generalize, generalize_time


def _found(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end, _ in find_incident_details(text)]


@pytest.mark.parametrize("text, expected", [
    # clock times
    ("around three ten the alarm went off", [("TIME", "three ten")]),
    ("at six fifty five the guard found him", [("TIME", "six fifty five")]),
    ("It was about 21:15 when he rang.", [("TIME", "21:15")]),
    ("04:05, 90 ppm on the detector", [("TIME", "04:05"), ("MEASUREMENT", "90 ppm")]),
    ("we got there about 8.20 in the evening", [("TIME", "8.20 in the evening")]),
    ("they came for him at five in the morning", [("TIME", "five in the morning")]),
    ("the call came in at zero two forty", [("TIME", "zero two forty")]),
    ("we stood down at fourteen hundred hours", [("TIME", "fourteen hundred hours")]),
    ("it was a quarter past two when the lights went", [("TIME", "a quarter past two")]),
    ("I heard it at half past eleven that night", [("TIME", "half past eleven that night")]),
    ("he rang at twenty to six and hung up", [("TIME", "twenty to six")]),
    ("She left at 3am.", [("TIME", "3am")]),
    ("the bus dropped us at 10 p.m. outside", [("TIME", "10 p.m.")]),
    ("the shelling stopped at nine o'clock", [("TIME", "nine o'clock")]),
    # durations
    ("he came twenty minutes later", [("DURATION", "twenty minutes later")]),
    ("we searched for forty minutes", [("DURATION", "forty minutes")]),
    ("she was in for three nights", [("DURATION", "three nights")]),
    ("it took an hour and a half to cut him out", [("DURATION", "an hour and a half")]),
    ("nine years this june I have been on the line", [("DURATION", "nine years")]),  # the month stays out
    ("nine years in june since I started", [("DURATION", "nine years")]),
    ("it was his second week on the job", [("DURATION", "second week")]),
    # counts of people
    ("fifty-two workers from lines 3 and 4 walked out", [("COUNT", "fifty-two workers")]),
    ("the certificate says 180 passengers", [("COUNT", "180 passengers")]),
    ("there were a hundred and eighty passengers on it", [("COUNT", "a hundred and eighty passengers")]),
    ("I counted 241. Then I stopped.", [("COUNT", "241")]),
    ("nine of us, only women", [("COUNT", "nine of us")]),
    ("there were about fifteen or sixteen of us", [("COUNT", "fifteen or sixteen of us")]),
    ("20 to 30 workers on each line", [("COUNT", "20 to 30 workers")]),
    # readings
    ("blood alcohol 1.6 per mille", [("MEASUREMENT", "1.6 per mille")]),
    ("the meter showed 120 ppm", [("MEASUREMENT", "120 ppm")]),
    ("his fever was 38.5 degrees", [("MEASUREMENT", "38.5 degrees")]),
    ("the van was doing 90 km/h", [("MEASUREMENT", "90 km/h")]),
])
def test_incident_details_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "three ten-year-olds were playing",      # a count of children by age, not a time
    "I arrived at five.",                     # a bare hour: an age, a count or a plan as often
    "one two three, testing",
    "it ended 2-1, the score",
    "see page 3.40 of the report",
    "it costs 9.99 now",
    "it cost 3.40 euros",
    "4.5 million people voted",
    "which one am I supposed to take",        # "one am" is no time
    "[00:12:45] Speaker 1: hello",            # a transcript's timestamp
    "00:03 Interviewer: so tell me",
    "we start at 7:30 every day",             # a routine
    "the canteen usually opens at 6:15",
    "five minutes, please",                   # a span no word ties to the event
    "for years nobody came",
    "a few days after that",
    "he worked two hours a day",              # a rate
    "the alarm went off every ten minutes",
    "two of them left",
    "one of the best drivers",
    "thousands of people marched",
    "50,000 protesters filled the square",    # a public crowd
    "in the 1990s it was different",
    "three hundred members of parliament",    # "members" counts no one at an event
    "I'm 100 percent sure",
    "a 5 kg bag of rice",
    "he turned 180 degrees",
    "it was my first time there",
    "The raid was on June 5 in the morning.",  # a day after its month, not an hour
    "The last five minutes were the worst.",   # no word ties the span to the event
])
def test_near_misses_stay(text):
    assert _found(text) == []


def test_recognizer_reports_each_type_at_the_incident_score():
    text = "at 21:15 he came twenty minutes later with 180 passengers and 120 ppm"
    results = IncidentDetailRecognizer().analyze(text)
    assert [(r.entity_type, text[r.start:r.end], r.score) for r in results] == [
        ("TIME", "21:15", INCIDENT_SCORE), ("DURATION", "twenty minutes later", INCIDENT_SCORE),
        ("COUNT", "180 passengers", INCIDENT_SCORE), ("MEASUREMENT", "120 ppm", INCIDENT_SCORE)]
    only_times = IncidentDetailRecognizer().analyze(text, entities=["TIME"])
    assert [r.entity_type for r in only_times] == ["TIME"]


@pytest.mark.parametrize("text, level", [
    ("04:05", None), ("7:30 every day", None), ("at 9:30", None), ("the 4th at 9:30", "general"),  # a day with it stays found
    ("9.30 on 4 June", "day"), ("2019", "general"),
])
def test_date_policy_leaves_a_typed_clock_time_to_the_time_finder(text, level):
    assert date_level(text) == level


@pytest.mark.parametrize("text, time, public", [
    ("the invasion began at 4am and we ran", "4am", True),
    ("at 4am, when the invasion began, we ran", "4am", True),
    ("I woke at 4am and we ran", "4am", False),
    ("the war took my brother at 4am", "4am", True),
])
def test_time_of_a_public_event_stays(text, time, public):
    start = text.index(time)
    assert is_public_time(text, start, start + len(time)) is public


@pytest.mark.parametrize("text, general", [
    ("21:15", "at night"), ("04:05", "at night"), ("8.20 in the evening", "in the evening"),
    ("6am", "in the morning"), ("10 p.m.", "at night"), ("12:30", "in the afternoon"),
    ("zero two forty", "at night"), ("fourteen hundred hours", "in the afternoon"),
    ("0600 hours", "in the morning"), ("half past eleven that night", "at night"),
    ("twenty to six pm", "in the evening"), ("five in the morning", "in the morning"),
    ("three ten", None), ("a quarter past two", None), ("twenty to one", None), ("nine o'clock", None),
])
def test_generalize_time_to_its_part_of_the_day(text, general):
    assert generalize_time(text) == general
    assert generalize("TIME", text, {}) == general


def test_pipeline_finds_the_incident_and_leaves_the_near_misses(make_redactor):
    text = ("Around three ten the alarm went off. The guard came twenty minutes later. Fifty-two workers "
            "were on the line and the meter showed 120 ppm. I'm 100 percent sure. Five minutes, please. "
            "It was 04:05. The invasion began at 4am.")
    found = [(f.entity_type, text[f.start:f.end]) for f in make_redactor().scan(text)
             if f.entity_type in {"TIME", "DURATION", "COUNT", "MEASUREMENT", "DATE"}]
    assert found == [("TIME", "three ten"), ("DURATION", "twenty minutes later"), ("COUNT", "Fifty-two workers"),
                     ("MEASUREMENT", "120 ppm"), ("TIME", "04:05")]


def test_generalized_time_takes_its_at_along(make_redactor):
    redactor = make_redactor(replacements={"TIME": "generalize"})
    assert redactor.redact("At about 21:15 the alarm went off.") == "At night the alarm went off."
    assert redactor.redact("She rang me at 6am.") == "She rang me in the morning."
    assert redactor.redact("We waited until 23:40.") == "We waited until night."
    assert redactor.redact("It was around three ten.").startswith("It was around [TIME ")


def test_a_count_yields_a_tie_to_the_small_group_rule():
    from redactor.detect.overlaps import resolve_overlaps
    from redactor.model import Mention

    group = Mention(start=0, end=14, entity_type="UNIQUE_DETAIL", score=0.45, detector="SmallGroupCount",
                    text="fourteen girls")
    count = Mention(start=0, end=14, entity_type="COUNT", score=0.45, detector="IncidentDetailRecognizer",
                    text="fourteen girls")
    assert resolve_overlaps([count, group]) == [group]
    longer = Mention(start=0, end=30, entity_type="COUNT", score=0.45, detector="IncidentDetailRecognizer",
                     text="fourteen girls from the village")
    assert resolve_overlaps([group, longer]) == [longer]
