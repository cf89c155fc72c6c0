"""A turn's label that names the speaker by a role is left, whatever found its word (round 34).

"Source:", "DIVER:", "**Physio:**": the transcriber's way to tell the voices apart, no word of
what was said.  Propagation found a form said elsewhere again there ("they call him" at a cue's
end read with the next cue's "Source: Bounty" as a nickname "Source", then every label), and a
model read "COLLECTOR" as a name.  A label's word that the run replaced elsewhere and the leak
audit searches for is still found there (``ValuesAgain``), so no written file leaks it; a name
used as a label ("MILLER:") is still the speaker's name.
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


def test_a_label_word_replaced_elsewhere_stays_masked_for_the_audit(redactor_default, tmp_path):
    # "lifeguard" (rarer than everyday words) is a value the leak audit searches every output for:
    # where the speaker's job was replaced, the label is found again too, so no file leaks it
    text = ("**Reporter:** How did you start?\n\n**Lifeguard:** Every summer since 2021 I work as a lifeguard "
            "at Aranypart Strand.\n\n**Reporter:** And then?\n\n**Lifeguard:** Kovacs made us sign.\n")
    found = found_in_named_file(redactor_default, tmp_path, "lake.md", text, ("OCCUPATION",))
    assert found.count(("OCCUPATION", "Lifeguard")) == 2


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
