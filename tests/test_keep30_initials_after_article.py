"""Round 30: a body's initials read out one by one right after "the" in a caption ("does the s h
g m check", "for the s l n", "so, uh, the c n e s opened an inquiry") are kept when the model
took them for a name, as the spelling recognizer already keeps them; and the spelling recognizer
keeps them when the speaker paused on a filler between the article and the letters ("the report
to the, uh, j k k p").  A name spelled out, letters without the article, an employer's letters
after where someone works and letters before a unit they name stay found."""

from __future__ import annotations

import pytest

from redactor.detect.caption_acronyms import is_initials_after_article
from redactor.model import Mention

NAME_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _found(redactor, text: str) -> list[tuple[str, str, int]]:
    return [(f.entity_type, f.text, f.start) for f in redactor.scan(text) if f.entity_type in NAME_TYPES]


@pytest.mark.parametrize("text, letters", [
    (">> who came after the crash?\n>> yeah, the s h g m did a ramp check and the logbooks were gone\n",
     "s h g m"),
    ("- i was a control room operator at the smelter, for the s l n, nine years\n", "s l n"),
    ("speaker 2: so, uh, the c n e s opened an inquiry, an internal one, and nobody called me\n",
     "c n e s"),
    (">> and the labour inspectorate, the o f h, nobody called them.\n", "o f h"),
    ("speaker 1: i fixed the brake that night, and the report to the, uh, j k k p says minor fault\n",
     "j k k p"),
])
def test_a_bodys_initials_after_the_article_are_kept(redactor_default, text, letters):
    start = text.index(letters)
    assert [f for f in _found(redactor_default, text) if f[2] < start + len(letters) and f[2] + len(f[1]) > start] == []


def test_the_rest_of_the_line_is_still_found(redactor_default):
    text = ">> yeah, the s h g m did a ramp check, and then dragan petrovic told me to go home\n"
    assert _found(redactor_default, text) == [("PERSON", "dragan petrovic", text.index("dragan"))]


@pytest.mark.parametrize("text, letters", [
    # a name spelled out, after its cue or the name itself
    ("speaker 2: my name is kofi, k o f i, like the day i was born\n", "k o f i"),
    # letters without the article: anyone's initials
    ("speaker 2: she told x q j w everything that night\n", "x q j w"),
    # where someone works: the employer's letters
    ("speaker 1: i work for the k t b c since march, in the storage yard\n", "k t b c"),
    # the letters name a unit
    ("speaker 1: the w j x q team came at night with torches\n", "w j x q"),
])
def test_spelled_names_and_employers_letters_stay_found(redactor_default, text, letters):
    start = text.index(letters)
    assert ("PERSON", letters, start) in _found(redactor_default, text)


def _guess(text: str, span: str, kind: str) -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), kind, 0.85, "SpacyRecognizer", span)


@pytest.mark.parametrize("text, span, kind, expected", [
    ("yeah, the s h g m did a ramp check", "s h g m", "ORGANIZATION", True),
    ("for the s l n, nine years", "s l n", "PERSON", True),
    ("so, uh, the c n e s opened an inquiry", "the c n e s", "ORGANIZATION", True),
    ("the report to the, uh, j k k p says minor fault", "j k k p", "PERSON", True),
    ("the report to the, um j k k p says minor fault", "j k k p", "PERSON", True),
    # no article, or not right before the letters
    ("i told c t u m, the confederation", "c t u m", "ORGANIZATION", False),
    ("the boss, he is k o f i", "k o f i", "PERSON", False),
    # where someone works; a unit after the letters
    ("i worked at the s l n for nine years", "s l n", "ORGANIZATION", False),
    ("the w j x q team came at night", "w j x q", "ORGANIZATION", False),
    # two letters, or a word
    ("the s h did a check", "s h", "ORGANIZATION", False),
    ("the shgm did a check", "shgm", "ORGANIZATION", False),
])
def test_initials_after_article(text, span, kind, expected):
    assert is_initials_after_article(text, _guess(text, span, kind)) is expected
