"""A given name the interviewer asks after in lower case: "and manny, is he still there",
"and greg", "interviewer: and junior?" (round 42).

A turn, a line or a cue that opens with "and" and then says one word and stops (a question mark,
the end of the line) or takes it up at once with a question of "he" or "she" asks after a
person.  The name recognizer reads it as the evidence of a given name the lists know that no
dictionary has (a name English also uses, "greg", still), and of a short form the nickname lists
hold though the gazetteer lacks it ("manny" of Manuel).  Not a word that is no given name, a
place, a dictionary word ("and will?", "and rose?"), nor the same word inside a sentence ("and
greg said it was fine" is the model's to judge)."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_named_file, srt_cues


def _people(redactor, tmp_path, text: str, name: str) -> list[tuple[str, str]]:
    return found_in_named_file(redactor, tmp_path, name, text, {"PERSON"})


@pytest.mark.parametrize(("cue", "name"), [
    ("and manny, is he still there", "manny"),
    ("and greg", "greg"),
    # short forms the nickname lists hold and the gazetteer lacks
    ("and becca?", "becca"),
    ("and howie, is he still there", "howie"),
    ("and izzy", "izzy"),
    ("and kev", "kev"),
])
def test_a_name_asked_after_in_a_cue_is_a_person(redactor_default, tmp_path, cue, name):
    text = srt_cues("the boss took the cash calls himself", cue, "yeah he quit last spring")
    assert _people(redactor_default, tmp_path, text, "tow.srt") == [("PERSON", name)]


def test_a_name_asked_after_in_a_turn_is_a_person(redactor_default, tmp_path):
    text = "speaker 1: got it.\nspeaker 1: and junior?\nspeaker 2: still boss on the night shift.\n"
    assert _people(redactor_default, tmp_path, text, "mine.txt") == [("PERSON", "junior")]


@pytest.mark.parametrize("cue", [
    "and then?",
    "and will?",
    "and rose, is it still growing there",
    "and tuesday?",
    "and wellington?",
    "and the boy?",
    "and money, is it still cash",
])
def test_a_word_asked_after_that_is_no_name_is_nobody(redactor_default, tmp_path, cue):
    text = srt_cues("the boss took the cash calls himself", cue, "yeah that stopped last spring")
    assert _people(redactor_default, tmp_path, text, "tow.srt") == []
