"""Names the model ran together across a dash set off by spaces, cut at the dash.

A heading names where and when an interview took place ("Field notes - bakery, Jersey - 2 May
2026", "... Kalamata - Athens, 6 May 2026"), and the model may take the place and
the date, or two places, for one entity.  A dash with a space on each side separates: no
person's, place's or body's name holds one (a name's own hyphen has no spaces:
"Saint-Martin", "Guinea-Bissau").  :func:`split_at_spaced_dashes` gives each side of such a
dash in a span of the model's its own span:

- a side with a digit ("2 May 2026", "14") is the date's, found whole by the date
  recognizers: a name's span leaves it;
- a side of words keeps the model's type; a date's span leaves a public place's side (the
  heading's country or region, public by the place filters) and keeps the rest as it was found,
  so a small place stays covered by it as before;
- a dash the span starts with ("- Jersey") is left out of it.

Words of dates on both sides ("Monday - Friday", "March - April") are a range, left as found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.model import Mention

_MODEL = "SpacyRecognizer"
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_DASH = re.compile(r"[^\S\n]+[-–—][^\S\n]+")
_LEADING_DASH = re.compile(r"[-–—][^\S\n]+")
_WORD = re.compile(r"[^\W\d_]+")


def _is_date_side(side: str) -> bool:
    """A side of the dash that belongs to a date: it has a digit, or it is only words of
    dates ("July", "Monday")."""
    words = _WORD.findall(side)
    return any(c.isdigit() for c in side) or bool(words) and all(w.lower() in MONTHS_AND_DAYS for w in words)


def _sides(m: Mention) -> list[tuple[int, int]]:
    """The spans of ``m``'s sides of its spaced dashes, without a dash it starts with."""
    lead = _LEADING_DASH.match(m.text)
    offset = lead.end() if lead else 0
    sides, start = [], offset
    for dash in _DASH.finditer(m.text, offset):
        sides.append((m.start + start, m.start + dash.start()))
        start = dash.end()
    sides.append((m.start + start, m.end))
    return [(s, e) for s, e in sides if e > s]


def _cut(text: str, m: Mention, is_public_place: Callable[[str], bool]) -> list[Mention]:
    sides = _sides(m)
    if len(sides) == 1 and sides[0] == (m.start, m.end):
        return [m]
    dated = [_is_date_side(text[s:e]) for s, e in sides]
    if m.entity_type == "DATE":
        words = [text[s:e] for (s, e), date in zip(sides, dated) if not date]
        if all(dated) or not all(is_public_place(side) for side in words):
            return [m]  # "Monday - Friday": a range; a small place stays covered by the date's span
        return [replace(m, start=s, end=e, text=text[s:e]) for (s, e), date in zip(sides, dated) if date]
    return [replace(m, start=s, end=e, text=text[s:e]) for (s, e), date in zip(sides, dated)
            if not date or len(sides) == 1]


def split_at_spaced_dashes(text: str, mentions: Sequence[Mention],
                           is_public_place: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each name or date of the model's that holds a dash set off by spaces
    cut there (see the module; ``is_public_place``: the place filters' rule)."""
    out: list[Mention] = []
    for m in mentions:
        if m.detector == _MODEL and (m.entity_type in _NAME_TYPES or m.entity_type == "DATE"):
            out.extend(_cut(text, m, is_public_place))
        else:
            out.append(m)
    return out
