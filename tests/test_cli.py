"""End-to-end: the CLI as a user runs it, on small hand-written transcripts and the sample."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from tests.conftest import ROOT

runner = CliRunner()

INTERVIEW_1 = """MARTA KOWALCZYK: I worked at the port in Gdynia for nine years.
REPORTER: When did they call you?
MARTA KOWALCZYK: On February 22. Ms Kowalczyk, they said, bring your phone.
Kowalczyk's brother Piotr Nowak drove me. Call me on +48 601 234 567.
"""
INTERVIEW_2 = """Q: Who else was there?
A: Marta Kowalczyk, and Piotr Nowak. Nowak had a camera.
A: You can write to marta.kowalczyk@proton.me.
"""


@pytest.fixture
def config_file(tmp_path_factory) -> Path:
    """An explicit project config with the defaults (so no config above tmp is picked up)."""
    folder = tmp_path_factory.mktemp("cfg")
    path = folder / "redactor.yaml"
    path.write_text("threshold: 0.4\n", encoding="utf-8")
    return path


@pytest.fixture
def interviews(tmp_path) -> Path:
    folder = tmp_path / "interviews"
    (folder / "march").mkdir(parents=True)
    (folder / "one.txt").write_text(INTERVIEW_1, encoding="utf-8")
    (folder / "march" / "two.md").write_text(INTERVIEW_2, encoding="utf-8")
    return folder


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_scan_json_contract_offsets_and_shared_replacements(interviews, config_file):
    result = invoke("scan", interviews, "--format", "json", "--config", config_file)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"files"}
    by_path = {Path(f["path"]).name: f for f in data["files"]}
    assert set(by_path) == {"one.txt", "two.md"}
    replacements: dict[str, set[str]] = {}
    for entry in data["files"]:
        text = Path(entry["path"]).read_text(encoding="utf-8")
        for f in entry["findings"]:
            assert set(f) == {"start", "end", "entity_type", "score", "replacement", "detector"}
            value = text[f["start"]:f["end"]]
            assert value.strip() == value and value
            replacements.setdefault(f["replacement"], set()).add(value)
    # One person, one pseudonym, across both files and all spellings.
    marta = {r for r, values in replacements.items() if any("Kowalczyk" in v or "KOWALCZYK" in v for v in values)}
    nowak = {r for r, values in replacements.items() if any("Nowak" in v for v in values)}
    assert len(marta) == 1 and len(nowak) == 1 and marta != nowak
    assert {"MARTA KOWALCZYK", "Kowalczyk", "Marta Kowalczyk"} <= replacements[marta.pop()]
    assert {"Piotr Nowak", "Nowak"} <= replacements[nowak.pop()]


def test_redact_mirrors_tree_writes_report_and_leaves_originals(interviews, tmp_path, config_file):
    before = {p: p.read_bytes() for p in interviews.rglob("*") if p.is_file()}
    out = tmp_path / "scrubbed"
    result = invoke("redact", interviews, "-o", out, "--config", config_file)
    assert result.exit_code == 0, result.output
    assert {p: p.read_bytes() for p in interviews.rglob("*") if p.is_file()} == before
    one = (out / "one.txt").read_text(encoding="utf-8")
    two = (out / "march" / "two.md").read_text(encoding="utf-8")
    for secret in ("Kowalczyk", "KOWALCZYK", "Nowak", "601 234 567", "proton.me", "February 22"):
        assert secret not in one + two
    assert "REPORTER:" in one and two.startswith("Q: Who else")
    report = json.loads((out / "redaction-report.json").read_text(encoding="utf-8"))
    assert report["states"] == {"scanned": 2, "skipped": 0, "failed": 0}
    entry = next(f for f in report["files"] if f["path"].endswith("one.txt"))
    assert entry["counts"]["PHONE"] == 1
    assert entry["counts"]["PERSON"] >= 4
    # The report sits beside the output: it must not hold the values it replaced.
    raw = (out / "redaction-report.json").read_text(encoding="utf-8")
    assert "Kowalczyk" not in raw and "601 234" not in raw


def test_redact_single_file_to_stdout(interviews, config_file):
    result = invoke("redact", interviews / "one.txt", "--config", config_file)
    assert result.exit_code == 0
    assert "Kowalczyk" not in result.stdout
    assert "[PHONE 1]" in result.stdout


def test_outdir_inside_or_equal_to_input_is_refused(interviews, config_file):
    for out in (interviews, interviews / "out"):
        result = invoke("redact", interviews, "-o", out, "--config", config_file)
        assert result.exit_code == 2
        assert "inside the input folder" in result.stderr
    assert not (interviews / "out").exists()


def test_in_place_keeps_a_backup_and_refuses_to_overwrite_it(interviews, config_file):
    target = interviews / "one.txt"
    result = invoke("redact", target, "--in-place", "--config", config_file)
    assert result.exit_code == 0, result.output
    assert (interviews / "one.txt.orig").read_text(encoding="utf-8") == INTERVIEW_1
    assert "Kowalczyk" not in target.read_text(encoding="utf-8")
    again = invoke("redact", target, "--in-place", "--config", config_file)
    assert again.exit_code == 2
    assert (interviews / "one.txt.orig").read_text(encoding="utf-8") == INTERVIEW_1


def test_bad_files_are_reported_and_the_run_goes_on(interviews, tmp_path, config_file):
    (interviews / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (interviews / "latin1.txt").write_bytes("Zaj\xeac na dworcu".encode("latin-1"))
    (interviews / "empty.txt").write_bytes(b"")
    (interviews / "notes.pdf").write_bytes(b"%PDF-1.4")
    (interviews / "utf16.txt").write_bytes(b"\xff\xfe" + "Call Anton Bykov on +48 601 234 567".encode("utf-16-le"))
    out = tmp_path / "out"
    result = invoke("redact", interviews, "-o", out, "--config", config_file)
    assert result.exit_code == 3
    assert "photo.txt: looks like a binary file" in result.stderr
    assert "latin1.txt: not UTF-8 text" in result.stderr
    assert "skipped" in result.stderr and "notes.pdf" in result.stderr
    assert "Traceback" not in result.output
    assert (out / "one.txt").exists() and (out / "empty.txt").read_bytes() == b""
    utf16 = (out / "utf16.txt").read_bytes()
    assert utf16.startswith(b"\xff\xfe")
    assert "+48 601" not in utf16.decode("utf-16")
    report = json.loads((out / "redaction-report.json").read_text(encoding="utf-8"))
    assert report["states"] == {"scanned": 4, "skipped": 1, "failed": 2}


def test_invalid_config_and_pack_exit_2_without_traceback(tmp_path, interviews):
    bad = tmp_path / "redactor.yaml"
    bad.write_text("threshold: [\n", encoding="utf-8")
    result = invoke("scan", interviews, "--config", bad)
    assert result.exit_code == 2
    assert f"{bad}:2: invalid YAML" in result.stderr
    pack = tmp_path / "mine.yaml"
    pack.write_text("recognizers:\n  - name: Broken\n    supported_entity: X\n    patterns:\n"
                    "      - {name: p, regex: '(unclosed', score: 0.5}\n", encoding="utf-8")
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"packs: [public, {pack}]\n", encoding="utf-8")
    result = invoke("scan", interviews, "--config", cfg)
    assert result.exit_code == 2
    assert "rule 'Broken': invalid regex" in result.stderr
    assert "Traceback" not in result.output


def test_missing_model_stops_with_a_clear_message(interviews, config_file):
    result = invoke("scan", interviews, "--model", "xx_missing_model", "--config", config_file)
    assert result.exit_code == 2
    assert "spaCy model 'xx_missing_model' is not installed" in result.stderr
    assert "Traceback" not in result.output


def test_human_table_masks_values(interviews, config_file):
    result = invoke("scan", interviews / "one.txt", "--config", config_file)
    assert result.exit_code == 0
    assert "PHONE" in result.stdout and "[PHONE 1]" in result.stdout
    assert "601 234 567" not in result.stdout


def test_no_network_during_scan_and_redact(interviews, tmp_path, config_file, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # A fresh analyzer, so model loading and the e-mail recognizer's set-up happen under the ban.
    cfg = tmp_path / "fresh.yaml"
    cfg.write_text(config_file.read_text(encoding="utf-8") + "threshold: 0.41\n", encoding="utf-8")
    (interviews / "mail.txt").write_text("Write to anton.bykov@gmail.com or see https://example.org/a",
                                         encoding="utf-8")
    scan = invoke("scan", interviews, "--format", "json", "--config", cfg)
    assert scan.exit_code == 0, scan.output
    assert "EMAIL" in scan.stdout
    redact = invoke("redact", interviews, "-o", tmp_path / "o", "--config", cfg)
    assert redact.exit_code == 0, redact.output


def test_sample_transcript_end_to_end(tmp_path):
    out = tmp_path / "sample"
    result = invoke("redact", ROOT / "examples", "-o", out)
    assert result.exit_code == 0, result.output
    text = (out / "interview-officer.md").read_text(encoding="utf-8")
    for secret in ("Volkov", "Dmitri", "Dima", "Sorokin", "Pankratov", "Irina", "Markova",
                   "+7 916", "dima.volkov91", "@dima_v_1991", "February 22", "March 1st", "31135", "Mokhovoe"):
        assert secret not in text, f"a planted detail of kind {secret[:1]}... survived"
    for public in ("Vladimir Putin", "CNN", "NATO", "Ukraine", "Russia", "Warsaw"):
        assert public in text


def test_importing_the_cli_leaves_the_garbage_collector_on_and_its_modules_out_of_collections():
    # The CLI holds collections back while its imports build their objects (redactor/cli/__init__.py);
    # in a fresh interpreter, importing it must leave the collector as it found it, with what the
    # imports built frozen, so a caller (a test session, a notebook) still collects its garbage.
    import subprocess
    import sys

    probe = ("import gc; import redactor.cli; "
             "print(gc.isenabled(), gc.get_freeze_count() > 100000, 'spacy' in __import__('sys').modules)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True", "True"]
    off = subprocess.run([sys.executable, "-c", "import gc; gc.disable(); import redactor.cli; print(gc.isenabled())"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    assert off.stdout.split() == ["False"]
