"""A name said alone as the answer to who someone is, is a person (round 30).

"- who else knows / - khaoula she sits next to me", ">> is there anyone else who would talk / >>
maybe nadia, the girl from the kiln", "INTERVIEWER: Is there a woman who would speak? / SOURCE:
Mi-chan, one of my clients": the model and the lists missed the lone name; the question says the
answer is someone.  Not what is asked of a firm ("Who runs the company? - Glencore."), not a word
("Nobody.", "Management.", "The police")."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.answers import find_answers
from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("- did you report it inside the company\n- no\n- who else knows\n"
     "- khaoula she sits next to me position forty seven she saw him\n", "khaoula"),
    (">> is there anyone else who would talk\n>> maybe nadia, the girl from the kiln. she is nineteen.\n", "nadia"),
    ("INTERVIEWER: Is there a woman who would speak?\nSOURCE: Mi-chan, one of my clients, a nurse at a clinic.\n",
     "Mi-chan"),
])
def test_a_name_answering_who_someone_is_is_a_person(redactor_default, tmp_path, text, name):
    assert (name, text.index(name)) in people(found_in_file(redactor_default, tmp_path, text))


def test_no_person_where_who_asks_of_a_firm_or_a_word_answers():
    text = ("Q: Who runs the company?\nA: Glencore, the big one.\n"
            "Q: Who knows about it?\nA: Nobody. Only me.\n"
            "Q: Who told you?\nA: Management.\n"
            "Q: Who was there?\nA: The police, they came late.\n")
    assert [f for f in find_answers(text) if f[0] == "PERSON"] == []


def test_no_answer_read_across_a_json_speaker_field(redactor_default, tmp_path):
    """A JSON transcript's speaker field, blanked for detection, stands between the question and
    the answer: the name there is left to the other detectors (grouping would read the field and
    the name as one person, and part "Piotrek" from "Piotr Wójcik")."""
    import json

    segments = [("Private is gunna.sig@simnet.is.", "SOURCE"), ("Anyone else who saw it?", "INTERVIEWER"),
                ("Piotrek, the tow driver, he's from Gdańsk. Piotr Wójcik. He drives the yellow tug.", "SOURCE")]
    path = tmp_path / "talk.json"
    path.write_text(json.dumps({"segments": [{"id": i, "start": float(i), "end": i + 0.5, "text": " " + t, "speaker": s}
                                             for i, (t, s) in enumerate(segments)], "language": "en"}, indent=2),
                    encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    assert [f.text for f in result.findings if f.detector == "AnswerRecognizer"] == []
