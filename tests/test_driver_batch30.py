"""The driver detects its share of a run's batches a few documents at a time (issue 15)."""

from __future__ import annotations

from redactor.detect.engine import NLP_BATCH, DetectInput
from redactor.detect.parallel import DRIVER_BATCH, ProcessDetector


class _Recording:
    """A detector that answers each document with its own text and records what it read at once."""

    def __init__(self) -> None:
        self.reads: list[int] = []

    def detect(self, items):
        self.reads.append(len(items))
        return [[item.text] for item in items]


def _driver(recording: _Recording) -> ProcessDetector:
    detector = ProcessDetector.__new__(ProcessDetector)
    detector._local = recording
    return detector


def test_the_driver_reads_a_worker_batch_in_smaller_pieces_in_order():
    recording = _Recording()
    texts = [f"Q: Where did Dana Whitfield live in 20{n:02}?" for n in range(8)]
    found = _driver(recording)._detect_here([DetectInput(text) for text in texts])
    assert found == [[text] for text in texts]
    assert recording.reads == [DRIVER_BATCH] * (8 // DRIVER_BATCH)
    assert DRIVER_BATCH < NLP_BATCH


def test_a_short_batch_is_one_read_and_an_empty_one_none():
    recording = _Recording()
    one = [DetectInput("A: My neighbour Tomas Ferreira drove me to the clinic.")]
    assert _driver(recording)._detect_here(one) == [[one[0].text]]
    assert _driver(recording)._detect_here([]) == []
    assert recording.reads == [1]
