"""SARIF 2.1.0 output: valid against the official schema, one rule per detector and entity type,
keyed partial fingerprints, accepted findings as suppressions, no values."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from redactor.ci.gate import Baseline, BaselineEntry, run_check, value_fingerprint
from redactor.ci.watchlist import key_check
from redactor.cli import app
from redactor.model import FileResult, Finding
from redactor.report import check_sarif as sarif

KEY = b"sarif-test-key"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)


def f(text, start, line, column, entity, detector, score=0.9):
    return Finding(start=start, end=start + len(text), entity_type=entity, score=score, detector=detector,
                   text=text, replacement=f"[{entity} 1]", part="text", line=line, column=column)


class Run:
    def __init__(self, *files):
        self.files = files


@pytest.fixture
def log(tmp_path):
    name = f("Anton Bykov", 8, 2, 8, "PERSON", "watchlist", 1.0)
    surname = f("Bykov", 80, 4, 1, "PERSON", "watchlist", 1.0)
    mail = f("anton.b@example.org", 40, 3, 10, "EMAIL", "EmailRecognizer")
    spacy_name = f("Marta", 100, 5, 3, "PERSON", "SpacyRecognizer", 0.85)
    files = (
        FileResult(path=tmp_path / "drafts" / "a b.txt", status="scanned", findings=(name, mail, surname, spacy_name)),
        FileResult(path=tmp_path / "drafts" / "bad.txt", status="failed", reason="not UTF-8 text"),
    )
    accepted = Baseline(key_check(KEY), frozenset({
        BaselineEntry("drafts/a b.txt", "EMAIL", value_fingerprint(KEY, "EMAIL", "anton.b@example.org")),
        BaselineEntry("drafts/old.txt", "PHONE", "ab" * 32),
    }))
    result = run_check(Run(*files), key=KEY, root=tmp_path, baseline=accepted)
    return json.loads(sarif.render(result))


def test_log_is_valid_sarif_2_1_0(log):
    validate(log)
    assert log["version"] == "2.1.0"


def test_one_rule_per_entity_type_and_detector(log):
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["PERSON/watchlist", "EMAIL/EmailRecognizer", "PERSON/SpacyRecognizer"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_results_have_regions_levels_and_keyed_fingerprints(log):
    results = log["runs"][0]["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert [(g["startLine"], g["startColumn"], g["endColumn"]) for g in regions] == [
        (2, 8, 19), (3, 10, 29), (4, 1, 6), (5, 3, 8)]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "drafts/a%20b.txt", "uriBaseId": "%SRCROOT%"}
    assert results[0]["partialFingerprints"]["redactorValue/v1"] == value_fingerprint(KEY, "PERSON", "anton bykov")
    assert [r["level"] for r in results] == ["error", "error", "error", "error"]
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_accepted_finding_is_suppressed_and_problems_are_notifications(log):
    results = log["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["EMAIL/EmailRecognizer"]
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["exitCode"] == 3 and invocation["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert texts[0] == "failed: not UTF-8 text"
    assert texts[1].startswith("stale baseline entry: PHONE")


def test_no_value_in_the_log(log):
    dumped = json.dumps(log)
    for value in ("Anton Bykov", "Bykov", "anton.b@example.org", "Marta"):
        for form in (value, value.lower(), value.upper()):
            assert form not in dumped


def test_invalid_log_is_rejected_by_the_schema(log):
    broken = json.loads(json.dumps(log))
    del broken["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_cli_sarif_validates(tmp_path, monkeypatch):
    (tmp_path / "redactor.yaml").write_text("packs: [public]\nthreshold: 0.3\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text("Call +44 20 7946 0958 or write to a.b@example.org\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY.decode())
    result = CliRunner().invoke(app, ["check", "t.txt", "--no-ner", "--format", "sarif"])
    assert result.exit_code == 1
    produced = json.loads(result.stdout)
    validate(produced)
    assert {r["ruleId"].split("/")[0] for r in produced["runs"][0]["results"]} == {"PHONE", "EMAIL"}
