"""A login or user name said right after its word, whatever its shape (redactor.detect.recognizers
.logins): a word no language uses ("every entry carries the login HKOWAL", "approved by user
jmarek") or letters read out one by one, maybe with numbers after them ("someone used my login,
t k w", "it's my login: r s zero two").  An everyday word after the login word ("the login
page", "user account") and "log in" the verb are none.  A login made of the name of one person of
the text (their initials, an initial and the surname) is that person, with their pseudonym."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.logins import find_login_names
from tests.scan_helpers import found_in_file


@pytest.mark.parametrize("text, handle", [
    ("Every entry in the ledger carries the login HKOWAL, even the deleted ones.\n", "HKOWAL"),
    ("the refund was approved by user jmarek. nobody asked why\n", "jmarek"),
    ("the printout came from the warehouse, user tvelko, at midnight\n", "tvelko"),
    ("The scans were filed under my login, QPRW, while I was abroad.\n", "QPRW"),
    ("and somebody used my login, t k w. so the blame falls on me\n", "t k w"),
    ("the badge has my photo and my login, r s zero two. that is how they knew\n", "r s zero two"),
    ("Username: bkastor\n", "bkastor"),
])
def test_a_login_name_after_its_word_is_a_handle(redactor_default, tmp_path, text, handle):
    assert ("HANDLE", handle, text.index(handle)) in found_in_file(redactor_default, tmp_path, text)


@pytest.mark.parametrize("text", [
    "Open the login page first and check your user account.\n",
    "My login details are old and we log in at dawn.\n",
    "The user agreed, and the username expired.\n",
    "my login, i guess it expired. the user interface looks different.\n",
    "Our user base grew, and the login screen froze.\n",
])
def test_no_login_name_in_words_about_the_account(text):
    assert list(find_login_names(text)) == []


def test_a_capitalised_name_after_user_is_the_name_detectors(redactor_default, tmp_path):
    text = "The complaint came from the user Maria, who moved away.\n"
    assert list(find_login_names(text)) == []
    assert not any(kind == "HANDLE" for kind, _, _ in found_in_file(redactor_default, tmp_path, text))


def _people(redactor, text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.replacement) for f in redactor.scan(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, login, name", [
    ("I am Greet Van Den Broek. The scanner lists my login, GVDB, for a week I spent abroad.\n", "GVDB",
     "Greet Van Den Broek"),
    ("Each refund was approved by user hnowak. That is Halina Nowak, our team lead.\n", "hnowak", "Halina Nowak"),
    ("Every voucher carries the login TOMASK. That is Mr Kasper Tomas, the treasurer.\n", "TOMASK", "Kasper Tomas"),
    ("A: I am Ana Paula da Costa.\nQ: Go on.\nA: Someone used my login, a c zero two, twice.\n",
     "a c zero two", "Ana Paula da Costa"),
    ("Each voucher carries the login BWIRTZ. Mrs Wirtz denied it.\n", "BWIRTZ", "Wirtz"),
    ("My name is Pau Serra. Somebody used my login, p s m, twice.\n", "p s m", "Pau Serra"),
])
def test_a_login_made_of_a_persons_name_is_that_person(redactor_default, text, login, name):
    found = dict(_people(redactor_default, text))
    assert login in found and found[login] == next(r for t, r in found.items() if name in t)


def test_a_login_made_of_no_ones_name_keeps_its_own_pseudonym(redactor_default):
    text = "Each refund was approved by user qzorbel. That is Halina Nowak, our team lead.\n"
    kinds = {text[f.start:f.end]: (f.entity_type, f.replacement) for f in redactor_default.scan(text)}
    assert kinds["qzorbel"][0] == "HANDLE"
    assert kinds["qzorbel"][1] != kinds["Halina Nowak"][1]


def test_the_forms_of_a_login():
    from redactor.refine.nicknames import login_forms
    assert login_forms(("jan", "marek")) >= {"jm", "jmarek", "marekj", "janm", "janmarek"}
    assert {"tkwrona", "tkw", "tw"} <= login_forms(("tomasz", "kamil", "wrona"))
    assert "rts" in login_forms(("roser", "tort", "i", "sala"))
    assert login_forms(("marek",)) == frozenset()
