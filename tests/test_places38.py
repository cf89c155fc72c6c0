"""Round 38: a city whose name is also a word, said right after "in" or "from" in a lower-case
caption ("the union rep in cork", "my nan's in / brighton", "the cocker from wembley"): the
same town the residence rule takes after "we moved to", without the verb.  Never an everyday
word ("reading", "bath"), a name, a range's first end ("from sunrise to sunset"), nor after
"to" alone."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.places import find_lower_case_places


def _places(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_lower_case_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("the union yes the nurses rep in cork her name is siobhan\n", [(32, 36, "cork")]),
    ("biscuit, the cocker from wembley, uh, on the\ntwenty-sixth of june\n", [(25, 32, "wembley")]),
    ("every month he brings new boys from leicester every week\n", [(36, 45, "leicester")]),
    # the caption wraps its line between the preposition and the town
    ("and then i went to my nan's in\nbrighton for the summer\n", [(31, 39, "brighton")]),
])
def test_a_town_named_like_a_word_after_in_or_from(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "i lived in reading for a while then left\n",     # an everyday word
    "we had a week in bath and then back home\n",
    "we worked from sunrise to sunset, no break\n",   # a range of hours, not a town
    "we picked from sunrise till dark every day\n",
    "then the parts went to toyota every friday\n",   # "to" alone: a firm as often
    "a letter from victoria about the rent\n",        # a given name
    "The Union Rep In Cork Her Name Is Siobhan\n",    # a line with capitals: the model's
])
def test_no_town_after_in_or_from(text):
    assert _places(text) == []
