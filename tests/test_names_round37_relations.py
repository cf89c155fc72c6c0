"""A rare word right after someone's relation is a name the model found (round 37).

"my husband jawed is a rickshaw driver": a dictionary lists "jawed", so the model's PERSON was
dropped as a word; English hardly uses it, and right after "my husband" it is the husband's
name.  Every lower-case word English hardly uses said after "my/his/her/our/their" and a
relation is marked a person in the design sets (57 of 57).  A common word ("my husband worked"),
a place ("my cousin in kirkcaldy"), a relation of nobody's ("the husband jawed") are not."""

from __future__ import annotations

import pytest

from redactor.detect.name_context import rare_word_after_relation
from tests.test_names_given import people


def _after_relation(text: str, word: str) -> bool:
    start = text.index(word)
    return rare_word_after_relation(text, start, start + len(word))


@pytest.mark.parametrize("text, word", [
    (">> [inaudible] ... of course. my husband jawed is a rickshaw driver, if they take his", "jawed"),
    ("the baptism and burial books at kili, my cousin rine is the church secretary there", "rine"),
    ("- did anyone else see\n- my colleague ammar on the day shift, he saw the bags", "ammar"),
    ("and her husband, rommel, is still in the philippines", "rommel"),
])
def test_a_rare_word_after_someones_relation_is_a_name(text, word):
    assert _after_relation(text, word)


@pytest.mark.parametrize("text, word", [
    ("of course. my husband worked there for years", "worked"),  # a common word
    ("the husband jawed at him all night", "jawed"),  # no one's relation
    ("my husband's jawed look", "jawed"),  # what a relation has
    ("my wife always said so", "always"),
    ("Of course. My husband Jawed is a driver", "Jawed"),  # not lower case: the name lists judge it
])
def test_no_name_without_a_rare_word_after_someones_relation(text, word):
    assert not _after_relation(text, word)


def test_the_scan_keeps_the_models_name_after_a_relation(redactor_default):
    text = (">> are you afraid\n>> [inaudible] ... of course. my husband jawed is a rickshaw driver, "
            "if they take his licence we have nothing\n")
    assert "jawed" in people(redactor_default, text)
