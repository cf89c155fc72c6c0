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

from redactor.detect.prefilter import own_compiled
from redactor.detect.public_kinds import ID_DOCUMENTS
from redactor.lexicon import longest_first
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FILLERS, FUNCTION_WORDS
from redactor.lexicon.numbers import TEENS, TENS, TENS_MISSPELT, UNITS, ZEROS
from redactor.model import Mention

_SP = r"[^\S\n]"
_SEPARATOR_WORD = r"(?:dash|hyphen|(?:forward" + _SP + r"+)?slash|stroke|oblique|bar)"
# A separator typed or said between two groups: "41822/05", "KR - 2231", "45 oblique 2021", and
# set off by commas as a speaker pauses around it ("two one eight, slash, four four").
_SEPARATOR = rf"(?:{_SP}*[-/]{_SP}*|{_SP}*,?{_SP}+{_SEPARATOR_WORD},?{_SP}+)"
_NUMBER_WORD = "|".join(longest_first({*UNITS, *TEENS, *TENS, *TENS_MISSPELT, *ZEROS} - {"o"}))
# One group of an identifier: digits, a number word, a letter group, or "double 7".
_GROUP = rf"(?:(?:double|triple){_SP}+)?(?:\d{{1,9}}|{_NUMBER_WORD}|[^\W\d_]{{1,4}})"
_LEFT_GROUP = own_compiled(rf"(?<![\w'’-])(?P<group>{_GROUP})(?P<sep>{_SEPARATOR}|{_SP}+)\Z", regex.I)
# "k for kilo ", "b as in bravo ": a letter spelled with a word that starts with it.
_LEFT_SPELLED = own_compiled(
    rf"(?<![\w'’-])(?P<letter>[^\W\d_])(?:{_SP}*,{_SP}*|{_SP}+)(?:as{_SP}+in|for){_SP}+(?P<word>[^\W\d_]+){_SP}+\Z",
    regex.I)
_RIGHT_GROUP = own_compiled(rf"(?P<sep>{_SEPARATOR})(?P<group>{_GROUP}(?:{_SP}+(?:{_NUMBER_WORD}))*)(?![\w'’-])",
                             regex.I)
# A pause said or noted in the middle of a number or a plate read out ("5 2 1 [pause] KDX", "five
# two one, um, k d x", "4471 ... 2025"): the group after it is the number's.
_PAUSE = rf"(?:{_SP}*(?:\[[^\W\d_][^\W\d_ ]*(?:{_SP}[^\W\d_]+)?\]|\([^\W\d_]+(?:{_SP}[^\W\d_]+)?\)|\.\.\.|…)" \
         rf"|{_SP}*,?{_SP}*(?:um|uh|er|erm|uhm|hmm),?)"
_RIGHT_PAUSED = own_compiled(rf"{_PAUSE}{_SP}+(?P<group>{_GROUP}(?:{_SP}+(?:{_NUMBER_WORD}))*)(?![\w'’-])", regex.I)
_RIGHT_DOUBLE = own_compiled(rf"{_SP}+(?:double|triple){_SP}+(?:\d|{_NUMBER_WORD})(?![\w'’-])", regex.I)
_RIGHT_LETTERS = own_compiled(rf"{_SP}+(?P<group>[^\W\d_]{{1,3}})(?![\w'’-])", regex.I)
_NUMBER_END = own_compiled(rf"(?:\d|(?<![\w'’-])(?:{_NUMBER_WORD}))\Z", regex.I)
_DIGITS_OR_NUMBER = own_compiled(rf"(?:(?:double|triple){_SP}+)?(?:\d+|{_NUMBER_WORD})", regex.I)
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
_LEFT_ABBREVIATION = own_compiled(rf"(?<![\w.'’-])(?P<word>\p{{Lu}}\p{{Ll}}{{0,4}})\.{_SP}+\Z")
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


# The word a number's label ends with, right before a single letter said ("plate a six two nine
# eight", "my passport a three one seven ..."): the letter is the code's, not an article.
_LABEL_BEFORE = own_compiled(rf"(?<![\w'’-])(?P<label>[^\W\d_]+)(?:{_SP}+(?:is|was|number|no\.?))?{_SP}*:?{_SP}+\Z",
                              regex.I)
