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
    DECISIONS_OPTION,
    JOBS_OPTION,
    MODEL_OPTION,
    QUIET_OPTION,
    NO_NER_OPTION,
    check_inputs,
    load_run_settings,
    progress_bar,
    project_redactor,
    report_decision_issues,
    report_file_states,
    watchlist_recognizers,
)
from redactor.refine.decisions import open_decisions
from redactor.report import render


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
    decisions: Optional[Path] = DECISIONS_OPTION,
) -> None:
    """Find what could identify a source, without changing anything."""
    check_inputs(paths)
    settings = load_run_settings(config, paths, no_ner, model)
    extra = watchlist_recognizers(settings)
    # The editor's decisions (--decisions) are shown as `redact` would apply them.
    decision_source = open_decisions(decisions, settings, paths, allow_stale=True)
    with project_redactor(settings, persist=False, jobs=jobs, dask=dask, extra_recognizers=extra,
                          decisions=decision_source) as redactor, \
            progress_bar("scanning", quiet) as progress:
        run = redactor.run(paths, progress=progress)
    report_file_states(run)
    report_decision_issues(decision_source)
    stdout_write(render(format.value, run, report="scan"))
    exit_with(run.exit_code)
