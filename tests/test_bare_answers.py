"""Ages, durations and jobs given as bare answers to an interviewer's question, and durations as
people say them without "for" (redactor.detect.recognizers.answers, round 8).  Every case runs
through a whole Redactor (keep lists, filters, overlap policy) and asserts the exact spans of the
types it is about; the near misses assert that those types find nothing.  The format cases read
real files (typed labels, lower-case ">>" captions, SubRip, WebVTT voices, Whisper JSON with
diarisation labels), where the question and the answer sit in different lines, cues or segments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.recognizers.answers import find_answers
from redactor.formats import read_document

QUASI = frozenset({"AGE", "DURATION", "OCCUPATION"})
WITH_UNITS = QUASI | {"WORK_UNIT", "RANK"}


def _found(redactor, text: str, types: frozenset[str] = QUASI) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


def _found_in_file(redactor, path: Path, types: frozenset[str] = WITH_UNITS) -> list[tuple[str, str]]:
    [result] = redactor.run_results([read_document(path)])
    return [(f.entity_type, f.text) for f in result.findings if f.entity_type in types]


@pytest.mark.parametrize("text, expected", [
    # an age after a question of age, on the next line, after a dash, a label or ">>"
    ("Q: How old are you, if I may?\nA: Fifty-two. I drive for the co-op.", [("AGE", "Fifty-two")]),
    ("How old were you when you came? - Nineteen, twenty.", [("AGE", "Nineteen, twenty")]),
    (">> how old is she >> twenty-nine, and two kids", [("AGE", "twenty-nine")]),
    (">> how old is your son\n>> um seven i think", [("AGE", "seven")]),
    ("How old are you? SPEAKER_00  Fifty-two. SPEAKER_01", [("AGE", "Fifty-two")]),
    # an interpreter relays the answer a turn later
    ("INTERVIEWER: How old is she?\nINTERPRETER: [speaks Dari]\nINTERPRETER: She says forty-one and three "
     "children.", [("AGE", "forty-one")]),
    # an age alone right after the speaker's name
    ("Dmitri Sokolov. Everyone says Dima. Fifty-one. I live in a flat by the river.", [("AGE", "Fifty-one")]),
    # a duration after a question of how long
    ("How long have you been with the company?\nNine years.", [("DURATION", "Nine years")]),
    ("Q: How long were you a guard?\nA: Nine years in the prison service.",
     [("OCCUPATION", "guard"), ("DURATION", "Nine years in the prison service")]),
    ("INTERVIEWER: How long have you worked there?\nMARTA: Fourteen years, give or take.", [("DURATION", "Fourteen years")]),
    (">> how long have you been on the trawlers\n>> um going on nine years now", [("DURATION", "nine years")]),
    ("Q: How many years were you in the army?\nA: Twelve. Then I drove a bus.", [("DURATION", "Twelve")]),
    ("How many years? Three or four.", [("DURATION", "Three or four")]),
    # a caption's cues joined with no turn mark between question and answer
    ("how long have you been on the boats nine years", [("DURATION", "nine years")]),
    ("how old is she twenty-nine i think", [("AGE", "twenty-nine")]),
    # durations without "for"
    ("Seven summers. I come back every June.", [("DURATION", "Seven summers")]),
    ("i've done six seasons on the boats", [("DURATION", "six seasons on the boats")]),
    ("this is my third season", [("DURATION", "my third season")]),
    ("It is my sixth winter here.", [("DURATION", "my sixth winter")]),
    ("Twelve years in nursing. The last five at Hillcrest, before that agency work.",
     [("DURATION", "Twelve years"), ("DURATION", "last five")]),
    ("twenty-two years on the railways", [("DURATION", "twenty-two years on the railways")]),
    ("I did three years on nights before that.", [("DURATION", "three years on nights")]),
    ("Nine years in the prison service.", [("DURATION", "Nine years in the prison service")]),
    ("She did twenty years in the civil service before retiring.",
     [("DURATION", "twenty years in the civil service")]),
    ("this is my tenth year at the plant", [("DURATION", "my tenth year")]),
    ("And how long on the boats?\nSix summers.", [("DURATION", "Six summers")]),
    # a job said as a fragment: its first noun phrase, the unit or grade after it as the packs type it
    ("And your job?\n- Filleter on line three.", [("OCCUPATION", "Filleter")]),
    (">> what do you do there >> forklift driver, nights", [("OCCUPATION", "forklift driver")]),
    ("**Q:** What do you do there, exactly?\n\n**A:** Night porter. Mostly the wards.", [("OCCUPATION", "Night porter")]),
    ("What's your position? Supervisor, since last year.", [("OCCUPATION", "Supervisor")]),
])
def test_an_answer_is_what_the_question_asked(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the model ran the name or the label into the answer ("A. Twelve", "Marta Lopez Nine")
    ("Q. How many years were you in the army?\nA. Twelve. Then I drove a bus.", [("DURATION", "Twelve")]),
    ("How long have you been with the company? Marta Lopez Nine years.",
     [("PERSON", "Marta Lopez"), ("DURATION", "Nine years")]),
])
def test_a_name_before_the_answer_keeps_to_its_words(redactor_default, text, expected):
    assert _found(redactor_default, text, QUASI | {"PERSON"}) == expected


@pytest.mark.parametrize("text, expected", [
    ("And your job?\n- Filleter on line three.", [("OCCUPATION", "Filleter"), ("WORK_UNIT", "line three")]),
    ("And your role? Ward clerk. Band three.", [("OCCUPATION", "Ward clerk"), ("RANK", "Band three")]),
])
def test_a_job_answer_leaves_its_unit_or_grade_to_the_packs(redactor_default, text, expected):
    assert _found(redactor_default, text, WITH_UNITS) == expected


@pytest.mark.parametrize("text", [
    "How many were there? - Twelve.",                 # a count, not an age
    "What time? - Nine.",                             # a time
    "How long did it take? - Two hours.",             # an event's length, not a life's
    "How long was the shift? - Twelve hours.",        # hours time an event
    "What do you do? - Nothing, I'm scared.",         # no job in the answer
    "What do you do when they shout? - Nothing.",     # not a question of work
    "When did you start? In 2019.",                   # a year
    "How old is the house? - Forty.",                 # a thing's age
    "how long you been here >> since 2019",           # a year again
    "And your work? Same as before.",
    "Did you lose your job? - Yes, the day after.",   # a yes/no question
    "I'm Ana. Twelve people came to the meeting.",    # a count after a name
    "He arrived last night. Twenty. That's how many were on the boat.",
    "Seven summers ago we went to the coast.",        # a point in time
    "every two seasons they change the nets",
    "the first season of the show was better",
    "my first time here",
    "The last five minutes were the worst.",          # no duration before it
    "We stayed at the Four Seasons.",                 # a name
    "in my first year at school I was shy",           # a year of school, no spell of one's own
    "How long was the war? - Four years.",            # a public event's length
    "how old were they two of them were kids",        # a count inside a caption's question
    "He told me about your job.\nCleaner, she said.",  # typed text asks with a question mark
])
def test_near_misses_are_left(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a month after the spell dates its end and stays (months alone are public)
    ("INTERVIEWER: How long have you worked there?\nMARTA: Fourteen years in June.", [("DURATION", "Fourteen years")]),
    ("Q: And how long have you been inside?\nA: Eleven years in March.", [("DURATION", "Eleven years")]),
    # "Q." and "A." as labels; a voice's name between the question and a number answer
    ("Q. How many years were you in the army?\nA. Twelve. Then I drove a bus.", [("DURATION", "Twelve")]),
    ("How long have you been with the company? Marta Lopez Nine years.", [("DURATION", "Nine years")]),
    # a capitalised place after the spell is left to the place rules (a big city stays)
    ("Q: How long have you lived there?\nA: Six years in Lagos.", [("DURATION", "Six years")]),
])
def test_the_recognizer_alone(text, expected):
    assert [(kind, text[start:end]) for kind, start, end, _ in find_answers(text)] == expected


@pytest.mark.parametrize("text", [
    "What time? - Nine.\nHow long did it take? - Two hours.",
    "We waited for two years. The last two of them died.",  # "the last two" people
    "For two years. The last two weeks were hard.",          # weeks time an event
    "how long did it take two hours",                         # (the model's DATE is the date policy's)
])
def test_the_recognizer_alone_leaves(text):
    assert find_answers(text) == []


SRT = """1
00:00:01,000 --> 00:00:03,500
how long have you been
on the boats

