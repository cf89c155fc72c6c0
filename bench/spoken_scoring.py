"""Recall and precision of detectors on a set of transcripts with expected findings.

Shared by ``bench/spoken_score.py`` and the tests of the spoken-form recognizers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

@dataclass(frozen=True)
class KindScore:
    """Recall and precision of one entity type (or ``ALL``) on a set of transcripts."""

    kind: str
    expected: int
    found: int
    expected_matched: int
    found_matched: int

    @property
    def recall(self) -> float:
        return self.expected_matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found_matched / self.found if self.found else 1.0


Span = tuple[str, int, int, str]


def _as_span(item: Mapping | Sequence) -> Span:
    if isinstance(item, Mapping):
        return (str(item["file"]), int(item["start"]), int(item["end"]), str(item["entity_type"]))
    file, start, end, entity_type = item[:4]
    return (str(file), int(start), int(end), str(entity_type))


def score_spoken_set(results: Iterable[Span], expected: Mapping | Iterable,
                     *, match: str = "exact") -> list[KindScore]:
    """Per-kind recall and precision of ``results`` against ``expected``.

    ``results`` are ``(file, start, end, entity_type)`` found; ``expected`` is either the parsed
    expected-findings YAML (a mapping with a ``findings`` list) or the list itself, each item a
    mapping with ``file``, ``start``, ``end``, ``entity_type`` (or such a tuple).  With
    ``match="exact"`` a finding counts only with the exact span and type; with ``"overlap"`` any
    overlapping span of the same type in the same file counts (for detectors that cut spans
    differently).  Only files named in ``expected`` are scored.  Returns one row per kind,
    sorted, then an ``ALL`` row.
    """
    if match not in {"exact", "overlap"}:
        raise ValueError("match must be 'exact' or 'overlap'")
    items = expected.get("findings", []) if isinstance(expected, Mapping) else expected
    gold = [_as_span(e) for e in items]
    files = {g[0] for g in gold}
    found = [_as_span(r) for r in results if _as_span(r)[0] in files]
    gold_hit = [any(_same(g, f, match) for f in found) for g in gold]
    found_hit = [any(_same(f, g, match) for g in gold) for f in found]
    rows = [_row(kind, gold, gold_hit, found, found_hit)
            for kind in sorted({g[3] for g in gold} | {f[3] for f in found})]
    rows.append(KindScore("ALL", len(gold), len(found), sum(gold_hit), sum(found_hit)))
    return rows


def _same(a: Span, b: Span, match: str) -> bool:
    if a[0] != b[0] or a[3] != b[3]:
        return False
    if match == "exact":
        return a[1] == b[1] and a[2] == b[2]
    return a[1] < b[2] and b[1] < a[2]


def _row(kind: str, gold: Sequence[Span], gold_hit: Sequence[bool], found: Sequence[Span],
         found_hit: Sequence[bool]) -> KindScore:
    return KindScore(
        kind=kind,
        expected=sum(1 for g in gold if g[3] == kind),
        found=sum(1 for f in found if f[3] == kind),
        expected_matched=sum(1 for g, hit in zip(gold, gold_hit) if hit and g[3] == kind),
        found_matched=sum(1 for f, hit in zip(found, found_hit) if hit and f[3] == kind),
    )


def format_score_table(rows: Sequence[KindScore]) -> str:
    """The rows of :func:`score_spoken_set` as a plain-text table."""
    lines = [f"{'kind':<15}{'expected':>9}{'found':>7}{'recall':>8}{'precision':>11}"]
    for r in rows:
        lines.append(f"{r.kind:<15}{r.expected:>9}{r.found:>7}{r.recall:>8.2f}{r.precision:>11.2f}")
    return "\n".join(lines)
