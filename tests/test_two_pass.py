"""Two passes over a run's files (redactor.pipeline, redactor.inputs): between them the run holds
mentions and digests, never a document's text; a file that changes between them fails."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from redactor import pipeline
from redactor.inputs import CHANGED, RunInputs
from redactor.model import Detected, FileStatus

# Each file's filler sentence is long and its own: if any part of the plan held a text (or a
# piece, a line, an output), one of these would be found in it.
FILLER = "The corridor outside room {n} smelled of boiled cabbage and wet wool all through that winter."

INTERVIEW = (
    "REPORTER: Who called you that night?\n"
    "SOURCE: Oleg Pankratov called me from Gdynia on +48 601 234 567.\n"
    "SOURCE: {filler}\n"
    "SOURCE: Pankratov said the trucks would leave on March {day}.\n"
)


def _write_folder(folder: Path, files: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(files):
        path = folder / f"interview-{n:02}.txt"
        path.write_text(INTERVIEW.format(filler=FILLER.format(n=100 + n), day=1 + n % 28), encoding="utf-8")
        paths.append(path)
    return paths


def _strings(obj, seen: set[int] | None = None):
    """Every string reachable from ``obj`` through dataclasses, tuples, lists, sets and dicts."""
    seen = seen if seen is not None else set()
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _strings(getattr(obj, f.name), seen)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from _strings(key, seen)
            yield from _strings(value, seen)
    elif isinstance(obj, (tuple, list, set, frozenset)):
        for item in obj:
            yield from _strings(item, seen)


def test_the_plan_between_the_passes_holds_mentions_not_texts(make_redactor, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_DOCUMENTS", 4)  # 30 files: eight batches
    paths = _write_folder(tmp_path / "src", 30)
    redactor = make_redactor()
    plan = redactor.plan(RunInputs(paths))

    assert all(isinstance(s, Detected) for s in plan.states)
    assert [s.path for s in plan.states] == paths
    held = list(_strings(plan))
    for n in range(30):
        assert not any(FILLER.format(n=100 + n)[:40] in s for s in held)
    assert not any("smelled" in s or "REPORTER" in s for s in held)
    # What it does hold: each file's mentions as found, on the right offsets.
    first = plan.states[0]
    assert isinstance(first, Detected)
    text = paths[0].read_text(encoding="utf-8")
    found = {(m.text, m.entity_type) for m in first.mentions if m.score >= redactor.settings.threshold}
    assert {("Oleg Pankratov", "PERSON"), ("Pankratov", "PERSON"), ("Gdynia", "LOCATION"),
            ("+48 601 234 567", "PHONE")} <= found
    assert all(text[m.start:m.end] == m.text for m in first.mentions)
    assert max(len(s) for s in held) < 70  # a digest (64) is the longest thing kept


def test_redact_files_writes_what_the_in_memory_run_renders(make_redactor, tmp_path):
    paths = _write_folder(tmp_path / "src", 5)
    in_memory = make_redactor().run([tmp_path / "src"])
    expected = {f.path.name: make_redactor().write_redacted(f) for f in in_memory.files}
    streamed = make_redactor().redact_files([tmp_path / "src"], tmp_path / "out")

    assert streamed.exit_code == 0
    assert {p.name: (tmp_path / "out" / p.name).read_bytes() for p in paths} == expected
    assert b"Pankratov" not in b"".join(expected.values())
    # The report's findings are the in-memory run's, without their text.
    assert [[(x.start, x.end, x.replacement) for x in f.findings] for f in streamed.files] == \
        [[(x.start, x.end, x.replacement) for x in f.findings] for f in in_memory.files]
    assert all(x.text == "" for f in streamed.files for x in f.findings)


def test_compact_run_keeps_the_findings_without_text(make_redactor, tmp_path):
    _write_folder(tmp_path / "src", 3)
    full = make_redactor().run([tmp_path / "src"])
    compact = make_redactor().run([tmp_path / "src"], keep_text=False)

    assert [[dataclasses.replace(x, text="") for x in f.findings] for f in full.files] == \
        [list(f.findings) for f in compact.files]
    assert all(f.document is not None and f.document.text == "" and f.document.format == "text"
               for f in compact.files)


def test_a_file_changed_between_the_passes_fails_and_is_not_written(make_redactor, tmp_path):
    paths = _write_folder(tmp_path / "src", 3)
    changed = paths[1]

    def edit_after_detection(done: int, total: int, words: int) -> None:
        # Pass 1 is over (one batch); an editor saves the file before the run reads it again.
        changed.write_text("SOURCE: Oleg Pankratov moved to Gdansk.\n" + changed.read_text(encoding="utf-8"),
                           encoding="utf-8")

    run = make_redactor().redact_files([tmp_path / "src"], tmp_path / "out", progress=edit_after_detection)

    states = {f.path.name: (f.status, f.reason) for f in run.files}
    assert states == {"interview-00.txt": (FileStatus.SCANNED, ""),
                      "interview-01.txt": (FileStatus.FAILED, CHANGED),
                      "interview-02.txt": (FileStatus.SCANNED, "")}
    assert run.exit_code == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        ["interview-00.txt", "interview-02.txt", "redaction-report.json"]
    assert "Pankratov" not in (tmp_path / "out" / "redaction-report.json").read_text(encoding="utf-8")


def test_a_file_changed_between_the_passes_fails_in_place_too(make_redactor, tmp_path):
    paths = _write_folder(tmp_path / "src", 2)
    originals = [p.read_bytes() for p in paths]

    def edit_after_detection(done: int, total: int, words: int) -> None:
        paths[0].write_text("SOURCE: nothing to see.\n", encoding="utf-8")

    run = make_redactor().redact_files([tmp_path / "src"], in_place=True, progress=edit_after_detection)

    assert [(f.status, f.reason) for f in run.files] == [(FileStatus.FAILED, CHANGED), (FileStatus.SCANNED, "")]
    assert paths[0].read_text(encoding="utf-8") == "SOURCE: nothing to see.\n"  # not edited blindly
    assert paths[1].read_bytes() != originals[1] and b"Pankratov" not in paths[1].read_bytes()
    assert (tmp_path / "src" / "interview-01.txt.orig").read_bytes() == originals[1]


def test_held_mentions_share_one_form_across_files_and_keep_their_offsets():
    from pathlib import Path

    from redactor.model import Mention

    def mention(start: int, score: float, entity_type: str = "PERSON", text: str = "Oleg Pankratov") -> Mention:
        # strings and numbers built at run time, as detection makes them: distinct objects
        return Mention(int(str(start)), int(str(start + len(text))), entity_type, score, "model", "".join(text))

    first_forms, first_offsets = pipeline.held([mention(1000, 0.85), mention(2000, 1.0)])
    second_forms, second_offsets = pipeline.held([mention(1000, float("0.85")), mention(3000, 1.0),
                                                  mention(40, 0.85, "LOCATION"), mention(50, 0.85, text="Oleg")])
    # one object for a form however many files say it; another type, text or score is another form
    assert first_forms[0] is second_forms[0] and first_forms[1] is second_forms[1]
    assert len({id(f) for f in [*first_forms, *second_forms]}) == 4
    assert second_forms[2].entity_type == "LOCATION" and second_forms[3].text == "Oleg"
    assert list(first_offsets) == [1000, 1014, 2000, 2014]
    # a score of 1.0 stays a float; forms carry no offsets
    assert type(first_forms[1].score) is float and (first_forms[0].start, first_forms[0].end) == (0, 0)

    state = Detected(index=0, path=Path("a.txt"), digest="", forms=second_forms, offsets=second_offsets)
    assert state.mentions == (Mention(1000, 1014, "PERSON", 0.85, "model", "Oleg Pankratov"),
                              Mention(3000, 3014, "PERSON", 1.0, "model", "Oleg Pankratov"),
                              Mention(40, 54, "LOCATION", 0.85, "model", "Oleg Pankratov"),
                              Mention(50, 54, "PERSON", 0.85, "model", "Oleg"))
    assert Detected(index=1, path=Path("b.txt"), digest="").mentions == ()
