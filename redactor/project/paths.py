"""Which files a run reads: inputs expanded into files, and the files redactor itself writes.

Nothing under a given folder is passed over in silence: hidden files and folders are read like
any other, an unreadable folder and a folder with no files come back as the folder itself (the
reader reports it as failed), and only three kinds of entry are left out: redactor's own files,
version-control internals (``VCS_FOLDERS``), and what the user excluded by glob.
"""

from __future__ import annotations

import os
import re
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Iterable, Sequence

# Files redactor itself writes; a folder holding them is scanned without them.
OWN_FILES = frozenset({
    "redaction-report.json", "redactor-decisions.json", "redactor.yaml",
    ".redactor-baseline.json", ".redactor-watchlist.json",
})
# Folders that are not drafts: version-control internals and redactor's own (the vault).
VCS_FOLDERS = frozenset({".git", ".hg", ".svn", ".redactor"})
# An in-place run's journal and temporary files, and its backups (NAME.orig beside NAME).
_OWN_WORK = re.compile(r"^\.redactor-in-place\.json$|^\..+\.[0-9a-f]{12}\.tmp$|^\..+\.orig\.partial$")
BACKUP_SUFFIX = ".orig"


def printable(name: str) -> str:
    """``name`` with undecodable file-name bytes (surrogate escapes) as U+FFFD, so a name that
    is not valid UTF-8 can be written by every report format."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def is_excluded(relative: str, patterns: Sequence[str]) -> bool:
    """True when a glob matches the relative path (posix) or any one of its components."""
    parts = PurePosixPath(relative).parts
    for pattern in patterns:
        bare = pattern.rstrip("/")
        if fnmatch(relative, bare) or any(fnmatch(part, bare) for part in parts):
            return True
    return False


def is_own_file(path: Path, backups: bool) -> bool:
    """redactor's own files; its backups too unless ``backups`` (`check` reads them: a backup
    holds the original text)."""
    if path.name in OWN_FILES or _OWN_WORK.match(path.name):
        return True
    return (not backups and path.name.endswith(BACKUP_SUFFIX)
            and path.with_name(path.name[:-len(BACKUP_SUFFIX)]).exists())


def _walk(root: Path, exclude: Sequence[str], backups: bool) -> list[Path]:
    found: list[Path] = []
    unreadable: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=lambda exc: unreadable.append(Path(exc.filename))):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if d not in VCS_FOLDERS
                         and not is_excluded((here / d).relative_to(root).as_posix(), exclude))
        for name in sorted(files):
            path = here / name
            if not is_own_file(path, backups) and not is_excluded(path.relative_to(root).as_posix(), exclude):
                found.append(path)
    # A folder that cannot be listed is reported as the folder itself (the reader fails it).
    return sorted(found) + sorted(p for p in unreadable if p != root or not found)


def expand_paths(paths: Iterable[Path], exclude: Sequence[str] = (), backups: bool = False) -> list[Path]:
    """Files named, and every file under folders named (recursively, sorted), less redactor's
    own files (with ``backups``, NAME.orig backups are read), version-control internals and
    ``exclude`` globs.  A folder that holds no file or cannot be read is listed itself, so it is
    never passed over as if it were clean."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = _walk(path, exclude, backups)
            found.extend(inside or [path])
        else:
            found.append(path)
    return found
