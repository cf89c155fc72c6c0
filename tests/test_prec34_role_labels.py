"""A turn's label that names the speaker by a role is left, whatever found its word (round 34).

"Source:", "DIVER:", "**Physio:**": the transcriber's way to tell the voices apart, no word of
what was said.  Propagation found a form said elsewhere again there ("they call him" at a cue's
end read with the next cue's "Source: Bounty" as a nickname "Source", then every label), and a
model read "COLLECTOR" as a name.  A label's word that the run replaced elsewhere ("I work as
a lifeguard") is left in the label too: the copy says it there on purpose, which the leak audit
knows (round 45); a name used as a label ("MILLER:") is still the speaker's name.
"""

from __future__ import annotations

import pytest

from redactor.detect.person_roles import is_turn_label
from tests.scan_helpers import found_in_named_file

_SRT = """1
00:00:01,000 --> 00:00:05,900
Interviewer: Could you tell me your name and rank?
Source: I'm Marisa Dookhan. Constable, at the Albion station.

2
00:00:06,000 --> 00:00:10,600
Interviewer: Did anyone else see what happened?
Source: A prisoner in the next cell, Ryan Fraser. They call him

3
00:00:10,600 --> 00:00:14,000
Source: Bounty. He told me that night that they
kicked the boy when he was on the floor.

4
00:00:14,000 --> 00:00:18,000
Interviewer: Who wrote the station report?
Source: The station sergeant. He said the boy fell.
"""


def test_a_role_label_is_no_nickname_on_any_line_of_a_cue(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "police.srt", _SRT, ("PERSON", "CALL_SIGN"))
    assert not any(text == "Source" for _, text in found)
    assert ("PERSON", "Marisa Dookhan") in found
    assert ("PERSON", "Ryan Fraser") in found


_LAKE = ("**Reporter:** How did you start?\n\n**Lifeguard:** Every summer since 2021 I work as a lifeguard "
         "at Aranypart Strand.\n\n**Reporter:** And then?\n\n**Lifeguard:** Kovacs made us sign.\n")


def test_a_label_word_replaced_elsewhere_is_left_and_the_copy_written(make_redactor, tmp_path):
    # "lifeguard" (rarer than everyday words) is a value the leak audit searches every output for;
    # the label says it on purpose in every turn (round 45: it was masked too, as the speaker's
    # job), so the audit reads it as a word the copy keeps, as ``ValuesAgain`` does
    (tmp_path / "lake.md").write_text(_LAKE, encoding="utf-8")
    run = make_redactor().redact_files([tmp_path / "lake.md"], tmp_path / "out")
    assert run.exit_code == 0
    written = (tmp_path / "out" / "lake.md").read_text(encoding="utf-8")
    assert written.count("**Lifeguard:**") == 2
    assert "as a lifeguard" not in written
    assert [f.entity_type for f in run.files[0].findings].count("OCCUPATION") == 1


def test_a_name_label_stays_a_person(redactor_default, tmp_path):
    text = ("INTERVIEWER: Where were you that night?\nMILLER: At the depot, with the others.\n"
            "INTERVIEWER: And then?\nMILLER: I went home.\n")
    found = found_in_named_file(redactor_default, tmp_path, "depot.txt", text, ("PERSON",))
    assert ("PERSON", "MILLER") in found


@pytest.mark.parametrize("text, span, expected", [
    ("INT: why?\nDIVER: because", "DIVER", True),
    ("**Reporter:** why?\n\n**Physio:** because", "Physio", True),
    ("[00:03:12] Source: yes", "Source", True),
    ("the diver said: no", "diver", False),          # inside a sentence, not a label
    ("DIVER SAYS: no", "DIVER", False),              # not the whole label
])
def test_is_turn_label(text, span, expected):
    start = text.index(span)
    assert is_turn_label(text, start, start + len(span)) is expected


def test_a_segments_text_starts_its_line():
    text = '{"text": " DIVER: fourteen years"}'
    start = text.index("DIVER")
    assert is_turn_label(text, start, start + 5, piece_start=text.index(" DIVER"))
    assert not is_turn_label(text, start, start + 5)
