"""Phone numbers in the cells of a Markdown table column headed as phones.

A contact list typed as a table ("| Name | Phone |" over "| --- | --- |") gives a number with no
word before it on its line, and a national number without a trunk prefix ("24 423 232") is no
region's number to the phone library.  The column's header says what it holds: each cell under
a header that names a phone ("Phone", "Mobile", "WhatsApp", "Contact number") whose whole
content is digit groups of a phone's length is one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redactor.detect.prefilter import own_compiled

_ROW = own_compiled(r"[^\S\n]*\|.*\|[^\S\n]*")
_RULE = own_compiled(r"[^\S\n]*\|(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+[^\S\n]*")
_PHONE_HEADER = own_compiled(
    r"\b(?:phones?|mobiles?|cell(?:[^\S\n]?phones?)?|tel\.?|telephones?|whatsapp|viber|signal|telegram"
    r"|contacts?|landlines?)\b", regex.IGNORECASE)
# The shape of the labelled-number rule (rules/contact.yaml): digit groups with a space, a dot
# or a hyphen between, the area code maybe in brackets, "+" maybe first.
_PHONE_CELL = own_compiled(r"\+?\(?\d[\d()]*(?:[^\S\n]?[-.]?[^\S\n]?\(?\d+\)?)*")
MIN_DIGITS, MAX_DIGITS = 7, 15


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells (between its bars), stripped of spaces."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    spans = []
    for left, right in zip(bars, bars[1:]):
        a, b = left + 1, right
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        spans.append((a, b))
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def table_phone_cells(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the phone numbers in the phone columns of the Markdown tables of ``text``."""
    if "|" not in text:
        return
    lines = _lines(text)
    for i in range(1, len(lines)):
        if not _RULE.fullmatch(text, *lines[i]) or not _ROW.fullmatch(text, *lines[i - 1]):
            continue
        header = _cells(text, *lines[i - 1])
        columns = {k for k, (a, b) in enumerate(header) if _PHONE_HEADER.search(text, a, b)}
        if not columns:
            continue
        for line in lines[i + 1:]:
            if not _ROW.fullmatch(text, *line):
                break
            yield from (cell for k, cell in enumerate(_cells(text, *line)) if k in columns and _a_phone(text, *cell))


def _a_phone(text: str, start: int, end: int) -> bool:
    digits = sum(c.isdigit() for c in text[start:end])
    return MIN_DIGITS <= digits <= MAX_DIGITS and _PHONE_CELL.fullmatch(text, start, end) is not None
