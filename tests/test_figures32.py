"""Figures a source says as fragments (round 32): the count that answers "how many", an age
answered after a dialogue dash in joined cues, and an age said as an aside after a name or a job."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.recognizers.answers import find_answers
from redactor.formats import read_document


def _found(redactor, text: str, types: frozenset[str]) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


@pytest.mark.parametrize("text, expected", [
    ("REPORTER: How many?\nZANETTI: Forty-one since March 2024, I kept a list.", [("COUNT", "Forty-one")]),
    ("interviewer: how many films?\nbiju: nine since onam [inaudible] nine or ten.", [("COUNT", "nine")]),
    ("speaker 1: and how many boys are there?\nspeaker 2: fourteen now. it was sixteen.", [("COUNT", "fourteen")]),
    ("Q: How many ballots did they print?\nA: About 12,000, and 3,500 extra.", [("COUNT", "12,000")]),
    ("- how many sacks went out? - forty thousand, uh, in one night", [("COUNT", "forty thousand")]),
    ("Q: How many were missing?\nA: Nine or ten.", [("COUNT", "Nine or ten")]),
])
def test_the_number_that_answers_how_many(text, expected):
    assert [(kind, text[start:end]) for kind, start, end, _ in find_answers(text)] == expected


@pytest.mark.parametrize("text", [
    "Q: How many hours a day?\nA: I start at nine.",              # no number opens the answer
    "Q: How many of them passed?\nA: Twelve percent, maybe.",     # a share
    "Q: How many were there when you came?\nA: Ten past four, the bus came.",  # a time
    "How many? I don't know, a lot.",
    "She asked how many were there and then she left. Twelve.",  # no question mark, typed text
])
def test_what_does_not_answer_how_many(text):
    assert [kind for kind, *_ in find_answers(text) if kind == "COUNT"] == []


SRT = """12
00:01:02,270 --> 00:01:11,910
- sorry, one more. how old are you

13
00:01:12,160 --> 00:01:20,720
- forty seven. i started at the distillery when i was twenty, it was my father's place.

14
00:01:21,000 --> 00:01:24,000
- how old is the alembic - forty, fifty years
"""


def test_an_age_answered_after_a_dialogue_dash_in_joined_cues(redactor_default, tmp_path: Path):
    path = tmp_path / "distillery.srt"
    path.write_text(SRT, encoding="utf-8")
    [result] = redactor_default.run_results([read_document(path)])
    ages = [f.text for f in result.findings if f.entity_type == "AGE"]
    assert "forty seven" in ages
    assert "forty" not in ages and "forty, fifty" not in ages  # a thing's age stays


@pytest.mark.parametrize("text, expected", [
    ("It was the 26th of October. The pilot who crashed was not licensed. He is Pema, only nineteen, he had "
     "maybe forty flights solo.", ["only nineteen"]),  # round 35: an aside's hedge is in the writers' span
    ("she works at the registry counter. we have one boy, marc, seven", ["seven"]),
    ("TECHNICIAN: I'm a piano technician, 29. I look after the pianos at the civic hall.", ["29"]),
    ("S: Two boys, Kyle and Kaden, twelve and nine. They go to Dennery Primary.", ["twelve and nine"]),
    # near misses: a time, a spell, digits read out, a time of day after a job
    ("I told Ana, two days later, and Kwame, twenty minutes after.", []),
    ("call me on zero seven, Ana, four four eight, nineteen, fifty two.", []),
    ("I met the driver, 4:30 in the morning, at the depot.", []),
    ("we saw the nurse, one of the two on nights.", []),
    # after a job, a number under thirteen is a time or a count as often as an age
    ("I went to see the night porter, seven. He was asleep.", []),
    ("I went to see the night porter, 9. He was asleep.", []),
])
def test_an_age_said_as_an_aside_after_a_name_or_a_job(redactor_default, text, expected):
    assert [t for _, t in _found(redactor_default, text, frozenset({"AGE"}))] == expected



@pytest.mark.parametrize("text, expected", [
    # a range's first figure said with a comma before the scale
    ("- every thursday night a man comes with bags of new riyals. maybe forty, fifty million in one night.",
     "forty, fifty million"),
    ("SOURCE: The urikake, the tabs. Women run up tabs of three, four million yen. When they cannot pay.",
     "three, four million yen"),
    # the currency's qualifier, and the hundredths said after the currency
    ("<v Source>The bureau paid him thirty-eight million francs CFA. I wrote the cheques myself.",
     "thirty-eight million francs CFA"),
    ("A: They pay eleven dollars an hour per labeller to Etiqueta; we get two dollars and ten cents.",
     "two dollars and ten cents"),
    ("he knows. he paid four euros thirty a kilo, real pine is more.", "paid four euros thirty a kilo"),
])
def test_a_sum_is_masked_whole(redactor_default, text, expected):
    assert expected in [f.text for f in redactor_default.scan(text) if f.entity_type == "MONEY"]


@pytest.mark.parametrize("text, left", [
    ("the rent is 400 dollars, 500 dollars now.", "dollars, 500"),        # two sums
    ("I paid 300 euros 20 times for the same form.", "euros 20"),        # a count after the sum (its own finding)
    ("we waited fifty, forty thousand dollars later it was gone", "fifty"),  # no rising range
    ("he paid me fifty dollars at 10:30 in the morning.", "10"),          # a time after it
    ("they sold two hundred cartons, thirty thousand dollars in all", "cartons"),
])
def test_what_stays_out_of_a_sum(redactor_default, text, left):
    assert not any(left in f.text for f in redactor_default.scan(text) if f.entity_type in {"MONEY", "UNIQUE_DETAIL"})
