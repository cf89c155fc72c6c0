"""A phone's country code said apart from it, after it or just before it.

A source reads a phone as it is dialled at home and then adds the code a caller from abroad puts
in front ("and two six zero before that", "with 264 at the start", "with the code 679"): the code is
the phone's, as much as its groups are, but alone it is a short figure no number rule takes.  Here
a run of one to three figures said near a found phone (its end this far before the run, or its
start a little after it), with a dialling word beside it ("with", "code", "plus", "prefix", "dial";
"in front", "before", "first" after it), is that phone's code when the code and the phone's own
digits make a valid number of the code's country (phonenumbers' metadata, so a count or a year said
beside a phone is not taken: "with 300 workers", "in 2019").  It is found as the phone (one key).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import phonenumbers
import regex

from redactor.detect.cue_numbers import PIECES_DETECTOR
from redactor.detect.joins import FIGURE_WORDS
from redactor.detect.prefilter import own_compiled
from redactor.entities.group import value_key
from redactor.lexicon.numbers import said_digits
from redactor.model import Mention

_SCORE = 0.6
# What a figure alone is guessed to be by the language model or a count rule: no finding of its own.
_GUESSED = frozenset({"DATE", "DURATION", "TIME", "CARDINAL", "QUANTITY", "UNKNOWN_ID", "COUNT"})
_FIGURE = rf"(?:\d|(?<![^\W\d_])(?:{FIGURE_WORDS})(?![^\W\d_]))"
# One to three figures in a row, said or typed, none before or after them.
_CODE = own_compiled(rf"(?<![\w+])(?<!{_FIGURE}[^\S\n]*[,-]?[^\S\n]*)(?:\+[^\S\n]*)?{_FIGURE}(?:[^\S\n]*{_FIGURE}){{0,2}}(?![^\S\n]*{_FIGURE})(?!\w)",
                      regex.IGNORECASE)
_DIALLING_WORD = r"(?:with|code|plus|prefix|dial(?:l?ing)?|\+)"
# A dialling word at most two words before the code, or after it.
_CUE_BEFORE = own_compiled(rf"(?<![^\W\d_]){_DIALLING_WORD}(?:[^\S\n]+[^\W\d_]+){{0,2}}[^\S\n]*\Z", regex.IGNORECASE)
_CUE_AFTER = own_compiled(r"[^\S\n]*(?:in[^\S\n]+front|before|first)(?![^\W\d_])", regex.IGNORECASE)
# "plus" said right before the code is the code's ("add plus three five two"), as a typed "+" is.
_PLUS_SAID = own_compiled(r"(?<![^\W\d_])plus[^\S\n]+\Z", regex.IGNORECASE)
_PLUS_REACH = 6
# How far from the phone its code is said: after its end, before its start.
_REACH_AFTER = 160
_REACH_BEFORE = 60
_MIN_PHONE_DIGITS = 6
# How far apart two pieces of one number may be said (a cue's break, a filler).
_PIECES_GAP = 40
_ONLY_FIGURES = own_compiled(rf"(?:{_FIGURE}|[^\S\n]|[-.,/])+", regex.IGNORECASE)
_MAX_CODE_DIGITS = 3


def _completes(code: str, digits: str) -> bool:
    """Whether ``code`` in front of a phone said as ``digits`` (maybe with the code already) makes
    a valid number of the code's country."""
    nationals = {digits, digits.lstrip("0")}
    if digits.startswith(code) and len(digits) > len(code) + _MIN_PHONE_DIGITS - 1:
        nationals.add(digits[len(code):])
    # a North American area code said apart ("and eight six nine before it" of seven digits)
    # is dialled after the country's 1
    codes = [code, "1" + code] if len(code) == 3 else [code]
    for national in nationals:
        for dialled in codes:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse("+" + dialled + national)):
                    return True
            except phonenumbers.NumberParseException:
                continue
    return False


def _said_as(phones: Sequence[Mention]) -> list[tuple[str, Mention]]:
    """The digits each found phone may say, longest first: its own, the half of a number read
    back twice that one mention holds ("five two six one three, I mean five two six one
    three"), and two pieces of one number split over cues or lines with little between them."""
    said: list[tuple[str, Mention]] = []
    ordered = sorted(phones, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        digits = said_digits(m.text)
        said.append((digits, m))
        half = len(digits) // 2
        if len(digits) % 2 == 0 and digits[:half] == digits[half:]:
            said.append((digits[:half], m))
        if i + 1 < len(ordered) and 0 <= ordered[i + 1].start - m.end <= _PIECES_GAP:
            said.append((digits + said_digits(ordered[i + 1].text), m))
    return sorted(said, key=lambda s: (len(s[1].text), s[1].score), reverse=True)


def _is_free(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end and m.entity_type not in _GUESSED for m in mentions)


def _cued(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 24):start]
    return _CUE_BEFORE.search(before) is not None or _CUE_AFTER.match(text, end) is not None


def _phone_of(text: str, start: int, end: int, code: str, phones: Sequence[Mention],
              values: dict[str, Mention]) -> Mention | None:
    """The found phone whose code the figures at ``start``-``end`` are, or None."""
    near = any(0 <= start - p.end <= _REACH_AFTER or 0 <= p.start - end <= _REACH_BEFORE for p in phones)
    if not near or not _cued(text, start, end):
        return None
    return next((like for digits, like in values.items() if _completes(code, digits)), None)


def _may_be_phone(mention: Mention) -> bool:
    """A phone, or a number found as an ID that is only figures (groups of digits a rule for codes
    took: "622 41 08 73"), which its code shows to be a phone."""
    return mention.entity_type == "PHONE" or (
        mention.entity_type == "ID_NUMBER" and _ONLY_FIGURES.fullmatch(mention.text) is not None)


def dialling_codes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the country codes of found phones said apart from them in ``text``,
    found as their phones."""
    phones = [m for m in mentions if _may_be_phone(m)]
    values: dict[str, Mention] = {}
    for digits, m in _said_as(phones):
        if len(digits) >= _MIN_PHONE_DIGITS:
            values.setdefault(digits, m)
    if not values:
        return mentions
    added: list[Mention] = []
    for found in _CODE.finditer(text):
        code = said_digits(found.group())
        if not code or len(code) > _MAX_CODE_DIGITS or code.startswith("0") \
                or not _is_free(mentions, found.start(), found.end()):
            continue
        like = _phone_of(text, found.start(), found.end(), code, phones, values)
        if like is not None:
            plus = _PLUS_SAID.search(text, max(0, found.start() - _PLUS_REACH), found.start())
            start = plus.start() if plus is not None and _is_free(mentions, plus.start(), found.start()) else found.start()
            added.append(replace(like, start=start, end=found.end(), text=text[start:found.end()],
                                 score=_SCORE, detector=PIECES_DETECTOR, key=like.key or value_key(like)))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.start < a.end and a.start < m.end for a in added)]
    return kept + added
