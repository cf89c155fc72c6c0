"""Decisions from the review page: the file format, how apply re-finds each decision after edits,
and the safety rules (watchlisted names never kept, profiled sources reported or refused)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from redactor.errors import ExitCode, RedactorError
from redactor.model import FileResult, Mention
from redactor.pipeline import RunResult
from redactor.project.keys import key_file, project_key
from redactor.refine.decisions import (
    Decisions,
    anchor_print,
    context_words,
    file_id,
    file_prints,
    hold_back_stale,
    key_check,
    load_decisions,
    page_key,
    value_print,
)

KEY = b"test-project-key"
TEXT = "Marta Kowalczyk called from Kharkiv. Later marta kowalczyk's brother called from Kharkiv."


def mention(text: str, value: str, entity_type: str, nth: int = 0, score: float = 0.85,
            detector: str = "SpacyRecognizer", label: str = "") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Mention(start=start, end=start + len(value), entity_type=entity_type, score=score,
                   detector=detector, text=value, label=label)


def mentions(text: str = TEXT) -> list[Mention]:
    return [
        mention(text, "Marta Kowalczyk", "PERSON"),
        mention(text, "Kharkiv", "LOCATION"),
        mention(text, "marta kowalczyk", "PERSON"),
        mention(text, "Kharkiv", "LOCATION", nth=1, score=0.3),
    ]


def entry(action: str, text: str, value: str, entity_type: str, nth: int = 0, file: int = 0,
          key: bytes = KEY) -> dict:
    """One decision exactly as the review page exports it."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    end = start + len(value)
    pkey = page_key(key)
    return {"action": action, "file": file, "entity_type": entity_type,
            "value": value_print(pkey, value), "anchor": anchor_print(pkey, text, start, end),
            "start": start, "end": end, "line": text.count("\n", 0, start) + 1}


def decisions_json(files: list[tuple[Path, str]], entries: list[dict], key: bytes = KEY,
                   names: bool = False) -> dict:
    refs = []
    for path, text in files:
        ref = file_prints(key, path, text)
        if names:
            ref["path"] = file_id(path)
        refs.append(ref)
    return {"format": "redactor-decisions", "version": 2, "key_check": key_check(key),
            "files": refs, "decisions": entries}


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "redactor.yaml").write_text("threshold: 0.4\n", encoding="utf-8")
    folder = tmp_path / "interviews"
    folder.mkdir()
    path = folder / "marta.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return path


def load(data: dict, **kwargs) -> Decisions:
    return Decisions.from_json(data, KEY, **kwargs)


def texts(result: list[Mention], text: str) -> list[tuple[str, str, float]]:
    return [(text[m.start:m.end], m.entity_type, m.score) for m in result]


def test_context_is_three_words_each_side_lower_cased():
    text = "One two Three four FIVE six seven"
    start = text.index("four")
    assert context_words(text, start, start + 4) == ("one two three", "five six seven")
    assert context_words(text, 0, 3) == ("", "two three four")


def test_prints_are_keyed_and_hold_no_value(project):
    pkey = page_key(KEY)
    assert value_print(pkey, "Kharkiv") != value_print(page_key(b"other"), "Kharkiv")
    data = decisions_json([(project, TEXT)], [entry("reject", TEXT, "Kharkiv", "LOCATION")])
    raw = json.dumps(data)
    for value in ("Kharkiv", "marta", "Kowalczyk", "marta.txt", "interviews"):
        assert value.lower() not in raw.lower()


def test_reject_drops_accept_confirms_and_the_rest_is_untouched(project):
    decisions = load(decisions_json([(project, TEXT)], [
        entry("reject", TEXT, "Kharkiv", "LOCATION"),
        entry("accept", TEXT, "Kharkiv", "LOCATION", nth=1)]))
    result = decisions.apply(project, TEXT, mentions())
    assert texts(result, TEXT) == [("Marta Kowalczyk", "PERSON", 0.85),
                                   ("marta kowalczyk", "PERSON", 0.85), ("Kharkiv", "LOCATION", 1.0)]
    assert decisions.issues() == []


