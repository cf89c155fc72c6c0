"""JSON for `scan --format json` (the contract in DESIGN.md) and the redaction report.

Neither holds a protected value: findings are offsets, types and replacements.  The redaction
report sits next to the redacted output, which must not lead back to the source.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Mapping

from redactor.model import Finding
from redactor.pipeline import RunResult
from redactor.project.paths import printable


def _finding(f: Finding) -> dict:
    return {"start": f.start, "end": f.end, "entity_type": f.entity_type, "score": f.score,
            "replacement": f.replacement, "detector": f.detector}


# Formats whose offsets refer to extracted text, not to the file on disk: their findings also
# name the part they are in (paragraph, table cell, header, comment).
_EXTRACTED = {"docx"}


def render_scan(run: RunResult) -> str:
    """``{"files": [{"path", "findings": [...]}]}`` for every scanned file: the contract, plus a
    ``part`` per finding where offsets are into extracted text (docx)."""
    files = []
    for f in run.files:
        if f.status != "scanned":
            continue
        extracted = f.document is not None and f.document.format in _EXTRACTED
        files.append({"path": printable(str(f.path)), "findings": [
            {**_finding(x), "part": x.part} if extracted else _finding(x) for x in f.findings]})
    return json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n"


def render_redaction_report(run: RunResult, outputs: Mapping[Path, Path]) -> str:
    """Per file: state, output path, counts by type, findings with offsets and replacements."""
    files = []
    for f in run.files:
        entry: dict = {"path": printable(str(f.path)), "status": f.status}
        if f.reason:
            entry["reason"] = f.reason
        if f.status == "scanned":
            entry["output"] = printable(str(outputs.get(f.path, "")))
            entry["counts"] = dict(sorted(Counter(x.entity_type for x in f.findings).items()))
            entry["findings"] = [
                {**_finding(x), "line": x.line, "column": x.column, "part": x.part} for x in f.findings
            ]
            entry["below_threshold"] = [
                {"start": x.start, "end": x.end, "entity_type": x.entity_type, "score": x.score,
                 "detector": x.detector, "line": x.line} for x in f.suggestions
            ]
            if f.document is not None and f.document.cleared_metadata:
                entry["cleared_metadata"] = list(f.document.cleared_metadata)
        files.append(entry)
    totals = Counter(x.entity_type for f in run.files for x in f.findings)
    return json.dumps({"files": files, "totals": dict(sorted(totals.items())), "states": run.counts()},
                      ensure_ascii=False, indent=2) + "\n"
