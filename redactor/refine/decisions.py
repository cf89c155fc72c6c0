"""The editor's decisions from the review page: their file format, validation and application.

The review page (``redactor.report.html``) exports ``redactor-decisions.json``; this module reads
it back and applies it to each document's mentions before pseudonyms are assigned.  The file
holds no protected text: a finding is named by a keyed fingerprint, a missed span by its offsets
plus a keyed fingerprint of the text it covers.

The fingerprint scheme (the page and ``apply`` must agree; both call the functions below):

* **file id** (``file_id``): the file's resolved path relative to the nearest folder above it
  holding ``redactor.yaml`` (the project root); without one, relative to the working directory;
  outside both, the absolute path.  POSIX separators.  On apply a decision's file matches the
  document whose id is equal, else the one document whose id ends with it (or it with the id),
  whole path components only, so a run started from another folder still finds its decisions.
* **occurrence index** (``occurrence_indices``): a mention's 0-based rank, ordered by
  (start, end), among the mentions of the same document with the same entity type and the same
  ``normalise``d text.  The mentions are those the core hands to ``apply``: every detected
  mention at or above the detector floor, after overlaps are resolved and before the threshold
  splits them into findings and suggestions.  The text is the slice of the *joined* document
  text (the pieces joined by ``Document.joiner``; for a txt file, the file text).
* **finding fingerprint**: ``fingerprint(key, "finding", file_id, entity_type,
  normalise(text), str(occurrence_index))``.
* **missed span**: joined-text offsets (code points), the entity type, and
  ``fingerprint(span_key, "span", covered_text)`` where ``span_key`` is
  ``fingerprint(key, "span-key", file_id)`` as ASCII bytes.  The page holds each file's span key
  (never the project key), so it can fingerprint whatever the editor selects in that file and
  nothing else.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Annotated, Iterable, Literal, Sequence, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    ValidationError,
    model_validator,
)

from redactor.errors import ExitCode, RedactorError
from redactor.model import Mention
from redactor.project.config import find_config
from redactor.project.keys import fingerprint, normalise, project_key

DECISIONS_FORMAT = "redactor-decisions"
DECISIONS_VERSION = 1
EDITOR_DETECTOR = "editor"

_HEX64 = r"^[0-9a-f]{64}$"
_ENTITY = r"^[A-Z][A-Z0-9_]*$"


# -- the fingerprint scheme ----------------------------------------------------------------

def file_id(path: Path, cwd: Path | None = None) -> str:
    """How decisions name a file: relative to its project root (see the module docstring)."""
    here = (cwd or Path.cwd()).resolve()
    resolved = (here / path).resolve() if not path.is_absolute() else path.resolve()
    config = find_config(resolved)
    for root in ([config.parent] if config else []) + [here]:
        try:
            return resolved.relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
    return resolved.as_posix()


def occurrence_indices(spans: Sequence[tuple[int, int, str, str]]) -> list[int]:
    """For each (start, end, entity_type, text): its rank among spans of equal type and value."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    seen: dict[tuple[str, str], int] = {}
    result = [0] * len(spans)
    for i in order:
        group = (spans[i][2], normalise(spans[i][3]))
        result[i] = seen.get(group, 0)
        seen[group] = result[i] + 1
    return result


def finding_fingerprint(key: bytes, fid: str, entity_type: str, text: str, occurrence: int) -> str:
    """The keyed name of one finding (see the module docstring)."""
    return fingerprint(key, "finding", fid, entity_type, normalise(text), str(occurrence))


def span_key(key: bytes, fid: str) -> str:
    """The per-file key the review page uses to fingerprint a selected span."""
    return fingerprint(key, "span-key", fid)


def span_fingerprint(file_span_key: str, text: str) -> str:
    """Keyed fingerprint of the exact text a missed span covers."""
    return fingerprint(file_span_key.encode("ascii"), "span", text)


def key_check(key: bytes) -> str:
    """Lets a decisions file say which key made it without revealing the key."""
    return fingerprint(key, "redactor-decisions-key-check")


# -- the file format -------------------------------------------------------------------------

class _FindingEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Literal["accept", "reject"]
    file: str = Field(min_length=1)
    finding: str = Field(pattern=_HEX64)
    entity_type: str = Field(pattern=_ENTITY)


class _SpanEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Literal["add"]
    file: str = Field(min_length=1)
    start: StrictInt = Field(ge=0)
    end: StrictInt = Field(ge=1)
    entity_type: str = Field(pattern=_ENTITY)
    text: str = Field(pattern=_HEX64)

    @model_validator(mode="after")
    def _ordered(self) -> "_SpanEntry":
        if self.end <= self.start:
            raise ValueError("end must be greater than start")
        return self


class _DecisionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["redactor-decisions"]
    version: Literal[1]
    key_check: str = Field(pattern=_HEX64)
    generated: str | None = None
    decisions: list[Annotated[Union[_FindingEntry, _SpanEntry], Field(discriminator="action")]]