# The labels an "a" may follow: an ID document's short name, or a word that names a number.
_CODE_LABELS = _LABELS | frozenset("plate plates registration reg number passport licence license card badge permit".split())
# A figure said one by one (not "a hundred", "a thousand", "a twenty").
_DIGIT_WORD = own_compiled(rf"(?:\d|{'|'.join(sorted({*UNITS, *ZEROS} - {'o'}))})(?![\w'’-])", regex.I)


def _letter_after_label(text: str, letter_start: int, start: int) -> bool:
    """Whether the single "a" at ``letter_start`` opens the code at ``start``: a number's label is
    said right before it and a figure said one by one right after."""
    label = _LABEL_BEFORE.search(text, max(0, letter_start - 30), letter_start)
    return label is not None and label.group("label").lower() in _CODE_LABELS \
        and _DIGIT_WORD.match(text, start) is not None


def _abbreviation_before(before: str) -> int | None:
    """Where an abbreviated word that is part of a code's name ends ``before`` ("Exp. ",
    "Adm. " of "Exp. Adm. 1187/2025", "Ref. " of "Ref. KL/22/0917"), or None: not the
    abbreviation of "number", of a law's article or a page, a title, a month, nor a common word
    at a sentence's end ("in May. 1187/2025")."""
    return _rare_word_start(_LEFT_ABBREVIATION.search(before), _NOT_ABBREVIATIONS | _LABELS, _ABBREVIATION_ZIPF)


def _rare_word_start(m: regex.Match | None, refused: frozenset[str], zipf_limit: float) -> int | None:
    """Where the word ``m`` found (its first group) starts, unless it is one of ``refused`` or a
    word as common as ``zipf_limit``: a part of a code only a rare word is."""
    if m is None:
        return None
    word = m.group(1).lower()
    if word in refused or zipf_frequency(word, "en") >= zipf_limit:
        return None
    return m.start()


# A plate's letters said as one word right before its figures ("pa four four one seven" of Nepal,
# "ka zero one" of Karnataka, "ab one two three" of Indonesia's Yogyakarta, "kha" of a Nepali
# series, "lea" of Lahore): a plate's letter series reads as a syllable, often an English word as
# common as "pa" or "ab", which a code's letters elsewhere are not let be.  Two or three letters,
# none of the words a speaker puts between a plate's name and its figures (a function word, a
# filler, the vehicle, a unit: "the plate of the van four four one seven"), rarer than this.
_PLATE_LETTERS = own_compiled(rf"(?<![\w'’-])(?P<group>[^\W\d_]{{2,3}}){_SP}+\Z")
_PLATE_LETTERS_ZIPF = 4.8
_NOT_PLATE_LETTERS = FUNCTION_WORDS | FILLERS | frozenset(
    "van bus car cab ute suv taxi km kg mph kmh am pm min hr hrs per".split())


def _plate_start(text: str, start: int) -> int:
    """Where a plate found at ``start`` begins with its letters said as a word before it (see
    ``_PLATE_LETTERS``); ``start`` if none are said."""
    found = _rare_word_start(_PLATE_LETTERS.search(text, max(0, start - 8), start),
                             _NOT_PLATE_LETTERS | _NOT_LETTERS, _PLATE_LETTERS_ZIPF)
    return start if found is None else found


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
        if m is None:
            break
        letter_start = start - (len(before) - m.start())
        if not (_joinable(m.group("group"), bool(m.group("sep").strip()), _single_letter_at(text, start))
                or m.group("group").lower() == "a" and _letter_after_label(text, letter_start, start)):
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
# The other end of a range of codes, or a second code said with "and", ending its clause ("tags
# zero four one to zero six zero.", "bales r f t two six dash eight eight one to eight ninety",
# "work order w o six one three and six four zero.", "tickets RJ 0551 to RJ 0563."): number words
# after a code said aloud (two or more after "to"; after "and" as many figures said one by one as
# the code ends with), or the same letters and as many digits after a typed one.  Ending its
# clause, it is no count or measure ("to two hundred people", "and two weeks").
_RANGE_WORDS = rf"{_SP}*,?{_SP}+(?:to|through|thru|till|until|(?P<and>and)){_SP}+"
_CLAUSE_END = rf"(?={_SP}*(?:[.,;:!?)\]]|$))"
_RANGE_SAID = own_compiled(
    rf"{_RANGE_WORDS}(?P<next>(?:{_NUMBER_WORD})(?:{_SP}+(?:{_NUMBER_WORD}))+)(?![\w'’-]){_CLAUSE_END}", regex.I | regex.M)
