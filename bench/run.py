"""Benchmark: `redactor scan --format json` against a plain Presidio loop on one corpus.

Generates the corpus (200 transcripts by default), runs each command RUNS times as a whole
process (alternating, so drift hits both), and prints wall time and peak memory (median of the
runs, from /usr/bin/time) and the ratio redactor / Presidio.
Usage: python bench/run.py [--count 200] [--runs 3] [--extra-config FILE]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak resident MiB) of one run of ``cmd``."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as fh:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", fh.name, *cmd], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall, kib = fh.read().split()[-2:]
    return float(wall), int(kib) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--config", help="redactor.yaml to use (e.g. with source profiles)")
    args = parser.parse_args()
    corpus = HERE / "out" / f"corpus-{args.count}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), str(args.count)], check=True)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    redactor = [sys.executable, "-m", "redactor", "scan", "--format", "json", str(corpus)]
    if args.config:
        redactor += ["--config", args.config]
    baseline = [sys.executable, str(HERE / "presidio_baseline.py"), str(corpus)]
    r_runs, b_runs = [], []
    for _ in range(args.runs):
        r_runs.append(timed(redactor))
        b_runs.append(timed(baseline))
    r_wall = statistics.median(w for w, _ in r_runs)
    b_wall = statistics.median(w for w, _ in b_runs)
    print(f"corpus: {args.count} transcripts, {words} words; {args.runs} runs each (median)")
    print(f"{'':22}{'wall s':>10}{'peak MiB':>10}")
    print(f"{'redactor scan --json':22}{r_wall:>10.2f}{statistics.median(m for _, m in r_runs):>10.0f}")
    print(f"{'plain Presidio loop':22}{b_wall:>10.2f}{statistics.median(m for _, m in b_runs):>10.0f}")
    print(f"ratio redactor/Presidio (wall): {r_wall / b_wall:.2f}")
    print(f"redactor per 10,000 words: {r_wall / words * 10000:.2f} s")


if __name__ == "__main__":
    main()
