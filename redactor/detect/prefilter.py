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

Most patterns cannot take in a line break, or only a few (``line_reach``: ``[^\\S\\n]+`` and
``\\w+`` take in none): a gated pattern of that kind is run only over the lines around those of
its words (lines near an atom of each condition of its requirement), which the same reading of
the text locates, and finds there the matches a search of the whole text finds
(``GatedRegex``).  A pattern every match of which starts with one of a few words
(``start_words``: "\\b(?:sergeant|corporal)\\s+\\w+") is tried only where one of them starts,
the same reading giving their places.

An own pattern of ``regex`` version 1 folds case fully under IGNORECASE ("ß" matches "ss"),
which about doubles a search's cost; ``simple_case`` gives a gated one with no literal that folds
to more than one character a twin folding case one to one, searched over the texts no character
of which folds so either (``_Folded.aligned``), where it finds the same matches.

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

import atexit
import bisect
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
_DIGITS = re.compile(r"\d+")

# Atoms shorter than this are too common to be worth a test ("a", "s"); two letters ("gp", "of")
# are rare enough for some words of a list, and a window needs no more than that.
_MIN_LITERAL = 2
_MAX_ATOMS = _MAX_PREFIXES = 4096
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)}
_ASCII_SAFE = "abcdefghijklmnopqrstuvwxyz0123456789 -'.,:/#&"


def _one_to_one_letters() -> frozenset[str]:
    """Latin, Greek and Cyrillic lower-case letters that fold one to one: the letter is its own
    case-fold and so is its one capital's ("ğ", "ú", "ж"; not "ß", which folds to "ss", nor the
    dotless "ı", whose capital folds to "i").  A character ``regex`` matches such a letter with
    under IGNORECASE folds to it ("Ğ", "ς" for "σ"), so the substring test stays safe."""
    letters = (chr(code) for code in range(0xC0, 0x530))
    return frozenset(c for c in letters if c.isalpha() and c.casefold() == c and len(c.upper()) == 1
                     and c.upper().casefold() == c)


_SAFE_CHARS = frozenset(_ASCII_SAFE) | _one_to_one_letters()
_DIGIT_CATEGORIES = {sre_constants.CATEGORY_DIGIT}

Atoms = frozenset[str]  # at least one of these is in the text
Requirement = tuple[Atoms, ...]  # all of these hold
# A known pattern's condition, its line reach (``line_reach``), its pickled compiled form and the
# words every match starts with (``start_words``).
Known = tuple[Requirement | None, int | None, bytes, Atoms | None]
# Windows are worth their calls when they leave out more than this share of a text.
_MOST_OF_A_TEXT = 0.6
# A pattern is tried at each place one of its start words starts while there are fewer such
# places than one per this many characters of the text; with more, a search is cheaper.
_CHARS_PER_START = 64

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


def _holds(atom: str, other: str) -> bool:
    """Whether a text holding ``other`` holds ``atom`` too."""
    if atom == DIGIT:
        return other == DIGIT or any("0" <= char <= "9" for char in other)
    return other != DIGIT and atom in other


def _implies(term: Atoms, other: Atoms) -> bool:
    """Whether a text meeting ``term`` (one of its atoms) meets ``other``: each of its atoms
    holds one of the other's ("faw" holds "aw")."""
    return all(any(_holds(atom, mine) for atom in other) for mine in term)


def _conjunction(terms: list[Atoms]) -> Requirement:
    """The most selective terms, less any another implies (a text meeting the one meets it:
    the same texts pass and the same lines hold both)."""
    kept: list[Atoms] = []
    for term in sorted({t for t in terms if _useful(t)}, key=_rank, reverse=True):
        if not any(_implies(other, term) for other in kept):
            kept = [other for other in kept if not _implies(term, other)] + [term]
    kept.sort(key=_rank, reverse=True)
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
        return _either([_sequence(branch) for branch in av[1]])
    if op is sre_constants.IN:
        return (frozenset({DIGIT}),) if _is_digit_class(av) else ()
    return ()  # negative assertions, anchors, "any", back-references: no condition


def _either(branches: list[Requirement]) -> Requirement:
    """What one of ``branches`` requires, whichever matches: each term a union of one term of
    each branch (a match of any branch holds an atom of the term it gave).  The first term
    unites each branch's most selective term, the next each one's next (or its last), so a
    condition every branch shares ("to" and a clock time, said in either order) stays a
    condition of its own, not only the best of them."""
    if not branches or not all(branches):
        return ()
    ranked = [sorted(sub, key=_rank, reverse=True) for sub in branches]
    deepest = max(len(terms) for terms in ranked)
    return _conjunction([frozenset().union(*(terms[min(j, len(terms) - 1)] for terms in ranked))
                         for j in range(deepest)])


