"""What every format reader/writer shares: decoding bytes safely and applying edits.

A format turns a file's bytes into a ``Document`` (text plus content pieces) and writes a
redacted copy back from per-piece edits.  Decoding keeps newlines exactly as on disk and
remembers the encoding and byte-order mark, so the writer gives back the same kind of file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from redactor.errors import ExitCode, RedactorError
from redactor.model import Document, Edit


@dataclass(frozen=True)
class TextEncoding:
    """How a text file was encoded, so it can be written back the same way."""

    codec: str  # "utf-8", "utf-16-le", "utf-16-be"
    bom: bool


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes, where: str) -> tuple[str, TextEncoding]:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse binary and other encodings.

    ``where`` names the file in the error message.  Newlines are not translated.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), TextEncoding(codec, True)
            except UnicodeDecodeError as exc:
                raise RedactorError(
                    f"{where}: not valid {codec.upper()} text (byte {exc.start + len(bom)})",
                    ExitCode.UNREADABLE,
                ) from None
    if b"\x00" in data:
        raise RedactorError(f"{where}: looks like a binary file, skipped", ExitCode.UNREADABLE)
    try:
        return data.decode("utf-8"), TextEncoding("utf-8", False)
    except UnicodeDecodeError as exc:
        raise RedactorError(
            f"{where}: not UTF-8 text (undecodable byte at offset {exc.start}); "
            "save it as UTF-8 and try again",
            ExitCode.UNREADABLE,
        ) from None


def encode_text(text: str, encoding: TextEncoding) -> bytes:
    """Encode ``text`` as it was read: same codec, same byte-order mark."""
    body = text.encode(encoding.codec)
    if not encoding.bom:
        return body
    bom = next(b for b, c in _BOMS if c == encoding.codec)
    return bom + body


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits (any order) to ``text``."""
    out: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < pos:
            raise ValueError("overlapping edits")
        out.append(text[pos:edit.start])
        out.append(edit.text)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


class Format(Protocol):
    """One reader/writer.  ``read`` builds a Document; ``write`` returns the redacted bytes.

    ``edits[i]`` holds the edits for ``doc.pieces[i]`` in piece-local offsets, sorted and
    non-overlapping.  A writer never touches the original file.
    """

    name: str
    suffixes: tuple[str, ...]

    def read(self, path: Path, data: bytes) -> Document: ...

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes: ...
