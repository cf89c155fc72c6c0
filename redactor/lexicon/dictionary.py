"""English dictionary words: WordNet's base forms as spaCy's English lemmatizer ships them.

spaCy's English pipelines carry the rule lemmatizer's lookups: ``lemma_index`` (WordNet's
nouns, verbs, adjectives and adverbs, about 90,000 base forms), ``lemma_rules`` (the suffix
rules that take an inflected form to its base: "overwrites" -> "overwrite", "pallets" ->
"pallet") and ``lemma_exc`` (the irregular forms).  A word is a dictionary word when it, or
a base form the rules or exceptions give for it, is in the index.  The tables are read once
from the installed English model (:data:`redactor.project.config.DEFAULT_MODEL`), without
loading the pipeline; without that model no word is a dictionary word (nothing is dropped).

WordNet also lists some given names as nouns ("john", "grace"): callers ask the name lists
first.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path

from redactor.project.config import DEFAULT_MODEL

_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


@functools.cache
def _tables() -> tuple[Mapping[str, frozenset[str]], Mapping[str, Sequence[Sequence[str]]],
                       Mapping[str, Mapping[str, Sequence[str]]]]:
    """The index, the rules and the exceptions by part of speech (empty without the model)."""
    import spacy.util
    from spacy.lookups import Lookups

    try:
        package = Path(spacy.util.get_package_path(DEFAULT_MODEL))
    except (ImportError, ModuleNotFoundError, OSError):
        return {}, {}, {}
    folders = sorted(package.glob("*/lemmatizer/lookups")) + sorted(package.glob("lemmatizer/lookups"))
    if not folders:
        return {}, {}, {}
    lookups = Lookups().from_disk(folders[0])
    if not all(lookups.has_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc")):
        return {}, {}, {}
    index, rules, exceptions = (lookups.get_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc"))
    return ({pos: frozenset(index.get(pos, ())) for pos in _PARTS_OF_SPEECH},
            {pos: rules.get(pos, ()) for pos in _PARTS_OF_SPEECH},
            {pos: exceptions.get(pos, {}) for pos in _PARTS_OF_SPEECH})


def base_forms(word: str, pos: str) -> set[str]:
    """The word and the base forms the exceptions and the suffix rules of ``pos`` give for it."""
    _, rules, exceptions = _tables()
    forms = {word, *exceptions.get(pos, {}).get(word, ())}
    forms.update(word[:len(word) - len(old)] + new for old, new in rules.get(pos, ()) if word.endswith(old))
    return forms


def is_dictionary_word(word: str) -> bool:
    """``word`` (in small letters) or a base form of it is one of WordNet's words."""
    index, _, _ = _tables()
    return any(not index[pos].isdisjoint(base_forms(word, pos)) for pos in index)
