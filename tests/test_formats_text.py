"""Plain text: one piece, offsets are the file's own; encoding and line endings kept as read."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from redactor.errors import ExitCode, RedactorError
from redactor.formats import FORMATS, format_for
from redactor.formats.base import apply_edits
from redactor.formats.text import TextFormat
from redactor.model import Edit

TEXT = "Q: Who told you?\r\nA: Marta Kowalczyk, from the depot in Lviv.\r\n"
NAME = Edit(TEXT.index("Marta"), TEXT.index("Marta") + len("Marta Kowalczyk"), "[PERSON 1]")
EXPECTED = TEXT.replace("Marta Kowalczyk", "[PERSON 1]")


@pytest.mark.parametrize(
    ("encode", "prefix"),
    [
        (lambda t: t.encode("utf-8"), b""),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), codecs.BOM_UTF8),
        (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), codecs.BOM_UTF16_LE),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), codecs.BOM_UTF16_BE),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_round_trip_keeps_encoding_bom_and_crlf(encode, prefix):
    data = encode(TEXT)
    doc = TextFormat().read(Path("t.txt"), data)
    assert doc.text == TEXT  # no BOM, CRLF kept
    assert [(p.part, p.start, p.text) for p in doc.pieces] == [("text", 0, TEXT)]
    assert TextFormat().write(doc, [[]]) == data
    out = TextFormat().write(doc, [[NAME]])
    assert out.startswith(prefix)
    assert out == encode(EXPECTED)


def test_non_ascii_offsets_are_characters_not_bytes():
    text = "Zoë met Łukasz in Kraków.\n"
    doc = TextFormat().read(Path("t.md"), text.encode("utf-8"))
    start = doc.text.index("Łukasz")
    assert doc.pieces[0].source_offset(start) == 8
    out = TextFormat().write(doc, [[Edit(start, start + 6, "[PERSON 1]")]])
    assert out.decode("utf-8") == "Zoë met [PERSON 1] in Kraków.\n"


def test_empty_file_has_no_pieces_and_writes_back_empty():
    doc = TextFormat().read(Path("t.txt"), b"")
    assert doc.pieces == ()
    assert TextFormat().write(doc, []) == b""


def test_binary_file_is_unreadable():
    with pytest.raises(RedactorError) as info:
        TextFormat().read(Path("photo.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert info.value.exit_code == ExitCode.UNREADABLE
    assert "photo.txt" in info.value.message


def test_undecodable_text_is_unreadable_and_not_quoted():
    data = "Marta Kowalczyk".encode("utf-8") + "é".encode("latin-1")
    with pytest.raises(RedactorError) as info:
        TextFormat().read(Path("notes.txt"), data)
    assert info.value.exit_code == ExitCode.UNREADABLE
    assert "notes.txt" in info.value.message and "offset 15" in info.value.message
    assert "Marta" not in info.value.message


def test_bad_utf16_after_bom_is_unreadable():
    data = codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00"  # a lone high surrogate
    with pytest.raises(RedactorError) as info:
        TextFormat().read(Path("t.txt"), data)
    assert info.value.exit_code == ExitCode.UNREADABLE


def test_apply_edits_refuses_overlaps():
    assert apply_edits("abcdef", [Edit(4, 5, "X"), Edit(0, 2, "")]) == "cdXf"
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])


@pytest.mark.parametrize(
    ("name", "format_name"),
    [("a.txt", "text"), ("b.MD", "text"), ("c.srt", "srt"), ("d.vtt", "vtt"),
     ("e.docx", "docx"), ("f.json", "json"), ("g.pdf", None), ("noext", None)],
)
def test_format_for_chooses_by_suffix(name, format_name):
    fmt = format_for(Path(name))
    assert (fmt.name if fmt else None) == format_name


def test_every_format_has_a_distinct_name_and_suffixes():
    names = [f.name for f in FORMATS]
    suffixes = [s for f in FORMATS for s in f.suffixes]
    assert len(set(names)) == len(names)
    assert len(set(suffixes)) == len(suffixes)
    assert all(s.startswith(".") and s == s.lower() for s in suffixes)
