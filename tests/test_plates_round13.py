"""Plates (round 13): a plate read out with a pause, a filler or a cue's end between its digits
and its letters, and a plate said a few words after the vehicle (digits, a letter group or a
syllable of the local script, digits).  Exact spans through the whole Redactor, over two cues in
srt and vtt, and near misses that must not be found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import CODE_TYPES as _ID_LIKE, findings, of_type, srt, vtt


@pytest.mark.parametrize("text, expected", [
    ("the plate 5 2 1 [pause] KDX and then", "5 2 1 [pause] KDX"),
    ("the plate 5 2 1 ... KDX and then", "5 2 1 ... KDX"),
    ("the plate was 52, um, 1KDX I think", "52, um, 1KDX"),
    ("the plate KDX (pause) 5 1 2 yes", "KDX (pause) 5 1 2"),
    ("the plate five two one [pause] kdx and then", "five two one [pause] kdx"),  # said, in small letters
    ("the plate was five two one um k d x", "five two one um k d x"),
])
def test_a_plate_read_out_with_a_pause(redactor_default, text, expected):
    assert of_type(redactor_default, text, *_ID_LIKE) == [("VEHICLE_PLATE", expected)]


@pytest.mark.parametrize("text, expected", [
    ("a white sedan, four five eight ka one two three four", "four five eight ka one two three four"),
    ("a white sedan, 458 KA 1234 drove off", "458 KA 1234"),
    ("the grey van with the broken mirror, KDX-512", "KDX-512"),
])
def test_a_plate_said_after_the_vehicle(redactor_default, text, expected):
    assert of_type(redactor_default, text, *_ID_LIKE) == [("VEHICLE_PLATE", expected)]


@pytest.mark.parametrize("text", [
    "the bus, 3 or 4 times a day",
    "a taxi, 20 to 30 minutes",
    "the van, four or five of them",
    "the car, two one two three four",  # no letters: no plate's shape
])
def test_figures_after_a_vehicle_are_no_plate(redactor_default, text):
    assert of_type(redactor_default, text, "VEHICLE_PLATE") == []


def test_words_after_a_plate_are_no_part_of_it(redactor_default):
    assert of_type(redactor_default, "the plate 5 2 1 and then we left", *_ID_LIKE) == [("VEHICLE_PLATE", "5 2 1")]


@pytest.mark.parametrize("name, text, parts, lines", [
    ("call.srt", srt("The plate was 52", "1KDX, I think."), ["52", "1KDX"],
     ["The plate was [PLATE 1]\n", "\n[PLATE 1], I think.\n"]),
    ("call.vtt", vtt("The plate was 5 2 1", "KDX, I think."), ["5 2 1", "KDX"],  # the speaker's field between
     ["<v [PERSON 1]>The plate was [PLATE 1]\n", "<v [PERSON 1]>[PLATE 1], I think.\n"]),
])
def test_a_plate_split_over_two_cues(redactor_default, tmp_path, name, text, parts, lines):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result, found = findings(redactor_default, path)
    assert [f for f in found if f[0] in _ID_LIKE] == [("VEHICLE_PLATE", part) for part in parts]
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert all(line in out for line in lines)


@pytest.mark.parametrize("text, expected", [
    ("Our team's truck is 粤B 3M408, the white one.", "粤B 3M408"),
    ("He drove the van, 京A·F0236, to the gate.", "京A·F0236"),
    ("The new car was 沪A D12345 then.", "沪A D12345"),
])
def test_a_chinese_plate_by_its_form(redactor_default, text, expected):
    assert of_type(redactor_default, text, *_ID_LIKE) == [("VEHICLE_PLATE", expected)]


def test_a_province_character_before_a_word_is_no_plate(redactor_default):
    assert of_type(redactor_default, "The sign said 粤B CANTON over the door.", *_ID_LIKE) == []
