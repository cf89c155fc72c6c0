"""Read-only tables whose rows become values when first looked up.

The packaged gazetteers and wordfreq's English list have tens or hundreds of thousands of rows
and a run looks up a few thousand of them; making every value at start-up is most of their
loading time, so a row is made into its value (a ``NameInfo``, a ``Place``) on first lookup and
kept.  ``ReadOnDemand`` holds its rows in a dict; a ``FileTable`` holds them in one bytes object
(a hash table of the names' UTF-8 bytes), so opening one costs no more than reading its file:
``kept_table`` keeps it in the user's cache folder, built once per machine.
"""

from __future__ import annotations

import functools
import hashlib
import mmap
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Generic, TypeVar

from redactor.project.files import keep_cached_bytes, made_in_child, map_cached, user_cache_file

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


# A FileTable's bytes: the header (magic, slot count, row count, total size), the slots (each the
# offset of a row, or _EMPTY), then the rows (key length, row length, key's UTF-8, row).  Native
# byte order: the file is kept per machine, and its name carries the byte order.
_MAGIC = b"RTB1"
_HEADER = struct.Struct("=4sIII")
_ROW = struct.Struct("=HH")
_EMPTY = 0xFFFFFFFF
_SLOT = "I"  # 4 bytes on every platform CPython supports (the slots are cast to it below)


class FileTable(Mapping[str, V]):
    """Name -> value, each value ``make(row)`` of its row's bytes, made once when first asked
    for; the names and rows stay in one bytes object (``encode``) until then."""

    # Looked-up names remembered (absent ones too); forgotten all at once beyond this many, as
    # wordfreq forgets its own lookups, so a long run's memory does not grow with its vocabulary.
    REMEMBERED = 100_000

    def __init__(self, data: bytes | mmap.mmap, make: Callable[[bytes], V]) -> None:
        """``data`` as ``encode`` made it (or a file of it, mapped); ValueError when it is not
        a whole table."""
        if len(data) < _HEADER.size:
            raise ValueError("not a table")
        magic, slots, rows, size = _HEADER.unpack_from(data)
        if magic != _MAGIC or size != len(data) or slots & (slots - 1) or _HEADER.size + 4 * slots > size:
            raise ValueError("not a whole table")
        self._data = data
        self._slots = memoryview(data)[_HEADER.size:_HEADER.size + 4 * slots].cast("I")
        self._mask = slots - 1
        self._len = rows
        self._make = make
        self._made: dict[str, V | None] = {}

    @staticmethod
    def encode(rows: Mapping[str, bytes]) -> bytes:
        """The bytes of a table of ``rows`` (names and rows under 64 KiB each)."""
        slots = 1 << max(3, (2 * len(rows)).bit_length())  # at most half full: short probes
        mask = slots - 1
        table = array(_SLOT, [_EMPTY]) * slots
        body = bytearray()
        start = _HEADER.size + 4 * slots
        for name, row in rows.items():
            key = name.encode("utf-8", "surrogatepass")
            i = zlib.crc32(key) & mask
            while table[i] != _EMPTY:
                i = (i + 1) & mask
            table[i] = start + len(body)
            body += _ROW.pack(len(key), len(row)) + key + row
        return _HEADER.pack(_MAGIC, slots, len(rows), start + len(body)) + table.tobytes() + body

    def _row(self, name: str) -> bytes | None:
        key = name.encode("utf-8", "surrogatepass")
        data, slots, mask = self._data, self._slots, self._mask
        i = zlib.crc32(key) & mask
        while (at := slots[i]) != _EMPTY:
            size, length = _ROW.unpack_from(data, at)
            at += _ROW.size
            if size == len(key) and data[at:at + size] == key:
                return data[at + size:at + size + length]
            i = (i + 1) & mask
        return None

    def _value(self, name: str) -> V | None:
        try:
            return self._made[name]
        except KeyError:
            pass
        row = self._row(name)
        value = None if row is None else self._make(row)
        if len(self._made) >= self.REMEMBERED:
            self._made.clear()
        self._made[name] = value
        return value

    def __getitem__(self, name: str) -> V:
        value = self._value(name) if isinstance(name, str) else None
        if value is None:
            raise KeyError(name)
        return value

    def get(self, name: str, default=None):  # type: ignore[override]
        value = self._value(name) if isinstance(name, str) else None
        return default if value is None else value

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._value(name) is not None

    def __iter__(self) -> Iterator[str]:
        data, at = self._data, _HEADER.size + 4 * (self._mask + 1)
        while at < len(data):
            size, length = _ROW.unpack_from(data, at)
            at += _ROW.size
            yield data[at:at + size].decode("utf-8", "surrogatepass")
            at += size + length

    def __len__(self) -> int:
        return self._len

    def __reduce__(self):
        return FileTable, (bytes(self._data), self._make)  # for a process that is sent the table


_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


@functools.cache
def packaged_digest(name: str) -> str:
    """The SHA-256 (hex) of the packaged data file ``redactor/data/<name>``: what every per-user
    cache made from it is named after.  Read and hashed once per process, however many tables
    are made from one file (the name lists and the public places feed several)."""
    return hashlib.sha256(resources.files("redactor.data").joinpath(name).read_bytes()).hexdigest()


def kept_table(kind: str, module_file: str | Path, versions: tuple[str, ...],
               rows: Callable[[], Mapping[str, bytes]], make: Callable[[bytes], V],
               maker: str | None = None) -> FileTable[V]:
    """The table of ``kind`` kept in the user's cache folder (public data only), or, when it is
    missing or damaged, built from ``rows()`` and kept there for the next run.  The file is
    mapped, not read, and named after ``module_file``'s code, ``versions`` (what the rows are read from), this module's
    code and the machine's byte order.  With ``maker`` ("module:function" that returns this
    table), it is built in a short-lived child process (``made_in_child``), so the rows made
    and their garbage never enter this one; here only where that fails."""
    path = user_cache_file(kind, module_file, *versions, _CODE, sys.byteorder)
    kept = _kept_file_table(path, make)
    if kept is not None:
        return kept
    if maker is not None and made_in_child(path, maker):
        kept = _kept_file_table(path, make)
        if kept is not None:
            return kept
    data = FileTable.encode(rows())
    keep_cached_bytes(path, data)
    # The file just kept, mapped like the next run's, so the built bytes are freed now instead of
    # staying in this process's heap for the run (where the cache folder cannot be written, they stay).
    return _kept_file_table(path, make) or FileTable(data, make)


def _kept_file_table(path: Path, make: Callable[[bytes], V]) -> FileTable[V] | None:
    """The table kept at ``path``, mapped; None when it is missing or damaged."""
    kept = map_cached(path)
    if kept is not None:
        try:
            return FileTable(kept, make)
        except ValueError:
            kept.close()  # damaged: built anew
    return None
