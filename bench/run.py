"""Benchmark: `redactor scan --format json` against a plain Presidio loop and spaCy's NER alone,
and `redactor check` of one 2,000-word file against loading the spaCy model alone.

Generates the corpus (200 transcripts by default), runs each command RUNS times as a whole
process (in turn, so drift hits all), and prints wall time and peak memory (median of the runs,
from /usr/bin/time; the peak is the largest single process) and the throughput of redactor
relative to the plain Presidio loop and to the NER-only ceiling (``bench/ner_ceiling.py``).
redactor's modules are compiled to bytecode first, as an installed copy's are.
Usage: python bench/run.py [--count 200] [--runs 3] [--jobs N] [--config FILE]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from redactor.project.config import DEFAULT_MODEL


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak resident MiB) of one run of ``cmd``."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as fh:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", fh.name, *cmd],
                              check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode not in (0, 1):  # 1: findings (check)
            raise subprocess.CalledProcessError(done.returncode, cmd)
        wall, kib = fh.read().split()[-2:]
    return float(wall), int(kib) / 1024


def _check_sample(corpus: Path, words: int = 2000) -> Path:
    """One file of the first ``words`` words (whole lines) of the corpus: the pre-commit case."""
    sample = corpus.parent / f"check-{words}.txt"
    if not sample.exists():
        lines: list[str] = []
        count = 0
        for path in sorted(corpus.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
                if count >= words:
                    break
                lines.append(line)
                count += len(line.split())
        sample.write_text("".join(lines), encoding="utf-8")
    return sample


def _compile_package() -> None:
    """Compile redactor's modules to bytecode first, as pip does when it installs the wheel: an
    editable install under PYTHONDONTWRITEBYTECODE=1 (this machine's environment) would compile
    its ~90 modules from source on every start, a cost no installed copy pays (0.1-0.4 s of a
    check) while spaCy's and Presidio's installed modules are already compiled."""
    import redactor

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(redactor.__file__).parent)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--config", help="redactor.yaml to use (e.g. with source profiles)")
    parser.add_argument("--jobs", type=int, help="redactor's --jobs (default: its own default)")
    args = parser.parse_args()
    corpus = HERE / "out" / f"corpus-{args.count}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus), str(args.count)], check=True)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    redactor = [sys.executable, "-m", "redactor", "scan", "--format", "json", str(corpus)]
    if args.config:
        redactor += ["--config", args.config]
    if args.jobs:
        redactor += ["--jobs", str(args.jobs)]
    sample = _check_sample(corpus)
    _compile_package()
    commands = {
        "redactor check (2,000 words)": [sys.executable, "-m", "redactor", "check", str(sample)],
        "spaCy load only": [sys.executable, "-c", f"import spacy; spacy.load({DEFAULT_MODEL!r})"],
        "redactor scan --json": redactor,
        "plain Presidio loop": [sys.executable, str(HERE / "presidio_baseline.py"), str(corpus)],
        "spaCy NER only": [sys.executable, str(HERE / "ner_ceiling.py"), str(corpus)],
    }
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            runs[name].append(timed(cmd))
    wall = {name: statistics.median(w for w, _ in r) for name, r in runs.items()}
    print(f"corpus: {args.count} transcripts, {words} words; {args.runs} runs each (median)")
    print(f"{'':22}{'wall s':>10}{'peak MiB':>10}")
    for name, r in runs.items():
        print(f"{name:22}{wall[name]:>10.2f}{statistics.median(m for _, m in r):>10.0f}")
    print(f"throughput redactor / plain Presidio: {wall['plain Presidio loop'] / wall['redactor scan --json']:.2f}")
    print(f"throughput redactor / spaCy NER only: {wall['spaCy NER only'] / wall['redactor scan --json']:.2f}")
    print(f"redactor per 10,000 words: {wall['redactor scan --json'] / words * 10000:.2f} s")
    print(f"check of one 2,000-word file / spaCy load: "
          f"{wall['redactor check (2,000 words)'] / wall['spaCy load only']:.2f}")


if __name__ == "__main__":
    main()
