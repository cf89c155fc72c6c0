"""An identity, card or file number recognised by the shape of its digit groups alone.

National ID, card, badge and file numbers are often given with no label a rule knows ("her
card, 0 0 7 4 1 2 9 3 3 8 1 0 6", "My card number is 1290 558 604", "AHV 812.4471.2093.66",
"your ID card number? 0388214/KDU/2017"), and the model reads their figures as a DATE or a
CARDINAL, or as nothing.  :class:`DigitGroupRecognizer` finds, as an ID_NUMBER:

- eight or more single digits typed one by one with spaces ("0 0 7 4 1 2 9 3 3 8 1 0 6"),
  unless they count up or down ("1 2 3 4 5 6 7 8");
- three groups or more of figures set off by spaces, dashes, slashes or dots, a group of
  capitals maybe between them ("1290 558 604", "812.4471.2093.66", "0388214/KDU/2017"), nine
  figures or more, that no date, span of years, time, number in thousands or sum has
  (:func:`is_digit_group_code`).

A phone number has such a shape too; its own rules find it, and the overlap policy keeps the
phone when both hold the same span.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redactor.detect.id_edges import is_code_not_date
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.results import FinderRecognizer, Found
from redactor.lexicon.dates import MONTH_NUMBER
from redactor.lexicon.money import CURRENCY_SIGNS, ISO_CODES, SIGN_ABBREVIATIONS, WORD_CODES

RECOGNIZER_NAME = "DigitGroupCode"
SCORE = 0.6
_SP = r"[^\S\n]"
# A group of figures and what follows it: a separator (one space, or a dash, slash or dot with a
# space maybe around it) and the next group of figures, or of two to four capitals followed by
# figures ("/KDU/2017").  Never inside a longer token, a time ("10:30") or a decimal.
_RUN = own_compiled(
    rf"(?<![\w.,:/\\+-])\d+(?:(?:{_SP}|{_SP}?[-/.]{_SP}?)(?:\d+|\p{{Lu}}{{2,4}}(?={_SP}?[-/.]{_SP}?\d)))+(?![\w:]|[.,/-]\d)")
_SEPARATOR = own_compiled(rf"{_SP}?([-/.]){_SP}?|{_SP}")
_YEAR = own_compiled(r"(?:1[89]|20)\d\d")
# Capitals between figures that are a month's or a currency's, not a code's: the month forms of
# the date lexicon and every ISO 4217 code that is no English word ("12 JAN 2021", "1 200 KES 300").
_MONEY_CODES = tuple(code.lower() for code in ISO_CODES if code not in WORD_CODES)
_NOT_CODE_LETTERS = frozenset(MONTH_NUMBER) | frozenset(_MONEY_CODES)
# Figures at least in a code of groups ("24 7 365" has six, a date "12 04 2021" eight).
_MIN_DIGITS = 9
_MIN_GROUPS = 3
# Single digits typed one by one, at least so many ("0 7 7 1 2 3 4 5" is a number, "1 2 3" a list).
_MIN_SINGLE_DIGITS = 8
# A sum's sign or code right before the figures ("$ 1 200 300", "KES 1 200 300", "Rs. 1 200 300"):
# the money lexicon's signs, letter signs and the ISO codes that are no English word.
_SIGN_WORDS = sorted({w.rstrip(".") for w in (*SIGN_ABBREVIATIONS, *_MONEY_CODES)}, key=lambda w: (-len(w), w))
_CURRENCY_BEFORE = own_compiled(
    "(?:[" + regex.escape(CURRENCY_SIGNS) + r"]|\b(?:" + "|".join(map(regex.escape, _SIGN_WORDS)) + r"))\.?"
    + _SP + r"*\Z", regex.I)


def _groups(span: str) -> tuple[list[str], list[str]]:
    """The groups of a run and the separators between them (a space, or the dash, slash or dot)."""
    groups, separators, at = [], [], 0
    for sep in _SEPARATOR.finditer(span):
        groups.append(span[at:sep.start()])
        separators.append(sep.group(1) or " ")
        at = sep.end()
    groups.append(span[at:])
    return groups, separators


def _counts(figures: list[int]) -> bool:
    """Whether numbers go up or down by one same step ("1 2 3 4", "10 20 30"): counted, no code."""
    steps = {b - a for a, b in zip(figures, figures[1:])}
    return len(steps) == 1 and steps != {0}


def _decimals_side_by_side(span: str, separators: list[str]) -> bool:
    """"14.5994 120.9842", "3.14 2.71 1.41": decimals side by side, no code."""
    return {" ", "."} <= set(separators) and all(token.count(".") <= 1 for token in span.split())


def _address_or_thousands(groups: list[str], separators: list[str]) -> bool:
    """Groups of figures only with another number's shape: "192.168.1.254" (an IP address, found
    as one), "2019 150 000", "12 500 000" (a year or a figure before a number in thousands)."""
    if len(groups) == 4 and set(separators) == {"."} and all(len(g) <= 3 for g in groups):
        return True
    return set(separators) <= {" ", "."} and all(g.isdigit() for g in groups) and len(groups[1]) <= 3 \
        and all(len(g) == 3 for g in groups[2:]) and bool(_YEAR.fullmatch(groups[0]) or groups[-1] == "000")


def is_digit_group_code(span: str) -> bool:
    """Whether a run of figure groups (see the module) is a code by its shape: single digits
    typed one by one, or three groups or more with nine figures that no date, span of years,
    number in thousands or count has."""
    groups, separators = _groups(span)
    figures = [g for g in groups if g.isdigit()]
    if len(figures) >= 3 and _counts([int(g) for g in figures]):
        return False
    if all(len(g) == 1 for g in groups) and set(separators) == {" "}:
        return len(groups) >= _MIN_SINGLE_DIGITS
    if len(groups) < _MIN_GROUPS or sum(len(g) for g in figures) < _MIN_DIGITS:
        return False
    if _decimals_side_by_side(span, separators):
        return False
    if len(figures) < len(groups):
        # capitals between the figures ("0388214/KDU/2017"): no date has them, but a month's
        # name ("12/MAY/2021") or a sum's currency
        return not any(g.lower() in _NOT_CODE_LETTERS for g in groups if not g.isdigit())
    if _address_or_thousands(groups, separators):
        return False
    return is_code_not_date(span.replace(" / ", "/").replace(" - ", "-").replace(" . ", "."))


def find_digit_group_codes(text: str) -> Iterator[Found]:
    """ID_NUMBER spans of codes by their digit groups in ``text``."""
    for run in _RUN.finditer(text):
        span = run.group()
        if not is_digit_group_code(span) or _CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start()):
            continue
        yield "ID_NUMBER", run.start(), run.end(), "a code by the shape of its digit groups"


class DigitGroupRecognizer(FinderRecognizer):
    """ID_NUMBER for a number of three digit groups or more, or of single digits typed one by
    one, with no date's, sum's or count's shape (see the module)."""

    entities = ("ID_NUMBER",)
    default_name = RECOGNIZER_NAME

    def find(self, text: str) -> Iterator[Found]:
        return find_digit_group_codes(text)

    def score(self, entity_type: str) -> float:
        return SCORE
