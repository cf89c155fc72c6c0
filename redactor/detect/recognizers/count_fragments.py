"""A count said on its own: "Forty-six entries.", "..., forty pages, and the lab invoices",
"nineteen trucks.", "Since January, about ninety wigs.", "- four hundred cows."; and how often
one did a thing or works: "I reported it three times", "three times a week", "three days a
week", "Sixteen hours a day", "two runs a day".

A speaker who gives how many of a thing their work holds or made says it as a phrase of its
own, with nothing else in the clause: the count and what it counts, between the start of a
line, a sentence or a pause (a comma, a colon) and the next pause.  Said so, the figure is the
point of the sentence, an answer to "how many" asked or implied, and it comes from the speaker's
own tally ("I kept my count slips. Forty-two slips, each ..."), which few others hold.
:class:`CountFragmentRecognizer` finds such a count: a number of two and more (in words, "two
hundred and six", "six thousand", or in figures, "340", "1,214"), at most one word that says
which ("private", "breeding"), and a plural in small letters, with a hedge before it left out
("about", "maybe": the annotators start the count at its number more often than not).

Measured over the 22 design sets (round 34): 35 of the 57 findings of this form lie on an
annotated mention, against 87 of 199 (round 32) for a count and a plural anywhere.

How often is said the same way in any trade: the count of times one did it ("i wrote the
defect form five times", "pawned sixty three times") and the days, nights, shifts or hours of
one's week or day ("four mornings a week"), with its rate when it has one.  Measured over the
design sets (simulated on the base predictions): quasi protection +0.0042 for precision -0.0008,
23 of 51 "N times" annotated, 9 of 18 "N days/hours... a week/day" (the others mostly the same
phrase annotated at another of its occurrences).

Not found: a count inside a clause ("we sold two hundred doses": the verb's object, found or
not by the rules of the work it counts), a length of time with no rate, a measure or a sum ("two
nights", "forty centimetres", "eighteen thousand pounds": the incident and money rules'), a vague
kind ("two things", "three reasons"), "one time" or "once", a vague range ("two or three times"),
the end of a bigger number ("up to twenty five times"), a name ("Two Rivers", "14 Sakumono
Estates": capitalised), a count of one ("one gram vials").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.money import currency_words
from redactor.lexicon.names import FUNCTION_WORDS
from redactor.lexicon.numbers import SPOKEN_NUMBER

RECOGNIZER_NAME = "CountFragmentRecognizer"
SCORE = 0.45
_SP = r"[^\S\n]"
# A count of two and more: words ("forty-six", "two hundred and six", "six thousand", "forty
# thousand") or figures ("340", "1,214"); not "one" alone, which counts nothing in the plural.
_COUNT = (rf"(?:(?!one(?![\w'’-]|{_SP}+(?:hundred|thousand)))(?:{SPOKEN_NUMBER})"
          rf"(?:{_SP}+(?:hundred|thousand)(?![\w'’-])(?:{_SP}+(?:and{_SP}+)?(?:{SPOKEN_NUMBER}))?)?"
          rf"|(?<!\d)(?:[1-9]\d{{0,2}}(?:,\d{{3}})+|[2-9]|[1-9]\d{{1,4}})(?![\d.,:/]\w))")
_ONE_OR_COUNT = rf"(?:one(?![\w'’-])|{_COUNT})"
# A rate after a count of times or of days: "a week", "per shift", "every month".
_RATE = rf"(?:{_SP}+(?:a|per|every|each){_SP}+(?:day|week|month|year|night|shift|fortnight)(?![\w'’-]))"
# Not the end of a vague range ("two or three times", "two to three times a week"), nor the end
# of a bigger number ("up to twenty five times": "five times").
_HOW_OFTEN = own_compiled(
    rf"(?<![\w'’.,-])(?<!\b(?:or|to|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)[-\s]{{1,3}})(?:(?P<times>{_COUNT}){_SP}+times{_RATE}?"
    rf"|(?P<days>{_ONE_OR_COUNT}){_SP}+(?:day|night|morning|evening|afternoon|shift|hour|weekend|run|trip)s?{_RATE})"
    rf"(?![\w'’-])",
    regex.I)
# Where a phrase of its own starts: a line (after a speaker's dash or a subtitle's voice tag), a
# sentence, a pause, a quotation, a speaker's label in bold ("**Rigger:** Forty-two rigs ...").
_LEFT = (rf"(?:(?<=(?:^|\n){_SP}{{0,8}}(?:[-–—>]+{_SP}{{1,3}})?)|(?<=[,.?!:;](?:\*\*)?{_SP}{{1,3}})|(?<=[>\"“]{_SP}{{0,3}}))")
_HEDGE = rf"(?:(?:about|maybe|around|roughly|nearly|almost|approximately|like|over|um|uh),?{_SP}+)"
_FRAGMENT = own_compiled(
    rf"{_LEFT}{_HEDGE}?(?P<count>{_COUNT}){_SP}+(?:(?P<which>\p{{L}}[\p{{L}}-]*){_SP}+)?"
    rf"(?P<kind>(?-i:\p{{Ll}})[\p{{L}}-]*s)(?![\w'’-])"
    # and the phrase ends there: at a pause, the end of a sentence, a line or a quotation, or
    # where a phrase of place, time or means says which ones ("Forty-two student rigs with
    # reserves repacked", "nine sharks in a plastic tank", "eleven cars in one week")
    rf"(?={_SP}*(?:[.,;!?\"”\n]|\Z)|{_SP}+(?:with|from|in|on|at|for)(?![\w'’-]))",
    regex.I | regex.M)
# Kinds that are a length of time, a measure or a vague "what" rather than things one counts
# of one's work (as the singling pack's ``measure`` list and CountOfAKind's exceptions).
_NOT_KINDS = frozenset("""
seconds minutes hours days nights weeks weekends months years decades times mornings evenings afternoons
shifts
reasons options questions problems choices ways things kinds types ideas chances doubts sides issues
aspects occurrences countries states nations points percent hundreds thousands millions numbers digits
letters words steps
kilos kilograms grams tons tonnes litres liters metres meters kilometres kilometers miles feet inches
centimetres centimeters millimetres millimeters degrees hectares acres volts watts kilowatts
""".split())


@functools.cache
def _not_kinds() -> frozenset[str]:
    return _NOT_KINDS | frozenset(w.casefold() for w in currency_words())


def find_count_fragments(text: str, flags: Sequence[bool] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each count said on its own and each count of how often (see the module),
    in the order of the text."""
    spans = list(_fragments(text))
    spans.extend(found.span() for found in _HOW_OFTEN.finditer(text))
    yield from sorted(set(spans))


def _fragments(text: str) -> Iterator[tuple[int, int]]:
    for found in _FRAGMENT.finditer(text):
        kind = found.group("kind").casefold()
        which = (found.group("which") or "").casefold()
        if kind in _not_kinds() or which in _not_kinds() or kind in FUNCTION_WORDS or which in FUNCTION_WORDS:
            continue
        yield found.start("count"), found.end("kind")


class CountFragmentRecognizer(LowerCasePlaceRecognizer):
    """UNIQUE_DETAIL for a count said on its own (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a count said on its own, or how often"
    entity = "UNIQUE_DETAIL"
    find = staticmethod(find_count_fragments)
