"""Small firms named by uncommon English words in a caption's lower case ("for tundra site
services", "at the regal bingo club"), said bare where a firm is named; and firms said again by
their own name alone ("blue lagoon" of "Blue Lagoon Divers", "heartwood" of "Heartwood Guide
Dogs in Whitnash")."""

from __future__ import annotations

import pytest

from redactor.detect.org_edges import names_without_trade
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


@pytest.mark.parametrize("name, expected", [
    ("Blue Lagoon Divers", ["Blue Lagoon"]),
    ("Heartwood Guide Dogs in Whitnash", ["Heartwood"]),
    ("Heartwood Guide Dogs", ["Heartwood"]),
    ("harbour view movers", ["harbour view"]),
])
def test_a_firm_s_own_name_said_again(name, expected):
    assert names_without_trade(name) == expected


@pytest.mark.parametrize("name", [
    "Coral Vista Laundry Rooms",       # a common first word, no trade at the end
    "Hilo Medical Center",             # a town opens it
    "Goodwill Driving",                # two words: the first is no name said alone
    "Southern Sirens Roller Derby",    # no trade, a common first word
    "Blue Lagoon Sirens",              # no doers of a trade
    "Habitat for Humanity Homes",      # a function word in it: a body's name
    "Zorvex Guide Dogs",               # a coined first word: a brand's or a body's as often
    "judo club lovćen kids",           # in lower case: what the club does may open it
    "Globalisation Fund Committee",    # a derived word: said alone it is the word itself
])
def test_no_own_name_said_again(name):
    assert names_without_trade(name) == []


def test_the_short_name_said_later_in_a_caption_is_the_same_firm(redactor_default):
    text = ("Q: Where do you work?\nA: I'm a dive guide at Blue Lagoon Divers, the shop by the harbour.\n"
            "Q: And after the storm?\nA: so the shop is closed now, blue lagoon is closed\n")
    found = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "ORGANIZATION"]
    assert [t for t, _ in found] == ["Blue Lagoon Divers", "blue lagoon"]
    assert len({r for _, r in found}) == 1
