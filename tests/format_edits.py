"""Building the per-piece edits a format writer receives, for the format tests."""

from __future__ import annotations

from redactor.model import Document, Edit


def edits_for(doc: Document, wanted: list[tuple[str, str, str]]) -> list[list[Edit]]:
    """Edits replacing ``old`` with ``new`` in the first piece of part ``part`` holding ``old``."""
    edits: list[list[Edit]] = [[] for _ in doc.pieces]
    for part, old, new in wanted:
        index = next(i for i, p in enumerate(doc.pieces) if p.part == part and old in p.text)
        start = doc.pieces[index].text.index(old)
        edits[index].append(Edit(start, start + len(old), new))
    return [sorted(e, key=lambda e: e.start) for e in edits]
