"""Round 31: a road or a street named in a lower-case caption without a house number
("on the harrowden road", "up the klondike highway"): one or two words rare in English before a
way word; never English words, a public city's road, a month or a line with capitals."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.named_ways import find_named_ways


def _ways(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_named_ways(text, caseless_lines(text))]


def test_a_named_road_without_a_number():
    text = ("i work at the sparkle hand car wash\n"
            "on the harrowden road in wellingborough\n"
            "my dad's a trapper up the klondike highway, he said finish the season\n")
    assert _ways(text) == [(43, 57, "harrowden road"), (102, 118, "klondike highway")]


def test_two_rare_words_before_the_way_word():
    text = "my uncle has the shop on kuchai rudaki street near the bazaar\n"
    assert _ways(text) == [(25, 45, "kuchai rudaki street")]


@pytest.mark.parametrize("text", [
    "we took the main road and then the high street to the market\n",  # English words
    "the long lane behind the new road was flooded\n",
    "the kabul road was closed for three days\n",  # a large city's road names a route
    "the march road and the friday street market\n",  # months and days
    "it was a long drive and a close call\n",  # not way words here
    "On The Harrowden Road In Wellingborough\n",  # a line with capitals: the model's
])
def test_way_near_misses(text):
    assert _ways(text) == []
