"""Dictionary words in small letters that the model calls a place in a caption ("spyware",
"mosques") are vocabulary, not a place: dropped unless a places list holds them (round 18)."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, word", [
    ("the ferry left us on a tiny island with two goats", "island"),
    ("it all went to oligarchs in the end", "oligarchs"),
    ("my phone had spyware on it for months", "spyware"),
    ("the old mosques in the valley were shut", "mosques"),
])
def test_dictionary_word_is_no_place_in_a_caption(redactor: Redactor, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(f.start < start + len(word) and start < f.end for f in redactor.scan(text))


def test_a_place_in_small_letters_is_still_found(redactor: Redactor) -> None:
    text = "she grew up in a village near kowalewo pomorskie before she moved"
    start = text.index("kowalewo")
    assert any(f.start <= start < f.end for f in redactor.scan(text))


def test_a_place_said_by_its_letters_stays(redactor: Redactor) -> None:
    """A state's letters are a dictionary word too ("md"): short words are not dropped."""
    text = "we drove down to md for the weekend and back"
    start = text.index(" md ") + 1
    assert any(f.start <= start < f.end for f in redactor.scan(text))
