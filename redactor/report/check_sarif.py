"""SARIF 2.1.0 for code-scanning dashboards: one rule per entity type and detector.

Results carry the keyed fingerprint as a partial fingerprint, so a dashboard follows a finding
across edits without the log holding its value; accepted findings are kept as suppressed
results.  Columns count Unicode code points (``columnKind``), as our line/column do.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import PurePosixPath
from urllib.parse import quote

from redactor.ci.gate import CheckItem, CheckResult

REPORT = "check"
FORMAT = "sarif"
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_NAME = "redactorValue/v1"


def _version() -> str | None:
    try:
        return metadata.version("redactor")
    except metadata.PackageNotFoundError:
        return None


def _artifact(path: str) -> dict:
    if PurePosixPath(path).is_absolute():
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": SRCROOT}


def _rule(item: CheckItem) -> dict:
    entity, detector = item.finding.entity_type, item.finding.detector
    return {
        "id": item.rule_id,
        "name": f"{entity.title().replace('_', '')}From{detector.title().replace('_', '').replace('-', '')}",
        "shortDescription": {"text": f"{entity} found by the {detector} detector"},
        "fullDescription": {
            "text": f"A {entity} that could identify a confidential source, found by the {detector} "
            "detector. The report shows its type and length, never its value."
        },
        "help": {
            "text": "Replace it with `redactor redact`, or accept it with "
            "`redactor check --update-baseline` if it is safe to publish."
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {"entity_type": entity, "detector": detector, "tags": ["privacy", "source-protection"]},
    }


def _result(item: CheckItem, rule_index: int, result: CheckResult) -> dict:
    message = f"{item.hint} found by {item.finding.detector}; replace it before publishing"
    if result.show_values:
        message += f": {item.finding.text!r}"
    region = {
        "startLine": item.line,
        "startColumn": item.column,
        "endLine": item.end_line,
        "endColumn": item.end_column,
    }
    data = {
        "ruleId": item.rule_id,
        "ruleIndex": rule_index,
        "level": "note" if item.below_threshold else "error",
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(item.path), "region": region}}],
        "partialFingerprints": {FINGERPRINT_NAME: item.fingerprint},
        "baselineState": "unchanged" if item.baselined else "new",
        "properties": {"score": round(item.finding.score, 4), "hint": item.hint},
    }
    if item.baselined:
        data["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": "accepted in the redactor baseline"}
        ]
    return data


def _notifications(result: CheckResult) -> list[dict]:
    notes = []
    for status in result.files:
        if status.status == "scanned":
            continue
        notes.append(
            {
                "level": "error" if status.status == "failed" else "note",
                "message": {"text": f"{status.status}: {status.reason or 'no reason given'}"},
                "locations": [{"physicalLocation": {"artifactLocation": _artifact(status.path)}}],
            }
        )
    for entry in result.stale:
        notes.append(
            {
                "level": "warning",
                "message": {
                    "text": f"stale baseline entry: {entry.entity_type} fp:{entry.fingerprint[:16]} "
                    "is no longer found"
                },
                "locations": [{"physicalLocation": {"artifactLocation": _artifact(entry.path)}}],
            }
        )
    return notes


def render(result: CheckResult) -> str:
    rules: dict[str, int] = {}
    rule_list: list[dict] = []
    for item in result.items:
        if item.rule_id not in rules:
            rules[item.rule_id] = len(rule_list)
            rule_list.append(_rule(item))
    driver: dict = {"name": "redactor", "rules": rule_list}
    version = _version()
    if version:
        driver["version"] = version
    code = result.exit_code
    run: dict = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": code != 3,
                "exitCode": int(code),
                "toolExecutionNotifications": _notifications(result),
            }
        ],
        "results": [_result(item, rules[item.rule_id], result) for item in result.items],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
