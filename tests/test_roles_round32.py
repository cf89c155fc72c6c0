"""Round 32, jobs said where no rule read them.  Each case runs through a whole Redactor and
asserts the exact OCCUPATION spans; the near misses find none.

- The one post the speaker holds, by its form (``rules/roles.yaml``): after "I am the" a word of
  an agent's ending, or a job word of the self-descriptions ("rep", "tech"), with one word in
  small letters or a possessive before it that says which, and the clause going on with where,
  for whom or since when it is held ("i am the projectionist at the talkies", "i was the
  orchestra's union rep until march", "I'm Chiara Zanetti, twenty-nine, the varnisher at ...").
  Not a relation, a stance, a part in a story, nor a word more words or "of" follow.
- One person of the speaker's life said with a word before the kin ("my late husband was a
  deacon"), and a congregation's post (the one-person jobs) as a self-description's job.
- A technician said short and a host as a self-description ("i'm a blade repair tech", "I was
  a host for three years").
- Another language's word said as what a person is, before "of" or a clause word
  (``redactor/detect/role_slots.py``): "my father is the sarpanch of our village", "who is the
  pulenu'u of our village"; not a thing or a place ("it is the mahalla of the old town"), nor an
  English word ("he is the favourite of the boss"), nor one a clause with "who" says which ("who
  is the muzungu who called").
- A grade said after a job between commas (``redactor/detect/grade_edges.py``): "i'm a blade
  repair tech, level two.", "a locally engaged driver, grade LE-4." is a RANK of its own; not a
  level said of something else ("the nurse, level with the door"), nor one a thing's words follow
  ("the driver, level four parking").
- A job given as an answer (``redactor/detect/recognizers/answers.py``) asked inside a request
  ("say who you are and what you do"), and said after the name or another language's word
  between commas ("jonna ahlqvist, farrier.", "Matroos, able seaman, for three years"); a name
  whose last word has an agent's ending is no job ("jonna ahlqvist")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION",)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    # the one post, going on with where, for whom or since when
    ("interviewer: so you run the projector? biju: yes, i am the projectionist at the old talkies, since 2009.",
     ["projectionist"]),
    ("i'm the bread maker at the bakery on the corner, nights only.", ["bread maker"]),
    ("speaker b: i was the orchestra's union rep until march. i had the list.", ["orchestra's union rep"]),
    ("i've been the line setter here for six years, so they know my voice.", ["line setter"]),
    ("I'm Chiara Zanetti, twenty-nine, the varnisher at the workshop by the church.", ["varnisher"]),
    # one person of the speaker's life, said with a word before the kin, and a congregation's post
    ("I was a member since I was a girl. My late husband was a deacon in the congregation at the market.",
     ["deacon"]),
    # said short, and a host
    ("i'm a blade repair tech, level two. we go out on the boats.", ["blade repair tech"]),
    ("I was a host for three years, until the club closed.", ["host"]),
    # another language's word for what a person is
    ("And my father is the sarpanch of our village. So yes, everyone knows him.", ["sarpanch"]),
    ("but my uncle harbhajan chacha is the sarpanch and he is friends with them.", ["sarpanch"]),
    ("Tofilau went to my father, who is the pulenu'u of our village, and complained.", ["pulenu'u"]),
])
def test_a_job_said_where_no_rule_read_it(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected


@pytest.mark.parametrize("text", [
    "I'm the cook book author. I am the author of this report.",
    "I'm the older brother at home, and I was the winner at the fair.",
    "I was the caller at the hotline and nobody answered.",
    "I'm Tom Hale, 41, the father of two.",
    "I am the eldest, the one they call at night.",
    "it is the mahalla of the old town, near the market. that was the kebele office.",
    "he is the favourite of the boss, and she was the darling of the press.",
    "the man of the village came and asked my wife who is the muzungu who called.",
    "my best friend was a believer, and my little sister is a bit tired. she's an agent of change.",
])
def test_no_job_where_none_is_said(redactor, text):
    assert of_type(redactor, text, *JOB) == []


@pytest.mark.parametrize("text, expected", [
    ("i'm a blade repair tech, level two. we go out on the boats.",
     [("OCCUPATION", "blade repair tech"), ("RANK", "level two")]),
    ("I am a locally engaged driver, grade LE-4. R: How long? S: Twelve years.",
     [("OCCUPATION", "locally engaged driver"), ("RANK", "grade LE-4")]),
    ("I'm a propellant handling technician, level 2, on the launch pad.",
     [("OCCUPATION", "propellant handling technician"), ("RANK", "level 2")]),
])
def test_a_grade_said_after_a_job_between_commas(redactor, text, expected):
    assert of_type(redactor, text, "OCCUPATION", "RANK") == expected


@pytest.mark.parametrize("text", [
    "The nurse, level with the door, waved at me.",
    "I'm a driver, level four parking is where I wait.",
])
def test_a_level_of_something_else_is_no_grade(redactor, text):
    assert of_type(redactor, text, "RANK") == []


@pytest.mark.parametrize("text, expected", [
    ("speaker 1: okay. say who you are and what you do, roughly\nspeaker 2: jonna ahlqvist, farrier. i shoe for,"
     " um, five stables\n", [("PERSON", "jonna ahlqvist"), ("OCCUPATION", "farrier")]),
    ("**Q:** Your job?\n\n**A:** Matroos, able seaman, for three years. Before that I fished.\n",
     [("OCCUPATION", "Matroos"), ("RANK", "able seaman")]),
])
def test_a_job_given_after_a_name_or_a_word_of_another_language(redactor, text, expected):
    assert of_type(redactor, text, "PERSON", "OCCUPATION", "RANK") == expected


@pytest.mark.parametrize("text", [
    "Q: Tell me what you do with the forms.\nA: Nothing, I keep them.\n",
    "Q: What do you do?\nA: Honestly, nothing much since the layoff.\n",
    "Q: Your job?\nA: Maria Hallqvist, nothing else to say.\n",
])
def test_no_job_in_an_answer_that_gives_none(redactor, text):
    assert of_type(redactor, text, "OCCUPATION") == []
