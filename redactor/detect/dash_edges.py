"""Names the model ran together across a dash set off by spaces, cut at the dash.

A heading names where and when an interview took place ("Field notes - bakery, Jersey - 2 May
2026"), and the model may take the place and the date for one entity.  A dash with a space on
each side between a name and a date separates them: no person's, place's or body's name ends in
a date across one (a name's own hyphen has no spaces: "Saint-Martin", "Guinea-Bissau").
:func:`split_at_spaced_dashes` gives each side of such a dash in a span of the model's its own
span:

- a side that is a date ("2 May 2026", "2026") is a DATE; any other side keeps the model's
  type (a number alone, "Ward 3" or a date's first piece, stays covered as before);
- a date's span leaves a public place's side (the
  heading's country or region, public by the place filters) and keeps the rest as it was found,
  so a small place stays covered by it as before;
- a dash the span starts with ("- Jersey") is left out of it.

Words of dates on both sides ("Monday - Friday", "March - April") are a range, and names on
both sides ("the Kyiv - Odesa highway", "Kalamata - Athens") may be a route's name: left as
found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.model import MODEL_DETECTOR, Mention

_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_DASH = re.compile(r"[^\S\n]+[-–—][^\S\n]+")
_LEADING_DASH = re.compile(r"[-–—][^\S\n]+")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)")


def _is_date_side(side: str) -> bool:
    """A side of the dash that is a date: a month's or a day's name with or without numbers
    ("17 July 2026", "Monday"), a year or a date in digits ("2026", "17.07.2026"); not a
    number alone ("Ward 3", "11": a unit's number, or a date's piece left to the date's span)."""
    words = _WORD.findall(side)
    return any(w.lower() in MONTHS_AND_DAYS for w in words) or _DIGIT_DATE.search(side) is not None


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
    if len(sides) > 1 and not any(dated):
        return [m]  # "the Kyiv - Odesa highway": a route's name holds the dash between its ends
    if m.entity_type == "DATE":
        words = [text[s:e] for (s, e), date in zip(sides, dated) if not date]
        if all(dated) or not all(is_public_place(side) for side in words):
            return [m]  # "Monday - Friday": a range; a small place stays covered by the date's span
        return [replace(m, start=s, end=e, text=text[s:e]) for (s, e), date in zip(sides, dated) if date]
    return [replace(m, start=s, end=e, text=text[s:e], entity_type="DATE" if date and len(sides) > 1 else m.entity_type)
            for (s, e), date in zip(sides, dated)]


def split_at_spaced_dashes(text: str, mentions: Sequence[Mention],
                           is_public_place: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each name or date of the model's that holds a dash set off by spaces
    cut there (see the module; ``is_public_place``: the place filters' rule)."""
    out: list[Mention] = []
    for m in mentions:
        if m.detector == MODEL_DETECTOR and (m.entity_type in _NAME_TYPES or m.entity_type == "DATE"):
            out.extend(_cut(text, m, is_public_place))
        else:
            out.append(m)
    return out
