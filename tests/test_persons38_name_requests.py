"""A name given when asked for it: asked as a request, said right after a caption's request, or
said with a surname that is also an English word (round 38).

"Q: Can you tell me your name, for my notes only? / A: Wislande Dorvil." was read as a yes-no
question and its answer left; subtitle cues are joined on one line ("since the closing and your
name song lianjie. in the team they say"), so no question mark or line end opens the answer;
"song" (a Chinese surname) is an everyday English word, so only "lianjie" was found.  Not: a
yes-no question of a name ("Do you know her name?"), a word after "not his name" ("distorted"),
a determiner ("my teniente"), a clause that is no name ("keep your name out >> yes")."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.answers import find_answers


def _people(text: str) -> list[str]:
    return [text[start:end] for kind, start, end, _ in find_answers(text) if kind == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("Q: Can you tell me your name, for my notes only?\nA: Wislande Dorvil. People at work call me Wis.\n",
     "Wislande Dorvil"),
    ("INTERVIEWER: Can I have your name?\nSOURCE: Yannick Ferreira. The team calls me le Suisse.\n",
     "Yannick Ferreira"),
    ("wages still owed, eleven thousand four hundred each, since the closing and your name song lianjie. in the team "
     "they say song ge. i'm the only one who did the dragon", "song lianjie"),
    ("the seventh tee, at the club and your name for the record jens vanhoudt. but, uh, at the track", "jens vanhoudt"),
    ("dwayne with a y your full name for me dwayne king. i live in port elizabeth", "dwayne king"),
    ("two seven zero four - and your name for my notes - nevena radošević. everybody says neva", "nevena radošević"),
    ("Q: And your name?\nA: Park Jiwoo. At the shed they call me Ji.\n", "Park Jiwoo"),
])
def test_a_name_given_when_asked_is_a_person(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize("text", [
    "Q: Do you know her name?\nA: Wislande Dorvil, I think. She left in May.\n",
    "they agreed to use his voice but not his name, distorted. that was agreed with belinda",
    ">> would you still like us to keep your name out >> yes, completely. not chiatura even",
    "i won't use your name um can you start with what you do at the mine",
    "Q: And your name?\nA: Long time. I was there in May.\n",
    "- who takes the rest?\n- my teniente, he sells it on.\n",
])
def test_no_name_where_the_answer_is_no_name(text):
    assert _people(text) == []