# Where a ``regex`` pattern's block of group definitions starts ("(?(DEFINE)(?<amount>...))"),
# and a call of one of its groups ("(?&amount)"); calls by number or of the whole pattern,
# verbose mode switched on or off inside it and a POSIX class ("[[:alpha:]]", whose closing
# brackets the unfolding would miscount) are read by no one here.  A class of a colon and
# other characters ("[:.]", the separator of a clock time) is no POSIX class.
_DEFINE = "(?(DEFINE)"
_CALL = re.compile(r"\(\?&(\w+)\)")
_UNREAD_CALLS = re.compile(r"\(\?(?:P>|R\)|[-+]?\d+\))|\(\?[a-zA-Z]*-?[a-zA-Z]*x|\[:\^?[A-Za-z]+:\]")
_LEADING_VERBOSE = re.compile(r"\s*\(\?[a-zA-Z]*x[a-zA-Z]*\)")


def _skip(pattern: str, at: int, verbose: bool) -> int:
    """Where the piece of ``pattern`` at ``at`` that holds no parenthesis of the pattern's own
    ends: an escape, a character class or, in verbose mode, a comment; ``at`` otherwise."""
    char = pattern[at]
    if char == "\\":
        return at + 2
    if char == "[":
        end = at + 1 + (pattern[at + 1:at + 2] == "^")
        end += pattern[end:end + 1] == "]"  # a "]" first is a member
        while end < len(pattern) and pattern[end] != "]":
            end += 2 if pattern[end] == "\\" else 1
        return end + 1
    if verbose and char == "#":
        end = pattern.find("\n", at)
        return len(pattern) if end == -1 else end + 1
    return at


def _closing(pattern: str, at: int, verbose: bool) -> int:
    """The index of the parenthesis closing the group opened at ``at`` (-1 if none)."""
    depth, i = 0, at
    while i < len(pattern):
        skipped = _skip(pattern, i, verbose)
        if skipped != i:
            i = skipped
            continue
        depth += {"(": 1, ")": -1}.get(pattern[i], 0)
        if depth == 0:
            return i
        i += 1
    return -1


def _blank(text: str, verbose: bool) -> bool:
    """Whether ``text`` matches nothing: empty or, in verbose mode, white space and comments."""
    i = 0
    while i < len(text) and verbose and (text[i].isspace() or text[i] == "#"):
        i = _skip(text, i, verbose) if text[i] == "#" else i + 1
    return i == len(text)


_NAMED_GROUP = re.compile(r"\(\?P?<(\w+)>")


def _definitions(block: str, verbose: bool) -> dict[str, str] | None:
    """The groups a DEFINE block's body defines, by name (each one's body), or None when the
    body holds anything else."""
    groups: dict[str, str] = {}
    i = 0
    while i < len(block):
        if verbose and (block[i].isspace() or block[i] == "#"):
            i = _skip(block, i, verbose) if block[i] == "#" else i + 1
            continue
        named = _NAMED_GROUP.match(block, i)
        end = _closing(block, i, verbose) if named else -1
        if named is None or end == -1:
            return None
        groups[named.group(1)] = block[named.end():end]
        i = end + 1
    return groups


def _without_definitions(pattern: str, flags: int) -> str | None:
    """``pattern`` with each call of a group its trailing ``(?(DEFINE)...)`` block defines
    replaced by that group's body and the block removed: the same matches, in syntax Python's
    parser reads; ``pattern`` itself when it has no such block; None when it cannot be
    unfolded so (a block not last, a call by number, a group that calls itself).  Comments are
    dropped with it in verbose mode, where a body's comment would otherwise run on."""
    start = pattern.find(_DEFINE)
    if start == -1:
        return pattern
    leading = _LEADING_VERBOSE.match(pattern)
    if _UNREAD_CALLS.search(pattern, leading.end() if leading else 0):
        return None
    verbose = bool(flags & re.VERBOSE) or leading is not None
    end = _closing(pattern, start, verbose)
    if end == -1 or not _blank(pattern[end + 1:], verbose):
        return None  # the block is not the pattern's end
    groups = _definitions(pattern[start + len(_DEFINE):end], verbose)
    if groups is None:
        return None
    unfolded = _uncommented(pattern[:start], verbose)
    groups = {name: _uncommented(body, verbose) for name, body in groups.items()}
    for _ in range(len(groups) + 1):  # a group may call another, never itself
        if not _CALL.search(unfolded):
            return unfolded
        if any(name not in groups for name in _CALL.findall(unfolded)):
            return None
        unfolded = _CALL.sub(lambda m: f"(?:{groups[m.group(1)]})", unfolded)
    return None


def _uncommented(pattern: str, verbose: bool) -> str:
    """``pattern`` without its comments (verbose mode; a line break stands for each)."""
    if not verbose:
        return pattern
    kept, i = [], 0
    while i < len(pattern):
        skipped = _skip(pattern, i, verbose)
        if pattern[i] == "#":
            kept.append("\n")
        else:
            kept.append(pattern[i:max(skipped, i + 1)])
        i = max(skipped, i + 1)
    return "".join(kept)


