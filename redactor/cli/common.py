"""What several commands share: options, settings, building a Redactor, progress, file states."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator, Sequence

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from redactor.cli.app import err
from redactor.errors import ExitCode, RedactorError
from redactor.pipeline import Redactor, RunResult
from redactor.project.config import Settings, resolve_settings
from redactor.replace.vault import project_vault

CONFIG_OPTION = typer.Option(None, "--config", "-c", help="Project config (default: the nearest redactor.yaml).",
                             exists=False, dir_okay=False)
NO_NER_OPTION = typer.Option(False, "--no-ner", help="Run without spaCy NER (regex rules and lists only).")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy pipeline to use (overrides the config).")


def load_run_settings(config: Path | None, paths: Sequence[Path], no_ner: bool = False,
                      model: str | None = None) -> Settings:
    """Settings for a run over ``paths``: explicit config, else the nearest one, else defaults."""
    near = paths[0].resolve() if paths else Path.cwd()
    settings = resolve_settings(config, near)
    changes: dict[str, object] = {}
    if no_ner:
        changes["ner"] = False
    if model:
        changes["model"] = model
    return settings.model_copy(update=changes) if changes else settings


def build_redactor(settings: Settings, **kwargs) -> Redactor:
    """A Redactor for this run without the vault (fresh numbering), e.g. for CI checks."""
    return Redactor(settings, **kwargs)


@contextlib.contextmanager
def project_redactor(settings: Settings, *, persist: bool, **kwargs) -> Iterator[Redactor]:
    """A Redactor numbering pseudonyms from the project's vault, when the project has one.

    The vault is locked for the whole run; with ``persist`` it is created when missing (if a key
    can be had) and saved only when the body finished without error, i.e. after the outputs
    were written.
    """
    vault = project_vault(settings, create=persist)
    with vault.lock() if vault else contextlib.nullcontext():
        redactor = Redactor(settings, table=vault.load() if vault else None, **kwargs)
        yield redactor
        if vault is not None and persist:
            vault.save(redactor.table)


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator:
    """A progress callback drawing on stderr, only when stderr is a terminal."""
    if not err.is_terminal:
        yield None
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def report_file_states(run: RunResult) -> None:
    """One notice per file that was skipped or failed (reasons never contain file content)."""
    for f in run.files:
        if f.status == "skipped":
            err.print(f"skipped {f.path}: {f.reason}", highlight=False, markup=False)
        elif f.status == "failed":
            err.print(f"failed {f.path}: {f.reason}", highlight=False, markup=False, style="red")


DECISIONS_OPTION = typer.Option(None, "--decisions", help="An editor's redactor-decisions.json from the review page.",
                                exists=True, dir_okay=False)


def report_decision_issues(decisions) -> None:
    """After a run: decisions that could not be applied (stale spans, findings gone), no text."""
    if decisions is None:
        return
    for issue in decisions.issues():
        if issue.kind in ("exposed", "stale"):
            err.print(f"DANGER: {issue}", highlight=False, markup=False, style="bold red")
        else:
            err.print(f"warning: {issue}", highlight=False, markup=False, style="yellow")


def check_inputs(paths: Sequence[Path]) -> None:
    if not paths:
        raise RedactorError("give at least one file or folder", ExitCode.USAGE)
