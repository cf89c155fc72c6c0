"""Cheap tests that say a regex cannot match a text, so Presidio never runs it there.

Most rule-pack and predefined patterns can only match a text that contains one of a few words
("unit", "callsign", "born") or a digit.  ``requirement`` reads a pattern's syntax tree (Python's
own regex parser, which reads the subset of the ``regex`` module's syntax patterns use) and
derives such a necessary condition: a set of atoms, at least one of which every match contains,
an atom being a lower-case ASCII literal or "a digit".  A pattern the parser cannot read, or one
with no such condition, has none and always runs.  The condition is necessary, never sufficient:
a text that passes is scanned by the pattern as before, so what is found does not change.

``GatedRegex`` wraps a compiled pattern with its condition and stands in for it in Presidio's
``Pattern.compiled_regex``; ``Gates.install`` puts one on every pattern of a recognizer,
compiled once, with the flags Presidio matches that recognizer's patterns with.  The tests run on the case-folded
text, so a case-insensitive pattern is never skipped because of a capital or a folding variant
("K", the Kelvin sign).

Start-up: deriving a condition parses the pattern and compiling it runs the ``regex`` module's
parser (Python code: about 5 ms a pattern, 1 s for a detector's ~250), together most of a short
run's rule-pack time.  ``known_patterns`` keeps, per user (in the cache folder, keyed by this
module's code and the ``regex`` and Python versions), each pattern that compiled with its flags,
the condition derived from it and its compiled form as ``regex`` pickles it (the engine's code,
rebuilt without parsing in about 60 microseconds); a known pattern is then a ``LazyRegex``,
rebuilt the first time a text passes its gate.  A pattern not known yet is compiled at once
(that is also its validity check).
"""

from __future__ import annotations

import functools
import io
import pickle
import re
import sys
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]  # Python's own parser
from re import _parser as sre_parse  # type: ignore[attr-defined]
from types import MappingProxyType
from typing import Any

import ahocorasick
import regex

from redactor.project.files import keep_cached, read_cached, user_cache_file

DIGIT = "\\d"  # the atom "some decimal digit" (no literal atom is spelt like this)
_ANY_DIGIT = re.compile(r"\d")

# Atoms shorter than this are too common to be worth a test ("a", "of").
_MIN_LITERAL = 3
_MAX_ATOMS = _MAX_PREFIXES = 4096
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)}
_SAFE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -'.,:/#&")
_DIGIT_CATEGORIES = {sre_constants.CATEGORY_DIGIT}

Atoms = frozenset[str]  # at least one of these is in the text
Requirement = tuple[Atoms, ...]  # all of these hold
Known = tuple[Requirement | None, bytes]  # a known pattern's condition and its pickled compiled form

_MAX_TERMS = 4
# ``regex`` syntax Python's parser reads as something else: fuzzy matching ("(?:x){e<=1}") is
# read as literal braces, so such a pattern gets no requirement at all.
_FUZZY = re.compile(r"(?<!\\)\{[^}]*[eisd][^}]*\}")
# Unicode properties (\p{L}, \P{Lu}) are unknown to Python's parser; a word class stands in for
# them, which tells nothing (never a digit class, never a literal), so the condition stays safe.
_PROPERTY = re.compile(r"(?<!\\)\\([pP])(?:\{[^}]*\}|[A-Za-z])")


def _is_digit_class(items: list[tuple[Any, Any]]) -> bool:
    """A character class every member of which is a decimal digit."""
    if not items:
        return False
    for op, av in items:
        if op is sre_constants.CATEGORY and av in _DIGIT_CATEGORIES:
            continue
        if op is sre_constants.RANGE and 48 <= av[0] <= av[1] <= 57:
            continue
        if op is sre_constants.LITERAL and 48 <= av <= 57:
            continue
        return False
    return True


def _char(code: int) -> str | None:
    """The case-folded literal character, if it is one a plain substring test can stand on."""
    folded = chr(code).casefold()
    return folded if folded in _SAFE_CHARS else None


def _useful(atoms: Atoms) -> bool:
    return bool(atoms) and len(atoms) <= _MAX_ATOMS and all(a == DIGIT or len(a) >= _MIN_LITERAL for a in atoms)


