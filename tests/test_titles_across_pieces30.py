"""A segment's speaker field is no title of the name said first in the next segment (round 30,
redactor/refine/titles_said_again.py): in a transcript JSON whose segments write their speaker
after their text, "INTERVIEWER" stood right before each answer that opens with a name, twice in
the file, and was taken into the answers' names, so the interviewer's field was replaced with the
pseudonym of the person named in the answer.  A word said before names in their own piece still
goes into them."""

from __future__ import annotations

import json
import re

from redactor.model import Mention
from redactor.refine.titles_said_again import titles_said_again

_SEGMENTS = [
    ("INTERVIEWER", " Thanks for meeting so early. Tell me what you do."),
    ("SOURCE", " I'm a loadmaster at the cargo terminal. Since the autumn the weights on the sheets "
               "don't match the scale, and the duty manager changes the figures."),
    ("INTERVIEWER", " Who is the duty manager?"),
    ("SOURCE", " Hallgrímur Bjarnason. He's the owner's brother-in-law."),
    ("INTERVIEWER", " Did that go anywhere?"),
    ("SOURCE", " Einar filed a safety report. Two weeks later he was off the roster."),
]


def _people(text: str, *names: str) -> list[Mention]:
    return sorted((Mention(m.start(), m.end(), "PERSON", 0.85, "SpacyRecognizer", name)
                   for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)),
                  key=lambda m: (m.start, m.end))


def test_a_word_from_the_piece_before_is_not_taken():
    pieces = ["Who is the duty manager?", "INTERVIEWER", "Hallgrímur Bjarnason. He knows.",
              "Did that go anywhere?", "INTERVIEWER", "Einar filed a report."]
    text = "  ".join(pieces)
    starts = [text.index(p) for p in pieces]
    mentions = _people(text, "Hallgrímur Bjarnason", "Einar")
    assert [m.text for m in titles_said_again(text, mentions, starts)] == ["Hallgrímur Bjarnason", "Einar"]
    # the same words in one piece are a word said before both names (the step's own rule)
    assert [m.text for m in titles_said_again(text, mentions)] == ["INTERVIEWER  Hallgrímur Bjarnason",
                                                                    "INTERVIEWER  Einar"]


def test_a_title_in_the_names_own_piece_is_still_taken():
    pieces = ["the nets belong to tutu kalena.", "tutu malia mends them."]
    text = "  ".join(pieces)
    out = titles_said_again(text, _people(text, "kalena", "malia"), [0, text.index(pieces[1])])
    assert [m.text for m in out] == ["tutu kalena", "tutu malia"]


def test_the_interviewer_field_keeps_its_label(redactor_default, tmp_path):
    source = tmp_path / "in" / "loadsheets.json"
    source.parent.mkdir()
    source.write_text(json.dumps({"segments": [
        {"id": i, "start": 5.0 * i, "end": 5.0 * i + 4, "text": text, "speaker": speaker}
        for i, (speaker, text) in enumerate(_SEGMENTS)]}, ensure_ascii=False, indent=2), encoding="utf-8")
    (result,) = redactor_default.run([source]).files
    people = sorted({f.text for f in result.findings if f.entity_type == "PERSON"})
    assert people == ["Einar", "Hallgrímur Bjarnason"]
    written = json.loads(redactor_default.write_redacted(result).decode("utf-8"))
    assert [s["speaker"] for s in written["segments"]] == [speaker for speaker, _ in _SEGMENTS]
    said = " ".join(s["text"] for s in written["segments"])
    assert "Hallgrímur" not in said and "Einar" not in said
