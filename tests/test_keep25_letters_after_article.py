"""A body's or a place's initials read out letter by letter after "the", round 25.

Captions write an acronym said letter by letter as single letters ("the x q j w"): after the
definite article it is an organisation's or a country's initials, not a person's name spelled
out (a name is not said after "the", and a name spelled without a cue is not found either).
Whatever found it - the spelling recognizer, or the model with or without the article in its
span - it is not found.  A name spelled out, letters before a number (a code), letters without
the article, and an employer's letters after where someone works stay found.
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
    "speaker 2: she studied in the u s for a while",
    "speaker 1: and the b j x q folks never answered the phone",
])
def test_initials_after_the_article_are_not_found(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a name spelled out, with its cue or after the name itself
    ("speaker 2: my surname is zylberg, z y l b e r g, with a g", "z y l b e r g"),
    ("speaker 2: the boss is wendrix, spelled w e n d r i x", "w e n d r i x"),
    # where someone works: the employer's letters point at its staff
    ("speaker 1: i work at the j x q b, in the storage yard", "j x q b"),
    ("speaker 1: she has worked for the w q x v since the spring", "w q x v"),
])
def test_spelled_names_and_employers_letters_stay_found(redactor_default, text, expected):
    assert expected in _names(redactor_default, text)


def test_letters_before_a_number_are_still_a_code(redactor_default):
    text = "speaker 2: the code on the form was the a b six two nine seven"
    assert [value for _, value in of_type(redactor_default, text, *CODE_TYPES)] == ["a b six two nine seven"]


@pytest.mark.parametrize("text, letters, expected", [
    ("speaker 2: she studied in the u s, then came home", "u s", True),
    ("speaker 2: she studied in the U S, then came home", "U S", True),
    ("speaker 2: the x q j w said no", "x q j w", True),
    # no article, a number after, a word of several letters, where someone works
    ("speaker 2: he told x q j w nothing", "x q j w", False),
    ("speaker 2: the a b six two nine", "a b", False),
    ("speaker 2: the xqjw said no", "xqjw", False),
    ("speaker 2: i work at the x q j w", "x q j w", False),
])
def test_letters_after_article_rule(text, letters, expected):
    from redactor.detect.caption_acronyms import is_letters_after_article
    from redactor.model import Mention

    start = text.index(letters)
    mention = Mention(start=start, end=start + len(letters), entity_type="ORGANIZATION", score=0.85,
                      detector="SpacyRecognizer", text=letters)
    assert is_letters_after_article(text, mention) is expected
    # the model's span may hold the article
    with_the = Mention(start=start - 4, end=mention.end, entity_type="PERSON", score=0.85,
                       detector="SpacyRecognizer", text=text[start - 4:mention.end])
    assert is_letters_after_article(text, with_the) is (expected and text[start - 4:start] == "the ")
