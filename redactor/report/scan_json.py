"""JSON for `scan --format json`: the contract in DESIGN.md, which other tools rely on.

It holds no protected value: findings are offsets, types, detectors and replacements.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from redactor.model import FileResult, FileStatus, Finding, RunResult
from redactor.project.paths import printable

REPORT = "scan"
FORMAT = "json"


def finding_json(f: Finding) -> dict[str, Any]:
    """A finding as the contract has it."""
    return {"start": f.start, "end": f.end, "entity_type": f.entity_type, "score": f.score,
            "replacement": f.replacement, "detector": f.detector}


# Formats whose offsets refer to extracted text, not to the file on disk: their findings also
# name the part they are in (paragraph, table cell, header, comment).
_EXTRACTED = {"docx"}


def render(run: RunResult) -> str:
    """``{"files": [{"path", "findings": [...]}]}`` for every scanned file: the contract, plus a
    ``part`` per finding where offsets are into extracted text (docx)."""
    return "".join(render_chunks(run.files))


def render_chunks(files: Iterable[FileResult]) -> Iterator[str]:
    """``render`` a file at a time, the same text, from ``files`` as they come: a large run's
    report is never built whole (the indenting JSON encoder holds every small piece of what it
    encodes until the end)."""
    yield '{\n  "files": ['
    first = True
    for f in files:
        if f.status != FileStatus.SCANNED:
            continue
        extracted = f.document is not None and f.document.format in _EXTRACTED
        entry = {"path": printable(str(f.path)), "findings": [
            {**finding_json(x), "part": x.part} if extracted else finding_json(x) for x in f.findings]}
        yield ("\n" if first else ",\n") + indented(json.dumps(entry, ensure_ascii=False, indent=2), 4)
        first = False
    yield "]\n}\n" if first else "\n  ]\n}\n"


def indented(text: str, spaces: int) -> str:
    """``text`` (indented JSON) as it reads nested ``spaces`` deeper."""
    pad = " " * spaces
    return pad + text.replace("\n", "\n" + pad)
