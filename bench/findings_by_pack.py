"""Findings per rule pack (and per other detector) on the sample transcripts.

Usage: python bench/findings_by_pack.py [PATH ...]   (default: examples/)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from redactor import Redactor
from redactor.cli.common import load_run_settings

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [ROOT / "examples"]
    redactor = Redactor(load_run_settings(None, paths))
    pack_of = {rec.name: f"pack {pack.name}" for pack in redactor.packs for rec in pack.recognizers}
    counts: Counter[str] = Counter()
    for f in redactor.run(paths).files:
        for finding in f.findings:
            counts[pack_of.get(finding.detector, finding.detector)] += 1
    width = max(map(len, counts), default=10)
    for name, n in counts.most_common():
        print(f"{name:<{width}}  {n}")
    print(f"{'total':<{width}}  {sum(counts.values())}")


if __name__ == "__main__":
    main()
