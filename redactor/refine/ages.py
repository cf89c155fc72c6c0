"""An age said right after a person's name, once the people of a document are known.

Captions have no commas: "adjoa mensah forty one called me", "we met kwesi nineteen from
the north", "john smith forty five he drives".  No pattern can tell "mensah" from any other word;
once the people are found, a number of thirteen to ninety-nine said right after one of them is
that person's age, when it ends its clause or a lower-case word that counts nothing follows it.
Not "told mensah twenty times", "paid mensah fifty cedis", "met mensah twenty minutes later", "gave
kofi twenty five thousand", "louis fourteen" before a noun that is counted.
"""

from __future__ import annotations

import functools
from typing import Sequence

import regex

from redactor.lexicon.money import currency_words
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99, UNITS
from redactor.model import Mention

DETECTOR = "AgeAfterName"
SCORE = 0.55

_S = r"[^\S\n]"
# A count's or a measure's word: what the number counts, not whose age it is.
_COUNTED = frozenset("""
hundred thousand million billion lakh lakhs crore crores point percent per cent am pm km kg cm mm metre metres meter
meters mile miles kilo kilos kilometre kilometres hour hours minute minutes second seconds day days week weeks month
months year years decade decades time times of more odd or so people men women kids children
""".split())
# Verbs that end in "s" (a plural noun otherwise says what is counted: "twenty cows").
_VERBS_IN_S = frozenset("is was has says lives works goes does drives runs sells owns tells keeps comes".split())
_AGE = regex.compile(
    rf"{_S}*,?{_S}+(?P<age>{NUMBER_WORDS_TO_99}|1[3-9]|[2-9]\d)(?![\w'’-])"
    rf"(?:{_S}*(?P<end>[,.;!?](?!\d)|\n|$)|{_S}+(?P<next>[\p{{L}}'’-]+))",
    regex.IGNORECASE | regex.VERSION1)
_UNDER_THIRTEEN = regex.compile(
    rf"(?:{'|'.join(UNITS)}|ten|eleven|twelve)", regex.IGNORECASE)


def ages_after_names(text: str, mentions: Sequence[Mention], threshold: float) -> list[Mention]:
    """The mentions with an AGE added after each person found at ``threshold`` whose age is said
    right after the name, where nothing else was found."""
    added = [age for m in mentions if m.entity_type == "PERSON" and m.score >= threshold
             for age in _age_after(text, m.end)]
    added = [a for a in added if not any(m.start < a.end and a.start < m.end for m in mentions)]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else list(mentions)


def _age_after(text: str, end: int) -> list[Mention]:
    match = _AGE.match(text, end)
    if match is None or _UNDER_THIRTEEN.fullmatch(match.group("age")):
        return []
    if match.group("end") is None and not _free_word(match.group("next")):
        return []
    start, stop = match.span("age")
    return [Mention(start=start, end=stop, entity_type="AGE", score=SCORE, detector=DETECTOR, text=text[start:stop])]


def _free_word(word: str) -> bool:
    """A lower-case word that may follow an age: not a count's noun, a unit, a number, a currency."""
    lower = word.lower()
    if not word.islower() or lower in _COUNTED or lower in _currencies():
        return False
    if regex.fullmatch(NUMBER_WORDS_TO_99, lower):
        return False
    return not lower.endswith("s") or lower in _VERBS_IN_S


@functools.cache
def _currencies() -> frozenset[str]:
    return frozenset(currency_words())
