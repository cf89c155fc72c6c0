"""Round 33: a handle said aloud with "at" after a platform (rules/contact.yaml).

A caption writes the "@" of a handle as the word "at": "instagram at ah jie paddle, or phone
...", "the film is up on a channel, at reel raja h d, uh, ...".  After a platform (or a channel
set off by a comma), "at" and two to five words in small letters that end their clause are the
handle, the "at" with it.  Not a time or a place said with "at" after a platform ("on facebook
at the weekend", "on whatsapp at work", "on tiktok at night"), not a channel without the comma
("through the channel at dover port"), not a bank ("my account at kasikorn")."""

from __future__ import annotations

import pytest


def handles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "HANDLE"]


@pytest.mark.parametrize("text, expected", [
    ("speaker 2: instagram at ah jie paddle, or phone oh one two four seven", "at ah jie paddle"),
    ("by night the film is up on a channel, at reel raja h d, uh, that one.", "at reel raja h d"),
    ("and tiktok: at mama fen cooks.", "at mama fen cooks"),
])
def test_a_handle_said_with_at_after_a_platform(redactor_default, text, expected):
    assert handles(redactor_default, text) == [expected]


@pytest.mark.parametrize("text", [
    "i saw it on facebook at the weekend, and on whatsapp at work every day.",
    "she posted it on tiktok at night, then slept.",
    "we went through the channel at dover port.",
    "the wages go to my account at kasikorn bank.",
    "he was on instagram at home all evening.",
])
def test_near_misses_are_no_handle(redactor_default, text):
    assert handles(redactor_default, text) == []
