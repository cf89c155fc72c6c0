"""A speaker's name in the speaker field is a name the transcript itself tells: where the
speaker is spoken to in the text ("thank you tomasz, take care", "joy, can you repeat") it is
that person, also when the name is an ordinary word ("joy", "hope"), which is found only where
someone is addressed; the word said otherwise ("no joy for us", "we had hope then") stays.  A
word a name is called with ("ok", "thanks") is never a given name joined to it."""

from __future__ import annotations

import regex

from redactor.refine.propagate import _addressed


def _vtt(*cues: tuple[str, str]) -> str:
    out = ["WEBVTT", ""]
    for n, (speaker, said) in enumerate(cues):
        out += [f"00:00:{n * 2:02d}.000 --> 00:00:{n * 2 + 2:02d}.000", f"<v {speaker}>{said}", ""]
    return "\n".join(out)


def _people(redactor, tmp_path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "call.vtt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.start, f.text) for f in result.findings if f.entity_type == "PERSON"]


def _at(text: str, said: str, nth: int = 0) -> int:
    return [m.start() for m in regex.finditer(regex.escape(said), text)][nth]


def test_a_lower_case_speakers_name_said_to_them_is_found_without_the_ok(redactor_default, tmp_path):
    text = _vtt(("interviewer", "thank you for coming tomasz, can you start"),
                ("tomasz", "yes sure, i work at the port"),
                ("interviewer", "ok tomasz, and when did you start"),
                ("tomasz", "in the spring"),
                ("interviewer", "thank you tomasz, take care"))
    found = _people(redactor_default, tmp_path, text)
    assert (_at(text, "tomasz, and"), "tomasz") in found  # not "ok tomasz"
    assert [t for _, t in found] == ["tomasz"] * 5
    assert not any(t.startswith("ok") for _, t in found)


def test_a_speakers_name_that_is_a_word_is_found_where_they_are_addressed(redactor_default, tmp_path):
    text = _vtt(("Reporter", "right, thanks joy. joy, can you repeat that"),
                ("joy", "yes. i said it was taken, it was no joy for us"),
                ("Reporter", "i felt joy when i heard. thank you joy, take care"),
                ("Hope", "we had hope then. good morning everyone"),
                ("Reporter", "hello hope. and your family, hope?"))
    found = _people(redactor_default, tmp_path, text)
    assert found == [(_at(text, "joy."), "joy"), (_at(text, "joy, can"), "joy"), (_at(text, "joy>"), "joy"),
                     (_at(text, "joy, take"), "joy"), (_at(text, "Hope>"), "Hope"),
                     (_at(text, "hope. and"), "hope"), (_at(text, "hope?"), "hope")]


def test_a_speakers_word_name_at_a_cues_start_is_addressed_only_before_a_comma(redactor_default, tmp_path):
    text = _vtt(("Reporter", "joy, can you repeat that"), ("joy", "yes. i said it was taken"),
                ("Reporter", "joy is a big word here"))
    assert _people(redactor_default, tmp_path, text) == [(_at(text, "joy, can"), "joy"), (_at(text, "joy>"), "joy")]


def test_a_word_name_not_in_a_speaker_field_is_not_looked_for_where_addressed(redactor_default, tmp_path):
    text = _vtt(("Reporter", "thanks joy, and the others"), ("Ana Silva", "yes. it was no joy for us"))
    assert [t for _, t in _people(redactor_default, tmp_path, text)] == ["Ana Silva"]


def test_addressed_unit():
    def said(text: str, word: str) -> bool:
        return _addressed(text, regex.search(rf"\b{word}\b", text))

    assert said("thank you joy, take care", "joy")
    assert said("ok, joy.", "joy")
    assert said("Right. Joy, can you repeat", "Joy")
    assert said("and your family, joy?", "joy")
    assert not said("we had no joy.", "joy")
    assert not said("i felt joy when i heard", "joy")
    assert not said("pure joy, and then", "joy")
    assert not said("your joy, your pain", "joy")


def test_a_turn_labels_word_name_is_found_where_addressed(redactor_default, tmp_path):
    text = ("Interviewer: Thanks for coming, joy. Can you tell me about the farm?\n"
            "Joy: Yes. It was my father's land.\n"
            "Interviewer: joy, did anyone threaten you?\n"
            "Joy: They came at night. There was no joy in it.\n"
            "Interviewer: Thank you joy, take care.\n")
    path = tmp_path / "talk.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    assert [(f.start, f.text) for f in result.findings if f.entity_type == "PERSON"] == [
        (text.index("joy."), "joy"), (text.index("Joy:"), "Joy"), (text.index("joy, did"), "joy"),
        (text.index("Joy: They"), "Joy"), (text.index("joy, take"), "joy")]
