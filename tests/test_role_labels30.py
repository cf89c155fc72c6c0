"""A speaker field that holds a role or a voice's code keeps it (round 30,
redactor/refine/boundaries.without_role_labels): detection never finds a name there, but a
later step could reach into it from the cue before ("he doesn't call me" | "<v interviewer>"
read as the name he is called), and the label was then written as a pseudonym.  A name in a
voice tag is still the speaker and still replaced."""

from __future__ import annotations

from redactor.model import Mention
from redactor.refine.boundaries import without_role_labels

_VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v interviewer>and anas, is he still there

00:00:04.250 --> 00:00:11.000
<v joji>anas is still there. they promoted him. he's senior now, my job. he doesn't call me

00:00:11.250 --> 00:00:14.000
<v interviewer>has anyone threatened you

00:00:14.250 --> 00:00:20.000
<v joji>a man came to the flat when i was out. he said to my roommate sreejith, tell joji to stop

00:00:20.250 --> 00:00:23.000
<v interviewer>did you report it
"""


def test_a_mention_inside_a_role_field_is_dropped_and_a_name_field_kept():
    text = "he doesn't call me  interviewer  has anyone threatened you  Marta  yes"
    role, name = text.index("interviewer"), text.index("Marta")
    found = [Mention(role, role + 11, "PERSON", 0.6, "CalledName", "interviewer"),
             Mention(name, name + 5, "PERSON", 1.0, "SpeakerField", "Marta")]
    fields = [(role, role + 11), (name, name + 5)]
    assert [m.text for m in without_role_labels(text, found, fields)] == ["Marta"]
    # a code for the voice is no one either
    code = "so call me  S2  yes"
    at = code.index("S2")
    assert without_role_labels(code, [Mention(at, at + 2, "PERSON", 0.6, "CalledName", "S2")], [(at, at + 2)]) == []


def test_the_interviewer_voice_keeps_its_label(redactor_default, tmp_path):
    source = tmp_path / "in" / "refinery.vtt"
    source.parent.mkdir()
    source.write_text(_VTT, encoding="utf-8")
    (result,) = redactor_default.run([source]).files
    written = redactor_default.write_redacted(result).decode("utf-8")
    assert written.count("<v interviewer>") == 3
    assert "joji" not in written and "anas" not in written and "sreejith" not in written
    assert written.count("<v ") == 5
