"""A name alone that opens a caption's line, taken up at once by "he" or "she" (round 32).

"berk, he's the trainee", "akhil, he is the nephew", "ubah, she does the billing": a caption's
subject is a person when the next words take it up as one.  The name recognizer finds such a
word where it is a given name the lists know and no English word, or a word no list knows that
English hardly uses (the line restored to capitals starts with it); and the model's person is
no longer dropped as a dictionary word when it is one English hardly uses ("berk" a fool,
"wale" a ridge: the cues of a subtitle file are read joined, so it opens no line there).  Not a
place, a hesitation or a common word ("hmm, he's right", "istanbul, he's from there")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_named_file


def _srt(*lines: str) -> str:
    return "".join(f"{n}\n00:00:{n:02d},000 --> 00:00:{n + 1:02d},000\n{line}\n\n" for n, line in enumerate(lines, 1))


def test_a_lower_case_name_taken_up_by_a_pronoun_is_a_person(redactor_default, tmp_path):
    # "berk" is a dictionary's word (a fool), "wale" too (a ridge): the pronoun says who
    text = _srt("in the report it says hard landing, no injury", "selim signed it",
                "who else was in the basket with you", "berk, he's the trainee, twenty-two.",
                "and who drove the truck", "wale, she drives for the company since may")
    found = found_in_named_file(redactor_default, tmp_path, "balloon.srt", text, {"PERSON"})
    assert ("PERSON", "berk") in found and ("PERSON", "wale") in found


@pytest.mark.parametrize("line", [
    "hmm, he's right. yeah he was there.",
    "istanbul, he's from there.",
    "mmm she's gone, okay",
    "whatsapp he says is safer",
    "what about the trainee, he's still there",
])
def test_a_word_a_pronoun_follows_that_is_no_name_is_nobody(redactor_default, tmp_path, line):
    text = _srt("who else was in the basket with you", line)
    assert found_in_named_file(redactor_default, tmp_path, "balloon.srt", text, {"PERSON"}) == []
