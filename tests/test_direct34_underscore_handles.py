"""Round 34: a word joined by an underscore is a handle whatever cue said it (rules/contact.yaml,
"a word joined by an underscore"): letters and figures are typed so only as a user's name.  Exact
spans through the whole Redactor, and near misses that must not be found: a transcript's voice
label, a file's name, a part of a web address or a path."""

from __future__ import annotations

import pytest


def handles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "HANDLE"]


@pytest.mark.parametrize("text, expected", [
    ("SUPERVISOR: My ID on the app is tmr_yushan88, or call the office.", ["tmr_yushan88"]),
    ("Ngozi: Not the shop phone. In the group chat I'm ngozi_ak21.", ["ngozi_ak21"]),
    ("the buyer, he writes to us as jade_tiger_09 and pays in cash", ["jade_tiger_09"]),
    ("- who sent it?\n- some account, Ruta_Vilnius, no photo", ["Ruta_Vilnius"]),
])
def test_a_word_joined_by_an_underscore_is_a_handle(redactor_default, text, expected):
    assert handles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "speaker_1: we loaded the van at six\nspeaker_2: and then?",
    "SPEAKER_00 said the list was in notes_final.docx on the shared drive",
    "the form is at C:\\forms\\intake_2024\\x and nobody reads it",
    "we sorted the bales by grade, the best ones first",
])
def test_labels_files_and_paths_are_no_handles(redactor_default, text):
    assert handles(redactor_default, text) == []
