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


def test_pieces_of_a_found_number_said_over_two_segments_leave_the_speaker_label_between_them():
    """The step that finds a found number's pieces elsewhere reads the text with the speaker
    fields blanked, so two pieces either side of a generic label ("SPEAKER_01", in segments
    joined by a space) were one span over it, and the label became a piece of the phone (and,
    found again wherever the label stands, every segment's speaker replaced)."""
    from redactor.detect.cue_numbers import pieces_of_found_numbers
    from redactor.detect.engine import DetectInput, _found_around_speakers, _without_speakers
    from redactor.model import Mention

    text = "The office one. 71 35 SPEAKER_01 92 48. I repeat: +226 71 35 92 48."
    label = text.index("SPEAKER_01")
    item = DetectInput(text, ((label, label + len("SPEAKER_01")),))
    whole = text.index("+226")
    phone = Mention(start=whole, end=whole + 16, entity_type="PHONE", score=0.9, detector="PhoneNumber",
                    text=text[whole:whole + 16])

    found = _found_around_speakers(item, pieces_of_found_numbers(_without_speakers(item), [phone]))

    assert [text[m.start:m.end] for m in found if m is not phone] == ["71 35", "92 48"]
    assert len({m.key for m in found if m is not phone}) == 1
