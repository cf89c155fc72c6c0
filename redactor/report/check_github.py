"""GitHub Actions workflow commands: each open finding becomes an ``::error`` annotation.

Values in workflow commands are escaped as the runner expects (``%``, CR and LF everywhere;
``:`` and ``,`` inside properties too), so a path cannot end a property or start a new command.
"""

from __future__ import annotations

from redactor.ci.gate import CheckResult

REPORT = "check"
FORMAT = "github"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: object) -> str:
    """``::kind k=v,...::message`` with every part escaped."""
    joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    head = f"::{kind} {joined}" if joined else f"::{kind}"
    return f"{head}::{escape_data(message)}"


def render(result: CheckResult) -> str:
    lines = []
    for item in result.items:
        if item.baselined:
            continue
        message = f"{item.hint} found by {item.finding.detector}; replace it before publishing"
        if result.show_values:
            message += f": {item.finding.text!r}"
        kind = "notice" if item.below_threshold else "error"
        lines.append(
            command(kind, message, file=item.path, line=item.line, col=item.column, title=item.rule_id)
        )
    for status in result.files:
        if status.status == "failed":
            message = f"could not be read: {status.reason}"
            lines.append(command("error", message, file=status.path, title="unreadable file"))
        elif status.status == "skipped":
            lines.append(command("notice", f"skipped: {status.reason}", file=status.path, title="skipped file"))
    for entry in result.stale:
        lines.append(
            command(
                "warning",
                f"stale baseline entry {entry.entity_type} fp:{entry.fingerprint[:16]} is no longer found",
                file=entry.path,
                title="stale baseline entry",
            )
        )
    lines.append(result.summary())
    return "\n".join(lines) + "\n"
