"""Numbers and codes (round 13): a code whose shape alone says it is one (letters and digits by
turns, digits in slash groups, a capital code before a grouped number); the abbreviated words of
a code's name before it; a code set off from its label by a comma, a colon or a question and its
answer (also over two cues).  Exact spans through the whole Redactor, and near misses that
must not be found."""

from __future__ import annotations

import pytest

from redactor.detect.id_edges import extend_ids
from redactor.model import Mention
from tests.scan_helpers import CODE_TYPES as _ID_LIKE, findings, of_type, srt as _srt, vtt as _vtt


@pytest.mark.parametrize("text, expected", [
    ("He wrote RSSMRA85T10A562S on the form.", "RSSMRA85T10A562S"),  # an Italian fiscal code
    ("My code is RSSMRA85T10A562S.", "RSSMRA85T10A562S"),
    ("the voucher said K7Q2-99XB at the top", "K7Q2-99XB"),
    ("They gave me B0X7-KQ41-9ZT2 at the desk.", "B0X7-KQ41-9ZT2"),
    ("i typed rssmra85t10a562s in the box", "rssmra85t10a562s"),
])
def test_letters_and_digits_by_turns_are_a_code_without_a_label(redactor_default, text, expected):
    assert of_type(redactor_default, text, *_ID_LIKE) == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "The A320 landed and I had an iPhone 15 with me.",
    "It was COVID-19 and we had a 4x4 then.",
    "MP3 files, H5N1 flu, the G7 summit, version v2.1.3.",
    "the RTX4090 and the A320NEO and the B737MAX8 were in the news",
    "He bought an iPhone15Pro2 there.",  # letters in both cases: a name
    "the K7Q2 was parked",  # too short
])
def test_model_numbers_and_versions_are_no_code(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("it was 331902/14/1 in the end", "331902/14/1"),
    ("it was filed as 12/0044/2025/B last year", "12/0044/2025/B"),
])
def test_digits_in_slash_groups_are_a_file_number(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "It happened on 12/05/2024 in the morning.",
    "It happened on 2024/05/12 in the morning.",
    "The season 2024/25 was hard and about 3/4 of them left.",
    "They are open 24/7/365 now.",
    "We met at 10:30, it ended 2-1 and we paid $4,500.",
])
def test_dates_fractions_and_scores_are_no_file_number(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("MRN 55-204417 was on the wristband.", "MRN 55-204417"),
    ("His MRN 55-204417 was on the wristband.", "MRN 55-204417"),
    ("HC 2231-0417 was the court file.", "HC 2231-0417"),
    ("the letter said PRN 04/5521/19 at the top", "PRN 04/5521/19"),
])
def test_a_capital_code_before_a_grouped_number_is_one_id(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "Prices were EUR 2500-3000 a month.",
    "The plant is certified ISO 14001-2015 now.",
    "His HR 120-140 during the run.",
    "We were there in FY 2019-2021 mostly.",
])
def test_currencies_standards_and_ranges_are_no_capital_code(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("Exp. Adm. 1187/2025 was the file.", "Exp. Adm. 1187/2025"),
    ("the file Exp. Adm. 1187/2025 was closed", "Exp. Adm. 1187/2025"),
    ("Proc. 4471/2024 was opened in March.", "Proc. 4471/2024"),
    ("Ref. KL/22/0917 is on the letter.", "Ref. KL/22/0917"),
    ("Dossier n° 4471/B was opened.", "4471/B"),
    ("The Case No. 4471/2020 was heard.", "4471/2020"),  # "No." is the number's word, not its name
    ("the case number 4471/2020 was heard", "4471/2020"),
])
def test_abbreviated_words_of_a_codes_name_are_part_of_it(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER", "ORGANIZATION", "DATE") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "Art. 12/2020 of the code applies.",
    "We drove to Leeds. 1187/2025 was the file.",
])
def test_an_article_or_a_sentences_end_is_no_codes_name(redactor_default, text):
    assert [t for t, _ in of_type(redactor_default, text, "ID_NUMBER")] == []


def _id(text: str, code: str) -> Mention:
    start = text.index(code)
    return Mention(start=start, end=start + len(code), entity_type="ID_NUMBER", score=0.6, detector="x", text=code)


