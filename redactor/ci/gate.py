"""The CI gate behind `redactor check`: what a scan's findings mean for a pipeline, with a baseline and an exit code.

``run_check`` turns a run's file results into a ``CheckResult``: every finding placed at its
file, line and column with a keyed fingerprint of its value, marked as accepted when the
baseline holds it, plus the baseline entries no longer found and the exit code.  The baseline
file names accepted findings by path, entity type and keyed fingerprint, never by value, so it
can be committed next to the drafts.  Report formats (``redactor.report``) render a
``CheckResult``; nothing here prints.

Findings of the watchlist are never accepted by a baseline: those names must not be published.

Exit codes: 0 clean; 1 findings at or above the threshold that the baseline does not hold;
3 when a file could not be read or was skipped (an unsupported type, a folder with nothing to
read) — 3 wins over 1, because a check that could not read every file cannot say what is left in
it, and fixing the findings must not turn it into a pass.  What the user does not want checked is
excluded by name (``--exclude`` or the config's ``exclude`` list), never skipped in silence.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol, Sequence

from redactor.ci.watchlist import DETECTOR as WATCHLIST_DETECTOR
from redactor.ci.watchlist import ENTITY as WATCHLIST_ENTITY
from redactor.ci.watchlist import key_check
from redactor.errors import ExitCode, RedactorError
from redactor.model import FileResult, FileStatus, Finding
from redactor.project.files import read_stamped_json, write_atomic
from redactor.project.keys import fingerprint, normalise
from redactor.project.paths import printable

BASELINE_NAME = ".redactor-baseline.json"
BASELINE_KIND = "redactor-baseline"
BASELINE_VERSION = 1
# A watchlisted name is the journalist's explicit "never publish": no baseline can accept it.
NEVER_ACCEPTED = frozenset({WATCHLIST_DETECTOR})
# ``Finding.part`` of a name found in a file's path rather than in its text.
PATH_PART = "path"
# Files that mark the top of a project, for relative paths and the default baseline/watchlist.
ROOT_MARKERS = ("redactor.yaml", ".git", BASELINE_NAME, ".redactor-watchlist.json")


class RunLike(Protocol):
    """What ``run_check`` needs from ``Redactor.run``'s result."""

    @property
    def files(self) -> Sequence[FileResult]: ...


def project_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding redactor.yaml, .git or a redactor file."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return folder
    return here


