"""A code's letters said before lost speech and said again with the code: the letters before the
note are the code's, and the code said again takes its letters (a phone's figures read after
letters are an ID's); letters said again before no found code, or a word said again, are left
(redactor.detect.lost_letters)."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file


@pytest.mark.parametrize("text, first, again", [
    (">> do you have the certificate number >> um yes, i took a photo. it's t s a [inaudible] ... sorry, "
     "t s a dash two zero two five dash zero four four one seven. and the log book pages.\n",
     "t s a", "t s a dash two zero two five dash zero four four one seven"),
    ("on my list i have two hundred and six cards. i copied some numbers, one is k a k (crosstalk)\n"
     "kak zero seven dash one one four three two, that family left.\n",
     "k a k", "kak zero seven dash one one four three two"),
])
def test_letters_cut_by_lost_speech_are_the_code_said_again(redactor_default, tmp_path, text, first, again):
    found = found_in_file(redactor_default, tmp_path, text)
    assert ("ID_NUMBER", first, text.index(first)) in found
    assert ("ID_NUMBER", again, text.index(again, text.index(first) + len(first))) in found


@pytest.mark.parametrize("text, word", [
    ("it is [inaudible] ... it is 0601 234 567, call me.\n", "is"),
    ("he said o k [inaudible] ok, the meeting is at ten.\n", "o k"),
])
def test_no_code_no_letters(redactor_default, tmp_path, text, word):
    found = found_in_file(redactor_default, tmp_path, text)
    assert not any(t == word for _, t, _ in found)


def test_letters_said_again_on_the_next_line_stay_on_their_line(redactor_default, tmp_path):
    text = "a number, p a (crosstalk) two six\n- sorry p a\n- p a two six slash zero nine one one. and nothing.\n"
    found = found_in_file(redactor_default, tmp_path, text)
    assert not any("\n" in t for _, t, _ in found)
