"""The human-readable check report: one line per finding, ``path:line:col``, like a compiler."""

from __future__ import annotations

from redactor.ci.gate import CheckItem, CheckResult

REPORT = "check"
FORMAT = "text"


def _line(item: CheckItem, show_values: bool) -> str:
    where = f"{item.path}:{item.line}:{item.column}"
    state = ""
    if item.baselined:
        state = "  (accepted in baseline)"
    elif item.below_threshold:
        state = f"  (score {item.finding.score:.2f}, below threshold)"
    value = f"  value={item.finding.text!r}" if show_values else ""
    return f"{where}: {item.rule_id}: {item.hint}  fp:{item.fingerprint[:16]}{state}{value}"


def render(result: CheckResult) -> str:
    lines = [_line(item, result.show_values) for item in result.items]
    for status in result.files:
        if status.status != "scanned":
            lines.append(f"{status.path}: {status.status}: {status.reason or 'no reason given'}")
    for entry in result.stale:
        lines.append(
            f"{entry.path}: stale baseline entry: {entry.entity_type} fp:{entry.fingerprint[:16]} "
            "is no longer found (run --update-baseline to drop it)"
        )
    lines.append(result.summary())
    return "\n".join(lines) + "\n"