def _rank(atoms: Atoms) -> tuple[int, int]:
    """How selective a disjunction is: its weakest atom's length, then fewer atoms."""
    weakest = min(2 if atom == DIGIT else len(atom) for atom in atoms)
    return weakest, -len(atoms)


def _conjunction(terms: list[Atoms]) -> Requirement:
    kept = sorted({t for t in terms if _useful(t)}, key=_rank, reverse=True)
    return tuple(kept[:_MAX_TERMS])


_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


def _prefixes(items: Any) -> tuple[set[str], bool]:
    """Literal strings one of which every match of ``items`` starts with, and whether they are
    the whole of every match.  A word list factored as a prefix tree ("f(?:aw|iat|o(?:rd|ton))")
    gives its words ("faw", "fiat", "ford", "foton"), where its literal runs alone are too short
    to be atoms; the strings stop at the first part that is not a literal (a class, a repeat)."""
    found = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:  # consumes nothing: what follows starts where it stands
            continue
        if op is sre_constants.LITERAL and (char := _char(av)) is not None:
            found = {prefix + char for prefix in found}
            continue
        if op is sre_constants.SUBPATTERN:
            sub, whole = _prefixes(av[-1])
        elif op is sre_constants.BRANCH:
            sub, whole = set(), True
            for branch in av[1]:
                more, complete = _prefixes(branch)
                sub |= more
                whole = whole and complete
        else:
            return found, False
        if len(found) * len(sub) > _MAX_PREFIXES:
            return found, False
        found = {prefix + rest for prefix in found for rest in sub}
        if not whole:
            return found, False
    return found, True


def _words(items: Any) -> Atoms:
    """``_prefixes`` as an atom set, less any that extends another ("land-" beside "land")."""
    kept: list[str] = []
    for prefix in sorted(_prefixes(items)[0]):
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    return frozenset(kept)


def _sequence(items: Any) -> Requirement:
    """What a sequence requires: each literal run in it, what each of its parts requires and the
    words a part that is a word list starts with (``_prefixes``)."""
    terms: list[Atoms] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            terms.append(frozenset({"".join(run)}))
            run.clear()

    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is sre_constants.LITERAL:
            char = _char(av)
            if char is None:
                close_run()
            else:
                if not run:
                    terms.append(_words(items[i:]))
                run.append(char)
            continue
        close_run()
        terms.extend(_node(op, av))
        if op is sre_constants.BRANCH or op is sre_constants.SUBPATTERN:
            terms.append(_words(items[i:]))
    close_run()
    return _conjunction(terms)


def _node(op: Any, av: Any) -> Requirement:
    if op is sre_constants.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre_constants.ASSERT:  # a look-ahead or look-behind's text is in the text too
        return _sequence(av[1])
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op in _REPEATS:
        low, _high, item = av
        return _sequence(item) if low >= 1 else ()
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            sub = _sequence(branch)
            if not sub:
                return ()
            best: Atoms = max(sub, key=_rank)
            union.update(best)
        return _conjunction([frozenset(union)])
    if op is sre_constants.IN:
        return (frozenset({DIGIT}),) if _is_digit_class(av) else ()
    return ()  # negative assertions, anchors, "any", back-references: no condition


def requirement(pattern: str, flags: int = 0) -> Requirement | None:
    """Conditions every text the pattern matches meets (each: one of its atoms is in the text),
    or None when there are none that can be trusted."""
    if _FUZZY.search(pattern):
        return None
    readable = _PROPERTY.sub(lambda m: r"\w" if m.group(1) == "p" else r"\W", pattern)
    try:
        with warnings.catch_warnings():
            # "Possible nested set": [[:alpha:]] is a class in ``regex``, a different one in re.
            warnings.simplefilter("error")
            tree = sre_parse.parse(readable, flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE))
    except (re.error, Warning, RecursionError, ValueError, TypeError, OverflowError):
        return None
    return _sequence(tree) or None


