"""`redactor check`: placing findings, the baseline, the exit policy, every report format, the CLI.

The CLI tests run on a drafts folder holding a watchlisted name, an email address and a phone
number, and assert that no output stream (in any letter case) carries any of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.ci.gate import (
    Baseline,
    BaselineEntry,
    accept_all,
    baseline_json,
    changed_files,
    decide_exit,
    display_path,
    load_baseline,
    project_root,
    run_check,
    save_baseline,
    updated_baseline,
    value_fingerprint,
)
from redactor.ci.watchlist import key_check
from redactor.cli import app
from redactor.errors import ExitCode, RedactorError
from redactor.model import Document, FileResult, Finding, Piece
from redactor.report import formats, render
from redactor.report.check_github import command, escape_data, escape_property

KEY = b"check-test-key"
ROOT_DIR = Path(__file__).resolve().parent.parent

INTERVIEW = (
    "Interview notes\n"
    "We met Anton Bykov at the cafe.\n"
    "Write to anton.b@example.org or call +44 20 7946 0958.\n"
    "BYKOV said no.\n"
)
PROTECTED = ("Anton Bykov", "Bykov", "anton", "anton.b@example.org", "+44 20 7946 0958", "2079460958")
# (line, column, entity type) of each finding in INTERVIEW.
EXPECTED = {(2, 8, "PERSON"), (3, 10, "EMAIL"), (3, 38, "PHONE"), (4, 1, "PERSON")}


def assert_no_leak(*texts: str) -> None:
    for text in texts:
        for value in PROTECTED:
            for form in (value, value.lower(), value.upper()):
                assert form not in text, "a protected value reached the output"


def assert_clean_exception(result) -> None:
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        assert_no_leak(str(exc), "".join(traceback.format_exception(exc)))


# -- the library, on findings built by hand ----------------------------------------------------


def finding(text: str, start: int, line: int, column: int, entity: str = "EMAIL",
            detector: str = "EmailRecognizer", score: float = 0.9) -> Finding:
    return Finding(start=start, end=start + len(text), entity_type=entity, score=score, detector=detector,
                   text=text, replacement=f"[{entity} 1]", part="text", line=line, column=column)


class Run:
    def __init__(self, *files: FileResult) -> None:
        self.files = files


def scanned(path: Path, *findings: Finding, text: str | None = None, suggestions=()) -> FileResult:
    doc = None
    if text is not None:
        doc = Document(path=path, format="text", text=text, pieces=(Piece(text, 0, "text"),))
    return FileResult(path=path, status="scanned", findings=findings, suggestions=tuple(suggestions),
                      document=doc)


def test_items_carry_location_end_and_keyed_fingerprint(tmp_path):
    text = "a\nmail x@y.org now\n"
    f = finding("x@y.org", 7, 2, 6)
    result = run_check(Run(scanned(tmp_path / "d" / "a.txt", f, text=text)), key=KEY, root=tmp_path)
    (item,) = result.items
    assert (item.path, item.line, item.column, item.end_line, item.end_column) == ("d/a.txt", 2, 6, 2, 13)
    assert item.rule_id == "EMAIL/EmailRecognizer" and item.hint == "EMAIL, 7 chars"
    assert item.fingerprint == value_fingerprint(KEY, "EMAIL", "X@Y.ORG")
    assert item.fingerprint != value_fingerprint(b"other", "EMAIL", "x@y.org")
    assert result.exit_code == ExitCode.FINDINGS


def test_a_span_over_two_lines_ends_on_the_second(tmp_path):
    text = "We met Anton\nBykov there"
    f = finding("Anton\nBykov", 7, 1, 8, entity="PERSON", detector="watchlist")
    (item,) = run_check(Run(scanned(tmp_path / "a.txt", f, text=text)), key=KEY, root=tmp_path).items
    assert (item.end_line, item.end_column) == (2, 6)


@pytest.mark.parametrize(
    ("failing", "unreadable", "code"),
    [(0, 0, ExitCode.OK), (2, 0, ExitCode.FINDINGS), (0, 1, ExitCode.UNREADABLE), (2, 1, ExitCode.UNREADABLE)],
)
def test_exit_policy_unreadable_wins_over_findings(failing, unreadable, code):
    assert decide_exit(failing, unreadable) == code


def test_failed_and_skipped_files_are_listed_and_either_means_3(tmp_path):
    run = Run(
        scanned(tmp_path / "a.txt"),
        FileResult(path=tmp_path / "b.txt", status="failed", reason="not UTF-8 text"),
        FileResult(path=tmp_path / "c.png", status="skipped", reason="unsupported file type '.png'"),
    )
    result = run_check(run, key=KEY, root=tmp_path)
    assert [(f.path, f.status) for f in result.files] == [("a.txt", "scanned"), ("b.txt", "failed"), ("c.png", "skipped")]
    assert result.exit_code == ExitCode.UNREADABLE
    assert "exit 3" in result.summary() and "wins over findings" in result.summary()
    skipped_only = run_check(Run(scanned(tmp_path / "a.txt"), run.files[2]), key=KEY, root=tmp_path)
    assert skipped_only.exit_code == ExitCode.UNREADABLE


def test_baseline_accepts_by_path_type_and_fingerprint_and_reports_stale(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "other.txt").write_text("x", encoding="utf-8")
    mail, phone = finding("x@y.org", 0, 1, 1), finding("555 0100", 10, 1, 11, entity="PHONE")
    accepted = Baseline(key_check(KEY), frozenset({
        BaselineEntry("a.txt", "EMAIL", value_fingerprint(KEY, "EMAIL", "x@y.org")),
        BaselineEntry("a.txt", "EMAIL", value_fingerprint(KEY, "EMAIL", "gone@y.org")),  # stale: file scanned
        BaselineEntry("deleted.txt", "EMAIL", "ab" * 32),  # stale: file gone
        BaselineEntry("other.txt", "EMAIL", "cd" * 32),  # not scanned this run: kept, not stale
    }))
    result = run_check(Run(scanned(tmp_path / "a.txt", mail, phone)), key=KEY, root=tmp_path, baseline=accepted)
    assert [(i.finding.entity_type, i.baselined) for i in result.items] == [("EMAIL", True), ("PHONE", False)]
    assert [e.path for e in result.stale] == ["a.txt", "deleted.txt"]
    assert result.exit_code == ExitCode.FINDINGS

    new = updated_baseline(accepted, result, KEY)
    assert {e.path for e in new.entries} == {"a.txt", "other.txt"}
    assert {e.entity_type for e in new.entries if e.path == "a.txt"} == {"EMAIL", "PHONE"}
    after = accept_all(result, new)
    assert after.exit_code == ExitCode.OK and after.stale == ()


def test_watchlisted_names_are_never_accepted(tmp_path):
    name = finding("Anton Bykov", 0, 1, 1, entity="PERSON", detector="watchlist", score=1.0)
    entry = BaselineEntry("a.txt", "PERSON", value_fingerprint(KEY, "PERSON", "Anton Bykov"))
    accepted = Baseline(key_check(KEY), frozenset({entry}))
    result = run_check(Run(scanned(tmp_path / "a.txt", name)), key=KEY, root=tmp_path, baseline=accepted)
    assert not result.items[0].baselined and result.exit_code == ExitCode.FINDINGS
    assert updated_baseline(None, result, KEY).entries == frozenset()


def test_below_threshold_and_suggestions_are_notes_that_never_fail(tmp_path):
    weak = finding("555 0100", 0, 1, 1, entity="PHONE", score=0.3)
    hint = finding("Rivne", 20, 1, 21, entity="LOCATION", score=0.3)
    run = Run(scanned(tmp_path / "a.txt", weak, suggestions=[hint]))
    assert run_check(run, key=KEY, root=tmp_path, threshold=0.5).items[0].below_threshold
    with_hints = run_check(run, key=KEY, root=tmp_path, threshold=0.5, include_suggestions=True)
    assert [i.finding.entity_type for i in with_hints.items] == ["PHONE", "LOCATION"]
    assert with_hints.exit_code == ExitCode.OK


def test_baseline_file_round_trip_holds_no_values(tmp_path):
    path = tmp_path / ".redactor-baseline.json"
    fp = value_fingerprint(KEY, "EMAIL", "anton.b@example.org")
    baseline = Baseline(key_check(KEY), frozenset({BaselineEntry("drafts/a.txt", "EMAIL", fp)}))
    save_baseline(path, baseline)
    assert load_baseline(path, KEY) == baseline
    assert_no_leak(path.read_text(encoding="utf-8"))
    assert load_baseline(tmp_path / "missing.json", KEY) is None
    with pytest.raises(RedactorError) as wrong:
        load_baseline(path, b"another key")
    assert wrong.value.exit_code == ExitCode.USAGE and "not the key" in wrong.value.message
    path.write_text(baseline_json(baseline)[:-5], encoding="utf-8")
    with pytest.raises(RedactorError) as damaged:
        load_baseline(path, KEY)
    assert damaged.value.exit_code == ExitCode.USAGE and "not valid JSON" in damaged.value.message


def test_project_root_and_display_path(tmp_path):
    (tmp_path / "redactor.yaml").write_text("", encoding="utf-8")
    deep = tmp_path / "drafts" / "2024"
    deep.mkdir(parents=True)
    assert project_root(deep) == tmp_path.resolve()
    assert display_path(deep / "a.txt", tmp_path) == "drafts/2024/a.txt"
    outside = tmp_path.parent / "elsewhere.txt"
    assert display_path(outside, tmp_path) == outside.resolve().as_posix()


def _git(cwd: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def test_changed_files_since_a_revision(tmp_path):
    _git(tmp_path, "init", "-q")
    for name in ("keep.txt", "edit.md", "gone.txt", "code.py"):
        (tmp_path / name).write_text("one\n", encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "one")
    (tmp_path / "edit.md").write_text("two\n", encoding="utf-8")
    (tmp_path / "code.py").write_text("two\n", encoding="utf-8")
    (tmp_path / "gone.txt").unlink()
    (tmp_path / "new.srt").write_text("1\n", encoding="utf-8")
    _git(tmp_path, "add", "-A")
    names = changed_files("HEAD", tmp_path, [".txt", ".md", ".srt"])
    assert [p.name for p in names] == ["edit.md", "new.srt"]
    with pytest.raises(RedactorError) as bad:
        changed_files("no-such-rev", tmp_path, [".txt"])
    assert bad.value.exit_code == ExitCode.USAGE


# -- report formats -------------------------------------------------------------------------


def _sample(tmp_path: Path, show_values: bool = False):
    f = finding("anton.b@example.org", 9, 3, 10)
    return run_check(Run(scanned(tmp_path / "a,b:c%.txt", f)), key=KEY, root=tmp_path, show_values=show_values)


def test_every_format_is_discovered_and_masks_values(tmp_path):
    assert {"text", "json", "sarif", "github"} <= set(formats())
    for name in formats():
        shown = render(name, _sample(tmp_path))
        assert "EMAIL, 19 chars" in shown
        assert_no_leak(shown)
    assert "anton.b@example.org" in render("text", _sample(tmp_path, show_values=True))
    assert json.loads(render("json", _sample(tmp_path, show_values=True)))["findings"][0]["value"] == "anton.b@example.org"
    with pytest.raises(RedactorError) as unknown:
        render("yaml", _sample(tmp_path))
    assert unknown.value.exit_code == ExitCode.USAGE


def test_github_workflow_command_escaping(tmp_path):
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert command("error", "m::x", file="x,y", line=3) == "::error file=x%2Cy,line=3::m::x"
    line = render("github", _sample(tmp_path)).splitlines()[0]
    assert line.startswith("::error file=a%2Cb%3Ac%25.txt,line=3,col=10,title=EMAIL/EmailRecognizer::")


# -- the command, end to end ------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    """A project with a watchlist (Anton Bykov), an interview and a clean note."""
    (tmp_path / "redactor.yaml").write_text("packs: [public]\nthreshold: 0.3\n", encoding="utf-8")
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "interview.txt").write_text(INTERVIEW, encoding="utf-8", newline="\n")
    (folder / "notes.md").write_text("# Notes\n\nThe weather was fine.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY.decode())
    monkeypatch.setenv("CI", "true")
    added = runner.invoke(app, ["protect", "add", "-"], input="Anton Bykov\n")
    assert added.exit_code == 0
    return tmp_path


def invoke(*args: str):
    result = runner.invoke(app, ["check", *args])
    assert_no_leak(result.stdout, result.stderr, result.output)
    assert_clean_exception(result)
    return result


def _locations(fmt: str, out: str) -> set[tuple[int, int, str]]:
    if fmt == "json":
        return {(f["line"], f["column"], f["entity_type"]) for f in json.loads(out)["findings"]}
    if fmt == "sarif":
        return {
            (r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"],
             r["ruleId"].split("/")[0])
            for r in json.loads(out)["runs"][0]["results"]
        }
    found = set()
    for line, col, entity in EXPECTED:
        if fmt == "text" and f"drafts/interview.txt:{line}:{col}: {entity}/" in out:
            found.add((line, col, entity))
        if fmt == "github" and f"::error file=drafts/interview.txt,line={line},col={col},title={entity}/" in out:
            found.add((line, col, entity))
    return found


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_check_every_format_exit_locations_no_leak(drafts, fmt):
    result = invoke("drafts", "--no-ner", "--format", fmt)
    assert result.exit_code == ExitCode.FINDINGS
    assert _locations(fmt, result.stdout) == EXPECTED
    assert "PERSON, 11 chars" in result.stdout and "PERSON, 5 chars" in result.stdout


def test_a_watchlisted_name_in_a_file_name_is_masked_and_fails(drafts):
    (drafts / "drafts" / "anton_bykov-notes.txt").write_text("Nothing to see.\n", encoding="utf-8")
    (drafts / "drafts" / "bykov.txt").write_bytes(b"caf\xe9")
    result = invoke("drafts/anton_bykov-notes.txt", "drafts/bykov.txt", "--no-ner")
    assert "drafts/[PERSON]-notes.txt:1:1: PERSON/watchlist: PERSON in the file or folder name" in result.stdout
    assert "drafts/[PERSON].txt: failed:" in result.stdout
    assert result.exit_code == ExitCode.UNREADABLE
    sarif_out = invoke("drafts/anton_bykov-notes.txt", "--no-ner", "--format", "sarif")
    assert sarif_out.exit_code == ExitCode.FINDINGS
    (only,) = json.loads(sarif_out.stdout)["runs"][0]["results"]
    assert only["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/%5BPERSON%5D-notes.txt"


def test_check_shows_values_only_off_ci(drafts, monkeypatch):
    refused = invoke("drafts", "--no-ner", "--show-values")
    assert refused.exit_code == ExitCode.USAGE and "refused when CI is set" in refused.stderr
    monkeypatch.delenv("CI")
    shown = runner.invoke(app, ["check", "drafts", "--no-ner", "--show-values"])
    assert shown.exit_code == ExitCode.FINDINGS
    assert "value='Anton Bykov'" in shown.stdout and "value='+44 20 7946 0958'" in shown.stdout


def test_check_without_key_or_with_wrong_key_stops_when_a_watchlist_exists(drafts, monkeypatch):
    monkeypatch.delenv("REDACTOR_KEY")
    missing = invoke("drafts", "--no-ner")
    assert missing.exit_code == ExitCode.USAGE and "REDACTOR_KEY is not set" in missing.stderr
    monkeypatch.setenv("REDACTOR_KEY", "not the project key")
    wrong = invoke("drafts", "--no-ner")
    assert wrong.exit_code == ExitCode.USAGE and "not the key this watchlist was written with" in wrong.stderr


def test_check_clean_file_passes_and_usage_errors_are_2(drafts):
    clean = invoke("drafts/notes.md", "--no-ner")
    assert clean.exit_code == ExitCode.OK and "exit 0 (clean)" in clean.stdout
    assert invoke("--no-ner").exit_code == ExitCode.USAGE
    assert invoke("drafts", "--no-ner", "--format", "xml").exit_code == ExitCode.USAGE
    assert invoke("drafts", "--no-ner", "--watchlist", "nowhere.json").exit_code == ExitCode.USAGE


def test_unreadable_file_gives_3_even_with_findings_and_the_run_goes_on(drafts):
    (drafts / "drafts" / "latin1.txt").write_bytes("caf\xe9 Bykov".encode("latin-1"))
    result = invoke("drafts", "--no-ner")
    assert result.exit_code == ExitCode.UNREADABLE
    assert "drafts/latin1.txt: failed:" in result.stdout
    assert "drafts/interview.txt:2:8: PERSON/watchlist" in result.stdout
    assert "wins over findings" in result.stdout
    only_bad = invoke("drafts/latin1.txt", "drafts/notes.md", "--no-ner", "--format", "github")
    assert only_bad.exit_code == ExitCode.UNREADABLE
    assert "::error file=drafts/latin1.txt,title=unreadable file::" in only_bad.stdout


def test_update_baseline_then_stale_entries(drafts):
    updated = invoke("drafts", "--no-ner", "--update-baseline")
    # The email and phone are accepted; the watchlisted name never is.
    assert updated.exit_code == ExitCode.FINDINGS
    baseline_text = (drafts / ".redactor-baseline.json").read_text(encoding="utf-8")
    assert_no_leak(baseline_text)
    stored = json.loads(baseline_text)["entries"]
    assert sorted(e["entity_type"] for e in stored) == ["EMAIL", "PHONE"]
    assert {e["path"] for e in stored} == {"drafts/interview.txt"}

    (drafts / "drafts" / "interview.txt").write_text(
        "Interview notes\nWrite to anton.b@example.org.\n", encoding="utf-8")
    again = invoke("drafts", "--no-ner", "--format", "json")
    report = json.loads(again.stdout)
    assert again.exit_code == ExitCode.OK
    assert [f["state"] for f in report["findings"]] == ["accepted"]
    assert [e["entity_type"] for e in report["stale_baseline"]] == ["PHONE"]


def test_threshold_and_suggestions(drafts):
    result = invoke("drafts/interview.txt", "--no-ner", "--threshold", "0.95", "--suggestions", "--format", "json")
    states = {(f["entity_type"], f["line"]): f["state"] for f in json.loads(result.stdout)["findings"]}
    assert states[("PERSON", 2)] == "open" and states[("PHONE", 3)] == "below_threshold"
    assert result.exit_code == ExitCode.FINDINGS


def test_changed_since_checks_only_changed_handled_files(drafts):
    _git(drafts, "init", "-q")
    _git(drafts, "add", ".")
    _git(drafts, "commit", "-q", "-m", "drafts")
    clean = invoke("--changed-since", "HEAD", "--no-ner")
    assert clean.exit_code == ExitCode.OK and "0 scanned" in clean.stdout
    (drafts / "drafts" / "notes.md").write_text("Bykov was there.\n", encoding="utf-8")
    (drafts / "drafts" / "photo.png").write_bytes(b"\x89PNG")
    _git(drafts, "add", "-A")
    changed = invoke("--changed-since", "HEAD", "--no-ner", "--format", "json")
    report = json.loads(changed.stdout)
    assert [f["path"] for f in report["files"]] == ["drafts/notes.md"]
    assert changed.exit_code == ExitCode.FINDINGS


def test_output_option_writes_the_report_and_keeps_stdout_empty(drafts):
    result = invoke("drafts", "--no-ner", "--format", "json", "--output", "report.json")
    assert result.exit_code == ExitCode.FINDINGS and result.stdout == ""
    report_text = (drafts / "report.json").read_text(encoding="utf-8")
    assert_no_leak(report_text)
    assert json.loads(report_text)["exit_code"] == 1
    assert "exit 1 (findings remain)" in result.stderr


def test_check_as_a_subprocess_with_ner(drafts):
    env = {**os.environ, "REDACTOR_KEY": KEY.decode(), "CI": "true",
           "PYTHONPATH": str(ROOT_DIR) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-m", "redactor", "check", "drafts", "--format", "sarif"],
                          cwd=drafts, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == ExitCode.FINDINGS
    assert_no_leak(done.stdout, done.stderr)
    assert EXPECTED <= _locations("sarif", done.stdout)
    assert "exit 1 (findings remain)" in done.stderr
