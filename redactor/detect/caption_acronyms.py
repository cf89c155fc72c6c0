"""A public body's acronym in a caption's small letters that the model took for a person.

Captions are written in small letters, so "we went to the dgsn about it", "then felcc took
him", "the rspo auditors" carry a body's acronym the model may call a person.  One word that
no name list knows and that no name could be spelt as is such an acronym: it has no vowel
("dgsn", "fnmb"), starts with "r" or "l" and another consonant ("rspo"), or ends in three
consonants or more the last of which closes no name ("felcc", "unhcr"; names end "-rst",
"-cht", "-tsch", "-nds").  Not when the text writes the word with a capital elsewhere (then
it is written as a name), nor a word of six letters or more (the shape says less there).
An earlier rule that kept every small-letter word the model doubted lost people's names;
this one reads the letters only.
"""

from __future__ import annotations

import re

from redactor.lexicon.names import default_gazetteer
from redactor.model import Mention

_VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęėįųūı"
_NO_VOWEL = re.compile(rf"[^{_VOWELS}]+")
# "rs-", "lt-": no name starts so ("Rzeszów", "Lluís", "Rhys" do).
_NO_ONSET = re.compile(r"[rl][bcdfgjkmnpqstvwx]")
_FINAL_CLUSTER = re.compile(rf"[^{_VOWELS}]{{3,}}$")
_NAME_ENDS = frozenset("shtz")
_MAX_LETTERS = 5
_MIN_LETTERS = 3


def unspellable_as_a_name(word: str) -> bool:
    """A word of small letters no name could be spelt as ("dgsn", "rspo", "felcc", "unhcr")."""
    if not (_MIN_LETTERS <= len(word) <= _MAX_LETTERS) or not word.isalpha() or not word.islower():
        return False
    if _NO_VOWEL.fullmatch(word):
        return True
    if _NO_ONSET.match(word):
        return True
    return _FINAL_CLUSTER.search(word) is not None and word[-1] not in _NAME_ENDS


def is_caption_acronym_as_person(text: str, m: Mention) -> bool:
    """The model's "person" that is one small-letter word no name list knows and no name could
    be spelt as, never written with a capital in ``text``: a body's acronym in a caption."""
    word = m.text.strip()
    if m.entity_type != "PERSON" or not unspellable_as_a_name(word) or default_gazetteer().get(word) is not None:
        return False
    return re.search(rf"\b{word[0].upper()}{re.escape(word[1:])}\b", text) is None and \
        re.search(rf"\b{re.escape(word.upper())}\b", text) is None
