"""English dictionary words: WordNet's base forms as spaCy's English lemmatizer ships them.

spaCy's English pipelines carry the rule lemmatizer's lookups: ``lemma_index`` (WordNet's
nouns, verbs, adjectives and adverbs, about 90,000 base forms), ``lemma_rules`` (the suffix
rules that take an inflected form to its base: "overwrites" -> "overwrite", "pallets" ->
"pallet") and ``lemma_exc`` (the irregular forms).  A word is a dictionary word when it, or
a base form the rules or exceptions give for it, is in the index.  The tables are read from
the installed English model (:data:`redactor.project.config.DEFAULT_MODEL`), without loading
the pipeline, once per machine: they are kept in the user's cache folder as a mapped table
(:func:`redactor.lexicon.tables.kept_table`), so a run holds only the rows it looks up.
Without that model no word is a dictionary word (nothing is dropped).

WordNet also lists some given names as nouns ("john", "grace"): callers ask the name lists
first.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from redactor.project.config import DEFAULT_MODEL

_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


_RULES = "\trules"  # the table's row of the suffix rules (JSON), beside "pos\tword" and "exc\tpos\tword"


def _rows() -> dict[str, bytes]:
    """The lemmatizer's lookups as the kept table's rows (empty without the model): one row a
    base form of each part of speech, one an irregular form's base forms, one the rules."""
    from spacy.lookups import Lookups

    folders = _lookup_folders()
    if not folders:
        return {}
    lookups = Lookups().from_disk(folders[0])
    if not all(lookups.has_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc")):
        return {}
    index, rules, exceptions = (lookups.get_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc"))
    rows = {f"{pos}\t{word}": b"" for pos in _PARTS_OF_SPEECH for word in index.get(pos, ())}
    rows.update({f"exc\t{pos}\t{word}": "\n".join(bases).encode("utf-8")
                 for pos in _PARTS_OF_SPEECH for word, bases in exceptions.get(pos, {}).items()})
    rows[_RULES] = json.dumps({pos: [list(rule) for rule in rules.get(pos, ())] for pos in _PARTS_OF_SPEECH}).encode()
    return rows


def _lookup_folders() -> list[Path]:
    import spacy.util

    try:
        package = Path(spacy.util.get_package_path(DEFAULT_MODEL))
    except (ImportError, ModuleNotFoundError, OSError):
        return []
    return sorted(package.glob("*/lemmatizer/lookups")) + sorted(package.glob("lemmatizer/lookups"))


@functools.cache
def _table() -> Mapping[str, bytes]:
    """The lookups kept in the user's cache folder as a mapped table (``kept_table``), made from
    the model's lookups once: loading those every run held 18 MiB in each process for the
    run; the table is read only where a word is looked up."""
    from redactor.lexicon.tables import kept_table

    folders = _lookup_folders()
    if not folders:
        return {}
    stamp = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folders[0].iterdir()) if p.is_file())).hexdigest()
    return kept_table("dictionary", __file__, (DEFAULT_MODEL, stamp), _rows, bytes, "redactor.lexicon.dictionary:_table")


@functools.cache
def _rules() -> Mapping[str, Sequence[Sequence[str]]]:
    row = _table().get(_RULES)
    return json.loads(row) if row else {}


def base_forms(word: str, pos: str) -> set[str]:
    """The word and the base forms the exceptions and the suffix rules of ``pos`` give for it."""
    forms = {word}
    exception = _table().get(f"exc\t{pos}\t{word}")
    if exception:
        forms.update(exception.decode("utf-8").split("\n"))
    forms.update(word[:len(word) - len(old)] + new for old, new in _rules().get(pos, ()) if word.endswith(old))
    return forms


def _listed_as(table: Mapping[str, bytes], word: str, pos: str) -> bool:
    """Whether WordNet's ``table`` holds ``word`` or a base form of it as ``pos``."""
    return any(f"{pos}\t{form}" in table for form in base_forms(word, pos))


def is_dictionary_word(word: str) -> bool:
    """``word`` (in small letters) or a base form of it is one of WordNet's words."""
    table = _table()
    if not table:
        return False
    return any(_listed_as(table, word, pos) for pos in _PARTS_OF_SPEECH)


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (function words, pronouns, common adverbs), loaded on first
    use."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech WordNet lists ``word`` (in small letters) or a base form of it as
    ("noun", "verb", "adj", "adv"); empty for no dictionary word."""
    table = _table()
    return frozenset(pos for pos in _PARTS_OF_SPEECH if _listed_as(table, word, pos))


def is_base_form(word: str, pos: str) -> bool:
    """``word`` (in small letters) is itself one of WordNet's base forms of ``pos`` ("hammer" is
    a noun and a verb as written; "crying" is the verb "cry")."""
    return f"{pos}\t{word}" in _table()


# Endings of English derived words ("subsidiarity", "bilaterally", "mobilise", "globalisation"),
# which names rarely have.
_DERIVED = re.compile(
    r"(?:tion|sion|ity|ness|ment|ism|ist|ists|ise|ize|ised|ized|ising|izing|ally|ously|ively|"
    r"able|ible|ous|ive|some|ship|hood|ators?|ers|ees|ics)$")
_DERIVED_MIN_LENGTH = 7


def is_derived_word(word: str) -> bool:
    """A word of seven letters or more with a derived English word's ending ("subsidiarity",
    "burdensome", "globalisation"): vocabulary, seldom a name's own word."""
    return len(word) >= _DERIVED_MIN_LENGTH and _DERIVED.search(word) is not None
