"""Detection in several processes or on a Dask cluster: the same batches, so the same results.

Detection is the costly step of a run and each document's is independent of the others.  The
pipeline cuts the run into batches of documents (``redactor.pipeline.BATCH_DOCUMENTS``); here
each batch goes whole to one process.  What is found in a document does not depend on the
documents beside it in its batch (spaCy's network reads each text on its own), so ``--jobs 1``
and ``--jobs N`` give byte-identical results.  The driver is one of the N: it builds the
detector, detects the first document (which compiles what detection compiles on first use),
then forks N-1 workers that inherit that detector
copy-on-write (no second import, model load or pattern compile) and detects a batch itself
whenever the workers already have enough queued.  Without ``fork`` (Windows) each worker builds
its detector once from the settings and extra recognizers the driver ships.  The pseudonym
table and the vault never leave the driver.  A run of a single batch starts no worker.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import multiprocessing.context
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence, TypeVar

from presidio_analyzer import EntityRecognizer

from redactor.detect.engine import DetectInput, Detector, IncompleteScan, keep_terms
from redactor.detect.packs import RulePack, load_packs
from redactor.model import Mention
from redactor.project.config import Settings
from redactor.project.files import release_mapped

Found = list[list[Mention] | IncompleteScan]
Item = TypeVar("Item")
Done = TypeVar("Done")
Batch = TypeVar("Batch")
Result = TypeVar("Result")

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


def _adopt_detector(detector: Detector) -> None:
    """A forked worker's detector: the driver's own, already built and used (shared pages)."""
    _worker_detector[:] = [detector]


def _detect_batch(items: Sequence[DetectInput]) -> Found:
    return _worker_detector[0].detect(items)


def _fork_context() -> multiprocessing.context.BaseContext | None:
    """The ``fork`` start method where the platform has it (Linux, macOS), else None."""
    try:
        return multiprocessing.get_context("fork")
    except ValueError:  # Windows
        return None


class ProcessDetector:
    """A detector whose batches run in ``jobs`` processes (the pipeline's ``DetectorLike``).

    The driver is one of them.  It builds the detector and detects in the first document itself,
    which also compiles what detection compiles on first use (patterns, tables); then it forks
    ``jobs - 1`` workers that inherit that detector (copy-on-write: no second import, model
    load or pattern compile) and keeps detecting batches itself whenever the workers already
    have enough queued.  Where ``fork`` is missing each worker builds its own detector."""

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

    def _detect_here(self, items: Sequence[DetectInput]) -> Found:
        """A batch of the run detected in the driver, which holds more than a worker (the run's
        states, the pages of every table it has read): the mapped tables' pages are dropped
        first (``release_mapped``), so spaCy's pass over the batch (+18 MiB) does not come on
        top of them; the batch's lookups map back what they read."""
        release_mapped()
        return self.detect(items)

    def spread(self, work: Callable[[Item], Done], items: Sequence[Item], chunk: int) -> Iterator[Done]:
        """``work`` over each of ``items``, in order, here and in ``jobs - 1`` forked workers
        (``forked_map``): the run-wide steps' work on each file, once their tables are made."""
        return forked_map(work, items, self.jobs, chunk)

    def detect_batches(self, batches: Iterable[Sequence[DetectInput]]) -> Iterator[Found]:
        """Each batch's results, in order; batches shared between the driver and the worker
        processes.  Only a few batches are in flight at a time, so the run's texts are never
        all held at once."""
        batches = iter(batches)
        first = next(batches, None)
        if first is None:
            return
        # The driver's detector warms up on one document before any fork (that compiles what
        # detection compiles on first use), so the other processes start after one document,
        # not after a whole batch; the rest of the first batch is shared like any other.
        head = self._detect_here(first[:1])
        remainder = [first[1:]] if len(first) > 1 else []
        rest = list(itertools.islice(batches, 1))
        found: Iterator[Found]
        if not rest or self.jobs < 2:
            found = map(self._detect_here, itertools.chain(remainder, rest, batches))
        else:
            found = self._spread(itertools.chain(remainder, rest, batches))
        yield head + next(found) if remainder else head
        yield from found

    def _spread(self, batches: Iterator[Sequence[DetectInput]]) -> Iterator[Found]:
        """The results of ``batches``, in order, detected here and in ``jobs - 1`` workers."""
        context = _fork_context()
        if context is None:
            with ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                     initargs=(self.build, self.settings, self.extra)) as pool:
                yield from in_order(lambda batch: pool.submit(_detect_batch, batch), batches,
                                    IN_FLIGHT_PER_WORKER * self.jobs)
            return
        # Forked, the initializer's arguments are inherited, not pickled.  What the driver holds
        # now (model, tables, compiled patterns) lives as long as the run: frozen, the collector
        # never walks it again here or in a worker, so its pages stay shared with the workers
        # instead of being copied when a collection writes to them.
        gc.collect()
        gc.freeze()
        with ProcessPoolExecutor(self.jobs - 1, mp_context=context, initializer=_adopt_detector,
                                 initargs=(self._local_detector(),)) as pool:
            yield from shared(self._detect_here, lambda batch: pool.submit(_detect_batch, batch), batches,
                              IN_FLIGHT_PER_WORKER * (self.jobs - 1))


