"""A name the speaker is called, said in a transcript JSON's segment right after the speaker's
full name (``redactor.refine.nicknames``): each segment opens a turn, as a line does."""

from __future__ import annotations

import json

from redactor.entities.variants import default_given_names
from redactor.refine.nicknames import link_nicknames
from tests.mention_helpers import in_order


def _joined(*pieces: str) -> tuple[str, list[int]]:
    """Pieces joined by a space, as a transcript JSON's segments are, and where each starts."""
    starts, at = [], 0
    for piece in pieces:
        starts.append(at)
        at += len(piece) + 1
    return " ".join(pieces), starts


def _keys(pieces: tuple[str, ...], *names: str, turns: bool = True) -> list[str]:
    text, starts = _joined(*pieces)
    found = link_nicknames(text, in_order(text, *names), default_given_names(), starts if turns else ())
    return [m.key for m in found]


def test_a_segment_that_opens_with_the_full_name_then_what_people_call_the_speaker():
    pieces = ("Who is speaking, please?", "SPEAKER_00", "Dorota Kalmbach. People call me Dodo.", "SPEAKER_01")
    assert _keys(pieces, "Dorota Kalmbach", "Dodo") == ["", "dorota kalmbach"]
    # without the segments' starts, the full name is said in the middle of one long line
    assert _keys(pieces, "Dorota Kalmbach", "Dodo", turns=False) == ["", ""]


def test_a_full_name_inside_a_segment_or_in_the_segment_before_is_not_the_speaker_called():
    # the full name is not the segment's first words: someone the speaker talks about
    assert _keys(("SPEAKER_01", "I worked for Ivan Petrov. People call me Rosi."), "Ivan Petrov", "Rosi") == ["", ""]
    # the full name ends one segment, the one who is called speaks in the next
    assert _keys(("Ivan Petrov.", "People call me Rosi."), "Ivan Petrov", "Rosi") == ["", ""]


def test_the_name_called_keeps_the_full_names_pseudonym_in_a_transcript_json(redactor_default, tmp_path):
    segments = [{"start": 0.0, "end": 2.0, "text": " Who is speaking, please?", "speaker": "SPEAKER_00"},
                {"start": 2.0, "end": 5.0, "text": " Dorota Kalmbach. People call me Dodo.", "speaker": "SPEAKER_01"},
                {"start": 5.0, "end": 6.0, "text": " Thank you, Dodo.", "speaker": "SPEAKER_00"}]
    path = tmp_path / "talk.json"
    path.write_text(json.dumps({"segments": segments}), encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    names = {(f.text, f.replacement) for f in result.findings if f.entity_type == "PERSON"}
    assert names == {("Dorota Kalmbach", "[PERSON 1]"), ("Dodo", "[PERSON 1]")}
