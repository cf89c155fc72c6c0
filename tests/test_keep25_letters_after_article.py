"""A body's or a place's initials read out letter by letter after "the", round 25.

Captions write an acronym said letter by letter as single letters ("the x q j w"): after the
definite article the spelling recognizer reads them as an organisation's or a country's
initials, not a person's name spelled out (a name is not said after "the"), as it already did
for a known acronym ("the f b i").  A name spelled out, letters before a number (a code), an
employer's letters after where someone works and letters before a place of work or a unit they
name stay found.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import CODE_TYPES, NAME_TYPES, of_type


def _names(redactor, text):
    return [value for _, value in of_type(redactor, text, *NAME_TYPES)]


@pytest.mark.parametrize("text", [
    "speaker 2: my sister wrote a letter to the x q j w and got no reply",
    "speaker 1: then the w x j p inspector looked at our papers",
    "speaker 2: you hear it every night on the j w x b radio",
    "speaker 1: a man from the q z w v wrote back last spring",
    "speaker 1: and the b j x q folks never answered the phone",
    "speaker 2: i sent it to the b j x q, nothing came back",
])
def test_initials_after_the_article_are_not_found(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a name spelled out, with its cue or after the name itself
    ("speaker 2: my surname is zylberg, z y l b e r g, with a g", "z y l b e r g"),
    ("speaker 2: the boss is zorvik, spelled z o r v i k", "z o r v i k"),
    # letters without the article
    ("speaker 2: she told x q j w everything that night", "x q j w"),
    # where someone works: the employer's letters point at its staff
    ("speaker 1: i work at the j x q b, in the storage yard", "j x q b"),
    ("speaker 1: she has worked for the w q x v since the spring", "w q x v"),
    # the letters name a place of work or a unit
    ("speaker 1: the j x q b team came at night with torches", "j x q b"),
])
def test_spelled_names_and_employers_letters_stay_found(redactor_default, text, expected):
    assert expected in _names(redactor_default, text)


def test_letters_before_a_number_are_still_a_code(redactor_default):
    text = "speaker 2: the code on the form was the a b six two nine seven"
    assert [value for _, value in of_type(redactor_default, text, *CODE_TYPES)] == ["a b six two nine seven"]