def _tree(pattern: str, flags: int) -> Any:
    """The pattern's syntax tree as Python's own parser reads it (a Unicode property as a word
    class, a call of a defined group as the group), or None when that parser reads it otherwise
    than ``regex`` or not at all."""
    unfolded = _without_definitions(pattern, flags)
    if unfolded is None or _FUZZY.search(unfolded):
        return None
    pattern = unfolded
    readable = _PROPERTY.sub(lambda m: r"\w" if m.group(1) == "p" else r"\W", pattern)
    try:
        with warnings.catch_warnings():
            # "Possible nested set": [[:alpha:]] is a class in ``regex``, a different one in re.
            warnings.simplefilter("error")
            return sre_parse.parse(readable, flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE))
    except (re.error, Warning, RecursionError, ValueError, TypeError, OverflowError):
        return None


def requirement(pattern: str, flags: int = 0) -> Requirement | None:
    """Conditions every text the pattern matches meets (each: one of its atoms is in the text),
    or None when there are none that can be trusted."""
    tree = _tree(pattern, flags)
    return (_sequence(tree) or None) if tree is not None else None


def start_words(pattern: str, flags: int = 0) -> Atoms | None:
    """Case-folded words, one of which every match of the pattern starts with (after any
    look-around or word boundary), or None when there are none to trust: a match can start with
    a class, a repeat or a short word ("a"), or the flags search otherwise than forwards."""
    tree = _tree(pattern, flags) if plain(flags) & ~_WINDOW_FLAGS == 0 else None
    if tree is None:
        return None
    words = _words(tree)
    return words if _useful(words) else None


# Unicode properties none of whose characters is a line break (the ones the packs use); another
# property may be (\p{White_Space}), so it counts as any character.
_LINELESS_PROPERTY = re.compile(r"(?:L[ultmo]?|M[nce]?|N[dlo]?|Latin|Cyrillic|Greek)")
_NEWLINE = 10
_NEWLINE_CATEGORIES = {sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_NOT_DIGIT,
                       sre_constants.CATEGORY_NOT_WORD, sre_constants.CATEGORY_LINEBREAK}


def _class_takes_newline(items: list[tuple[Any, Any]]) -> bool:
    """Whether a character class can match a line break ("\\n")."""
    negated = False
    member = False
    for op, av in items:
        if op is sre_constants.NEGATE:
            negated = True
        elif op is sre_constants.LITERAL:
            member = member or av == _NEWLINE
        elif op is sre_constants.RANGE:
            member = member or av[0] <= _NEWLINE <= av[1]
        elif op is sre_constants.CATEGORY:
            member = member or av in _NEWLINE_CATEGORIES or av not in {
                sre_constants.CATEGORY_NOT_SPACE, sre_constants.CATEGORY_DIGIT, sre_constants.CATEGORY_WORD,
                sre_constants.CATEGORY_NOT_LINEBREAK}
        else:
            return True
    return member != negated


def _newlines(items: Any) -> float:
    """The most line breaks a sequence can take in (infinite when a repeat without bound can)."""
    total = 0.0
    for op, av in items:
        total += _newlines_of(op, av)
    return total


def _newlines_of(op: Any, av: Any) -> float:
    if op is sre_constants.LITERAL:
        return float(av == _NEWLINE)
    if op is sre_constants.NOT_LITERAL:
        return float(av != _NEWLINE)
    if op is sre_constants.ANY:
        return 1.0  # whatever DOTALL says
    if op is sre_constants.IN:
        return float(_class_takes_newline(av))
    if op is sre_constants.AT:
        return 0.0  # reads the characters either side, takes in none
    if op is sre_constants.SUBPATTERN:
        return _newlines(av[-1])
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _newlines(av)
    if op is sre_constants.BRANCH:
        return max(_newlines(branch) for branch in av[1])
    if op in _REPEATS:
        low, high, item = av
        each = _newlines(item)
        if each == 0:
            return 0.0
        return float("inf") if high == sre_constants.MAXREPEAT else high * each
    if op is sre_constants.ASSERT or op is sre_constants.ASSERT_NOT:
        return _newlines(av[1])  # a look-around's text is read where the match stands
    return float("inf")  # back-references, conditions: no bound known


def line_reach(pattern: str, flags: int = 0) -> int | None:
    """The most line breaks a match of the pattern and its look-arounds can take in, when that is
    bounded and the pattern cannot match the empty string; None otherwise.

    Each character a match (or one of its look-arounds) takes in is taken by one part of the
    pattern, and a part that can take in a line break is counted as many times as it can repeat,
    so a match and the text it looks at lie within ``reach`` lines either side of any line they
    touch.  ``[^\\S\\n]+`` and ``\\w+`` take in none, however long; ``\\s+`` has no bound."""
    unfolded = _without_definitions(pattern, flags)
    if unfolded is None or _FUZZY.search(unfolded):
        return None
    readable = _PROPERTY.sub(
        lambda m: (r"\w" if m.group(1) == "p" and _LINELESS_PROPERTY.fullmatch(m.group(0)[3:-1] or m.group(0)[2:])
                   else r"[\s\S]"), unfolded)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            tree = sre_parse.parse(readable, flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE))
        if tree.getwidth()[0] == 0:
            return None  # an empty match moves the next search on by itself
    except (re.error, Warning, RecursionError, ValueError, TypeError, OverflowError):
        return None
    reach = _newlines(tree)
    return int(reach) if reach != float("inf") else None


