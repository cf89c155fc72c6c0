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

A body's or a country's letters read out one by one after the definite article ("the x q j
w", "she studied in the u s") are its initials too, whatever the model called them: a person's name
is not said after "the", nor spelled so without a cue (the spelling recognizer does the same).
Not before a number ("the a b six two nine" is a code), nor where someone works ("I work
at the k t b c": an employer's letters point at its staff).
"""

from __future__ import annotations

import re

from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
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


# Single letters read out one by one, small or capital ("x q j w", "U S").
_LETTERS_READ_OUT = re.compile(r"(?:[^\W\d_][^\S\n]){1,7}[^\W\d_]")
_THE_IN_SPAN = re.compile(r"the[^\S\n]+", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?<![\w'’-])the[^\S\n]+$", re.IGNORECASE)
_NUMBER_AFTER = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:\d|(?i:{NUMBER_WORDS_TO_99}|zero|oh|double)\b)")


# Where someone works, said before the article: "work at", "employed by", "a job with".
WORKPLACE_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|employed|job|hired|joined)(?:[^\S\n]+(?:at|for|with|in|by))?[^\S\n]+$", re.IGNORECASE)


def is_letters_after_article(text: str, m: Mention) -> bool:
    """A name the model guessed that is single letters read out right after "the" ("the x q
    j w", "the u s"), with no number after them: a body's or a place's initials."""
    if m.entity_type not in {"PERSON", "ORGANIZATION", "LOCATION"}:
        return False
    # the model's span may hold the article itself ("the x q j w")
    article = _THE_IN_SPAN.match(m.text)
    if article is not None:
        letters, before = m.text[article.end():], m.start
    else:
        the = _THE_BEFORE.search(text, max(0, m.start - 8), m.start)
        if the is None:
            return False
        letters, before = m.text, the.start()
    return _LETTERS_READ_OUT.fullmatch(letters) is not None and _NUMBER_AFTER.match(text, m.end) is None and \
        WORKPLACE_BEFORE.search(text, max(0, before - 30), before) is None
