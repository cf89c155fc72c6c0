"""Readers and writers, one module per format, chosen by file suffix."""

from __future__ import annotations

from pathlib import Path

from redactor.formats.base import Format
from redactor.formats.docx import DocxFormat
from redactor.formats.subtitles import SrtFormat, VttFormat
from redactor.formats.text import TextFormat
from redactor.formats.transcript_json import TranscriptJsonFormat

FORMATS: tuple[Format, ...] = (
    TextFormat(),
    SrtFormat(),
    VttFormat(),
    DocxFormat(),
    TranscriptJsonFormat(),
)


def format_for(path: Path) -> Format | None:
    """The format that reads ``path``, or None when redactor does not handle that kind of file."""
    suffix = path.suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.suffixes:
            return fmt
    return None
