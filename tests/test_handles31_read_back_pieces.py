"""Numbers and codes said in pieces and codes of any script (round 31).

A group of a dictated phone said on its own right before the whole in a new sentence ("five nine
one four. zero six nine three, ..."), a false start broken off by a filler ("nine eight uh, ...")
or said right after another found value with a comma between, and a group that ends a transcript
segment after an article ("it's a nine three nine" | "nine three nine, two two zero ...") are the
value's pieces.  A country's calling code said with "plus" or "in front" beside a phone whose
groups make no valid number of the country's plan is still its code.  A labelled case number
whose letters are Cyrillic or Greek ("case, number ДП 318/2025") is an ID as its Latin form is; a
run of digits with capitals inside ("25IT0089310474") is an ID, and digits glued to letters are
no phone.
"""

from __future__ import annotations

import json

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start:f.end]) for f in redactor.scan(text)]


def found_in_file(redactor: Redactor, tmp_path, name: str, text: str) -> list[tuple[str, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, text[f.start:f.end], f.replacement) for f in result.findings]


def kinds_in_file(redactor: Redactor, tmp_path, name: str, text: str) -> set[tuple[str, str]]:
    return {(kind, s) for kind, s, _ in found_in_file(redactor, tmp_path, name, text)}


def _srt(*cues: str) -> str:
    return "\n".join(f"{i}\n00:00:{2 * i:02d},000 --> 00:00:{2 * i + 1:02d},500\n{cue}\n"
                     for i, cue in enumerate(cues, 1))


# ------------------------------------------------------------------- pieces of a dictated phone

def test_a_group_said_before_the_whole_in_its_own_sentence_is_the_phones(redactor: Redactor, tmp_path) -> None:
    text = _srt(">> no, i changed. the new one is zero six nine three (crosstalk) two two",
                ">> zero six nine three, two two, and then",
                ">> five nine one four. zero six nine three, two two, five nine, one four",
                ">> zero six nine three two two five nine one four")
    got = found_in_file(redactor, tmp_path, "talk.srt", text)
    phones = {r for kind, _, r in got if kind == "PHONE"}
    assert ("PHONE", "five nine one four") in {(kind, s) for kind, s, _ in got}
    assert len(phones) == 1, "one number, one pseudonym"


def test_a_false_start_broken_off_by_a_filler_is_the_phones(redactor: Redactor, tmp_path) -> None:
    text = ("WEBVTT\n\n00:01:26.040 --> 00:01:29.389\n<v speaker_1>how do i reach you\n\n"
            "00:01:29.775 --> 00:01:37.836\n<v speaker_2>nine eight uh, nine eight three, one four (crosstalk)\n\n"
            "00:01:38.275 --> 00:01:44.173\n<v speaker_2>nine eight three one four, six six two\n")
    assert ("PHONE", "nine eight") in kinds_in_file(redactor, tmp_path, "talk.vtt", text)


def test_a_group_said_after_a_code_with_a_comma_is_the_phones(redactor: Redactor) -> None:
    text = ("can i reach you on another number? yeah. it's plus forty seven, nine one [inaudible] "
            "sorry, you cut out. nine one four, two two, eight zero six.")
    assert ("PHONE", "nine one") in found(redactor, text)


def test_a_group_ending_a_segment_after_an_article_is_the_phones(redactor: Redactor, tmp_path) -> None:
    segments = [
        {"id": 0, "start": 0.0, "end": 3.0, "text": " you said you wanted to give me a new number", "speaker": "SPEAKER_00"},
        {"id": 1, "start": 3.0, "end": 8.0, "speaker": "SPEAKER_01",
         "text": " yes. the old one i'm keeping for family. the new one is nine three nine, it's a nine three nine"},
        {"id": 2, "start": 8.0, "end": 11.0, "speaker": "SPEAKER_01",
         "text": " nine three nine, two two zero, one four [inaudible] five three"},
        {"id": 3, "start": 11.0, "end": 14.0, "text": " nine three nine, two two zero, one four five three", "speaker": "SPEAKER_00"},
        {"id": 4, "start": 14.0, "end": 17.0, "text": " nine three nine two two zero one four five three, yes", "speaker": "SPEAKER_01"},
        {"id": 5, "start": 17.0, "end": 20.0, "text": " and we keep the clinic out of everything", "speaker": "SPEAKER_00"},
    ]
    doc = {"text": "".join(s["text"] for s in segments), "segments": segments, "language": "en"}
    text = json.dumps(doc, indent=2)
    got = found_in_file(redactor, tmp_path, "talk.json", text)
    path = tmp_path / "talk.json"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    at = text.rindex("it's a nine three nine") + len("it's a ")  # in the segment (findings are the segments')
    assert [(f.entity_type, text[f.start:f.end]) for f in result.findings if f.start == at] == [("PHONE", "nine three nine")]
    phones = [s for kind, s, _ in got if kind == "PHONE"]
    assert all(not s.startswith("a ") and "it's" not in s for s in phones), "the article is no piece"


