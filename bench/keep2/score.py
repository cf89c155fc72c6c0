"""Score keep over-redaction and direct/quasi coverage on bench/keep2/src (issue 13, public facts).

    python bench/keep2/score.py [--src bench/keep2/heldout] [--json OUT] [-v]

The transcripts in src/ (and heldout/, written after the rules changed) use bench/quality's markup ([[surface|TYPE|entity|class]]) and were
annotated before redactor ran on them.  Each file's text is scanned in turn by one Redactor
(``bench.probe.scan_each``); a mention is *touched* when any finding overlaps it and *covered*
when every non-space character is inside a finding.  Printed: keep mentions touched (and by which
type), direct and quasi mentions covered, per file and overall.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from bench.probe import load, overlapping, scan_each, score  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, default=HERE / "src", help="folder of marked-up transcripts (src/ or heldout/)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", action="store_true", help="list every keep touched and every mention missed")
    args = ap.parse_args()
    transcripts = load(args.src.iterdir())
    found = scan_each(transcripts)
    totals = {"keep": [0, 0], "direct": [0, 0], "quasi": [0, 0]}  # class -> [ok, n]
    out = {}
    for t in transcripts:
        judged = score(t, found[t.name]).judged
        for m, ok in judged:
            totals[m.kind][0] += ok
            totals[m.kind][1] += 1
        out[t.name] = [(m.kind, m.type, m.text, sorted({f.entity_type for f in overlapping(m, found[t.name])}))
                       for m, ok in judged if not ok]
        for row in out[t.name] if args.v else ():
            print(f"{t.name}: {row[0]:6} {row[1]:12} {row[2]!r} {row[3]}")
    summary = {c: {"ok": ok, "n": n, "rate": round(ok / n, 3) if n else None} for c, (ok, n) in totals.items()}
    summary["keep"]["touched"] = round(1 - summary["keep"]["rate"], 3)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "misses": out}, indent=1) + "\n")


if __name__ == "__main__":
    main()
