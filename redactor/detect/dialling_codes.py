"""A phone's country code said apart from it, after it or just before it.

A source reads a phone as it is dialled at home and then adds the code a caller from abroad puts
in front ("and two six zero before that", "with 264 at the start", "with the code 679"): the code is
the phone's, as much as its groups are, but alone it is a short figure no number rule takes.  Here
a run of one to three figures said near a found phone (its end this far before the run, or its
start a little after it), with a dialling word beside it ("with", "code", "plus", "prefix", "dial";
"in front", "before", "first" after it), is that phone's code when the code and the phone's own
digits make a valid number of the code's country (phonenumbers' metadata, so a count or a year said
beside a phone is not taken: "with 300 workers", "in 2019").  It is found as the phone (one key).

A short local number (four to eight figures: a small country's whole phone) is no phone to a
number rule on its own.  It is one here when a country code makes it a valid number of that
country (phonenumbers' metadata again): a code said apart beside it with a dialling word ("two
zero three seven, and five zero zero before it"; then the code is found as it, one key), or
the code of a phone typed in full in the same text, when the short number follows that phone or a
phone word ("call +500 21 834, or my brother's, 22 405").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Sequence

import phonenumbers
import regex

from redactor.detect.cue_numbers import PIECES_DETECTOR
from redactor.detect.joins import FIGURE_WORDS
from redactor.detect.prefilter import own_compiled
from redactor.entities.group import value_key
from redactor.lexicon import longest_first
from redactor.lexicon.numbers import TEENS, TENS, UNITS, said_digits
from redactor.lexicon.places import names_country
from redactor.model import Mention

_SCORE = 0.6
# What a figure alone is guessed to be by the language model or a count rule: no finding of its own.
_GUESSED = frozenset({"DATE", "DURATION", "TIME", "CARDINAL", "QUANTITY", "UNKNOWN_ID", "COUNT"})
_FIGURE = rf"(?:\d|(?<![^\W\d_])(?:{FIGURE_WORDS})(?![^\W\d_]))"
# One to three figures in a row, said or typed, none before or after them.
_CODE = own_compiled(rf"(?<![\w+])(?<!{_FIGURE}[^\S\n]*[,-]?[^\S\n]*)(?:\+[^\S\n]*)?{_FIGURE}(?:[^\S\n]*{_FIGURE}){{0,2}}(?![^\S\n]*{_FIGURE})(?!\w)",
                      regex.IGNORECASE)
_DIALLING_WORD = r"(?:with|code|plus|prefix|dial(?:l?ing)?|country|\+)"
# A dialling word at most two words before the code, or after it.
_CUE_BEFORE = own_compiled(rf"(?<![^\W\d_]){_DIALLING_WORD}(?:[^\S\n]+[^\W\d_]+){{0,2}}[^\S\n]*\Z", regex.IGNORECASE)
_CUE_AFTER = own_compiled(r"[^\S\n]*(?:in[^\S\n]+front|before|first)(?![^\W\d_])", regex.IGNORECASE)
# What is said of the code after it: that it is the code, or its country's ("two three zero for
# mauritius", "and the forty five, that's denmark", "three five two, that's the country code"),
# up to four words, a country's checked against the code's countries (phonenumbers' metadata).
_SAID_OF_CODE = own_compiled(r"[^\S\n]*,?[^\S\n]*(?:that['’]?s|it['’]?s|is|for)[^\S\n]+"
                             r"(?P<what>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3})", regex.IGNORECASE)
_CODE_WORDS = frozenset({"code", "country code", "area code", "the code", "the country code", "the area code"})
# A code said as a number of hundreds after "plus" ("plus six hundred", "plus two hundred and
# sixty one"): its figures.
_HUNDREDS_CODE = own_compiled(
    rf"(?<![^\W\d_])plus[^\S\n]+(?P<hundreds>{'|'.join(UNITS)})[^\S\n]+hundred"
    rf"(?:[^\S\n]+(?:and[^\S\n]+)?(?P<rest>(?:{'|'.join(TENS)})(?:[^\S\n]+|-)(?:{'|'.join(UNITS)})"
    rf"|{'|'.join(longest_first({*TEENS, *TENS, *UNITS}))}))?(?![^\W\d_])", regex.IGNORECASE)
_MIN_FALSE_START = 2
_PLUS_FIRST = own_compiled(r"plus(?![^\W\d_])", regex.IGNORECASE)
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
# A local number: four to eight figures in a row, typed or said, their groups apart by spaces,
# commas or dashes (a short gap: a wider one is another sentence's, or a blanked field's), none
# before or after them.
_GROUP_GAP = r"[^\S\n]{0,2}[,-]?[^\S\n]{0,2}"
_LOCAL = own_compiled(rf"(?<![\w+])(?<!{_FIGURE}{_GROUP_GAP}){_FIGURE}(?:{_GROUP_GAP}{_FIGURE}){{2,11}}"
                      rf"(?!{_GROUP_GAP}{_FIGURE})(?!\w)", regex.IGNORECASE)
_MIN_LOCAL_DIGITS, _MAX_LOCAL_DIGITS = 4, 8
# A phone word a little before a local number ("my sister's mobile: ...").
_PHONE_WORD = own_compiled(r"(?<![^\W\d_])(?:phone|mobile|cell|cellphone|landline|telephone|whatsapp)(?![^\W\d_])",
                           regex.IGNORECASE)
_PHONE_WORD_REACH = 48
# A local number said right after a found phone, in its sentence ("..., or the shop, 22 405") or
# after a colon ("... If nobody answers: 22 405").
_AFTER_PHONE_REACH = 60
_SENTENCE_END = own_compiled(r"[.!?](?!\w)")
_COLON_BEFORE = own_compiled(r":[^\S\n]*\Z")
# A caller's dialling said of a code: "from outside five zero zero", "with five zero zero from abroad".
_ABROAD = own_compiled(r"(?<![^\W\d_])from[^\S\n]+(?:outside|abroad)(?![^\W\d_])", regex.IGNORECASE)
_ABROAD_AFTER = own_compiled(r"[^\S\n]*from[^\S\n]+(?:outside|abroad)(?![^\W\d_])", regex.IGNORECASE)
_ABROAD_REACH = 24


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
    three"), the number after a false start of two figures or more, and two pieces of one
    number split over cues or lines with little between them."""
    said: list[tuple[str, Mention]] = []
    ordered = sorted(phones, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        digits = said_digits(m.text)
        said.append((digits, m))
        half = len(digits) // 2
        if len(digits) % 2 == 0 and digits[:half] == digits[half:]:
            said.append((digits[:half], m))
        # a false start said again before the whole number ("two two four... two two four six
        # one"): the number after it
        said += [(digits[k:], m) for k in range(_MIN_FALSE_START, half + 1) if digits[:k] == digits[k:2 * k]]
        if i + 1 < len(ordered) and 0 <= ordered[i + 1].start - m.end <= _PIECES_GAP:
            said.append((digits + said_digits(ordered[i + 1].text), m))
    return sorted(said, key=lambda s: (len(s[1].text), s[1].score), reverse=True)


def _is_free(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end and m.entity_type not in _GUESSED for m in mentions)


def _with_plus(text: str, mentions: Sequence[Mention], start: int) -> int:
    """Where a code that starts at ``start`` starts with the "plus" said right before it, when
    nothing found holds that word (:data:`_PLUS_SAID`)."""
    plus = _PLUS_SAID.search(text, max(0, start - _PLUS_REACH), start)
    return plus.start() if plus is not None and _is_free(mentions, plus.start(), start) else start


def _cued(text: str, start: int, end: int, code: str = "") -> bool:
    """Whether the code at ``start``-``end`` is said with a dialling word ("plus" its own first
    word: "plus six hundred") or said to be a code or its country's."""
    before = text[max(0, start - 24):start]
    return _CUE_BEFORE.search(before) is not None or _CUE_AFTER.match(text, end) is not None \
        or _PLUS_FIRST.match(text, start, end) is not None or (bool(code) and _named_as_code(text, end, code))


def _named_as_code(text: str, end: int, code: str) -> bool:
    """Whether the figures ending at ``end`` are said to be a code, or ``code``'s country's, right
    after them ("..., that's the country code", "... for mauritius")."""
    said = _SAID_OF_CODE.match(text, end)
    if said is None:
        return False
    words = said.group("what").casefold().split()
    if any(" ".join(words[:k]) in _CODE_WORDS for k in (1, 2, 3)):
        return True
    regions = phonenumbers.region_codes_for_country_code(int(code))
    return any(names_country(region, " ".join(words[:k])) for region in regions for k in (1, 2, 3, 4))


def _codes(text: str) -> Iterator[tuple[int, int, str]]:
    """Start, end and figures of each code a number may have said apart: one to three figures
    ("three five two", "forty five", "+354"), or a number of hundreds after "plus"."""
    for found in _CODE.finditer(text):
        yield found.start(), found.end(), said_digits(found.group())
    for found in _HUNDREDS_CODE.finditer(text):
        rest = found.group("rest")
        value = 100 * UNITS[found.group("hundreds").casefold()] + (
            int(said_digits(rest)) if rest else 0)
        yield found.start(), found.end(), str(value)


def _phone_of(text: str, start: int, end: int, code: str, phones: Sequence[Mention],
              values: dict[str, Mention]) -> Mention | None:
    """The found phone whose code the figures at ``start``-``end`` are, or None."""
    near = [p for p in phones if 0 <= start - p.end <= _REACH_AFTER or 0 <= p.start - end <= _REACH_BEFORE]
    if not near or not _cued(text, start, end, code):
        return None
    like = next((like for digits, like in values.items() if _completes(code, digits)), None)
    if like is None and _surely_a_code(text, start, end, code):
        # the phone nearest to it (a number with a group too many or too few for its country's
        # plan is still the one the code was said of)
        like = min(near, key=lambda p: max(start - p.end, p.start - end))
    return like


def _surely_a_code(text: str, start: int, end: int, code: str) -> bool:
    """Whether the figures at ``start``-``end`` are a country's calling code said as one, whatever
    the phone beside them: a code assigned to a country (phonenumbers' metadata), with "plus" said or
    typed before it, or of three figures said to go in front of the number or to be the code
    ("six eight three in front", "six nine zero, that's the code").  A count or a year beside a
    phone has no such words ("with 300 workers")."""
    if phonenumbers.region_code_for_country_code(int(code)) == phonenumbers.UNKNOWN_REGION:
        return False
    if text[start:start + 1] == "+" or _PLUS_FIRST.match(text, start, end) is not None \
            or _PLUS_SAID.search(text, max(0, start - _PLUS_REACH), start) is not None:
        return True
    return len(code) == _MAX_CODE_DIGITS and (_CUE_AFTER.match(text, end) is not None or _named_as_code(text, end, code))


def _typed_code(mention: Mention) -> int | None:
    """The country code of a phone typed in full ("+500 21 834", "00 500 21 834"), or None."""
    digits = said_digits(mention.text)
    typed = mention.text.lstrip()
    if not (typed.startswith("+") or (typed.startswith("00") and digits.startswith("00"))):
        return None
    try:
        number = phonenumbers.parse("+" + digits.removeprefix("00") if typed.startswith("00") else "+" + digits)
    except phonenumbers.NumberParseException:
        return None
    return number.country_code if phonenumbers.is_valid_number(number) else None


def _abroad(text: str, start: int, end: int, code: str = "") -> bool:
    """Whether a code at ``start``-``end`` is said with a dialling word or as dialled from abroad."""
    return _cued(text, start, end, code) or _ABROAD.search(text, max(0, start - _ABROAD_REACH), start) is not None \
        or _ABROAD_AFTER.match(text, end) is not None


def _locals(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """The free runs of four to eight figures in ``text``: start, end and digits."""
    runs = []
    for found in _LOCAL.finditer(text):
        digits = said_digits(found.group())
        if _MIN_LOCAL_DIGITS <= len(digits) <= _MAX_LOCAL_DIGITS and _is_free(mentions, found.start(), found.end()):
            runs.append((found.start(), found.end(), digits))
    return runs


def _local_phone(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, "PHONE", _SCORE, PIECES_DETECTOR, text[start:end])


def _with_said_codes(text: str, mentions: Sequence[Mention], runs: list[tuple[int, int, str]]) -> list[Mention]:
    """Each run a code said apart beside it with a dialling word makes valid, and that code,
    as one phone (one key)."""
    added: list[Mention] = []
    taken: set[int] = set()
    for start, end, code in _codes(text):
        if not code or code.startswith("0") or not _is_free(mentions, start, end) \
                or not _abroad(text, start, end, code):
            continue
        run = next((r for r in runs if r[0] not in taken and _completes(code, r[2]) and (
            0 <= start - r[1] <= _REACH_AFTER or 0 <= r[0] - end <= _REACH_BEFORE)), None)
        if run is None:
            continue
        local = _local_phone(text, run[0], run[1])
        local = replace(local, key=value_key(local))
        code_start = _with_plus(text, mentions, start)
        added += [local, replace(local, start=code_start, end=end, text=text[code_start:end])]
        taken.add(run[0])
    return added


def _phone_said_before(text: str, phones: Sequence[Mention], start: int) -> bool:
    """Whether a found phone ends a little before ``start``, in its sentence or before a colon."""
    return any(0 <= start - p.end <= _AFTER_PHONE_REACH and (
        _SENTENCE_END.search(text, p.end, start) is None or _COLON_BEFORE.search(text, p.end, start) is not None)
        for p in phones)


def local_numbers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the short local numbers a country code said beside them or typed in the
    text's own phones makes valid, found as phones (a code said apart as its number)."""
    runs = _locals(text, mentions)
    if not runs:
        return mentions
    added = _with_said_codes(text, mentions, runs)
    taken = {m.start for m in added}
    # the code of a phone typed in full in the text
    phones = [m for m in mentions if m.entity_type == "PHONE"]
    codes = {code for m in phones if (code := _typed_code(m)) is not None}
    for start, end, digits in runs:
        if start in taken or not codes:
            continue
        worded = _PHONE_WORD.search(text, max(0, start - _PHONE_WORD_REACH), start) is not None
        if (worded or _phone_said_before(text, phones, start)) and any(_completes(str(code), digits) for code in codes):
            added.append(_local_phone(text, start, end))
    return mentions + added


def _may_be_phone(mention: Mention) -> bool:
    """A phone, or a number found as an ID that is only figures (groups of digits a rule for codes
    took: "622 41 08 73"), which its code shows to be a phone."""
    return mention.entity_type == "PHONE" or (
        mention.entity_type == "ID_NUMBER" and _ONLY_FIGURES.fullmatch(mention.text) is not None)


def _values(phones: Sequence[Mention]) -> dict[str, Mention]:
    """The digits the found phones may say (``_said_as``), each with its phone: six figures at
    least, or four for a phone found as one (a small country's short one: "two two four six one")."""
    values: dict[str, Mention] = {}
    for digits, m in _said_as(phones):
        if len(digits) >= (_MIN_LOCAL_DIGITS if m.entity_type == "PHONE" else _MIN_PHONE_DIGITS):
            values.setdefault(digits, m)
    return values


def dialling_codes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the country codes of found phones said apart from them in ``text``,
    found as their phones."""
    mentions = local_numbers(text, mentions)
    phones = [m for m in mentions if _may_be_phone(m)]
    values = _values(phones)
    if not values:
        return mentions
    added: list[Mention] = []
    for code_start, end, code in _codes(text):
        if not code or len(code) > _MAX_CODE_DIGITS or code.startswith("0") \
                or not _is_free(mentions, code_start, end):
            continue
        like = _phone_of(text, code_start, end, code, phones, values)
        if like is not None:
            start = _with_plus(text, mentions, code_start)
            added.append(replace(like, start=start, end=end, text=text[start:end],
                                 score=_SCORE, detector=PIECES_DETECTOR, key=like.key or value_key(like)))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.start < a.end and a.start < m.end for a in added)]
    return kept + added
