"""Decisions from the review page: the file format, its validation and how apply changes mentions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redactor.errors import ExitCode, RedactorError
from redactor.model import Mention
from redactor.refine.decisions import (
    Decisions,
    file_id,
    finding_fingerprint,
    fingerprint_mentions,
    key_check,
    load_decisions,
    occurrence_indices,
    span_fingerprint,
    span_key,
)

KEY = b"test-project-key"
TEXT = "Marta Kowalczyk called from Kharkiv. Later marta kowalczyk's brother called from Kharkiv."


def mention(text: str, value: str, entity_type: str, nth: int = 0, score: float = 0.85,
            detector: str = "SpacyRecognizer") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Mention(start=start, end=start + len(value), entity_type=entity_type, score=score,
                   detector=detector, text=value)


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "redactor.yaml").write_text("threshold: 0.4\n", encoding="utf-8")
    folder = tmp_path / "interviews"
    folder.mkdir()
    path = folder / "marta.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return path


def mentions() -> list[Mention]:
    return [
        mention(TEXT, "Marta Kowalczyk", "PERSON"),
        mention(TEXT, "Kharkiv", "LOCATION"),
        mention(TEXT, "marta kowalczyk", "PERSON"),
        mention(TEXT, "Kharkiv", "LOCATION", nth=1, score=0.3),
    ]


def write(path: Path, entries: list[dict], key: bytes = KEY, **extra) -> Path:
    data = {"format": "redactor-decisions", "version": 1, "key_check": key_check(key),
            "decisions": entries, **extra}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def finding_entry(fid: str, action: str, m: Mention, occurrence: int, key: bytes = KEY) -> dict:
    return {"action": action, "file": fid, "entity_type": m.entity_type,
            "finding": finding_fingerprint(key, fid, m.entity_type, m.text, occurrence)}


def span_entry(fid: str, start: int, end: int, text: str, entity_type: str = "PERSON") -> dict:
    return {"action": "add", "file": fid, "start": start, "end": end, "entity_type": entity_type,
            "text": span_fingerprint(span_key(KEY, fid), text)}


# -- the scheme ------------------------------------------------------------------------------

def test_file_id_is_relative_to_the_project_root_even_from_a_subfolder(project, monkeypatch):
    assert file_id(project) == "interviews/marta.txt"
    monkeypatch.chdir(project.parent)
    assert file_id(Path("marta.txt")) == "interviews/marta.txt"


def test_file_id_without_a_project_is_relative_to_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert file_id(Path("a/b.txt")) == "a/b.txt"
    assert file_id(tmp_path / "a" / "b.txt") == "a/b.txt"


def test_occurrence_index_counts_equal_values_of_one_type_in_text_order():
    spans = [(50, 57, "LOCATION", "Kharkiv"), (0, 15, "PERSON", "Marta Kowalczyk"),
             (28, 35, "LOCATION", "KHARKIV"), (43, 58, "PERSON", "marta  kowalczyk's"),
             (60, 67, "ORGANIZATION", "Kharkiv")]
    assert occurrence_indices(spans) == [1, 0, 0, 1, 0]


def test_fingerprints_are_keyed_and_name_no_value():
    a = finding_fingerprint(KEY, "f.txt", "PERSON", "Marta", 0)
    assert a == finding_fingerprint(KEY, "f.txt", "PERSON", "MARTA's", 0)
    assert a != finding_fingerprint(b"other key", "f.txt", "PERSON", "Marta", 0)
    assert a != finding_fingerprint(KEY, "f.txt", "PERSON", "Marta", 1)
    assert a != finding_fingerprint(KEY, "g.txt", "PERSON", "Marta", 0)
    assert "marta" not in a and len(a) == 64


# -- apply -----------------------------------------------------------------------------------

def test_reject_drops_accept_confirms_and_the_rest_is_untouched(project):
    found = mentions()
    fid = "interviews/marta.txt"
    path = write(project.parent / "d.json", [
        finding_entry(fid, "reject", found[1], 0),
        finding_entry(fid, "accept", found[3], 1),
    ])
    decisions = Decisions.load(path, KEY)
    after = decisions.apply(project, TEXT, found)
    assert [(m.start, m.entity_type, m.score) for m in after] == [
        (found[0].start, "PERSON", 0.85), (found[2].start, "PERSON", 0.85),
        (found[3].start, "LOCATION", 1.0)]
    assert decisions.issues() == []
    assert decisions.counts() == {"accept": 1, "reject": 1, "add": 0}


@pytest.mark.parametrize("detector", ["watchlist", "SourceProfileRecognizer"])
def test_a_protected_finding_cannot_be_rejected(project, detector):
    from dataclasses import replace

    found = [replace(m, detector=detector) for m in mentions()]
    fid = "interviews/marta.txt"
    path = write(project.parent / "d.json", [finding_entry(fid, "reject", found[1], 0)])
    decisions = Decisions.load(path, KEY)
    assert decisions.apply(project, TEXT, found) == found
    [issue] = decisions.issues()
    assert "protected" in str(issue) and "Marta" not in str(issue)


def test_missed_span_is_added_and_wins_over_an_overlapping_detection(project):
    found = mentions()
    start = TEXT.index("brother")
    fid = "interviews/marta.txt"
    wide = TEXT.index("Later marta")
    path = write(project.parent / "d.json", [
        span_entry(fid, start, start + len("brother"), "brother", "DETAIL"),
        span_entry(fid, wide + 6, start - 3, TEXT[wide + 6:start - 3]),
    ])
    decisions = Decisions.load(path, KEY)
    after = decisions.apply(project, TEXT, found)
    editor = [m for m in after if m.detector == "editor"]
    assert [(m.text, m.entity_type, m.score) for m in editor] == [
        ("marta kowalczyk", "PERSON", 1.0), ("brother", "DETAIL", 1.0)]
    assert len(after) == 5 and after == sorted(after, key=lambda m: m.start)
    assert decisions.issues() == []


def test_a_span_whose_text_changed_is_reported_not_applied(project):
    fid = "interviews/marta.txt"
    start = TEXT.index("Kharkiv")
    path = write(project.parent / "d.json", [span_entry(fid, start, start + 7, "Kharkiv", "LOCATION")])
    decisions = Decisions.load(path, KEY)
    edited = "Dr " + TEXT
    after = decisions.apply(project, edited, [])
    assert after == []
    [issue] = decisions.issues()
    assert issue.index == 0 and "stale" in str(issue) and "Kharkiv" not in str(issue)


def test_a_span_past_the_end_of_a_shortened_file_is_stale(project):
    fid = "interviews/marta.txt"
    path = write(project.parent / "d.json", [span_entry(fid, 80, 87, TEXT[80:87])])
    decisions = Decisions.load(path, KEY)
    assert decisions.apply(project, TEXT[:40], []) == []
    assert "stale" in str(decisions.issues()[0])


def test_unmatched_decisions_and_absent_files_are_reported(project):
    found = mentions()
    fid = "interviews/marta.txt"
    path = write(project.parent / "d.json", [
        finding_entry(fid, "reject", found[0], 3),
        finding_entry("interviews/other.txt", "reject", found[0], 0),
    ])
    decisions = Decisions.load(path, KEY)
    assert decisions.apply(project, TEXT, found) == found
    messages = [str(i) for i in decisions.issues()]
    assert messages == [
        "interviews/marta.txt: decision 1: reject of a PERSON finding matched nothing: the file "
        "or the detection changed since the review",
        "interviews/other.txt: decisions: file not in this run (renamed or not given?)",
    ]


def test_decisions_are_found_when_run_from_another_folder(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    found = mentions()
    write(tmp_path / "d.json", [finding_entry("in/a.txt", "reject", found[0], 0)])
    monkeypatch.chdir(tmp_path / "in")
    decisions = Decisions.load(tmp_path / "d.json", KEY)
    assert decisions.apply(Path("a.txt"), TEXT, found) == found[1:]


def test_one_stored_name_never_applies_to_two_files(tmp_path, monkeypatch):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(TEXT, encoding="utf-8")
    found = mentions()
    write(tmp_path / "d.json", [finding_entry("a.txt", "reject", found[0], 0)])
    monkeypatch.chdir(tmp_path)
    decisions = Decisions.load(tmp_path / "d.json", KEY)
    decisions.apply(Path("x/a.txt"), TEXT, found)
    with pytest.raises(RedactorError, match="match two files"):
        decisions.apply(Path("y/a.txt"), TEXT, found)


def test_fingerprint_mentions_matches_what_apply_looks_for(project):
    found = mentions()
    prints = fingerprint_mentions(KEY, project, TEXT, found)
    entries = [{"action": "reject", "file": "interviews/marta.txt", "entity_type": m.entity_type,
                "finding": p} for m, p in zip(found, prints)]
    decisions = Decisions.load(write(project.parent / "d.json", entries), KEY)
    assert decisions.apply(project, TEXT, found) == []
    assert len(set(prints)) == 4


# -- validation ------------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "message"), [
    ("{not json", r"d\.json:1: not valid JSON"),
    ("[]", "not a redactor decisions file"),
    ('{"format": "redactor-decisions", "version": 7, "decisions": []}', "version 7 is not supported"),
    ('{"format": "redactor-decisions", "version": 1, "decisions": []}', r"key_check: Field required"),
])
def test_malformed_files_give_one_clear_line(tmp_path, content, message):
    path = tmp_path / "d.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RedactorError, match=message) as info:
        Decisions.load(path, KEY)
    assert info.value.exit_code == ExitCode.USAGE


@pytest.mark.parametrize(("entry", "message"), [
    ({"action": "reject", "file": "a.txt", "entity_type": "PERSON", "finding": "zz"},
     r"decisions\[0\]\.finding: String should match pattern"),
    ({"action": "delete", "file": "a.txt"}, r"decisions\[0\]: Input tag 'delete'"),
    ({"action": "add", "file": "a.txt", "start": "3", "end": 9, "entity_type": "PERSON",
      "text": "a" * 64}, r"decisions\[0\]\.start: Input should be a valid integer"),
    ({"action": "add", "file": "a.txt", "start": 9, "end": 3, "entity_type": "PERSON",
      "text": "a" * 64}, r"decisions\[0\]: Value error, end must be greater than start"),
    ({"action": "add", "file": "a.txt", "start": 1, "end": 3, "entity_type": "person",
      "text": "a" * 64}, r"decisions\[0\]\.entity_type"),
    ({"action": "accept", "file": "a.txt", "entity_type": "PERSON", "finding": "a" * 64,
      "value": "Marta"}, r"decisions\[0\]\.value: Extra inputs are not permitted"),
])
def test_invalid_entries_name_the_entry_and_field(tmp_path, entry, message):
    path = write(tmp_path / "d.json", [entry])
    with pytest.raises(RedactorError, match=message) as info:
        Decisions.load(path, KEY)
    assert "Marta" not in info.value.message


def test_a_file_made_under_another_key_is_refused(tmp_path):
    path = write(tmp_path / "d.json", [], key=b"another key")
    with pytest.raises(RedactorError, match="different REDACTOR_KEY"):
        Decisions.load(path, KEY)


def test_conflicting_and_overlapping_decisions_are_refused(tmp_path):
    entry = {"action": "accept", "file": "a.txt", "entity_type": "PERSON", "finding": "b" * 64}
    path = write(tmp_path / "d.json", [entry, entry, {**entry, "action": "reject"}])
    with pytest.raises(RedactorError, match=r"decisions\[2\]: reject conflicts with decisions\[0\]"):
        Decisions.load(path, KEY)
    span = {"action": "add", "file": "a.txt", "entity_type": "PERSON", "text": "c" * 64}
    path = write(tmp_path / "d.json", [{**span, "start": 5, "end": 9}, {**span, "start": 0, "end": 6}])
    with pytest.raises(RedactorError, match=r"decisions\[0\]: added span overlaps decisions\[1\]"):
        Decisions.load(path, KEY)


def test_a_missing_file_is_a_usage_error(tmp_path):
    with pytest.raises(RedactorError, match="decisions file not found"):
        Decisions.load(tmp_path / "none.json", KEY)


def test_load_decisions_takes_the_key_from_the_environment(tmp_path):
    path = write(tmp_path / "d.json", [])
    assert load_decisions(path, {"REDACTOR_KEY": KEY.decode()}).counts() == {
        "accept": 0, "reject": 0, "add": 0}
    with pytest.raises(RedactorError, match="REDACTOR_KEY is not set"):
        load_decisions(path, {})
