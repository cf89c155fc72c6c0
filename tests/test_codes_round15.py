"""Plates and ID numbers (round 15): a plate set off by a comma right after its vehicle, in any
country's shape, one plate whatever a model found over its letters; an ID after a national
number's acronym and "is", "number" or a colon, whole even where a phone was found over its
tail; a code a cue's full stop cuts after its label; a group's or a channel's name in quotes.
Exact spans through the whole Redactor, and near misses that must not be found."""

from __future__ import annotations

import pytest

from redactor.detect.joins import glued, glues, numbers_read_on
from redactor.detect.overlaps import resolve_overlaps
from redactor.detect.vehicle_edges import plates_set_off
from redactor.model import Mention
from tests.scan_helpers import CODE_TYPES, of_type, srt


def _in_file(redactor, tmp_path, first: str, second: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "talk.srt"
    path.write_text(srt(first, second), encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, f.text, f.replacement) for f in result.findings if f.entity_type in CODE_TYPES]


# ------------------------------------------------------------------ 1. a plate after its vehicle

@pytest.mark.parametrize("text, expected", [
    ("He came in a black Škoda Octavia combi, KE-731BT. Parked outside every night.", "KE-731BT"),
    ("My car. A blue Peugeot 208, DK 53 914. I sold it later.", "DK 53 914"),
    ("It was a yellow Fiat Panda, ZD 552-LM. The neighbour's.", "ZD 552-LM"),
    ("A silver Mercedes C-class, BR 228 TX. It waited by the gate.", "BR 228 TX"),
    ("A black Toyota Hilux, KDA 123A, waited by the road.", "KDA 123A"),
    ("A white Hyundai Accent, B 7721 KZ and the driver smoked.", "B 7721 KZ"),
    ("She drove a grey Dacia Logan (CJ 107 XKT) to work.", "CJ 107 XKT"),
])
def test_a_plate_set_off_after_its_vehicle_is_one_plate(redactor_default, text, expected):
    found = of_type(redactor_default, text, *CODE_TYPES, "PERSON", "LOCATION", "ORGANIZATION")
    assert found == [("VEHICLE_PLATE", expected)]


@pytest.mark.parametrize("text", [
    "A silver Mercedes, AMG 63. It was fast.",  # a model's name: two figures
    "A grey Toyota Hilux, 4x4, parked outside.",
    "A white kei truck, Suzuki Carry, was there.",  # a vehicle said after the comma
    "A blue Peugeot 208, 2015. I sold it later.",  # a year: no letter
    "A red Lada Niva, ABCD 123. Very old.",  # four capitals are a word, no plate's letters
    "A blue Peugeot 208, DK 53 914 euros it cost me.",  # the clause goes on
    "He sold the house, DK 53 914. Then he left.",  # no vehicle before it
    "A blue Peugeot 208 (2015) was parked there.",
])
def test_no_plate_without_its_shape_or_its_vehicle(redactor_default, text):
    assert of_type(redactor_default, text, "VEHICLE_PLATE") == []


def test_plates_set_off_reads_after_the_vehicle_and_its_description():
    text = "a yellow Ford Transit with the ladder rack, ZKT 48 22. and a blue Golf, 4471 XK"
    transit = Mention(start=2, end=21, entity_type="VEHICLE", score=0.5, detector="VehicleDescription",
                      text="yellow Ford Transit")
    golf = Mention(start=text.index("blue"), end=text.index("blue") + len("blue Golf"), entity_type="VEHICLE",
                   score=0.5, detector="VehicleDescription", text="blue Golf")
    assert text[transit.start:transit.end] == transit.text and text[golf.start:golf.end] == golf.text
    found = plates_set_off(text, [transit, golf])
    assert [(m.text, m.entity_type, text[m.start:m.end]) for m in found] == [
        ("ZKT 48 22", "VEHICLE_PLATE", "ZKT 48 22"), ("4471 XK", "VEHICLE_PLATE", "4471 XK")]
    assert plates_set_off(text, []) == []


# ------------------------------------------------------------------ 2. an ID after an acronym

