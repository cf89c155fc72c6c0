"""Readers and writers, one module per format, chosen by file suffix."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from redactor.errors import NotForUs, RedactorError
from redactor.formats.base import Format
from redactor.formats.docx import DocxFormat
from redactor.formats.subtitles import SrtFormat, VttFormat
from redactor.formats.text import TextFormat
from redactor.formats.transcript_json import TranscriptJsonFormat
from redactor.model import FileResult, FileStatus

FORMATS: tuple[Format, ...] = (
    TextFormat(),
    SrtFormat(),
    VttFormat(),
    DocxFormat(),
    TranscriptJsonFormat(),
)


# Backup suffixes: "interview.txt.orig" is read as the .txt it is a copy of.
BACKUP_SUFFIXES = (".orig", ".bak")


def format_for(path: Path) -> Format | None:
    """The format that reads ``path``, or None when redactor does not handle that kind of file."""
    suffix = path.suffix.lower()
    if suffix in BACKUP_SUFFIXES:
        suffix = Path(path.stem).suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.suffixes:
            return fmt
    return None


def read_document(path: Path) -> FileResult:
    """Read one file into a Document, or say why it was skipped or failed."""
    fmt = format_for(path)
    if not path.exists():
        return FileResult(path=path, status=FileStatus.FAILED, reason="no such file")
    if path.is_dir():
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            return FileResult(path=path, status=FileStatus.FAILED, reason=f"cannot list this folder ({exc.strerror})")
        return FileResult(path=path, status=FileStatus.FAILED, reason="folder holds no file to read")
    if fmt is None:
        return FileResult(path=path, status=FileStatus.SKIPPED, reason=f"unsupported file type '{path.suffix or path.name}'")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(path=path, status=FileStatus.FAILED, reason=f"cannot read ({exc.strerror})")
    try:
        doc = fmt.read(path, data)
    except RedactorError as exc:
        # Readers name the file in their messages; the file state already does.
        reason = exc.message.removeprefix(f"{path}: ")
        status = FileStatus.SKIPPED if isinstance(exc, NotForUs) else FileStatus.FAILED
        return FileResult(path=path, status=status, reason=reason)
    return FileResult(path=path, status=FileStatus.SCANNED, document=doc, digest=hashlib.sha256(data).hexdigest())