def display_path(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes (absolute when outside the root).

    A name that is not valid UTF-8 shows its undecodable bytes as U+FFFD, so every report
    format can write it."""
    resolved = path.resolve()
    try:
        shown = resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        shown = resolved.as_posix()
    return printable(shown)


def value_fingerprint(key: bytes, entity_type: str, value: str) -> str:
    """The keyed fingerprint of a found value, the same for every way of writing it."""
    return fingerprint(key, "finding", entity_type, normalise(value))


@dataclass(frozen=True, order=True)
class BaselineEntry:
    """An accepted finding: where, what kind, and the keyed fingerprint of its value."""

    path: str
    entity_type: str
    fingerprint: str


@dataclass(frozen=True)
class Baseline:
    key_check: str
    entries: frozenset[BaselineEntry] = frozenset()


@dataclass(frozen=True)
class CheckItem:
    """One finding as the check reports it.  ``column``/``end_column`` are 1-based code points,
    ``end_column`` just past the last character (as SARIF counts)."""

    path: str
    finding: Finding
    fingerprint: str
    line: int
    column: int
    end_line: int
    end_column: int
    baselined: bool = False
    below_threshold: bool = False

    @property
    def failing(self) -> bool:
        return not self.baselined and not self.below_threshold

    @property
    def rule_id(self) -> str:
        """One rule per entity type and detector, e.g. ``PERSON/watchlist``."""
        return f"{self.finding.entity_type}/{self.finding.detector}"

    @property
    def hint(self) -> str:
        """Safe to print: entity type and length, never the value."""
        if self.finding.part == PATH_PART:
            return f"{self.finding.entity_type} in the file or folder name"
        return self.finding.masked()


@dataclass(frozen=True)
class CheckedFile:
    """One input file's end state as shown to the user (its path as the report shows it)."""

    path: str
    status: FileStatus
    reason: str = ""


@dataclass(frozen=True)
class CheckResult:
    """Everything a report format needs; values appear only when ``show_values`` is set."""

    items: tuple[CheckItem, ...]
    files: tuple[CheckedFile, ...]
    stale: tuple[BaselineEntry, ...] = ()
    threshold: float = 0.0
    show_values: bool = False
    baseline_path: str | None = None
    root: Path | None = field(default=None, compare=False)

    @property
    def failing(self) -> tuple[CheckItem, ...]:
        return tuple(i for i in self.items if i.failing)

    @property
    def failed_files(self) -> tuple[CheckedFile, ...]:
        return tuple(f for f in self.files if f.status == "failed")

    @property
    def unread_files(self) -> tuple[CheckedFile, ...]:
        """Failed and skipped: every file the check did not read."""
        return tuple(f for f in self.files if f.status != "scanned")

    @property
    def exit_code(self) -> ExitCode:
        return decide_exit(len(self.failing), len(self.unread_files))

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def summary(self) -> str:
        """One line, the same in every format: counts and what the exit code means."""
        failing = len(self.failing)
        accepted = sum(1 for i in self.items if i.baselined)
        below = sum(1 for i in self.items if i.below_threshold and not i.baselined)
        parts = [
            f"{failing} finding{'s' if failing != 1 else ''} to fix",
            f"{accepted} accepted in baseline",
        ]
        if below:
            parts.append(f"{below} below threshold {self.threshold:g}")
        if self.stale:
            parts.append(f"{len(self.stale)} stale baseline entr{'ies' if len(self.stale) != 1 else 'y'}")
        parts.append(
            f"files: {self.count('scanned')} scanned, {self.count('skipped')} skipped, "
            f"{self.count('failed')} failed"
        )
        return "; ".join(parts) + f" -> exit {int(self.exit_code)} ({explain_exit(self.exit_code)})"


def decide_exit(failing: int, unreadable: int) -> ExitCode:
    """3 when any file could not be read (even with findings), else 1 with findings, else 0."""
    if unreadable:
        return ExitCode.UNREADABLE
    if failing:
        return ExitCode.FINDINGS
    return ExitCode.OK


def explain_exit(code: ExitCode) -> str:
    return {
        ExitCode.OK: "clean",
        ExitCode.FINDINGS: "findings remain",
        ExitCode.USAGE: "usage or configuration error",
        ExitCode.UNREADABLE: "some files could not be read or were skipped, so the check is "
        "incomplete (exclude what should not be checked with --exclude); this wins over findings",
    }[code]


def _end_position(item_line: int, column: int, span: str) -> tuple[int, int]:
    newlines = span.count("\n")
    if not newlines:
        return item_line, column + len(span)
    return item_line + newlines, len(span.rsplit("\n", 1)[1]) + 1


def _span_text(result: FileResult, finding: Finding) -> str:
    """The finding's span as it stands in the file's text (differs from the value under escapes)."""
    doc = result.document
    if doc is not None and 0 <= finding.start <= finding.end <= len(doc.text):
        return doc.text[finding.start:finding.end]
    return finding.text


def run_check(
    run: RunLike,
    *,
    key: bytes,
    root: Path,
    baseline: Baseline | None = None,
    threshold: float = 0.0,
    show_values: bool = False,
    baseline_path: Path | None = None,
    include_suggestions: bool = False,
    path_mask: Callable[[str], str] | None = None,
) -> CheckResult:
    """Place every finding of ``run``, match it against ``baseline`` and collect stale entries.

    With ``include_suggestions`` the run's below-threshold findings are listed too, as notes
    that never fail the check.  ``path_mask`` (the watchlist's ``mask_path``) hides protected
    names in file paths and reasons; a path it changes is itself a finding, since the file
    name would be published with the drafts.
    """
    accepted = baseline.entries if baseline is not None else frozenset()
    items: list[CheckItem] = []
    files: list[CheckedFile] = []
    seen: set[BaselineEntry] = set()
    scanned_paths: set[str] = set()
    for result in run.files:
        path, reason = display_path(result.path, root), result.reason
        if path_mask is not None:
            raw = path
            path, reason = path_mask(raw), path_mask(reason)
            if path != raw:
                items.append(_path_item(key, path, raw))
        files.append(CheckedFile(path, result.status, reason))
        if result.status != "scanned":
            continue
        scanned_paths.add(path)
        found = [(f, False) for f in result.findings]
        if include_suggestions:
            found += [(f, True) for f in getattr(result, "suggestions", ())]
        for finding, suggested in sorted(found, key=lambda pair: (pair[0].start, pair[0].end)):
            fp = value_fingerprint(key, finding.entity_type, finding.text)
            entry = BaselineEntry(path, finding.entity_type, fp)
            end_line, end_column = _end_position(finding.line, finding.column, _span_text(result, finding))
            items.append(
                CheckItem(
                    path=path,
                    finding=finding,
                    fingerprint=fp,
                    line=finding.line,
                    column=finding.column,
                    end_line=end_line,
                    end_column=end_column,
                    baselined=entry in accepted and finding.detector not in NEVER_ACCEPTED,
                    below_threshold=suggested or finding.score < threshold,
                )
            )
            if not suggested:
                seen.add(entry)
    stale = tuple(
        sorted(
            e
            for e in accepted
            if e not in seen and (e.path in scanned_paths or not (root / e.path).exists())
        )
    )
    return CheckResult(
        items=tuple(items),
        files=tuple(files),
        stale=stale,
        threshold=threshold,
        show_values=show_values,
        baseline_path=display_path(baseline_path, root) if baseline_path is not None else None,
        root=root,
    )


def _path_item(key: bytes, shown: str, raw: str) -> CheckItem:
    named = Finding(start=0, end=0, entity_type=WATCHLIST_ENTITY, score=1.0, detector=WATCHLIST_DETECTOR, text=raw,
                    replacement="", part=PATH_PART, line=1, column=1)
    return CheckItem(path=shown, finding=named, fingerprint=value_fingerprint(key, WATCHLIST_ENTITY, raw),
                     line=1, column=1, end_line=1, end_column=1)


def updated_baseline(old: Baseline | None, result: CheckResult, key: bytes) -> Baseline:
    """Accept every finding of ``result``; keep entries of files this run did not scan."""
    scanned = {f.path for f in result.files if f.status == "scanned"}
    kept = {
        e
        for e in (old.entries if old else ())
        if e.path not in scanned and (result.root is None or (result.root / e.path).exists())
    }
    current = {
        BaselineEntry(i.path, i.finding.entity_type, i.fingerprint)
        for i in result.items
        if not i.below_threshold and i.finding.detector not in NEVER_ACCEPTED
    }
    return Baseline(key_check(key), frozenset(kept | current))


def accept_all(result: CheckResult, baseline: Baseline) -> CheckResult:
    """``result`` as it reads once ``baseline`` is in force (after ``--update-baseline``)."""
    items = tuple(
        replace(
            i,
            baselined=i.finding.detector not in NEVER_ACCEPTED
            and BaselineEntry(i.path, i.finding.entity_type, i.fingerprint) in baseline.entries,
        )
        for i in result.items
    )
    return CheckResult(
        items=items,
        files=result.files,
        stale=(),
        threshold=result.threshold,
        show_values=result.show_values,
        baseline_path=result.baseline_path,
        root=result.root,
    )


def load_baseline(path: Path, key: bytes) -> Baseline | None:
    """Read a baseline (None when the file does not exist); a wrong key or damage is exit 2."""
    if not path.exists():
        return None
    baseline = read_stamped_json(
        path, "baseline", BASELINE_KIND, BASELINE_VERSION, _baseline_from_json,
        "recreate it with `redactor check --update-baseline`",
    )
    if baseline.key_check != key_check(key):
        raise RedactorError(
            f"{path}: REDACTOR_KEY is not the key this baseline was written with, "
            "so accepted findings cannot be recognised; set the project's key",
            ExitCode.USAGE,
        )
    return baseline


def _baseline_from_json(data: Any) -> Baseline:
    entries = frozenset(
        BaselineEntry(str(e["path"]), str(e["entity_type"]), str(e["fingerprint"])) for e in data["entries"]
    )
    return Baseline(str(data["key_check"]), entries)


def baseline_json(baseline: Baseline) -> str:
    data = {
        "kind": BASELINE_KIND,
        "version": BASELINE_VERSION,
        "hash": "HMAC-SHA256 under REDACTOR_KEY of entity type and normalised value",
        "key_check": baseline.key_check,
        "entries": [
            {"path": e.path, "entity_type": e.entity_type, "fingerprint": e.fingerprint}
            for e in sorted(baseline.entries)
        ],
    }
    return json.dumps(data, indent=2) + "\n"


def save_baseline(path: Path, baseline: Baseline) -> None:
    write_atomic(path, baseline_json(baseline).encode("utf-8"))


def changed_files(rev: str, cwd: Path, handled: Iterable[str]) -> list[Path]:
    """Files changed since ``rev`` (``git diff --name-only``) that still exist and have a handled suffix."""
    suffixes = {s.lower() for s in handled}
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    names = _git(["diff", "--name-only", "-z", rev, "--"], cwd)
    paths = []
    for name in filter(None, names.split("\0")):
        path = Path(top) / name
        if path.is_file() and path.suffix.lower() in suffixes:
            paths.append(path)
    return sorted(set(paths))


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
        )
    except OSError:
        raise RedactorError("--changed-since needs git, which was not found", ExitCode.USAGE) from None
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["unknown error"])[0]
        raise RedactorError(f"--changed-since: git {args[0]} failed: {first}", ExitCode.USAGE)
    return done.stdout
