"""Probe sets: the half that bench's small annotated scorers share.

A probe is a handful of transcripts annotated inline before redactor ran on them
(bench/direct2, bench/keep2, bench/quasi_probe, tests/data/time, tests/data/consistency).  This
module reads the markup into mentions, runs redactor over the plain texts through the Python
API, matches findings to mentions by the characters they cover and counts entities and
pseudonyms; each probe's script keeps its data, its way of running and the table it prints.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from bench.quality.build import strip  # the frozen set's markup: its one parser


# -- annotation ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    """A marked mention: offsets into the plain text, its surface, type, entity and class
    (``direct``, ``quasi``, ``keep``, or ``ignore``: neither counted nor penalised)."""

    start: int
    end: int
    text: str
    type: str = ""
    entity: str = ""
    kind: str = ""


@dataclass(frozen=True)
class Transcript:
    name: str
    text: str
    mentions: tuple[Mention, ...]


def unmark(marked: str, mark: re.Pattern) -> tuple[str, list[tuple[int, int, re.Match]]]:
    """``marked`` with each match of ``mark`` replaced by its first group (the surface said), and
    each match with that surface's offsets in the plain text."""
    found: list[tuple[int, int, re.Match]] = []
    removed = 0

    def surface(m: re.Match) -> str:
        nonlocal removed
        start = m.start() - removed
        found.append((start, start + len(m.group(1)), m))
        removed += len(m.group(0)) - len(m.group(1))
        return m.group(1)

    return mark.sub(surface, marked), found


def read_quality_markup(path: Path) -> Transcript:
    """A transcript in bench/quality's markup (``[[surface|TYPE|entity|class]]``, see its README)."""
    text, mentions = strip(path.read_text(encoding="utf-8"), path.name)
    return Transcript(path.name, text, tuple(
        Mention(m["start"], m["end"], m["text"], m["type"], m["entity"], m["class"]) for m in mentions))


def load(paths: Iterable[Path], read: Callable[[Path], Transcript] = read_quality_markup) -> list[Transcript]:
    return [read(p) for p in sorted(paths)]


# -- running redactor ----------------------------------------------------------------------

def redactor_api(repo: Path | None = None):
    """The ``redactor`` package, from ``repo`` (another checkout, to compare) when given."""
    if repo is not None:
        sys.path.insert(0, str(Path(repo).resolve()))
    import redactor

    return redactor


def run_together(transcripts: Sequence[Transcript], repo: Path | None = None) -> dict[str, list]:
    """One run over every transcript as files of one folder (what ``redactor scan FOLDER`` does:
    what one file teaches the run, another gets): the findings of each, by name."""
    api = redactor_api(repo)
    with tempfile.TemporaryDirectory() as tmp:
        for t in transcripts:
            (Path(tmp) / t.name).write_text(t.text, encoding="utf-8")
        run = api.Redactor().run([Path(tmp)])
    return {f.path.name: list(f.findings) for f in run.files}


def scan_each(transcripts: Sequence[Transcript]) -> dict[str, list]:
    """Each text scanned in turn, as plain text, by one Redactor (one pseudonym table)."""
    r = redactor_api().Redactor()
    return {t.name: r.scan(t.text) for t in transcripts}


def run_alone(transcripts: Sequence[Transcript]) -> dict[str, list]:
    """Each transcript a run of its own (a fresh pseudonym table; the detector, spaCy, shared),
    as a file of its name, so its format (.srt, .md) is read as such."""
    api = redactor_api()
    detector = None
    found = {}
    for t in transcripts:
        redactor = api.Redactor(api.Settings(), detector=detector)
        detector = redactor.detector
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / t.name
            copy.write_text(t.text, encoding="utf-8")
            found[t.name] = [f for r in redactor.run([copy]).files for f in r.findings]
    return found


# -- matching spans by coverage ------------------------------------------------------------

Span = tuple[int, int]


def spans_of(findings: Iterable) -> list[Span]:
    return [(f.start, f.end) for f in findings]


def nonspace(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if not text[i].isspace()}


def masked(text: str, spans: Iterable[Span]) -> set[int]:
    """The non-space characters inside any span."""
    out: set[int] = set()
    for start, end in spans:
        out |= nonspace(text, start, end)
    return out


def covered(text: str, m: Mention, hidden: set[int]) -> bool:
    """Every non-space character of the mention is hidden (``masked``)."""
    return nonspace(text, m.start, m.end) <= hidden


def touched(m: Mention, spans: Iterable[Span]) -> bool:
    """Some span overlaps the mention."""
    return any(start < m.end and m.start < end for start, end in spans)


