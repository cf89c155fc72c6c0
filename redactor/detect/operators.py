"""A telephone number said right before a name: the name is the number's operator.

"My number is 061 22 418 30, Orange.", "seven one two, four four nine eight, vodacom", a cue
"oh nine four one" then a cue "that's airtel" (a subtitle's cues are joined with a space): the
network a number is on is said straight after it, and what is said there is a company of
millions of customers, even when its name is an everyday English word ("Orange", "Three").
The number may be read out with a gap ("five two nine [inaudible] one one eight four, it's
movitel"), end the caption line before one that opens "yes that one it's ..." or "- yes that one
is ...", and the model may take the owner's word ("My Movitel") or a list ("movitel, mpesa") into the span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redactor.lexicon.numbers import UNITS

# Digits or digit words, at least a number's worth of them, then only a comma, a stop or a dash,
# "that's"/"it's" or "on"/"with", right before the name.
_DIGIT = rf"(?:\d|\b(?:{'|'.join(UNITS)}|oh|zero|nought|double|triple)\b)"
_NUMBER_BEFORE = re.compile(
    rf"{_DIGIT}(?:[^\S\n]*[-.,/()]?[^\S\n]*{_DIGIT}){{5,}}"
    r"[^\S\n]*[-–—.,;:]?[^\S\n]*(?:(?:(?:that|it)['’]?s|on|with|network)[^\S\n]+)?(?:the[^\S\n]+)?$",
    re.IGNORECASE)
_REACH = 80


def said_after_a_number(text: str, start: int) -> bool:
    """Whether a telephone number (six digits or digit words or more) ends right before
    ``text[start:]``, with at most a comma, "that's" or "on" between."""
    return _NUMBER_BEFORE.search(text, max(0, start - _REACH), start) is not None


# Mobile-money services of the operators and the banks (M-Pesa, EcoCash, MTN MoMo, bKash):
# each a payment network of millions, folded without spaces or hyphens ("m-pesa", "mpesa").
MOBILE_MONEY = frozenset("""
mpesa ecocash momo mtnmomo airtelmoney orangemoney tigopesa halopesa ezypesa mvola emola mkesh telebirr
gcash paymaya maya bkash nagad rocket easypaisa jazzcash opay palmpay paga flooz tmoney moovmoney
wavemoney kcbmpesa mshwari mpawa zaad sahal evcplus edahab onemoney telecash vodafonecash
""".split())
_MONEY_FOLD = re.compile(r"[\s'’.-]+")
# A phone's word said with the operator's name inside one span ("Unitel number", "the vodacom one").
_PHONE_WORD_AFTER = re.compile(
    r"^(?:the\s+|my\s+|his\s+|her\s+)?(?P<name>.+?)\s+(?:numbers?|one|ones|line|lines|sim|sims|sim\s+card|phone|network|"
    r"account|wallet|agent|money)$", re.IGNORECASE)
# "one" right after the operator: "the vodacom one", "an Airtel one" (a line on that network).
_ONE_AFTER = re.compile(r"[^\S\n]+ones?\b", re.IGNORECASE)
# A payment's word near the name: "paid me by ecocash", "send it on airtel money".
_PAYMENT_CUE = re.compile(r"\b(?:paid|pay|pays|paying|send|sent|sending|transfer(?:red)?|money|wallet|agent|"
                          r"cash|withdraw|deposit(?:ed)?|till)\b", re.IGNORECASE)


def is_mobile_money(name: str) -> bool:
    """A mobile-money service's name ("mpesa", "M-Pesa", "EcoCash", "Airtel Money")."""
    return _MONEY_FOLD.sub("", name.casefold()) in MOBILE_MONEY


# The owner's word the model took into the span ("My Movitel number is 086": "My Movitel").
_OWNER_BEFORE = re.compile(r"^(?:my|his|her|our|their|your)[^\S\n]+(?=\S)", re.IGNORECASE)
# A list of networks in one span ("movitel, mpesa"): split at its commas and "and".
_LIST_JOIN = re.compile(r"[^\S\n]*(?:,|&|\band\b)[^\S\n]*", re.IGNORECASE)
# Digits said as words, three or more in a row ("one one eight four"): a number is being read out.
_SPOKEN_DIGITS = re.compile(rf"{_DIGIT}(?:[^\S\n]*[-.,]?[^\S\n]*{_DIGIT}){{2,}}", re.IGNORECASE)


