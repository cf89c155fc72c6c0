"""Plain text and Markdown: the whole file is one piece.

In Markdown, HTML character references are decoded for detection ("&#75;vitchenko" renders as
the name, so it is read as the name) and an edit replaces the references it covers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from redactor.formats.base import apply_edits, decode_text, encode_text, source_edits, visible_piece
from redactor.model import Document, Edit


class TextFormat:
    name = "text"
    suffixes = (".txt", ".md", ".markdown", ".text")

    def read(self, path: Path, data: bytes) -> Document:
        text, encoding = decode_text(data, str(path))
        markdown = path.suffix.lower() in (".md", ".markdown")
        pieces = (visible_piece(text, 0, len(text), "text", entities=markdown),) if text else ()
        return Document(path=path, format=self.name, text=text, pieces=pieces, payload=encoding)

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes:
        text = apply_edits(doc.text, source_edits(doc.pieces[0], edits[0])) if doc.pieces else doc.text
        return encode_text(text, doc.payload)
