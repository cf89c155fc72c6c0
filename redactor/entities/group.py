"""Grouping keys of single mentions: "+48 601 234 567" and "0048601234567" are one phone.

A mention's grouping key is derived from its text (folded: diacritics, case, possessive, a
leading "the") unless a detector already set one; ``name_tokens`` is the older tokenisation of
person names, kept to recognise vault keys written with it.  Which person mentions name one
person is decided for the whole run by ``redactor.entities.resolve``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect.org_edges import without_legal_form
from redactor.lexicon.folding import fold, strip_possessive
from redactor.lexicon.numbers import TEENS, TENS, UNITS, ordinal_value
from redactor.lexicon.titles import TITLE_WORDS
from redactor.model import Mention

_NON_WORD = re.compile(r"[^\w\s-]+")
_DIGITS = re.compile(r"\d")
_URL_PREFIX = re.compile(r"^(?:[a-z]+://)?(?:www\.)?")
# The last word of a military formation's name: a company or place so named is a unit the
# model mistyped, and its ordinal may be said either way ("3rd"/"Third Assault Brigade").
_FORMATIONS = frozenset("""brigade brigades regiment regiments battalion battalions batallion
platoon platoons corps squadron squadrons division divisions army detachment""".split())


# Places inside a workplace or a home told by a number, said with or without "number".
_NUMBERED_PLACES = frozenset({"WORK_UNIT", "UNIQUE_DETAIL"})
_NUMBER_WORDS_SAID = frozenset({"number", "no", "nr", "num"})
_SMALL_NUMBERS = {**UNITS, **TEENS, **TENS}


# A run asks for the tokens of the same few hundred names tens of thousands of times (the people
# steps read every person mention of a file against the others): each text's worked out once.
@lru_cache(maxsize=4096)
def name_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of a person mention without titles, punctuation or possessive."""
    words = []
    for raw in fold(text).replace("-", " - ").split():
        word = strip_possessive(raw)
        word = _NON_WORD.sub("", word).strip("-")
        if word and word.rstrip(".") not in TITLE_WORDS:
            words.append(word)
    return tuple(words)


def value_key(mention: Mention) -> str:
    """Grouping key of a non-person mention."""
    if mention.key:
        return mention.key
    if mention.entity_type in {"PHONE", "ID_NUMBER", "CREDIT_CARD", "IBAN"}:
        digits = "".join(_DIGITS.findall(mention.text))
        if len(digits) >= 5:
            # "+48 601 234 567" and "0048 601 234 567" and "601 234 567" share the last 9 digits.
            return digits[-9:]
    if mention.entity_type == "URL":
        # "https://www.example.org/" and a dictated "example dot org" are one address.
        return _URL_PREFIX.sub("", fold(mention.text)).rstrip("/")
    folded = strip_possessive(fold(mention.text))
    if folded.startswith("the "):
        folded = folded[4:]
    if mention.entity_type == "ORGANIZATION":
        # "Vardar Trans DOOEL" and "Vardar Trans" later are one firm
        folded = without_legal_form(folded) or folded
    if mention.entity_type == "MILITARY_UNIT" or is_formation(folded):
        # "the 3rd Assault Brigade" and "the Third Assault Brigade" are one unit.
        folded = " ".join(str(n) if (n := ordinal_value(w)) is not None else w for w in folded.split())
    elif mention.entity_type in _NUMBERED_PLACES:
        # "post number seven", "post seven" and "post 7" are one post; "ward no. 4", "ward four".
        words = [w for w in _NON_WORD.sub(" ", folded).split() if w not in _NUMBER_WORDS_SAID]
        folded = " ".join(str(_SMALL_NUMBERS.get(w, w)) for w in words)
    return folded


def is_formation(folded: str) -> bool:
    """Whether a folded name is a military formation's ("third assault brigade")."""
    words = folded.split()
    return len(words) >= 2 and words[-1] in _FORMATIONS
