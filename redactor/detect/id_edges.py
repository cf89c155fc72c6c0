"""The groups an identifier has around the part a rule found, joined to it.

A case, staff or prisoner number said aloud often reaches past what a pattern or the spoken
recognizer takes: letters said as one lower-case word ("wx five five oh two one", "cr slash two
zero two one"), a letter spelled with a word ("k for kilo seven seven two one"), groups joined by
a separator said as a word, also between commas ("45 oblique 2021", "hc dash cr dash 221", "two
one eight, slash, four four"), "double 7" and a letter group at the end ("ee 123 456 789 gb"), and the abbreviated words of a
code's name before it ("Exp. Adm. 1187/2025", "Ref. KL/22/0917"; capitals alone join as letters:
"MRN 55-204417").  ``extend_ids`` grows each ID_NUMBER over such groups on either side, so no part of the number is
left in the text.  A lower-case group of letters joins only when it reads as letters, not as a
word: no vowel, or too rare in English to be a word.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.public_kinds import ID_DOCUMENTS
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.numbers import TEENS, TENS, TENS_MISSPELT, UNITS, ZEROS
from redactor.model import Mention

_SP = r"[^\S\n]"
_SEPARATOR_WORD = r"(?:dash|hyphen|(?:forward" + _SP + r"+)?slash|stroke|oblique|bar)"
# A separator typed or said between two groups: "41822/05", "KR - 2231", "45 oblique 2021", and
# set off by commas as a speaker pauses around it ("two one eight, slash, four four").
_SEPARATOR = rf"(?:{_SP}*[-/]{_SP}*|{_SP}*,?{_SP}+{_SEPARATOR_WORD},?{_SP}+)"
_NUMBER_WORD = "|".join(sorted({*UNITS, *TEENS, *TENS, *TENS_MISSPELT, *ZEROS} - {"o"}, key=len, reverse=True))
# One group of an identifier: digits, a number word, a letter group, or "double 7".
_GROUP = rf"(?:(?:double|triple){_SP}+)?(?:\d{{1,9}}|{_NUMBER_WORD}|[^\W\d_]{{1,4}})"
_LEFT_GROUP = regex.compile(rf"(?<![\w'’-])(?P<group>{_GROUP})(?P<sep>{_SEPARATOR}|{_SP}+)\Z", regex.I)
# "k for kilo ", "b as in bravo ": a letter spelled with a word that starts with it.
_LEFT_SPELLED = regex.compile(
    rf"(?<![\w'’-])(?P<letter>[^\W\d_])(?:{_SP}*,{_SP}*|{_SP}+)(?:as{_SP}+in|for){_SP}+(?P<word>[^\W\d_]+){_SP}+\Z",
    regex.I)
_RIGHT_GROUP = regex.compile(rf"(?P<sep>{_SEPARATOR})(?P<group>{_GROUP}(?:{_SP}+(?:{_NUMBER_WORD}))*)(?![\w'’-])",
                             regex.I)
# A pause said or noted in the middle of a number or a plate read out ("5 2 1 [pause] KDX", "five
# two one, um, k d x", "4471 ... 2025"): the group after it is the number's.
_PAUSE = rf"(?:{_SP}*(?:\[[^\W\d_][^\W\d_ ]*(?:{_SP}[^\W\d_]+)?\]|\([^\W\d_]+(?:{_SP}[^\W\d_]+)?\)|\.\.\.|…)" \
         rf"|{_SP}*,?{_SP}*(?:um|uh|er|erm|uhm|hmm),?)"
_RIGHT_PAUSED = regex.compile(rf"{_PAUSE}{_SP}+(?P<group>{_GROUP}(?:{_SP}+(?:{_NUMBER_WORD}))*)(?![\w'’-])", regex.I)
_RIGHT_DOUBLE = regex.compile(rf"{_SP}+(?:double|triple){_SP}+(?:\d|{_NUMBER_WORD})(?![\w'’-])", regex.I)
_RIGHT_LETTERS = regex.compile(rf"{_SP}+(?P<group>[^\W\d_]{{1,3}})(?![\w'’-])", regex.I)
_NUMBER_END = regex.compile(rf"(?:\d|(?<![\w'’-])(?:{_NUMBER_WORD}))\Z", regex.I)
_DIGITS_OR_NUMBER = regex.compile(rf"(?:(?:double|triple){_SP}+)?(?:\d+|{_NUMBER_WORD})", regex.I)
_VOWELS = frozenset("aeiouy")
# Short words that are not letters of a code: fillers, titles, ordinals, and the abbreviations
# that label a number ("nr", "ref", "blk", "pg", "art").
_NOT_LETTERS = frozenset("""
hm hmm mm mhm sh shh mr mrs ms dr st nd rd th pm am nr nos num no ref reg acc ser tel id ch pp pg
bk blk apt av fl vol sec para art
""".split())
# The names of a number, in capitals too, that label it rather than belong to it ("RUT
# 12.345.678-5", "NIN 4401 2290 77", "NIF 203 118 554"): the identity documents' own names.
_LABELS = frozenset("id nin rut run dni nic nit cnic nik ktp nrc tin ssn nhs pesel curp rfc cpf iban nida pan".split()) \
    | {name.lower() for name in ID_DOCUMENTS}
# An abbreviated word with its full stop, capitalised, right before a code: a part of the code's
# name ("Exp. Adm. 1187/2025", "Ref. KL/22/0917"), unless it abbreviates "number", a law's
# article or a page, a title or a month, or is a word this common ("in May. 4471/2025").
_LEFT_ABBREVIATION = regex.compile(rf"(?<![\w.'’-])(?P<word>\p{{Lu}}\p{{Ll}}{{0,4}})\.{_SP}+\Z")
_NOT_ABBREVIATIONS = frozenset("""
no nos nr num art arts sec para ch vol fig tab pp p mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_ABBREVIATION_ZIPF = 4.5
# A lower-case group this common is a word ("is", "at", "um"), not letters said together.
_WORD_ZIPF = 3.7
_MAX_STEPS = 8