# The attributes of ``_Folded`` that describe its current text.
_PER_TEXT = ("text", "present", "lines", "ends", "aligned", "_windows", "_starts", "_bounds", "_digits")


class _Folded:
    """What the gates of one detector know of the last text seen: which of their atoms it holds,
    and on which lines.

    The text is case-folded once and read once by an Aho-Corasick automaton of every literal
    atom of every gate (a few hundred words), so a gate's test is a few set look-ups instead of
    a substring search of the text per atom, per pattern.  Folding keeps the line breaks (no
    other character folds to one), so a line of the folded text is the same line of the text;
    where no character folds to more or fewer than one (``aligned``), a place in the folded
    text is the same place in the text too."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.present: frozenset[str] = frozenset()
        self.lines: dict[str, set[int]] = {}  # each atom present: the lines it is on
        self.ends: dict[str, list[int]] = {}  # each atom present: where each of its occurrences ends
        self.aligned = False
        self._windows: dict[tuple[tuple[Atoms, ...], int], list[tuple[int, int, int]] | None] = {}
        self._starts: dict[Atoms, list[int]] = {}
        self._bounds: tuple[list[int], list[int]] | None = None
        self._digits: set[int] | None = None  # the lines with a digit
        self._atoms: set[str] = set()
        self._finder: Any = None
        # What was known of the last text a much shorter one followed, put aside while that one
        # is read: the phone and URL recognizers run the patterns over windows cut from a text,
        # and the next recognizer reads the whole text again (``_set_aside``).
        self._aside: dict[str, Any] | None = None

    def watch(self, req: Requirement) -> None:
        """Make the literal atoms of ``req`` known to the automaton (built again when needed)."""
        new = {atom for atoms in req for atom in atoms if atom != DIGIT} - self._atoms
        if new:
            self._atoms |= new
            self._finder = None
            self.text = None
            self._aside = None

    def _set_aside(self) -> dict[str, Any]:
        """What is known of the current text (everything ``of`` works out for one text)."""
        return {name: getattr(self, name) for name in _PER_TEXT}

    def of(self, text: str) -> _Folded:
        if text is not self.text:
            aside = self._aside
            if aside is not None and text is aside["text"]:
                # the same string object, so the same text and the same facts
                self._aside = self._set_aside()
                for name, value in aside.items():
                    setattr(self, name, value)
                return self
            if self.text is not None and len(text) < len(self.text) // 2:  # a window of it, likely
                self._aside = self._set_aside()
            # ``regex`` matches a pattern's "i" with "İ" and "I" with "ı" under IGNORECASE;
            # "İ" folds to "i" and a combining dot, so both are made a plain "i" here.
            folded = text.casefold()
            self.aligned = len(folded) == len(text) and "\u0307" not in folded  # casefold never shortens
            folded = folded.replace("\u0307", "").replace("ı", "i")
            lines: dict[str, set[int]] = {}
            ends: dict[str, list[int]] = {}
            if self._atoms:
                line = 0
                newline = folded.find("\n")
                for end, atom in self._automaton().iter(folded):  # in the order they end
                    while newline != -1 and newline < end:
                        line += 1
                        newline = folded.find("\n", newline + 1)
                    lines.setdefault(atom, set()).add(line)
                    ends.setdefault(atom, []).append(end)
            found = set(lines)
            if _ANY_DIGIT.search(text) is not None:
                found.add(DIGIT)
            self.present = frozenset(found)
            self.lines = lines
            self.ends = ends
            self._bounds = None
            self._digits = None
            self._windows = {}
            self._starts = {}
            self.text = text
        return self

    def starts(self, words: Atoms) -> list[int] | None:
        """Where in the text one of ``words`` (atoms watched) starts, in order; None when
        folding moved the text's places (a character folded to two)."""
        if not self.aligned:
            return None
        at = self._starts.get(words)
        if at is None:
            at = self._starts[words] = sorted({end - len(word) + 1 for word in self.present.intersection(words)
                                               for end in self.ends[word]})
        return at

    def _automaton(self) -> Any:
        if self._finder is None:
            finder = ahocorasick.Automaton()
            for atom in self._atoms:
                finder.add_word(atom, atom)
            finder.make_automaton()
            self._finder = finder
        return self._finder

    def bounds(self) -> tuple[list[int], list[int]]:
        """Where each line of the text starts, and where it ends (its line break, or the end)."""
        if self._bounds is None:
            text = self.text or ""
            ends = []
            at = text.find("\n")
            while at != -1:
                ends.append(at)
                at = text.find("\n", at + 1)
            self._bounds = [0, *(end + 1 for end in ends)], [*ends, len(text)]
        return self._bounds

    def _lines_of(self, atom: str) -> set[int]:
        if atom != DIGIT:
            return self.lines[atom]
        if self._digits is None:
            starts, _ = self.bounds()
            self._digits = {bisect.bisect_right(starts, run.start()) - 1 for run in _DIGITS.finditer(self.text or "")}
        return self._digits

    def windows(self, anchors: tuple[Atoms, ...], reach: int) -> list[tuple[int, int, int]] | None:
        """For a pattern whose every match holds an atom of each of ``anchors`` and takes in at
        most ``reach`` line breaks: (first start, last start, end) of each stretch of the text a
        match can start in and of the text its search there must see, or None when they would
        cover most of the text (then one search of the whole is cheaper).  Worked out once per
        text for patterns with the same anchors and reach (72 patterns need only "a digit")."""
        key = (anchors, reach)
        if key not in self._windows:
            self._windows[key] = self._windows_of(anchors, reach)
        return self._windows[key]

    def _anchor_lines(self, atoms: Atoms) -> set[int]:
        """The lines holding one of ``atoms``."""
        lines: set[int] = set()
        for atom in self.present.intersection(atoms):
            lines |= self._lines_of(atom)
        return lines

    def _windows_of(self, anchors: tuple[Atoms, ...], reach: int) -> list[tuple[int, int, int]] | None:
        """``windows``, worked out.

        A match holding an atom on line L starts on a line from L - reach to L + reach, and a
        search starting on line M takes in no more than the line break ending line M + reach.
        Every match (with what it looks at) holds an atom of each anchor, so it starts on a
        line near a line of each: the lines near the anchor with the fewest lines, less those
        not near one of every other anchor ("unit" on many lines, a digit on many, both on one:
        that one's window)."""
        starts, ends = self.bounds()
        last = len(ends) - 1
        near: set[int] | None = None
        for lines in sorted((self._anchor_lines(atoms) for atoms in anchors), key=len):
            if not lines:
                return []
            around = lines if reach == 0 else {
                other for line in lines for other in range(max(0, line - reach), min(last, line + reach) + 1)}
            near = around if near is None else near & around
            if not near:
                return []
        spans: list[list[int]] = []
        for line in sorted(near or ()):
            if spans and line == spans[-1][1] + 1:
                spans[-1][1] = line
            else:
                spans.append([line, line])
        if sum(ends[final] - starts[first] for first, final in spans) > _MOST_OF_A_TEXT * len(self.text or ""):
            return None
        # The end: past the line break ending the last line a search can reach, and one more
        # character, which "$" without MULTILINE reads (a line break just before the end of the
        # text is matched as that end).
        return [(starts[first], ends[final], min(len(self.text or ""), ends[min(last, final + reach)] + 2))
                for first, final in spans]


