"""Score redactor on the direct-identifier transcripts of issue 13 (bench/direct2/src).

The transcripts were written and annotated (markup of bench/quality/build.py) before redactor ran
on them.  This builds the plain texts in a temporary folder, runs ``redactor scan --format json``
once over them and prints, per type: direct-identifier entity protection (an entity is protected
when every mention is fully covered), mention coverage, and overall character precision and keep
mentions touched.  ``--misses`` lists what was not covered.

    python bench/direct2/score.py [--set src|held] [--misses]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent / "quality"))
from build import strip  # noqa: E402  (the frozen set's markup, one parser)


def nonspace(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if not text[i].isspace()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--set", default="src", choices=["src", "held"],
                    help="src: the first transcripts; held: a second batch written after the fixes")
    ap.add_argument("--repo", type=Path, default=REPO, help="the redactor checkout to run (to compare)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        gold = {}
        for src in sorted((HERE / args.set).iterdir()):
            text, mentions = strip(src.read_text(encoding="utf-8"), src.name)
            (Path(tmp) / src.name).write_text(text, encoding="utf-8")
            gold[src.name] = (text, mentions)
        env = dict(os.environ, PYTHONPATH=str(args.repo))
        proc = subprocess.run([sys.executable, "-m", "redactor", "scan", tmp, "--format", "json"],
                              cwd=str(args.repo), env=env, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            sys.exit(proc.stderr[-2000:])
        found = {Path(f["path"]).name: f["findings"] for f in json.loads(proc.stdout)["files"]}
    entities: dict[tuple[str, str], list[bool]] = defaultdict(list)
    mentions_by_type: dict[str, list[bool]] = defaultdict(list)
    masked_total = masked_in_gold = keep = keep_touched = 0
    misses = []
    for name, (text, mentions) in gold.items():
        masked: set[int] = set()
        for f in found.get(name, []):
            masked |= nonspace(text, f["start"], f["end"])
        in_gold: set[int] = set()
        for m in mentions:
            chars = nonspace(text, m["start"], m["end"])
            if m["class"] == "keep":
                keep += 1
                keep_touched += bool(chars & masked)
                continue
            in_gold |= chars
            covered = chars <= masked
            if m["class"] == "direct":
                entities[(m["type"], m["entity"])].append(covered)
                mentions_by_type[m["type"]].append(covered)
            if not covered:
                got = "".join(c if i in masked else "_" for i, c in enumerate(text[m["start"]:m["end"]], m["start"]))
                misses.append(f"{name}: {m['class']} {m['type']} {m['text']!r} -> {got!r}")
        masked_total += len(masked)
        masked_in_gold += len(masked & in_gold)
        for f in found.get(name, []):
            if not nonspace(text, f["start"], f["end"]) & in_gold:
                misses.append(f"{name}: FALSE {f['entity_type']} {text[f['start']:f['end']]!r}")
    by_type: dict[str, list[bool]] = defaultdict(list)
    for (typ, _), covered in entities.items():
        by_type[typ].append(all(covered))
    allent = [p for v in by_type.values() for p in v]
    print(f"direct entity protection: {sum(allent)}/{len(allent)} = {sum(allent) / len(allent):.3f}")
    for typ, v in sorted(by_type.items()):
        m = mentions_by_type[typ]
        print(f"  {typ:10} entities {sum(v)}/{len(v)}  mentions {sum(m)}/{len(m)}")
    print(f"char precision: {masked_in_gold / max(masked_total, 1):.3f}   keep touched: {keep_touched}/{keep}")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
