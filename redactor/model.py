"""Plain data passed between the stages of a run: documents, mentions, entities, findings.

Every stage (formats, detect, refine, entities, replace, report) takes and returns these frozen
dataclasses, so a stage can be tested, swapped or mocked on its own.  Nothing here does I/O.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Sequence

from redactor.errors import ExitCode


@dataclass(frozen=True)
class Piece:
    """A run of content text inside a document (a whole text file, a subtitle cue, a paragraph).

    ``start`` is the offset of ``text[0]`` in ``Document.text``.  When ``text`` is a verbatim
    slice of ``Document.text`` (``offsets is None``), ``Document.text[start:start+len(text)]
    == text``.  When it is not (JSON string escapes), ``offsets[i]`` is the offset in
    ``Document.text`` of ``text[i]`` and ``offsets[len(text)]`` the offset just past the end.

    ``wraps``: the piece is one caption (a transcript segment) whose line breaks only wrap its
    text for display, so the detectors read them as spaces (:meth:`JoinedText.of`) and a value
    said over a wrap ("forty eight\nthousand") is read whole; ``text`` keeps them for the writer.
    """

    text: str
    start: int
    part: str
    offsets: tuple[int, ...] | None = None
    wraps: bool = False

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


# A line break ("\r\n" is two characters, each read as a space: the offsets stay).
_LINE_BREAK_CHARS = str.maketrans("\r\n", "  ")


def _as_read(piece: Piece) -> str:
    """A piece's text as the detectors read it: a caption's wraps are spaces (same length)."""
    return piece.text.translate(_LINE_BREAK_CHARS) if piece.wraps else piece.text


def _with_breaks(piece: Piece, source: str) -> str:
    """A piece's text as read, with a line break wherever a line of its source ends (a subtitle
    cue's lines, read as spaces of the same offsets when the cue was read)."""
    if piece.wraps:
        return piece.text.replace("\r", " ")
    if piece.offsets is None:
        return piece.text
    return "".join("\n" if c == " " and source[piece.offsets[i]] in "\r\n" else c for i, c in enumerate(piece.text))


@dataclass(frozen=True)
class JoinedText:
    """A document's pieces joined as the detectors see them, and where each piece starts."""

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, doc: Document) -> "JoinedText":
        starts, pos = [], 0
        for piece in doc.pieces:
            starts.append(pos)
            pos += len(piece.text) + len(doc.joiner)
        return cls(text=doc.joiner.join(_as_read(p) for p in doc.pieces), starts=tuple(starts))

    def with_line_ends(self, doc: Document) -> str:
        """The joined text with a caption's own line breaks kept and each join of pieces within a
        line read as a line break (same length): a caption's line end is its clause's end ("he was
        fourteen" / "the pirogue turned"), for a rule that asks where a clause ends."""
        if doc.joiner.strip(" \t"):
            return self.text
        ends = "\n" * len(doc.joiner)
        return ends.join(_with_breaks(p, doc.text) for p in doc.pieces)

    def speakers(self, doc: Document) -> tuple[tuple[int, int], ...]:
        """Spans of the joined text that are speaker fields (from the format's structure)."""
        return tuple((s, s + len(p.text)) for s, p in zip(self.starts, doc.pieces)
                     if p.part.endswith("speaker"))

    def joins(self, doc: Document) -> tuple[int, ...]:
        """Where each piece's joiner starts, when pieces are joined within a line (the cues or
        segments of a transcript): a code cut there is read whole."""
        if not doc.joiner or doc.joiner.strip(" \t"):
            return ()
        return tuple(s - len(doc.joiner) for s in self.starts[1:])

    def split(self, doc: Document, start: int, end: int) -> list[tuple[int, int, int]]:
        """(piece index, local start, local end) for each piece the joined span [start, end) touches."""
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        parts = []
        for i in range(first, len(doc.pieces)):
            p_start = self.starts[i]
            p_end = p_start + len(doc.pieces[i].text)
            if p_start >= end:
                break
            lo, hi = max(start, p_start), min(end, p_end)
            if lo < hi:
                parts.append((i, lo - p_start, hi - p_start))
        return parts


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of one piece's text (piece-local offsets) with ``text``."""

    start: int
    end: int
    text: str


#: ``Mention.detector`` of the spaCy model's findings (Presidio's name for its recognizer) and of
#: the name gazetteer's; the two whose findings are guesses rather than matched patterns.
MODEL_DETECTOR = "SpacyRecognizer"
NAME_GAZETTEER_DETECTOR = "NameGazetteerRecognizer"
GUESSING_DETECTORS = frozenset({MODEL_DETECTOR, NAME_GAZETTEER_DETECTOR})


@dataclass(frozen=True, slots=True)
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

    @property
    def known_identity(self) -> bool:
        """Whether ``key`` is an identity a detector knows ("source:Source A", "watchlist:3"),
        not just a spelling of the text; such a key survives every cut and regrouping."""
        return ":" in self.key


