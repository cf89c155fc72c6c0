"""A number a speaker dictates over two cues (WebVTT voice tags) or two segments (transcript JSON
with speakers) is one finding: the detectors read the text with the speaker fields blanked, so
the name between the cues does not break the number, and the number's parts keep one pseudonym.
The speaker's name stays a finding of its own and is never part of the number."""

from __future__ import annotations

import json

VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v Ana Silva>my number is oh seven nine

00:00:03.000 --> 00:00:05.000
<v Ana Silva>four four one two three.

00:00:05.000 --> 00:00:07.000
<v Ben Okafor>we met in nineteen ninety nine
"""


def findings(redactor, path):
    run = redactor.run([path])
    (result,) = run.files
    return result, [(f.entity_type, f.text) for f in result.findings]


def test_vtt_number_over_two_voiced_cues_is_one_phone(redactor_default, tmp_path):
    path = tmp_path / "call.vtt"
    path.write_text(VTT, encoding="utf-8")
    result, found = findings(redactor_default, path)
    assert ("PHONE", "oh seven nine") in found and ("PHONE", "four four one two three") in found
    assert [t for t, text in found if "Ana" in text or "Ben" in text] == ["PERSON"] * 3
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert out.count("[PHONE 1]") == 2 and "[PHONE 2]" not in out
    assert "seven" not in out and "four four" not in out
    # a year said by the next speaker is no part of the number
    assert "[PHONE" not in out.rstrip().rsplit("\n\n", 1)[1]


def test_json_number_over_two_segments_of_a_speaker_is_one_id(redactor_default, tmp_path):
    segments = [
        {"start": 0.0, "end": 2.0, "text": "My passport number is four four five", "speaker": "Ana Silva"},
        {"start": 2.0, "end": 4.0, "text": "one two nine nine, yes.", "speaker": "Ana Silva"},
        {"start": 4.0, "end": 6.0, "text": "Thank you.", "speaker": "SPEAKER_01"},
    ]
    path = tmp_path / "call.json"
    path.write_text(json.dumps({"segments": segments}), encoding="utf-8")
    result, found = findings(redactor_default, path)
    assert ("ID_NUMBER", "four four five") in found and ("ID_NUMBER", "one two nine nine") in found
    out = json.loads(redactor_default.write_redacted(result))
    texts = [s["text"] for s in out["segments"]]
    assert texts[0].endswith("is [ID 1]") and texts[1] == "[ID 1], yes."
    assert [s["speaker"] for s in out["segments"]] == ["[PERSON 1]", "[PERSON 1]", "SPEAKER_01"]


def test_numbers_each_within_its_cue_stay_apart(redactor_default, tmp_path):
    path = tmp_path / "two.vtt"
    path.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Silva>call me on oh seven nine four four one "
                    "two three\n\n00:00:03.000 --> 00:00:05.000\n<v Ben Okafor>and I was twenty two then\n",
                    encoding="utf-8")
    _, found = findings(redactor_default, path)
    assert ("PHONE", "oh seven nine four four one two three") in found
    assert not any(t == "PHONE" and "twenty" in text for t, text in found)
