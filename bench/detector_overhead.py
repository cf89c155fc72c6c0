"""What individual detectors cost on the typed bench corpus, measured in one process.

Times ``Redactor.run`` over the corpus (model already loaded, so only detection is compared)
for: the default set; the default set without the spoken-form recognizers and the name
gazetteer (what issue 8 added); and the default set plus source profiles for three people of the
corpus.  Runs alternate and the median is printed.  Usage: python bench/detector_overhead.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from redactor import Redactor, Settings, Source
from redactor.detect.recognizers.names import NameGazetteerRecognizer
from redactor.detect.recognizers.spoken import spoken_recognizers

HERE = Path(__file__).resolve().parent
SPOKEN = {type(r) for r in spoken_recognizers()} | {NameGazetteerRecognizer}
SOURCES = (
    Source(label="Source A", names=("Anton Bykov", "Tosha"), details=("Klintsy", "military unit 31135")),
    Source(label="Source B", names=("Marta Kowalczyk",), details=("Gdynia",)),
    Source(label="Source C", names=("Oleg Pankratov",), details=("Mokhovoe",)),
)


class WithoutIssue8(Redactor):
    """The default Redactor less the spoken-form recognizers and the name gazetteer."""

    def _own_recognizers(self):
        return [r for r in super()._own_recognizers() if type(r) not in SPOKEN]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    corpus = HERE / "out" / "corpus-200"
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise SystemExit("run bench/run.py first (it generates the corpus)")
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    variants = {
        "default": Redactor(Settings()),
        "without spoken forms + gazetteer": WithoutIssue8(Settings()),
        "default + 3 source profiles": Redactor(Settings(sources=SOURCES)),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, redactor in variants.items():
            started = time.perf_counter()
            redactor.run(files)
            times[name].append(time.perf_counter() - started)
    base = statistics.median(times["default"])
    print(f"corpus: {len(files)} transcripts, {words} words; median of {runs} runs, in-process")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<36}{median:>8.2f} s  {median / words * 10000:>6.2f} s/10k words  "
              f"{(median / base - 1) * 100:+6.1f}% vs default")


if __name__ == "__main__":
    main()