2
00:00:03,500 --> 00:00:05,000
>> nine years in june

3
00:00:05,000 --> 00:00:07,000
>> and what do you do there

4
00:00:07,000 --> 00:00:09,000
>> filleter on line three

5
00:00:09,000 --> 00:00:11,000
>> how old are you if i can ask

6
00:00:11,000 --> 00:00:13,000
>> fifty-two

7
00:00:13,000 --> 00:00:15,000
>> how many of you on the line

8
00:00:15,000 --> 00:00:17,000
>> twelve
"""

JSON = """{"text": " How long have you been with the company? Nine years in the prison service. And your role? \
Ward clerk. Band three. How many were there? Twelve.", "segments": [
 {"id": 0, "start": 0.0, "end": 2.0, "text": " How long have you been with the company?", "speaker": "SPEAKER_00"},
 {"id": 1, "start": 2.0, "end": 4.0, "text": " Nine years in the prison service.", "speaker": "SPEAKER_01"},
 {"id": 2, "start": 4.0, "end": 5.0, "text": " And your role?", "speaker": "SPEAKER_00"},
 {"id": 3, "start": 5.0, "end": 6.0, "text": " Ward clerk. Band three.", "speaker": "SPEAKER_01"},
 {"id": 4, "start": 6.0, "end": 7.0, "text": " How many were there?", "speaker": "SPEAKER_00"},
 {"id": 5, "start": 7.0, "end": 8.0, "text": " Twelve.", "speaker": "SPEAKER_01"}], "language": "en"}
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v Interviewer>How long have you been with the company?

