"""Numbers said in another language at the end of a dictated e-mail's local part: "ana lucía
veinte y dos at gmail dot com" is "analucia22@gmail.com", "jean pierre quatre-vingt at yahoo dot
fr" is "jeanpierre80@yahoo.fr".  The English number words are the tokenizer's own ("N"); the
words of Spanish, French, Portuguese, German and Italian are read by ``text2num``, with the "and"
said between tens and units ("veinte y dos", "vinte e dois", "vingt et un").  Like an English
number, such a number ends the local part without counting as a word of its own."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.spoken.base import Tok

LANGUAGES = ("es", "fr", "pt", "de", "it")
# The "and" between tens and units ("treinta y dos", "vinte e dois", "vingt et un").
_AND = frozenset({"y", "e", "et"})
_TENS_AND_UNIT = own_compiled(r"(\d*0)\s+(?:y|e|et)\s+(\d)")


@functools.cache
def _is_number_word(word: str) -> bool:
    """A number said in one word of another language ("veinte", "quatre-vingt", "dois")."""
    from text_to_num import text2num

    for lang in LANGUAGES:
        try:
            text2num(word, lang)
        except ValueError:
            continue
        return True
    return False


def _is_number(tok: Tok) -> bool:
    return tok.cls == "N" or (tok.cls in "LW" and _is_number_word(tok.text.lower()))


def number_tail(local: Sequence[Tok]) -> int:
    """How many tokens at the end of ``local`` say one number, in English or another language,
    an "and" between its number words included (0 when the last token is no number)."""
    size = 0
    i = len(local) - 1
    while i >= 0:
        if _is_number(local[i]):
            size = len(local) - i
        elif not (size and i > 0 and local[i].text.lower() in _AND and _is_number(local[i - 1])):
            break
        i -= 1
    return size


def tail_digits(words: Sequence[str]) -> str | None:
    """The digits of a number said in another language ("veinte y dos" -> "22", "quatre-vingt"
    -> "80"); None when no language reads all of it as digits."""
    from text_to_num import alpha2digit

    said = " ".join(w.lower() for w in words)
    for lang in LANGUAGES:
        read = _TENS_AND_UNIT.sub(lambda m: str(int(m.group(1)) + int(m.group(2))), alpha2digit(said, lang, threshold=0))
        if regex.fullmatch(r"[\d\s]+", read):
            return read.replace(" ", "")
    return None
