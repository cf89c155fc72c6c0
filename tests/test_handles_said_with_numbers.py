"""An account's name read out or written after "my <platform> is", "my user", "my login": name
words and then numbers said in words ("my facebook is maria lopes eighty eight"), or a word
joined by dots or underscores ("my login, okafor.bnx"), is one HANDLE (rules/contact.yaml,
SocialHandle: "handle said with its numbers")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file


@pytest.mark.parametrize("text, handle", [
    ("it's on whatsapp also my facebook is maria lopes eighty eight but don't write there\n",
     "maria lopes eighty eight"),
    ("the printer log shows my user jtavares zero five so they know who printed\n", "jtavares zero five"),
    ("It has my staff number and my login, okafor.bnx. And the form too.\n", "okafor.bnx"),
    ("The system keeps a log, so they know it is my username, dr_k.rahimi. That's why I'm scared.\n",
     "dr_k.rahimi"),
])
def test_a_handle_said_with_its_numbers_is_one_handle(redactor_default, tmp_path, text, handle):
    assert ("HANDLE", handle, text.index(handle)) in found_in_file(redactor_default, tmp_path, text)


@pytest.mark.parametrize("text", [
    "my user account was blocked last week and my login is the same as before\n",
    "my login details are on the form, my username was changed twice\n",
])
def test_no_handle_in_words_about_the_account(redactor_default, tmp_path, text):
    assert not any(kind == "HANDLE" for kind, _, _ in found_in_file(redactor_default, tmp_path, text))


def test_an_abbreviation_after_a_login_word_is_no_handle(redactor_default, tmp_path):
    text = "she asked for his login e.g. something like that, or his username i.e. the short one\n"
    assert not any(kind == "HANDLE" for kind, _, _ in found_in_file(redactor_default, tmp_path, text))
