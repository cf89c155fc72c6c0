"""Small firms named by uncommon English words in a caption's lower case ("for tundra site
services", "at the regal bingo club"), said bare where a firm is named."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_heads import find_firms_by_head


def _firms(text: str) -> list[str]:
    flags = [True] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find_firms_by_head(text, flags)]


@pytest.mark.parametrize("text, expected", [
    ("two weeks on two weeks off, four years now, for tundra site services\nthe camp is at deadhorse",
     ["tundra site services"]),
    ("it's not the festival that hires you, it's a bar contractor, greenroom hospitality, out of portlaoise.",
     ["greenroom hospitality"]),
    ("aye, i'm the caller at the regal bingo club in cowdenbeath, thursdays and saturdays",
     ["regal bingo club"]),
])
def test_a_firm_named_by_uncommon_words_said_bare_is_found(text, expected):
    assert _firms(text) == expected


@pytest.mark.parametrize("text", [
    # an article or a place before: the one of its kind at a place
    "the dock is the curaçao drydock company, we work inside it on the ships",
    "we went to the karate club after school and then a pottery studio",
    # a pause before: goods, no firm
    "alcohol mostly, cigarettes, some, uh, outboard motors once. we seize them",
    # an activity, a trade: what the firm does
    "i worked for scaffolding company then at rowing club, then for cleaning services",
    # a comparison, not a name
    "the new directive will allow for smoother exchange of information between states",
    # an everyday word
    "i work for southern services and at the main office",
])
def test_a_kind_said_with_words_is_no_firm(text):
    assert _firms(text) == []
