"""Word lists and folding shared by more than one stage, one copy each.

``folding`` (case, diacritics and script via anyascii, whitespace, possessives), ``titles``
(honorifics, ranks in English and transliterated Russian, Ukrainian and Polish, kinship words),
``numbers`` (number words), ``dates`` (month and weekday names) and ``names`` (the person-name
gazetteer and the English context words used to judge a name); ``tables`` makes a big table's
rows into values on first lookup.  A stage that needs a word list
imports it from here, so the detectors, the grouping and the fingerprints agree on what a title
or a folded name is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> list[str]:
    """Words for an alternation: the longest first, so it prefers the longest word, and those
    of one length in alphabetical order, so the pattern is the same in every process (a set's
    order changes with the process's hash seed, and the kept compiled patterns are found by
    their text)."""
    return sorted(words, key=lambda word: (-len(word), word))


@functools.cache
def _case_partners(char: str) -> frozenset[str]:
    """``char`` and the characters Python's ``re`` may match with it, or it with them, under
    IGNORECASE: its simple upper and lower case, and the extra pairs ``re`` folds ("ı" with "i",
    "ſ" with "s", the Kelvin sign with "k"), closed under each other.

    Kept per character: ``prefix_alternation`` asks it at every node of its trees, about two
    thousand times for a few dozen letters when the title patterns are made at import (half of
    that work, in every process)."""
    from re import _compiler  # type: ignore[attr-defined]  # its table of extra case pairs

    fixes = getattr(_compiler, "_ignorecase_fixes", {})
    seen: set[str] = set()
    todo = [char]
    while todo:
        one = todo.pop()
        if one in seen:
            continue
        seen.add(one)
        for other in (one.lower(), one.upper(), *(chr(c) for c in fixes.get(ord(one), ()))):
            if len(other) == 1:
                todo.append(other)
    return frozenset(seen)


def prefix_alternation(words: Iterable[str]) -> str:
    """For Python's ``re``: a non-capturing group that matches, at each place, what
    ``"|".join(map(re.escape, longest_first(words)))`` matches there and in the same order of
    preference, with or without IGNORECASE, written as a prefix tree ("dr", "dr.", "doctor" ->
    ``(?:d(?:octor|r(?:\\.)?))``): ``re`` tries each word of a flat alternation at every place of
    the text, so a list of hundreds costs that many tries per character, the tree one.

    The same at each place because the words that match there are the ends along the one path of
    the tree the text follows (no two branches of a node start with characters ``re`` may match
    with one another, ``_case_partners``), and the tree tries them the longest first as the flat
    list does: a branch before its node's own end (a greedy ``?``).  Where two branches could
    both be followed, the flat alternation is returned instead."""
    import re

    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def apart(node: dict[str, dict]) -> bool:
        chars = [c for c in node if c]
        partners = [_case_partners(c) for c in chars]
        return all(partners[i].isdisjoint(partners[j]) for i in range(len(chars)) for j in range(i))

    def emit(node: dict[str, dict]) -> str | None:
        if not apart(node):
            return None
        branches = []
        for char, child in sorted(node.items()):
            if char:
                rest = emit(child)
                if rest is None:
                    return None
                branches.append(re.escape(char) + rest)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    tree_pattern = emit(tree) if "" not in tree else None
    if tree_pattern is None:
        return "(?:" + "|".join(re.escape(w) for w in longest_first(words)) + ")"
    return "(?:" + tree_pattern + ")"
