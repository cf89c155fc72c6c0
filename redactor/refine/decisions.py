"""The editor's decisions from the review page: their file format, validation and application.

The review page (``redactor.report.html``) exports ``redactor-decisions.json``; this module reads
it back and applies it to each document's mentions before pseudonyms are assigned.  The file
holds no protected text and, unless the editor opts in, no file name: every value is a keyed
fingerprint (HMAC-SHA-256), so it survives edits to the transcript and renamed files.

The scheme (the page and ``apply`` must agree; Python computes every fingerprint of a detected
finding, the page computes those of a span the editor selects, with the same rules):

* **page key** (``page_key``): ``fingerprint(key, "page-key")``, hex; the page holds it (never the
  project key) so it can fingerprint what the editor selects and nothing else of value.
* **file**: ``content`` = ``fingerprint(key, "file-content", text)`` over the joined text the
  detectors saw; ``name`` = ``fingerprint(key, "file-name", file_id)``; ``base`` =
  ``fingerprint(key, "file-base", file name)``; ``path`` in clear only when the editor opted in.
  A document takes the decisions of the entry with its content, else its name, else its base
  name when exactly one document of the run has that base name: an edited file and a renamed
  file both keep their decisions.
* **value** (``value_print``): ``fingerprint(page_key, "span", text)`` of the exact text.
* **anchor** (``anchor_print``): ``fingerprint(page_key, "anchor", before, text, after)``, where
  ``before`` and ``after`` are up to ``CONTEXT_WORDS`` whitespace-separated words on each side,
  lower-cased and joined by one space (``context_words``), taken from a window of
  ``CONTEXT_CHARS`` code points whose cut word is dropped.
* Each entry keeps its type, the offsets and line it had at review time (hints, never trusted
  alone) and both prints.  On apply a finding decision matches the unclaimed mention of the same
  type whose anchor matches, nearest to the old offset; failing that, whose value matches.  An
  "add" is looked for at its old offsets, then at every word-aligned place of the same length:
  anchor first, value next.  Only a decision found nowhere is stale.
* **entity decisions** (``entities``): merge two entities or split forms off one, each side
  named by the ``form_print`` of its forms: ``fingerprint(page_key, "entity-form", form)`` of
  the text folded (case, diacritics, possessive, spacing).  They are applied run-wide after
  resolution (``redactor.entities.decisions.regroup``, through ``Decisions.regroup``); one
  whose forms no longer occur is reported as ``stale-entity`` and changes nothing.

Safety: a decision never un-redacts a watchlisted name (refused, reported); a decision that
rejects a mention of a profiled source is refused too (the mention stays redacted; a warning
names file, line and type) unless the run says ``allow_source_exposure`` (``redact
--allow-source-exposure``): then it is applied but reported loudly as an exposure (``redact``
prints it as DANGER and puts it in the report, and the leak audit lets the value stand).
``check`` never allows it, so a check with such a decision fails.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Literal, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from redactor.entities.decisions import EntityDecision, regroup
from redactor.errors import ExitCode, RedactorError
from redactor.model import Entity, FileStatus, Mention, RunResult
from redactor.project.config import find_config
from redactor.project.files import write_atomic
from redactor.project.keys import fingerprint, normalise, project_key

DECISIONS_FORMAT = "redactor-decisions"
DECISIONS_VERSION = 2
EDITOR_DETECTOR = "editor"
PROFILE_DETECTOR = "SourceProfileRecognizer"
WATCHLIST_DETECTOR = "watchlist"
CONTEXT_WORDS = 3
CONTEXT_CHARS = 80

_HEX64 = r"^[0-9a-f]{64}$"
_ENTITY = r"^[A-Z][A-Z0-9_]*$"
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")


# -- the fingerprint scheme ----------------------------------------------------------------

def file_id(path: Path, cwd: Path | None = None) -> str:
    """A file's path relative to its project root (the folder of the nearest redactor.yaml),
    else to the working directory, else absolute; POSIX separators."""
    here = (cwd or Path.cwd()).resolve()
    resolved = (here / path).resolve() if not path.is_absolute() else path.resolve()
    config = find_config(resolved)
    for root in ([config.parent] if config else []) + [here]:
        try:
            return resolved.relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
    return resolved.as_posix()


def page_key(key: bytes) -> str:
    """The key the review page fingerprints selections with (see the module docstring)."""
    return fingerprint(key, "page-key")


def key_check(key: bytes) -> str:
    """Lets a decisions file say which key made it without revealing the key."""
    return fingerprint(key, "redactor-decisions-key-check")


def file_prints(key: bytes, path: Path, text: str) -> dict[str, str]:
    """The keyed names of one file: by content, by project path, by file name."""
    return {"content": fingerprint(key, "file-content", text),
            "name": fingerprint(key, "file-name", file_id(path)),
            "base": fingerprint(key, "file-base", path.name)}


def context_words(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT_WORDS words before ``start`` and after ``end``, lower-cased."""
    lo = max(0, start - CONTEXT_CHARS)
    before = _SPACE.split(text[lo:start])
    if lo > 0:
        before = before[1:]  # the window may have cut the first word
    hi = min(len(text), end + CONTEXT_CHARS)
    after = _SPACE.split(text[end:hi])
    if hi < len(text):
        after = after[:-1]
    words_before = [w for w in before if w][-CONTEXT_WORDS:]
    words_after = [w for w in after if w][:CONTEXT_WORDS]
    return " ".join(words_before).lower(), " ".join(words_after).lower()


