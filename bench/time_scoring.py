"""Time quasi-identifiers (dates, ages, durations) on tests/data/time: read the inline
annotation and score a run's findings against it.

The transcripts mark each mention as ``[[surface|TYPE|class]]`` (the markup of
``bench/quality/README.md``): class ``quasi`` must be covered, ``keep`` must not be touched,
``ignore`` is neither counted nor penalised.  Any DATE, AGE or DURATION finding that overlaps no
``quasi`` or ``ignore`` mention is a false alarm (a count, a floor, a price taken for a date or
an age).  ``python bench/time_scoring.py`` prints the figures for the current code.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "time"
TIME_TYPES = frozenset({"DATE", "AGE", "DURATION"})
_MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\|(quasi|keep|ignore)\]\]", re.DOTALL)


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    entity_type: str
    kind: str  # quasi, keep or ignore


def read_annotated(raw: str) -> tuple[str, list[Gold]]:
    """The plain text of an annotated transcript and its mentions, offsets into the plain text."""
    parts, mentions, at, cut = [], [], 0, 0
    for m in _MARK.finditer(raw):
        parts.append(raw[cut:m.start()])
        at += m.start() - cut
        surface = m.group(1)
        mentions.append(Gold(at, at + len(surface), surface, m.group(2), m.group(3)))
        parts.append(surface)
        at += len(surface)
        cut = m.end()
    parts.append(raw[cut:])
    return "".join(parts), mentions


def covered(g: Gold, spans: list[tuple[int, int]]) -> bool:
    """Every non-space character of the mention inside some span."""
    return all(any(s <= i < e for s, e in spans) for i in range(g.start, g.end) if not g.text[i - g.start].isspace())


@dataclass(frozen=True)
class FileScore:
    missed: tuple[Gold, ...]        # quasi mentions not covered
    touched_keep: tuple[Gold, ...]  # keep mentions some finding overlaps
    false_alarms: tuple[str, ...]   # "TYPE 'text'" of time findings on nothing annotated
    quasi: int
    keep: int


def score_file(text: str, gold: list[Gold], findings: list[tuple[int, int, str]]) -> FileScore:
    spans = [(s, e) for s, e, _ in findings]
    quasi = [g for g in gold if g.kind == "quasi"]
    keep = [g for g in gold if g.kind == "keep"]
    allowed = [g for g in gold if g.kind in ("quasi", "ignore")]
    return FileScore(
        missed=tuple(g for g in quasi if not covered(g, spans)),
        touched_keep=tuple(g for g in keep if any(s < g.end and g.start < e for s, e in spans)),
        false_alarms=tuple(f"{t} {text[s:e]!r}" for s, e, t in findings if t in TIME_TYPES
                           and not any(s < g.end and g.start < e for g in allowed)),
        quasi=len(quasi), keep=len(keep))


def score_set(scan) -> dict[str, FileScore]:
    """``scan(text) -> [(start, end, type)]`` over every file of tests/data/time."""
    out = {}
    for path in sorted(DATA.glob("[0-9]*")):
        text, gold = read_annotated(path.read_text(encoding="utf-8"))
        out[path.name] = score_file(text, gold, scan(text))
    return out


def main() -> None:
    sys.path.insert(0, str(DATA.parent.parent.parent))
    from redactor import Redactor

    r = Redactor()
    scores = score_set(lambda t: [(f.start, f.end, f.entity_type) for f in r.scan(t)])
    quasi = sum(s.quasi for s in scores.values())
    missed = sum(len(s.missed) for s in scores.values())
    keep = sum(s.keep for s in scores.values())
    touched = sum(len(s.touched_keep) for s in scores.values())
    alarms = sum(len(s.false_alarms) for s in scores.values())
    for name, s in scores.items():
        for g in s.missed:
            print(f"{name}: missed {g.entity_type} {g.text!r}")
        for g in s.touched_keep:
            print(f"{name}: touched keep {g.entity_type} {g.text!r}")
        for a in s.false_alarms:
            print(f"{name}: false alarm {a}")
    print(f"quasi mention recall {quasi - missed}/{quasi} = {(quasi - missed) / quasi:.2f}; "
          f"keep touched {touched}/{keep}; false time findings {alarms}")


if __name__ == "__main__":
    main()