def test_finding_decisions_survive_an_edit_above_them(project):
    data = decisions_json([(project, TEXT)], [entry("reject", TEXT, "Kharkiv", "LOCATION", nth=1)])
    edited = "A new first line, reworded.\n" + TEXT.replace("Later", "Much later")
    decisions = load(data)
    result = decisions.apply(project, edited, mentions(edited))
    kept = [edited[m.start:m.end] for m in result if m.entity_type == "LOCATION"]
    # The second Kharkiv is the rejected one, found by its context, not by its old offset.
    assert [m.start for m in result if m.entity_type == "LOCATION"] == [edited.index("Kharkiv")]
    assert kept == ["Kharkiv"]
    assert decisions.issues() == []


def test_an_added_span_is_found_again_after_an_edit_above_it(project):
    text = TEXT + " She served near Zhytkavichy."
    data = decisions_json([(project, text)], [entry("add", text, "Zhytkavichy", "LOCATION")])
    edited = "INTERVIEWER: one more line first.\n" + text.replace("Later", "Then, later")
    decisions = load(data)
    result = decisions.apply(project, edited, mentions(edited))
    [added] = [m for m in result if m.detector == "editor"]
    assert edited[added.start:added.end] == "Zhytkavichy" and added.score == 1.0
    assert decisions.issues() == [] and decisions.stale_files() == {}


def test_an_added_span_wins_over_an_overlapping_detection(project):
    decisions = load(decisions_json([(project, TEXT)], [entry("add", TEXT, "from Kharkiv", "LOCATION")]))
    result = decisions.apply(project, TEXT, mentions())
    assert ("from Kharkiv", "LOCATION", 1.0) in texts(result, TEXT)
    assert [TEXT[m.start:m.end] for m in result].count("Kharkiv") == 1


def test_an_added_span_whose_text_is_gone_is_stale_with_line_and_type_only(project):
    text = TEXT + "\nShe served near Zhytkavichy."
    data = decisions_json([(project, text)], [entry("add", text, "Zhytkavichy", "LOCATION")])
    edited = text.replace("Zhytkavichy", "a village")
    decisions = load(data)
    decisions.apply(project, edited, mentions(edited))
    [issue] = decisions.issues()
    assert (issue.kind, issue.line, issue.entity_type) == ("stale", 2, "LOCATION")
    assert "Zhytkavichy" not in str(issue) and "Kowalczyk" not in str(issue)
    assert list(decisions.stale_files()) == [str(project)]


def test_a_renamed_file_keeps_its_decisions_by_content(project):
    data = decisions_json([(project, TEXT)], [entry("reject", TEXT, "Kharkiv", "LOCATION")])
    renamed = project.with_name("source-a.txt")
    project.rename(renamed)
    decisions = load(data)
    result = decisions.apply(renamed, TEXT, mentions())
    assert [TEXT[m.start:m.end] for m in result].count("Kharkiv") == 1
    assert decisions.issues() == []


def test_an_edited_file_keeps_its_decisions_by_name_and_other_files_are_untouched(project):
    data = decisions_json([(project, TEXT)], [entry("reject", TEXT, "Kharkiv", "LOCATION")])
    decisions = load(data)
    other = project.with_name("other.txt")
    assert decisions.apply(other, "Kharkiv again.", [mention("Kharkiv again.", "Kharkiv", "LOCATION")])
    edited = TEXT + " Added."
    result = decisions.apply(project, edited, mentions(edited))
    assert [edited[m.start:m.end] for m in result].count("Kharkiv") == 1


def test_unmatched_decisions_and_absent_files_are_reported_without_names(project, tmp_path):
    gone = tmp_path / "interviews" / "gone.txt"
    data = decisions_json([(project, TEXT), (gone, "Olena from Lviv.")], [
        entry("reject", TEXT, "Kharkiv", "LOCATION"),
        entry("reject", "Olena from Lviv.", "Lviv", "LOCATION", file=1)])
    decisions = load(data)
    decisions.apply(project, TEXT, [m for m in mentions() if m.entity_type == "PERSON"])
    kinds = sorted(i.kind for i in decisions.issues())
    assert kinds == ["missing-file", "unmatched"]
    assert all("gone" not in str(i) and "Lviv" not in str(i) for i in decisions.issues())
    named = load(decisions_json([(gone, "x")], [], names=True))
    assert "interviews/gone.txt" in str(named.issues()[0])


def test_a_watchlisted_name_is_never_kept_by_a_decision(project):
    found = [mention(TEXT, "Marta Kowalczyk", "PERSON", detector="watchlist")]
    decisions = load(decisions_json([(project, TEXT)], [entry("reject", TEXT, "Marta Kowalczyk", "PERSON")]))
    assert decisions.apply(project, TEXT, found) == found
    [issue] = decisions.issues()
    assert issue.kind == "refused" and "Kowalczyk" not in str(issue)


