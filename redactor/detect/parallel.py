"""Detection in several processes or on a Dask cluster: the same batches, so the same results.

Detection is the costly step of a run and each document's is independent of the others.  The
pipeline cuts the run into batches of documents (``redactor.pipeline.BATCH_DOCUMENTS``); here
each batch goes whole to one worker process, so every document is analysed in the same company
whatever the number of workers, and ``--jobs 1`` and ``--jobs N`` give byte-identical results.
Each worker builds its detector once (spaCy loads once per process) from the settings and extra
recognizers the driver ships; the pseudonym table and the vault never leave the driver.  A run of
a single batch is detected in the driver itself: starting workers would cost more than it saves.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

from presidio_analyzer import EntityRecognizer

from redactor.detect.engine import DetectInput, Detector, IncompleteScan, keep_terms
from redactor.detect.packs import RulePack, load_packs
from redactor.model import Mention
from redactor.project.config import Settings

Found = list[list[Mention] | IncompleteScan]

# The detector of a worker process, built by ``_start_worker`` in that process (never in the driver).
_worker_detector: list[Detector] = []


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity), at least one."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Build(Protocol):
    """How a detector is built from the settings, extra recognizers and, when already loaded,
    the rule packs (``redactor.pipeline.build_detector``)."""

    def __call__(self, settings: Settings, extra_recognizers: Sequence[EntityRecognizer] = (),
                 packs: Sequence[RulePack] | None = None) -> Detector: ...


def _start_worker(build: Build, settings: Settings, extra: Sequence[EntityRecognizer]) -> None:
    _worker_detector[:] = [build(settings, extra)]


def _detect_batch(items: Sequence[DetectInput]) -> Found:
    return _worker_detector[0].detect(items)


class ProcessDetector:
    """A detector whose batches run in ``jobs`` worker processes (the pipeline's ``DetectorLike``)."""

    def __init__(self, build: Build, settings: Settings, extra_recognizers: Sequence[EntityRecognizer] = (),
                 jobs: int = 2) -> None:
        self.build = build
        self.settings = settings
        self.extra = tuple(extra_recognizers)
        self.jobs = max(jobs, 1)
        self.packs: tuple[RulePack, ...] = tuple(load_packs(settings.packs, settings.base_dir))
        self.keep_terms = keep_terms(self.packs, settings)
        self._local: Detector | None = None

    def _local_detector(self) -> Detector:
        if self._local is None:
            self._local = self.build(self.settings, self.extra, self.packs)  # packs loaded once
        return self._local

    def recognizers(self) -> list[EntityRecognizer]:
        return self._local_detector().recognizers()

    def detect(self, items: Sequence[DetectInput]) -> Found:
        return self._local_detector().detect(items)

    def detect_batches(self, batches: Iterable[Sequence[DetectInput]]) -> Iterator[Found]:
        """Each batch's results, in order; batches spread over the worker processes.  Only a
        few batches are in flight at a time, so the run's texts are never all held at once."""
        batches = iter(batches)
        first = list(itertools.islice(batches, 2))
        if len(first) < 2 or self.jobs < 2:
            yield from map(self.detect, itertools.chain(first, batches))
            return
        with ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                 initargs=(self.build, self.settings, self.extra)) as pool:
            yield from in_order(lambda batch: pool.submit(_detect_batch, batch),
                                itertools.chain(first, batches), IN_FLIGHT_PER_WORKER * self.jobs)


# Batches queued per worker: enough to keep each busy, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 2


def in_order(submit: Callable[[Sequence[DetectInput]], Any], batches: Iterable[Sequence[DetectInput]],
             window: int) -> Iterator[Found]:
    """The results of ``submit(batch)`` (a future) for each batch, in the batches' order, with
    at most ``window`` batches submitted and not yet returned."""
    waiting: deque = deque()
    for batch in batches:
        waiting.append(submit(batch))
        if len(waiting) >= window:
            yield waiting.popleft().result()
    while waiting:
        yield waiting.popleft().result()
