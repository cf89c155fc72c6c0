"""Human output of `scan`: a Rich table per file with masked context around each finding.

Rendered to a string as the terminal would show it (its width; colours only on a terminal).
"""

from __future__ import annotations

import io
import sys

from rich.console import Console
from rich.table import Table

from redactor.model import FileResult, FileStatus, Finding, RunResult

REPORT = "scan"
FORMAT = "text"

CONTEXT = 30


def masked_context(text: str, finding: Finding, others: tuple[Finding, ...]) -> str:
    """The words around a finding with every finding in view replaced by its pseudonym."""
    lo = max(finding.start - CONTEXT, 0)
    hi = min(finding.end + CONTEXT, len(text))
    # Widen the window over a finding it would cut, so no part of a value is shown.
    for f in others:
        if f.start < lo < f.end:
            lo = f.start
        if f.start < hi < f.end:
            hi = f.end
    pieces, pos = [], lo
    for f in sorted(others, key=lambda f: f.start):
        if f.start >= lo and f.end <= hi and f.start >= pos:
            pieces.append(text[pos:f.start])
            pieces.append(f.replacement or f"[{f.entity_type}?]")
            pos = f.end
    pieces.append(text[pos:hi])
    snippet = " ".join("".join(pieces).split())
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")


def file_table(result: FileResult) -> Table:
    table = Table(title=str(result.path), title_justify="left", show_lines=False)
    for col in ("line", "type", "detector", "score", "replacement", "context"):
        table.add_column(col, overflow="fold", justify="right" if col in ("line", "score") else "left")
    text = result.document.text if result.document else ""
    everything = result.findings + result.suggestions
    for f in sorted(everything, key=lambda f: f.start):
        low = f.replacement == ""
        table.add_row(str(f.line), f.entity_type, f.detector, f"{f.score:.2f}",
                      "(below threshold)" if low else f.replacement,
                      masked_context(text, f, everything), style="dim" if low else None)
    return table


def render(run: RunResult) -> str:
    # Rich sizes a console by the terminal whatever its file, so this matches printing to stdout.
    console = Console(file=io.StringIO(), highlight=False, soft_wrap=True,
                      force_terminal=True if sys.stdout.isatty() else None)
    for f in run.files:
        if f.status != FileStatus.SCANNED:
            continue
        if f.findings or f.suggestions:
            console.print(file_table(f))
        else:
            console.print(f"{f.path}: no findings")
    c = run.counts()
    total = sum(len(f.findings) for f in run.files)
    console.print(f"{total} findings in {c['scanned']} files scanned"
                  f" ({c['skipped']} skipped, {c['failed']} failed)")
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()
