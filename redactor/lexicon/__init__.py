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

from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> list[str]:
    """Words for an alternation: the longest first, so it prefers the longest word, and those
    of one length in alphabetical order, so the pattern is the same in every process (a set's
    order changes with the process's hash seed, and the kept compiled patterns are found by
    their text)."""
    return sorted(words, key=lambda word: (-len(word), word))
