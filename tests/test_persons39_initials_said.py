"""Initials said a little further from the words that make them someone's (round 39,
rules/transcripts.yaml: Initials).

"with my initials. r m." (a full stop after the word, then a caption's letters), "I wrote my
initials on each one, that's the procedure, F.L." (capitals with full stops after a clause and a
comma), "My signature M.A. on every line" (no "is").  Over the design sets the widened rules find
11 initials, all annotated as a person.  Not an acronym written without its full stops after a
clause, not a word after "initials.", not "signature" before a capitalised word."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, initials", [
    ("speaker 2: somebody else did, with my initials. r m. that's not my handwriting\n", "r m"),
    ("Source: I wrote my initials on each one, that's the procedure, F.L.. That's why I'm afraid.\n", "F.L."),
    ("Source: The old book I wrote myself, with the real numbers. My signature M.A. on every line.\n", "M.A."),
])
def test_initials_said_near_the_word_are_a_person(redactor_default, tmp_path, text, initials):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(initials, text.index(initials))]


@pytest.mark.parametrize("text", [
    "Source: I put my initials on each form, that's the rule at the NGO. Then I left.\n",
    "speaker 2: i put my initials. i went home after that\n",
    "Source: The signature was missing. We checked it again.\n",
])
def test_no_initials_where_none_are_said(redactor_default, tmp_path, text):
    assert people(found_in_file(redactor_default, tmp_path, text)) == []