_RANGE_TYPED = own_compiled(
    rf"{_RANGE_WORDS}(?P<next>(?:(?P<letters>[A-Z]{{1,4}}){_SP}?-?{_SP}?)?(?P<digits>\d{{2,9}}))(?![\w/-]|[.,]\d){_CLAUSE_END}",
    regex.M)
_DIGITS_AT_END = own_compiled(r"(?<!\d)(\d{2,9})\Z")
_FIGURES_AT_END = own_compiled(rf"(?:(?<![\w'’-])(?:{'|'.join(sorted({*UNITS, *ZEROS} - {'o'}))}){_SP}*)+\Z", regex.I)


def _range_end(text: str, start: int, end: int, codes: Sequence[tuple[int, int]]) -> int:
    """Where the code at ``start``-``end`` ends with the other end of its range, or the second
    code said with "and", taken in (``_RANGE_SAID``, ``_RANGE_TYPED``); ``end`` if none is said.
    A typed one found as a code of its own (``codes``) stays one ("QX-0512 to QX-0519")."""
    code = text[start:end]
    said = _RANGE_SAID.match(text, end) if _NUMBER_END.search(code) and not code[-1:].isdigit() else None
    if said is not None:
        if not said.group("and"):
            return said.end("next")
        figures = _FIGURES_AT_END.search(code)
        count = len(figures.group().split()) if figures is not None else 0
        nexts = said.group("next").split()
        if count >= 2 and len(nexts) == count and all(_DIGIT_WORD.fullmatch(w) for w in nexts):
            return said.end("next")
        return end
    typed = _RANGE_TYPED.match(text, end)
    digits = _DIGITS_AT_END.search(code)
    if typed is None or digits is None or len(typed.group("digits")) != len(digits.group(1)) \
            or any(a < typed.end() and typed.start("next") < b for a, b in codes):
        return end
    letters = typed.group("letters")
    if letters is not None and not code.startswith(letters) \
            or letters is None and _YEAR.fullmatch(typed.group("digits")):
        return end
    return typed.end("next")


