"""`redactor scan`: show what would be redacted, as a table or as JSON for other tools."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from redactor.cli.app import app, exit_with, handle_errors, stdout_write
from redactor.cli.common import (
    CONFIG_OPTION,
    DASK_OPTION,
    JOBS_OPTION,
    MODEL_OPTION,
    QUIET_OPTION,
    NO_NER_OPTION,
    check_inputs,
    load_run_settings,
    progress_bar,
    project_redactor,
    report_file_states,
    watchlist_recognizers,
)
from redactor.report import render, scan_json


class ScanFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
@handle_errors
def scan(
    paths: List[Path] = typer.Argument(..., help="Files or folders (folders are searched recursively)."),
    format: ScanFormat = typer.Option(ScanFormat.text, "--format", "-f", help="text (a table) or json."),
    config: Path = CONFIG_OPTION,
    no_ner: bool = NO_NER_OPTION,
    model: str = MODEL_OPTION,
    jobs: Optional[int] = JOBS_OPTION,
    dask: Optional[str] = DASK_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Find what could identify a source, without changing anything."""
    check_inputs(paths)
    settings = load_run_settings(config, paths, no_ner, model)
    extra = watchlist_recognizers(settings)
    with project_redactor(settings, persist=False, jobs=jobs, dask=dask, extra_recognizers=extra) as redactor, \
            progress_bar("scanning", quiet) as progress:
        # JSON needs no text: compact results, so memory stays flat however many files.
        run = redactor.run(paths, progress=progress, keep_text=format != ScanFormat.json)
    report_file_states(run)
    if format == ScanFormat.json:  # a file at a time: a large run's JSON is never built whole
        for chunk in scan_json.render_chunks(run):
            stdout_write(chunk)
    else:
        stdout_write(render(format.value, run, report="scan"))
    exit_with(run.exit_code)
