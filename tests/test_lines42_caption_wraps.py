"""A transcript segment's line breaks only wrap its caption: a value said over one is read whole.

A speech-to-text tool's JSON segment is one caption, as a subtitle cue is; a tool that wraps long
captions puts "\\n" inside the segment's text ("sixty two\\nthousand shillings").  The detectors
read such a wrap as a space (same length: every offset stays), so a sum, a phone said digit by
digit, a vehicle's with-clause or a family count is found over it, while the written file keeps
the line break wherever nothing was replaced.  A line break outside a caption (a note field, a
typed transcript's line) still ends its line.
"""

from __future__ import annotations

import json
from pathlib import Path

from redactor.formats import read_document
from redactor.model import Document, JoinedText, Piece


def _scan(redactor, path: Path, content: dict) -> tuple[str, list[tuple[str, str]], str]:
    path.write_text(json.dumps(content, indent=1), encoding="utf-8")
    [result] = redactor.run_results([read_document(path)])
    text = path.read_text(encoding="utf-8")
    found = [(f.entity_type, text[f.start:f.end]) for f in result.findings]
    return text, found, redactor.write_redacted(result).decode()


def _segments(*texts: str) -> dict:
    return {"segments": [{"start": float(i), "end": i + 1.0, "text": t} for i, t in enumerate(texts)]}


def test_joined_text_reads_a_captions_wraps_as_spaces_of_the_same_length():
    doc = Document(path=None, format="json", text="", joiner=" ", pieces=(
        Piece(text="forty eight\nthousand", start=0, part="segment 1", wraps=True),
        Piece(text="a\r\nb", start=30, part="segment 2", wraps=True),
        Piece(text="notes\nkept", start=40, part="field notes")))
    joined = JoinedText.of(doc)
    assert joined.text == "forty eight thousand a  b notes\nkept"
    assert joined.starts == (0, 21, 26)


def test_values_said_over_a_segments_wrap_are_found_whole(redactor_default, tmp_path):
    _, found, written = _scan(redactor_default, tmp_path / "wrapped.json", _segments(
        "so we paid sixty two\nthousand shillings for it",
        "she drives a silver hilux with a\nroof rack, and I live with my husband and four\nchildren",
        "my number is oh seven one two\nthree four five six seven eight"))
    assert ("UNIQUE_DETAIL", "paid sixty two\\nthousand shillings") in found
    assert ("VEHICLE", "silver hilux with a\\nroof rack") in found
    assert ("UNIQUE_DETAIL", "four\\nchildren") in found
    assert ("PHONE", "oh seven one two\\nthree four five six seven eight") in found
    for part in ("thousand", "roof rack", "children", "three four five"):
        assert part not in written, part


def test_a_value_stops_at_its_own_end_and_the_file_keeps_its_line_breaks(redactor_default, tmp_path):
    # Near miss: the words on the next line are no part of the sum, and the wrap survives.
    _, found, written = _scan(redactor_default, tmp_path / "price.json", _segments(
        "so we paid sixty two thousand shillings and that is\nall I know"))
    assert found == [("UNIQUE_DETAIL", "paid sixty two thousand shillings")]
    assert json.loads(written)["segments"][0]["text"] == "so we [UNIQUE DETAIL 1] and that is\nall I know"


def test_a_line_break_outside_a_caption_still_ends_its_line(redactor_default, tmp_path):
    # A note's lines are lines: "two" ends one and "thousand" opens the next.
    _, found, _ = _scan(redactor_default, tmp_path / "notes.json",
                        {**_segments("we talked for an hour"),
                         "notes": "so we paid sixty two\nthousand shillings for it"})
    assert not any("\\n" in span for _, span in found)
