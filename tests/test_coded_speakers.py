"""A voice tag or a segment's speaker that is a transcriber's code for the voice - one letter, or
a letter or three and a number ("<v R>", "<v s2>", "speaker": "P-3") - names no one, as "<v
Interviewer>" does not; a name in the same place ("<v Dara>", "<v Dara2>") is still the speaker."""

from __future__ import annotations

import json

import pytest

from redactor.lexicon.names import is_coded_speaker


def _people(redactor, path):
    (result,) = redactor.run([path]).files
    return [f.text for f in result.findings if f.entity_type == "PERSON"]


def _vtt(tmp_path, voice: str):
    path = tmp_path / "t.vtt"
    path.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v " + voice + ">we loaded the van at six\n\n"
                    "00:00:04.000 --> 00:00:07.000\n<v Interviewer>and then?\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("voice", ["s2", "S1", "R", "sp_2", "P-3"])
def test_a_coded_voice_names_no_one(redactor_default, tmp_path, voice):
    assert _people(redactor_default, _vtt(tmp_path, voice)) == []


@pytest.mark.parametrize("voice", ["Dara", "Dara2", "Ng"])
def test_a_named_voice_is_still_the_speaker(redactor_default, tmp_path, voice):
    assert _people(redactor_default, _vtt(tmp_path, voice)) == [voice]


def test_a_coded_segment_speaker_names_no_one(redactor_default, tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"segments": [
        {"start": 0, "end": 2, "text": "We loaded the van at six.", "speaker": "S1"},
        {"start": 2, "end": 4, "text": "And then?", "speaker": "Tomasz"}]}), encoding="utf-8")
    assert _people(redactor_default, path) == ["Tomasz"]


@pytest.mark.parametrize("label, coded", [
    ("S2", True), ("n", True), ("spk 12", True), ("Dara2", False), ("Li", False), ("Anna", False), ("S123", False)])
def test_is_coded_speaker(label, coded):
    assert is_coded_speaker(label) is coded
