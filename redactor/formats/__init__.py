"""Readers and writers, one module per format, chosen by file suffix.

The subtitle and Word formats are imported when a file of theirs is first read or written: their
libraries (python-docx with lxml, webvtt-py, srt) are a tenth of a second of every start-up,
and a check of text transcripts needs none of them.
"""

from __future__ import annotations

import functools
import hashlib
import os
from importlib import import_module
from pathlib import Path
from typing import Sequence

from redactor.errors import NotForUs, RedactorError
from redactor.formats.base import Format
from redactor.formats.text import TextFormat
from redactor.formats.transcript_json import TranscriptJsonFormat
from redactor.model import Document, Edit, FileResult, FileStatus


class DeferredFormat:
    """A format named by its module and class, imported when ``format_for`` first picks it (or
    on its first ``read`` or ``write``); its ``name`` and ``suffixes`` are said here too (a
    test holds them equal to the class's)."""

    def __init__(self, name: str, suffixes: tuple[str, ...], module: str, class_name: str) -> None:
        self.name = name
        self.suffixes = suffixes
        self.module = module
        self.class_name = class_name

    @functools.cached_property
    def loaded(self) -> Format:
        return getattr(import_module(self.module), self.class_name)()

    def read(self, path: Path, data: bytes) -> Document:
        return self.loaded.read(path, data)

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes:
        return self.loaded.write(doc, edits)


FORMATS: tuple[Format, ...] = (
    TextFormat(),
    DeferredFormat("srt", (".srt",), "redactor.formats.subtitles", "SrtFormat"),
    DeferredFormat("vtt", (".vtt",), "redactor.formats.subtitles", "VttFormat"),
    DeferredFormat("docx", (".docx",), "redactor.formats.docx", "DocxFormat"),
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
            return fmt.loaded if isinstance(fmt, DeferredFormat) else fmt
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
