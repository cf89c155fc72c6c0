"""A surname no list holds, with an honorific joined by a hyphen, is a person (round 37).

"Ikeuchi-san", "kuniyoshi-san", "kawabata-san", "morita-kun": the honorific is said to a person
only, and the name lists cannot hold every Japanese surname, so a word no list knows that English
hardly uses is the name when one is joined to it; a word English uses ("anti-", "non-") or a
place ("Fuji-san" is the mountain) is not made one by it.  Korean "-ssi" is joined the same way
("Minji-ssi")."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.names import NameFinder
from redactor.entities.resolve import person_tokens
from redactor.lexicon.names import default_gazetteer
from tests.test_names_given import people


def _found(text: str) -> list[tuple[str, str]]:
    finder = NameFinder(default_gazetteer())
    return [(text[s.start:s.end], s.reason) for s in finder.find(text)]


@pytest.mark.parametrize("text, name", [
    ("**Drummer:** Ikeuchi-san books us at Hotel Seiryukaku every spring.", "Ikeuchi-san"),
    ("- the chief, um, kuniyoshi-san, he said tape it", "kuniyoshi-san"),
    ("speaker 2: the manager, kawabata-san, he put small cameras", "kawabata-san"),
    ("he said, morita-kun, tell the doctor he cut it", "morita-kun"),
    ("I asked Minji-ssi about the rota.", "Minji-ssi"),
])
def test_a_surname_no_list_holds_with_a_joined_honorific_is_a_name(text, name):
    assert (name, "honorific") in _found(text)


@pytest.mark.parametrize("text", [
    "we climbed Fuji-san at dawn",  # a place the lists know
    "it was an anti-san campaign, nothing more",  # an English word before the hyphen
    "a non-ji answer",
])
def test_a_word_or_a_place_with_a_joined_honorific_is_no_name_by_it(text):
    assert all(reason != "honorific" for _, reason in _found(text))


def test_the_scan_finds_the_surname_with_its_honorific(redactor_default):
    text = "The floor manager, Ikeuchi-san, books us at the hotel. Ikeuchi-san takes the money."
    assert people(redactor_default, text) == ["Ikeuchi-san", "Ikeuchi-san"]


def test_the_korean_honorific_is_left_off_when_names_are_compared():
    assert person_tokens("Minji-ssi") == person_tokens("Minji") == ("minji",)
