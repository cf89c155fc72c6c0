"""The run's steps with a detector passed in: a small fake stands in for Presidio and spaCy, so
what the run-wide steps do (propagation, grouping, pseudonyms, placing edits) shows on its own;
and pattern time-outs are reported by the detector call that hit them, never by another's."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from presidio_analyzer import LocalRecognizer

from redactor.detect.engine import DetectInput, Detector, IncompleteScan
from redactor.model import FileStatus, Mention
from redactor.pipeline import Redactor
from redactor.project.config import Settings


@dataclass
class FullNames:
    """Finds "Anton Bykov" and "Marta Kowalczyk" only as full names, like a model that misses
    the lone surname; remembers what it was asked."""

    settings: Settings = field(default_factory=lambda: Settings(ner=False))
    packs: tuple = ()
    keep_terms: tuple = ()
    seen: list[str] = field(default_factory=list)

    def detect(self, items):
        self.seen.extend(item.text for item in items)
        return [[Mention(m.start(), m.end(), "PERSON", 0.9, "fake", m.group())
                 for m in re.finditer(r"Anton Bykov|Marta Kowalczyk", item.text)] for item in items]

    def recognizers(self):
        return []


def test_a_passed_in_detector_drives_the_whole_run(tmp_path):
    (tmp_path / "a.txt").write_text("Anton Bykov drove. Marta Kowalczyk stayed.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Later Bykov called Kowalczyk.\n", encoding="utf-8")
    detector = FullNames()
    redactor = Redactor(detector=detector)
    run = redactor.run([tmp_path])
    assert [f.status for f in run.files] == [FileStatus.SCANNED, FileStatus.SCANNED]
    assert detector.seen == ["Anton Bykov drove. Marta Kowalczyk stayed.\n", "Later Bykov called Kowalczyk.\n"]
    a, b = (redactor.write_redacted(f).decode("utf-8") for f in run.files)
    # The surnames in b.txt were found again from a.txt's full names and joined their entity.
    assert a == "[PERSON 1] drove. [PERSON 2] stayed.\n"
    assert b == "Later [PERSON 1] called [PERSON 2].\n"
    ids = {f.text: f.entity_id for f in run.files[0].findings + run.files[1].findings}
    assert ids["Bykov"] == ids["Anton Bykov"] != ids["Kowalczyk"] == ids["Marta Kowalczyk"]


def test_redactors_sharing_a_detector_keep_their_own_pseudonyms():
    detector = FullNames()
    first, second = Redactor(detector=detector), Redactor(detector=detector)
    assert first.redact("Marta Kowalczyk. Anton Bykov.") == "[PERSON 1]. [PERSON 2]."
    assert second.redact("Anton Bykov. Marta Kowalczyk.") == "[PERSON 1]. [PERSON 2]."


class _Paced(LocalRecognizer):
    """Both detectors are inside ``analyze`` at once; one of them hits a pattern time-out there
    (logged as Presidio logs it) while the other is still running."""

    def __init__(self, barrier: threading.Barrier, times_out: bool, **kwargs) -> None:
        super().__init__(**kwargs)
        self.barrier, self.times_out = barrier, times_out

    def load(self):
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        self.barrier.wait(timeout=30)
        if self.times_out:
            logging.getLogger("presidio-analyzer").warning(
                "Regex pattern '%s' timed out after %s seconds, skipping.", "p", 60)
        self.barrier.wait(timeout=30)
        return []


def test_a_time_out_fails_only_the_call_that_hit_it():
    barrier = threading.Barrier(2)
    settings = Settings(ner=False)
    slow = Detector(settings, [], [_Paced(barrier, True, supported_entities=["X"], name="Slow")], predefined=False)
    quick = Detector(settings, [], [_Paced(barrier, False, supported_entities=["X"], name="Quick")],
                     predefined=False)
    results: dict[str, object] = {}

    def run(name: str, detector: Detector) -> None:
        results[name] = detector.detect([DetectInput("some text")])[0]

    threads = [threading.Thread(target=run, args=("slow", slow)), threading.Thread(target=run, args=("quick", quick))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert isinstance(results["slow"], IncompleteScan)
    assert results["quick"] == []
    # Nothing stays attached to Presidio's logger after the calls.
    assert not [h for h in logging.getLogger("presidio-analyzer").handlers if type(h).__name__ == "_TimeoutWatch"]


def test_text_results_keep_their_place_among_files_that_were_not_scanned(tmp_path):
    (tmp_path / "a.txt").write_text("Anton Bykov.\n", encoding="utf-8")
    (tmp_path / "b.png").write_bytes(b"\x89PNG")
    (tmp_path / "c.txt").write_text("Marta Kowalczyk.\n", encoding="utf-8")
    run = Redactor(detector=FullNames()).run([tmp_path])
    assert [(Path(f.path).name, f.status) for f in run.files] == [
        ("a.txt", "scanned"), ("b.png", "skipped"), ("c.txt", "scanned")]
    assert [len(f.findings) for f in run.files] == [1, 0, 1]


def test_the_first_passs_tables_are_freed_before_the_people_pass(tmp_path, monkeypatch):
    # The confident forms (their automaton and up to 512 compiled patterns, ~9 KiB each) are
    # read by the first run-wide pass only: nothing may hold them while the passes after it and
    # grouping build their own tables (the run's peak memory is there; round 32, speed32).
    import gc
    import weakref

    import redactor.pipeline as pipeline
    from redactor.refine.propagate import ConfidentForms

    (tmp_path / "a.txt").write_text("Anton Bykov drove. Marta Kowalczyk stayed.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Later Bykov called Kowalczyk.\n", encoding="utf-8")
    seen: list[weakref.ref] = []
    alive: list[bool] = []
    learn, tokens = ConfidentForms.learn.__func__, pipeline.person_name_tokens

    def learn_spy(cls, *args, **kwargs):
        forms = learn(cls, *args, **kwargs)
        seen.append(weakref.ref(forms))
        return forms

    def tokens_spy(*args, **kwargs):  # called once the first pass is over
        gc.collect()
        alive.extend(ref() is not None for ref in seen)
        return tokens(*args, **kwargs)

    monkeypatch.setattr(ConfidentForms, "learn", classmethod(learn_spy))
    monkeypatch.setattr(pipeline, "person_name_tokens", tokens_spy)
    redactor = Redactor(detector=FullNames())
    run = redactor.run([tmp_path])
    assert redactor.write_redacted(run.files[1]).decode("utf-8") == "Later [PERSON 1] called [PERSON 2].\n"
    assert alive == [False]
