"""`redactor check`: fail a CI job or a commit when drafts still hold what could identify a source.

Thin: it resolves paths, key, watchlist and baseline, runs the Redactor and hands the result to
``redactor.ci.gate`` and a ``redactor.report`` format.  Output names file, line, column, rule and a
masked hint; values only with ``--show-values``, which is refused when ``CI`` is set.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import List, Optional

import typer

from redactor.ci.gate import (
    BASELINE_NAME,
    accept_all,
    changed_files,
    load_baseline,
    project_root,
    run_check,
    save_baseline,
    updated_baseline,
)
from redactor.ci.watchlist import (
    WATCHLIST_NAME,
    WatchlistRecognizer,
    load_watchlist,
    locate_watchlist,
    verify_key,
)
from redactor.cli.app import app, err, exit_with, handle_errors, stdout_write
from redactor.cli.common import (
    CONFIG_OPTION,
    DECISIONS_OPTION,
    DASK_OPTION,
    JOBS_OPTION,
    MODEL_OPTION,
    QUIET_OPTION,
    NO_NER_OPTION,
    build_redactor,
    load_run_settings,
    progress_bar,
    report_decision_issues,
)
from redactor.errors import ExitCode, RedactorError
from redactor.formats import FORMATS
from redactor.project.files import write_atomic
from redactor.project.paths import expand_paths
from redactor.project.keys import KEY_VARIABLE, project_key
from redactor.refine.decisions import open_decisions
from redactor.report import renderer

# Our own files hold hashes, not prose; scanning them would only report hex strings.
_OWN_FILES = {BASELINE_NAME, WATCHLIST_NAME}


def _select_paths(paths: list[Path], changed_since: str | None, cwd: Path, skip: set[Path]) -> list[Path]:
    if changed_since:
        handled = [s for fmt in FORMATS for s in fmt.suffixes]
        changed = changed_files(changed_since, cwd, handled)
        if paths:
            roots = [p.resolve() for p in paths]
            changed = [c for c in changed if any(c == r or r in c.parents for r in roots)]
        selected = changed
    elif paths:
        selected = list(paths)
    else:
        raise RedactorError("give at least one file or folder, or --changed-since REV", ExitCode.USAGE)
    return [p for p in selected if p.name not in _OWN_FILES and p.resolve() not in skip]


def _why_key_needed(watchlist_path: Path, baseline_path: Path, update_baseline: bool) -> str | None:
    if watchlist_path.is_file():
        return f"a watchlist is present ({watchlist_path})"
    if baseline_path.is_file():
        return f"a baseline is present ({baseline_path})"
    if update_baseline:
        return "--update-baseline writes keyed fingerprints"
    return None


def _key(needed_for: str | None) -> bytes:
    """The project key; without one, a one-run random key when nothing persistent needs it.

    Never the project's key file: a watchlist or baseline is shared (CI holds the key as a
    secret), so only ``REDACTOR_KEY`` can compare against it."""
    if os.environ.get(KEY_VARIABLE):
        return project_key()
    if needed_for:
        raise RedactorError(
            f"{needed_for}, but {KEY_VARIABLE} is not set: the check cannot compare keyed "
            "hashes without it and stops rather than pass (set it in your shell or as a CI secret)",
            ExitCode.USAGE,
        )
    err.print(f"note: {KEY_VARIABLE} is not set; fingerprints in this report hold for this run only",
              markup=False, highlight=False)
    # Never an unkeyed hash: a plain SHA-256 of a short value can be reversed by guessing.
    return secrets.token_bytes(32)


@app.command()
@handle_errors
def check(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Files or folders (folders are searched recursively)."),
    format: str = typer.Option("text", "--format", "-f", help="text, json, sarif or github."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", help=f"Accepted findings (default: {BASELINE_NAME} in the project root)."),
    update_baseline: bool = typer.Option(
        False, "--update-baseline",
        help="Accept every current finding (never a watchlisted name) into the baseline."),
    watchlist: Optional[Path] = typer.Option(
        None, "--watchlist",
        help=f"Protected names (default: {WATCHLIST_NAME} here or in the project root)."),
    changed_since: Optional[str] = typer.Option(
        None, "--changed-since", metavar="REV", help="Only files changed since this git revision."),
    threshold: Optional[float] = typer.Option(
        None, "--threshold", min=0.0, max=1.0,
        help="Fail on findings scoring at least this (default: the config's threshold)."),
    suggestions: bool = typer.Option(
        False, "--suggestions", help="Also list findings below the threshold (they never fail the check)."),
    show_values: bool = typer.Option(
        False, "--show-values", help="Print found values (local use only; refused when CI is set)."),
    exclude: List[str] = typer.Option(
        [], "--exclude", metavar="GLOB",
        help="Leave out files or folders matching this glob (repeatable; adds to the config's exclude)."),
    decisions: Optional[Path] = DECISIONS_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    no_ner: bool = NO_NER_OPTION,
    model: Optional[str] = MODEL_OPTION,
    jobs: Optional[int] = JOBS_OPTION,
    dask: Optional[str] = DASK_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Exit 1 when drafts still hold findings: for CI and pre-commit; never prints a value.

    Exit codes: 0 clean, 1 findings remain, 2 usage or config error, 3 some files could not be
    read (3 wins over 1: an incomplete check is never reported as findings-only or clean).
    """
    if show_values and "CI" in os.environ:
        raise RedactorError("--show-values is refused when CI is set: values must not reach CI logs")
    render = renderer(format)

    cwd = Path.cwd()
    root = project_root(cwd)
    baseline_path = baseline or root / BASELINE_NAME
    watchlist_path = watchlist or locate_watchlist(cwd, root)
    if watchlist is not None and not watchlist.is_file():
        raise RedactorError(f"{watchlist}: watchlist not found", ExitCode.USAGE)
    if baseline is not None and not baseline.is_file() and not update_baseline:
        raise RedactorError(f"{baseline}: baseline not found (create it with --update-baseline)",
                            ExitCode.USAGE)

    key = _key(_why_key_needed(watchlist_path, baseline_path, update_baseline))
    listed = None
    if watchlist_path.is_file():
        listed = load_watchlist(watchlist_path)
        verify_key(listed, key, watchlist_path)
    accepted = load_baseline(baseline_path, key)

    selected = _select_paths(list(paths or []), changed_since, cwd,
                             {baseline_path.resolve(), watchlist_path.resolve()})
    settings = load_run_settings(config, selected or [cwd], no_ner, model)
    if threshold is not None:
        settings = settings.model_copy(update={"threshold": threshold})
    extra, path_mask = [], None
    if listed is not None:
        names = WatchlistRecognizer(listed.entries, key, supported_language=settings.language)
        extra.append(names)
        path_mask = names.mask_path

    # Decisions never make check pass by keeping a profiled source's or watchlisted name.
    decision_source = open_decisions(decisions, settings, selected or [cwd])
    redactor = build_redactor(settings, jobs=jobs, dask=dask, extra_recognizers=extra, decisions=decision_source)
    files = expand_paths(selected, exclude=(*settings.exclude, *exclude), backups=True)
    with progress_bar("checking", quiet) as progress:
        run = redactor.run(files, progress=progress)
    report_decision_issues(decision_source)
    result = run_check(run, key=key, root=root, baseline=accepted, threshold=settings.threshold,
                       show_values=show_values, baseline_path=baseline_path,
                       include_suggestions=suggestions, path_mask=path_mask)
    if update_baseline:
        new = updated_baseline(accepted, result, key)
        save_baseline(baseline_path, new)
        result = accept_all(result, new)
        err.print(f"baseline written: {baseline_path} ({len(new.entries)} entries)", markup=False,
                  highlight=False)

    report = render(result)
    if output is not None:
        # Values make the report a secret: readable by its owner only.
        write_atomic(output, report.encode("utf-8"), private=show_values)
    else:
        stdout_write(report)
    if output is not None or format in ("json", "sarif"):
        # Machine formats go to a file or a pipe; say the outcome where a person looks.
        err.print(result.summary(), markup=False, highlight=False)
    exit_with(result.exit_code)
