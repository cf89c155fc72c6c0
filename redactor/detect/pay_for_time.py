"""Pay counted in the time it was earned in: "two months' pay", "three weeks of wages", "Three
months of height allowance, €2,160".

A source says what they were owed or paid as a length of work ("I'm owed three weeks of wages")
and often the sum right after it ("four months' commission, around 900 dollars").  The sum alone is
found by the money rules and the time alone as a DURATION, which leaves "of overtime, about" in
the clear between two findings, and "three weeks of wages" said with no sum is only a time.  The
pay and the time it counts are one sum: a count, a unit of time, its possessive mark or "of", at
most one word before the pay noun (:data:`PAY_FOR_TIME_NOUNS`) is found as MONEY, up to the end of
a sum found right after it over a comma and a word of about ("about", "around").  A time said
before other words ("two years to his pension", "two days at the commission office") is no pay.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from redactor.detect.prefilter import own_compiled
from redactor.lexicon.money import PAY_FOR_TIME_NOUNS
from redactor.lexicon.numbers import TEENS, UNITS
from redactor.model import Mention

DETECTOR = "PayForTime"
_S = r"[^\S\n]+"
_COUNT = "|".join(("a", "an", "a few", "few", "several", "a couple of", *TEENS, *UNITS, r"\d{1,2}"))
_UNIT = r"(?:day|night|shift|week|fortnight|month|year)"
_PAY = "|".join(PAY_FOR_TIME_NOUNS)
# "two months' pay", "two months salary" (the possessive unmarked), "three weeks of (unpaid) wages",
# "a month's (back) pay".  Not an article before the pay's noun: "within five days of the
# Commission making proposals" names a body, "the rent" a thing of its own.
_WORD_BEFORE_PAY = rf"(?:(?!(?:the|a|an)(?![\w'’-]))[^\W\d_]+{_S})?"
_PAY_FOR_TIME = own_compiled(
    rf"""(?ix) (?<![\w'’-]) (?:{_COUNT}) (?:-|{_S}) {_UNIT}
         (?: s?['’]s? {_S} {_WORD_BEFORE_PAY} | s{_S} | s?{_S}of{_S} {_WORD_BEFORE_PAY} )
         (?:{_PAY}) (?![\w'’-])""")
# Between the pay and the sum said after it.
_TO_SUM = own_compiled(r"(?i),?[^\S\n]+(?:(?:about|around|roughly|nearly|almost|some|over|so|like)[^\S\n]+)?")
_SUMS = frozenset({"MONEY"})
# The types a piece of the pay may have been found as, which the pay takes over.
_GUESSED = frozenset({"DURATION", "DATE", "TIME", "CARDINAL", "QUANTITY", "COUNT", "MONEY"})


def _sum_after(text: str, end: int, sums: Sequence[Mention], starts: Sequence[int]) -> Mention | None:
    """The sum found right after ``end`` over a comma and a word of about, if any (``sums``
    sorted by start, ``starts`` their starts)."""
    gap = _TO_SUM.match(text, end)
    if gap is None:
        return None
    at = bisect.bisect_left(starts, gap.end())
    return sums[at] if at < len(sums) and sums[at].start == gap.end() else None


def pay_for_time(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with pay counted in time found as one sum with the sum said after it (see the
    module docstring); the guesses it holds are taken over, and pay that overlaps another kind of
    finding is left as it was."""
    sums = sorted((m for m in mentions if m.entity_type in _SUMS), key=lambda m: m.start)
    starts = [m.start for m in sums]
    out = list(mentions)
    for pay in _PAY_FOR_TIME.finditer(text):
        start, end = pay.start(), pay.end()
        after = _sum_after(text, end, sums, starts)
        if after is not None:
            end = after.end
        held = [m for m in out if m.start < end and start < m.end]
        if any(m.entity_type not in _GUESSED or m.start < start or m.end > end for m in held):
            continue
        out = [m for m in out if m not in held]
        out.append(Mention(start=start, end=end, entity_type="MONEY", score=0.6, detector=DETECTOR,
                           text=text[start:end]))
    return out