def _reads_as_letters(group: str) -> bool:
    """Whether a group of one to four letters is letters of a code ("WX", "wx", "cr", "ee"),
    not an English word or a filler ("is", "at", "um", "case")."""
    low = group.lower()
    if low in {"a", "i"} or low in _LABELS:
        return False  # the article or the pronoun ("my badge was 4471 I think"), a label
    if group.isupper():
        return True
    if low in _NOT_LETTERS:
        return False
    if len(low) == 1 or not (_VOWELS & set(low)):
        return True
    return zipf_frequency(low, "en") < _WORD_ZIPF


def _joinable(group: str, separated: bool, letter_next: bool = False) -> bool:
    """A group of digits or number words joins across a separator said or typed; a group of
    letters also across a space ("wx five five"); "a" only before another single letter ("a b
    c one two three"), where it is no article."""
    words = group.split()
    if all(_DIGITS_OR_NUMBER.fullmatch(w) or w.lower() in {"double", "triple"} for w in words):
        return separated
    if group.lower() == "a" and letter_next:
        return True
    return _reads_as_letters(words[0])


def _single_letter_at(text: str, start: int) -> bool:
    return bool(regex.match(r"[^\W\d_](?![\w'’-])", text[start:start + 2]))


def _abbreviation_before(before: str) -> int | None:
    """Where an abbreviated word that is part of a code's name ends ``before`` ("Exp. ",
    "Adm. " of "Exp. Adm. 1187/2025", "Ref. " of "Ref. KL/22/0917"), or None: not the
    abbreviation of "number", of a law's article or a page, a title, a month, nor a common word
    at a sentence's end ("in May. 1187/2025")."""
    m = _LEFT_ABBREVIATION.search(before)
    if m is None:
        return None
    word = m.group("word").lower()
    if word in _NOT_ABBREVIATIONS or word in _LABELS or zipf_frequency(word, "en") >= _ABBREVIATION_ZIPF:
        return None
    return m.start()


def _start(text: str, start: int) -> int:
    for _ in range(_MAX_STEPS):
        before = text[max(0, start - 40):start]
        spelled = _LEFT_SPELLED.search(before)
        if spelled is not None and spelled.group("word")[0].lower() == spelled.group("letter").lower():
            start -= len(before) - spelled.start()
            continue
        abbreviation = _abbreviation_before(before)
        if abbreviation is not None:
            start -= len(before) - abbreviation
            continue
        m = _LEFT_GROUP.search(before)
        if m is None or not _joinable(m.group("group"), bool(m.group("sep").strip()),
                                      _single_letter_at(text, start)):
            break
        start -= len(before) - m.start()
    return start


def _end(text: str, end: int) -> int:
    for _ in range(_MAX_STEPS):
        m = _RIGHT_GROUP.match(text, end) or _RIGHT_PAUSED.match(text, end)
        if m is not None and _joinable(m.group("group"), True):
            end = m.end()
            continue
        double = _RIGHT_DOUBLE.match(text, end)
        if double is not None:
            end = double.end()
            continue
        letters = _RIGHT_LETTERS.match(text, end)
        if letters is not None and _NUMBER_END.search(text, max(0, end - 12), end) \
                and _reads_as_letters(letters.group("group")):
            end = letters.end()
            continue
        break
    return end


# A plate read out has the groups of a number said aloud.
_GROWN = frozenset({"ID_NUMBER", "VEHICLE_PLATE"})


def extend_ids(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each ID_NUMBER or VEHICLE_PLATE grown over the groups of the same number said right before or after it,
    as new mentions; the overlap policy then prefers them to the parts they hold."""
    out = []
    for m in mentions:
        if m.entity_type not in _GROWN:
            continue
        start, end = _start(text, m.start), _end(text, m.end)
        if (start, end) != (m.start, m.end):
            out.append(replace(m, start=start, end=end, text=text[start:end], detector="IdJoin"))
    return out
