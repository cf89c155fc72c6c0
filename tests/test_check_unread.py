"""`check` never passes what it did not read: every file under a checked path is scanned,
skipped with a reason or failed, and anything not scanned is exit 3 unless excluded by name."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app

runner = CliRunner()
CLEAN = "We talked about the weather and the harvest.\n"


def _check(folder: Path, *extra: str):
    config = folder.parent / "redactor.yaml"
    if not config.exists():
        config.write_text("threshold: 0.4\n", encoding="utf-8")
    return runner.invoke(app, ["check", str(folder), "--no-ner", "-c", str(config), "-f", "json", *extra],
                         env={"CI": "1"})


@pytest.fixture
def drafts(tmp_path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return folder


def _states(result) -> dict[str, str]:
    return {f["path"].split("/drafts/", 1)[-1]: f["status"] for f in json.loads(result.stdout)["files"]}


def test_a_clean_folder_passes(drafts):
    assert _check(drafts).exit_code == 0


def test_hidden_files_and_folders_are_read(drafts):
    (drafts / ".notes.md").write_text("Call me on +48 601 234 567.\n", encoding="utf-8")
    (drafts / ".drafts").mkdir()
    (drafts / ".drafts" / "old.txt").write_text("Write to anna@example.org\n", encoding="utf-8")
    result = _check(drafts)
    assert result.exit_code == 1
    assert _states(result) == {"clean.txt": "scanned", ".notes.md": "scanned", ".drafts/old.txt": "scanned"}


@pytest.mark.parametrize("name", ["photo.png", "notes.pdf"])
def test_an_unsupported_file_is_skipped_and_fails_the_check_unless_excluded(drafts, name):
    (drafts / name).write_bytes(b"\x89PNG\r\n")
    result = _check(drafts)
    assert result.exit_code == 3 and _states(result)[name] == "skipped"
    assert _check(drafts, "--exclude", "*.p?g", "--exclude", "*.pdf").exit_code == 0


def test_orig_backups_are_read_as_what_they_are_a_copy_of(drafts):
    (drafts / "interview.txt.orig").write_text("Write to anna@example.org\n", encoding="utf-8")
    result = _check(drafts)
    assert result.exit_code == 1 and _states(result)["interview.txt.orig"] == "scanned"


def test_unknown_json_is_read_not_skipped(drafts):
    (drafts / "aws.json").write_text(json.dumps({"results": {"transcripts": [
        {"transcript": "Write to anna@example.org"}]}}), encoding="utf-8")
    result = _check(drafts)
    assert result.exit_code == 1 and _states(result)["aws.json"] == "scanned"


def test_an_empty_folder_fails_the_check(tmp_path):
    (tmp_path / "drafts").mkdir()
    result = _check(tmp_path / "drafts")
    assert result.exit_code == 3


def test_an_unreadable_subfolder_fails_the_check(drafts, monkeypatch):
    locked = drafts / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text("x", encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None):
        # As a user without read permission sees it (the tests may run as root, who reads all).
        for folder, dirs, files in real_walk(top, onerror=onerror):
            if Path(folder) == locked:
                onerror(PermissionError(13, "Permission denied", str(locked)))
                continue
            yield folder, dirs, files

    monkeypatch.setattr("redactor.project.paths.os.walk", walk)
    result = _check(drafts)
    assert result.exit_code == 3 and _states(result)["locked"] == "failed"
    assert "secret.txt" not in _states(result)


def test_the_config_exclude_list_is_honoured(drafts):
    (drafts / "photo.png").write_bytes(b"\x89PNG")
    (drafts.parent / "redactor.yaml").write_text("exclude: ['*.png']\n", encoding="utf-8")
    assert _check(drafts).exit_code == 0


def test_show_values_report_is_private(drafts, tmp_path):
    (drafts / "mail.txt").write_text("Write to anna@example.org\n", encoding="utf-8")
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["check", str(drafts), "--no-ner", "-c", str(_config(tmp_path)),
                                 "--show-values", "-o", str(out), "-f", "json"], env={"CI": None})
    assert result.exit_code == 1, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("where", ["is_a_folder", "under_a_file"])
def test_a_bad_output_path_is_a_clear_usage_error(drafts, tmp_path, where):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    target = tmp_path if where == "is_a_folder" else tmp_path / "file" / "report.json"
    result = runner.invoke(app, ["check", str(drafts), "--no-ner", "-c", str(_config(tmp_path)), "-o", str(target)])
    assert result.exit_code == 2
    assert "internal error" not in result.output and str(target) in result.output


def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(drafts):
    name = os.fsdecode(b"caf\xe9.txt")
    (drafts / name).write_text("Write to anna@example.org\n", encoding="utf-8")
    for fmt in ("json", "sarif", "text", "github"):
        result = runner.invoke(app, ["check", str(drafts), "--no-ner", "-c", str(_config(drafts.parent)), "-f", fmt])
        assert result.exit_code == 1, (fmt, result.output)
        assert "caf\ufffd.txt" in result.stdout or "caf%EF%BF%BD.txt" in result.stdout  # SARIF: a URI


def _config(folder: Path) -> Path:
    config = folder / "redactor.yaml"
    if not config.exists():
        config.write_text("threshold: 0.4\n", encoding="utf-8")
    return config
