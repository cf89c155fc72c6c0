"""Names someone is known by said with a verb of naming other than "call him" (round 36): "she
goes by pixiemoth", "calls himself Big Eck", "who they call The Lamplighter" (the English article
of a capitalised nickname opens its span, as the writers' spans take it); exact spans through a
whole scan, and near misses."""

from __future__ import annotations

import pytest


def _people(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type in {"PERSON", "HANDLE", "CALL_SIGN"}]


@pytest.mark.parametrize("text, name", [
    ("**Secretary:** Ryan played Mariusz Wrona, who they call The Lamplighter. Mariusz was winning, "
     "then the chairman called a foot fault.\n", "The Lamplighter"),
    ("INT: Who is the man? CALLUM: Calls himself Big Eck. I've never seen him in the council buildings.\n",
     "Big Eck"),
    ("**Moderator:** She goes by pixiemoth. I only know her first name from the licence.\n", "pixiemoth"),
    ("In the depot everybody knew him as Chatarra, because he also sells scrap.\n", "Chatarra"),
])
def test_name_said_with_a_verb_of_naming(make_redactor, text, name):
    assert name in _people(make_redactor(), text)


@pytest.mark.parametrize("text, word", [
    # a thing someone goes by, or an everyday word after the verb
    ("She goes by bus on weekdays, the stop is right outside.\n", "bus"),
    ("He goes by the book on the forum, never breaks a rule.\n", "book"),
    ("the old man calls himself lucky to be alive, he told me so.\n", "lucky"),
    ("The driver, who they call every morning at six, never answers.\n", "every"),
    ("The foreman knew him as a hard worker, nothing more.\n", "hard"),
    ("Time goes by Slowly when the line is stopped.\n", "Slowly"),
])
def test_no_name_after_a_verb_of_naming(make_redactor, text, word):
    assert not [t for t in _people(make_redactor(), text) if word in t]