def can_match(req: Requirement, facts: _Folded) -> bool:
    present = facts.present
    return all(not atoms.isdisjoint(present) for atoms in req)


# A ``GatedRegex``'s ``simple_case`` twin not made yet.
_UNMADE = object()


class GatedRegex:
    """A compiled pattern that is only run over texts meeting its requirement, and, when every
    match starts with one of a few words (``start_words``), only where one of them starts, or
    when its matches take in a bounded number of line breaks (``line_reach``), only over the
    lines around its atoms.

    Tried at each place one of its start words starts, in order, from where the last match
    ended, the pattern finds what a search of the whole text finds: a search tries each place
    in turn and the first match found is the one the pattern makes at that place (``match``,
    which sees the whole text, before and after); a place no start word starts at holds none.

    Searching the windows in order, each from where the last match ended, finds the matches a
    search of the whole text finds.  Every match of the whole starts in a window (it holds an
    atom).  In a window, a search at a place up to its last start reads only text inside the
    window's end and sees the text before it (``regex`` looks behind ``pos``), so it does there
    what it does in the whole text; a match found past the last start is dropped and the next
    window searched from where the last kept match ended, as the whole-text search would."""

    def __init__(self, compiled: Any, req: Requirement, facts: _Folded, reach: int | None = None,
                 starts: Atoms | None = None, simple: Any = None) -> None:
        self.compiled = compiled
        # ``simple_case``'s twin of it, searched over texts that fold one to one; ``_UNMADE``
        # until the first such text passes the gate (``gated``: making it parses the pattern,
        # a few milliseconds each, and a short text passes few gates)
        self.simple = simple
        self.requirement = req
        self.facts = facts
        self.anchors = req
        self.reach = reach
        self.starts = starts
        facts.watch(req + ((starts,) if starts else ()))

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        facts = self.facts.of(text)
        if not can_match(self.requirement, facts):
            return iter(())
        # no character of the text folds to more or fewer than one: the twin finds the same
        compiled = self.compiled
        if facts.aligned:
            if self.simple is _UNMADE:
                self.simple = simple_case(compiled)
            if self.simple is not None:
                compiled = self.simple
        if args or "pos" in kwargs or "endpos" in kwargs:
            return compiled.finditer(text, *args, **kwargs)
        if self.starts is not None:
            at = facts.starts(self.starts)
            if at is not None and len(at) * _CHARS_PER_START <= len(text):
                return self._at_starts(compiled, text, at, kwargs)
        if self.reach is None:
            return compiled.finditer(text, **kwargs)
        spans = facts.windows(self.anchors, self.reach)
        if spans is None:
            return compiled.finditer(text, **kwargs)
        return self._in_windows(compiled, text, spans, kwargs)

    @staticmethod
    def _at_starts(compiled: Any, text: str, at: list[int], kwargs: dict[str, Any]) -> Iterator[Any]:
        if isinstance(compiled, LazyRegex):
            compiled = compiled.compiled
        match = compiled.match
        resume = 0
        for start in at:
            if start >= resume and (found := match(text, start, **kwargs)) is not None:
                yield found
                resume = found.end()

    @staticmethod
    def _in_windows(compiled: Any, text: str, spans: list[tuple[int, int, int]], kwargs: dict[str, Any]) -> Iterator[Any]:
        if isinstance(compiled, LazyRegex):
            compiled = compiled.compiled  # one look-up, not one per window
        resume = 0
        for first, last, end in spans:
            if max(first, resume) > last:
                continue
            for match in compiled.finditer(text, max(first, resume), end, **kwargs):
                if match.start() > last:
                    break
                yield match
                resume = match.end()

    def compile_twin(self) -> None:
        """Make the ``simple_case`` twin now, as the first text that folds one to one would
        (``redactor.detect.prime``: compiled where its kept form is missing, and so kept)."""
        if self.simple is _UNMADE:
            self.simple = simple_case(self.compiled)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def _gate_conditions(pattern: str, flags: int) -> tuple[Requirement | None, int | None, Atoms | None]:
    """What a pattern's gate tests: its requirement (None: no gate), and only with one, the
    lines around its words it reaches and the words a match may start with."""
    req = requirement(pattern, flags)
    if req is None:
        return None, None, None
    return req, _reach(pattern, flags), start_words(pattern, flags)


