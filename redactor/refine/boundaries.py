"""Mentions cut at the boundaries of a document's pieces (cue, cell, paragraph, speaker field).

Detection runs on the pieces joined, so a name said across two cues is still found; but a span
that runs from a speaker field into the text, or from one cell into the next, would put its
replacement in the first piece and delete the words on the far side.  Each part becomes a
mention of its own, so every piece gets its own replacement and no edit spills across.  The
parts stay one entity: an identity the detector knew (a source's, a watchlisted name's) and the
value of a number split over two cues go with every part; a person's parts are grouped by name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from redactor.entities.group import value_key
from redactor.model import Document, JoinedText, Mention


def cut_at_pieces(joined: JoinedText, doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every one that spans pieces split into one mention per piece part
    (trimmed of the joiner's whitespace; the grouping stage gives each part its key)."""
    out: list[Mention] = []
    for m in mentions:
        parts = joined.split(doc, m.start, m.end)
        if len(parts) <= 1:
            out.append(m)
            continue
        key = _part_key(m)
        for p, lo, hi in parts:
            start = joined.starts[p] + lo
            text = joined.text[start:joined.starts[p] + hi]
            core = text.strip()
            if core:
                start += len(text) - len(text.lstrip())
                out.append(replace(m, start=start, end=start + len(core), text=core, key=key))
    return out


def _part_key(m: Mention) -> str:
    """The grouping key every part of ``m`` carries (see the module docstring)."""
    if m.known_identity:
        return m.key
    return "" if m.entity_type == "PERSON" else value_key(m)
