"""A read-only table whose rows become values when first looked up.

The packaged gazetteers have tens of thousands of rows and a run looks up a few thousand of
them; making every value at start-up is most of their loading time, so a row is made into its
value (a ``NameInfo``, a ``Place``) on first lookup and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

R = TypeVar("R")
V = TypeVar("V")


class ReadOnDemand(Mapping[str, V], Generic[R, V]):
    """Name -> value, each value ``make(row)`` of its raw row, made once when first asked for."""

    def __init__(self, rows: dict[str, R], make: Callable[[R], V]) -> None:
        self._rows = rows
        self._make = make
        self._made: dict[str, V] = {}

    def __getitem__(self, name: str) -> V:
        if name in self._made:
            return self._made[name]
        value = self._made[name] = self._make(self._rows[name])
        return value

    def __contains__(self, name: object) -> bool:
        return name in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)