def value_print(pkey: str, text: str) -> str:
    return fingerprint(pkey.encode("ascii"), "span", text)


def anchor_print(pkey: str, text: str, start: int, end: int) -> str:
    before, after = context_words(text, start, end)
    return fingerprint(pkey.encode("ascii"), "anchor", before, text[start:end], after)


def form_print(pkey: str, text: str) -> str:
    """The keyed print of one form of an entity: "Petrov's" and "PETROV" are one form."""
    return fingerprint(pkey.encode("ascii"), "entity-form", " ".join(normalise(text).split()))


# -- the file format -------------------------------------------------------------------------

class _FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    content: str = Field(pattern=_HEX64)
    name: str = Field(pattern=_HEX64)
    base: str = Field(pattern=_HEX64)
    path: str | None = None


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Literal["accept", "reject", "add"]
    file: StrictInt = Field(ge=0)
    entity_type: str = Field(pattern=_ENTITY)
    value: str = Field(pattern=_HEX64)
    anchor: str = Field(pattern=_HEX64)
    start: StrictInt = Field(ge=0)
    end: StrictInt = Field(ge=1)
    line: StrictInt = Field(ge=1)


class _EntityEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Literal["merge", "split"]
    entity_type: str = Field(pattern=_ENTITY)
    entity: list[Annotated[str, Field(pattern=_HEX64)]] = Field(min_length=1)
    forms: list[Annotated[str, Field(pattern=_HEX64)]] = Field(min_length=1)


class _DecisionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["redactor-decisions"]
    version: Literal[2]
    key_check: str = Field(pattern=_HEX64)
    generated: str | None = None
    files: list[_FileEntry]
    decisions: list[_Entry]
    entities: list[_EntityEntry] = []


@dataclass(frozen=True)
class Decision:
    """One decision: accept or reject a detected finding, or add a missed span."""

    index: int
    file: int
    action: str  # "accept" | "reject" | "add"
    entity_type: str
    value: str
    anchor: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class DecisionIssue:
    """Something about a decision the user must know, said without the text it is about.

    ``kind``: ``stale`` (an added span found nowhere: blocks ``redact`` unless --allow-stale),
    ``unmatched`` (a finding decision that matched nothing), ``missing-file``, ``exposed`` (a
    profiled source's name or detail left in the text), ``refused`` (a decision not applied
    because it would un-redact a protected name).
    """

    file: str
    line: int | None
    entity_type: str
    kind: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.entity_type + ': ' if self.entity_type else ''}{self.message}"

    def to_json(self) -> dict:
        return {"file": self.file, "line": self.line, "entity_type": self.entity_type,
                "kind": self.kind, "message": self.message}