class _Folded:
    """What the gates of one detector know of the last text seen: which of their atoms it holds.

    The text is case-folded once and read once by an Aho-Corasick automaton of every literal
    atom of every gate (a few hundred words), so a gate's test is a few set look-ups instead of
    a substring search of the text per atom, per pattern."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.present: frozenset[str] = frozenset()
        self._atoms: set[str] = set()
        self._finder: Any = None

    def watch(self, req: Requirement) -> None:
        """Make the literal atoms of ``req`` known to the automaton (built again when needed)."""
        new = {atom for atoms in req for atom in atoms if atom != DIGIT} - self._atoms
        if new:
            self._atoms |= new
            self._finder = None
            self.text = None

    def of(self, text: str) -> _Folded:
        if text is not self.text:
            # ``regex`` matches a pattern's "i" with "İ" and "I" with "ı" under IGNORECASE;
            # "İ" folds to "i" and a combining dot, so both are made a plain "i" here.
            folded = text.casefold().replace("\u0307", "").replace("ı", "i")
            found = {atom for _, atom in self._automaton().iter(folded)} if self._atoms else set()
            if _ANY_DIGIT.search(text) is not None:
                found.add(DIGIT)
            self.present = frozenset(found)
            self.text = text
        return self

    def _automaton(self) -> Any:
        if self._finder is None:
            finder = ahocorasick.Automaton()
            for atom in self._atoms:
                finder.add_word(atom, atom)
            finder.make_automaton()
            self._finder = finder
        return self._finder


def can_match(req: Requirement, facts: _Folded) -> bool:
    present = facts.present
    return all(not atoms.isdisjoint(present) for atoms in req)


class GatedRegex:
    """A compiled pattern that is only run over texts meeting its requirement."""

    def __init__(self, compiled: Any, req: Requirement, facts: _Folded) -> None:
        self.compiled = compiled
        self.requirement = req
        self.facts = facts
        facts.watch(req)

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if not can_match(self.requirement, self.facts.of(text)):
            return iter(())
        return self.compiled.finditer(text, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def _constructor() -> Any:
    """The callable ``regex`` pickles a compiled pattern with (its C module's ``compile``)."""
    import copyreg

    empty = regex.compile("")
    return copyreg.dispatch_table[type(empty)](empty)[0]


class _PatternUnpickler(pickle.Unpickler):
    """Rebuilds a compiled pattern and nothing else: the one callable a kept pickle may name is
    ``regex``'s constructor of compiled patterns (checked by name before anything is imported)."""

    allowed = _constructor()

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (self.allowed.__module__, self.allowed.__qualname__):
            return self.allowed
        raise pickle.UnpicklingError("not a compiled pattern")


def pickled(compiled: Any) -> bytes:
    """A compiled pattern as ``regex`` pickles it: its source, flags and the engine's code."""
    return pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)


