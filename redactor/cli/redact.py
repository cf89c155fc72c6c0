"""`redactor redact`: write redacted copies (mirroring the input tree) and a report."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import List, Sequence

import typer

from redactor.audit import LeakAudit, audit_written
from redactor.cli.app import app, err, exit_with, handle_errors, stdout_write
from redactor.cli.common import (
    CONFIG_OPTION,
    DECISIONS_OPTION,
    MODEL_OPTION,
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
from redactor.model import FileResult
from redactor.project.files import write_atomic
from redactor.refine.decisions import load_decisions
from redactor.report.scan_json import render_redaction_report

REPORT_NAME = "redaction-report.json"
BACKUP_SUFFIX = ".orig"


def output_paths(inputs: Sequence[Path], files: Sequence[FileResult], outdir: Path) -> dict[Path, Path]:
    """Where each file's redacted copy goes: the input tree mirrored under ``outdir``.

    One input folder maps onto ``outdir`` itself; with several inputs each keeps its own name.
    """
    roots = [p.resolve() for p in inputs]
    single_dir = len(inputs) == 1 and inputs[0].is_dir()
    mapping: dict[Path, Path] = {}
    for f in files:
        resolved = f.path.resolve()
        for given, root in zip(inputs, roots):
            if resolved == root:
                target = outdir / resolved.name
                break
            if resolved.is_relative_to(root):
                rel = resolved.relative_to(root)
                target = outdir / rel if single_dir else outdir / root.name / rel
                break
        else:  # pragma: no cover - every file comes from an input
            target = outdir / resolved.name
        if target in mapping.values():
            raise RedactorError(f"two inputs would be written to the same output {target}", ExitCode.USAGE)
        mapping[f.path] = target
    return mapping


def refuse_unsafe_outdir(inputs: Sequence[Path], outdir: Path) -> None:
    """Never write into an input folder (a rerun would scan its own output, or overwrite input)."""
    out = outdir.resolve()
    for p in inputs:
        root = p.resolve()
        if p.is_dir() and (out == root or out.is_relative_to(root)):
            raise RedactorError(f"the output folder {outdir} is inside the input folder {p}; "
                                "choose a folder outside it", ExitCode.USAGE)
        if not p.is_dir() and out == root:
            raise RedactorError(f"the output folder {outdir} is an input file", ExitCode.USAGE)


@app.command()
@handle_errors
def redact(
    paths: List[Path] = typer.Argument(..., help="Files or folders to redact (folders recursively)."),
    output: Path = typer.Option(None, "--output", "-o", help="Folder for the redacted copies and the report.",
                                file_okay=False),
    in_place: bool = typer.Option(False, "--in-place", help=f"Overwrite the originals, keeping each as *{BACKUP_SUFFIX}."),
    decisions: Path = DECISIONS_OPTION,
    config: Path = CONFIG_OPTION,
    no_ner: bool = NO_NER_OPTION,
    model: str = MODEL_OPTION,
) -> None:
    """Write redacted copies of transcripts; the originals are never touched unless --in-place."""
    check_inputs(paths)
    if output is not None and in_place:
        raise RedactorError("use either --output or --in-place, not both", ExitCode.USAGE)
    if output is None and not in_place and (len(paths) != 1 or paths[0].is_dir()):
        raise RedactorError("without -o, give exactly one file (its redacted text goes to stdout)",
                            ExitCode.USAGE)
    if output is None and not in_place and paths[0].suffix.lower() == ".docx":
        raise RedactorError("a Word document cannot be shown on screen; give -o OUTDIR", ExitCode.USAGE)
    if output is not None:
        refuse_unsafe_outdir(paths, output)
    settings = load_run_settings(config, paths, no_ner, model)
    decision_source = load_decisions(decisions) if decisions is not None else None
    extra = watchlist_recognizers(settings)  # the journalist's protected names, in every command
    with project_redactor(settings, persist=True, decisions=decision_source, extra_recognizers=extra) as redactor:
        with progress_bar("redacting") as progress:
            run = redactor.run(paths, progress=progress)
        report_file_states(run)
        written = write_outputs(redactor, run, paths, output, in_place)
    report_decision_issues(decision_source)
    exit_with(run.exit_code if written else ExitCode.UNREADABLE)


def _redacted_bytes(redactor, f: FileResult, audit: LeakAudit | None = None) -> bytes | None:
    """The redacted file, or None (reported) when its writer refuses, e.g. a cue it cannot keep,
    or when the leak audit finds a replaced or protected value still in it."""
    try:
        data = redactor.write_redacted(f)
    except RedactorError as exc:
        err.print(f"failed {f.path}: {exc.message}", highlight=False, markup=False, style="red")
        return None
    if audit is not None and report_leaks(f.path, audit.audit_bytes(f.path.name, data)):
        return None
    return data


def report_leaks(path: Path, leaks) -> bool:
    """Print where an output still holds a protected value (never the value); True if any."""
    for leak in leaks:
        err.print(f"failed {path}: leak audit: {leak}; output not written", highlight=False,
                  markup=False, style="red")
    return bool(leaks)


def write_outputs(redactor, run, paths: Sequence[Path], output: Path | None, in_place: bool) -> bool:
    """Redacted copies (or stdout for one file), then the report; originals only with in_place.

    False when some file could not be written (it is left out, never written half-redacted)."""
    scanned = [f for f in run.files if f.status == "scanned"]
    kept = redactor.decisions.kept_values() if redactor.decisions is not None else ()
    audit = LeakAudit.for_run(run, redactor.settings, redactor.recognizers(), kept=kept)
    if output is None and not in_place:
        data = _redacted_bytes(redactor, scanned[0], audit) if scanned else b""
        if data is not None:
            stdout_write(data.decode("utf-8", errors="replace"))
        return data is not None
    redacted = {f.path: _redacted_bytes(redactor, f, audit) for f in scanned}
    if in_place:
        targets = {f.path: f.path for f in scanned}
        backups = {f.path: f.path.with_name(f.path.name + BACKUP_SUFFIX) for f in scanned}
        existing = [b for b in backups.values() if b.exists()]
        if existing:
            # A second in-place run would replace the only copy of the original with redacted text.
            raise RedactorError(f"backup {existing[0]} already exists; move it away first", ExitCode.USAGE)
        for f in scanned:
            shutil.copy2(f.path, backups[f.path])
    else:
        targets = output_paths(paths, scanned, output)
    for f in scanned:
        if redacted[f.path] is not None:
            write_atomic(targets[f.path], redacted[f.path])
            # Read back from disk: what is there, not what was meant to be written.
            if output is not None and report_leaks(f.path, audit_written(audit, targets[f.path], output)):
                redacted[f.path] = None
    first = paths[0]
    report_dir = output if output is not None else (first if first.is_dir() else first.parent)
    write_atomic(report_dir / REPORT_NAME, render_redaction_report(run, targets).encode("utf-8"))
    total = sum(len(f.findings) for f in scanned)
    err.print(f"redacted {len(scanned)} files ({total} replacements) → "
              f"{output if output is not None else 'in place'}; report: {report_dir / REPORT_NAME}",
              highlight=False, markup=False)
    return all(data is not None for data in redacted.values())
