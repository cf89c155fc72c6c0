"""Every built-in recognizer and rule pack on 1 MB of text made to trip regular expressions.

Runs of spaces after a letter, "jan dot " said ten thousand times, long chains of hyphens,
dots, digits and at signs, a word of 100,000 letters, combining marks: the shapes that make a
backtracking pattern quadratic.  Each recognizer must finish without an exception, and the
real values planted after the noise must be found exactly as in the sample on its own (the
noise changes nothing about them).  How long each takes is measured in bench/, not here.
"""

from __future__ import annotations

import pytest

from redactor.pipeline import Redactor
from redactor.project.config import Settings, Source

SAMPLE = ("\nWrite to jan dot novak at proton dot me or anna@example.org, call +44 20 7946 0958, "
          "spelled K-O-V-A-C, Kovac. Anton Bykov served in unit 40512 near Rossosh.\n")
_BLOCKS = (
    "a" + " " * 60_000,
    "jan dot " * 10_000,
    "a-" * 40_000,
    "x." * 40_000,
    "1 " * 40_000,
    "@" * 50_000,
    "b" * 100_000,
    "k o v a c " * 8_000,
    "+" + "1 " * 30_000,
    "e\u0301" * 30_000,
    "\n" * 30_000,
    "Anton " * 10_000,
    "at " * 20_000,
    "http://" * 8_000,
    "0" * 60_000 + "-",
    "Mr. " * 15_000,
)


def adversarial_text() -> str:
    """About 1 MB of noise, each block set apart by a full stop, then the sample."""
    noise = " .\n".join(_BLOCKS)
    return (noise * (1_000_000 // len(noise) + 1))[:1_000_000] + SAMPLE


def _recognizers():
    settings = Settings(ner=False, sources=(Source(label="A", names=("Anton Bykov",), details=("unit 40512",)),),
                        always=("Rossosh",))
    redactor = Redactor(settings)
    return [r for r in redactor.recognizers() if r.name != "SpacyRecognizer"]


RECOGNIZERS = _recognizers()


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=[r.name for r in RECOGNIZERS])
def test_a_recognizer_survives_a_megabyte_of_noise_and_still_finds_the_sample(recognizer):
    text = adversarial_text()
    offset = len(text) - len(SAMPLE)
    found = recognizer.analyze(text, recognizer.supported_entities, None)
    assert all(0 <= r.start < r.end <= len(text) for r in found)
    alone = recognizer.analyze(SAMPLE, recognizer.supported_entities, None)
    in_sample = sorted((r.start - offset, r.end - offset, r.entity_type) for r in found if r.start >= offset)
    assert in_sample == sorted((r.start, r.end, r.entity_type) for r in alone)
