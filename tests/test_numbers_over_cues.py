"""A phone number said over two or three cues after a phone's frame is one number: the full
stop a captioner puts at each cue's end is read as a pause (redactor.detect.joins), and each
cue's part is the number's words only, without a transcriber's note or the aside said around
them ("nine one one two [inaudible]", "sorry, four four")."""

from __future__ import annotations

from redactor.detect.joins import number_part, numbers_read_on


def _vtt(*cues: str) -> str:
    out = ["WEBVTT", ""]
    for n, said in enumerate(cues):
        out += [f"00:00:{n * 2:02d}.000 --> 00:00:{n * 2 + 2:02d}.000", said, ""]
    return "\n".join(out)


def _run(redactor, tmp_path, text: str):
    path = tmp_path / "call.vtt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return result, [(f.entity_type, f.text) for f in result.findings if f.entity_type != "PERSON"]


def test_a_phone_over_three_cues_with_their_full_stops(redactor_default, tmp_path):
    text = _vtt("<v Ana>My phone, it's oh five three.", "<v Ana>Nine one one two [inaudible].",
                "<v Ana>Sorry, four four.", "<v Ana>We left in two thousand nine.")
    result, found = _run(redactor_default, tmp_path, text)
    assert found[:3] == [("PHONE", "oh five three"), ("PHONE", "Nine one one two"), ("PHONE", "four four")]
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert "it's [PHONE 1]." in out and "[PHONE 1] [inaudible]." in out and "Sorry, [PHONE 1]." in out
    assert "[PHONE 2]" not in out and "PHONE" not in out.rsplit("\n\n", 1)[1]


def test_a_phone_over_cues_without_voices_leaves_the_note_and_the_aside(redactor_default, tmp_path):
    text = _vtt("my phone number, it's oh five three", "nine one one two [inaudible]", "sorry, four four",
                "and I was twenty two then")
    result, found = _run(redactor_default, tmp_path, text)
    assert found[:3] == [("PHONE", "oh five three"), ("PHONE", "nine one one two"), ("PHONE", "four four")]
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert "[PHONE 1] [inaudible]" in out and "sorry, [PHONE 1]" in out


def test_numbers_in_cues_without_a_frame_stay_apart(redactor_default, tmp_path):
    text = _vtt("We were twenty two.", "Nine of us died.", "They came in two thousand nine.", "Three one four.")
    _, found = _run(redactor_default, tmp_path, text)
    assert not any(t == "PHONE" for t, _ in found)


def test_numbers_read_on_unit():
    text = "My phone, it's oh five three. Nine one one two [inaudible]. Sorry, four four. We left in two thousand nine."
    joins = [text.index(" Nine"), text.index(" Sorry"), text.index(" We")]
    assert numbers_read_on(text, joins) == text.replace("three.", "three,").replace("].", "],")
    plain = "We were twenty two. Nine of us died."
    assert numbers_read_on(plain, [plain.index(" Nine")]) == plain
    # a full stop inside a cue is no cue's end
    inside = "My phone is oh five three. Nine of us had one."
    assert numbers_read_on(inside, []) == inside


def test_number_part_unit():
    for said, part in [("nine one one two [inaudible]", "nine one one two"), ("sorry, four four", "four four"),
                       ("uh, sorry, nine nine (crosstalk) and", "nine nine"), ("oh five three", "oh five three")]:
        a, b = number_part(said, 0, len(said))
        assert said[a:b] == part


def test_a_phone_over_two_segments_of_transcript_json(redactor_default, tmp_path):
    import json

    segments = [
        {"start": 0.0, "end": 2.0, "text": "My WhatsApp is oh seven nine.", "speaker": "Ana Silva"},
        {"start": 2.0, "end": 4.0, "text": "Four four one two three.", "speaker": "Ana Silva"},
        {"start": 4.0, "end": 6.0, "text": "Twenty two people came.", "speaker": "SPEAKER_01"},
    ]
    path = tmp_path / "call.json"
    path.write_text(json.dumps({"segments": segments}), encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    assert [(f.entity_type, f.text) for f in result.findings if f.entity_type == "PHONE"] == [
        ("PHONE", "oh seven nine"), ("PHONE", "Four four one two three")]
    texts = [s["text"] for s in json.loads(redactor_default.write_redacted(result))["segments"]]
    assert texts[:2] == ["My WhatsApp is [PHONE 1].", "[PHONE 1]."]
    assert "PHONE" not in texts[2]  # the next speaker's number is no part of it