# Batches queued per worker: enough to keep each busy, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 2

# What a worker forked by ``forked_map`` does with each item, set in the driver before the fork.
_forked_work: list[Callable[[Any], Any]] = []


def _work_forked(items: Sequence[Any]) -> list[Any]:
    return [_forked_work[0](item) for item in items]


def forked_map(work: Callable[[Item], Done], items: Sequence[Item], jobs: int, chunk: int) -> Iterator[Done]:
    """``work(item)`` for each of ``items``, in order; in chunks of ``chunk`` items shared, as
    detection's batches are (``shared``), between this process and ``jobs - 1`` workers forked
    now, which inherit ``work`` and all it reads (a run-wide table, the run's states) instead
    of receiving them pickled; only the items' results come back.  Without ``fork``, with one
    job or with a single chunk, all of it here."""
    context = _fork_context()
    chunks = [items[k:k + chunk] for k in range(0, len(items), max(chunk, 1))]
    if context is None or jobs < 2 or len(chunks) < 2:
        yield from map(work, items)
        return
    _forked_work[:] = [work]
    gc.collect()
    gc.freeze()  # as for detection: the driver's objects stay shared with the workers
    try:
        with ProcessPoolExecutor(jobs - 1, mp_context=context) as pool:
            for done in shared(lambda part: [work(item) for item in part],
                               lambda part: pool.submit(_work_forked, part), chunks,
                               IN_FLIGHT_PER_WORKER * (jobs - 1)):
                yield from done
    finally:
        _forked_work.clear()


def shared(detect: Callable[[Batch], Result], submit: Callable[[Batch], Future],
           batches: Iterable[Batch], window: int) -> Iterator[Result]:
    """The results of each batch, in the batches' order: a batch goes to the workers
    (``submit``) while fewer than ``window`` of theirs are unfinished, else it is detected here.
    At most ``2 * window`` batches are held, submitted or detected and not yet returned."""
    waiting: deque[Future | Result] = deque()

    def head_ready() -> bool:
        return bool(waiting) and (not isinstance(waiting[0], Future) or waiting[0].done())

    def take() -> Result:
        head = waiting.popleft()
        return head.result() if isinstance(head, Future) else head

    for batch in batches:
        busy = sum(1 for w in waiting if isinstance(w, Future) and not w.done())
        waiting.append(submit(batch) if busy < window else detect(batch))
        while head_ready() or len(waiting) >= 2 * window:
            yield take()
    while waiting:
        yield take()


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
