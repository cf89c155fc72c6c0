"""The redaction report (``redaction-report.json``) written beside every redacted output.

Per file: its state, where its redacted copy went, counts by type, findings with offsets and
replacements; per entity its pseudonym and how often it occurs; the mentions that fit more than
one person, for the editor.  It holds no protected value: the report sits next to the redacted output, which
must not lead back to the source, so when output names are redacted it names each input by its
redacted path (``RunResult.shown``), never by the real one.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from redactor.model import FileStatus, RunResult
from redactor.project.paths import printable
from redactor.report.scan_json import finding_json

REPORT = "redaction"
FORMAT = "json"


def render(run: RunResult) -> str:
    """Per file: state, output path, counts by type, findings with offsets and replacements.

    A run interrupted while writing says so: ``"interrupted": true`` and the files whose
    redacted copy was not written (they have no ``output``)."""
    outputs, unwritten = run.outputs, run.unwritten
    files = []
    for f in run.files:
        entry: dict[str, Any] = {"path": printable(run.shown_path(f.path)), "status": f.status}
        if f.reason:
            entry["reason"] = f.reason
        if f.status == FileStatus.SCANNED:
            if f.path in outputs or not unwritten:
                entry["output"] = printable(str(outputs.get(f.path, "")))
            entry["counts"] = dict(sorted(Counter(x.entity_type for x in f.findings).items()))
            entry["findings"] = [
                {**finding_json(x), "line": x.line, "column": x.column, "part": x.part} for x in f.findings
            ]
            entry["below_threshold"] = [
                {"start": x.start, "end": x.end, "entity_type": x.entity_type, "score": x.score,
                 "detector": x.detector, "line": x.line} for x in f.suggestions
            ]
            if f.document is not None and f.document.cleared_metadata:
                entry["cleared_metadata"] = list(f.document.cleared_metadata)
        files.append(entry)
    totals = Counter(x.entity_type for f in run.files for x in f.findings)
    report: dict[str, Any] = {"files": files, "totals": dict(sorted(totals.items())), "states": run.counts(),
                              **entity_summary(run)}
    if run.decisions is not None:
        report["decisions"] = _decisions_shown(run)
    if unwritten:
        report["interrupted"] = True
        report["unwritten"] = [printable(run.shown_path(p)) for p in unwritten]
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _decisions_shown(run: RunResult) -> dict[str, Any]:
    """The decisions' part with each issue's file named as the report names files; a file the
    decisions name that this run did not read has no redacted name, so its name is left out."""
    decisions = dict(run.decisions or {})
    if run.shown and "issues" in decisions:
        by_name = {str(path): shown for path, shown in run.shown.items()}
        decisions["issues"] = [issue if issue.get("kind") == "stale-entity" else
                               {**issue, "file": by_name.get(issue.get("file"), "(a file not in this run)")}
                               for issue in decisions["issues"]]
    return decisions


def entity_summary(run: RunResult) -> dict[str, Any]:
    """Per entity of the run: its type, pseudonym, how many mentions and in how many files;
    and the mentions that fit more than one person (file, line, type, the pseudonym they got).

    Entities are numbered by first appearance; the forms an entity groups are never listed
    here (they are protected values: only the vault and the review page hold them)."""
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    paths: dict[tuple[str, str], set[str]] = {}
    ambiguous = []
    for f in run.files:
        for x in f.findings:
            ident = (x.entity_type, x.entity_id or x.replacement)
            if ident not in entities:
                entities[ident] = {"entity": len(entities) + 1, "entity_type": x.entity_type,
                                   "pseudonym": x.replacement, "mentions": 0, "files": 0}
            entities[ident]["mentions"] += 1
            paths.setdefault(ident, set()).add(str(f.path))
            if x.ambiguous:
                ambiguous.append({"path": printable(run.shown_path(f.path)), "line": x.line, "entity_type": x.entity_type,
                                  "pseudonym": x.replacement, "entity": entities[ident]["entity"]})
    for ident, entry in entities.items():
        entry["files"] = len(paths[ident])
    return {"entities": list(entities.values()), "ambiguous": ambiguous}