# What the gates of redactor's own module patterns (``gated``) know of the last text seen: one
# case-folding and one automaton pass per text for all of them, apart from a detector's gates.
_OWN_FACTS = _Folded()


def gated(patterns: Mapping[str, Any], apart: bool = False) -> dict[str, Any]:
    """Patterns of redactor's own code (outside any recognizer's list), by name, each with the
    gate ``Gates.install`` gives a recognizer's pattern: its ``finditer`` skips a text that
    cannot hold a match and searches only the lines around its words; what it finds does not
    change.  A pattern with no condition stays as it is.  ``apart``: the patterns' gates read
    each text on their own, not with the others' (``_OWN_FACTS``): words as common as "in" or
    "her" would make every other gate's pass over a text report them at almost every word.

    The conditions are read from the per-user table of known patterns (``known_patterns``),
    derived and added to it when missing (a few milliseconds each, ~0.25 s for the two dozen
    gated so, in every process that detects), and the table let go of again unless a detector
    being built holds it (``Detector`` gates them then, so the table is read once)."""
    loaded = known_patterns.cache_info().currsize > 0  # a detector being built holds it
    table = known_patterns()
    learned: dict[str, Known] = {}
    out = {}
    facts = _Folded() if apart else _OWN_FACTS
    for name, compiled in patterns.items():
        # ``regex`` reports its version and full case-folding among a compiled pattern's flags.
        # Neither changes what a search from a place finds; a syntax only version 1 reads (set
        # operations) is one Python's parser declines, and full case-folding is why the tests
        # run on the case-folded text and starts are taken only where folding moved nothing.
        flags = plain(compiled.flags) & ~int(regex.VERSION0 | regex.VERSION1 | regex.FULLCASE)
        key = _key(compiled.pattern, flags)
        known = table.get(key)
        if known is None:
            req, reach, starts = _gate_conditions(compiled.pattern, flags)
            # No compiled form is kept: the module compiles its own patterns.
            known = learned[key] = (req, reach, b"", starts)
        req, reach, _kept, starts = known
        out[name] = compiled if req is None else GatedRegex(compiled, req, facts, reach, starts, _UNMADE)
    if learned:
        _keep(learned)
    if not loaded:
        forget_known_patterns()
    return out


# Turns ``regex``'s full case-folding off from where it stands (version 1 turns it on with
# IGNORECASE: "ß" then matches "ss", "ﬁ" "fi").
_SIMPLE_CASE = "(?-f)"


def _folds_wide(items: Any) -> bool:
    """Whether a literal of a parsed pattern, or a character of one of its ranges, folds to more
    than one character ("ß", "ﬁ", "İ")."""
    for op, av in items:
        if op is sre_constants.LITERAL or op is sre_constants.NOT_LITERAL:
            if len(chr(av).casefold()) != 1:
                return True
        elif op is sre_constants.RANGE:
            if any(len(chr(code).casefold()) != 1 for code in range(av[0], av[1] + 1)):
                return True
        elif op is sre_constants.IN:
            if _folds_wide(av):
                return True
        elif any(_folds_wide(sub) for sub in _parts(av)):
            return True
    return False


def _parts(av: Any) -> Iterator[Any]:
    """The parsed sub-patterns held in an item's arguments (a group's, a list's, a repeat's)."""
    if isinstance(av, sre_parse.SubPattern):
        yield av
    elif isinstance(av, (list, tuple)):
        for part in av:
            yield from _parts(part)


