"""Folding: the forms text is compared in (case, diacritics and script, whitespace, possessive).

Every comparison of names and values goes through one of these functions.  ``fold`` is the
general form ("Łukasz  WIERZBICKI" → "lukasz wierzbicki"); ``normalise`` also drops a trailing
possessive and is what keyed fingerprints (``redactor.project.keys``) are taken of, so its output
must never change: committed watchlists and baselines hold hashes of it.
"""

from __future__ import annotations

import re

from anyascii import anyascii

# A trailing possessive: "Petrov's", "Petrov’s", "Jones'".
POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_NOT_NAME_CHAR = re.compile(r"[^a-z0-9-]")


def ascii_fold(text: str) -> str:
    """Any script as ASCII (anyascii), case folded: "Быков" → "bykov", "Nguyễn" → "nguyen"."""
    return (text if text.isascii() else anyascii(text)).casefold()  # anyascii keeps ASCII as it is


def fold(text: str) -> str:
    """``ascii_fold`` with whitespace runs collapsed to one space and the ends stripped."""
    return _SPACES.sub(" ", ascii_fold(text)).strip()


def fold_case(text: str) -> str:
    """Case folded with whitespace runs as one space; letters keep their diacritics and script."""
    return _SPACES.sub(" ", text).casefold()


def strip_possessive(text: str) -> str:
    """``text`` without a trailing possessive ("kowalczyk's" → "kowalczyk")."""
    return POSSESSIVE.sub("", text)


def normalise(value: str) -> str:
    """The form keyed fingerprints are taken of: folded, possessive dropped."""
    return strip_possessive(fold(value))


def fold_name(text: str) -> str:
    """A name as the gazetteer keys it: "Nguyễn" → "nguyen", "O'Brien" → "obrien"."""
    if text.isascii():
        return _NOT_NAME_CHAR.sub("", text.lower())
    return _NOT_NAME_CHAR.sub("", ascii_fold(text))


def _mark_table() -> dict[int, str]:
    """Each Latin letter with a diacritic mapped to its one ASCII base letter, case kept ("ț" →
    "t", "É" → "E", "ł" → "l"); a letter that is two in ASCII ("ß", "æ") is left alone."""
    import unicodedata

    table = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[:1]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord(c): b for c, b in zip("łŁđĐøØħĦı", "lLdDoOhHi")})
    return table


_MARKS: dict[int, str] = {}


def fold_marks(text: str) -> str:
    """``text`` with every Latin letter's diacritic dropped, one character for one, so offsets
    stay ("Ionuț Muñoz" → "Ionut Munoz"): how speech recognisers and hurried typists write a
    name, matched as the name."""
    if text.isascii():
        return text
    if not _MARKS:
        _MARKS.update(_mark_table())
    return text.translate(_MARKS)
