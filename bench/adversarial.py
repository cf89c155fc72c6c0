"""Seconds each built-in recognizer and rule pack takes on the 1 MB adversarial text of
tests/test_patterns_adversarial.py (spaCy NER left out).  Run: python bench/adversarial.py"""

from __future__ import annotations

import time

from tests.test_patterns_adversarial import RECOGNIZERS, adversarial_text


def main() -> None:
    text = adversarial_text()
    timings = []
    for recognizer in RECOGNIZERS:
        started = time.perf_counter()
        recognizer.analyze(text, recognizer.supported_entities, None)
        timings.append((time.perf_counter() - started, recognizer.name))
    for seconds, name in sorted(timings, reverse=True):
        print(f"{seconds:7.2f} s  {name}")


if __name__ == "__main__":
    main()
