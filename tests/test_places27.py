"""A small place named by a name and the word English uses for its kind ("cedar grove", "heron
creek", "east side"), said right after a word that places someone, in a caption's lower case
or typed: the name is the place's, whatever word lists know of it.  Exact spans through the
whole Redactor; made-up places; near misses with an article, a determiner, a number or a shade
before the word are no names."""

from __future__ import annotations

import pytest


def _places(redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "LOCATION"]


@pytest.mark.parametrize("text, expected", [
    ("my gran still keeps goats in marlow grove, she won't move\n", "marlow grove"),
    ("we drove out to\nthistle valley that weekend to fetch the nets\n", "thistle valley"),
    ("his mother runs a stall in west side, by the taxi rank\n", "west side"),
    ("the radar crew sleeps at\nbrackwater plain most nights\n", "brackwater plain"),
    ("they pan for gold up tamber creek every summer\n", "tamber creek"),
])
def test_a_name_and_its_kind_of_place_is_a_place(redactor_default, text, expected):
    assert expected in _places(redactor_default, text)


@pytest.mark.parametrize("text", [
    "she came in dark green, with a hat\n",
    "we went up that hill after lunch\n",
    "i work in the valley\n",
    "they left at two springs ago\n",
    "he lived in every valley of the region\n",
])
def test_no_name_before_the_word_is_no_place(redactor_default, text):
    assert _places(redactor_default, text) == []
