"""Detection as Dask tasks, on an existing cluster or a local one (``--dask``).

The same batches as one process (see ``redactor.detect.parallel``), so the same results, byte for
byte.  Each worker builds the run's detector once, in a worker plugin; only the settings, the
extra recognizers and the texts are shipped, never the pseudonym table or the vault's key: the
run-wide steps and the vault stay on the driver.  Imported only when ``--dask`` is given.
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import Iterable, Iterator, Sequence, cast

from distributed import Client, LocalCluster, get_worker
from distributed.diagnostics.plugin import WorkerPlugin
from presidio_analyzer import EntityRecognizer

from redactor.detect.engine import DetectInput, Detector
from redactor.detect.parallel import IN_FLIGHT_PER_WORKER, Build, Found, ProcessDetector, in_order
from redactor.errors import ExitCode, RedactorError
from redactor.project.config import Settings


class _DetectorPlugin(WorkerPlugin):
    """A Dask worker plugin: builds the run's detector once in each worker process."""

    def __init__(self, build: Build, settings: Settings, extra: Sequence[EntityRecognizer]) -> None:
        self.build, self.settings, self.extra = build, settings, tuple(extra)
        self.detector: Detector | None = None

    def setup(self, worker) -> None:
        self.detector = self.build(self.settings, self.extra)


def _plugin_name(settings: Settings) -> str:
    return "redactor-detector-" + hashlib.sha256(settings.model_dump_json().encode()).hexdigest()[:16]


def _detect_on_worker(items: Sequence[DetectInput], plugin: str) -> Found:
    detector = cast(_DetectorPlugin, get_worker().plugins[plugin]).detector
    assert detector is not None  # set by the plugin's setup, before any task runs
    return detector.detect(items)


class DaskDetector(ProcessDetector):
    """A detector whose batches are Dask tasks: on an existing cluster (a scheduler address) or,
    for ``local``, on a ``LocalCluster`` of ``jobs`` single-threaded worker processes.

    The same batches as one process, so the same results; each worker builds the detector once
    (a worker plugin).  Workers need redactor, the model and the packs installed; only the
    settings and the texts are shipped, never the pseudonym table or the vault's key.
    """

    def __init__(self, build: Build, settings: Settings, extra_recognizers: Sequence[EntityRecognizer] = (),
                 jobs: int = 2, address: str = "local") -> None:
        super().__init__(build, settings, extra_recognizers, jobs)
        self.address = address

    @contextlib.contextmanager
    def _client(self):
        if self.address == "local":
            with LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                yield client
            return
        try:
            client = Client(self.address, timeout=30)
        except (OSError, TimeoutError) as exc:
            raise RedactorError(f"cannot reach the Dask scheduler at {self.address} ({type(exc).__name__})",
                                ExitCode.USAGE) from None
        with client:
            yield client

    def detect_batches(self, batches: Iterable[Sequence[DetectInput]]) -> Iterator[Found]:
        """Each batch's results, in order; a few batches per worker in flight at a time."""
        with self._client() as client:
            plugin = _plugin_name(self.settings)
            client.register_plugin(_DetectorPlugin(self.build, self.settings, self.extra), name=plugin)
            workers = max(len(client.scheduler_info().get("workers", {})), self.jobs)
            yield from in_order(lambda batch: client.submit(_detect_on_worker, batch, plugin=plugin, pure=False),
                                batches, IN_FLIGHT_PER_WORKER * workers)
