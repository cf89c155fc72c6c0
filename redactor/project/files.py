"""Writing and reading redactor's own files safely: atomic writes, private modes, clear errors.

Every file redactor writes (redacted copies, reports, the vault, watchlists, baselines, the
review page) goes through ``write_atomic``: a temporary file in the same folder, flushed to
disk and renamed over the target, so a crash leaves the old file or the new one, never half of
each.  Files that hold secrets are written ``private`` (mode 0600).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import mmap
import os
import secrets
import subprocess
import sys
import time
import weakref
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from redactor.errors import ExitCode, RedactorError

T = TypeVar("T")


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def sync_folder(folder: Path) -> None:
    """Flush the rename to disk; some file systems cannot open a folder, which is harmless."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_temporary(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """``data`` in a new hidden file beside ``path``, flushed to disk, with ``mode`` (default:
    0666 less the umask): ready to be renamed over ``path``.  Errors are RedactorErrors (exit 2)."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise RedactorError(f"{path}: is a folder; give a file name", ExitCode.USAGE)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RedactorError(f"{path}: cannot create its folder ({exc.strerror or 'a file is in the way'})",
                            ExitCode.USAGE) from None
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise RedactorError(f"{path}: cannot write ({exc.strerror})", ExitCode.USAGE) from None
    with _removed_on_error(tmp, path):
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _default_mode() if mode is None else mode)
    return tmp


