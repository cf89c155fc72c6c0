"""A speaker's name from the file's structure is that person wherever it is said as a name (round 15).

A turn's label the model found on the very same span ("Sunny: yes, ...") is the label's, as a
voice tag ("<v sunny>") and a segment's "speaker" are: their name, even one that is an English
word, is found again where the speaker is spoken to ("And sunny?") or where it stands as a
name ("they call me sunny", "he said sunny you should stop"), one pseudonym with the label;
not where the word is the word ("a sunny day", "it was sunny").  Generic labels ("Speaker 2:",
"<v Interviewer>") name no one.  The label, the voice tag and the segment's speaker are
replaced in redact's output."""

from __future__ import annotations

import json

from tests.scan_helpers import found_in_file, people


def test_a_labelled_speakers_word_name_is_found_where_it_is_a_name(redactor_default, tmp_path):
    text = ("Interviewer: And sunny?\n"
            "Sunny: yes, they call me sunny at work.\n"
            "Speaker 2: ok\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == [
        ("sunny", text.index("sunny")), ("Sunny", text.index("Sunny")), ("sunny", text.index("me sunny") + 3)]


def test_a_labelled_speakers_word_name_as_the_word_stays(redactor_default, tmp_path):
    text = ("Interviewer: Where were you?\n"
            "Sunny: At the depot. It was sunny outside, a sunny day.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == [("Sunny", text.index("Sunny"))]


def test_a_generic_label_or_voice_names_no_one(redactor_default, tmp_path):
    text = "Speaker 2: it was a sunny day\nInterviewer: and then?\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


def test_labels_voice_tags_and_segment_speakers_are_replaced_in_the_output(redactor_default, tmp_path):
    (tmp_path / "a.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v sunny>so i came in early\n\n"
        "00:00:03.000 --> 00:00:05.000\n<v Interviewer>and what did they say sunny\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Zuzka: I walked to the depot.\nInterviewer: thanks zuzka\n", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"segments": [
        {"start": 0, "end": 2, "text": "I came in early.", "speaker": "Zuzka"},
        {"start": 2, "end": 4, "text": "Thanks zuzka.", "speaker": "SPEAKER_01"}]}), encoding="utf-8")
    out = tmp_path / "out"
    redactor_default.redact_files([tmp_path / "a.vtt", tmp_path / "b.txt", tmp_path / "c.json"], out)
    vtt = (out / "a.vtt").read_text(encoding="utf-8")
    txt = (out / "b.txt").read_text(encoding="utf-8")
    segments = json.loads((out / "c.json").read_text(encoding="utf-8"))["segments"]
    assert "sunny" not in vtt and "<v Interviewer>" in vtt and vtt.count("[PERSON") == 2
    assert "Zuzka" not in txt and "zuzka" not in txt and txt.startswith("[PERSON")
    assert segments[0]["speaker"].startswith("[PERSON") and segments[1]["speaker"] == "SPEAKER_01"
    assert "zuzka" not in segments[1]["text"]


def test_a_label_in_capitals_is_replaced_on_every_turn(redactor_default, tmp_path):
    # the model's "ANNA" on a label's span is the label's, not an acronym in a line of small letters
    (tmp_path / "t.txt").write_text("INTERVIEWER: Tell me about him.\nANNA: He warned me.\nANNA: Then he left.\n",
                                    encoding="utf-8")
    out = tmp_path / "out"
    redactor_default.redact_files([tmp_path / "t.txt"], out)
    written = (out / "t.txt").read_text(encoding="utf-8")
    assert "ANNA" not in written and written.count("[PERSON 1]: ") == 2 and written.startswith("INTERVIEWER: ")


def test_a_call_sign_the_speaker_names_as_one_stays_apart_from_the_speaker(redactor_default, tmp_path):
    text = ("INTERVIEWER: How should I refer to you?\n\n"
            'MARKO PETRENKO: Just call me Misha. Everyone in the company calls me "Buk" anyway, that\'s my call sign.\n')
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    found = result.findings
    assert [(f.entity_type, f.text) for f in found if f.text == "Buk"] == [("CALL_SIGN", "Buk")]
    speaker = {f.replacement for f in found if f.text in {"MARKO PETRENKO", "Misha"}}
    assert len(speaker) == 1 and speaker != {f.replacement for f in found if f.text == "Buk"}


def test_a_name_the_speaker_is_called_that_is_a_word_stays_the_word_elsewhere(redactor_default, tmp_path):
    # "call me sunny" links the word to the speaker; "it was sunny", "a sunny morning" are the word
    text = ("Interviewer: How should we call you?\n"
            "Sunny: they call me sunny at work. It was sunny outside that day, a sunny morning.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == [
        ("Sunny", text.index("Sunny")), ("sunny", text.index("me sunny") + 3)]