@dataclass(frozen=True)
class FindingDecision:
    """Accept (redact, whatever its score) or reject (keep the text) one detected finding."""

    index: int
    file: str
    action: str  # "accept" | "reject"
    fingerprint: str
    entity_type: str


@dataclass(frozen=True)
class SpanDecision:
    """A span the detectors missed, to be redacted as ``entity_type``."""

    index: int
    file: str
    start: int
    end: int
    entity_type: str
    text_fingerprint: str


@dataclass(frozen=True)
class DecisionIssue:
    """A decision that could not be applied, said without the text it is about."""

    file: str
    index: int | None
    message: str

    def __str__(self) -> str:
        where = f"decision {self.index + 1}" if self.index is not None else "decisions"
        return f"{self.file}: {where}: {self.message}"


def _where(loc: Sequence[object]) -> str:
    out = ""
    skip_tag = False
    for part in loc:
        if skip_tag and part in ("accept", "reject", "add"):
            skip_tag = False
            continue
        skip_tag = isinstance(part, int)
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "file"


def _components(fid: str) -> tuple[str, ...]:
    return PurePosixPath(fid).parts


def _ends_with(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    return 0 < len(shorter) <= len(longer) and longer[-len(shorter):] == shorter


class Decisions:
    """Validated decisions for one run; ``apply`` is called once per document.

    One object per run: it remembers which decisions matched something, so ``issues()`` can
    report stale ones (text changed) and unmatched ones (finding no longer detected) at the end.
    """

    def __init__(self, key: bytes, findings: Sequence[FindingDecision],
                 spans: Sequence[SpanDecision], source: str = "decisions") -> None:
        self._key = key
        self.source = source
        self.findings = tuple(findings)
        self.spans = tuple(spans)
        self._files = sorted({d.file for d in self.findings} | {d.file for d in self.spans})
        self._used: set[int] = set()
        self._seen_files: set[str] = set()
        self._claims: dict[str, str] = {}
        self._issues: list[DecisionIssue] = []

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path, key: bytes) -> "Decisions":
        """Read and validate a decisions file (exit 2 with file and field on any problem)."""
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise RedactorError(f"{path}: decisions file not found", ExitCode.USAGE) from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise RedactorError(f"{path}: cannot read the decisions file ({reason})",
                                ExitCode.USAGE) from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RedactorError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})",
                                ExitCode.USAGE) from None
        return cls.from_json(data, key, source=str(path))

    @classmethod
    def from_json(cls, data: object, key: bytes, source: str = "decisions") -> "Decisions":
        if not isinstance(data, dict) or data.get("format") != DECISIONS_FORMAT:
            raise RedactorError(
                f"{source}: not a redactor decisions file (export it from the review page)",
                ExitCode.USAGE)
        if data.get("version") != DECISIONS_VERSION:
            raise RedactorError(
                f"{source}: decisions format version {data.get('version')!r} is not supported "
                f"(this redactor reads version {DECISIONS_VERSION})", ExitCode.USAGE)
        try:
            parsed = _DecisionsFile.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise RedactorError(f"{source}: {_where(first['loc'])}: {first['msg']}",
                                ExitCode.USAGE) from None
        if parsed.key_check != key_check(key):
            raise RedactorError(
                f"{source}: made with a different REDACTOR_KEY than the one set now; set the "
                "key the review page was generated with", ExitCode.USAGE)
        findings: list[FindingDecision] = []
        spans: list[SpanDecision] = []
        chosen: dict[tuple[str, str], FindingDecision] = {}
        for i, entry in enumerate(parsed.decisions):
            if isinstance(entry, _SpanEntry):
                spans.append(SpanDecision(i, entry.file, entry.start, entry.end,
                                          entry.entity_type, entry.text))
                continue
            earlier = chosen.get((entry.file, entry.finding))
            if earlier is not None:
                if earlier.action != entry.action:
                    raise RedactorError(
                        f"{source}: decisions[{i}]: {entry.action} conflicts with "
                        f"decisions[{earlier.index}] ({earlier.action}) for the same finding",
                        ExitCode.USAGE)
                continue
            decision = FindingDecision(i, entry.file, entry.action, entry.finding, entry.entity_type)
            chosen[(entry.file, entry.finding)] = decision
            findings.append(decision)
        ordered = sorted(spans, key=lambda s: (s.file, s.start, s.end))
        for a, b in zip(ordered, ordered[1:]):
            if a.file == b.file and b.start < a.end:
                raise RedactorError(
                    f"{source}: decisions[{b.index}]: added span overlaps decisions[{a.index}]",
                    ExitCode.USAGE)
        return cls(key, findings, spans, source=source)

    # -- applying --------------------------------------------------------------------------

    def _stored_file(self, path: Path) -> str | None:
        """The file name used in the decisions for the document at ``path``, if any.

        Two documents of one run must never share a stored name: a suffix match that would
        apply one file's decisions to another stops the run instead (fail closed).
        """
        fid = file_id(path)
        if fid in self._files:
            stored = fid
        else:
            mine = _components(fid)
            candidates = [f for f in self._files
                          if _ends_with(mine, _components(f)) or _ends_with(_components(f), mine)]
            if len(candidates) > 1:
                raise RedactorError(
                    f"{self.source}: {fid} matches the decisions of {len(candidates)} files; run "
                    "from the folder the review page was made in", ExitCode.USAGE)
            if not candidates:
                return None
            stored = candidates[0]
        claimed = self._claims.setdefault(stored, fid)
        if claimed != fid:
            raise RedactorError(
                f"{self.source}: the decisions for {stored} match two files of this run "
                f"({claimed} and {fid}); run from the folder the review page was made in",
                ExitCode.USAGE)
        return stored

    def apply(self, path: Path, doc_text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions of one document after the editor's decisions.

        Rejected findings are dropped; accepted ones get score 1.0 (confirmed, so redacted
        whatever the threshold); missed spans are added as ``editor`` mentions when the text at
        their offsets still has the fingerprint it had in review, and any detected mention they
        overlap gives way to them.  A span whose text changed is recorded as an issue and not
        applied.
        """
        fid = self._stored_file(path)
        if fid is None:
            return list(mentions)
        self._seen_files.add(fid)
        by_print = {d.fingerprint: d for d in self.findings if d.file == fid}
        texts = [doc_text[m.start:m.end] for m in mentions]
        ranks = occurrence_indices([(m.start, m.end, m.entity_type, t)
                                    for m, t in zip(mentions, texts)])
        kept: list[Mention] = []
        for m, text, rank in zip(mentions, texts, ranks):
            decision = by_print.get(finding_fingerprint(self._key, fid, m.entity_type, text, rank))
            if decision is None:
                kept.append(m)
                continue
            self._used.add(decision.index)
            if decision.action == "accept":
                kept.append(replace(m, score=1.0))

        key = span_key(self._key, fid)
        added: list[Mention] = []
        for span in (s for s in self.spans if s.file == fid):
            self._used.add(span.index)
            covered = doc_text[span.start:span.end]
            if span.end > len(doc_text) or span_fingerprint(key, covered) != span.text_fingerprint:
                self._issues.append(DecisionIssue(
                    fid, span.index,
                    f"added {span.entity_type} span at {span.start}-{span.end} is stale: the text "
                    "there changed since the review, so it was not applied; review the file again"))
                continue
            added.append(Mention(start=span.start, end=span.end, entity_type=span.entity_type,
                                 score=1.0, detector=EDITOR_DETECTOR, text=covered))
        if added:
            kept = [m for m in kept
                    if all(m.end <= a.start or m.start >= a.end for a in added)]
        return sorted(kept + added, key=lambda m: (m.start, m.end))

    # -- reporting -------------------------------------------------------------------------

    def issues(self) -> list[DecisionIssue]:
        """Stale spans seen so far, plus decisions that matched nothing in the files applied to.

        Call after the run: a decision for a finding no longer detected, or for a file not in
        the run, is reported so a changed file or a renamed path is never silently ignored.
        """
        found = list(self._issues)
        for d in self.findings:
            if d.file in self._seen_files and d.index not in self._used:
                found.append(DecisionIssue(
                    d.file, d.index,
                    f"{d.action} of a {d.entity_type} finding matched nothing: the file or the "
                    "detection changed since the review"))
        missing = [f for f in self._files if f not in self._seen_files]
        found.extend(DecisionIssue(f, None, "file not in this run (renamed or not given?)")
                     for f in missing)
        return found

    def counts(self) -> dict[str, int]:
        """How many decisions of each kind the file holds."""
        counts = {"accept": 0, "reject": 0, "add": len(self.spans)}
        for d in self.findings:
            counts[d.action] += 1
        return counts


def load_decisions(path: Path, environ: dict[str, str] | None = None) -> Decisions:
    """Decisions from ``path`` under the project key in ``REDACTOR_KEY`` (for --decisions)."""
    return Decisions.load(path, project_key(environ if environ is not None else dict(os.environ)))


def fingerprint_mentions(key: bytes, path: Path, doc_text: str,
                         mentions: Iterable[Mention]) -> list[str]:
    """The finding fingerprint of each mention, exactly as ``apply`` computes it."""
    items = list(mentions)
    fid = file_id(path)
    texts = [doc_text[m.start:m.end] for m in items]
    ranks = occurrence_indices([(m.start, m.end, m.entity_type, t) for m, t in zip(items, texts)])
    return [finding_fingerprint(key, fid, m.entity_type, t, r) for m, t, r in zip(items, texts, ranks)]