def test_keeping_a_profiled_source_is_refused_unless_explicitly_allowed(project):
    found = [mention(TEXT, "Marta Kowalczyk", "PERSON", detector="SourceProfileRecognizer",
                     label="Source A")]
    data = decisions_json([(project, TEXT)], [entry("reject", TEXT, "Marta Kowalczyk", "PERSON")])
    strict = load(data)
    assert strict.apply(project, TEXT, found) == found
    [refused] = strict.issues()
    assert refused.kind == "refused" and "Kowalczyk" not in str(refused)
    assert str(refused).startswith(f"{project}:") and ": PERSON: " in str(refused)
    assert strict.kept_values() == frozenset()
    allowed = load(data, allow_source_exposure=True)
    assert allowed.apply(project, TEXT, found) == []
    [issue] = allowed.issues()
    assert issue.kind == "exposed" and "DANGER" in str(issue) and "Kowalczyk" not in str(issue)
    assert allowed.kept_values() == {"Marta Kowalczyk"}


def test_stale_files_are_held_back_from_writing(project):
    text = TEXT + "\nNear Zhytkavichy."
    decisions = load(decisions_json([(project, text)], [entry("add", text, "Zhytkavichy", "LOCATION")]))
    decisions.apply(project, TEXT, mentions())
    run = RunResult(files=(FileResult(path=project, status="scanned"),))
    [held] = hold_back_stale(run, decisions, allow_stale=False).files
    assert held.status == "failed" and "line 2 (LOCATION)" in held.reason and "Zhyt" not in held.reason
    assert hold_back_stale(run, decisions, allow_stale=True) is run


@pytest.mark.parametrize("content, message", [
    ("{", "not valid JSON"),
    ('{"format": "other"}', "not a redactor decisions file"),
    ('{"format": "redactor-decisions", "version": 1}', "version 1 is not supported"),
    ('{"format": "redactor-decisions", "version": 2, "key_check": "00", "files": [], "decisions": []}',
     "key_check"),
])
def test_malformed_files_give_one_clear_line(tmp_path, content, message):
    path = tmp_path / "d.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RedactorError) as info:
        Decisions.load(path, KEY)
    assert message in info.value.message and info.value.exit_code == ExitCode.USAGE


def test_entries_are_validated_with_their_place(project):
    bad = entry("reject", TEXT, "Kharkiv", "LOCATION", file=3)
    with pytest.raises(RedactorError, match=r"decisions\[0\]\.file"):
        load(decisions_json([(project, TEXT)], [bad]))
    wrong = dict(entry("reject", TEXT, "Kharkiv", "LOCATION"), action="maybe")
    with pytest.raises(RedactorError, match=r"decisions\[0\]\.action"):
        load(decisions_json([(project, TEXT)], [wrong]))


def test_a_file_made_under_another_key_is_refused(project):
    with pytest.raises(RedactorError, match="different project key"):
        load(decisions_json([(project, TEXT)], [], key=b"another"))


def test_the_project_key_is_made_once_private_and_ignored_by_git(tmp_path):
    first = project_key({}, home=tmp_path)
    path = key_file(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (path.parent / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert project_key({}, home=tmp_path) == first and len(first) == 64
    assert project_key({"REDACTOR_KEY": "set"}, home=tmp_path) == b"set"
    with pytest.raises(RedactorError, match="REDACTOR_KEY is not set"):
        project_key({}, home=tmp_path / "elsewhere", create=False)


def test_load_decisions_takes_the_key_from_the_environment_or_the_key_file(project, tmp_path):
    path = tmp_path / "d.json"
    path.write_text(json.dumps(decisions_json([(project, TEXT)], [])), encoding="utf-8")
    assert load_decisions(path, {"REDACTOR_KEY": KEY.decode()}).counts() == {
        "accept": 0, "reject": 0, "add": 0, "merge": 0, "split": 0}
    with pytest.raises(RedactorError, match="REDACTOR_KEY is not set"):
        load_decisions(path, {}, home=tmp_path)  # never a new key just to read decisions
    project_key({}, home=tmp_path)
    with pytest.raises(RedactorError, match="different project key"):
        load_decisions(path, {}, home=tmp_path)
