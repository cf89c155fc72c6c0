"""Names the model does not see (round 12): a name in a naming frame said with where it is used
or asked after ("my name in signal is just malika", "is malika your real name"), and a given name
no list holds before a word that ends as a Central Asian family name does ("aibek nurlanuly")."""

from __future__ import annotations

import pytest

from tests.test_names_given import people


@pytest.mark.parametrize("text, expected", [
    ("my name in signal is just malika", ["malika"]),
    ("my name on telegram is malika", ["malika"]),
    ("my name there is just bakyt", ["bakyt"]),
    ("my name is bakyt", ["bakyt"]),  # the model's place gives way to a name given
    ("My name is Bakyt.", ["Bakyt"]),
    ("is malika your real name", ["malika"]),
    ("is bakyt your real name", ["bakyt"]),
    ("Is Malika your real name?", ["Malika"]),
    ("Malika is her real name.", ["Malika"]),
])
def test_a_name_in_a_naming_frame(redactor_default, text, expected):
    assert people(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "my name is not important",
    "my name in the file is wrong",
    "is it your real name",
    "the city is your best bet",
    "my name is just one of many",
])
def test_no_name_in_the_frame(redactor_default, text):
    assert people(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("and then aibek nurlanuly came in", ["aibek nurlanuly"]),
    ("we met Bakyt Nurlanuly there", ["Bakyt Nurlanuly"]),
    ("then we saw nurlanuly at the gate", ["nurlanuly"]),
    ("we met Aigul Bolatkyzy there", ["Aigul Bolatkyzy"]),
])
def test_a_given_name_before_a_family_name_ending(redactor_default, text, expected):
    assert people(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "it was hopefuly fine",  # a misspelt adverb, not "-uly"
    "we stayed at the Grand Nurlanuly Hotel",  # a longer proper noun's words
])
def test_no_family_name_there(redactor_default, text):
    assert people(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a one-word name that is also an English word, found once: its other capitalised uses
    ("the cadet, Semi. Semi told me later. Later Semi left.", ["Semi", "Semi", "Semi"]),
    ("My friend Will came. Will said yes. Will you come?", ["Will", "Will"]),
    ("Rose told me first. Then Rose left. Rose to power.", ["Rose", "Rose"]),
])
def test_a_word_name_found_once_is_found_again_capitalised(redactor_default, text, expected):
    assert people(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same word in lower case, at a sentence start before no verb of a person, or joined to
    # another capitalised word is the word
    ("the cadet, Semi. We took the semi to the port. Semi trucks are big.", ["Semi"]),
    ("My friend Will came. Will you come? The Will Street office.", ["Will"]),
    ("the general, Ivan. General Motors paid.", ["Ivan"]),
])
def test_the_word_of_a_word_name_is_left(redactor_default, text, expected):
    assert people(redactor_default, text) == expected


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    # handles said aloud after "my user/login is", a display name with digits written onto it
    ("my user is ksaad zero three", [("HANDLE", "ksaad zero three")]),
    ("her login was ksaad zero three", [("HANDLE", "ksaad zero three")]),
    ("my login is m dot haddad", [("HANDLE", "m dot haddad")]),
    ("my name there is Dara Shift2", [("HANDLE", "Dara Shift2")]),
])
def test_handles_said_aloud_or_with_a_space(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


def test_a_display_name_with_digits_is_no_name_the_persons_mentions_group_with(make_redactor, tmp_path):
    # "Sokha Line9" (a Telegram name) as a person's full name made "Sokha" fit two people, so
    # "Keo Sokha" and "Sokha" took two pseudonyms.
    text = ("Use Telegram, my name there is Sokha Line9. My real name is Keo Sokha.\n"
            "Sokha is enough for the girls, they all know Sokha.\n")
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    result = make_redactor().run([tmp_path / "t.txt"]).files[0]
    got = {(text[f.start:f.end], f.entity_type, f.replacement) for f in result.findings}
    handle = [r for form, kind, r in got if form == "Sokha Line9" and kind == "HANDLE"]
    sokha = {r for form, kind, r in got if form in ("Keo Sokha", "Sokha") and kind == "PERSON"}
    assert handle and len(sokha) == 1 and handle[0] not in sokha


@pytest.mark.parametrize("text", [
    "my user is blocked two times",
    "my telegram was hacked three times",
    "my user was changed three times",
    "X1:100 X2:600 are the positions",
])
def test_no_handle_in_an_account_state(redactor_default, text):
    assert [t for t, _ in found(redactor_default, text) if t in ("HANDLE", "PERSON")] == []


def replaced(redactor, text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.entity_type, f.replacement) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    # a nickname no full name is linked to is that call sign wherever the file says it as
    # written: where the model called it a company, in a quoted message, at a sentence start
    ('a message that says "Bear is down". We call him Bear.',
     [("Bear", "CALL_SIGN", "[CALL SIGN 1]"), ("Bear", "CALL_SIGN", "[CALL SIGN 1]")]),
    ("we call him Tank. Tank drove the truck. the tank was empty.",
     [("Tank", "CALL_SIGN", "[CALL SIGN 1]"), ("Tank", "CALL_SIGN", "[CALL SIGN 1]")]),
    ("They called him Kunle. Kunle never drove again.",
     [("Kunle", "CALL_SIGN", "[CALL SIGN 1]"), ("Kunle", "CALL_SIGN", "[CALL SIGN 1]")]),
])
def test_a_call_sign_is_one_wherever_said(redactor_default, text, expected):
    assert replaced(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "everybody calls him stupid",
    "we call him back",
    "the tank was empty and the bear was asleep",
])
def test_no_call_sign_without_a_name_given(redactor_default, text):
    assert replaced(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a kinship word with a nickname or a given name that is also a word, in lower case
    ("aunty gulya cooked for us", ["aunty gulya"]),
    ("uncle tolik we call him", ["uncle tolik"]),
    ("grandma rose was sick", ["grandma rose"]),
    ("aunt grace said no", ["aunt grace"]),
    ("my uncle Will said no", ["uncle Will"]),
])
def test_a_kinship_word_with_a_name(redactor_default, text, expected):
    assert people(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "my uncle will come later",  # a modal after the relation
    "grandma may know",
    "my friend may help",
    "my aunty's house was there",  # what the relative owns
    "my uncle's house was there",
    "my aunty said no",
])
def test_a_kinship_word_before_a_word(redactor_default, text):
    assert people(redactor_default, text) == []
