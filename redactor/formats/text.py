"""Plain text and Markdown: the whole file is one piece, offsets are the file's own."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from redactor.formats.base import apply_edits, decode_text, encode_text
from redactor.model import Document, Edit, Piece


class TextFormat:
    name = "text"
    suffixes = (".txt", ".md", ".markdown", ".text")

    def read(self, path: Path, data: bytes) -> Document:
        text, encoding = decode_text(data, str(path))
        pieces = (Piece(text=text, start=0, part="text"),) if text else ()
        return Document(path=path, format=self.name, text=text, pieces=pieces, payload=encoding)

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes:
        text = apply_edits(doc.text, edits[0]) if doc.pieces else doc.text
        return encode_text(text, doc.payload)
