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

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator, Protocol, Sequence

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
        """Each batch's results, in order; batches spread over the worker processes."""
        batches = list(batches)
        if len(batches) < 2 or self.jobs < 2:
            yield from map(self.detect, batches)
            return
        workers = min(self.jobs, len(batches))
        with ProcessPoolExecutor(workers, initializer=_start_worker,
                                 initargs=(self.build, self.settings, self.extra)) as pool:
            yield from pool.map(_detect_batch, batches)
