"""The ``re`` patterns the command line's imports compile, kept from one run for the next.

Importing the commands compiles about 700 regular expressions with Python's ``re`` (redactor's
module patterns and those of spaCy, Presidio and the libraries under them): a third of a second
of CPU in every process, a seventh of a one-file ``check``, nearly all of it ``re``'s parser and
compiler, in Python.  ``re`` keeps what it compiled for the rest of the process only.  While an
``ImportWindow`` is open, ``re`` compiles a pattern the last window kept from its kept form (the
engine's code as ``re`` made it: ``_sre.compile`` of the same arguments gives the same pattern,
code and groups; tests compare every one), and when it closes, what was compiled anew is kept in
the per-user cache with what was used.

Only what is compiled while the window is open is kept: the commands' imports, before any
setting, input or name of a user is read; a pattern compiled after it (a run's names, a user's
rule pack) is never kept.  Everything here depends on ``re``'s internals (the file is named
after Python's version and this module's code); when they are not as expected, nothing is kept
or used and ``re`` compiles as it always does.
"""

from __future__ import annotations

import re
import sys
from array import array
from pathlib import Path
from typing import Any

from redactor.project.files import keep_cached, read_cached, user_cache_file

# The kept form of a pattern: pattern, flags (as ``re``'s cache keys them), the flags the
# engine was given, its code (32-bit words, ``_sre``'s own size), groups, group index and index
# group (what ``re._compiler.compile`` gives ``_sre.compile``).
Entry = tuple[Any, int, int, bytes, int, dict[str, int], tuple[Any, ...]]
_CODE = "I"
# The table is written again only when more patterns than this were compiled anew: a few are
# made anew in every process (the standard library's tokenizer joins a set of string prefixes),
# and a developer's edit adds one or two.  A pattern this run did not compile stays (a process
# that imported part of redactor before the commands compiles only the rest in the window)
# until the table would hold more than ``MAX_KEPT``.  Few but long patterns compiled anew are
# written too: parsing costs about a millisecond per 600 characters of pattern, and a release
# that changes a dozen of its large alternations (a list of public bodies, holidays or titles)
# with this module's code unchanged (the table's name) would otherwise parse them in every
# process for good (thirteen of round 43's: 28,000 characters, 40 ms of every ``check``).  The
# standard library's tokenizer pattern made anew in every process is 952 characters.
_CHURN = 16
_CHURN_CHARS = 4000
MAX_KEPT = 4096


def _internals() -> tuple[Any, Any, Any] | None:
    """``_sre``, ``re._parser`` and ``re._compiler`` when ``re`` is made as this module expects."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    if not callable(getattr(re, "_compile", None)):
        return None
    if not all(callable(getattr(module, name, None)) for module, name in
               ((_sre, "compile"), (_parser, "parse"), (_compiler, "_code"))):
        return None
    if array(_CODE).itemsize != getattr(_sre, "CODESIZE", None):
        return None
    return _sre, _parser, _compiler


def _cache_file(kind: str = "re") -> Path:
    import _sre

    return user_cache_file(kind, __file__, sys.version, str(getattr(_sre, "MAGIC", "")))


def kept_form(pattern: str | bytes, flags: int) -> Entry | None:
    """What ``re._compiler.compile(pattern, flags)`` gives ``_sre.compile``; None when ``re``
    is not as expected or the pattern does not compile."""
    parts = _internals()
    if parts is None:
        return None
    _sre, _parser, _compiler = parts
    flags = int(flags)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # The code's operators are named ``int``s, its flags ``RegexFlag``s: kept as plain ints.
        return (pattern, flags, int(flags | parsed.state.flags), array(_CODE, code).tobytes(), parsed.state.groups - 1,
                groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - any surprise: this pattern is not kept
        return None


def rebuilt(entry: Entry) -> re.Pattern[Any] | None:
    """The compiled pattern of a kept form; None when the form is damaged (``_sre`` checks the
    code it is given)."""
    parts = _internals()
    if parts is None:
        return None
    _sre = parts[0]
    try:
        pattern, _flags, engine_flags, code, groups, groupindex, indexgroup = entry
        if type(pattern) not in (str, bytes):
            return None
        words = array(_CODE, code).tolist()
        compiled = _sre.compile(pattern, engine_flags, words, groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a damaged entry: ``re`` compiles that pattern itself
        return None
    return compiled if isinstance(compiled, re.Pattern) else None


def _valid(entry: object) -> bool:
    return (isinstance(entry, tuple) and len(entry) == 7 and type(entry[0]) in (str, bytes)
            and type(entry[1]) is int and type(entry[2]) is int and isinstance(entry[3], bytes)
            and type(entry[4]) is int and isinstance(entry[5], dict) and isinstance(entry[6], tuple))


def _key(pattern: str | bytes, flags: int) -> tuple[type, str | bytes, int]:
    return type(pattern), pattern, flags  # as ``re._compile`` keys its cache


class ImportWindow:
    """While open, ``re`` compiles a pattern the last closed window kept from its kept form;
    closed, what was compiled anew meanwhile is kept with what was used, for the next run.

    ``kind`` names the table (one per window that compiles the same patterns in every run: the
    commands' imports, the default model's tokenizer); ``churn``: how many patterns compiled
    anew are let go before the table is written again (and, when it is not 0, as long as they
    are short together: ``_CHURN_CHARS``)."""

    def __init__(self, kind: str = "re", churn: int = _CHURN) -> None:
        self._kind = kind
        self._churn = churn
        self._churn_chars = _CHURN_CHARS if churn else 0
        self._usable = _internals() is not None
        self._kept: dict[Any, Entry] = {}
        self._used: dict[Any, re.Pattern[Any]] = {}
        self._new: dict[Any, None] = {}
        self._compile: Any = None

    def open(self) -> None:
        if not self._usable or self._compile is not None:
            return
        table = read_cached(_cache_file(self._kind))
        for entry in table if isinstance(table, list) else ():
            if _valid(entry):
                self._kept[_key(entry[0], entry[1])] = entry
        self._compile = re._compile  # type: ignore[attr-defined]
        re._compile = self._compiled  # type: ignore[attr-defined]

    def _compiled(self, pattern: Any, flags: Any) -> Any:
        """``re._compile``, from the kept form of a pattern when there is one."""
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        if type(pattern) not in (str, bytes) or type(flags) is not int or flags & re.DEBUG:
            return self._compile(pattern, flags)
        key = _key(pattern, flags)
        compiled = self._used.get(key)
        if compiled is None and key in self._kept:
            compiled = rebuilt(self._kept[key])
            if compiled is not None:
                self._used[key] = compiled
        if compiled is None:
            compiled = self._compile(pattern, flags)
            self._new[key] = None
        return compiled

    def __enter__(self) -> ImportWindow:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._compile is None:
            return
        re._compile, self._compile = self._compile, None  # type: ignore[attr-defined]
        new = [key for key in self._new if key not in self._used]
        if len(new) <= self._churn and sum(len(key[1]) for key in new) <= self._churn_chars:
            return  # the kept table holds (nearly) all this run compiled
        learned = [entry for entry in (kept_form(key[1], key[2]) for key in new) if entry is not None]
        used = [self._kept[key] for key in self._used]
        unused = [entry for key, entry in self._kept.items() if key not in self._used]
        if len(used) + len(unused) + len(learned) > MAX_KEPT:
            unused = []  # what this run did not compile goes first
        keep_cached(_cache_file(self._kind), used + unused + learned)
