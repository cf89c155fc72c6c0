"""Round 35, the speaker's job said in the trade's own words.  Each case runs through a whole
Redactor and asserts the exact OCCUPATION spans; the near misses find none.

- Another language's word said as what the speaker (or the one spoken to) is, after "I'm a",
  "I am the", "you're the" (``redactor/detect/role_slots.py``, the "self" slot): "I'm an
  educadora, that's what ...", "I'm a contramestre in Grupo ...", with the word before it when
  that is a noun and no English adjective ("I am the maestro talabartero at ..."; "the new
  educadora" is the word alone).  Not an English word ("I'm a bit tired", "I'm the caller at
  the hotline"), nor a name said without an article ("i'm tangi, tangimetua marsters"), nor a
  kinship word or a title of the name lists ("I'm the padre here").
- A possessive before a self-description's job ("i've been a voicer's apprentice at ..."); not
  one before a relative ("I'm a bishop's nephew").
- An age grade said before a coach's or a manager's word ("I am the under-17 coach at ...",
  ``rules/roles.yaml`` and ``redactor/detect/role_edges.py``); not an age or a date said alone
  ("kids under 12 play free", "I was under 17 then")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

JOB = ("OCCUPATION", "RANK")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    # another language's word for the speaker's job, with or without a gloss after it
    ("<v Lucía>I'm an educadora, that's what they call the staff on the night shift.", ["educadora"]),
    ("**Instructor:** Since I was nine. I'm a contramestre in Grupo Raiz do Paraguaçu. In the roda they call me Gato.",
     ["contramestre"]),
    ("I started at fourteen with Don Aníbal, and now I am the maestro talabartero at Talabartería El Ombú.",
     ["maestro talabartero"]),
    ("Then I was the new educadora at the centre, so they blamed me.", ["educadora"]),
    ("you're the oyabun for the whole street, they say.", ["oyabun"]),
    # an age grade before a coach's word
    ("<v Coach>I am the under-17 coach at VK Igalo, in Igalo near Herceg Novi.", ["under-17 coach"]),
    ("yeah, i'm an under-12 coach for the girls on saturdays.", ["under-12 coach"]),
    # a possessive before the job says whose
    ("i'm uh twenty-six, i've been a voicer's apprentice at eskildsen orgelbyggeri in ribe for three years.",
     ["voicer's apprentice"]),
])
def test_the_speakers_job_in_the_trades_own_words(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *JOB)] == expected


@pytest.mark.parametrize("text", [
    "I'm a bit tired, and I was the winner at the fair.",
    "i'm tangi, tangimetua marsters. on the island everyone knows me.",
    "I'm the padre here, they say, because I bless the boats.",
    "it is the mahalla of the old town, and that was the kebele.",
    "Kids under 12 play free. I was under 17 then, and my cousin was under 18.",
    "I'm a bishop's nephew, so they watch me. I was a people's person.",
])
def test_no_job_where_none_is_said(redactor, text):
    assert of_type(redactor, text, *JOB) == []
