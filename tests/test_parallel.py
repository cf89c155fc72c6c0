"""Detection in worker processes (redactor.detect.parallel): byte-identical to one process."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor import pipeline
from redactor.cli import app
from redactor.detect.parallel import ProcessDetector, available_cores

runner = CliRunner()

FIRST = ["Marta", "Oleg", "Irina", "Piotr", "Olena", "Dmitri", "Katarzyna", "Mykola"]
LAST = ["Kowalczyk", "Pankratov", "Sorokina", "Nowak", "Shevchenko", "Volkov", "Bondar", "Lis"]


def _interview(rng: random.Random) -> str:
    a, b = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
    return (f"{a.upper()}: On March {rng.randint(1, 28)} my commander, Captain {b}, took our phones.\n"
            f"REPORTER: Where did they take you?\n"
            f"{a.upper()}: To Gdynia. {b.split()[1]}'s driver called me on "
            f"+48 {rng.randint(500, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}.\n")


@pytest.fixture
def folder(tmp_path) -> Path:
    rng = random.Random(5)
    src = tmp_path / "src"
    (src / "b").mkdir(parents=True)
    for i in range(7):
        (src / ("b" if i % 3 == 0 else "") / f"interview-{i}.txt").write_text(_interview(rng), encoding="utf-8")
    (tmp_path / "redactor.yaml").write_text("threshold: 0.4\n", encoding="utf-8")
    return src


def _redact(folder: Path, out: Path, jobs: int) -> dict[str, bytes]:
    result = runner.invoke(app, ["redact", str(folder), "-o", str(out), "--jobs", str(jobs),
                                 "--config", str(folder.parent / "redactor.yaml")])
    assert result.exit_code == 0, result.output
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_processes_write_byte_identical_outputs_and_report(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_DOCUMENTS", 2)  # seven files: four batches for two workers
    one = _redact(folder, tmp_path / "one", jobs=1)
    two = _redact(folder, tmp_path / "two", jobs=2)
    assert len(one) == 8 and "redaction-report.json" in one
    report = json.loads(one["redaction-report.json"])
    assert report  # a real report, with the run's files
    for name in one:
        if name != "redaction-report.json":
            assert one[name] == two[name], name
            assert b"Kowalczyk" not in one[name] and b"Pankratov" not in one[name]
    # The report names its output folder; apart from that it is the same byte for byte.
    assert one["redaction-report.json"].replace(b"/one", b"/two") == two["redaction-report.json"]


def test_a_single_batch_is_detected_in_the_driver(redactor_default):
    settings = redactor_default.settings
    detector = ProcessDetector(pipeline.build_detector, settings, jobs=4)
    assert detector.keep_terms == redactor_default.detector.keep_terms
    found = list(detector.detect_batches([[pipeline.DetectInput("Marta Kowalczyk called from Gdynia.")]]))
    assert [(m.text, m.entity_type) for m in found[0][0]] == [("Marta Kowalczyk", "PERSON"), ("Gdynia", "LOCATION")]
    assert available_cores() >= 1


def test_a_local_dask_cluster_writes_the_same_bytes(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_DOCUMENTS", 2)
    one = _redact(folder, tmp_path / "one", jobs=1)
    result = runner.invoke(app, ["redact", str(folder), "-o", str(tmp_path / "dask"), "--dask", "local",
                                 "--jobs", "2", "--config", str(folder.parent / "redactor.yaml")])
    assert result.exit_code == 0, result.output
    out = tmp_path / "dask"
    on_dask = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert set(on_dask) == set(one)
    for name in one:
        if name != "redaction-report.json":
            assert on_dask[name] == one[name], name
    assert one["redaction-report.json"].replace(b"/one", b"/dask") == on_dask["redaction-report.json"]


def test_the_driver_takes_batches_when_the_workers_have_enough_and_the_order_holds():
    from concurrent.futures import Future

    from redactor.detect.parallel import shared

    class Worker(Future):
        """A worker's batch: finished when the driver finishes one of its own, or when awaited."""

        def __init__(self, batch):
            super().__init__()
            self.batch = batch

        def result(self, timeout=None):
            if not self.done():
                self.set_result([f"worker {self.batch[0]}"])
            return super().result(timeout)

    queued: list[Worker] = []
    held: list[int] = []

    def submit(batch):
        queued.append(Worker(batch))
        return queued[-1]

    def detect(batch):
        held.append(sum(1 for w in queued if not w.done()))
        next(w for w in queued if not w.done()).result()  # the worker finished one meanwhile
        return [f"driver {batch[0]}"]

    out = list(shared(detect, submit, [[n] for n in range(8)], window=2))
    assert out == [["worker 0"], ["worker 1"], ["driver 2"], ["worker 3"], ["driver 4"], ["worker 5"],
                   ["driver 6"], ["worker 7"]]
    assert held == [2, 2, 2]  # the driver only detects while two batches wait for the worker


def _where(item: int) -> tuple[int, int]:
    import os

    return item * item, os.getpid()


