"""Where a run's redacted files and its report go, written so that nothing is ever lost.

With an output folder, each redacted copy goes to the input tree mirrored under it, never over
an input (paths are resolved first, so ``-o .`` beside the input is refused).  In place, the run
is atomic: every redacted file is first written to a temporary file and every original copied
to ``NAME.orig``; only then are the redacted files renamed over the originals, and an error or
an interrupt (Ctrl-C) before the end puts every original back.  A journal beside the report
lists the files of an in-place run while it is under way, so a run killed outright is undone by
the next one instead of blocking it.  An output-folder run that is interrupted still writes its
report, saying which files were not written.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import signal
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Mapping
from typing import Callable, Iterator, Protocol, Sequence

from redactor.audit import Leak, LeakAudit, audit_written
from redactor.errors import ExitCode, RedactorError
from redactor.model import FileResult, FileStatus, RunResult
from redactor.project.files import sync_folder, write_atomic, write_temporary
from redactor.project.paths import BACKUP_SUFFIX, expand_paths
from redactor.report import redaction_json

REPORT_NAME = "redaction-report.json"

JOURNAL_NAME = ".redactor-in-place.json"


class Writer(Protocol):
    """What writing needs of a run's Redactor: each scanned file rendered in its own format."""

    def write_redacted(self, result: FileResult) -> bytes: ...


def output_paths(inputs: Sequence[Path], files: Sequence[FileResult], outdir: Path) -> dict[Path, Path]:
    """Where each file's redacted copy goes: the input tree mirrored under ``outdir``.

    One input folder maps onto ``outdir`` itself; with several inputs each keeps its own name.
    """
    roots = [p.resolve() for p in inputs]
    single_dir = len(inputs) == 1 and inputs[0].is_dir()
    mapping: dict[Path, Path] = {}
    for f in files:
        resolved = f.path.resolve()
        target = outdir / resolved.name
        for root in roots:
            if resolved == root:
                break
            if resolved.is_relative_to(root):
                rel = resolved.relative_to(root)
                target = outdir / rel if single_dir else outdir / root.name / rel
                break
        if target in mapping.values():
            raise RedactorError(f"two inputs would be written to the same output {target}", ExitCode.USAGE)
        mapping[f.path] = target
    return mapping


def report_folder(paths: Sequence[Path], output: Path | None) -> Path:
    """The report goes into the output folder; in place, beside the (first) input."""
    if output is not None:
        return output
    first = paths[0]
    return first if first.is_dir() else first.parent


def check_destination(paths: Sequence[Path], output: Path | None, in_place: bool) -> None:
    """Refuse, before any work, a destination that could write over an input."""
    if output is not None and in_place:
        raise RedactorError("use either --output or --in-place, not both", ExitCode.USAGE)
    if output is None and not in_place:
        raise RedactorError("give an output folder (-o) or --in-place", ExitCode.USAGE)
    if output is None:
        return
    out = output.resolve()
    for p in paths:
        root = p.resolve()
        if p.is_dir() and (out == root or out.is_relative_to(root)):
            raise RedactorError(f"the output folder {output} is inside the input folder {p}; "
                                "choose a folder outside it", ExitCode.USAGE)
        if not p.is_dir() and out == root:
            raise RedactorError(f"the output folder {output} is an input file", ExitCode.USAGE)
        if not p.is_dir() and out == root.parent:
            raise RedactorError(f"the output folder {output} holds the input file {p}; its copy "
                                "would replace it (use --in-place to mean that)", ExitCode.USAGE)


def _refuse_inputs_as_targets(paths: Sequence[Path], targets: Sequence[Path]) -> None:
    """Last check before writing: no output (copy or report) is an input file, however named."""
    inputs = {p.resolve() for p in expand_paths(paths)}
    for target in targets:
        if target.resolve() in inputs:
            raise RedactorError(f"{target} is an input file; it is never written over", ExitCode.USAGE)


