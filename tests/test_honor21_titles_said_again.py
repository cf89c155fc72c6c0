"""A word said again and again right before the people of a document goes into their names'
spans (round 21, redactor/refine/titles_said_again.py): a caption's honorific of another
language ("tutu kalena ... tutu malia"), an article said with a nickname each time ("le Borgne
... warned le Borgne").  Not an everyday word of English said before names ("asked", "hello",
"my colleague"), not a word said so once, not a word another finding covers."""

from __future__ import annotations

import re

import pytest

from redactor.model import Mention
from redactor.refine.titles_said_again import titles_said_again


def _people(text: str, *names: str, found: tuple[Mention, ...] = ()) -> list[Mention]:
    """A PERSON mention at each whole-word occurrence of each of ``names`` in ``text``."""
    out = list(found)
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            out.append(Mention(m.start(), m.end(), "PERSON", 0.85, "SpacyRecognizer", name))
    return sorted(out, key=lambda m: (m.start, m.end))


def _spans(mentions: list[Mention]) -> list[str]:
    return [m.text for m in mentions if m.entity_type == "PERSON"]


def test_a_word_said_before_two_names_joins_each():
    text = "speaker 2: the nets belong to tutu kalena. tutu malia mends them, and kalena pays\n"
    out = titles_said_again(text, _people(text, "kalena", "malia"))
    assert _spans(out) == ["tutu kalena", "tutu malia", "kalena"]
    assert [m.start for m in out] == [text.index("tutu kalena"), text.index("tutu malia"), text.rindex("kalena")]


def test_an_article_said_with_a_nickname_each_time_joins_it():
    text = "A: At the quarry the boss is le Borgne. I warned le Borgne about the rope. Ask le Borgne.\n"
    out = titles_said_again(text, _people(text, "Borgne"))
    assert _spans(out) == ["le Borgne"] * 3


@pytest.mark.parametrize("text, names", [
    ("speaker 2: i asked ana and then i asked boris\n", ("ana", "boris")),
    ("speaker 2: hello ana, hello boris, come in\n", ("ana", "boris")),
    ("speaker 2: my colleague ana and my colleague boris left\n", ("ana", "boris")),
    ("speaker 2: yesterday ana came, yesterday boris came\n", ("ana", "boris")),
    ("speaker 2: the nets belong to tutu kalena. malia mends them\n", ("kalena", "malia")),
])
def test_an_everyday_word_or_one_said_once_stays_out(text, names):
    mentions = _people(text, *names)
    assert titles_said_again(text, mentions) == mentions


def test_a_word_another_finding_covers_stays_out():
    text = "speaker 2: the nets belong to tutu kalena. tutu malia mends them\n"
    covered = tuple(Mention(m.start(), m.end(), "ORGANIZATION", 0.85, "SpacyRecognizer", "tutu")
                    for m in re.finditer("tutu", text))
    mentions = _people(text, "kalena", "malia", found=covered)
    assert titles_said_again(text, mentions) == mentions
