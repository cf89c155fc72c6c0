"""A speaker's field is decided as a turn's label on its line is, and a model's guess on a label is no body (round 45).

A cue's voice ("<v Fundi>") and a segment's "speaker" were read by their words alone, while a
label opening a line ("Fundi:") was also read from the text: the role word the speaker says as
a common noun ("the other fundis"), or the full name the speaker gives under it that the label
is no word of ("What is your name?" - "Baraka Otieno Said. Forty-one.").  A role word no list
holds in a voice was pseudonymised as a person in every cue.  Now one function decides for every
format (``role_labels``), the format telling only where each field's turn is (``Turns``).

Round 44's blind set labelled a calesa driver "KUTSERO:"; the model read the label as an
organisation, which outlived the label's being decided a role and was carried to every turn.
A guessing detector's body or place on a turn's whole label gives way to the label's decision.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.engine import _people_labels
from redactor.detect.self_named_labels import Turns, role_labels
from redactor.model import Mention
from tests.scan_helpers import found_in_named_file

_VOICES = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How long have you built the dhows here?

00:00:04.000 --> 00:00:09.000
<v {voice}>Since I was fourteen. My uncle taught me in Lamu, behind the mosque.

00:00:09.000 --> 00:00:12.000
<v Interviewer>What is your name?

00:00:12.000 --> 00:00:16.000
<v {voice}>{name}. Forty-one. The owner pays us by the hull.

00:00:16.000 --> 00:00:20.000
<v Interviewer>Who is the owner?

00:00:20.000 --> 00:00:25.000
<v {voice}>Hamisi Bakari. He told the inspector we had contracts.
"""


def _segments(speaker: str, name: str) -> str:
    turns = [("Interviewer", "How long have you worked on the towers?"),
             (speaker, "Eleven years. I came from Bihar with my cousin, we sleep on the site."),
             ("Interviewer", "Your full name, please?"),
             (speaker, f"{name}, thirty-six. The contractor keeps our ID cards."),
             ("Interviewer", "Who is the contractor?"),
             (speaker, "Sunil Dhanraj, from Gurgaon. He pays us every forty days.")]
    return json.dumps({"segments": [{"start": float(i), "end": i + 0.9, "text": text, "speaker": who}
                                    for i, (who, text) in enumerate(turns)]})


# role words of trades no list of roles holds, in languages no design set labels its voices in
@pytest.mark.parametrize("voice", ["Fundi", "Mistri", "Dalang", "Gaucho"])
def test_a_voice_whose_speaker_gives_another_full_name_is_a_role(redactor_default, tmp_path, voice):
    text = _VOICES.format(voice=voice, name="Baraka Otieno Said")
    found = found_in_named_file(redactor_default, tmp_path, "dhow.vtt", text, ("PERSON",))
    assert not any(said == voice for _, said in found)
    assert ("PERSON", "Baraka Otieno Said") in found
    assert ("PERSON", "Hamisi Bakari") in found


@pytest.mark.parametrize("voice, name", [("Baraka", "Baraka Otieno Said"), ("Tavita", "Tavita Leaupepe"),
                                         ("Zhyldyz", "Zhyldyz Asanova")])
def test_a_voice_that_is_a_word_of_the_name_given_stays_a_person(redactor_default, tmp_path, voice, name):
    text = _VOICES.format(voice=voice, name=name)
    found = found_in_named_file(redactor_default, tmp_path, "dhow.vtt", text, ("PERSON",))
    assert found.count(("PERSON", voice)) == 3


def test_a_segments_speaker_whose_speaker_gives_another_full_name_is_a_role(redactor_default, tmp_path):
    text = _segments("Mistri", "Ramesh Kumar Paswan")
    found = found_in_named_file(redactor_default, tmp_path, "site.json", text, ("PERSON",))
    assert not any(said == "Mistri" for _, said in found)
    assert any(said == "Ramesh Kumar Paswan" for _, said in found)


def test_a_segments_speaker_that_is_the_speakers_name_stays_a_person(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "site.json", _segments("Ramesh", "Ramesh Kumar Paswan"),
                                ("PERSON",))
    assert found.count(("PERSON", "Ramesh")) == 3


