"""A phone's end or start said alone after a word of a part (round 42): "the old phone ending zero
six one", "my mobile ends in four four one", "her number starts with oh seven seven", "the last
three digits are two two nine" are the source's phone, though too short for one.  Exact spans
through the whole Redactor, and counts, times and tunes said after such words that stay out."""

from __future__ import annotations

import pytest

_TYPES = frozenset({"ID_NUMBER", "PHONE"})


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in _TYPES]


@pytest.mark.parametrize("text, expected", [
    ("so is there a safe way to reach you now? the old phone ending zero six one is off.",
     [("PHONE", "zero six one")]),
    # forms no design set has
    ("my number ends in four four one, you can text it", [("PHONE", "four four one")]),
    ("my mobile ends with seven seven two", [("PHONE", "seven seven two")]),
    ("her phone number starts oh six one and then i forget the rest", [("PHONE", "oh six one")]),
    ("his cell, the last three digits are two two nine", [("PHONE", "two two nine")]),
    ("the whatsapp that begins with nine double four eight", [("PHONE", "nine double four eight")]),
    # the words of its end said after it
    ("call me, it's the number with four four one at the end", [("PHONE", "four four one")]),
    ("my mobile, the one with two two six on the end", [("PHONE", "two two six")]),
])
def test_a_phones_part_said_alone_is_the_phone(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the call ended at nine, my phone was dead",
    "my phone started ringing at four, then at five",
    "the song on my phone ends with one two three",
    "the phone call ended in twenty minutes",
    "my phone battery ends at forty percent",
    "on my phone we talked five five minutes at the end",
    "my phone, the one with two two one at the start",
])
def test_counts_and_times_after_a_part_word_stay_out(redactor_default, text):
    assert found(redactor_default, text) == []
