"""Ages said of a relative, identifiers known by their shape without a cue word, and handles said
after the platform ("on telegram it's ..."): exact spans through a whole run, and near misses."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    ("my son is 7", ("AGE", "7")),
    ("At nineteen I joined the army.", ("AGE", "At nineteen")),
    ("They were both 19 when they met.", ("AGE", "19")),
    ("I am in my early forties.", ("AGE", "in my early forties")),
    ("Her daughter's nineteen, and scared.", ("AGE", "nineteen")),
    ("Write down WX55021 for me.", ("ID_NUMBER", "WX55021")),
    ("His is 77-AX-1043, I think.", ("ID_NUMBER", "77-AX-1043")),
    ("on telegram it's nightjar99", ("HANDLE", "nightjar99")),
    ("Signal, it's bykov_real.", ("HANDLE", "bykov_real")),
])
def test_shapes_are_found(make_redactor, text, expected):
    assert expected in _found(make_redactor(), text)


@pytest.mark.parametrize("text, kind", [
    ("My son is 7 minutes away.", "AGE"),
    ("My brother was 3 hours late.", "AGE"),
    ("At nine I went to bed.", "AGE"),
    ("We were 19 people in the room.", "AGE"),
    ("At 23 Mill Lane they live.", "AGE"),
    ("She took the M25, then the F-16 show, then COVID-19 hit.", "ID_NUMBER"),
    ("It ran on an RTX4090 from 2021-03-04 to 2022-01-01.", "ID_NUMBER"),
    ("on telegram it's easier to talk", "HANDLE"),
    ("Signal, it's just safer.", "HANDLE"),
])
def test_near_misses_of_shapes(make_redactor, text, kind):
    assert not [t for k, t in _found(make_redactor(), text) if k == kind]


@pytest.mark.parametrize("text, expected", [
    # a name said as what someone is called on a platform or in a chat
    ("His name on Telegram was Sokol.", [("HANDLE", "Sokol")]),
    ("On Signal he is Lisa.", [("HANDLE", "Lisa")]),
    ("on Telegram she's Kvitka", [("HANDLE", "Kvitka")]),
    ("In the chat he was Moroz.", [("HANDLE", "Moroz")]),
    ("his instagram is night owl ninety", [("HANDLE", "night owl ninety")]),
    # a nickname after "goes by", and one of two words
    ("He went by Chaos.", [("CALL_SIGN", "Chaos")]),
    ("We all called her Mama Bear.", [("CALL_SIGN", "Mama Bear")]),
    # a call sign on the (police) wireless, in quotes
    ('On the wireless he was "Tiger".', [("CALL_SIGN", "Tiger")]),
    # a badge number of three digits read out one by one; a phone number after "call" alone
    ("the collar number was seven one four", [("ID_NUMBER", "seven one four")]),
    ("you can call 380 67 1234567", [("PHONE", "380 67 1234567")]),
])
def test_handles_nicknames_and_numbers_said_plainly(make_redactor, text, expected):
    assert _found(make_redactor(), text) == expected


@pytest.mark.parametrize("text", [
    "we went by Lviv on the way",
    "On Telegram he is not active.",
    "On Telegram he was Online all the time.",
    "In the group chat I am Admin.",
    "his instagram is blocked now",
    "my telegram is down again",
    "the name on the app is wrong",
    "the badge number was twenty five",
    "call 3 times",
])
def test_handles_and_numbers_near_misses(make_redactor, text):
    assert not [t for k, t in _found(make_redactor(), text) if k in {"HANDLE", "CALL_SIGN", "ID_NUMBER", "PHONE"}]