def write_outputs(redactor: Writer, run: RunResult, paths: Sequence[Path], output: Path | None,
                  *, in_place: bool, audit: LeakAudit | None = None) -> RunResult:
    """Write the redacted copies (to ``output`` or in place) and the report; the run, with each
    file that could not be written marked failed, and where everything went.  With ``audit``,
    a rendered file that still holds a protected value fails and is not written, and a copy
    read back from disk that does (or whose name does) is removed and fails."""
    run, redacted = _render_all(redactor, run, audit)
    report = report_folder(paths, output) / REPORT_NAME
    if in_place:
        _refuse_inputs_as_targets(paths, [report])
        done = replace(run, outputs={path: path for path in redacted}, report=report)
        swap_in_place(redacted, report.parent, then=lambda: _write_report(done))
        return done
    if output is None:
        raise RedactorError("give an output folder (-o) or --in-place", ExitCode.USAGE)
    targets = output_paths(paths, run.files, output)
    redact_name = getattr(redactor, "redact_name", None)
    if redact_name is not None:
        # A file called after its source would publish the name: names are redacted like text,
        # and the report beside the copies names every input (written or not) the same way.
        shown = {p: redact_name(t.relative_to(output)) for p, t in targets.items()}
        targets = {p: output / name for p, name in shown.items()}
        run = replace(run, shown={p: name.as_posix() for p, name in shown.items()})
    targets = {p: t for p, t in targets.items() if p in redacted}
    _refuse_inputs_as_targets(paths, [*targets.values(), report])
    done = _write_copies(run, redacted, targets, report)
    if audit is not None:
        done = _audit_copies(done, audit, output)
    _write_report(done)
    return done


def _leak_reason(leaks: Sequence[Leak]) -> str:
    return "leak audit: " + "; ".join(str(leak) for leak in leaks) + "; not written"


def _audit_copies(run: RunResult, audit: LeakAudit, output: Path) -> RunResult:
    """Read every written copy back from disk (and its name); a leaking one is removed, failed."""
    failed: dict[Path, str] = {}
    for path, target in run.outputs.items():
        leaks = audit_written(audit, target, output)
        if leaks:
            failed[path] = _leak_reason(leaks)
    outputs = {p: t for p, t in run.outputs.items() if p not in failed}
    return replace(_failed(run, failed), outputs=outputs)


def _write_report(run: RunResult) -> None:
    assert run.report is not None
    write_atomic(run.report, redaction_json.render(run).encode("utf-8"))


class _Rendered(Mapping[Path, bytes]):
    """The redacted bytes of each file that rendered and passed the audit, rendered again when
    asked for: a run's outputs are written one at a time, never all held at once."""

    def __init__(self, redactor: Writer, files: Mapping[Path, FileResult]) -> None:
        self._redactor, self._files = redactor, dict(files)

    def __getitem__(self, path: Path) -> bytes:
        return self._redactor.write_redacted(self._files[path])

    def __iter__(self) -> Iterator[Path]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


def _render_all(redactor: Writer, run: RunResult,
                audit: LeakAudit | None = None) -> tuple[RunResult, Mapping[Path, bytes]]:
    """Every scanned file rendered first (and dropped); one its writer refuses (a cue it cannot
    keep) or the leak audit fails is never written."""
    files, passed = [], {}
    for f in run.files:
        if f.status == FileStatus.SCANNED:
            try:
                data = redactor.write_redacted(f)
                leaks = audit.audit_bytes(f.path.name, data) if audit is not None else []
                if leaks:
                    raise RedactorError(_leak_reason(leaks), ExitCode.UNREADABLE)
                passed[f.path] = f
            except RedactorError as exc:
                f = FileResult(path=f.path, status=FileStatus.FAILED, reason=exc.message)
        files.append(f)
    return replace(run, files=tuple(files)), _Rendered(redactor, passed)


def _write_copies(run: RunResult, redacted: Mapping[Path, bytes], targets: Mapping[Path, Path],
                  report: Path) -> RunResult:
    written: dict[Path, Path] = {}
    failed: dict[Path, str] = {}
    try:
        for path in redacted:
            try:
                data = redacted[path]  # rendered now: a file that changed since fails here
            except RedactorError as exc:
                failed[path] = exc.message
                continue
            write_atomic(targets[path], data)
            written[path] = targets[path]
    except BaseException:
        # Interrupted (or a copy could not be written): the report still says what is there.
        unwritten = tuple(p for p in redacted if p not in written and p not in failed)
        _write_report(replace(_failed(run, failed), outputs=written, report=report, unwritten=unwritten))
        raise
    return replace(_failed(run, failed), outputs=written, report=report)


def _failed(run: RunResult, reasons: Mapping[Path, str]) -> RunResult:
    """``run`` with each file of ``reasons`` failed for its reason."""
    if not reasons:
        return run
    return replace(run, files=tuple(FileResult(path=f.path, status=FileStatus.FAILED, reason=reasons[f.path])
                                    if f.path in reasons else f for f in run.files))