@pytest.mark.parametrize("text, code, expected", [
    ("Exp. Adm. 1187/2025", "1187/2025", "Exp. Adm. 1187/2025"),
    ("see Ref. KL/22/0917", "KL/22/0917", "Ref. KL/22/0917"),
    ("Case No. 4471/2020", "4471/2020", None),  # the number's word
    ("in May. 4471/2025", "4471/2025", None),  # a common word at a sentence's end
    ("Mr. 4471/2025", "4471/2025", None),  # a title
    ("the SSN. 4471/2025", "4471/2025", None),  # a document's name, in capitals with a stop
])
def test_extension_over_abbreviations(text, code, expected):
    grown = extend_ids(text, [_id(text, code)])
    assert [m.text for m in grown] == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    ("my NIN, 4401229077, if they ask", "4401229077"),
    ("my CNI, 118273645 is what I gave", "118273645"),
    ("my SSN, 078-05-1120 right", "078-05-1120"),
    ("my tax certificate if they need it: 88120-4471", "88120-4471"),
    ("Tax certificate if they need it: 88120-4471", "88120-4471"),
    ("CNI: 118273645 was on it.", "118273645"),
    ("my cni, 118273645 is what i gave", "118273645"),
    ("his work permit, WP 44718 they kept", "WP 44718"),
    ("your registration number? Yes, it is 448102 and the rest", "448102"),
    ("and your licence number? yes, it is 448 102. Category D.", "448 102"),
    ("and your licence number yes it is 448 102", "448 102"),  # a caption's question without its mark
])
def test_a_code_set_off_from_its_label(redactor_default, text, expected):
    assert of_type(redactor_default, text, *_ID_LIKE, "DATE") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "the number, 55021 people",
    "my NIN, 12 March 2019 it was issued",
    "our card, 5 of them",
    "the code, 2024 version",
    "The WHO: 45000 deaths that year",  # a count after an acronym and a colon
    "WHO, 45000 deaths that year",
    "GDP: 4500000 million",
    "The UN, 193 members now.",
    "and your licence number yes it is 3 pm now",
    "my cnn, 118273645 views",  # letters that name no document, in small letters
])
def test_counts_and_dates_after_a_label_and_comma_are_no_code(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


def test_a_phone_or_a_postcode_after_its_label_and_comma_keeps_its_type(redactor_default):
    assert of_type(redactor_default, "my phone number, 0803 447 1122, call me", "ID_NUMBER", "PHONE") \
        == [("PHONE", "0803 447 1122")]
    assert of_type(redactor_default, "my postcode, 10001 in the city", "ID_NUMBER", "POSTCODE") \
        == [("POSTCODE", "10001")]


def test_a_code_answered_in_the_next_cue(redactor_default, tmp_path):
    path = tmp_path / "call.srt"
    path.write_text(_srt("And your licence number?", "Yes, it is 448 102. Category D."), encoding="utf-8")
    result, found = findings(redactor_default, path)
    assert [f for f in found if f[0] in _ID_LIKE] == [("ID_NUMBER", "448 102")]
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert "\nYes, it is [ID 1]. Category D.\n" in out


def test_a_time_answered_in_the_next_cue_is_no_code(redactor_default, tmp_path):
    path = tmp_path / "call.srt"
    path.write_text(_srt("And your licence number?", "Yes, it is 3 pm now."), encoding="utf-8")
    _, found = findings(redactor_default, path)
    assert not any(t == "ID_NUMBER" for t, _ in found)


def test_a_code_answered_in_the_next_voiced_cue_in_small_letters(redactor_default, tmp_path):
    path = tmp_path / "call.vtt"
    path.write_text(_vtt("and your registration number?", "yes it's 55 01 4471"), encoding="utf-8")
    result, found = findings(redactor_default, path)
    assert [f for f in found if f[0] in _ID_LIKE] == [("ID_NUMBER", "55 01 4471")]
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert "<v [PERSON 1]>yes it's [ID 1]\n" in out


@pytest.mark.parametrize("text, code, expected", [
    ("case number 4471 ... 2025 it was", "4471", "4471 ... 2025"),
    ("case number 4471, um, 2025 it was", "4471", "4471, um, 2025"),
    ("case number 4471 [laughs] ok so", "4471", None),  # a word after the pause
    ("case number 4471, um, so that was it", "4471", None),
])
def test_a_number_read_out_with_a_pause_is_one(text, code, expected):
    grown = extend_ids(text, [_id(text, code)])
    assert [m.text for m in grown] == ([expected] if expected else [])