def overlapping(m: Mention, findings: Iterable) -> list:
    """The findings that overlap the mention."""
    return [f for f in findings if touched(m, [(f.start, f.end)])]


def shown(text: str, m: Mention, chars: set[int]) -> str:
    """The mention with each character outside ``chars`` as ``_`` (what a miss left)."""
    return "".join(c if i in chars else "_" for i, c in enumerate(text[m.start:m.end], m.start))


Rule = Callable[[str, Mention, set[int]], bool]


@dataclass(frozen=True)
class Scored:
    """One transcript against the findings of a run: each mention judged right or not (a keep
    mention when no finding touches it, any other when ``rule`` finds it covered), the
    non-space characters masked and those of the mentions to protect (all but keep)."""

    transcript: Transcript
    findings: tuple
    judged: tuple[tuple[Mention, bool], ...]
    hidden: frozenset[int]
    to_protect: frozenset[int]

    @property
    def spans(self) -> list[Span]:
        return spans_of(self.findings)

    def false_findings(self) -> list:
        """The findings that mask nothing annotated to protect."""
        text = self.transcript.text
        return [f for f in self.findings if not nonspace(text, f.start, f.end) & self.to_protect]


def score(t: Transcript, findings: Sequence, rule: Rule = covered) -> Scored:
    spans = spans_of(findings)
    hidden = masked(t.text, spans)
    judged = tuple((m, not touched(m, spans) if m.kind == "keep" else rule(t.text, m, hidden)) for m in t.mentions)
    to_protect = masked(t.text, [(m.start, m.end) for m in t.mentions if m.kind != "keep"])
    return Scored(t, tuple(findings), judged, frozenset(hidden), frozenset(to_protect))


def char_precision(scored: Iterable[Scored]) -> float:
    """Masked non-space characters inside a mention to protect, over all masked ones."""
    hidden = inside = 0
    for s in scored:
        hidden += len(s.hidden)
        inside += len(s.hidden & s.to_protect)
    return inside / max(hidden, 1)


# -- counting ------------------------------------------------------------------------------

def fraction(hit: int, total: int, digits: int = 2) -> str:
    return f"{hit}/{total} = {hit / max(total, 1):.{digits}f}"


def protected(judged: Iterable[tuple[object, bool]]) -> dict[object, bool]:
    """Entity key -> protected: every mention judged of it was covered."""
    out: dict[object, bool] = {}
    for key, ok in judged:
        out[key] = out.get(key, True) and ok
    return out


def by_type(judged: Iterable[tuple[str, bool]]) -> dict[str, list[bool]]:
    """Type -> the judgement of each of its mentions (or entities), in order."""
    out: dict[str, list[bool]] = defaultdict(list)
    for typ, ok in judged:
        out[typ].append(ok)
    return out


# -- pseudonym consistency -----------------------------------------------------------------

UNSURE = "?"  # the entity of a mention that fits two people: it must share a pseudonym with neither


@dataclass(frozen=True)
class ConsistencyScore:
    """One transcript's figures: entities judged, consistent ones, wrong merges (pairs)."""

    name: str
    judged: int
    consistent: int
    wrong_merges: tuple[tuple[str, str], ...]


def replacements_of(gold: Sequence[Mention], findings: Sequence[tuple[int, int, str]]) -> list[str]:
    """For each gold mention, the replacement of the finding overlapping it most ("" if none)."""
    out = []
    for g in gold:
        best, overlap = "", 0
        for start, end, replacement in findings:
            size = min(end, g.end) - max(start, g.start)
            if size > overlap:
                best, overlap = replacement, size
        out.append(best)
    return out


def score_consistency(name: str, gold: Sequence[Mention], findings: Sequence[tuple[int, int, str]]) -> ConsistencyScore:
    """Consistency: of the entities with two or more covered mentions, those whose covered
    mentions all got one replacement; a wrong merge is two entities sharing a replacement."""
    by_entity: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    unsure = 0
    for g, r in zip(gold, replacements_of(gold, findings)):
        if not r:
            continue
        entity = g.entity
        if entity == UNSURE:
            unsure += 1
            entity = f"?{unsure}"
        by_entity.setdefault(entity, set()).add(r)
        counts[entity] = counts.get(entity, 0) + 1
    judged = [e for e in by_entity if counts[e] >= 2]
    consistent = sum(len(by_entity[e]) == 1 for e in judged)
    merges = tuple((a, b) for a, b in combinations(sorted(by_entity), 2) if by_entity[a] & by_entity[b])
    return ConsistencyScore(name, len(judged), consistent, merges)