# -- in place -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Swap:
    """One file of an in-place run: the original, its backup, and the redacted text waiting."""

    path: Path
    backup: Path


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def swap_in_place(redacted: Mapping[Path, bytes], journal_folder: Path,
                  then: Callable[[], None] = lambda: None) -> None:
    """Replace each original with its redacted text, keeping it as ``*.orig``: all or none.

    ``then`` (writing the report) runs once every file is swapped.  Ctrl-C stops the run while
    files are being prepared (every original stays); the swap itself, renames only, finishes."""
    journal = journal_folder / JOURNAL_NAME
    recover_interrupted(journal)
    swaps = [_Swap(path, backup_path(path)) for path in redacted]
    existing = [s.backup for s in swaps if s.backup.exists()]
    if existing:
        # A second in-place run would replace the only copy of the original with redacted text.
        raise RedactorError(f"backup {existing[0]} already exists; move it away first", ExitCode.USAGE)
    swapped: set[Path] = set()
    try:
        # The journal is written whole or not at all: a Ctrl-C inside the write would leave its
        # temporary file behind, outside what the undo below knows about.
        with _no_interrupts():
            write_atomic(journal, json.dumps({"files": [str(s.path.resolve()) for s in swaps]}).encode("utf-8"))
        prepared = [_prepare(s, redacted[s.path]) for s in swaps]
        # From the first rename on, the run finishes: a Ctrl-C now would leave a mixture.
        with _no_interrupts():
            for path, temporary in prepared:
                os.replace(temporary, path)
                swapped.add(path)
            for folder in {s.path.parent for s in swaps}:
                sync_folder(folder)
            journal.unlink(missing_ok=True)
            then()
    except BaseException:
        if journal.exists():  # not yet complete: put every original back
            with _no_interrupts():
                _undo(swaps, swapped)
                journal.unlink(missing_ok=True)
        raise


def _prepare(swap: _Swap, data: bytes) -> tuple[Path, Path]:
    """The redacted text in a temporary file beside the original, with the original's mode,
    and the original copied to its backup: (original, temporary file)."""
    mode = os.stat(swap.path).st_mode & 0o7777
    temporary = write_temporary(swap.path, data, mode=mode)
    _copy_atomic(swap.path, swap.backup)
    return swap.path, temporary


def _copy_atomic(source: Path, target: Path) -> None:
    """A complete copy at ``target`` or none: a backup that exists is always the whole original."""
    tmp = target.with_name(f".{target.name}.partial")
    shutil.copy2(source, tmp)
    os.replace(tmp, target)


def _leftovers(path: Path) -> list[Path]:
    """Temporary files an in-place run may have left beside ``path`` (redacted text, a partial backup)."""
    name = glob.escape(path.name)
    return [*path.parent.glob(f".{name}.*.tmp"), *path.parent.glob(f".{name}{BACKUP_SUFFIX}.partial")]


def _undo(swaps: Sequence[_Swap], swapped: set[Path]) -> None:
    for s in swaps:
        if s.path in swapped:
            os.replace(s.backup, s.path)
        else:
            s.backup.unlink(missing_ok=True)
        for leftover in _leftovers(s.path):
            leftover.unlink(missing_ok=True)


def recover_interrupted(journal: Path) -> int:
    """Undo an in-place run that was killed before it could clean up (its journal is still
    there): every original is put back from its backup.  How many files were restored."""
    if not journal.exists():
        return 0
    try:
        listed = [Path(p) for p in json.loads(journal.read_text(encoding="utf-8"))["files"]]
    except (OSError, ValueError, KeyError, TypeError):
        raise RedactorError(f"{journal}: an interrupted in-place run left this journal and it cannot "
                            "be read; restore the *.orig files by hand, then delete it", ExitCode.USAGE) from None
    restored = 0
    for path in listed:
        backup = backup_path(path)
        if backup.exists():  # only ever a complete copy of the original (see _copy_atomic)
            os.replace(backup, path)
            restored += 1
        for leftover in _leftovers(path):
            leftover.unlink(missing_ok=True)
    journal.unlink()
    return restored


@contextlib.contextmanager
def _no_interrupts() -> Iterator[None]:
    """Ctrl-C is ignored for a short block that must finish (the swap, putting originals back)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
