"""Keyed fingerprints and the project key: how files we write for CI and editors name a value
without holding it.

A plain SHA-256 of a short name can be reversed by hashing a list of names, so every
fingerprint is HMAC-SHA-256 under the project key.  The key is ``REDACTOR_KEY`` when it is set
(it always wins); otherwise a random key kept in the project's ``.redactor/key`` (mode 0600,
created on first use, in a folder that ignores itself for git), so a journalist can review and
redact with no setup.  The project is the folder of the nearest ``redactor.yaml``, else the
first input folder.  ``check`` and ``protect`` never use the file: a watchlist or baseline is
shared with CI, so it must be under the key the team holds as ``REDACTOR_KEY``.  Values are
normalised first (``redactor.lexicon.folding.normalise``) so that "Łukasz's" and "lukasz" give
the same fingerprint.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Mapping, Sequence

from redactor.errors import ExitCode, RedactorError
from redactor.lexicon.folding import normalise
from redactor.project.files import write_atomic

__all__ = ["KEY_VARIABLE", "fingerprint", "key_file", "key_home", "normalise", "project_key"]

KEY_VARIABLE = "REDACTOR_KEY"
KEY_FOLDER = ".redactor"
KEY_FILE = "key"

_KEY_TEXT = re.compile(r"^[0-9a-f]{64}$")


def key_home(base_dir: Path | None, paths: Sequence[Path] = ()) -> Path:
    """The project folder whose ``.redactor/`` holds the key: the config's folder, else the
    first input folder (a file's own folder), else the working directory."""
    if base_dir is not None:
        return Path(base_dir)
    if paths:
        first = Path(paths[0])
        return first if first.is_dir() else first.parent
    return Path.cwd()


def key_file(home: Path) -> Path:
    return Path(home) / KEY_FOLDER / KEY_FILE


def _read_key_file(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        raise RedactorError(f"{path}: cannot read the project key", ExitCode.USAGE) from None
    if not _KEY_TEXT.match(text):
        raise RedactorError(f"{path}: not a redactor project key (64 hex digits expected)",
                            ExitCode.USAGE)
    return text.encode("ascii")


def _create_key_file(path: Path) -> bytes:
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        # The folder ignores itself, so the key is never committed, `init` or not.
        write_atomic(ignore, b"# redactor: the project key and vault stay on this computer\n*\n")
    try:
        write_atomic(path, secrets.token_hex(32).encode("ascii") + b"\n", private=True,
                     exclusive=True)
    except RedactorError:
        pass  # another run created it first: use that one
    made = _read_key_file(path)
    if made is None:  # pragma: no cover - just written
        raise RedactorError(f"{path}: cannot create the project key", ExitCode.USAGE)
    return made


def project_key(environ: Mapping[str, str] | None = None, *, home: Path | None = None,
                create: bool = True) -> bytes:
    """The project key: ``REDACTOR_KEY``, else ``home/.redactor/key`` (created on first use
    unless ``create`` is false), else a clear error."""
    env = os.environ if environ is None else environ
    value = env.get(KEY_VARIABLE, "")
    if value:
        return value.encode("utf-8")
    if home is not None:
        path = key_file(home)
        existing = _read_key_file(path)
        if existing is not None:
            return existing
        if create:
            return _create_key_file(path)
    raise RedactorError(
        f"{KEY_VARIABLE} is not set: the keyed hashes cannot be computed without it "
        "(set it in your shell or as a CI secret)",
        ExitCode.USAGE,
    )


def fingerprint(key: bytes, *parts: str) -> str:
    """HMAC-SHA-256 (hex) of the parts, joined unambiguously."""
    message = "\x1f".join(parts).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()