@contextlib.contextmanager
def _removed_on_error(tmp: Path, path: Path) -> Iterator[None]:
    """Any failure in the block removes ``tmp``; an OSError becomes a RedactorError naming ``path``."""
    try:
        yield
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RedactorError(f"{path}: cannot write ({exc.strerror})", ExitCode.USAGE) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes, *, private: bool = False, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` in one step.

    ``private`` makes the file readable by its owner only (0600) from the moment it exists;
    otherwise it gets the usual mode (0666 less the umask).  ``exclusive`` refuses to replace a
    file that exists (checked atomically, by a hard link).  Errors are RedactorErrors (exit 2).
    """
    path = Path(path)
    tmp = write_temporary(path, data, mode=0o600 if private else None)
    with _removed_on_error(tmp, path):
        if exclusive:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise RedactorError(f"{path}: already exists; it is never replaced", ExitCode.USAGE) from None
            tmp.unlink()
        else:
            os.replace(tmp, path)
    sync_folder(path.parent)


def read_json(path: Path, what: str) -> Any:
    """Parse one of redactor's JSON files; unreadable or invalid JSON is exit 2 naming file and line."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RedactorError(f"{path}: cannot read the {what} ({exc.strerror})", ExitCode.USAGE) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        where = f"{path}:{line}" if line else str(path)
        raise RedactorError(f"{where}: the {what} is not valid JSON", ExitCode.USAGE) from None


def read_stamped_json(
    path: Path, what: str, kind: str, version: int, build: Callable[[Any], T], remedy: str
) -> T:
    """Read one of redactor's stamped JSON files (``"kind"`` and ``"version"`` at the top) and
    build it with ``build``.  A wrong stamp, or a field ``build`` misses or cannot convert, is
    exit 2 naming the file and ``remedy`` (how to recreate it)."""
    data = read_json(path, what)
    try:
        if data.get("kind") != kind or data.get("version") != version:
            raise ValueError
        return build(data)
    except (AttributeError, KeyError, TypeError, ValueError):
        raise RedactorError(
            f"{path}: not a redactor {what} (version {version}); {remedy}", ExitCode.USAGE
        ) from None


# -- the per-user cache (public data only: built-in patterns, the public-places table) --------

def user_cache_file(kind: str, module_file: str | Path, *versions: str) -> Path:
    """The per-user cache file of one ``kind`` (``~/.cache/redactor/`` or under
    ``$XDG_CACHE_HOME``), named after everything its content depends on: the code of
    ``module_file`` and ``versions``, so a change starts a new file."""
    key = hashlib.sha256(Path(module_file).read_bytes())
    key.update(" ".join(versions).encode())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "redactor" / f"{kind}-{key.hexdigest()[:16]}.marshal"


def read_cached(path: Path) -> Any:
    """What ``keep_cached`` wrote there; None when missing or damaged (the caller checks shape)."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


# A cache file of an older redactor, regex or Python is never read again (its name is another
# version's key); it is removed when a newer file of its kind is written and nothing has read or
# written it for this long.  Another install that still uses it reads it within the time, or
# builds it again: a cache is never needed.
STALE_CACHE_DAYS = 30


def keep_cached(path: Path, value: Any) -> None:
    """Keep ``value`` for the next run, atomically and readable by the user only, and remove
    the same kind's files that no run has used for ``STALE_CACHE_DAYS``; a cache that cannot
    be written or pruned is no error (the next run builds it again)."""
    keep_cached_bytes(path, marshal.dumps(value))


def keep_cached_bytes(path: Path, data: bytes) -> None:
    """``keep_cached`` of bytes as they are, for ``map_cached``."""
    with contextlib.suppress(OSError, RedactorError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data, private=True)
        _prune_stale(path)


# Set in the environment of a child that ``made_in_child`` starts: it makes its table itself.
MAKING_CHILD = "REDACTOR_MAKING_CACHE"
# Set in the environment of the child that compiles a run's patterns ahead of it
# (``redactor.detect.prime``): a table it needs is still made in a child of its own.
PRIMING_CHILD = "REDACTOR_PRIMING_CACHE"
# A child that has not made its table by then (a machine swapping, a hung import) is given up on
# (killed: subprocess.run's timeout) and the table is made in the asking process.
_CHILD_SECONDS = 600


def made_in_child(path: Path, maker: str, given: bytes | None = None, marker: str = MAKING_CHILD) -> bool:
    """Whether a short-lived child interpreter made the cache file ``path`` by calling
    ``maker`` ("module:function", a function of no arguments that returns the table, made and
    kept where it is missing).  A large table made in the process that asks (the cities files
    parsed: +50 to +70 MiB at once, much of it held for the run among the names made) would
    raise a run's peak; the child's memory is given back whole when it exits, and the caller
    maps or reads the kept file as the next run does.  False (the caller makes the table
    itself) in such a child, in a frozen program (its executable is not an interpreter), where
    the cache folder cannot be written, or when the child failed.  ``given``: what the child
    reads on its standard input (what ``maker`` makes the file from); ``marker``: the variable
    set in the child's environment, which says what it is and that it starts no child of the
    same kind (``MAKING_CHILD``: none at all, it makes any table it needs itself)."""
    if os.environ.get(MAKING_CHILD) or os.environ.get(marker) or not sys.executable or getattr(sys, "frozen", False):
        return False
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(path.parent, os.W_OK):
        return False
    env = {**os.environ, marker: "1", "PYTHONPATH": _child_path()}
    try:
        done = subprocess.run([sys.executable, "-m", "redactor.project.make_cached", maker], env=env,
                              input=given or b"", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              check=False, timeout=_CHILD_SECONDS)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and path.is_file()


def _child_path() -> str:
    """The ``PYTHONPATH`` of a child that makes a table: the folder this redactor package was
    imported from (the child imports the same code, so its file has the same name), then what
    this process was given.  Not every entry of ``sys.path``: the working folder is one under
    ``python -m``, and set in ``PYTHONPATH`` it comes before the standard library in the child,
    where a file there named like a standard module ("types.py") stopped every child at start;
    each table was then made in the asking process (+115 MiB on a cold run)."""
    root = str(Path(__file__).resolve().parents[2])
    given = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != root]
    return os.pathsep.join([root, *given])


def map_cached(path: Path) -> mmap.mmap | None:
    """What ``keep_cached_bytes`` wrote there, mapped read-only: a page is read when first
    touched, so a large table costs nothing to open.  None when missing or empty (the caller
    checks it is whole).  A file is only ever replaced whole (``write_atomic``), never changed
    in place, so the mapped bytes stay as they were while the process runs."""
    try:
        with path.open("rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    _MAPPED.add(mapped)
    return mapped


# Every file ``map_cached`` mapped in this process and still open (``release_mapped``).
_MAPPED: weakref.WeakSet[mmap.mmap] = weakref.WeakSet()


def release_mapped() -> None:
    """Drop the pages of the mapped tables from this process's resident set (``MADV_DONTNEED``).

    A table's lookups land on pages spread over its whole file, and a fault maps the file's
    cache in pieces of up to 2 MiB (Linux 6 on ext4: large folios), so a run soon has every
    page of the tables it reads resident (~26 MiB: the word frequencies, the places, the names,
    the dictionary): clean pages of files, counted in the process's memory all the same.
    Dropped, the next lookup maps its page again from the system's file cache (the bytes are
    the file's, unchanged, so what is read is too); until then they cost this process nothing.
    Called where a peak is about to come that needs none of them (spaCy's pass over a batch).
    Where ``madvise`` is missing, nothing is done."""
    dontneed = getattr(mmap, "MADV_DONTNEED", None)
    if dontneed is None:
        return
    for mapped in list(_MAPPED):
        if not mapped.closed:
            with contextlib.suppress(OSError, ValueError):
                mapped.madvise(dontneed)


def _prune_stale(kept: Path) -> None:
    kind = kept.name.rsplit("-", 1)[0]
    cutoff = time.time() - STALE_CACHE_DAYS * 86400
    for other in kept.parent.glob(f"{kind}-*.marshal"):
        with contextlib.suppress(OSError):
            used = other.stat()
            if other != kept and other.name.rsplit("-", 1)[0] == kind and max(used.st_mtime, used.st_atime) < cutoff:
                other.unlink()
