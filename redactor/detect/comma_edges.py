"""Names the model ran on across a comma into the public place that locates them, cut there.

A speaker places a village or a firm by its region, its country or a large city after a comma
("past Klesiv, Rivne Oblast", "a village past Bolhrad, Odesa Region", "Sinar Mas, Indonesia"),
and the model may take both for one organisation or place.  The place after the comma is public
by the place filters (a first-level region by its region word, a country, a city of the public
size) and points at nobody; the name before it is what the span found.
:func:`cut_before_public_places` ends such a span of the model's before the comma, after as
many such places as end it ("Tulchyn, Vinnytsia Oblast, Ukraine").

Left as found: a span whose first part is itself public ("Paris, Texas" is a town, not Paris),
a span whose last part is no public place ("the Ministry of Trade, Industry and Labour",
"Klesiv, Sarny"), and a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from redactor.model import MODEL_DETECTOR, Mention

_CUT_TYPES = frozenset({"ORGANIZATION", "LOCATION"})
_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")


def _name_end(m: Mention, is_public_place: Callable[[str], bool]) -> int:
    """Where the span's name ends before the public places after its commas (its own end when
    none ends it, or its first part is public too)."""
    commas = list(_COMMA.finditer(m.text))
    end = len(m.text)
    for comma in reversed(commas):
        if not is_public_place(m.text[comma.end():end]):
            break
        end = comma.start()
    if end == len(m.text) or not m.text[:end].strip() or is_public_place(m.text[:end]):
        return m.end
    return m.start + end


def cut_before_public_places(mentions: Sequence[Mention], is_public_place: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each organisation or place of the model's cut before the public places
    said after its commas (see the module; ``is_public_place``: the place filters' rule)."""
    out: list[Mention] = []
    for m in mentions:
        end = _name_end(m, is_public_place) if m.detector == MODEL_DETECTOR and m.entity_type in _CUT_TYPES else m.end
        out.append(m if end == m.end else replace(m, end=end, text=m.text[:end - m.start]))
    return out
