"""Plain data passed between the stages of a run: documents, pieces, mentions, findings.

Every stage (formats, detect, entities, pseudonyms, report) takes and returns these frozen
dataclasses, so a stage can be tested, swapped or mocked on its own.  Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Piece:
    """A run of content text inside a document (a whole text file, a subtitle cue, a paragraph).

    ``start`` is the offset of ``text[0]`` in ``Document.text``.  When ``text`` is a verbatim
    slice of ``Document.text`` (``offsets is None``), ``Document.text[start:start+len(text)]
    == text``.  When it is not (JSON string escapes), ``offsets[i]`` is the offset in
    ``Document.text`` of ``text[i]`` and ``offsets[len(text)]`` the offset just past the end.
    """

    text: str
    start: int
    part: str
    offsets: tuple[int, ...] | None = None

    def source_offset(self, i: int) -> int:
        """Offset in ``Document.text`` of local index ``i`` (0 <= i <= len(text))."""
        if self.offsets is None:
            return self.start + i
        return self.offsets[i]


@dataclass(frozen=True)
class Document:
    """A file turned into text plus what its writer needs to put it back together.

    ``text`` is what reported offsets refer to: the file's text as read from disk (newlines as on
    disk) for text-based formats, the extracted text for docx.  ``pieces`` are the parts that hold
    content to scan; everything else in ``text`` (timings, JSON syntax) is structure.  Detection
    runs on the pieces joined by ``joiner`` so that a detail split across two cues is still found.
    """

    path: Path | None
    format: str
    text: str
    pieces: tuple[Piece, ...]
    joiner: str = "\n"
    payload: Any = field(default=None, compare=False, repr=False)
    # Names of metadata fields that the writer clears (docx core properties), for the report.
    cleared_metadata: tuple[str, ...] = ()


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of one piece's text (piece-local offsets) with ``text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A detected span in the joined text of one document, before entities are grouped."""

    start: int
    end: int
    entity_type: str
    score: float
    detector: str
    text: str
    # A value that names the same thing however it is written (digits of a phone number, a
    # folded name); detectors may set it, otherwise the grouping stage derives it.
    key: str = ""
    # A fixed pseudonym (a source profile's label) that overrides numbering.
    label: str = ""


@dataclass(frozen=True)
class Finding:
    """A mention placed back into the document, with the replacement it gets."""

    start: int
    end: int
    entity_type: str
    score: float
    detector: str
    text: str
    replacement: str
    part: str
    line: int
    column: int
    entity_id: str = ""
    # The mention fits more than one person of the run: it has a pseudonym of its own, and the
    # editor should decide whose it is.
    ambiguous: bool = False

    def masked(self) -> str:
        """A hint that is safe to print in a log: type and length, never the value."""
        return f"{self.entity_type}, {len(self.text)} chars"


@dataclass(frozen=True)
class FileResult:
    """What happened to one input file: scanned (with findings), skipped or failed."""

    path: Path
    status: str  # "scanned" | "skipped" | "failed"
    reason: str = ""
    findings: tuple[Finding, ...] = ()
    # Findings below the score threshold: not redacted, but worth a second look.
    suggestions: tuple[Finding, ...] = ()
    # Edits for the writer: ``edits[i]`` for ``document.pieces[i]`` (piece-local offsets).
    edits: tuple[tuple[Edit, ...], ...] = field(default=(), compare=False, repr=False)
    document: Document | None = field(default=None, compare=False, repr=False)