def simple_case(compiled: Any) -> Any:
    """For a pattern of redactor's own code that folds case fully (``regex`` version 1 with
    IGNORECASE), the same pattern folding case simply (one character to one), or None.

    Full case-folding lets one character match two or three ("ß" and "ss", "ﬁ" and "fi",
    "İ" and "i" with its dot); only a character that folds to more than one can take part in
    such a match, on the pattern's side or the text's.  So when no literal of the pattern (nor
    a character of its ranges) folds so, the twin finds the same matches in every text no
    character of which folds so either (``_Folded.aligned``), and searches about twice as fast.
    None when the pattern does not fold fully, or cannot be read (``_tree``) or has such a
    literal."""
    flags = plain(compiled.flags)
    if not flags & int(regex.FULLCASE) or not flags & int(regex.IGNORECASE):
        return None
    twin_pattern, twin_flags = _SIMPLE_CASE + compiled.pattern, flags & ~int(regex.FULLCASE)
    # A twin an earlier run made is among the kept own patterns (only this function compiles
    # one): that run read this pattern's tree as this code does, so it is not parsed again.
    if _key(twin_pattern, twin_flags) not in _own_forms():
        tree = _tree(compiled.pattern, flags)
        if tree is None or _folds_wide(tree):
            return None
    twin = own_compiled_now(twin_pattern, twin_flags)
    return None if twin.flags & regex.FULLCASE else twin


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
    form) on first use.  One made without a kept form is a pattern of redactor's own code (a
    module's constant, never a user's words): it is rebuilt from the forms earlier runs kept
    (``own_compiled``), not parsed in every process."""

    def __init__(self, pattern: str, flags: int | None, kept: bytes | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self.kept = kept

    @functools.cached_property
    def compiled(self) -> Any:
        kept, self.kept = self.kept, None  # the kept form is read once; the compiled one stays
        if kept is not None:
            return rebuilt(kept, self.pattern, self.flags)
        return own_compiled_now(self.pattern, plain(self.flags))

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        return self.compiled.finditer(text, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


class LazyOwnRegex(LazyRegex):
    """A pattern of redactor's own code (``own_compiled``), rebuilt from its kept form the first
    time it is used.  The modules hold about 500 (with the rule packs' and their twins, 1,600,000
    words of engine code, which ``regex`` makes into its nodes in 0.07 s of CPU, and into 20 MiB
    of a process's heap), and a run of one small file uses few: a check of a 2,000-word
    transcript rebuilt 870 patterns when the modules' were made at import, 540 now, and peaks
    at 268 MiB instead of 287.

    Everything but ``pattern`` is the compiled pattern's own, ``flags`` too (``gated`` reads the
    flags ``regex`` added); a method once looked up is kept on the instance, so a call costs what
    it costs on the compiled pattern.  Private and special names are never passed on (copying or
    unpickling asks for them before ``pattern`` is set)."""

    def __init__(self, pattern: str, flags: int) -> None:  # pylint: disable=super-init-not-called
        self.pattern = pattern
        self._asked = flags

    @functools.cached_property
    def compiled(self) -> Any:
        return own_compiled_now(self.pattern, self._asked)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        if callable(value):
            self.__dict__[name] = value
        return value


def plain(flags: int | None) -> int:
    """Flags as a plain int: the same pattern, but ``regex``'s parser tests them hundreds of
    times per pattern and each test on a ``RegexFlag`` runs Python code (15% of a compile)."""
    return int(flags or 0)


# Flags under which a search of part of a text is read as ``GatedRegex`` reads it (not, say,
# ``regex.REVERSE``, which searches from the end).
_WINDOW_FLAGS = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE)


def _reach(pattern: str, flags: int | None) -> int | None:
    """``line_reach`` under the flags a pattern is matched with; None under others."""
    return line_reach(pattern, plain(flags)) if plain(flags) & ~_WINDOW_FLAGS == 0 else None


def _key(pattern: str, flags: int | None) -> str:
    return f"{plain(flags)}\0{pattern}"  # a number: one key whichever flag class says it


def _cache_file() -> Path:
    """Named after everything an entry depends on: this module's code, ``regex``'s and Python's
    versions, so a change starts a new file."""
    return user_cache_file("patterns", __file__, getattr(regex, "__version__", ""), sys.version)


def pattern_tables() -> tuple[Path, Path]:
    """The per-user files of the known patterns (``known_patterns``) and of redactor's own
    compiled patterns (``own_compiled``)."""
    return _cache_file(), _own_file()


def _valid_requirement(value: object) -> bool:
    return value is None or (isinstance(value, tuple) and all(
        isinstance(atoms, frozenset) and all(isinstance(a, str) for a in atoms) for atoms in value))


def _valid_entry(key: object, value: object) -> bool:
    return (isinstance(key, str) and isinstance(value, tuple) and len(value) == 4
            and _valid_requirement(value[0]) and (value[1] is None or type(value[1]) is int)
            and isinstance(value[2], bytes) and _valid_requirement(None if value[3] is None else (value[3],)))


@functools.cache
def known_patterns() -> Mapping[str, Known]:
    """The patterns earlier runs compiled (read once per process)."""
    return MappingProxyType(_kept_table())


def _kept_table() -> dict[str, Known]:
    """The table as the file holds it now (a damaged file counts as none)."""
    table = read_cached(_cache_file())
    if not isinstance(table, dict) or not all(_valid_entry(k, v) for k, v in table.items()):
        return {}
    return table


def forget_known_patterns() -> None:
    """Let go of the table of earlier runs' patterns once a detector is built: what it needs
    of it is held by its patterns, and the table also holds every other pattern any earlier run
    compiled (a folder's own packs, other settings), which would stay in memory for the run."""
    known_patterns.cache_clear()


def is_known(pattern: str, flags: int | None) -> bool:
    """Whether this pattern compiled with these flags before (so it need not be compiled now)."""
    return _key(pattern, flags) in known_patterns()


def compile_pattern(pattern: str, flags: int | None) -> Any:
    """``pattern`` compiled with ``flags``: a ``LazyRegex`` rebuilt on first use when an earlier
    run compiled it, else compiled now (so an invalid pattern raises ``regex.error`` here)."""
    known = known_patterns().get(_key(pattern, flags))
    if known is not None:
        return LazyRegex(pattern, flags, known[2])
    return regex.compile(pattern, flags=plain(flags))


def unchecked_pattern(name: str, pattern: str, score: float) -> Any:
    """Presidio's ``Pattern`` without its own check, a compile without flags that is thrown
    away: ``Gates.install`` compiles it with its flags unless an earlier run did (so known
    valid), which is the check."""
    from presidio_analyzer import Pattern

    built = Pattern(name=name, regex="", score=score)
    built.regex = pattern
    return built


def _keep(learned: dict[str, Known]) -> None:
    """Add ``learned`` to the table for the next run (``keep_cached``), read again, not taken
    from ``known_patterns``: while a detector is built, the three calls of ``gated`` and the
    detector's ``Gates.keep`` each add what it learned, and the table read when the build began
    holds none of it (each write dropped the one before: a first run's own gated patterns were
    derived again by the second run)."""
    keep_cached(_cache_file(), {**_kept_table(), **learned})


# redactor's own patterns (spelt in its code and its built-in word lists, never a user's) as
# ``regex`` pickles them once compiled, by pattern and flags, in a small per-user file of their
# own: a process rebuilds each from it (``own_compiled``) instead of running the parser again.
_OWN_LEARNED: dict[str, bytes] = {}


def _own_file() -> Path:
    """Named as the table of known patterns is (``_cache_file``), so a new ``regex`` or Python
    starts a new file."""
    return user_cache_file("own-patterns", __file__, getattr(regex, "__version__", ""), sys.version)


def _own_table(path: Path) -> dict[str, bytes]:
    table = read_cached(path)
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, bytes) for k, v in table.items()):
        return {}
    return table


