"""Given-name variants: which first names can be one person's (Kolya and Nikolai, Bob and Robert).

Two lists, read on first use: the English nicknames of the ``nicknames`` package (hand-curated,
Apache-2.0; its links between two full names, such as Andrea/Andrew, are left out) and ``redactor/data/diminutives.csv`` (East Slavic diminutives and
Russian/Ukrainian forms; the common short forms of Spanish, Polish, Czech, South Slavic,
Romanian, Greek, Georgian, Armenian, Portuguese, Italian, French, German, Turkish, Arabic,
Persian, Yoruba, Igbo, Malay, Hungarian, Lithuanian, Hebrew, Icelandic, Swedish, Akan and Irish
given names; documented in the file).  Names are compared by their transliteration
skeleton (``skeleton``), so "Kolia", "Коля" and "Kolya" are one form.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.util
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

from redactor.detect.recognizers import profiles
from redactor.detect.recognizers.profiles import fold, skeleton
from redactor.lexicon.tables import packaged_digest
from redactor.project.files import keep_cached, read_cached, user_cache_file

DATA_FILE = "diminutives.csv"


class GivenNames:
    """Read-only: for each name skeleton, the canonical names it is a form of (itself included)."""

    def __init__(self, triplets: Iterable[tuple[str, str, str]]) -> None:
        self._set_tables(*_tables(triplets))

    def _set_tables(self, groups: Mapping[str, Iterable[str]], written: Mapping[str, Iterable[str]]) -> None:
        self._groups: Mapping[str, frozenset[str]] = MappingProxyType({k: frozenset(v) for k, v in groups.items()})
        self._written: Mapping[str, frozenset[str]] = MappingProxyType({k: frozenset(v) for k, v in written.items()})

    @classmethod
    def _of_tables(cls, groups: Mapping[str, Iterable[str]], written: Mapping[str, Iterable[str]]) -> GivenNames:
        names = cls.__new__(cls)
        names._set_tables(groups, written)
        return names

    @classmethod
    def load(cls) -> GivenNames:
        """The packaged lists: ``nicknames`` (English) plus the shipped file of other languages,
        as the per-user cache keeps their tables (made from the lists once per machine: the
        skeletons of ~2,700 names are a fiftieth of a short check's CPU)."""
        english = importlib.util.find_spec("nicknames")
        folder = Path(english.origin).parent if english is not None and english.origin else None
        sources = [(folder / name).read_bytes() for name in _ENGLISH_FILES] if folder else []
        # named after the lists and the skeleton's code too (``profiles``)
        digests = (hashlib.sha256(Path(profiles.__file__).read_bytes()).hexdigest(), packaged_digest(DATA_FILE),
                   *(hashlib.sha256(data).hexdigest() for data in sources))
        path = user_cache_file("given-names", __file__, *digests)
        kept = read_cached(path)
        if _is_tables(kept):
            return cls._of_tables(*kept)
        own = resources.files("redactor.data").joinpath(DATA_FILE).read_bytes().decode("utf-8")
        tables = _tables(_triplets(own))
        keep_cached(path, tuple({k: tuple(sorted(v)) for k, v in table.items()} for table in tables))
        return cls._of_tables(*tables)

    def forms_of(self, name_skeleton: str) -> frozenset[str]:
        """The canonical names ``name_skeleton`` may stand for, itself included."""
        return self._groups.get(name_skeleton, frozenset((name_skeleton,)))

    def variants_of(self, name: str) -> list[str]:
        """Other forms of the given name ``name`` (folded, as written: "kolya" for "nikolai"),
        each a variant of it by ``are_variants``; sorted.  ``name`` is folded first, as the lists
        are written: "István" has the forms of "istvan" ("pityu"), "Małgorzata" those of
        "malgorzata"."""
        own = skeleton(fold(name))
        found = {w for c in self.forms_of(own) for w in self._written.get(c, ())}
        return sorted(w for w in found if skeleton(w) != own and self.are_variants(own, skeleton(w)))

    def knows(self, name_skeleton: str) -> bool:
        """Whether the lists hold ``name_skeleton`` as a given name or one of its forms."""
        return name_skeleton in self._groups

    def are_variants(self, a: str, b: str) -> bool:
        """Whether two name skeletons may name one person: equal, or one a form of the other.

        Two nicknames of one name are not enough: "Lena" and "Kate" are both short for
        Catherine, yet almost always two women."""
        return a == b or a in self.forms_of(b) or b in self.forms_of(a)


# What ``nicknames`` reads its list from (its data and the code that reads it).
_ENGLISH_FILES = ("names.csv", "_csvfile.py")


def _triplets(own: str) -> list[tuple[str, str, str]]:
    """The lists' links: ``nicknames`` (English) plus the shipped file ``own`` of other languages."""
    from nicknames import name_triplets

    rows = [r for r in csv.reader(line for line in own.splitlines() if line and not line.startswith("#"))]
    mine = [(r[0], r[1], r[2]) for r in rows[1:] if len(r) == 3]
    english = name_triplets()
    # The English list also links full names to one another by history (Andrea/Andrew,
    # Amos/Moses, Ivan/John); two such names are usually two people.  A link to a name that
    # has nicknames of its own is kept only when it is clearly a short form (Bob, Robert).
    full_names = {t.name1 for t in english}
    nicknames = [(t.name1, t.relationship, t.name2) for t in english
                 if t.name2 not in full_names or len(t.name2) <= len(t.name1) - 2]
    return [*nicknames, *mine]


def _is_tables(kept: object) -> bool:
    """Whether ``kept`` is two tables of name skeleton -> names, as ``GivenNames.load`` keeps them."""
    return isinstance(kept, tuple) and len(kept) == 2 and all(
        isinstance(table, dict) and all(isinstance(k, str) and isinstance(v, tuple) and all(isinstance(n, str) for n in v)
                                        for k, v in table.items()) for table in kept)


def _tables(triplets: Iterable[tuple[str, str, str]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each name skeleton, the canonical names it is a form of (itself included); and for
    each canonical skeleton, its forms as the lists write them."""
    groups: dict[str, set[str]] = {}
    written: dict[str, set[str]] = {}  # canonical skeleton -> forms as the lists write them
    skeleton_of = functools.cache(skeleton)  # most names recur (4,900 calls, 2,300 names)
    for name, relationship, nickname in triplets:
        if relationship != "has_nickname":
            continue
        name, nickname = name.strip().casefold(), nickname.strip().casefold()
        canonical = skeleton_of(name)
        groups.setdefault(canonical, {canonical})
        groups.setdefault(skeleton_of(nickname), set()).add(canonical)
        written.setdefault(canonical, set()).update((name, nickname))
    return {k: v | {k} for k, v in groups.items()}, written


@functools.cache
def default_given_names() -> GivenNames:
    """The packaged lists, read once per process on first use (they are immutable)."""
    return GivenNames.load()
