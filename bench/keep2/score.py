"""Score keep over-redaction and direct/quasi coverage on bench/keep2/src (issue 13, public facts).

    python bench/keep2/score.py [--src bench/keep2/heldout] [--json OUT] [-v]

The transcripts in src/ (and heldout/, written after the rules changed) use bench/quality's markup ([[surface|TYPE|entity|class]]) and were
annotated before redactor ran on them.  Each file's text (markup stripped by bench/quality/build.py)
is scanned with the Python API; a mention is *touched* when any finding overlaps it and *covered*
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
sys.path.insert(0, str(HERE.parent / "quality"))

from build import strip  # noqa: E402  (bench/quality/build.py: the markup's one parser)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, default=HERE / "src", help="folder of marked-up transcripts (src/ or heldout/)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("-v", action="store_true", help="list every keep touched and every mention missed")
    args = ap.parse_args()
    from redactor import Redactor

    r = Redactor()
    totals = {"keep": [0, 0], "direct": [0, 0], "quasi": [0, 0]}  # class -> [ok, n]
    out = {}
    for path in sorted(args.src.iterdir()):
        text, mentions = strip(path.read_text(encoding="utf-8"), path.name)
        findings = r.scan(text)
        rows = []
        for m in mentions:
            over = [f for f in findings if f.start < m["end"] and m["start"] < f.end]
            chars = {i for i in range(m["start"], m["end"]) if not text[i].isspace()}
            covered = all(any(f.start <= i < f.end for f in over) for i in chars)
            ok = not over if m["class"] == "keep" else covered
            totals[m["class"]][0] += ok
            totals[m["class"]][1] += 1
            if not ok:
                rows.append((m["class"], m["type"], m["text"], sorted({f.entity_type for f in over})))
        out[path.name] = rows
        if args.v:
            for row in rows:
                print(f"{path.name}: {row[0]:6} {row[1]:12} {row[2]!r} {row[3]}")
    summary = {c: {"ok": ok, "n": n, "rate": round(ok / n, 3) if n else None} for c, (ok, n) in totals.items()}
    summary["keep"]["touched"] = round(1 - summary["keep"]["rate"], 3)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "misses": out}, indent=1) + "\n")


if __name__ == "__main__":
    main()
