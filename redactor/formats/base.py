"""What every format reader/writer shares: decoding bytes safely and applying edits.

A format turns a file's bytes into a ``Document`` (text plus content pieces) and writes a
redacted copy back from per-piece edits.  Decoding keeps newlines exactly as on disk and
remembers the encoding and byte-order mark, so the writer gives back the same kind of file.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from redactor.errors import ExitCode, RedactorError
from redactor.model import Document, Edit, Piece


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


_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_NEWLINE = r"\r\n|\r|\n"
# A line break right after a hyphen inside a word ("thirty-\neight", "twenty-\nsecond", "555-\n0199")
# is where a caption tool wrapped one hyphenated word: a reader sees the word whole, so it is no
# space there.
_WRAPPED_HYPHEN = rf"(?<=[^\W_]-)(?:{_NEWLINE})(?=[^\W_])"


def visible_piece(text: str, start: int, end: int, part: str, *, hide: str | None = None,
                  entities: bool = False, newlines: bool = False) -> Piece:
    """A piece for ``text[start:end]`` as a reader sees it, mapped back by ``Piece.offsets``.

    ``hide`` (a pattern: styling tags, timing tags) is removed, so "<i>40512</i>" is "40512" to
    the detectors; with ``entities`` HTML character references are decoded ("&#75;" is "K");
    with ``newlines`` a line break inside the piece is one space, so a number that runs over
    two lines of one cue is one number, and a break after a word's hyphen is nothing, so
    "thirty-" and "eight" on two lines are the age "thirty-eight".  An edit then covers the source characters (tags
    included: a writer keeps them out of the edit).
    """
    alternatives = [f"(?P<hide>{hide})"] if hide else []
    if entities:
        alternatives.append(f"(?P<entity>{_ENTITY})")
    if newlines:
        alternatives.append(f"(?P<wrapped>{_WRAPPED_HYPHEN})|(?P<newline>{_NEWLINE})")
    if not alternatives:
        return Piece(text=text[start:end], start=start, part=part)
    chars: list[str] = []
    offsets: list[int] = []
    pos = start
    changed = False
    for match in re.compile("|".join(alternatives)).finditer(text, start, end):
        chars.append(text[pos:match.start()])
        offsets.extend(range(pos, match.start()))
        kind = match.lastgroup
        shown = "" if kind in ("hide", "wrapped") else " " if kind == "newline" else html.unescape(match.group())
        changed = changed or shown != match.group()
        chars.append(shown)
        offsets.extend([match.start()] * len(shown))
        pos = match.end()
    if not changed:
        return Piece(text=text[start:end], start=start, part=part)
    chars.append(text[pos:end])
    offsets.extend(range(pos, end))
    offsets.append(end)
    return Piece(text="".join(chars), start=start, part=part, offsets=tuple(offsets))


def source_edits(piece: Piece, edits: Sequence[Edit]) -> list[Edit]:
    """Piece-local edits as edits of ``Document.text`` (through ``Piece.offsets``)."""
    return [Edit(piece.source_offset(e.start), piece.source_offset(e.end), e.text) for e in edits]


class Format(Protocol):
    """One reader/writer.  ``read`` builds a Document; ``write`` returns the redacted bytes.

    ``edits[i]`` holds the edits for ``doc.pieces[i]`` in piece-local offsets, sorted and
    non-overlapping.  A writer never touches the original file.
    """

    # Read-only, so a format may declare a narrower tuple, such as ``(".vtt",)``.
    @property
    def name(self) -> str: ...

    @property
    def suffixes(self) -> tuple[str, ...]: ...

    def read(self, path: Path, data: bytes) -> Document: ...

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes: ...