def _fields(text: str, *words: str) -> tuple[list[tuple[int, int]], list[Mention]]:
    """The spans of the lines of ``text`` that are one of ``words`` (its speaker fields, as the
    pieces of a transcript are joined one a line), and their mentions."""
    spans, at = [], 0
    for line in text.split("\n"):
        if line in words:
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans, [Mention(start=s, end=e, entity_type="PERSON", score=1.0, detector="speaker", text=text[s:e])
                   for s, e in spans]


def test_a_voice_said_as_a_common_noun_is_a_role():
    # the field stands before its turn; the word is said after "the", in small letters
    text = ("Interviewer\nWho dives with you?\nHaenyeo\nThe older haenyeo go first, I follow at noon.\n"
            "Interviewer\nAnd your boat?\nHaenyeo\nMy cousin's.")
    spans, fields = _fields(text, "Interviewer", "Haenyeo")
    assert role_labels(text, fields, [], Turns.of_fields(text, spans)) == {"interviewer", "haenyeo"}


def test_a_segments_speaker_after_its_text_answers_the_question_before_it():
    # the segment's speaker stands after its text: the turn is the text before the field
    text = "  Your name?\nInterviewer\n  Kalani Akana Mahoe, forty.\nPaniolo\n  Thanks.\nInterviewer"
    spans, fields = _fields(text, "Interviewer", "Paniolo")
    start = text.index("Kalani")
    people = [Mention(start=start, end=start + 18, entity_type="PERSON", score=0.85, detector="SpacyRecognizer",
                      text="Kalani Akana Mahoe")]
    turns = Turns.of_fields(text, spans)
    assert role_labels(text, fields, people, turns) == {"interviewer", "paniolo"}
    # the same speaker field whose word is one of the name given stays a name
    named = text.replace("Paniolo", "Kalani")
    spans, fields = _fields(named, "Interviewer", "Kalani")
    assert role_labels(named, fields, people, Turns.of_fields(named, spans)) == {"interviewer"}


_CALESA = """JOURNALIST: Who do you drive for?
KUTSERO: The horses belong to Efren Galang. The tour desk is Kalesa Ko Rides.
JOURNALIST: May I name you?
KUTSERO: Renato Sumalpong, sixty. From Tondo.
"""