def _where(loc: Sequence[object]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "file"


def _is_source(m: Mention) -> bool:
    return m.detector == PROFILE_DETECTOR or bool(m.label)


def _nearest(candidates: Sequence[int], starts: Sequence[int], hint: int) -> int | None:
    return min(candidates, key=lambda i: (abs(starts[i] - hint), starts[i])) if candidates else None


def _is_word(char: str) -> bool:
    return char.isalnum()


def _starts(text: str) -> list[int]:
    """Offsets where a selection may start: not inside a word."""
    return [i for i in range(len(text)) if i == 0 or not _is_word(text[i - 1]) or not _is_word(text[i])]


@dataclass
class _FileState:
    """What one document of the run did with the decisions of one file entry."""

    path: Path
    used: set[int] = field(default_factory=set)
    # (offset at review, how far the text moved since) for each finding decision found again
    shifts: list[tuple[int, int]] = field(default_factory=list)

    def likely_moves(self, start: int) -> list[int]:
        """How far text near ``start`` most likely moved: what the nearest found decisions say."""
        self.shifts.sort()
        at = bisect.bisect_left(self.shifts, (start, -(1 << 62)))
        near = self.shifts[max(0, at - 2):at + 2]
        return list(dict.fromkeys(delta for _, delta in sorted(near, key=lambda x: abs(x[0] - start))))


class Decisions:
    """Validated decisions for one run; ``apply`` is called once per document.

    One object per run: it remembers what matched, so ``issues()`` can report at the end what
    was stale, unmatched, refused or left exposed.  A decision that rejects a profiled source's
    mention is refused unless ``allow_source_exposure``; with it, it is applied and reported.
    """

    def __init__(self, key: bytes, files: Sequence[_FileEntry], decisions: Sequence[Decision],
                 source: str = "decisions", allow_source_exposure: bool = False,
                 allow_stale: bool = False, entities: Sequence[EntityDecision] = ()) -> None:
        self._pkey = page_key(key)
        self._key = key
        self.source = source
        self.files = tuple(files)
        self.decisions = tuple(decisions)
        self.entity_decisions = tuple(entities)
        self._entities_found: set[int] = set()  # entity decisions whose forms some run held
        self.allow_source_exposure = allow_source_exposure
        self.allow_stale = allow_stale
        self._states: dict[int, _FileState] = {}
        self._issues: list[DecisionIssue] = []
        self._bases: dict[str, int] = {}
        # Values of rejected findings, in memory only: the leak audit must not fail them.
        self._kept_values: set[str] = set()

    def kept_values(self) -> frozenset[str]:
        """The values of the findings the editor rejected so far (they stay in the output)."""
        return frozenset(self._kept_values)

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path, key: bytes, **kwargs) -> "Decisions":
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
        return cls.from_json(data, key, source=str(path), **kwargs)

    @classmethod
    def from_json(cls, data: object, key: bytes, source: str = "decisions",
                  **kwargs) -> "Decisions":
        if not isinstance(data, dict) or data.get("format") != DECISIONS_FORMAT:
            raise RedactorError(
                f"{source}: not a redactor decisions file (export it from the review page)",
                ExitCode.USAGE)
        if data.get("version") != DECISIONS_VERSION:
            raise RedactorError(
                f"{source}: decisions format version {data.get('version')!r} is not supported "
                f"(this redactor reads version {DECISIONS_VERSION}; make a new review page and "
                "export again)", ExitCode.USAGE)
        try:
            parsed = _DecisionsFile.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise RedactorError(f"{source}: {_where(first['loc'])}: {first['msg']}",
                                ExitCode.USAGE) from None
        if parsed.key_check != key_check(key):
            raise RedactorError(
                f"{source}: made with a different project key than this one (REDACTOR_KEY or "
                ".redactor/key); use the key the review page was generated with", ExitCode.USAGE)
        decisions = []
        chosen: dict[tuple[int, str, int], Decision] = {}
        for i, e in enumerate(parsed.decisions):
            if e.file >= len(parsed.files):
                raise RedactorError(f"{source}: decisions[{i}].file: no such file entry",
                                    ExitCode.USAGE)
            if e.end <= e.start:
                raise RedactorError(f"{source}: decisions[{i}]: end must be greater than start",
                                    ExitCode.USAGE)
            d = Decision(i, e.file, e.action, e.entity_type, e.value, e.anchor, e.start, e.end,
                         e.line)
            earlier = chosen.get((d.file, d.anchor, d.start))
            if earlier is not None and earlier.action != d.action:
                raise RedactorError(
                    f"{source}: decisions[{i}]: {d.action} conflicts with "
                    f"decisions[{earlier.index}] ({earlier.action}) for the same finding",
                    ExitCode.USAGE)
            chosen[(d.file, d.anchor, d.start)] = d
            decisions.append(d)
        entities = [EntityDecision(i, e.action, e.entity_type, frozenset(e.entity), frozenset(e.forms))
                    for i, e in enumerate(parsed.entities)]
        return cls(key, parsed.files, decisions, source=source, entities=entities, **kwargs)

    # -- applying --------------------------------------------------------------------------

    def prepare(self, paths: Sequence[Path]) -> None:
        """Tell the decisions every file of the run, so a base name is only used when unique."""
        counts: dict[str, int] = {}
        for p in paths:
            counts[p.name] = counts.get(p.name, 0) + 1
        self._bases = counts

    def _entry_for(self, path: Path, text: str) -> int | None:
        prints = file_prints(self._key, path, text)
        for kind in ("content", "name", "base"):
            if kind == "base" and self._bases.get(path.name, 1) > 1:
                continue
            for n, entry in enumerate(self.files):
                if getattr(entry, kind) == prints[kind] and n not in self._states:
                    return n
        return None

    def apply(self, path: Path, doc_text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions of one document after the editor's decisions.

        Rejected findings are dropped (never a watchlisted one; a profiled source's is reported,
        or refused unless ``allow_source_exposure``); accepted ones get score 1.0; added spans become
        ``editor`` mentions where they are found, and detected mentions they overlap give way.
        """
        n = self._entry_for(path, doc_text)
        if n is None:
            return list(mentions)
        state = self._states[n] = _FileState(Path(path))
        mine = [d for d in self.decisions if d.file == n]
        kept = self._apply_findings(state, doc_text, mentions,
                                    [d for d in mine if d.action != "add"])
        added = self._find_spans(state, doc_text, [d for d in mine if d.action == "add"])
        if added:
            kept = [m for m in kept if all(m.end <= a.start or m.start >= a.end for a in added)]
        return sorted(kept + added, key=lambda m: (m.start, m.end))

    def _apply_findings(self, state: _FileState, text: str, mentions: list[Mention],
                        decisions: Sequence[Decision]) -> list[Mention]:
        if not decisions:
            return list(mentions)
        by_anchor: dict[tuple[str, str], list[int]] = {}
        by_value: dict[tuple[str, str], list[int]] = {}
        for i, m in enumerate(mentions):
            by_anchor.setdefault((m.entity_type, anchor_print(self._pkey, text, m.start, m.end)), []).append(i)
            by_value.setdefault((m.entity_type, value_print(self._pkey, text[m.start:m.end])), []).append(i)
        starts = [m.start for m in mentions]
        claimed: dict[int, Decision] = {}
        for d in sorted(decisions, key=lambda d: d.start):
            best = None
            for index, print_ in ((by_anchor, d.anchor), (by_value, d.value)):
                free = [i for i in index.get((d.entity_type, print_), ()) if i not in claimed]
                best = _nearest(free, starts, d.start)
                if best is not None:
                    break
            if best is not None:
                claimed[best] = d
                state.used.add(d.index)
                state.shifts.append((d.start, mentions[best].start - d.start))
        kept = []
        for i, m in enumerate(mentions):
            decision = claimed.get(i)
            if decision is None:
                kept.append(m)
            elif decision.action == "accept":
                kept.append(replace(m, score=1.0))
            elif self._may_reject(state, m, decision):
                self._kept_values.add(text[m.start:m.end])  # let stand: the leak audit knows
                continue
            else:
                kept.append(m)
        return kept

    def _may_reject(self, state: _FileState, m: Mention, d: Decision) -> bool:
        where = str(state.path)
        if m.detector == WATCHLIST_DETECTOR:
            self._issues.append(DecisionIssue(
                where, d.line, m.entity_type, "refused",
                "a watchlisted name cannot be kept by a decision; it stays redacted"))
            return False
        if _is_source(m):
            if not self.allow_source_exposure:
                self._issues.append(DecisionIssue(
                    where, d.line, m.entity_type, "refused",
                    "a decision would show a profiled source's name or detail; refused, it stays "
                    "redacted (only `redact --allow-source-exposure` lets such a decision stand)"))
                return False
            self._issues.append(DecisionIssue(
                where, d.line, m.entity_type, "exposed",
                "DANGER: a decision keeps a profiled source's name or detail in the output"))
        return True

    def _find_spans(self, state: _FileState, text: str,
                    decisions: Sequence[Decision]) -> list[Mention]:
        added: list[Mention] = []
        starts: list[int] | None = None
        for d in decisions:
            at = next((s for s in (d.start, *(d.start + m for m in state.likely_moves(d.start)))
                       if s >= 0 and self._span_at(text, d, s) is not None), None)
            if at is None:
                starts = starts if starts is not None else _starts(text)
                at = self._search_span(text, d, starts)
            if at is None or any(at < a.end and at + (d.end - d.start) > a.start for a in added):
                self._issues.append(DecisionIssue(
                    str(state.path), d.line, d.entity_type, "stale",
                    "a detail you added in the review is no longer in the file (edited there?); "
                    "it was NOT redacted: review the file again, or pass --allow-stale"))
                continue
            state.used.add(d.index)
            state.shifts.append((d.start, at - d.start))  # later spans nearby moved as far
            end = at + d.end - d.start
            added.append(Mention(start=at, end=end, entity_type=d.entity_type, score=1.0,
                                 detector=EDITOR_DETECTOR, text=text[at:end]))
        return added

    def _span_at(self, text: str, d: Decision, start: int) -> int | None:
        end = start + d.end - d.start
        if end <= len(text) and value_print(self._pkey, text[start:end]) == d.value:
            return start
        return None

    def _search_span(self, text: str, d: Decision, starts: Sequence[int]) -> int | None:
        """Where the span's text now starts, by its keyed print, looking outward from its old
        offset: the first place whose context matches too, else the nearest with its text."""
        length = d.end - d.start
        nearest = None
        at = bisect.bisect_left(starts, d.start)
        left, right = at - 1, at
        while left >= 0 or right < len(starts):
            if right >= len(starts) or (left >= 0 and d.start - starts[left] <= starts[right] - d.start):
                s, left = starts[left], left - 1
            else:
                s, right = starts[right], right + 1
            if s + length > len(text) or self._span_at(text, d, s) is None:
                continue
            if anchor_print(self._pkey, text, s, s + length) == d.anchor:
                return s
            nearest = s if nearest is None else nearest
        return nearest

    def regroup(self, mentions: Sequence[Mention], entities: Sequence[Entity],
                entity_of: Sequence[int]) -> tuple[list[Entity], list[int]]:
        """The run's resolved grouping after the editor's merges and splits (see
        ``redactor.entities.decisions``); what matched nothing is told by ``issues``."""
        result = regroup(mentions, entities, entity_of, self.entity_decisions,
                         lambda text: form_print(self._pkey, text))
        self._entities_found.update(result.applied)
        return result.entities, result.entity_of

    # -- reporting -------------------------------------------------------------------------

    def issues(self) -> list[DecisionIssue]:
        """Everything to tell after the run: refused, exposed, stale, unmatched, missing files."""
        found = list(self._issues)
        for n, state in self._states.items():
            for d in self.decisions:
                if d.file == n and d.action != "add" and d.index not in state.used:
                    found.append(DecisionIssue(
                        str(state.path), d.line, d.entity_type, "unmatched",
                        f"{d.action} matched nothing: the text or the detection changed there "
                        "since the review"))
        for n, entry in enumerate(self.files):
            if n not in self._states:
                name = entry.path or f"file {entry.content[:12]}"
                found.append(DecisionIssue(name, None, "", "missing-file",
                                           "decisions for a file not in this run (neither its "
                                           "content nor its name matched)"))
        for e in self.entity_decisions:
            if e.index not in self._entities_found:
                found.append(DecisionIssue(
                    self.source, None, e.entity_type, "stale-entity",
                    f"entities[{e.index}]: stale {e.action} decision: its forms no longer occur "
                    "in this run; nothing was changed for it"))
        return found

    def stale_files(self) -> dict[str, list[DecisionIssue]]:
        """Files holding an added detail that could not be found (they must not be written)."""
        out: dict[str, list[DecisionIssue]] = {}
        for issue in self._issues:
            if issue.kind == "stale":
                out.setdefault(issue.file, []).append(issue)
        return out

    def counts(self) -> dict[str, int]:
        """How many decisions of each kind the file holds."""
        counts = {"accept": 0, "reject": 0, "add": 0, "merge": 0, "split": 0}
        for d in self.decisions:
            counts[d.action] += 1
        for entity_decision in self.entity_decisions:
            counts[entity_decision.action] += 1
        return counts

    def report(self) -> dict:
        """The decisions' part of ``redaction-report.json`` (no text)."""
        return {"counts": self.counts(), "issues": [i.to_json() for i in self.issues()]}

    def finish_run(self, run: RunResult) -> RunResult:
        """The run before it is written: files that lost an added detail held back (unless
        ``allow_stale``), and what the decisions did, for the report."""
        return replace(hold_back_stale(run, self, self.allow_stale), decisions=self.report())


def record_entity_decision(path: Path, key: bytes, action: str, entity_type: str,
                           entity_forms: Sequence[str], forms: Sequence[str]) -> int:
    """Add a merge or split decision, given as typed forms, to the decisions file at ``path``
    (made when missing, validated when present); only the forms' keyed prints are written.
    Returns how many entity decisions the file holds now."""
    entity = [form_print(page_key(key), f) for f in entity_forms if f.strip()]
    split_off = [form_print(page_key(key), f) for f in forms if f.strip()]
    if not entity or not split_off:
        raise RedactorError("give at least one form on each side", ExitCode.USAGE)
    if path.exists():
        Decisions.load(path, key)  # the same checks as `redact --decisions`: format, key
        data = json.loads(path.read_text(encoding="utf-8"))
    else:
        data = {"format": DECISIONS_FORMAT, "version": DECISIONS_VERSION, "key_check": key_check(key),
                "files": [], "decisions": []}
    data.setdefault("entities", []).append(
        {"action": action, "entity_type": entity_type, "entity": entity, "forms": split_off})
    Decisions.from_json(data, key, source=str(path))
    write_atomic(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"), private=True)
    return len(data["entities"])


def load_decisions(path: Path, environ: Mapping[str, str] | None = None, *,
                   home: Path | None = None, allow_source_exposure: bool = False,
                   allow_stale: bool = False) -> Decisions:
    """Decisions from ``path`` under the project key (``REDACTOR_KEY``, else ``home``'s key file)."""
    env = environ if environ is not None else dict(os.environ)
    return Decisions.load(path, project_key(env, home=home, create=False),
                          allow_source_exposure=allow_source_exposure, allow_stale=allow_stale)


def open_decisions(path: Path | None, settings, paths: Sequence[Path], *,
                   allow_source_exposure: bool = False, allow_stale: bool = False) -> Decisions | None:
    """The decisions for a run over ``paths`` (None without ``--decisions``), told the run's files."""
    from redactor.project.keys import key_home
    from redactor.project.paths import expand_paths

    if path is None:
        return None
    decisions = load_decisions(path, home=key_home(settings.base_dir, paths),
                               allow_source_exposure=allow_source_exposure, allow_stale=allow_stale)
    decisions.prepare(expand_paths(paths))
    return decisions


def hold_back_stale(run: RunResult, decisions: Decisions | None, allow_stale: bool) -> RunResult:
    """The run with every file that lost an added detail marked failed (never written), unless
    ``allow_stale``: a detail the editor marked by hand must not be published by accident."""
    if decisions is None or allow_stale:
        return run
    stale = decisions.stale_files()
    if not stale:
        return run
    files = []
    for f in run.files:
        lost = stale.get(str(f.path))
        if lost and f.status == FileStatus.SCANNED:
            where = ", ".join(f"line {i.line} ({i.entity_type})" for i in lost)
            f = replace(f, status=FileStatus.FAILED, edits=(), findings=(), suggestions=(),
                        reason=f"an added detail from the decisions was not found ({where}); "
                               "not written: review it again, or pass --allow-stale")
        files.append(f)
    return replace(run, files=tuple(files))