def operator_name(span: str) -> str:
    """The operator's name in a span the model ran on into a phone's word ("Unitel number" ->
    "Unitel", "the vodacom one" -> "vodacom") or took with its owner's word ("My Movitel" ->
    "Movitel"); the span itself otherwise."""
    found = _PHONE_WORD_AFTER.fullmatch(span.strip())
    if found is not None:
        return found["name"]
    owner = _OWNER_BEFORE.match(span.strip())
    return span.strip()[owner.end():] if owner is not None else span


def first_of_list(name: str, is_network: Callable[[str], bool]) -> str:
    """The first name of a list of networks said in one span ("movitel, mpesa" -> "movitel") when every
    name of it is one (``is_network``); ``name`` itself otherwise."""
    parts = [p for p in _LIST_JOIN.split(name.strip()) if p]
    return parts[0] if len(parts) > 1 and all(is_network(p) for p in parts) else name


def reads_out_digits(text: str) -> bool:
    """Three digits or more said as words or written in a row ("one one eight four")."""
    return _SPOKEN_DIGITS.search(text) is not None


def beside_phone_or_payment(before: str, after: str) -> bool:
    """A line on the network ("the vodacom one") or a payment ("paid me by ecocash") or a
    mobile-money name ("airtel, and mpesa") said beside an operator's name."""
    words = re.findall(r"[^\W\d_][\w'’-]*", before + " " + after)
    return _ONE_AFTER.match(after) is not None or _PAYMENT_CUE.search(before + " " + after) is not None or \
        any(is_mobile_money(w) for w in words)


# The operator said at a segment's end and the number in the next one ("it is Moov.\n70 12 34
# 56"), or the number at one's end and the operator starting the next ("... 0977 123 456\nairtel"):
# a speaker's label or a cue's time may start the next segment.
_SEGMENT_END = re.compile(r"[^\S\n]*[.,;:!?-]?[^\S\n]*\n(?:[^\S\n]*\n)?(?:[^\n:]{1,30}:[^\S\n]*)?")
_NUMBER_START = re.compile(rf"[^\S\n]*{_DIGIT}(?:[^\S\n]*[-.,/()]?[^\S\n]*{_DIGIT}){{5,}}", re.IGNORECASE)
# The next segment may open with a caption's dash or ">>", a "yes" and "that one is" ("- yeah this
# one is movitel", "yeah that one it's zamtel these days").
_SEGMENT_START = re.compile(
    r"\n(?:[^\n:]{1,30}:)?[^\S\n]*(?:(?:-|–|>>)[^\S\n]*)?(?:(?:yes|yeah|yep)[,.]?[^\S\n]+)?"
    r"(?:(?:that|this)[^\S\n]+(?:one|number)[^\S\n]+)?(?:(?:it['’]?s|that['’]?s|it[^\S\n]+is|is|on|the)[^\S\n]+)?$",
    re.IGNORECASE)


def number_across_segment(text: str, start: int, end: int) -> bool:
    """A telephone number in the next segment right after the name ending its own, or ending the
    segment before the one the name starts."""
    after = _SEGMENT_END.match(text, end)
    if after is not None and _NUMBER_START.match(text, after.end()) is not None:
        return True
    before = _SEGMENT_START.search(text, max(0, start - 40), start)
    return before is not None and said_after_a_number(text[:before.start()] + " ", before.start() + 1)


# The number read out right after the network's name, in its own line: at least four digits or
# digit words after a comma or a stop ("that one is Orange. 97 31", "a local one, telcel, four
# four nine one").
_NUMBER_AFTER = re.compile(rf"[^\S\n]*[.,;:-]?[^\S\n]*{_DIGIT}(?:[^\S\n]*[-.,/()]?[^\S\n]*{_DIGIT}){{3,}}",
                           re.IGNORECASE)


def number_said_after(text: str, end: int) -> bool:
    """Whether a telephone number starts right after ``text[:end]`` in the same line, after at
    most a comma or a stop: the network named before the number it is read on."""
    return _NUMBER_AFTER.match(text, end) is not None
