"""Pseudonym consistency on annotated transcripts of our own: one person, one pseudonym.

    python bench/consistency.py [FOLDER]      (default: tests/data/consistency)

Each transcript (a file directly in FOLDER) marks its gold mentions inline as ``[[text|entity]]``; mentions with one entity
name are one thing, and ``?`` marks a mention that fits two people and must share a pseudonym with
neither.  Each file is redacted in a run of its own (the markup removed) and scored:
consistency is the share of gold entities with two or more covered mentions whose covered
mentions all got one replacement; a wrong merge is two gold entities sharing a replacement.
"""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Callable, Sequence

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
UNSURE = "?"


@dataclass(frozen=True)
class GoldMention:
    """A marked mention: its offsets in the plain text and its entity (``?``: fits two people)."""

    start: int
    end: int
    entity: str


def read_annotated(marked: str) -> tuple[str, list[GoldMention]]:
    """The plain text of a marked transcript and its gold mentions."""
    plain, gold, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        plain.append(marked[pos:m.start()])
        length += m.start() - pos
        gold.append(GoldMention(length, length + len(m.group(1)), m.group(2)))
        plain.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    plain.append(marked[pos:])
    return "".join(plain), gold


@dataclass(frozen=True)
class FileScore:
    """One transcript's figures: entities judged, consistent ones, wrong merges (pairs)."""

    name: str
    judged: int
    consistent: int
    wrong_merges: tuple[tuple[str, str], ...]


def replacements_of(gold: Sequence[GoldMention], findings: Sequence[tuple[int, int, str]]) -> list[str]:
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


def score_file(name: str, gold: Sequence[GoldMention], findings: Sequence[tuple[int, int, str]]) -> FileScore:
    got = replacements_of(gold, findings)
    by_entity: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    unsure = 0
    for g, r in zip(gold, got):
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
    return FileScore(name, len(judged), consistent, merges)


def score_folder(folder: Path, redact: Callable[[Path], list[tuple[int, int, str]]]) -> list[FileScore]:
    """Every marked transcript of ``folder`` redacted alone by ``redact`` (a plain file's path ->
    its findings as (start, end, replacement)) and scored."""
    scores = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        plain, gold = read_annotated(path.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / path.name
            copy.write_text(plain, encoding="utf-8")
            scores.append(score_file(path.name, gold, redact(copy)))
    return scores


def main(folder: str = "tests/data/consistency") -> None:
    from redactor.pipeline import Redactor
    from redactor.project.config import Settings

    settings = Settings()
    detector = None

    def redact(path: Path) -> list[tuple[int, int, str]]:
        nonlocal detector
        redactor = Redactor(settings, detector=detector)
        detector = redactor.detector
        run = redactor.run([path])
        return [(f.start, f.end, f.replacement) for r in run.files for f in r.findings]

    scores = score_folder(Path(folder), redact)
    for s in scores:
        merges = ", ".join(f"{a}+{b}" for a, b in s.wrong_merges)
        print(f"{s.name:28} {s.consistent}/{s.judged} consistent  wrong merges: {len(s.wrong_merges)} {merges}")
    judged = sum(s.judged for s in scores)
    consistent = sum(s.consistent for s in scores)
    wrong = sum(len(s.wrong_merges) for s in scores)
    print(f"inside a file: {consistent}/{judged} = {consistent / max(judged, 1):.2f}; wrong merges: {wrong}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