@functools.cache
def _own_forms() -> Mapping[str, bytes]:
    """The compiled forms earlier runs kept (read once per process; a damaged file counts as none)."""
    return MappingProxyType(_own_table(_own_file()))


def own_compiled(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)`` of a pattern of redactor's own code, made when first
    used (``LazyOwnRegex``).  Never for a pattern holding a user's words or a text's."""
    return LazyOwnRegex(pattern, plain(flags))


def own_compiled_now(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)`` of a pattern of redactor's own code, rebuilt from the
    form an earlier run kept (about 60 microseconds against milliseconds to parse; the same
    engine code, so it finds the same).  Never for a pattern holding a user's words or a text's.
    One compiled for the first time is kept when the process ends."""
    key = _key(pattern, flags)
    kept = _own_forms().get(key)
    if kept is not None:
        return rebuilt(kept, pattern, flags)
    compiled = regex.compile(pattern, flags=plain(flags))
    if not _OWN_LEARNED:
        atexit.register(_keep_own)
    _OWN_LEARNED[key] = pickled(compiled)
    return compiled


def _keep_own() -> None:
    """Add this process's newly compiled own patterns to the file (read again: another run may
    have added some meanwhile)."""
    if _OWN_LEARNED:
        path = _own_file()
        keep_cached(path, {**_own_table(path), **_OWN_LEARNED})
        _OWN_LEARNED.clear()


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
                req, reach, kept, starts = known[key]
                compiled = compiled or LazyRegex(pattern.regex, flags, kept)
            else:
                if compiled is None or isinstance(compiled, LazyRegex):
                    compiled = regex.compile(pattern.regex, flags=plain(flags))
                req, reach, starts = _gate_conditions(pattern.regex, flags)
                if remember:
                    self.learned[key] = (req, reach, pickled(compiled), starts)
            self.total += 1
            if req is not None:
                self.gated += 1
                compiled = GatedRegex(compiled, req, self.facts, reach, starts)
            pattern.compiled_regex = compiled
            pattern.compiled_with_flags = flags

    def compile(self, pattern: str, flags: int, remember: bool = True) -> Any:
        """A pattern outside any recognizer, compiled with ``flags`` (rebuilt on first use when
        an earlier run compiled it); ``remember`` as for ``install``."""
        compiled = compile_pattern(pattern, flags)
        if remember and not isinstance(compiled, LazyRegex):
            self.learned[_key(pattern, flags)] = (None, None, pickled(compiled), None)
        return compiled

    def keep(self) -> None:
        """Remember the patterns compiled for the first time, for the next run."""
        if self.learned:
            _keep(self.learned)
            self.learned = {}
