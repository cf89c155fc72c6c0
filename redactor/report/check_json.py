"""The machine-readable check report: findings with locations, fingerprints and states."""

from __future__ import annotations

import json

from redactor.ci.gate import CheckItem, CheckResult, explain_exit

REPORT = "check"
FORMAT = "json"


def _state(item: CheckItem) -> str:
    if item.baselined:
        return "accepted"
    if item.below_threshold:
        return "below_threshold"
    return "open"


def _finding(item: CheckItem, show_values: bool) -> dict:
    f = item.finding
    data = {
        "path": item.path,
        "line": item.line,
        "column": item.column,
        "end_line": item.end_line,
        "end_column": item.end_column,
        "start": f.start,
        "end": f.end,
        "entity_type": f.entity_type,
        "detector": f.detector,
        "rule_id": item.rule_id,
        "score": round(f.score, 4),
        "hint": item.hint,
        "replacement": f.replacement,
        "fingerprint": item.fingerprint,
        "state": _state(item),
    }
    if show_values:
        data["value"] = f.text
    return data


def render(result: CheckResult) -> str:
    code = result.exit_code
    data = {
        "exit_code": int(code),
        "exit_reason": explain_exit(code),
        "summary": {
            "open": len(result.failing),
            "accepted": sum(1 for i in result.items if i.baselined),
            "below_threshold": sum(1 for i in result.items if i.below_threshold and not i.baselined),
            "stale_baseline_entries": len(result.stale),
            "scanned": result.count("scanned"),
            "skipped": result.count("skipped"),
            "failed": result.count("failed"),
        },
        "threshold": result.threshold,
        "baseline": result.baseline_path,
        "findings": [_finding(i, result.show_values) for i in result.items],
        "files": [{"path": s.path, "status": s.status, "reason": s.reason} for s in result.files],
        "stale_baseline": [
            {"path": e.path, "entity_type": e.entity_type, "fingerprint": e.fingerprint} for e in result.stale
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
