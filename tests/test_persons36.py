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


@pytest.mark.parametrize("text, expected", [
    # the name said again right after the full name, as the next sentence's first word
    (">> okay. and his own name, for our records only\n>> berhane gebremedhin. berhane son of gebremedhin. "
     "his father is gebremedhin asfaha, a priest in mendefera, please don't write that.\n",
     ["berhane gebremedhin", "berhane", "gebremedhin", "gebremedhin asfaha"]),
    # ... or said first, then restated in full
    ("speaker 2: the young one, jamshed. jamshed nazarov, twenty two years, he was on the line.\n",
     ["jamshed", "jamshed nazarov"]),
])
def test_name_word_said_beside_its_full_name(make_redactor, text, expected):
    assert [t for t in _people(make_redactor(), text) if t != "twenty two years"] == expected


@pytest.mark.parametrize("text, word", [
    # a function word, a title, a firm named after the person, a common verb
    ("REPORTER: Please say who you are. MARINA: Marina Babić. I am an engine mechanic.\n", "I"),
    ("The captain, Captain Tevita Koroi, was on the phone with Suva.\n", "captain"),
    ("The contractor is Avi Sasson, Sasson Building and Renovation Ltd., from Holon.\n", "Sasson Building"),
])
def test_no_echo_of_a_name_word(make_redactor, text, word):
    found = _people(make_redactor(), text)
    assert word not in found and not [t for t in found if t.startswith(word + " ")]


@pytest.mark.parametrize("text, nickname, name", [
    ("**Secretary:** Ryan played Mariusz Wrona, who they call The Lamplighter. Mariusz was winning.\n",
     "The Lamplighter", "Mariusz Wrona"),
    ("INT: Who is the man? CALLUM: Calls himself Big Eck. His name's Alexander Rennie. Rennie blocked it.\n",
     "Big Eck", "Alexander Rennie"),
])
def test_name_said_after_a_verb_of_naming_is_the_person_named_beside_it(make_redactor, text, nickname, name):
    found = {f.text: f.replacement for f in make_redactor().scan(text) if f.entity_type == "PERSON"}
    assert found[nickname] == found[name]


def test_a_nickname_said_of_no_one_named_stays_its_own():
    from redactor.refine.nicknames import _named_as_keys
    text = "She goes by pixiemoth. I only know her first name, Dani, from the licence."
    assert _named_as_keys(text, {(12, 21)}, []) == {}
