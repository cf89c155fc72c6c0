"""`redactor redact`: parse, then ``Redactor.redact_files`` (or the one file to stdout)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from redactor.cli.app import app, err, exit_with, handle_errors, stdout_write
from redactor.cli.common import (
    CONFIG_OPTION,
    DECISIONS_OPTION,
    DASK_OPTION,
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
from redactor.errors import ExitCode, RedactorError
from redactor.model import FileResult, FileStatus
from redactor.outputs import BACKUP_SUFFIX, check_destination
from redactor.pipeline import Redactor, RunResult
from redactor.refine.decisions import open_decisions


@app.command()
@handle_errors
def redact(
    paths: List[Path] = typer.Argument(..., help="Files or folders to redact (folders recursively)."),
    output: Path = typer.Option(None, "--output", "-o", help="Folder for the redacted copies and the report.",
                                file_okay=False),
    in_place: bool = typer.Option(False, "--in-place", help=f"Overwrite the originals, keeping each as *{BACKUP_SUFFIX}."),
    decisions: Path = DECISIONS_OPTION,
    allow_stale: bool = typer.Option(False, "--allow-stale",
                                     help="Write files even where an added detail from --decisions "
                                          "could not be found (it is then NOT redacted)."),
    allow_source_exposure: bool = typer.Option(
        False, "--allow-source-exposure",
        help="Let --decisions keep a profiled source's name or detail in the output (reported as "
             "DANGER). Without it such a decision is refused and the mention stays redacted."),
    config: Path = CONFIG_OPTION,
    no_ner: bool = NO_NER_OPTION,
    model: str = MODEL_OPTION,
    jobs: Optional[int] = JOBS_OPTION,
    dask: Optional[str] = DASK_OPTION,
    quiet: bool = QUIET_OPTION,
) -> None:
    """Write redacted copies of transcripts; the originals are never touched unless --in-place."""
    _check_arguments(paths, output, in_place)
    settings = load_run_settings(config, paths, no_ner, model)
    decision_source = open_decisions(decisions, settings, paths, allow_stale=allow_stale,
                                     allow_source_exposure=allow_source_exposure)
    extra = watchlist_recognizers(settings)  # the journalist's protected names, in every command
    with project_redactor(settings, persist=True, jobs=jobs, dask=dask, decisions=decision_source,
                          extra_recognizers=extra) as redactor:
        with progress_bar("redacting", quiet) as progress:
            if output is None and not in_place:
                run = redactor.run(paths, progress=progress)
                run = decision_source.finish_run(run) if decision_source else run
            else:
                run = _redact_files(redactor, paths, output, in_place, progress)
        report_file_states(run)
        # Said before the success line: a decision that exposes a source or was lost.
        report_decision_issues(decision_source)
        if output is None and not in_place:
            run = _print_redacted(redactor, run)
        else:
            total = sum(len(f.findings) for f in run.files if f.status == FileStatus.SCANNED)
            err.print(f"redacted {len(run.outputs)} files ({total} replacements) → "
                      f"{output if output is not None else 'in place'}; report: {run.report}",
                      highlight=False, markup=False)
    exit_with(run.exit_code)


def _check_arguments(paths: List[Path], output: Path | None, in_place: bool) -> None:
    check_inputs(paths)
    if output is not None or in_place:
        check_destination(paths, output, in_place)
    elif len(paths) != 1 or paths[0].is_dir():
        raise RedactorError("without -o, give exactly one file (its redacted text goes to stdout)",
                            ExitCode.USAGE)
    elif paths[0].suffix.lower() == ".docx":
        raise RedactorError("a Word document cannot be shown on screen; give -o OUTDIR", ExitCode.USAGE)


def _print_redacted(redactor: Redactor, run: RunResult) -> RunResult:
    """The one file's redacted text on stdout; the run with that file failed when its writer
    refuses (e.g. a cue it cannot keep): nothing is shown half-redacted."""
    scanned = [f for f in run.files if f.status == FileStatus.SCANNED]
    if not scanned:
        return run
    try:
        data = redactor.write_redacted(scanned[0])
        leaks = redactor.leak_audit(run).audit_bytes(scanned[0].path.name, data)
        if leaks:
            raise RedactorError("leak audit: " + "; ".join(map(str, leaks)) + "; not shown", ExitCode.UNREADABLE)
    except RedactorError as exc:
        failed = FileResult(path=scanned[0].path, status=FileStatus.FAILED, reason=exc.message)
        report_file_states(RunResult(files=(failed,)))
        return RunResult(files=(failed,))
    stdout_write(data.decode("utf-8", errors="replace"))
    return run


def _redact_files(redactor: Redactor, paths: List[Path], output: Path | None, in_place: bool,
                  progress) -> RunResult:
    try:
        return redactor.redact_files(paths, output, in_place=in_place, progress=progress)
    except KeyboardInterrupt:
        what = ("every original is as it was" if in_place else
                "the copies written so far are listed in the report, marked interrupted")
        err.print(f"interrupted: {what}", highlight=False, markup=False, style="red")
        raise typer.Exit(130) from None
