"""The Python API: ``Redactor`` does everything the CLI does, over texts or files.

A ``Redactor`` is built once per run: it loads the rule packs and builds one analyzer.  ``run``
reads every file, detects in batches, groups mentions into entities across all files, gives each
entity one pseudonym from the table, and maps each finding back to the file's own offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Protocol, Sequence

from presidio_analyzer import EntityRecognizer, PatternRecognizer

from redactor.detect.engine import DetectInput, Detector, IncompleteScan
from redactor.detect.overlaps import resolve_overlaps
from redactor.detect.packs import RulePack, load_packs
from redactor.detect.recognizers.dates import SpokenDateRecognizer
from redactor.detect.recognizers.names import NameGazetteerRecognizer, default_gazetteer
from redactor.detect.recognizers.profiles import SourceProfileRecognizer
from redactor.detect.recognizers.spoken import spoken_recognizers
from redactor.entities.group import group_mentions
from redactor.errors import ExitCode
from redactor.formats import format_for, read_document
from redactor.model import Document, Edit, FileResult, Finding, Mention, Piece
from redactor.project.config import Settings
from redactor.project.paths import expand_paths
from redactor.refine.people import (
    align_person_types,
    merge_adjacent_people,
    person_name_tokens,
)
from redactor.refine.propagate import propagate
from redactor.replace.generalize import date_start, generalize, generalize_place
from redactor.replace.pseudonyms import PseudonymTable, render_replacement

# Documents analysed per spaCy batch: bounds memory on large folders.
BATCH_DOCUMENTS = 32


class DecisionSource(Protocol):
    """What the editor decided (see ``redactor.refine.decisions``), applied per document."""

    def apply(self, path: Path, doc_text: str, mentions: list[Mention]) -> list[Mention]: ...


@dataclass(frozen=True)
class RunResult:
    """Every input file in exactly one state, and what the run's exit code should be."""

    files: tuple[FileResult, ...]

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.UNREADABLE if any(f.status == "failed" for f in self.files) else ExitCode.OK

    def counts(self) -> dict[str, int]:
        states = {"scanned": 0, "skipped": 0, "failed": 0}
        for f in self.files:
            states[f.status] += 1
        return states


@dataclass(frozen=True)
class _Layout:
    """Where each piece of a document sits in the joined text the detectors see."""

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, doc: Document) -> "_Layout":
        starts, pos = [], 0
        for piece in doc.pieces:
            starts.append(pos)
            pos += len(piece.text) + len(doc.joiner)
        return cls(text=doc.joiner.join(p.text for p in doc.pieces), starts=tuple(starts))

    def speakers(self, doc: Document) -> tuple[tuple[int, int], ...]:
        return tuple((s, s + len(p.text)) for s, p in zip(self.starts, doc.pieces)
                     if p.part.endswith("speaker"))

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


# Prepositions after which a generalised date drops its own "in".
_TIME_PREPOSITIONS = frozenset("until till since by before after from through around about in".split())
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _is_person_name(tokens: tuple[str, ...]) -> bool:
    """Up to three tokens the name gazetteer knows as names - not places, not English words -
    led by a given name (or a lone given name or surname)."""
    if len(tokens) > 3:
        return False
    infos = [default_gazetteer().get(t) for t in tokens]
    if any(i is None or i.place or i.is_word or not (i.first or i.last) for i in infos):
        return False
    return len(tokens) == 1 or infos[0].first


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


