"""Numbers, codes, logins and handles (round 11): logins and accounts after their word, digits
typed one by one, tax numbers by their own names, letter codes in Cyrillic, a said number broken
by a transcriber's note, an e-mail whose local part ends in a number.  Exact spans through the
whole Redactor, and near misses that must not be found."""

from __future__ import annotations

import pytest


def of_type(redactor, text: str, *types: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


@pytest.mark.parametrize("text, expected", [
    ("my user was admin_kerimov back then", "admin_kerimov"),
    ("the login pbasaran3 still works", "pbasaran3"),
    ("find her on instagram isabel.lmz if you want", "isabel.lmz"),
    ("his user is admin_x and nobody changed it", "admin_x"),
    ("my username is kerimov.a", "kerimov.a"),
    ("the account alexa_77 posted it first", "alexa_77"),
    ("write to telegram: timur_k", "timur_k"),
    ("his login name was d.orhan", "d.orhan"),
    ("she logged in as pbasaran3 every night", "pbasaran3"),
    ("he signed in with admin_kerimov", "admin_kerimov"),
])
def test_login_or_account_then_a_handle_shaped_word(redactor_default, text, expected):
    assert of_type(redactor_default, text, "HANDLE") == [("HANDLE", expected)]


@pytest.mark.parametrize("text", [
    "the login was report_final.docx on the shared drive",
    "my account is gmail.com",
    "user 2.1 was released",
    "his login e.g. something like that",
    "my instagram is down again",
    "the account was closed in the spring",
    "on telegram yesterday he wrote to me",
    "version 2.1 of the app",
    "she logged in as usual",
    "he signed in with his badge",
])
def test_file_names_versions_and_words_after_a_login_word_are_no_handle(redactor_default, text):
    assert of_type(redactor_default, text, "HANDLE") == []


@pytest.mark.parametrize("text", [
    "send it as report_final.docx",
    "the scan is in notes_2023.pdf",
])
def test_a_file_name_is_no_web_address(redactor_default, text):
    assert of_type(redactor_default, text, "URL", "HANDLE") == []


@pytest.mark.parametrize("text, expected", [
    ("j moreau eighty five at proton dot me", "j moreau eighty five at proton dot me"),
    ("write to j moreau eighty five at proton dot me please", "j moreau eighty five at proton dot me"),
    ("send it to maria eighty five at gmail dot com", "maria eighty five at gmail dot com"),
    # two words side by side and no number: the address starts at the nearest two
    ("i told him write to jan novak at proton dot me", "jan novak at proton dot me"),
])
def test_spoken_email_with_a_number_ending_its_local_part(redactor_default, text, expected):
    assert of_type(redactor_default, text, "EMAIL") == [("EMAIL", expected)]


# One number, replaced in its parts around the note (round 34: the note is no digit of it).
@pytest.mark.parametrize("text, entity, expected", [
    ("my number is zero seven two one three [inaudible] four four nine one", "PHONE",
     ["zero seven two one three", "four four nine one"]),
    ("zero seven two one three (inaudible) four four nine one, that's it", "PHONE",
     ["zero seven two one three", "four four nine one"]),
    ("my passport number is four four five [crosstalk] one two nine nine", "ID_NUMBER",
     ["four four five", "one two nine nine"]),
])
def test_a_said_number_broken_by_a_transcribers_note_is_one(redactor_default, text, entity, expected):
    assert of_type(redactor_default, text, "PHONE", "ID_NUMBER") == [(entity, part) for part in expected]


@pytest.mark.parametrize("text", [
    "we counted one two three [laughs] four five six seven eight",
    "there were two (laughs) three of us",
    "the word [laughs] two three four five",
])
def test_counting_and_short_numbers_around_a_note_stay_unfound(redactor_default, text):
    assert of_type(redactor_default, text, "PHONE", "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("NIF 203 118 554", "203 118 554"),
    ("tax ID 203 118 554", "203 118 554"),  # the label's word is no letter of the code
    ("my NIF is 203 118 554", "203 118 554"),
    ("NIF: 203118554", "203118554"),
    ("my contribuinte number is 203 118 554", "203 118 554"),
    ("tax number 5 0 2 3 3 1 8 4 9", "5 0 2 3 3 1 8 4 9"),
    ("my file is 3-0-5-5-2-1-9", "3-0-5-5-2-1-9"),
    ("it was 3-0-5-5-2-1-9 on the form", "3-0-5-5-2-1-9"),
    ("folio RQ-5521 was lost", "RQ-5521"),
    ("the folio number is RQ-5521", "RQ-5521"),
    ("the dossier RQ-5521 went missing", "RQ-5521"),
    ("it was АВ12345678", "АВ12345678"),
    ("it was AВ12345678", "AВ12345678"),  # a Latin A, a Cyrillic В
    ("it was АВ 1234567", "АВ 1234567"),
])
def test_tax_numbers_digits_one_by_one_folios_and_cyrillic_codes(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER") == [("ID_NUMBER", expected)]


def test_a_form_field_for_a_number_is_no_speaker(redactor_default):
    text = "NIF: 203118554\nPassport: AB1234567\nMarta Kowalczyk: yes"
    assert of_type(redactor_default, text, "PERSON") == [("PERSON", "Marta Kowalczyk")]


@pytest.mark.parametrize("text", [
    "between 200 and 300 300",
    "they shipped 700 500 400 units",
    "the scores were 3-0 and 4-4-2",
    "we sent 5-6-7 people",
    "the tax rate is 5 0 percent",
    "the cash register 3 was empty",
])
def test_quantities_and_scores_are_no_number(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER", "PHONE") == []


@pytest.mark.parametrize("text, expected", [
    ("call me on 915 302 447", "915 302 447"),
    ("my mobile, 915 302 447", "915 302 447"),
    ("whatsapp me 915 302 447 tonight", "915 302 447"),
    ("phone me on 915 302 447", "915 302 447"),
])
def test_phone_in_groups_of_three_after_its_word(redactor_default, text, expected):
    assert of_type(redactor_default, text, "PHONE") == [("PHONE", expected)]


@pytest.mark.parametrize("text", [
    "my number, 250 000 people, was wrong",
    "the phone, which cost 300 300, broke",
])
def test_a_count_after_a_phone_word_and_comma_is_no_phone(redactor_default, text):
    assert of_type(redactor_default, text, "PHONE") == []


def test_a_login_that_is_a_sources_name_is_the_source_and_an_email_holding_it_stays_whole():
    from redactor.detect.overlaps import resolve_overlaps
    from redactor.model import Mention

    login = Mention(20, 31, "HANDLE", 0.7, "SocialHandle", "anton_bykov")
    source = Mention(20, 31, "PERSON", 1.0, "SourceProfileRecognizer", "anton_bykov", key="source:Source A")
    assert resolve_overlaps([login, source]) == [source]
    email = Mention(20, 41, "EMAIL", 0.8, "EmailRecognizer", "anton.bykov@proton.me")
    first_name = Mention(20, 25, "PERSON", 1.0, "SourceProfileRecognizer", "anton", key="source:Source A")
    assert resolve_overlaps([email, first_name]) == [email]
