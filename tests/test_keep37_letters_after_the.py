"""Round 37: a body's letters said one by one right after "the" in a caption ("the g l a a and
the police", "does the s h g m check", "the o f h, nobody called them") stay readable when the
model took them for an organisation; a code's letters that go on with its number, letters after
a word of where one works or belongs, too few or too many letters, and letters with no "the"
before them are left to the other rules."""

from __future__ import annotations

import pytest

from redactor.detect.caption_acronyms import letters_after_the
from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, letters", [
    ("<v speaker_1>the fourth of june, early morning, the g l a a and the police together\n", "g l a a"),
    (">> the wages never came. and the labour inspectorate, the o f h, nobody called them.\n", "o f h"),
    ("<v speaker_2>yeah, the s h g m did a ramp check and the prosecutor in antalya\n", "s h g m"),
])
def test_a_bodys_letters_after_the_are_kept(redactor_default, text, letters):
    assert names_touching(redactor_default, text, letters) == []


def test_the_rest_of_the_line_is_still_found(redactor_default):
    text = "<v speaker_2>yeah, the s h g m did a ramp check and mehmet yilmaz signed it\n"
    assert ("PERSON", "mehmet yilmaz", text.index("mehmet")) in names_found(redactor_default, text)


def _after_the(text: str, letters: str) -> bool:
    start = text.index(letters)
    return letters_after_the(text, start, start + len(letters))


@pytest.mark.parametrize("text, letters, expected", [
    ("does the s h g m check", "s h g m", True),
    ("nobody told the m c a or the h s e.", "m c a", True),
    ("yes the s z p i came twice, they took samples", "s z p i", True),
    # a code's letters that go on with its number
    ("yes, the q s d dash two s", "q s d", False),
    ("the k a s slash four four one", "k a s", False),
    ("the r f t two six, the bales", "r f t", False),
    # where one works, studies or belongs
    ("i'm at the i t c in carlow the rest of the year", "i t c", False),
    ("but kerwyn brother is in the e r t, so he quiet", "e r t", False),
    ("i work for the k t b c since march", "k t b c", False),
    # no "the" right before; too few or too many letters
    ("the test paper says o n s s a on top", "o n s s a", False),
    ("he's from the u k, two years", "u k", False),
    ("the j o r d a n family", "j o r d a n", False),
])
def test_letters_after_the(text, letters, expected):
    assert _after_the(text, letters) is expected