def _at(text: str, said: str, kind: str, detector: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(said, start + 1)
    return Mention(start=start, end=start + len(said), entity_type=kind, score=0.85, detector=detector, text=said)


def test_a_models_body_on_a_role_label_goes_with_the_label():
    found = _people_labels(_CALESA, [
        _at(_CALESA, "KUTSERO", "ORGANIZATION", "SpacyRecognizer"),
        _at(_CALESA, "KUTSERO", "PERSON", "SpeakerLabel"), _at(_CALESA, "KUTSERO", "PERSON", "SpeakerLabel", 1),
        _at(_CALESA, "Renato Sumalpong", "PERSON", "SpacyRecognizer"),
        _at(_CALESA, "Kalesa Ko Rides", "ORGANIZATION", "SpacyRecognizer")])
    assert sorted((m.entity_type, m.text) for m in found) == [
        ("ORGANIZATION", "Kalesa Ko Rides"), ("PERSON", "Renato Sumalpong")]


def test_a_models_body_on_a_name_label_gives_way_to_the_speakers_name():
    text = _CALESA.replace("KUTSERO", "NONOY").replace("Renato Sumalpong", "Nonoy Sumalpong")
    found = _people_labels(text, [
        _at(text, "NONOY", "ORGANIZATION", "SpacyRecognizer"),
        _at(text, "NONOY", "PERSON", "SpeakerLabel"), _at(text, "NONOY", "PERSON", "SpeakerLabel", 1),
        _at(text, "Nonoy Sumalpong", "PERSON", "SpacyRecognizer"),
        # a body the model finds outside a label stays, and so does a rule's on a label
        _at(text, "JOURNALIST", "ORGANIZATION", "OrgRule")])
    assert sorted((m.entity_type, m.text, m.detector) for m in found) == [
        ("ORGANIZATION", "JOURNALIST", "OrgRule"), ("PERSON", "NONOY", "SpeakerLabel"),
        ("PERSON", "NONOY", "SpeakerLabel"), ("PERSON", "Nonoy Sumalpong", "SpacyRecognizer")]


# -- a role label's word the run replaced elsewhere: left in the label, and the copy written --

_SALT_PANS = """SALINERA: Twenty-two years at the pans of Salinas de Añana. I'm the oldest salinera on the terraces.
INTERVIEWER: Who pays you?
SALINERA: Iñaki Zubeldia Arrieta, the owner. He sells the flakes to Madrid at forty euros the kilo.
Night watchman: I saw the truck leave at two in the morning, every Thursday.
"""


def test_the_roles_a_transcript_labels_its_turns_by():
    # the labels of a text's own lines, as the pipeline reads them: a role of one word or of two,
    # not a name ("MILLER:"), nor a colon inside a sentence or a clock's
    from redactor.detect.person_roles import is_turn_label
    from redactor.refine.boundaries import role_labels_standing

    text = _SALT_PANS + "MILLER: At the depot. The reason: money, at 02:15 each night.\n"
    standing = role_labels_standing(text, (), lambda start, end: is_turn_label(text, start, end))
    assert standing == {"SALINERA", "INTERVIEWER", "Night watchman"}


def test_a_speaker_field_that_is_a_role_stands_as_a_role():
    from redactor.refine.boundaries import role_labels_standing

    text = "Interviewer\n  What do you do?\nSeeder\n  I seed the oysters.\nTeiki\n  Me too.\n"
    spans, _ = _fields(text, "Interviewer", "Seeder", "Teiki")
    assert role_labels_standing(text, spans, lambda start, end: False) == {"Interviewer", "Seeder"}


@pytest.mark.parametrize("name, text", [
    ("pans.txt", _SALT_PANS),
    ("oysters.json", json.dumps({"segments": [
        {"start": 0.0, "end": 3.0, "text": "What do you do on the farm?", "speaker": "Interviewer"},
        {"start": 3.0, "end": 9.0, "text": "I am a seeder, I open the oysters and set the nucleus.", "speaker": "Seeder"},
        {"start": 9.0, "end": 12.0, "text": "Who owns the farm?", "speaker": "Interviewer"},
        {"start": 12.0, "end": 17.0, "text": "Marc Lenoir, from Papeete. He pays by the pearl.", "speaker": "Seeder"}]})),
])
def test_a_role_label_whose_word_is_the_speakers_job_is_left_and_the_copy_written(make_redactor, tmp_path,
                                                                                  name, text):
    label = "SALINERA" if name == "pans.txt" else "Seeder"
    (tmp_path / name).write_text(text, encoding="utf-8")
    run = make_redactor().redact_files([tmp_path / name], tmp_path / "out")
    assert run.exit_code == 0
    written = (tmp_path / "out" / name).read_text(encoding="utf-8")
    assert written.count(label) == text.count(label) >= 2
    # the job said in a sentence is replaced, and so are the names
    assert label.casefold() not in written.replace(label, "").casefold()
    assert "Zubeldia" not in written and "Lenoir" not in written


def test_a_name_voice_joined_after_a_cues_article_stays_a_name():
    # a cue's last words and the next cue's voice and first words are joined on one line: "the
    # fields zhanar" or "the vpn [voice] zhanar eighty two" is no noun said after an article
    from redactor.detect.engine import DetectInput, _without_role_fields

    def voices(lines: str, voice: str) -> list[Mention]:
        spans, fields = _fields(lines, "interviewer", voice)
        item = DetectInput(lines.replace("\n", " "), tuple(spans))
        return _without_role_fields(item, [m for m in fields if m.text == voice])

    lines = ("interviewer\nwhere did they take you\nzhanar\nwe went to the fields\nzhanar\n"
             "zhanar eighty two at mail dot kz, write to the\nzhanar\nzhanar temirova. thirty\n")
    assert [m.text for m in voices(lines, "zhanar")] == ["zhanar"] * 3
    # a role word said so inside a cue is still a role ("the older haenyeo")
    lines = ("interviewer\nwho dives first\nhaenyeo\nthe older haenyeo go first\nhaenyeo\n"
             "then me, at noon\n")
    assert voices(lines, "haenyeo") == []