@pytest.mark.parametrize("text, expected", [
    ("The CIN is 101 212 045 873 and I gave it to them.", "101 212 045 873"),
    ("And my NIN is 19 0423 7781, they wrote it down.", "19 0423 7781"),
    ("Her ID was checked, the CNI number is 2 81 04 75 116 032.", "2 81 04 75 116 032"),
    ("I gave the clerk my NIF: 48 221 903 and left.", "48 221 903"),
    ("the EGN was 750102 0018 on the old card", "750102 0018"),
])
def test_an_id_after_an_acronyms_label_is_found_whole(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text, expected", [
    ("The GDP is 4 000 dollars a head.", []),
    ("The GDP is 4 500 000 000 now.", []),  # a round figure
    ("The PIN is one two.", []),
    ("The NGO is 1 250 300 people strong.", []),  # a count, and no part of it either
    ("The SMS: 0712 345 678 came at night.", [("PHONE", "0712 345 678")]),  # a phone's acronym
    ("The NHS is 75 years old.", []),
])
def test_figures_after_other_acronyms_are_no_id(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected


def test_a_phone_over_the_tail_of_an_id_gives_way():
    text = "the CNI number is 2 81 04 75 116 032."
    start = text.index("2 81")
    whole = Mention(start=start, end=start + 18, entity_type="ID_NUMBER", score=0.6, detector="IdNumber",
                    text="2 81 04 75 116 032")
    tail = Mention(start=start + 5, end=start + 18, entity_type="PHONE", score=0.95, detector="PhoneNumber",
                   text="04 75 116 032")
    assert text[whole.start:whole.end] == whole.text and text[tail.start:tail.end] == tail.text
    assert [m.entity_type for m in resolve_overlaps([whole, tail])] == ["ID_NUMBER"]
    # an ID that is the phone's figures alone, or with words before them, scores what it scores
    same = Mention(start=tail.start, end=tail.end, entity_type="ID_NUMBER", score=0.6, detector="IdNumber",
                   text=tail.text)
    assert [m.entity_type for m in resolve_overlaps([same, tail])] == ["PHONE"]
    worded = Mention(start=0, end=tail.end, entity_type="ID_NUMBER", score=0.6, detector="IdNumber",
                     text=text[:tail.end])
    assert [m.entity_type for m in resolve_overlaps([worded, tail])] == ["PHONE"]


# ------------------------------------------------------------------ 3. a code cut by a cue's stop

def test_a_dotted_code_cut_by_a_cues_full_stop(redactor_default, tmp_path):
    found = _in_file(redactor_default, tmp_path, "For the papers they took my Cédula 4.812.",
                     "337. Only for the lawyer.")
    assert [(t, s) for t, s, _ in found] == [("ID_NUMBER", "4.812"), ("ID_NUMBER", "337")]
    assert found[0][2] == found[1][2]
    found = _in_file(redactor_default, tmp_path, "The cedula number is 1.024.", "338.557 and that is all.")
    assert [(t, s) for t, s, _ in found] == [("ID_NUMBER", "1.024"), ("ID_NUMBER", "338.557")]
    assert found[0][2] == found[1][2]


def test_typed_groups_cut_by_a_cues_full_stop_after_a_label(redactor_default, tmp_path):
    found = _in_file(redactor_default, tmp_path, "And my badge is 44.", "17, the guards know it.")
    assert [(t, s) for t, s, _ in found] == [("ID_NUMBER", "44"), ("ID_NUMBER", "17")]
    assert found[0][2] == found[1][2]
    found = _in_file(redactor_default, tmp_path, "My passport number is 55 021.", "448 and it expires soon.")
    assert [(t, s) for t, s, _ in found] == [("ID_NUMBER", "55 021"), ("ID_NUMBER", "448")]
    assert found[0][2] == found[1][2]


@pytest.mark.parametrize("cues", [
    ("We were 25.", "30 came back later."),  # no label
    ("It cost 4.500.", "300 more for the lawyer."),  # a sum in dotted groups, no label
    ("The GDP is 4.500.", "300 more than last year."),  # a figure's acronym
])
def test_figures_on_either_side_of_a_cues_stop_stay_apart(redactor_default, tmp_path, cues):
    assert _in_file(redactor_default, tmp_path, *cues) == []


def test_a_cues_stop_read_as_a_pause_only_after_a_codes_label():
    text = "my badge is 44. 17, yes"
    join = text.index(" 17")
    assert numbers_read_on(text, [join]) == "my badge is 44  17, yes"
    assert numbers_read_on("we were 44. 17 came", [join - 4]) == "we were 44. 17 came"
    dotted = "my cédula 4.812. 337. Only"
    join = dotted.index(" 337")
    assert glued(dotted, glues(dotted, [join])) == "my cédula 4.812.337 . Only"
    sum_ = "it cost 4.500. 300 more"
    assert glues(sum_, [sum_.index(" 300")]) == []


# ------------------------------------------------------------------ 4. a group's name in quotes

@pytest.mark.parametrize("text, expected", [
    ('In the WhatsApp group of the kitchen, "Sala Marina 24", has my message.', "Sala Marina 24"),
    ('Our Telegram channel "Rudari Sever" had two hundred people.', "Rudari Sever"),
    ("We were in the group chat “Tias do Bairro” for years.", "Tias do Bairro"),
    ('My Signal group "Night Shift 3" knew about it.', "Night Shift 3"),
])
def test_a_groups_name_in_quotes_is_a_handle(redactor_default, text, expected):
    assert of_type(redactor_default, text, "HANDLE", "PERSON", "ORGANIZATION", "LOCATION") == [("HANDLE", expected)]


@pytest.mark.parametrize("text", [
    'In the WhatsApp group, "Don\'t come tomorrow," she wrote.',  # speech
    'In the WhatsApp group, "Stop" he wrote and left.',
    'They showed it on the TV channel "Rustavi 2" that night.',  # a channel with no platform
])
def test_speech_or_a_tv_channel_in_quotes_is_no_handle(redactor_default, text):
    assert of_type(redactor_default, text, "HANDLE") == []