@dataclass(frozen=True)
class Entity:
    """One thing the run names (a person, a phone, a place), however often and however written.

    ``key`` is the grouping key (same type and key = same entity); ``display`` the first form
    seen (what `redactor reveal` puts back); ``label`` a source profile's fixed pseudonym.
    """

    entity_type: str
    key: str
    display: str
    label: str = ""
    mentions: int = 0
    # The entity's pseudonym ("[PERSON 2]", or the label), once the table has assigned it.
    pseudonym: str = ""
    # Its mentions fit more than one person of the run: it was kept apart rather than guessed,
    # and the editor should decide whose it is.
    ambiguous: bool = False
    # Every distinct form it was written in: protected values, for the vault and the review
    # page only (never in a repr, a log or a plain report).
    forms: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def id(self) -> str:
        """Stable within a run, shared by every finding of the entity (``Finding.entity_id``)."""
        return f"{self.entity_type}:{self.key}"


@dataclass(frozen=True)
class Replacement:
    """What one mention becomes: the span it replaces (in the joined text) and the new text.

    The span is the mention's own, or wider where the replacement takes a word along (a date
    generalised to "in February" absorbs the "on" before it).
    """

    mention: Mention
    text: str
    entity_id: str
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
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


class FileStatus(StrEnum):
    """The one state every input file ends in.  A ``str``: compares and serialises as its value."""

    SCANNED = "scanned"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    """What happened to one input file: scanned (with findings), skipped or failed."""

    path: Path
    status: FileStatus
    reason: str = ""
    findings: tuple[Finding, ...] = ()
    # Findings below the score threshold: not redacted, but worth a second look.
    suggestions: tuple[Finding, ...] = ()
    # Edits for the writer: ``edits[i]`` for ``document.pieces[i]`` (piece-local offsets).
    edits: tuple[tuple[Edit, ...], ...] = field(default=(), compare=False, repr=False)
    document: Document | None = field(default=None, compare=False, repr=False)
    # SHA-256 of the bytes read (empty for an in-memory text): a file read again in a later pass
    # of the run must still be the file the first pass detected in.
    digest: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        # Readers may pass the plain value ("scanned"); the field always holds the enum.
        object.__setattr__(self, "status", FileStatus(self.status))


@dataclass(frozen=True)
class DocumentRun:
    """One scanned document on its way through a run: the file, its joined text and its mentions.

    Detection fills ``mentions`` from the document alone; the run-wide steps replace them
    (propagation, people, decisions) and never need another document's text.
    """

    result: FileResult
    document: Document
    joined: JoinedText
    mentions: tuple[Mention, ...] = ()

    @property
    def path(self) -> Path:
        return self.result.path


@dataclass(frozen=True, slots=True)
class Detected:
    """What the first pass of a run keeps of one scanned file for the run-wide steps: its
    mentions (offsets, surfaces, types, keys) and the digest of the bytes they were found in.

    Never the text, the pieces or the outputs: the steps that need a text read the file again
    (checking the digest), so what a run holds between its passes does not grow with its files'
    size.  ``index`` is the file's place among the run's inputs.

    Its mentions are held compactly, as a run holds a hundred thousand of them: ``forms``, each
    mention without its offsets (``start`` and ``end`` 0), one object for all the mentions of
    the run with the same type, score, detector, text, key and label; ``offsets``, each
    mention's start and end in turn (an ``array``: two machine words a mention).  ``mentions``
    makes them whole again, for one file at a time.
    """

    index: int
    path: Path
    digest: str
    forms: tuple[Mention, ...] = ()
    offsets: Sequence[int] = ()

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """The file's mentions, each with its offsets (made again at each call)."""
        spans = iter(self.offsets)
        return tuple(Mention(start, next(spans), f.entity_type, f.score, f.detector, f.text, f.key, f.label)
                     for f, start in zip(self.forms, spans))


@dataclass(frozen=True)
class RunResult:
    """Every input file in exactly one state, and what the run's exit code should be.

    After ``Redactor.redact_files``: where each redacted copy went, where the report is, and
    whether the run was interrupted before it finished writing."""

    files: tuple[FileResult, ...]
    outputs: dict[Path, Path] = field(default_factory=dict, compare=False)
    report: Path | None = None
    unwritten: tuple[Path, ...] = ()
    # What the editor's decisions did (``Decisions.report()``): no text, for the report.
    decisions: dict | None = field(default=None, compare=False)
    # How the report names each input when output names are redacted (its redacted path relative
    # to the output folder): the real path, which can hold a source's name, is never written there.
    shown: dict[Path, str] = field(default_factory=dict, compare=False)

    def shown_path(self, path: Path) -> str:
        """``path`` as the report may print it: redacted when output names are."""
        return self.shown.get(path) or str(path)

    @property
    def exit_code(self) -> ExitCode:
        if self.unwritten or any(f.status == FileStatus.FAILED for f in self.files):
            return ExitCode.UNREADABLE
        return ExitCode.OK

    def counts(self) -> dict[str, int]:
        states = {status.value: 0 for status in FileStatus}
        for f in self.files:
            states[f.status.value] += 1
        return states
