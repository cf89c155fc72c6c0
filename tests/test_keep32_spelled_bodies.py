"""Round 32: a body's initials said one by one in a caption stay readable, whether the model
or the spelling recognizer took them for a name, when the words they stand for follow them
("c h c c, the commonwealth health center", "c t u m... the confederation of trade unions").
A code read out after the letters, letters before other words, letters where someone works and
a name spelled out stay found.  (Any letters after "the" were tried this round and left out:
they lost a quasi-identifier of a held-out set.)"""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, letters", [
    ("speaker 2: i wrote to c h c c, the commonwealth health center, twice in may.\n", "c h c c"),
    (">> i told c t u m... the confederation of trade unions of myanmar, and the mill\n", "c t u m"),
])
def test_a_bodys_initials_the_model_took_for_a_name_are_kept(redactor_default, text, letters):
    assert names_touching(redactor_default, text, letters) == []


def test_the_rest_of_the_line_is_still_found(redactor_default):
    text = "speaker 2: i wrote to c h c c, the commonwealth health center, and mehmet yilmaz signed it\n"
    assert ("PERSON", "mehmet yilmaz", text.index("mehmet")) in names_found(redactor_default, text)


@pytest.mark.parametrize("text, letters", [
    # a name spelled out: no article before it
    ("speaker 2: my email is firuz at mail dot ru. f i r u z, all small\n", "f i r u z"),
    # where someone works: the employer's letters
    ("speaker 1: i work for the k t b c since march, in the storage yard\n", "k t b c"),
    # letters and then other words after "the": not the letters' own words
    ("speaker 2: i wrote to k t b c, the man from the office, twice in may.\n", "k t b c"),
])
def test_names_and_employers_letters_stay_found(redactor_default, text, letters):
    assert ("PERSON", letters, text.index(letters)) in names_found(redactor_default, text)


def test_letters_of_a_code_read_out_are_still_a_code(redactor_default):
    text = "speaker_1: the officer gave me a card,\ng l a a, one one seven four four\n"
    start = text.index("g l a a")
    codes = [f for f in redactor_default.scan(text) if f.start <= start < f.end]
    assert [(f.entity_type, f.text) for f in codes] == [("ID_NUMBER", "g l a a, one one seven four four")]
