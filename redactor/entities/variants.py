"""Given-name variants: which first names can be one person's (Kolya and Nikolai, Bob and Robert).

Two lists, read on first use: the English names and nicknames of the ``nicknames`` package
(hand-curated, Apache-2.0) and ``redactor/data/diminutives.csv`` (East Slavic diminutives and
Russian/Ukrainian forms, documented in the file).  Names are compared by their transliteration
skeleton (``skeleton``), so "Kolia", "Коля" and "Kolya" are one form.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from types import MappingProxyType
from typing import Iterable, Mapping

from redactor.detect.recognizers.profiles import skeleton

DATA_FILE = "diminutives.csv"


class GivenNames:
    """Read-only: for each name skeleton, the canonical names it is a form of (itself included)."""

    def __init__(self, triplets: Iterable[tuple[str, str, str]]) -> None:
        groups: dict[str, set[str]] = {}
        for name, relationship, nickname in triplets:
            if relationship != "has_nickname":
                continue
            canonical = skeleton(name.strip().casefold())
            groups.setdefault(canonical, {canonical})
            groups.setdefault(skeleton(nickname.strip().casefold()), set()).add(canonical)
        self._groups: Mapping[str, frozenset[str]] = MappingProxyType(
            {k: frozenset(v | {k}) for k, v in groups.items()})

    @classmethod
    def load(cls) -> GivenNames:
        """The packaged lists: ``nicknames`` (English) plus the shipped East Slavic file."""
        from nicknames import name_triplets

        text = resources.files("redactor.data").joinpath(DATA_FILE).read_text("utf-8")
        rows = [r for r in csv.reader(line for line in text.splitlines() if line and not line.startswith("#"))]
        own = [tuple(r) for r in rows[1:] if len(r) == 3]
        return cls([*((t.name1, t.relationship, t.name2) for t in name_triplets()), *own])

    def forms_of(self, name_skeleton: str) -> frozenset[str]:
        """The canonical names ``name_skeleton`` may stand for, itself included."""
        return self._groups.get(name_skeleton, frozenset((name_skeleton,)))

    def knows(self, name_skeleton: str) -> bool:
        """Whether the lists hold ``name_skeleton`` as a given name or one of its forms."""
        return name_skeleton in self._groups

    def are_variants(self, a: str, b: str) -> bool:
        """Whether two name skeletons may name one person: equal, or one a form of the other.

        Two nicknames of one name are not enough: "Lena" and "Kate" are both short for
        Catherine, yet almost always two women."""
        return a == b or a in self.forms_of(b) or b in self.forms_of(a)


@functools.cache
def default_given_names() -> GivenNames:
    """The packaged lists, read once per process on first use (they are immutable)."""
    return GivenNames.load()
