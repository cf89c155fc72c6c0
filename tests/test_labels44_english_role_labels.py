"""A speaker's label that is an English role: a craft worker's general word, or a role word
with words that describe it before it (round 44).

Round 43's blind set labelled a speaker "<v Artisan>" (a cue's voice) and another "DAILY
LABOURER:"; both were pseudonymised as a person in every turn.  The craft worker's general
words ("artisan", "craftsman", "tradesperson") were in no job list of the roles pack, and a
label of two or three words was never read as a role though its last word is one ("labourer")
and the words before it are English words that describe it, none a given name.
"""

from __future__ import annotations

import pytest

from redactor.detect.person_roles import is_role_label
from tests.scan_helpers import found_in_named_file


@pytest.mark.parametrize("label", [
    "DAILY LABOURER", "Artisan",
    # forms no design set has
    "Night watchman", "SENIOR NURSE", "Market vendor", "Master Craftsman", "Tradeswoman", "Craftsperson",
    "Head Chef", "Voice actor",
])
def test_an_english_role_or_a_described_role_is_a_role(label):
    assert is_role_label(label)


@pytest.mark.parametrize("label", [
    # a name whose last word is a job word, or a described job whose first word is a given name
    "Grace Driver", "Amaka Porter", "Rose Weaver", "Bill Collector", "John Farmer", "Hope Nurse",
    # names of several words
    "Tran Thi Lan", "Nguyen Van Tam", "Maria Fernanda",
])
def test_a_name_of_several_words_is_no_role(label):
    assert not is_role_label(label)


def test_a_described_english_role_label_is_no_person(redactor_default, tmp_path):
    text = ("JOURNALIST: How did you come to the fields?\nDAILY LABOURER: By truck from Dabat. His foreman "
            "Kiros Abraha keeps the list.\nJOURNALIST: And a voice tag?\n")
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Reporter>What do you do there?\n\n"
           "00:00:04.250 --> 00:00:09.000\n<v Artisan>I engrave. The owner is U Paing Zeyar Myint.\n")
    found = found_in_named_file(redactor_default, tmp_path, "fields.txt", text, ("PERSON",))
    assert ("PERSON", "DAILY LABOURER") not in found and ("PERSON", "Kiros Abraha") in found
    found = found_in_named_file(redactor_default, tmp_path, "lacquer.vtt", vtt, ("PERSON",))
    assert ("PERSON", "Artisan") not in found
