"""A name offered as an answer, and a name said with an age, are persons (round 44).

The interviewer may offer rather than demand a name ("and you, if you want to give a name",
"your name, if it's okay", "what name should I use?", "And you are?"); what the next turn opens
with is then the name when its shape says so (names of the lists or no everyday words), lower
case or cased, of any tradition.  A person is also introduced with their age right after the name
("Iqra, 19. Her photo was used", "my sisters, Ama, 14, and Esi, 11"), at a turn's, a line's or a
sentence's start or after a comma; not a room and its beds, a city and a year, a weekday and a
date, nor a job and an age ("the loader, twenty one")."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.answers import find_answers


def _persons(text: str) -> list[str]:
    return [text[start:end] for kind, start, end, _ in find_answers(text) if kind == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("journalist: and you, if you want to give a name\nspeaker two: tsering yangzom. i'm forty three\n",
     "tsering yangzom"),
    ("they knew the day before your name, if it's okay seo mi-rae. fifty four. i pack the jars", "seo mi-rae"),
    ("and your name if you don't mind - tsegaye abebe. i work nights", "tsegaye abebe"),
    ("and your name, if it's safe nang hseng. i weave at night", "nang hseng"),
    ("Q: And you are?\nA: Tevita Fifita. I load the boats.\n", "Tevita Fifita"),
    ("Q: What name should I use for you?\nA: Oyuunchimeg. Just that.\n", "Oyuunchimeg"),
    ("Q: could you tell us a name, any name?\nA: Ngaio Tūhoe.\n", "Ngaio Tūhoe"),
])
def test_a_name_offered_as_an_answer_is_a_person(text, name):
    assert _persons(text) == [name]


@pytest.mark.parametrize("text", [
    "Q: I will keep your name, if it's okay with you. We start now.\nA: Fine. Go on.\n",
    "Q: and you are from where?\nA: Mbarara.\n",
    "Q: If you want to give a name, say it now.\nA: No. Write a worker.\n",
])
def test_no_person_where_no_name_is_given(text):
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("REPORTER: And the girl you told me about?\nASSISTANT: Tahmina, 19. Her photo was used.\n", ["Tahmina"]),
    ("my sisters, Akosua, 14, and Esi, 11, stayed home with my mother.", ["Akosua", "Esi"]),
    ("The cook, Teuila Faleolo, forty-two, left in May.", ["Teuila Faleolo"]),
    ("source: a little girl, wiremu-ana kereama, six, broke her arm", ["wiremu-ana kereama"]),
    ("On 14 November a boy, Dorj Batbayar, eleven,\nfell from the scaffold.", ["Dorj Batbayar"]),
])
def test_a_name_said_with_an_age_is_a_person(text, names):
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Room 12, 19 beds.",
    "We moved to Lagos, 2019.",
    "We went to Lagos, 12 of us.",
    "Paris, 15.",
    "Tuesday, 14.",
    "The new man, Nepali, fifty-five, took the night shift.",   # a nationality, a surname too
    "In the papers: Somali, 23, and Sinhala, 40.",              # a nationality, a language
    "five three two, six four zero, eighteen, seventeen",
    "the loader, twenty one, but he quit",
    "Paid per cut, 35,000 won",
    "the date is two zero two six, slash, eight, slash, nine",
])
def test_no_person_in_a_place_a_date_a_number_or_a_job_with_a_number(text):
    assert _persons(text) == []
