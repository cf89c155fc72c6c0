"""Round 31: a public body's name in a caption's small letters whose last word the model left
out of its span ("ghana immigration" of "the ghana immigration service should ask him") is the
body's name when the body's words start inside the span; a body's word said after a name alone
("told zorvik police came") stays a sentence's word, and the name stays found."""

from __future__ import annotations

import pytest


def _touching(redactor, text: str, part: str) -> list[tuple[str, str]]:
    start = text.index(part)
    end = start + len(part)
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.start < end and f.end > start]


# A body's name in a caption's small letters whose last word the model left out, when the body's
# words start inside the model's span ("ghana immigration" + "service"): the body's name.
@pytest.mark.parametrize("text, body", [
    ("speaker 2: he has the car now. if you write this, the ghana immigration service should ask him\n",
     "ghana immigration service"),
])
def test_a_bodys_name_in_small_letters_cut_before_its_last_word(redactor_default, text, body):
    assert _touching(redactor_default, text, body) == []


@pytest.mark.parametrize("text, span, kind, expected", [
    ("speaker 2: if you write this, the ghana immigration service should ask him", "ghana immigration",
     "ORGANIZATION", True),
    # the body's word after the span alone, in small letters: a sentence may say so
    ("speaker 2: i told zorvik police came at night", "zorvik", "PERSON", False),
    ("speaker 2: i told kwame zorvik police came at night", "kwame zorvik", "PERSON", False),
])
def test_a_bodys_words_starting_in_the_span(text, span, kind, expected):
    from redactor.detect.filters import SpanFilters
    from redactor.model import Mention

    start = text.index(span)
    m = Mention(start, start + len(span), kind, 0.85, "SpacyRecognizer", span)
    filters = SpanFilters()
    kept = filters.is_person_before_body(text, m) if kind == "PERSON" else filters.is_inside_public_body(text, m)
    assert kept is expected
