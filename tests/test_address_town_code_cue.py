"""An address answered over two subtitle cues whose second cue is the town and its postcode said
digit by digit ("dali, two five four zero"): the piece is the address's, not an ID said after it
(round 36: digits said one by one became an ID with no cue, and the piece holding one was dropped
as "the ID said after the address", leaving the town unmasked)."""

from __future__ import annotations

from tests.scan_helpers import found_in_named_file

ASKED = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v interviewer>and an address for the letter\n\n"
         "00:00:03.200 --> 00:00:06.000\n<v mira>nine kyrenias, um, flat one oh four\n\n"
         "00:00:06.200 --> 00:00:09.000\n<v mira>{second}\n")


def test_the_town_and_its_postcode_in_the_next_cue_are_the_address(redactor_default, tmp_path):
    text = ASKED.format(second="dali, two five four zero. it's behind the bakery")
    found = found_in_named_file(redactor_default, tmp_path, "answer.vtt", text, ("ADDRESS", "ID_NUMBER", "LOCATION"))
    assert ("ADDRESS", "dali, two five four zero") in found
    assert not [t for _, t in found if t == "two five four zero"]


def test_an_id_said_in_the_next_cue_stays_an_id(redactor_default, tmp_path):
    text = ASKED.format(second="and my badge is four four seven one")
    found = found_in_named_file(redactor_default, tmp_path, "answer.vtt", text, ("ADDRESS", "ID_NUMBER"))
    assert ("ID_NUMBER", "four four seven one") in found
    assert not [t for ty, t in found if ty == "ADDRESS" and "badge" in t]