def extend_ids(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each ID_NUMBER or VEHICLE_PLATE grown over the groups of the same number said right before or after it,
    as new mentions; the overlap policy then prefers them to the parts they hold.  Grown into
    another code found ("k l m four four one [inaudible] k l m four four two": the first grows
    over the "k" after the pause), it takes that code whole, and grows on from its end: the two
    are said as one, and a part of the other is not left to stand alone."""
    out = []
    codes = sorted((m.start, m.end) for m in mentions if m.entity_type in _GROWN)
    for m in mentions:
        if m.entity_type not in _GROWN:
            continue
        begin = _plate_start(text, m.start) if m.entity_type == "VEHICLE_PLATE" else m.start
        start, end = _start(text, begin), _end(text, m.end)
        for _ in range(_MAX_STEPS):
            reached = max((e for s, e in codes if s < end and e > end and s >= m.end), default=None)
            if reached is None:
                break
            end = _end(text, reached)
        for _ in range(_MAX_STEPS):
            reached = min((s for s, e in codes if s < start and e > start and e <= m.start), default=None)
            if reached is None:
                break
            start = _start(text, reached)
        if m.entity_type == "ID_NUMBER":
            end = _range_end(text, start, end, codes)
        if (start, end) != (m.start, m.end):
            out.append(replace(m, start=start, end=end, text=text[start:end], detector="IdJoin"))
    return out


# ----------------------------------------------------------------- a code the model calls a date

# A code's token: groups of digits (a letter or a few may lead, end or sit among them) set off by
# slashes, dashes, dots or spaces: "21/4-0913", "1998 4567 2013", "140587-331X".
_CODE_GROUPS = own_compiled(r"(?:[A-Za-z]{1,4}[-/]?)?\d[\dA-Za-z]*(?:(?:[^\S\n]|[./-])[A-Za-z]{0,3}\d[\dA-Za-z]*)*")
_GROUP_SPLIT = own_compiled(r"([^\S\n]|[./-])")
_YEAR = own_compiled(r"(?:1[89]|20)\d\d")
# The token around a date the model found, in the text: no spaces, a dot only between figures.
_TOKEN_BEFORE = own_compiled(r"(?:[\dA-Za-z]|[/-](?=[\dA-Za-z])|\.(?=\d))*\Z")
_TOKEN_AFTER = own_compiled(r"(?:[\dA-Za-z]|[/-](?=[\dA-Za-z])|\.(?=\d))*")
# So many digits at least make a code rather than a day, a month or a year said in figures
# ("24/7/365" has six).
_CODE_DIGITS = 7
_WORD_AFTER = own_compiled(r"[^\S\n]+(\p{L}+)")
# So many figures in one run are a code: a date in figures has eight at most ("14052019").
_LONG_RUN = 9


def _day_month(a: str, b: str) -> bool:
    """Whether two groups of figures are a day and a month, either order ("12/03", "3.12")."""
    if not (a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2):
        return False
    x, y = int(a), int(b)
    return (1 <= x <= 31 and 1 <= y <= 12) or (1 <= y <= 31 and 1 <= x <= 12)


def _is_date_in_figures(groups: Sequence[str], separators: Sequence[str]) -> bool:
    """Whether groups of figures are a date, a month of a year or a span of years: "12/03/2024",
    "2024-03-12", "12 03 24", "03/2024", "2019-2020", "2019/20", "12/03-15/03"."""
    if all(_YEAR.fullmatch(g) for g in groups):
        return True  # "2019-2020", "1998 2004"
    if len(groups) == 2:
        first, second = groups
        return bool(_YEAR.fullmatch(first) and len(second) <= 2 or _YEAR.fullmatch(second) and len(first) <= 2
                    or _day_month(first, second))
    if len(groups) == 3 and len(set(separators)) == 1:
        day_first = _day_month(groups[0], groups[1]) and (len(groups[2]) == 2 or bool(_YEAR.fullmatch(groups[2])))
        year_first = bool(_YEAR.fullmatch(groups[0])) and _day_month(groups[1], groups[2])
        return day_first or year_first
    if len(groups) == 4 and separators[1] == "-":
        return _day_month(groups[0], groups[1]) and _day_month(groups[2], groups[3])  # "12/03-15/03"
    return False


def _has_dated_groups(groups: Sequence[str], separators: Sequence[str]) -> bool:
    """Whether three groups in a row are a day, a month and a year in four figures, with a time or
    more figures beside them ("14.05.2019 10 30", "10 30 14 05 2019")."""
    for i in range(len(groups) - 2):
        window = groups[i:i + 3]
        if all(g.isdigit() for g in window) and (len(window[0]) == 4 or len(window[2]) == 4) \
                and _is_date_in_figures(window, separators[i:i + 2]):
            return True
    return False


def is_code_not_date(span: str) -> bool:
    """Whether figures the model read as a date are a code: one run of nine figures or more
    ("21203198800457"), or three groups or more (or two with a letter), each with a figure, seven
    digits or more, no date, month, span of years, date beside a time, nor a number in thousands
    ("21/4-0913", "1998 4567 2013", "140587-331X"; not "12/03/2024", "2019-2020", "150.000",
    "14.05.2019 10 30").  A number and a year alone ("1187/2025", "ISO 14001-2015") may be
    what the model says."""
    if _CODE_GROUPS.fullmatch(span) is None or sum(c.isdigit() for c in span) < _CODE_DIGITS:
        return False
    parts = _GROUP_SPLIT.split(span)
    groups, separators = parts[::2], parts[1::2]
    if len(groups) == 1:
        return span.isdigit() and len(span) >= _LONG_RUN  # "21203198800457": no date has so many figures
    if len(groups) == 2 and not any(c.isalpha() for c in span):
        return False
    if len(set(separators)) == 1 and separators[0] in {" ", "."} and all(len(g) == 3 for g in groups[1:]) \
            and len(groups[0]) <= 3:
        return False  # "150.000", "1 500 000": a number in thousands
    return not _is_date_in_figures(groups, separators) and not _has_dated_groups(groups, separators)


def code_around_date(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the code lies that a date the model found is, or is a part of: the token of figures
    around it, when it is a code ("140587" of "140587-331X", "21/4-0913"), or None.  A date of
    words and figures ("1998 4567 2013") is judged as it is."""
    lo, hi = start, end
    if not any(c.isspace() for c in text[start:end]):
        before = _TOKEN_BEFORE.search(text, max(0, start - 20), start)
        after = _TOKEN_AFTER.match(text, end)
        lo = before.start() if before is not None else start
        hi = after.end() if after is not None else end
    if not is_code_not_date(text[lo:hi]):
        return None
    counted = _WORD_AFTER.match(text, hi)
    if text[lo:hi].isdigit() and counted is not None and counted.group(1).lower() not in FUNCTION_WORDS:
        return None  # "118273645 views": a count of what the word after names
    return lo, hi
