"""Dictionary words in small letters that the model calls a place in a caption ("spyware",
"mosques") are vocabulary, not a place: dropped unless a places list holds them (round 18)."""

from __future__ import annotations

import pytest

from redactor import Redactor
from redactor.detect.filters import SpanFilters
from redactor.model import Mention


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


def _model_place(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(start=start, end=start + len(word), entity_type="LOCATION", score=0.85,
                   detector="SpacyRecognizer", text=word)


@pytest.mark.parametrize("text, word, kept", [
    ("we waited for the spillover all week", "spillover", False),
    # a job the model calls a place: its span is all that covers the quasi-identifier
    ("he paid two of the nurses for it", "nurses", True),
    ("the old welder retires in spring", "welder", True),
])
def test_model_place_of_dictionary_words(text: str, word: str, kept: bool) -> None:
    filters = SpanFilters()
    assert (filters.filter_one(text, _model_place(text, word)) is not None) == kept