def test_a_run_wide_step_is_shared_with_a_forked_worker_in_order():
    import os

    from redactor.detect.parallel import forked_map

    out = list(forked_map(_where, list(range(9)), jobs=2, chunk=2))
    assert [square for square, _ in out] == [n * n for n in range(9)]
    assert {pid for _, pid in out} - {os.getpid()}  # some chunks were done in the worker
    # one job, or a single chunk: all of it here
    assert {pid for _, pid in forked_map(_where, [1, 2, 3], jobs=2, chunk=8)} == {os.getpid()}
    assert {pid for _, pid in forked_map(_where, list(range(9)), jobs=1, chunk=2)} == {os.getpid()}


def test_the_refine_passes_run_in_the_workers_with_the_same_findings(folder, tmp_path, monkeypatch):
    """The run-wide passes (found again, people, values again) over each file are shared with a
    forked worker, and every finding is the one a single process finds."""
    import os

    from redactor.project.config import load_settings

    monkeypatch.setattr(pipeline, "BATCH_DOCUMENTS", 2)
    settings = load_settings(folder.parent / "redactor.yaml")
    log = tmp_path / "pids"
    refine_people = pipeline.Redactor._refine_people

    def logged(self, doc, *args):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return refine_people(self, doc, *args)

    monkeypatch.setattr(pipeline.Redactor, "_refine_people", logged)
    paths = sorted(folder.rglob("*.txt"))

    def findings(detector) -> list[tuple]:
        run = pipeline.Redactor(settings, detector=detector).run(paths)
        return [(str(r.path), f.start, f.end, f.entity_type, f.replacement, f.text) for r in run.files
                for f in r.findings]

    two = findings(ProcessDetector(pipeline.build_detector, settings, jobs=2))
    pids = log.read_text().split()
    assert len(pids) == 7 and set(pids) - {str(os.getpid())}
    one = findings(pipeline.build_detector(settings))
    assert two == one and any(t[3] == "PERSON" for t in one)


def test_the_driver_releases_the_mapped_tables_before_each_batch_it_detects(redactor_default, monkeypatch):
    """The driver's own batches (the first document, the rest of the first batch, the others on
    one job) each start with the mapped tables' pages dropped (``release_mapped``), so spaCy's
    pass over a batch does not come on top of them; what is found is the same."""
    from redactor.detect import parallel

    settings = redactor_default.settings
    detector = ProcessDetector(pipeline.build_detector, settings, jobs=1)
    detector._local = redactor_default.detector  # the session's detector (no second spaCy load)
    events: list[str] = []
    monkeypatch.setattr(parallel, "release_mapped", lambda: events.append("release"))
    detect = detector.detect
    monkeypatch.setattr(detector, "detect", lambda items: events.append(f"detect {len(items)}") or detect(items))
    texts = [[pipeline.DetectInput("Marta Kowalczyk called from Gdynia."), pipeline.DetectInput("Oleg Volkov.")],
             [pipeline.DetectInput("Irina Lis left Tver.")]]
    found = list(detector.detect_batches(texts))
    assert events == ["release", "detect 1", "release", "detect 1", "release", "detect 1"]
    assert [[(m.text, m.entity_type) for m in doc] for batch in found for doc in batch] == [
        [("Marta Kowalczyk", "PERSON"), ("Gdynia", "LOCATION")], [("Oleg Volkov", "PERSON")],
        [("Irina Lis", "PERSON"), ("Tver", "LOCATION")]]


def test_one_job_releases_the_mapped_tables_before_each_batch_too(redactor_default, monkeypatch):
    """With one job the run's own process detects every batch: each starts with the mapped
    tables' pages dropped, as the driver's do, and the findings are the same."""
    from redactor.detect import engine

    events: list[str] = []
    monkeypatch.setattr(pipeline, "BATCH_DOCUMENTS", 2)
    monkeypatch.setattr(engine, "release_mapped", lambda: events.append("release"))
    detect = redactor_default.detector.detect
    monkeypatch.setattr(redactor_default.detector, "detect",
                        lambda items: events.append(f"detect {len(items)}") or detect(items))
    texts = ["Marta Kowalczyk called from Gdynia.", "Oleg Volkov.", "Irina Lis left Tver."]
    results = redactor_default.run_results([pipeline._text_result(t) for t in texts])
    assert events == ["release", "detect 2", "release", "detect 1"]
    assert [[(f.text, f.entity_type) for f in r.findings] for r in results] == [
        [("Marta Kowalczyk", "PERSON"), ("Gdynia", "LOCATION")], [("Oleg Volkov", "PERSON")],
        [("Irina Lis", "PERSON"), ("Tver", "LOCATION")]]


def test_the_mapped_tables_are_released_before_grouping(redactor_default, monkeypatch):
    """After the run-wide passes (which read the tables again) and before grouping, which comes
    on top of all the run's states, the mapped tables' pages are dropped once; the findings
    are the same."""
    from redactor.detect import engine

    events: list[str] = []
    monkeypatch.setattr(engine, "release_mapped", lambda: events.append("release before a batch"))
    monkeypatch.setattr(pipeline, "release_mapped", lambda: events.append("release"))
    group = redactor_default.group
    monkeypatch.setattr(redactor_default, "group", lambda documents: events.append("group") or group(documents))
    results = redactor_default.run_results([pipeline._text_result("Marta Kowalczyk called from Gdynia.")])
    assert events == ["release before a batch", "release", "group"]
    assert [(f.text, f.entity_type) for f in results[0].findings] == [("Marta Kowalczyk", "PERSON"),
                                                                       ("Gdynia", "LOCATION")]
