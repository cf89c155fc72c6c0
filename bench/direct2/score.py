"""Score redactor on the direct-identifier transcripts of issue 13 (bench/direct2/src).

The transcripts were written and annotated (markup of bench/quality/build.py) before redactor ran
on them.  One run over them all (``bench.probe.run_together``, as ``redactor scan FOLDER``)
prints, per type: direct-identifier entity protection (an entity is protected when every
mention is fully covered), mention coverage, and overall character precision and keep mentions
touched.  ``--misses`` lists what was not covered.

    python bench/direct2/score.py [--set src|held] [--repo CHECKOUT] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from bench.probe import by_type, char_precision, fraction, load, protected, run_together, score, shown  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--set", default="src", choices=["src", "held"],
                    help="src: the first transcripts; held: a second batch written after the fixes")
    ap.add_argument("--repo", type=Path, help="another redactor checkout to run (to compare)")
    args = ap.parse_args()
    transcripts = load((HERE / args.set).iterdir())
    found = run_together(transcripts, args.repo)
    scored = [score(t, found.get(t.name, [])) for t in transcripts]
    direct = [(m, ok) for s in scored for m, ok in s.judged if m.kind == "direct"]
    keep = [ok for s in scored for m, ok in s.judged if m.kind == "keep"]
    entities = protected(((m.type, m.entity), ok) for m, ok in direct)
    mentions = by_type((m.type, ok) for m, ok in direct)
    print(f"direct entity protection: {fraction(sum(entities.values()), len(entities), 3)}")
    for typ, v in sorted(by_type((typ, ok) for (typ, _), ok in entities.items()).items()):
        print(f"  {typ:10} entities {sum(v)}/{len(v)}  mentions {sum(mentions[typ])}/{len(mentions[typ])}")
    print(f"char precision: {char_precision(scored):.3f}   keep touched: {keep.count(False)}/{len(keep)}")
    if args.misses:
        misses = []
        for s in scored:
            t = s.transcript
            misses += [f"{t.name}: {m.kind} {m.type} {m.text!r} -> {shown(t.text, m, s.hidden)!r}"
                       for m, ok in s.judged if not ok and m.kind != "keep"]
            misses += [f"{t.name}: FALSE {f.entity_type} {t.text[f.start:f.end]!r}" for f in s.false_findings()]
        print("\n".join(misses))


if __name__ == "__main__":
    main()