class Redactor:
    """One configured run: rule packs, one analyzer, one pseudonym table."""

    def __init__(self, settings: Settings | None = None, *,
                 extra_recognizers: Sequence[EntityRecognizer] = (),
                 table: PseudonymTable | None = None,
                 decisions: DecisionSource | None = None) -> None:
        self.settings = settings or Settings()
        self.packs: list[RulePack] = load_packs(self.settings.packs, self.settings.base_dir)
        recognizers = list(self._own_recognizers()) + list(extra_recognizers)
        self.detector = Detector(self.settings, self.packs, recognizers)
        self.table = table if table is not None else PseudonymTable()
        self.decisions = decisions

    def _own_recognizers(self) -> Iterable[EntityRecognizer]:
        s = self.settings
        yield NameGazetteerRecognizer(default_gazetteer(), supported_language=s.language)
        yield from spoken_recognizers(supported_language=s.language)
        yield SpokenDateRecognizer(supported_language=s.language)
        if s.sources:
            yield SourceProfileRecognizer(s.sources, supported_language=s.language)
        if s.always:
            yield PatternRecognizer(supported_entity="SENSITIVE", name="AlwaysRedact",
                                    deny_list=list(s.always), supported_language=s.language)

    def recognizers(self) -> list[EntityRecognizer]:
        return self.detector.recognizers()

    # -- in-memory texts -------------------------------------------------------------------

    def scan(self, text: str) -> list[Finding]:
        """Findings (with replacements) in one text."""
        return list(self._run_documents([self._text_result(text)])[0].findings)

    def redact(self, text: str) -> str:
        """The redacted text."""
        result = self._run_documents([self._text_result(text)])[0]
        return self.write_redacted(result).decode("utf-8")

    @staticmethod
    def _text_result(text: str) -> FileResult:
        from redactor.formats.base import TextEncoding

        pieces = (Piece(text=text, start=0, part="text"),) if text else ()
        doc = Document(path=None, format="text", text=text, pieces=pieces,
                       payload=TextEncoding("utf-8", False))
        return FileResult(path=Path("<text>"), status="scanned", document=doc)

    # -- files -----------------------------------------------------------------------------

    def run(self, paths: Sequence[Path],
            progress: Callable[[int, int], None] | None = None) -> RunResult:
        """Read, detect and assign pseudonyms over every file under ``paths``."""
        results = [read_document(p) for p in expand_paths(paths)]
        return RunResult(files=tuple(self._run_documents(results, progress)))

    def write_redacted(self, result: FileResult) -> bytes:
        """The redacted file in its own format."""
        if result.document is None:
            raise ValueError("only scanned files can be written")
        fmt = format_for(result.path) if result.document.path is not None else None
        if fmt is None:
            from redactor.formats.text import TextFormat

            fmt = TextFormat()
        edits = result.edits or tuple(() for _ in result.document.pieces)
        return fmt.write(result.document, edits)

    # -- the pipeline ----------------------------------------------------------------------

    def _run_documents(self, results: list[FileResult],
                       progress: Callable[[int, int], None] | None = None) -> list[FileResult]:
        results = list(results)  # files whose scan cannot finish change state; not the caller's list
        scanned = [i for i, r in enumerate(results) if r.status == "scanned"]
        layouts = {i: _Layout.of(results[i].document) for i in scanned}
        mentions: dict[int, list[Mention]] = {}
        for batch_start in range(0, len(scanned), BATCH_DOCUMENTS):
            batch = scanned[batch_start:batch_start + BATCH_DOCUMENTS]
            inputs = [DetectInput(layouts[i].text, layouts[i].speakers(results[i].document)) for i in batch]
            for i, found in zip(batch, self.detector.detect(inputs)):
                if isinstance(found, IncompleteScan):
                    results[i] = FileResult(path=results[i].path, status="failed", reason=found.message)
                    mentions[i] = []
                else:
                    mentions[i] = found
            if progress:
                progress(min(batch_start + len(batch), len(scanned)), len(scanned))

        scanned = [i for i in scanned if results[i].status == "scanned"]
        threshold = self.settings.threshold
        texts = [layouts[i].text for i in scanned]
        added = propagate(texts, [mentions[i] for i in scanned], threshold, self.detector.keep_terms,
                          seeds=self._known_forms())
        for i, extra in zip(scanned, added):
            if extra:
                mentions[i] = resolve_overlaps(mentions[i] + extra)
        person_tokens = person_name_tokens((m for i in scanned for m in mentions[i]), threshold)
        for i in scanned:
            mentions[i] = merge_adjacent_people(
                layouts[i].text, align_person_types(mentions[i], person_tokens, _is_person_name))
            # Last, so the editor decides on exactly what the review page showed.
            if self.decisions is not None:
                mentions[i] = self.decisions.apply(results[i].path, layouts[i].text, mentions[i])

        ordered = [(i, m) for i in scanned for m in mentions[i] if m.score >= threshold]
        keys = group_mentions([m for _, m in ordered], self.table.known_keys("PERSON"))
        replacements: dict[tuple[int, int, int], tuple[str, str]] = {}
        for (i, m), key in zip(ordered, keys):
            placed, replacement = self._absorb_preposition(layouts[i].text, m, self._replacement(m, key))
            replacements[(i, m.start, m.end)] = (replacement, key, placed)

        for i in scanned:
            results[i] = self._place(results[i], layouts[i], mentions[i], replacements, i)
        return results

    def _replacement(self, m: Mention, key: str) -> str:
        s = self.settings
        label = m.label if m.entity_type == "PERSON" else ""
        tag = self.table.assign(m.entity_type, key, display=m.text, label=label)
        if label:
            return tag
        # A region the journalist configured for a place applies whatever the style.
        region = generalize_place(m.text, s.generalize)
        if region:
            return region
        style = s.replacements.get(m.entity_type, "tag")
        return render_replacement(style, tag, m.entity_type, m.text, self._generalize)

    def _known_forms(self) -> list[Mention]:
        """What the pseudonym table (the vault) already names: found again in this run's texts."""
        forms = []
        for table_key, pseudonym in self.table.entries.items():
            entity_type, entity_key = table_key.split("\x1f", 1)
            label = pseudonym.replacement if not pseudonym.replacement.startswith("[") else ""
            forms.append(Mention(start=0, end=0, entity_type=entity_type, score=1.0, detector="vault",
                                 text=pseudonym.display, key=entity_key, label=label))
        return forms

    @staticmethod
    def _absorb_preposition(text: str, m: Mention, replacement: str) -> tuple[Mention, str]:
        """A date generalised to "in February" takes the "on" before it along (not "on in
        February"), keeping its capital at the start of a sentence."""
        if m.entity_type not in {"DATE", "DATE_OF_BIRTH"} or not replacement.lower().startswith("in "):
            return m, replacement
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if before and before.group(1).lower() in _TIME_PREPOSITIONS:
            return m, replacement[3:]  # "until February 22" → "until February", not "until in"
        start = date_start(text, m.start)
        if start == m.start:
            return m, replacement
        if text[start].isupper():
            replacement = replacement[0].upper() + replacement[1:]
        return replace(m, start=start, text=text[start:m.end]), replacement

    def _generalize(self, entity_type: str, text: str) -> str | None:
        return generalize(entity_type, text, self.settings.generalize)

    def _place(self, result: FileResult, layout: _Layout, mentions: list[Mention],
               replacements: dict, index: int) -> FileResult:
        """Map mentions back to the document's offsets: findings, suggestions and edits."""
        doc = result.document
        line_starts = _line_starts(doc.text)
        findings: list[Finding] = []
        suggestions: list[Finding] = []
        edits: list[list[Edit]] = [[] for _ in doc.pieces]
        for m in mentions:
            replacement, key, m = replacements.get((index, m.start, m.end), ("", "", m))
            entity_id = f"{m.entity_type}:{key}" if key else ""
            for n, (p, lo, hi) in enumerate(layout.split(doc, m.start, m.end)):
                piece = doc.pieces[p]
                start, end = piece.source_offset(lo), piece.source_offset(hi)
                line = bisect.bisect_right(line_starts, start)
                finding = Finding(
                    start=start, end=end, entity_type=m.entity_type, score=m.score,
                    detector=m.detector, text=doc.text[start:end] if piece.offsets is None else piece.text[lo:hi],
                    replacement=replacement, part=piece.part, line=line,
                    column=start - line_starts[line - 1] + 1, entity_id=entity_id,
                )
                if replacement:
                    findings.append(finding)
                    edits[p].append(Edit(lo, hi, replacement if n == 0 else ""))
                else:
                    suggestions.append(finding)
        return replace(result, findings=tuple(findings), suggestions=tuple(suggestions),
                       edits=tuple(tuple(e) for e in edits))
