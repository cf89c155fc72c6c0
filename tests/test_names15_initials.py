"""Initials a person signs with are that person (round 15, rules/transcripts.yaml: Initials).

"signed with my initials, MKS", "the initials J.P.R. on the log": two to four capitals after
the word "initials"; "he signs B.T.", "I signed it as K.M.": capitals with full stops after a
verb of signing.  Not an acronym the initials stand for, not "signs NDA forms", not the word
alone ("I put my initials on it")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, initials", [
    ("Source: I signed with my initials, MKS, on every page.\n", "MKS"),
    ("Source: There were the initials J.P.R. on the log.\n", "J.P.R."),
    ("Source: He always signs B.T. at the bottom.\n", "B.T."),
    ("Source: I signed it as K.M. and left.\n", "K.M."),
    ("Source: The initials were T. K. on the receipt.\n", "T. K."),
])
def test_initials_signed_are_a_person(redactor_default, tmp_path, text, initials):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(initials, text.index(initials))]


def test_an_acronym_or_initials_unsaid_are_nobody(redactor_default, tmp_path):
    text = ("Source: The initials NGO stand for something else.\n"
            "Source: He signs NDA forms every week.\n"
            "Source: I put my initials on it. She signed the form and left.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_the_speakers_own_initials_are_the_speaker(redactor_default):
    text = ("Interviewer: How did you sign it?\n"
            "Vesna: I signed with my initials, VKP, on every page.\n"
            "Interviewer: And Goran?\n"
            "Vesna: He signs G.B. usually.\n")
    found = {f.text: f.replacement for f in redactor_default.scan(text) if f.entity_type == "PERSON"}
    assert set(found) == {"Vesna", "VKP", "Goran", "G.B."}
    assert found["VKP"] == found["Vesna"]
    assert found["G.B."] not in (found["Vesna"], found["Goran"])  # his initials, but no words say whose


def test_initials_are_the_one_person_named_in_full_with_those_letters(redactor_default):
    text = ("Interviewer: Who signed the log?\n"
            "Ana: Jan Pieter Rademaker did. The initials J.P.R. are on every page. "
            "And Marie-Kim Sorensen put her initials, MKS, too. The initials T.K. are no one's we know.\n")
    found = {f.text: f.replacement for f in redactor_default.scan(text) if f.entity_type == "PERSON"}
    assert found["J.P.R."] == found["Jan Pieter Rademaker"]
    assert found["MKS"] == found["Marie-Kim Sorensen"]
    assert found["T.K."] not in (found["Ana"], found["Jan Pieter Rademaker"], found["Marie-Kim Sorensen"])
