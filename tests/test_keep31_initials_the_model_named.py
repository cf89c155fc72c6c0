"""Round 31: a body's initials read out one by one after "the" stay readable when the model,
not the spelled-out reader, took them for an organisation or a person ("yeah, the s h g m did a
ramp check", "the g l a a and the police together", "the labour inspectorate, the o f h"),
whether or not a list knows the acronym.  A code after the article (letters then figures), an
employer's letters after where someone works, letters before a unit they name and letters
without the article stay found."""

from __future__ import annotations

import pytest

NAME_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _touching(redactor, text: str, part: str) -> list[tuple[str, str]]:
    start = text.index(part)
    end = start + len(part)
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.start < end and f.end > start]


@pytest.mark.parametrize("text, letters", [
    ("<v speaker_2>yeah, the s h g m did a ramp check and the prosecutor opened a file\n", "s h g m"),
    ("speaker_1: the fourth of june, early morning, the g l a a and the police together came\n", "g l a a"),
    ("speaker_2: he slipped, and the labour inspectorate, the o f h, nobody called them.\n", "o f h"),
    ("so what happened since the article. so, uh, the c n e s opened an inquiry, an internal one.\n", "c n e s"),
])
def test_initials_after_the_are_kept_when_the_model_names_them(redactor_default, text, letters):
    assert _touching(redactor_default, text, letters) == []


def test_the_rest_of_the_line_is_still_found(redactor_default):
    text = "speaker_2: yeah, the s h g m did a ramp check, and emre yilmaz signed the log\n"
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text) if f.entity_type in NAME_TYPES] == \
        [("PERSON", "emre yilmaz")]


def test_the_initials_reader_alone():
    from redactor.detect.public_kinds import is_spelled_acronym
    from redactor.model import Mention

    class Lists:
        body_acronyms: frozenset[str] = frozenset()

        @staticmethod
        def is_kept_name(text: str) -> bool:
            return False

    def kept(text: str, span: str) -> bool:
        at = text.index(span)
        return is_spelled_acronym(Lists(), text, Mention(at, at + len(span), "ORGANIZATION", 0.85, "SpacyRecognizer", span))

    assert kept("yeah, the s h g m did a ramp check", "s h g m")
    assert kept("the fourth of june, the g l a a and the police", "g l")  # the model cut it short
    assert kept("so, uh, the c n e s opened an inquiry", "the c n e s")
    # near misses: a code, an employer, a unit, a word spelled, one letter said again, no article
    assert not kept("the k l m four four two", "k l m")
    assert not kept("the a c c s two six slash one", "a c c s")
    assert not kept("i work at the k t b c now", "k t b c")
    assert not kept("the w j x q team came at night", "w j x q")
    assert not kept("the s a c k i e at the end", "s a c k i e")
    assert not kept("the e e e", "e e e")
    assert not kept("she told x q j w everything", "x q j w")


@pytest.mark.parametrize("text, letters, kind", [
    ("speaker_1: my plate is the k l m four four two, the old one\n", "k l m", "VEHICLE_PLATE"),
    ("speaker_1: i work for the k t b c since march, in the storage yard\n", "k t b c", "PERSON"),
    ("speaker_1: the, uh, w j x q team came at night with torches\n", "w j x q", "PERSON"),
])
def test_codes_employers_and_units_stay_found(redactor_default, text, letters, kind):
    assert any(t == kind for t, _ in _touching(redactor_default, text, letters))