00:00:03.000 --> 00:00:05.000
<v Marta>Nine years. Before that, the buses.

00:00:05.000 --> 00:00:07.000
<v Interviewer>What time did you start today?

00:00:07.000 --> 00:00:09.000
<v Marta>Six.

00:00:09.000 --> 00:00:11.000
<v Interviewer>And your job?

00:00:11.000 --> 00:00:13.000
<v Marta Lopez>Filleter on line three.
"""

TXT = """INTERVIEWER: Thank you for meeting me. How old are you, if I may?
DMITRI SOKOLOV: Fifty-one. I live with my wife by the river.
INTERVIEWER: And your job?
DMITRI SOKOLOV: Forklift driver, nights. Seven summers at the depot now.
INTERVIEWER: What time did you finish yesterday?
DMITRI SOKOLOV: Nine.
"""


@pytest.mark.parametrize("name, content, expected", [
    ("captions.srt", SRT, [("DURATION", "nine years"), ("OCCUPATION", "filleter"), ("WORK_UNIT", "line three"),
                           ("AGE", "fifty-two")]),
    ("whisperx.json", JSON, [("DURATION", "Nine years in the prison service"), ("OCCUPATION", "Ward clerk"),
                             ("RANK", "Band three")]),
    ("voices.vtt", VTT, [("DURATION", "Nine years"), ("OCCUPATION", "Filleter"), ("WORK_UNIT", "line three")]),
    ("labels.txt", TXT, [("AGE", "Fifty-one"), ("OCCUPATION", "Forklift driver"),
                         ("DURATION", "Seven summers at the depot")]),
])
def test_question_and_answer_are_paired_across_lines_cues_and_segments(redactor_default, tmp_path, name, content,
                                                                     expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert _found_in_file(redactor_default, path) == expected


@pytest.mark.parametrize("text, expected", [
    # a name given as the answer to a name question, typed or in a caption
    ("Please tell us about your work. And your name, just for our notes? Rupali Akter. At the factory...",
     [("PERSON", "Rupali Akter")]),
    ("Q: And his name?\nA: Sipho Dlamini, he was the driver.", [("PERSON", "Sipho Dlamini")]),
    (">> and your name >> um thabo nkosi", [("PERSON", "thabo nkosi")]),
    # near misses: a refusal, a yes-no question, a statement of the name, a long answer
    ("Q: What is your name?\nA: I would rather not say.", []),
    ("Q: Do you know her name?\nA: No.", []),
    ("Q: What was her name?\nA: Nobody told me, sorry.", []),
    ("His name is on the list? Maybe.", []),
])
def test_a_name_given_as_an_answer(redactor_default, text, expected):
    assert _found(redactor_default, text, frozenset({"PERSON"})) == expected
