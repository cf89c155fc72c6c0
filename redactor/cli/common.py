"""What several commands share: options, settings, building a Redactor, progress, file states."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Iterator, Sequence

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from redactor.cli.app import err
from redactor.detect.parallel import ProcessDetector, available_cores
from redactor.detect.prime import prime_pattern_tables
from redactor.errors import ExitCode, RedactorError
from redactor.pipeline import DetectorLike, Redactor, RunResult, build_detector
from redactor.project.config import Settings, resolve_settings
from redactor.replace.vault import project_vault

CONFIG_OPTION = typer.Option(None, "--config", "-c", help="Project config (default: the nearest redactor.yaml).",
                             exists=False, dir_okay=False)
NO_NER_OPTION = typer.Option(False, "--no-ner", help="Run without spaCy NER (regex rules and lists only).")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy pipeline to use (overrides the config).")
JOBS_OPTION = typer.Option(None, "--jobs", "-j", min=1,
                           help="Processes that detect in parallel (default: the cores available).")
DASK_OPTION = typer.Option(None, "--dask", metavar="SCHEDULER",
                           help="Detect on a Dask cluster: a scheduler address, or 'local' for a local one of --jobs workers.")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No progress bar.")


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


def watchlist_recognizers(settings: Settings, cwd: Path | None = None) -> list:
    """The project's watchlist as a recognizer, for every command (not only `check`): a name the
    journalist protected is redacted and scanned for like any other.  A watchlist that exists
    but cannot be matched (no key, wrong key) stops the run rather than let the names through."""
    from redactor.ci.gate import project_root
    from redactor.ci.watchlist import WatchlistRecognizer, load_watchlist, locate_watchlist, verify_key
    from redactor.project.keys import KEY_VARIABLE, project_key

    here = cwd or Path.cwd()
    path = locate_watchlist(here, project_root(here))
    if not path.is_file():
        return []
    try:
        key = project_key()
    except RedactorError:
        raise RedactorError(f"a watchlist is present ({path}) but {KEY_VARIABLE} is not set, so its names "
                            "cannot be matched; set the project's key", ExitCode.USAGE) from None
    listed = load_watchlist(path)
    verify_key(listed, key, path)
    return [WatchlistRecognizer(listed.entries, key, supported_language=settings.language)]


def make_detector(settings: Settings, extra_recognizers=(), jobs: int = 1, dask: str | None = None) -> DetectorLike:
    """The run's detector: Dask tasks when ``dask`` names a scheduler (or ``local``); else in
    this process for one job, or spread over ``jobs`` processes.  The tables of compiled
    patterns are made first when missing, in a child (``prime_pattern_tables``)."""
    prime_pattern_tables(settings)
    if dask:
        try:
            from redactor.detect.cluster import DaskDetector
        except ImportError:
            raise RedactorError("--dask needs Dask: pip install 'redactor[dask]'", ExitCode.USAGE) from None
        return DaskDetector(build_detector, settings, extra_recognizers, jobs, dask)
    if jobs <= 1:
        return build_detector(settings, extra_recognizers)
    return ProcessDetector(build_detector, settings, extra_recognizers, jobs)


def build_redactor(settings: Settings, *, jobs: int | None = 1, dask: str | None = None,
                   extra_recognizers=(), **kwargs) -> Redactor:
    """A Redactor for this run without the vault (fresh numbering), e.g. for CI checks; its
    detection spread over ``jobs`` processes (None: the cores available) or a Dask cluster."""
    detector = make_detector(settings, extra_recognizers, jobs or available_cores(), dask)
    return Redactor(settings, detector=detector, **kwargs)


@contextlib.contextmanager
def project_redactor(settings: Settings, *, persist: bool, jobs: int | None = 1, dask: str | None = None,
                     **kwargs) -> Iterator[Redactor]:
    """A Redactor numbering pseudonyms from the project's vault, when the project has one.

    The vault is locked for the whole run; with ``persist`` it is created when missing (if a key
    can be had) and saved only when the body finished without error, i.e. after the outputs
    were written.
    """
    vault = project_vault(settings, create=persist)
    with vault.lock() if vault else contextlib.nullcontext():
        redactor = build_redactor(settings, jobs=jobs, dask=dask, table=vault.load() if vault else None, **kwargs)
        yield redactor
        if vault is not None and persist:
            vault.save(redactor.table)


# A run shorter than this never shows a bar (the pre-commit case stays quiet).
PROGRESS_AFTER_SECONDS = 1.5


class _WordsPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        words = task.fields.get("words", 0)
        return Text(f"{words / elapsed:,.0f} words/s" if elapsed > 0 and words else "")


@contextlib.contextmanager
def progress_bar(label: str, quiet: bool = False) -> Iterator:
    """A progress callback ``(files done, files, words done)`` drawing on stderr: files done,
    words per second and time left.  Only when stderr is a terminal and not ``quiet``, and only
    once the run has taken more than ``PROGRESS_AFTER_SECONDS``."""
    if quiet or not err.is_terminal:
        yield None
        return
    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                        _WordsPerSecond(), TimeRemainingColumn(), console=err, transient=True)
    task = progress.add_task(label, total=None, words=0)
    began = time.monotonic()

    def update(done: int, total: int, words: int = 0) -> None:
        if not progress.live.is_started and time.monotonic() - began > PROGRESS_AFTER_SECONDS:
            progress.start()
        progress.update(task, completed=done, total=total, words=words)

    try:
        yield update
    finally:
        progress.stop()


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
