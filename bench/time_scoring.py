"""Time quasi-identifiers (dates, ages, durations) on tests/data/time: read the inline
annotation and score a run's findings against it.

The transcripts mark each mention as ``[[surface|TYPE|class]]`` (the markup of
``bench/quality/README.md``): class ``quasi`` must be covered, ``keep`` must not be touched,
``ignore`` is neither counted nor penalised.  Any DATE, AGE or DURATION finding that overlaps no
``quasi`` or ``ignore`` mention is a false alarm (a count, a floor, a price taken for a date or
an age).  ``python bench/time_scoring.py`` prints the figures for the current code (each text
scanned in turn by one Redactor).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.probe import Mention, Transcript, covered, fraction, load, masked, redactor_api, touched, unmark  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "time"
TIME_TYPES = frozenset({"DATE", "AGE", "DURATION"})
_MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\|(quasi|keep|ignore)\]\]", re.DOTALL)


def read_annotated(path: Path) -> Transcript:
    """The plain text of an annotated transcript and its mentions, offsets into the plain text."""
    text, marks = unmark(path.read_text(encoding="utf-8"), _MARK)
    return Transcript(path.name, text, tuple(Mention(s, e, m.group(1), m.group(2), kind=m.group(3)) for s, e, m in marks))


@dataclass(frozen=True)
class FileScore:
    missed: tuple[Mention, ...]        # quasi mentions not covered
    touched_keep: tuple[Mention, ...]  # keep mentions some finding overlaps
    false_alarms: tuple[str, ...]      # "TYPE 'text'" of time findings on nothing annotated
    quasi: int
    keep: int


def score_file(t: Transcript, findings: list[tuple[int, int, str]]) -> FileScore:
    spans = [(s, e) for s, e, _ in findings]
    hidden = masked(t.text, spans)
    quasi = [g for g in t.mentions if g.kind == "quasi"]
    keep = [g for g in t.mentions if g.kind == "keep"]
    allowed = [g for g in t.mentions if g.kind in ("quasi", "ignore")]
    return FileScore(
        missed=tuple(g for g in quasi if not covered(t.text, g, hidden)),
        touched_keep=tuple(g for g in keep if touched(g, spans)),
        false_alarms=tuple(f"{typ} {t.text[s:e]!r}" for s, e, typ in findings if typ in TIME_TYPES
                           and not any(touched(g, [(s, e)]) for g in allowed)),
        quasi=len(quasi), keep=len(keep))


def score_set(scan) -> dict[str, FileScore]:
    """``scan(text) -> [(start, end, type)]`` over every file of tests/data/time."""
    return {t.name: score_file(t, scan(t.text)) for t in load(DATA.glob("[0-9]*"), read_annotated)}


def main() -> None:
    r = redactor_api().Redactor()
    scores = score_set(lambda t: [(f.start, f.end, f.entity_type) for f in r.scan(t)])
    quasi = sum(s.quasi for s in scores.values())
    missed = sum(len(s.missed) for s in scores.values())
    keep = sum(s.keep for s in scores.values())
    touched_keep = sum(len(s.touched_keep) for s in scores.values())
    alarms = sum(len(s.false_alarms) for s in scores.values())
    for name, s in scores.items():
        for g in s.missed:
            print(f"{name}: missed {g.type} {g.text!r}")
        for g in s.touched_keep:
            print(f"{name}: touched keep {g.type} {g.text!r}")
        for a in s.false_alarms:
            print(f"{name}: false alarm {a}")
    print(f"quasi mention recall {fraction(quasi - missed, quasi)}; "
          f"keep touched {touched_keep}/{keep}; false time findings {alarms}")


if __name__ == "__main__":
    main()
