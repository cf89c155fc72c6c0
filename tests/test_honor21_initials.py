"""Initials in a lower-case caption (round 21, rules/transcripts.yaml: Initials).

An automatic caption writes initials as single small letters apart: "my initials r d", "she
keeps the ledger with initials by each line, n o b", "somebody signed with a p l".  Capitals
after "the signature is" ("T.B.K.") are initials too.  Initials in small letters are linked to
the one person named in full with those letters, and to the speaker for their own.  Not letters
after other words ("the initials were on the board, i saw it"), not an article taken for a
letter, not a longer run of letters ("a b c d e f")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, initials", [
    ("speaker 2: i wrote the time in the book and my initials r d. then i went home\n", "r d"),
    ("speaker 2: she keeps the ledger with initials by each line, n o b, every week\n", "n o b"),
    ("speaker 2: the forms were changed and somebody signed with a p l. it was not me\n", "p l"),
    ("speaker 2: the initials were t k on the receipt\n", "t k"),
    ("Source: Look at the last page, the signature is T.B.K. in red ink.\n", "T.B.K."),
])
def test_initials_in_small_letters_are_a_person(redactor_default, tmp_path, text, initials):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(initials, text.index(initials))]


@pytest.mark.parametrize("text", [
    "speaker 2: the initials were on the board, i saw it and then i left\n",
    "speaker 2: my initials, i think, are fine. he signed it as a rule\n",
    "speaker 2: the initials of the union are on the wall. i signed in a hurry\n",
    "speaker 2: the code was a b c d e f and my initials were on it\n",
    "Source: The signature is ABC on the cover.\n",
])
def test_letters_no_words_call_initials_are_nobody(redactor_default, tmp_path, text):
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_small_initials_are_the_one_person_named_in_full_with_those_letters(redactor_default):
    text = ("Interviewer: Who signed the log?\n"
            "Ana: Kofi Mensah Boateng did. The initials k m b are on every page. The initials t r are no one's.\n")
    found = {f.text: f.replacement for f in redactor_default.scan(text) if f.entity_type == "PERSON"}
    assert found["k m b"] == found["Kofi Mensah Boateng"]
    assert found["t r"] not in (found["Ana"], found["Kofi Mensah Boateng"])


def test_the_speakers_own_small_initials_are_the_speaker(redactor_default):
    text = ("Interviewer: How did you sign it?\n"
            "Vesna: i signed with my initials v k p on every page.\n")
    found = {f.text: f.replacement for f in redactor_default.scan(text) if f.entity_type == "PERSON"}
    assert found["v k p"] == found["Vesna"]
