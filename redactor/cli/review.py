"""`redactor review`: write the editor's review page (one self-contained HTML file)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List

import typer

from redactor.cli.app import app, err, exit_with, handle_errors
from redactor.cli.common import (
    CONFIG_OPTION,
    MODEL_OPTION,
    NO_NER_OPTION,
    check_inputs,
    load_run_settings,
    progress_bar,
    project_redactor,
    report_file_states,
)
from redactor.errors import ExitCode, RedactorError
from redactor.project.keys import KEY_VARIABLE, key_file, key_home, project_key
from redactor.report.html import MentionRecorder, Numbering, render_review, write_review


@app.command()
@handle_errors
def review(
    paths: List[Path] = typer.Argument(..., help="Files or folders to review (folders recursively)."),
    output: Path = typer.Option(Path("review.html"), "--output", "-o", dir_okay=False,
                                help="Where to write the review page."),
    title: str = typer.Option("", "--title", help="A title shown at the top of the page."),
    config: Path = CONFIG_OPTION,
    no_ner: bool = NO_NER_OPTION,
    model: str = MODEL_OPTION,
) -> None:
    """Write an HTML page to see, accept and reject every finding, and export the decisions.

    The page holds the unredacted text (it is written readable by you only); the decisions it
    exports hold none: pass them to `redactor redact --decisions`.
    """
    check_inputs(paths)
    if output.suffix.lower() not in {".html", ".htm"}:
        raise RedactorError(f"{output}: the review page must be an .html file", ExitCode.USAGE)
    settings = load_run_settings(config, paths, no_ner, model)
    # Fingerprints are keyed: REDACTOR_KEY, else the project's own key (made on first use).
    home = key_home(settings.base_dir, paths)
    had_key = bool(os.environ.get(KEY_VARIABLE)) or key_file(home).exists()
    key = project_key(home=home)
    if not had_key:
        err.print(f"made the project key {key_file(home)} (readable by you only, ignored by git); "
                  "`redact --decisions` needs it: keep it with the project",
                  highlight=False, markup=False)
    recorder = MentionRecorder()
    # The vault numbers pseudonyms as `redact` will, but a review never changes it.
    with project_redactor(settings, persist=False, decisions=recorder) as redactor:
        known, counters = set(redactor.table.entries), dict(redactor.table.counters)
        with progress_bar("reviewing") as progress:
            run = redactor.run(paths, progress=progress)
        numbering = Numbering.of(redactor.table, known, counters)
    report_file_states(run)
    page = render_review(run.files, key=key, source_labels=[s.label for s in settings.sources],
                         threshold=settings.threshold, title=title, seen=recorder.seen,
                         numbering=numbering, styles=dict(settings.replacements))
    write_review(output, page)
    scanned = [f for f in run.files if f.status == "scanned"]
    found = sum(len(f.findings) for f in scanned)
    low = sum(len(f.suggestions) for f in scanned)
    err.print(f"review page → {output} ({len(scanned)} files, {found} findings, {low} worth a second "
              "look). It holds the unredacted text: written readable by you only (mode 0600); "
              "do not share or commit it, and delete it after the review.",
              highlight=False, markup=False)
    exit_with(run.exit_code)
