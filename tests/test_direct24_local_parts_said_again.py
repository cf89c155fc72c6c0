"""A spoken address's local part said again to explain it: its figures "in numbers" right after
it (redactor.detect.value_pieces), a word of it followed by "then" and the letters after it in the
address (redactor.detect.email_words).  Figures said in numbers with no address before them, and
"then" with a word after it, are nothing."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str, int]]:
    return [(f.entity_type, f.text, f.start) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, piece", [
    ("my email is lena park thirty at hotmail dot com. thirty in figures, three zero\n", "thirty"),
    ("write to omar hale fifty two at gmail dot com. fifty two in numbers. five two\n",
     "fifty two"),
    ("it's jules forty eight at proton dot me, forty eight as digits\n", "forty eight"),
])
def test_figures_said_in_numbers_after_an_address_are_its_own(redactor_default, text, piece):
    findings = redactor_default.scan(text)
    (address,) = [f for f in findings if f.entity_type == "EMAIL" and " at " in f.text]
    (said,) = [f for f in findings if f.start == text.index(piece, address.end) and f.text == piece]
    assert said.replacement == address.replacement


@pytest.mark.parametrize("text", [
    "we counted forty in figures that day, and the email is abc seven at gmail dot com\n",
    "my email is abc seven at gmail dot com. three in figures were missing from the ledger.\n",
])
def test_figures_in_numbers_that_are_no_piece_of_the_address(redactor_default, text):
    assert [t for kind, t, _ in _found(redactor_default, text) if kind == "EMAIL"] == ["abc seven at gmail dot com"]


def test_a_word_of_the_local_part_then_its_letters(redactor_default):
    text = "email is major tom at hotmail dot com, major then t o m.\n"
    found = _found(redactor_default, text)
    start = text.index("major", text.index(" com"))
    assert any(t == "major" and s == start for _, t, s in found)


def test_a_common_word_then_another_word_is_not_said_again(redactor_default):
    text = "email is major tom at hotmail dot com, major then we can talk.\n"
    start = text.index("major", text.index(" com"))
    assert not any(s == start for _, _, s in _found(redactor_default, text))