@pytest.mark.parametrize("text", [
    # figures that count something are no piece, even beside a phone
    "my number is five five one, two two zero four. we were five one in the team.",
    "call me on 0693 22 59 14. i have five nine sheep and one four goats.",
])
def test_counts_beside_a_phone_are_no_piece(redactor: Redactor, text: str) -> None:
    got = found(redactor, text)
    assert ("PHONE", "five one") not in got and ("PHONE", "five nine") not in got
    assert ("PHONE", "one four") not in got


# ------------------------------------------------------------ a calling code said apart from it

@pytest.mark.parametrize("text, code", [
    ("how do i get you. my number's four zero (crosstalk) sorry, four zero two, eight one. and it's six eight "
     "three in front. four zero two eight one. four zero two eight one. and your email?", "six eight three"),
    ("my cell, three one eight, four one six, two seven zero two. with plus five nine nine.",
     "plus five nine nine"),
])
def test_a_calling_code_said_apart_is_the_phones_whatever_its_groups(redactor: Redactor, text: str, code: str) -> None:
    got = found(redactor, text)
    assert ("PHONE", code) in got


@pytest.mark.parametrize("text, figures", [
    # no country's code (phonenumbers' metadata), a count with "first", one figure without "plus"
    ("my number's four zero two, eight one. and we did two eight zero first.", "two eight zero"),
    ("my number's four zero two, eight one. three times first, then the crane.", "three"),
    ("call four zero two eight one nine. we were with two hundred men.", "two hundred"),
])
def test_figures_without_a_calling_word_or_code_are_no_code(redactor: Redactor, text: str, figures: str) -> None:
    assert ("PHONE", figures) not in found(redactor, text)


# ------------------------------------------------------------------- codes of any script, long codes

@pytest.mark.parametrize("text, code", [
    ("PETKOV: The prosecutor's office opened a pre-trial case, number ДП 318/2025. They called me.",
     "ДП 318/2025"),
    ("The police opened a case, number ΑΒ 4471/2024, and nothing happened.", "ΑΒ 4471/2024"),
    ("BORTOLATO: The last import declaration was number 25IT0089310474, dated 12 May.", "25IT0089310474"),
    ("SOURCE: The BI is 004417892LA041. And my salary goes to the bank.", "004417892LA041"),
])
def test_codes_of_any_script_and_long_codes_are_ids(redactor: Redactor, text: str, code: str) -> None:
    assert ("ID_NUMBER", code) in found(redactor, text)


@pytest.mark.parametrize("text, word", [
    ("The log was stamped 20260512T0930 by the server.", "20260512T0930"),
    ("In that case, number 5 was worse than number 6.", "5"),
    ("We bought the 1080p screens in 2024.", "1080p"),
])
def test_near_misses_of_codes_are_no_ids(redactor: Redactor, text: str, word: str) -> None:
    assert ("ID_NUMBER", word) not in found(redactor, text)


def test_digits_glued_to_letters_are_no_phone(redactor: Redactor) -> None:
    text = "SOURCE: The BI is 004417892LA041. And my salary goes to the bank."
    assert not any(kind == "PHONE" for kind, _ in found(redactor, text))


# ------------------------------------------------------------------- a plate after its word

@pytest.mark.parametrize("text, plate", [
    ("Nekesa: Yes, a white Ashok Leyland with the logo, plate 81562. The driver is a good man.", "81562"),
    ("It came back to us with Italian plates, GF 418 KX. The Italian owner had the invoice.", "GF 418 KX"),
    ("Source: the plate is 48-211-63. It's a pool car but I'm the only one who takes it.", "48-211-63"),
])
def test_a_plate_after_its_word_is_found_with_figures_alone_or_after_a_comma(redactor: Redactor, text: str,
                                                                            plate: str) -> None:
    assert ("VEHICLE_PLATE", plate) in found(redactor, text)


@pytest.mark.parametrize("text, figures", [
    ("we ate a plate, 2 of them were cold", "2"),
    ("one plate, 1500 calories, that's what they give us", "1500"),
])
def test_counts_and_years_after_a_plate_are_no_plate(redactor: Redactor, text: str, figures: str) -> None:
    assert ("VEHICLE_PLATE", figures) not in found(redactor, text)
