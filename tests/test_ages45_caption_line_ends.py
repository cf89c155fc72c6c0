"""A caption's line end ends the clause of an age said after a name (redactor.refine.ages).

The detectors read a subtitle's cues joined by a space, and a cue's wrapped lines as one line, so
"my name is danang wicaksono" / "thirty two" ran on into the next cue's "- the only juri": the age
was read as a number before a word, never found.  The age-after-a-name step reads where each
caption line ends (``JoinedText.with_line_ends``), so an age at a cue's end or a line's end is
found, while a number said over a wrap ("thirty" / "two") is still one number.
"""

from __future__ import annotations

from pathlib import Path

from redactor.formats import read_document
from redactor.model import Document, JoinedText, Piece


def _ages(redactor, path: Path, content: str) -> list[str]:
    path.write_text(content, encoding="utf-8")
    [result] = redactor.run_results([read_document(path)])
    return [content[f.start:f.end] for f in result.findings if f.entity_type == "AGE"]


def _srt(*cues: str) -> str:
    return "".join(f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{cue}\n\n" for i, cue in enumerate(cues, 1))


def test_with_line_ends_keeps_a_captions_breaks_and_marks_the_joins():
    doc = Document(path=None, format="srt", text="", joiner=" ", pieces=(
        Piece(text="- ana lima\nforty one", start=0, part="cue 1", wraps=True),
        Piece(text="a\r\nb", start=30, part="cue 2", wraps=True)))
    joined = JoinedText.of(doc)
    lines = joined.with_line_ends(doc)
    assert joined.text == "- ana lima forty one a  b"
    assert lines == "- ana lima\nforty one\na \nb"
    assert len(lines) == len(joined.text)
    # pieces joined by a line break or by nothing but a space are left as they read
    notes = Document(path=None, format="txt", text="", joiner="\n\n", pieces=(Piece(text="x", start=0, part="p"),))
    assert JoinedText.of(notes).with_line_ends(notes) == "x"


def test_an_age_at_a_cues_end_after_a_lower_case_name(redactor_default, tmp_path):
    content = _srt("- my name is danang wicaksono\nthirty two",
                   "- the only juri who uses the little\nblue flag so they'll know")
    assert _ages(redactor_default, tmp_path / "a.srt", content) == ["thirty two"]


def test_an_age_at_an_inner_line_end_and_over_a_wrap(redactor_default, tmp_path):
    # invented forms: the age at the end of a cue's first line, and an age wrapped over two lines
    content = _srt("- my name is kofi mensah forty one\nboats are mine since",
                   "- my name is ama owusu twenty\nsix", "- we sell at the landing")
    assert _ages(redactor_default, tmp_path / "b.srt", content) == ["forty one", "twenty\nsix"]


def test_a_count_at_a_cues_end_is_no_age(redactor_default, tmp_path):
    # near misses: what the number counts is on the next line; a number after a name in a list
    content = _srt("- i paid kofi mensah twenty\ncedis for the net",
                   "- we told kofi mensah fifty\ntimes already")
    assert _ages(redactor_default, tmp_path / "c.srt", content) == []