def rebuilt(data: bytes, pattern: str, flags: int | None) -> Any:
    """The compiled pattern ``pickled`` kept, or, when that is damaged or another pattern's,
    ``pattern`` compiled anew."""
    try:
        compiled = _PatternUnpickler(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - any damage means: compile from the source
        compiled = None
    asked = plain(flags)
    if isinstance(compiled, regex.Pattern) and compiled.pattern == pattern and compiled.flags & asked == asked:
        return compiled
    return regex.compile(pattern, flags=plain(flags))


class LazyRegex:
    """A pattern known to compile with its flags, compiled (or rebuilt from its kept compiled
    form) on first use."""

    def __init__(self, pattern: str, flags: int | None, kept: bytes | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self.kept = kept

    @functools.cached_property
    def compiled(self) -> Any:
        if self.kept is not None:
            return rebuilt(self.kept, self.pattern, self.flags)
        return regex.compile(self.pattern, flags=plain(self.flags))

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        return self.compiled.finditer(text, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def plain(flags: int | None) -> int:
    """Flags as a plain int: the same pattern, but ``regex``'s parser tests them hundreds of
    times per pattern and each test on a ``RegexFlag`` runs Python code (15% of a compile)."""
    return int(flags or 0)


def _key(pattern: str, flags: int | None) -> str:
    return f"{plain(flags)}\0{pattern}"  # a number: one key whichever flag class says it


def _cache_file() -> Path:
    """Named after everything an entry depends on: this module's code, ``regex``'s and Python's
    versions, so a change starts a new file."""
    return user_cache_file("patterns", __file__, getattr(regex, "__version__", ""), sys.version)


def _valid_requirement(value: object) -> bool:
    return value is None or (isinstance(value, tuple) and all(
        isinstance(atoms, frozenset) and all(isinstance(a, str) for a in atoms) for atoms in value))


def _valid_entry(key: object, value: object) -> bool:
    return (isinstance(key, str) and isinstance(value, tuple) and len(value) == 2
            and _valid_requirement(value[0]) and isinstance(value[1], bytes))


@functools.cache
def known_patterns() -> Mapping[str, Known]:
    """The patterns earlier runs compiled (read once per process; a damaged file counts as none)."""
    table = read_cached(_cache_file())
    if not isinstance(table, dict) or not all(_valid_entry(k, v) for k, v in table.items()):
        return MappingProxyType({})
    return MappingProxyType(table)


def is_known(pattern: str, flags: int | None) -> bool:
    """Whether this pattern compiled with these flags before (so it need not be compiled now)."""
    return _key(pattern, flags) in known_patterns()


def compile_pattern(pattern: str, flags: int | None) -> Any:
    """``pattern`` compiled with ``flags``: a ``LazyRegex`` rebuilt on first use when an earlier
    run compiled it, else compiled now (so an invalid pattern raises ``regex.error`` here)."""
    known = known_patterns().get(_key(pattern, flags))
    if known is not None:
        return LazyRegex(pattern, flags, known[1])
    return regex.compile(pattern, flags=plain(flags))


def unchecked_pattern(name: str, pattern: str, score: float) -> Any:
    """Presidio's ``Pattern`` without its own check, a compile without flags that is thrown
    away: ``Gates.install`` compiles it with its flags unless an earlier run did (so known
    valid), which is the check."""
    from presidio_analyzer import Pattern

    built = Pattern(name=name, regex="", score=score)
    built.regex = pattern
    return built


def _keep(table: dict[str, Known]) -> None:
    """Write the table for the next run (``keep_cached``)."""
    keep_cached(_cache_file(), table)


class Gates:
    """The gates of one detector: one case-folding of each text, however many patterns."""

    def __init__(self) -> None:
        self.facts = _Folded()
        self.gated = 0
        self.total = 0
        self.learned: dict[str, Known] = {}

    def install(self, recognizer: Any, remember: bool = True) -> None:
        """Give each of a recognizer's patterns its gate and its compiled form, with the flags
        Presidio matches it with.

        Presidio's engine calls a recognizer without flags, so it matches with the recognizer's
        own ``global_regex_flags``, and keeps a compiled pattern while those are the same.  A
        pattern known from an earlier run is rebuilt on first use; another is compiled now.
        ``remember=False``: never written to the per-user cache (a user's own pattern may hold
        protected names); a recognizer class whose patterns are redactor's own code says so with
        ``shipped_patterns = True`` and is remembered whatever the caller says."""
        remember = remember or getattr(type(recognizer), "shipped_patterns", False)
        flags = getattr(recognizer, "global_regex_flags", None)
        known = known_patterns()
        for pattern in getattr(recognizer, "patterns", None) or []:
            if flags is None or isinstance(pattern.compiled_regex, GatedRegex):
                continue
            compiled = pattern.compiled_regex if pattern.compiled_with_flags == flags else None
            key = _key(pattern.regex, flags)
            if key in known:
                req, kept = known[key]
                compiled = compiled or LazyRegex(pattern.regex, flags, kept)
            else:
                if compiled is None or isinstance(compiled, LazyRegex):
                    compiled = regex.compile(pattern.regex, flags=plain(flags))
                req = requirement(pattern.regex, flags)
                if remember:
                    self.learned[key] = (req, pickled(compiled))
            self.total += 1
            if req is not None:
                self.gated += 1
                compiled = GatedRegex(compiled, req, self.facts)
            pattern.compiled_regex = compiled
            pattern.compiled_with_flags = flags

    def compile(self, pattern: str, flags: int, remember: bool = True) -> Any:
        """A pattern outside any recognizer, compiled with ``flags`` (rebuilt on first use when
        an earlier run compiled it); ``remember`` as for ``install``."""
        compiled = compile_pattern(pattern, flags)
        if remember and not isinstance(compiled, LazyRegex):
            self.learned[_key(pattern, flags)] = (None, pickled(compiled))
        return compiled

    def keep(self) -> None:
        """Remember the patterns compiled for the first time, for the next run."""
        if self.learned:
            _keep({**known_patterns(), **self.learned})
            self.learned = {}
