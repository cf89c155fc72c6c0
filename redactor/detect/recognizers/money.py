"""Sums of money as people say them: "$1,200", "R15 000", "€350 a month", "1,500 dirhams", "Rs.
45,000", "forty thousand dram", "three hundred and fifty euros a month", "two lakh taka", "one
point five lakh", "forty, uh, forty thousand dram", "my salary was eight hundred".

What a person owes, earns, paid or was paid narrows who they are ("a loan they mentioned"), as a
month does a date: :class:`SpokenMoneyRecognizer` finds it as MONEY at ``GENERAL_DATE_SCORE``
(replaced at the default threshold, left at a stricter one).  The policy:

- a figure with a currency (a sign or a code before it, a currency's name after it) is a
  person's sum unless its clause makes it public: a public word shortly before it ("the
  government", "the budget", "the company", "prices", "bread") with no person after that word
  ("the company owes me" stays personal); what a thing costs is told by the thing ("bread costs
  two lari" is public, "after a boy died it costs like two thousand dollars" is not);
- a figure said without a currency is money only after a word of pay in its clause ("my salary
  was eight hundred", "i paid 300", "it cost me twelve thousand"), and then only with hundreds
  or thousands in it or a rate after it ("fifteen a day"); after a weaker word of giving or
  taking, which counts anything too ("got", "took", "spent"), only with a thousand or more
  ("he took fifteen thousand from me"), hundreds and a rate, or its "k" or "lakh"; never with
  a noun after it ("i paid 300 workers");
- a figure said without a currency after a sale's "for" or "at" is its price ("she sells them
  to the hotel for forty-five") where money is talked of before it, or in thousands or hundreds
  said in words;
- a figure in thousands said alone is money where money or pay is talked of just before it
  ("what about your gratuity? not paid. thirty eight thousand they owe"), with nothing after it
  that it counts;
- millions with their currency are one person's or one account's sum like any other ("the
  box held 53 million pesos"), unless their sentence makes them public; said without it, only
  after a word of pay ("i paid two million"), a weaker one said of a person ("he got two
  million"), or where money is talked of just before ("and the cash? twelve million ended up
  at the clinic"); billions, trillions and vague sums ("thousands of euros", "a few hundred
  dollars", "millions") never are;
- a sum is masked whole: a range's first figure said with a comma before its scale ("forty, fifty
  million"), a qualifier of the currency ("francs CFA") and the hundredths said after it ("two
  dollars and ten cents", "four euros thirty a kilo") join it;
- a figure that counts something else ("five hundred people", "the 1,500 workers", "a million
  times") has no currency and no pay word, and a year ("two thousand twenty-two") has neither.

Numbers said in words are read with the project's word lists (:mod:`redactor.lexicon.numbers`)
and checked with ``text2num``: what does not read as one number ("one two three", "twenty
twenty") is no sum.  The court form (a code or a name after a payment word in a judgment) is
the ``singling`` pack's ``SumOfMoney``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import regex
from presidio_analyzer import PatternRecognizer, RecognizerResult

from redactor.detect.filters import GENERAL_DATE_SCORE
from redactor.detect.joins import ends_a_piece, joined_between, turn_between
from redactor.detect.packs import vocabulary_pattern
from redactor.detect.prefilter import own_compiled, unchecked_pattern
from redactor.detect.recognizers.results import explained_result
from redactor.lexicon.dictionary import parts_of_speech, stop_words
from redactor.lexicon.money import (
    AFTER_BARE_SUM,
    BETWEEN_PAY_AND_SUM,
    COST_CUES,
    CURRENCY_AS_ADJECTIVE,
    CURRENCY_QUALIFIERS,
    CASED_SIGNS,
    CURRENCY_SIGNS,
    currency_words,
    DETERMINERS,
    EVERYDAY_CURRENCY_LEAST,
    FRACTIONS,
    GIVE_CUES,
    GROUPED_SIGNS,
    ISO_CODES,
    LAKH_WORDS,
    MINOR_UNITS,
    minor_unit_names,
    MONEY_TALK,
    PAY_CUES,
    PERSONAL_OBJECTS,
    PRICED_GOODS,
    PUBLIC_CUES,
    RATE_WORDS,
    RECEIVERS,
    SALE_CUES,
    SAME_SUM_CUES,
    SHARED_PAY_NOUNS,
    SIGN_ABBREVIATIONS,
    TRADE_UNITS,
    WEIGHT_CUES,
    WORD_CODES,
)
from redactor.lexicon.numbers import TEENS, TENS, TENS_MISSPELT, UNITS, ordinal_value


def _alternation(words: Sequence[str]) -> str:
    """The words as one alternation, factored as a prefix tree (the rule packs' own builder)."""
    return vocabulary_pattern(words)


_S = r"[^\S\n]+"
_FILLER = r"(?:u+h+|u+m+|e+r+m*|a+h+)"
# Between two words of one number: a space or a hyphen, or a filler with its commas ("forty, uh,
# forty thousand").
_GAP = rf"(?:,?{_S}{_FILLER},?{_S}|{_S}|-)"
_TENS = _alternation([*TENS, *TENS_MISSPELT])
_FIRST = rf"(?:(?:{_TENS})(?:-|{_S})(?:{_alternation(list(UNITS))})|{_TENS}|{_alternation(list(TEENS))}|{_alternation(list(UNITS))})"
_SCALE = rf"(?:hundred|thousand|million|{_alternation(LAKH_WORDS)})"
# A half said before a scale ("one and a half million", "two and a half thousand", "one and a
# half lakh"): read by _words_number.
_AND_A_HALF = rf"and{_S}a{_S}half(?={_S}{_SCALE}\b)"
# A number said in words, starting with its first number word ("a" only before a scale: "a
# hundred"; never a bare "hundred": "a few hundred dollars" is vague).
_SPOKEN = (rf"(?:{_FIRST}|a(?={_S}{_SCALE}\b))"
           rf"(?:{_GAP}(?:{_FIRST}|{_SCALE}|{_AND_A_HALF}|and(?={_S}(?:{_FIRST}|{_SCALE})\b)|point(?={_S}{_FIRST}\b)))*"
           rf"(?![\w'’-])")
# A written figure: "1,200", "12.000", "15 000", "45000", "552.21", with its "k" or scale word.
_FIGURE = (r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d])"
           rf"(?:[^\S\n]?(?-i:k|K)\b|{_S}(?:thousand|million|{_alternation(LAKH_WORDS)})\b)?")
_DIGITS = rf"(?<![\w.,]){_FIGURE}"
_AMOUNT = rf"(?:{_DIGITS}|{_SPOKEN})"
_WORD_CURRENCY = rf"(?:{_alternation(currency_words())})(?![\w'’-])"
_CODE = rf"(?-i:{'|'.join(ISO_CODES)})(?![\w'’-])"
# Before a figure, a code that is an English word too only before a figure with its thousands or
# decimals ("TOP 3,000", "ALL 1,250.50"; not "TOP 10", "ALL 500 WORKERS").
_CODE_BEFORE = (rf"(?-i:{'|'.join(c for c in ISO_CODES if c not in WORD_CODES)})(?![\w'’-])"
                rf"|(?-i:{'|'.join(WORD_CODES)})(?=[^\S\n]?(?:\d{{1,3}}(?:[,. ]\d{{3}})+|\d+[.,]\d{{1,2}})(?![\d,.]?\d))")
# "R" and "K" (rand, kwacha, kina) right before the figure ("R50", "K50,000"), or a space apart
# before one grouped in thousands ("R 12 000", "K 50,000"; not "part R 12").
_SIGNS = rf"[{regex.escape(CURRENCY_SIGNS)}]"
_TIME_UNITS = ("day", "week", "month", "year", "hour", "shift", "night")
# After a sign in capitals, a figure of three digits or more, with its decimals, with its scale
# ("Rp 2 million", "Q3 lakh") or of two digits before its rate by a unit of time or trade ("Q40 for
# a quintal", "RM 45 a day"; not "Q4", "the road RM 12", "Q40 for a moment").
_CASED_FIGURE = (rf"(?:\d{{3}}|\d{{1,2}}[,.]\d|\d{{1,3}}{_S}(?:thousand|million|{_alternation(LAKH_WORDS)})(?![\w'’-])"
                 rf"|\d{{2}}(?:{_S}(?:for{_S})?(?:a|an|per|the|each|every){_S}"
                 rf"(?:{_alternation([*TRADE_UNITS, *_TIME_UNITS])})(?![\w'’-])))")
_SIGN = (rf"(?:{_SIGNS}|(?<![\w.])(?:{_alternation(SIGN_ABBREVIATIONS)})(?=[^\S\n]?\d)"
         r"|(?<![\w.])(?-i:R|K)(?=\d[\d,. ]*\d|[^\S\n]\d{1,3}(?:[,. ]\d{3})+(?!\d))"
         rf"|(?<![\w./])(?-i:{'|'.join(regex.escape(s) for s in CASED_SIGNS)})(?=[^\S\n]?{_CASED_FIGURE})"
         rf"|(?<![\w.])(?-i:{'|'.join(GROUPED_SIGNS)})(?=[^\S\n]?\d{{1,3}}(?:[,. ]\d{{3}})+(?!\d)))")
_SIGN_LETTERS = rf"(?<![\w.])(?:{_alternation(SIGN_ABBREVIATIONS)})"
_RATE = rf"(?:{_S}(?:{_alternation(RATE_WORDS)})(?![\w'’-]))?"
# A country's word between a figure and its currency ("4,000,000 Swedish kronor", "fifty kenyan
# shillings", "300 US dollars", said aloud "300 u s dollars").
_COUNTRY_WORD = r"(?:(?:us|u\.s\.|u[^\S\n]s|hong[^\S\n]+kong|new|[\p{L}]+(?:ish|ian|ean|an|ese|i|ch))[^\S\n]+)"
# Between a word of pay and its sum: short words, a determiner and its noun ("paid the agent
# 500"), or where the debt is owed, said before the sum, with its pause ("a loan from the
# savings group, sixty thousand", "a loan at my uncle's bank two lakh", "at the credit union").
_LENDER = (rf"(?:at|from|with){_S}(?:(?:{_alternation(DETERMINERS)}){_S})?"
           rf"(?:own{_S})?[\p{{L}}'’-]+(?:{_S}[\p{{L}}'’-]+)?(?![\w'’-]),?")
_BETWEEN = (rf"(?:{_S}(?:(?:{_alternation(BETWEEN_PAY_AND_SUM)})"
            rf"|(?:{_alternation(DETERMINERS)}){_S}[\p{{L}}'’-]+|{_LENDER})(?![\w'’-])){{0,3}}")
_PAY = _alternation([*PAY_CUES, *GIVE_CUES, *COST_CUES])
# A sale's verb, what was sold and to whom (up to six words), and the "for" or "at" of its price,
# with a hedge: "sells them to the hotel for", "sold it to him for", "sells them at like".
_SALE = (rf"\b(?:{_alternation(SALE_CUES)})(?:{_S}[\p{{L}}'’-]+){{0,6}}{_S}(?:for|at)"
         rf"(?:{_S}(?:like|about|around|only|just|maybe))?{_S}")

_PATTERNS = (
    ("a sign or a code before the figure",
     rf"(?:{_SIGN}|{_CODE_BEFORE})[^\S\n]?{_FIGURE}(?:{_S}{_WORD_CURRENCY})?{_RATE}"),
    # in captions the sign's letters come before the number said in words, with its hundreds or
    # thousands ("rs forty thousand", "tk five hundred"; not "take ksh two")
    ("a sign's letters before a number said in words",
     rf"{_SIGN_LETTERS}{_S}(?=(?:[\p{{L}}-]+{_S}){{0,4}}{_SCALE}(?![\w'’-])){_SPOKEN}{_RATE}"),
    ("a currency's name or code after the figure", rf"{_AMOUNT}(?:[^\S\n]+|-)?{_COUNTRY_WORD}?(?:{_WORD_CURRENCY}|{_CODE}|{_SIGNS}(?![\w'’-])){_RATE}"),
    ("a figure after a word of pay",
     rf"(?<=\b(?:{_PAY}){_BETWEEN}{_S}){_AMOUNT}{_RATE}"),
    # a figure said as a sale's price ("sells them to the hotel for forty-five"), kept where money
    # is talked of or in thousands (_sale_price)
    ("a figure after a sale", rf"(?<={_SALE}){_AMOUNT}{_RATE}"),
    # a figure in millions said alone ("4.5 million", "twelve million", "three million nine
    # hundred"), kept only where money is talked of (_million_said_alone)
    ("a figure in millions",
     rf"(?:{_DIGITS}(?<=million)|(?=(?:[\p{{L}}-]+{_S}){{0,3}}million(?![\w'’-])){_SPOKEN}){_RATE}"),
    # a figure in thousands said alone ("thirty eight thousand they owe", "38,000"), kept only
    # where money is talked of (_said_alone)
    ("a figure in thousands",
     rf"(?:(?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?![\d.,]\d)"
     rf"|(?=(?:[\p{{L}}-]+(?:,?{_S}|-)){{0,5}}thousand(?![\w'’-])){_SPOKEN}){_RATE}"),
    # a figure in lakhs or crores said alone ("the law says ten lakh for each death", "2 crore"),
    # kept where nothing after it says what it counts (_lakh_said_alone)
    ("a figure in lakhs",
     rf"(?:{_DIGITS}(?<={_alternation(LAKH_WORDS)})"
     rf"|(?=(?:[\p{{L}}-]+(?:,?{_S}|-)){{0,5}}{_alternation(LAKH_WORDS)}(?![\w'’-])){_SPOKEN}){_RATE}"),
    # a figure in hundreds said in words ("four hundred", "sixty-five hundred"), kept only where
    # money or pay is talked of, like thousands (_said_alone)
    ("a figure in hundreds said in words",
     rf"(?=(?:[\p{{L}}-]+(?:{_S}|-)){{0,3}}hundred(?![\w'’-])){_SPOKEN}{_RATE}"),
)

# What must not follow a figure said without a currency: what it counts.
_COUNTED = own_compiled(r"[^\S\n]*(?:people|persons|men|women|workers|times|years|months|weeks|days|hours|"
                         r"minutes|kilometres|kilometers|miles|metres|meters|kilos|km|kg|percent|per\s+cent|%|of)\b",
                         regex.IGNORECASE)
_NEXT_WORD = own_compiled(r"[^\S\n]+([\p{L}'’]+)")
# After a currency's name, what makes it an adjective ("the seventeen euro countries").
_NOT_AFTER = own_compiled(rf"[^\S\n]+(?:{_alternation(CURRENCY_AS_ADJECTIVE)})\b", regex.IGNORECASE)
_WORD = own_compiled(r"[\p{L}'’]+")
_CLAUSE_END = own_compiled(r"[.!?;:\n]")
_PUBLIC = frozenset(PUBLIC_CUES)
_PERSONAL = frozenset(PERSONAL_OBJECTS)
_PAY_WORDS = frozenset(PAY_CUES)
_GIVE_WORDS = frozenset(GIVE_CUES)
_COST_WORDS = frozenset(COST_CUES)
# The people a weaker cue's sum may be paid to or by ("he got R12 million", "the family got two
# million kip"; not "the video got").
_PERSONS = frozenset(("i", "we", "he", "she", "you", *PERSONAL_OBJECTS, *RECEIVERS))
_WEIGHT = frozenset(WEIGHT_CUES)
_MINOR_UNITS = frozenset((*MINOR_UNITS, *minor_unit_names()))
_AFTER_BARE = frozenset(AFTER_BARE_SUM)
_LAKH = frozenset(LAKH_WORDS)
_LAKH_END = own_compiled(rf"\b(?:{_alternation(LAKH_WORDS)})$", regex.IGNORECASE)
_TOO_BIG = own_compiled(r"(?:[^\S\n]+|-)(?:billions?|bn|trillions?|millions)\b", regex.IGNORECASE)
_HAS_CURRENCY = own_compiled(rf"(?i:{_SIGN}|(?<!\p{{L}}){_WORD_CURRENCY}|{_SIGN_LETTERS}(?={_S}\p{{L}}))|{_CODE}")
_NUMBER_IN = own_compiled(rf"{_FIGURE}|{_SPOKEN}", regex.IGNORECASE)
_RATE_END = own_compiled(rf"(?:{_alternation(RATE_WORDS)})$", regex.IGNORECASE)
_POUNDS = own_compiled(r"\bpounds?\b", regex.IGNORECASE)
_OF = own_compiled(r"[^\S\n]+of\b", regex.IGNORECASE)
_YEAR = range(1900, 2100)
# How many words before a sum its clause is read for a public or a pay word.
_WINDOW = 8


def _clause_before(text: str, start: int) -> list[str]:
    """The lower-cased words of the clause before ``start``, at most ``_WINDOW``."""
    head = text[max(0, start - 120):start]
    ends = list(_CLAUSE_END.finditer(head))
    if ends:
        head = head[ends[-1].end():]
    return [w.lower() for w in _WORD.findall(head)][-_WINDOW:]


# Where a phrase of a clause ends: a comma besides the clause's own ends.
_PHRASE_END = own_compiled(r"[.!?;:,\n]")
_GOODS = frozenset(PRICED_GOODS)


def _public_words(text: str, start: int, words: list[str]) -> list[str]:
    """``words``, the clause before a sum, less the goods said before the sum's own phrase: a
    good's price is public when the sum is said of it ("bread costs two lari", "a litre of petrol
    is 300"), not when it is named in another phrase or cue before the sum ("half for the boat and
    the fuel, then a hundred and twenty dinars a trip for each of us"; "a kilo of kernels" | "the
    premium was forty thousand dirhams").  A sum said alone after the comma is said of what comes
    before it ("the price of bread went up, four thousand dinars a sack"): its clause is read whole."""
    head = max(0, start - 120)
    cut = max((m.end() for m in _PHRASE_END.finditer(text, head, start)), default=head)
    own = 0
    for word in reversed(list(_WORD.finditer(text, cut, start))):
        if joined_between(text, word.end(), start):
            break
        own += 1
    if not own:
        return words
    outside = len(words) - own
    return [w if i >= outside or w not in _GOODS else "" for i, w in enumerate(words)]


def _is_public(words: list[str]) -> bool:
    """A public word in the clause with no person named after it ("the company owes me" is
    personal, "the government spent" is not)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _PERSONAL:
            return False
        if words[i] in _PUBLIC:
            return True
    return False


# A sum a business offers, promises, gives or pays is handed to someone ("the firm offered
# HK$60,000 to keep quiet", "the mill gave the widow ninety pounds", "the agency promised Rs
# 250,000 to his parents"): a person's, when it has its currency and is under a million.  Not a
# state's ("the ministry gave 500,000 euros to each province"), a business's own figures ("its
# turnover was ..."), millions ("the firm paid 40 million euros").
_HANDED = frozenset("gave give gives given offered offer offers offering promised promise promises paid pay pays "
                    "sent send sends compensated".split())
_BUSINESSES = frozenset("company companies firm firms corporation corporations business businesses".split())
_HANDED_MOST = 1e6


def _handed_over(words: list[str]) -> bool:
    """A word of handing over after the clause's public word, a business ("the firm offered")."""
    handed = False
    for word in reversed(words):
        if word in _HANDED:
            handed = True
        elif word in _PUBLIC:
            return handed and word in _BUSINESSES
    return False


def spoken_value(said: str) -> float | None:
    """The value of a figure said in words or digits ("three hundred and fifty" -> 350, "one
    point five lakh" -> 150000, "four point two million" -> 4200000, "40k" -> 40000, "15 000" -> 15000, "forty, uh, forty thousand"
    -> 40000), words read by ``text2num``; None when it is not one number ("one two three",
    "twenty twenty")."""
    value = _one_number(said)
    if value is None and _FILLER_WORD.search(said):
        # a repeat after a filler ("forty, uh, forty thousand") is read as what follows it
        value = _one_number(_FILLER_WORD.split(said)[-1])
    return value


_FILLER_WORD = own_compiled(rf"\b{_FILLER}\b", regex.IGNORECASE)
_WRITTEN = own_compiled(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")


def _one_number(said: str) -> float | None:
    # a comma between digits is their own ("1,200", the decimal comma of "R$ 1,10", "12,50 zł"),
    # read by _words_number; elsewhere a pause ("forty, uh, forty thousand")
    words = [w for w in regex.split(r"(?:[\s-]|(?<!\d),|,(?!\d))+", said.lower().strip(" ,"))
             if w and not _FILLER_WORD.fullmatch(w)]
    inner = next((i for i, w in enumerate(words[:-1]) if w in _LAKH and i > 0), None)
    if inner is not None:
        return _lakh_and_rest(words[:inner + 1], words[inner + 1:])
    return _words_number(words)


def _words_number(words: list[str]) -> float | None:
    """The value of one number's words, its lakh, "k" or scale word last."""
    from text_to_num import alpha2digit

    scale = 1.0
    if words and words[-1] in _LAKH:
        scale = 1e5 if words.pop().startswith("la") else 1e7
    elif words and words[-1].endswith("k") and words[-1][:-1].replace(".", "").isdigit():
        words[-1], scale = words[-1][:-1], 1000.0
    elif len(words) > 1 and words[-1] in ("k", "thousand", "million") and (words[0][0].isdigit() or "point" in words):
        # "4.2 million", "40 thousand", and said aloud, "four point two million" (which text2num
        # reads as two numbers)
        scale = 1000.0 if words.pop() != "million" else 1e6
    if not words:
        return None
    if words[0][0].isdigit():
        figure = " ".join(words)
        if not _WRITTEN.fullmatch(figure):
            return None
        digits = regex.sub(r"[,.\u00a0\u202f ](?=\d{3}(?!\d))", "", figure).replace(",", ".")
        return float(digits) * scale
    if words[0] == "a":
        words[0] = "one"
    if "half" in words:
        return _with_a_half(words, scale)
    read = alpha2digit(" ".join(words), "en", threshold=0).split()
    if len(read) != 1 or not regex.fullmatch(r"\d+(?:\.\d+)?", read[0]):
        return None
    return float(read[0]) * scale


def _with_a_half(words: list[str], scale: float) -> float | None:
    """"one and a half million", "two and a half lakh" (its lakh taken off by the caller): the
    whole number and its half, times the scale."""
    at = len(words) - 4 if words[-1] != "half" else len(words) - 3
    if at < 1 or words[at:at + 3] != ["and", "a", "half"]:
        return None
    whole, unit = _words_number(words[:at]), _words_number(["one", *words[at + 3:]])
    return None if whole is None or unit is None else (whole + 0.5) * unit * scale


def _lakh_and_rest(head: list[str], rest: list[str]) -> float | None:
    """"one lakh twenty" (1,20,000: what follows a lakh under a hundred counts its thousands, as
    it is said in South Asia), "one lakh fifty thousand", "two crore fifty lakh"."""
    whole, tail = _one_number(" ".join(head)), _one_number(" ".join(rest))
    if whole is None or tail is None:
        return None
    if tail < 100 and rest[-1] not in _LAKH:
        tail *= 1000
    return whole + tail


class SpokenMoneyRecognizer(PatternRecognizer):
    """MONEY a person owes, earns or paid, typed or said; see the module docstring for the policy."""

    shipped_patterns = True  # written here, never a user's words: kept compiled per user (prefilter)

    def __init__(self, supported_language: str = "en") -> None:
        patterns = [unchecked_pattern(name, pattern, GENERAL_DATE_SCORE) for name, pattern in _PATTERNS]
        super().__init__(supported_entity="MONEY", name="SpokenMoneyRecognizer", patterns=patterns,
                         supported_language=supported_language,
                         global_regex_flags=re.IGNORECASE | re.MULTILINE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = [r for r in found if self._is_persons_sum(text, r.start, r.end)]
        kept = _longest([*kept, *self._shares_of_pay(text)])
        return _whole_sums(text, _longest([*kept, *(more for r in kept for more in _sums_said_after(text, r))]))

    def _shares_of_pay(self, text: str) -> list[RecognizerResult]:
        """The shares of a person's pay (``_SHARE_OF_PAY``) whose clause is no public one."""
        return [explained_result(self, "MONEY", m.start(), m.end(), GENERAL_DATE_SCORE, "a share of a person's pay")
                for m in _SHARE_OF_PAY.finditer(text) if not _is_public(_clause_before(text, m.start()))]

    @staticmethod
    def _is_persons_sum(text: str, start: int, end: int) -> bool:
        said = text[start:end]
        before = _clause_before(text, start)
        if _TOO_BIG.match(text, end) or _NOT_AFTER.match(text, end):
            return False
        currency = _currency_in(text, start, end)
        rate = _RATE_END.search(said)
        figure = _NUMBER_IN.search(said)
        value = spoken_value(figure.group()) if figure else None
        if value is None or value <= 0 or _said_of_other(currency, value):
            return False
        if _public_sum(_public_words(text, start, before), currency is not None, rate is not None, value):
            return False
        if "million" in said.lower() and not _pays_a_person(before):
            if _public_million(text, start, end):
                return False
            if currency is None:
                return _million_said_alone(text, start, end)
        if currency is not None:
            return not _is_weight(text, end, currency.group(), before)
        said_figure = figure.group() if figure else ""
        return (_is_bare_sum(text, end, before, value, rate is not None, said_figure)
                or _said_alone(text, start, end, value, said_figure)
                or _lakh_said_alone(text, end, said_figure, before)
                or _sale_price(text, start, end, value))


# A share of a person's pay is a sum of its own, as much as the sum is ("he takes ten percent of
# every wage", "twenty percent of the bonus", "15% of my salary", "a third of his winnings", "two
# thirds of the takings", "it's half the money", "half salary"); not a share of anything else ("ten
# percent of the trees", "a third of the village", "half the workers").
_SHARE_OF_PAY = own_compiled(
    rf"(?<![\w'’-])(?:{_AMOUNT}(?:[^\S\n]*%|{_S}per[^\S\n]*cent(?![\w'’-]))"
    rf"|(?:(?:a|one|two|three|four|{_FIRST})(?:{_S}|-))?(?:{_alternation(FRACTIONS)})(?![\w'’-]))"
    rf"(?:{_S}of)?(?:{_S}(?:{_alternation([*DETERMINERS, 'every', 'your', 'its'])}))?"
    rf"{_S}(?:{_alternation(SHARED_PAY_NOUNS)})(?![\w'’-])", regex.IGNORECASE)


# How far after a sum its sign is read on for what the sign needs after it ("Q40 for a quintal").
_SIGN_REACH = 60


def _currency_in(text: str, start: int, end: int) -> regex.Match | None:
    """The currency said in ``text[start:end]``, a sign read with what follows the span (a sign in
    capitals before two digits needs its rate after them: ``_CASED_FIGURE``)."""
    found = _HAS_CURRENCY.search(text[start:min(len(text), end + _SIGN_REACH)])
    return found if found is not None and found.end() <= end - start else None


def _said_of_other(currency: regex.Match | None, value: float) -> bool:
    """A figure under the least a currency's name that is an everyday noun too needs ("two
    crowns"), or one of money's least part, a way of saying nothing ("he has not refunded one
    pesewa", "not one kopek").  A figure said without its currency before a price's unit ("nine
    hundred a kilo", "eight thousand a kilo") is a sum like any other: the patterns already want a
    word of pay or of money before it, and a count says its noun ("nine hundred kilos a day")."""
    if currency is None:
        return False
    name = currency.group().lower()
    return value < EVERYDAY_CURRENCY_LEAST.get(name, 0) or (value <= 1 and name in _MINOR_UNITS)


def _public_sum(before: list[str], currency: bool, rate: bool, value: float) -> bool:
    """A public word in the clause before the sum makes it public, unless the sum has its
    currency, is under a million and is a wage, a rent or a stipend by its rate, whoever pays it
    ("the company takes $85 a week from every man", "the ministry pays twelve thousand dinars a
    month each"), or is handed over by a business (:func:`_handed_over`)."""
    if not _is_public(before):
        return False
    return not (currency and value < _HANDED_MOST and (rate or _handed_over(before)))


# How far before a figure in millions the words that say money is talked of are looked for: the
# sentence and the one or two before it (a question and its answer).
_MONEY_TALK_REACH = 250
_MONEY_TALK = frozenset(MONEY_TALK)


def _money_talked_of(text: str, start: int) -> bool:
    """Whether money is talked of just before ``start``: a currency said or typed, or a word of
    money ("and the cash?", "one withdrawal last week", "her ledger of sums")."""
    before = text[max(0, start - _MONEY_TALK_REACH):start]
    return (_HAS_CURRENCY.search(before) is not None
            or any(w.lower() in _MONEY_TALK for w in _WORD.findall(before)))


_SENTENCE_START = own_compiled(r"[.!?\n]")
# How far back a million's sentence is read for a public word.
_SENTENCE_REACH = 300


def _public_million(text: str, start: int, end: int) -> bool:
    """A million no one is said to be paid is public when its whole sentence before it has a
    public word ("the council then released EUR 10 million to the schools") or the word after it
    is one ("a EUR 300 million budget"); a person's is said among people ("the box held 53
    million pesos")."""
    head = text[max(0, start - _SENTENCE_REACH):start]
    stops = list(_SENTENCE_START.finditer(head))
    if stops:
        head = head[stops[-1].end():]
    after = _NEXT_WORD.match(text, end)
    return (any(w.lower() in _PUBLIC for w in _WORD.findall(head))
            or (after is not None and after.group(1).lower() in _PUBLIC))


def _million_said_alone(text: str, start: int, end: int) -> bool:
    """A figure in millions said without its currency is money where money is talked of just
    before it, and nothing after it says what it counts ("and the cash? twelve million ended up
    at the clinic", "one withdrawal last week: 4.5 million, under my signature"; not "the cash is
    spent, and 4.5 million residents are poor", "a million times")."""
    return _money_talked_of(text, start) and _counts_nothing(text, end)


def _counts_nothing(text: str, end: int) -> bool:
    """Nothing after a figure said alone says what it counts: no unit ("times", "people", "of")
    and no noun next ("4.5 million residents")."""
    if _COUNTED.match(text, end):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or ends_a_piece(text, end):
        # the next cue or segment's first word is no noun of this figure ("she says it's eleven
        # thousand four hundred" | "speaker_2 and the ...")
        return True
    word = after.group(1).lower()
    return word in _AFTER_BARE or word in stop_words() or "noun" not in parts_of_speech(word)


# Words of pay said just before a figure in thousands make it money as much as a word of money
# does ("what about your gratuity? not paid. thirty eight thousand they owe").
_PAY_TALK = frozenset((*MONEY_TALK, *PAY_CUES))


def _said_alone(text: str, start: int, end: int, value: float, figure: str) -> bool:
    """A figure in thousands, or in hundreds said in words, said without its currency is money
    where money or pay is talked of just before it and nothing after it says what it counts ("not
    paid. thirty eight thousand they owe", "Sixty-five thousand francs, plus his motivation, twenty
    thousand in cash", "and the helmet money? they want the sixty-five hundred back", "the grant
    money ... it should be five hundred"; not "forty thousand members", "in two thousand and
    five", "the 1,500 workers", "nineteen hundred", "the cash ... four hundred people"); the
    digits "400" stay, a count as often as a sum."""
    hundreds = _HUNDREDS.search(figure) is not None and not figure[:1].isdigit()
    if not (1000 <= value or (hundreds and value >= 100)) or value >= 1e6 or int(value) in _YEAR:
        return False
    if value < 1000 and _PLUS_BEFORE.search(text, max(0, start - 12), start):
        return False  # a dialling code's figure ("and then it's plus five hundred if you call from outside")
    before = text[max(0, start - _MONEY_TALK_REACH):start]
    talked_of = _HAS_CURRENCY.search(before) is not None or any(w.lower() in _PAY_TALK for w in _WORD.findall(before))
    return talked_of and _counts_nothing(text, end)


_PLUS_BEFORE = own_compiled(r"\bplus[^\S\n]+$", regex.IGNORECASE)
_SALE_BEFORE = own_compiled(rf"{_SALE}$", regex.IGNORECASE)
# How far before a figure a sale's verb and its "for" or "at" are read.
_SALE_REACH = 80


def _sale_price(text: str, start: int, end: int, value: float) -> bool:
    """A figure said without its currency after a sale's "for" or "at" (``_SALE``) is its price
    where money is talked of before it or it is a thousand or more or hundreds said in words, and
    nothing after it says what it counts ("Two baht a garland. She sells them to the hotel for
    forty-five.", "she sold it to him for five thousand", "they bought the calf for nine hundred"; not "sold it for two of us", "sold them for twenty years", "we sell at
    six" with no money said, "bought it in 1998 for 2000")."""
    if int(value) in _YEAR or not _SALE_BEFORE.search(text, max(0, start - _SALE_REACH), start):
        return False
    said = text[start:end]
    large = value >= 1000 or (_HUNDREDS.search(said) is not None and not said[:1].isdigit())
    return (large or _money_talked_of(text, start)) and _counts_nothing(text, end)


def _lakh_said_alone(text: str, end: int, figure: str, before: list[str]) -> bool:
    """A figure in lakhs or crores said without its currency is a sum where nothing after it says
    what it counts ("the law says ten lakh for each death", "he wants two lakh, no less"; not "ten
    lakh people", "two lakh of them"): South Asian English counts money in them far more than
    anything else, and a count says its noun.  What a thing costs is its price ("the new bridge
    cost two crore fifty lakh"), unless the cost is said of a person (``_has_pay_word``)."""
    priced = any(w in _COST_WORDS for w in before) and not _has_pay_word(before)
    return _LAKH_END.search(figure) is not None and not priced and _counts_nothing(text, end)


def _is_weight(text: str, end: int, currency: str, before: list[str]) -> bool:
    """Pounds that weigh ("i lost twenty pounds", "ten pounds of rice"), not pay."""
    return bool(_POUNDS.search(currency)) and (bool(_WEIGHT & set(before)) or _OF.match(text, end) is not None)


def _has_pay_word(before: list[str]) -> bool:
    """A word of pay in the clause, or a cost said of a person ("it cost me")."""
    return any(w in _PAY_WORDS or (w in _COST_WORDS and nxt in _PERSONAL)
               for w, nxt in zip(before, [*before[1:], ""]))


def _pays_a_person(before: list[str]) -> bool:
    """Whether a million is a person's: after a word of pay ("the fine was two million kip"), or
    a weaker one with a person in the clause ("i got two million kip", "he got R12 million"; not
    "those making more than EUR 40 million", "the video got a million views")."""
    return _has_pay_word(before) or (
        any(w in _GIVE_WORDS for w in before) and any(w in _PERSONS for w in before))


# A figure said in hundreds ("two hundred", "three hundred and fifty"): said after a weaker word
# of giving or taking with nothing after it that it counts, a sum as much as a thousand is ("he
# gave me two hundred to find his ball", "they still get three hundred."); the digits "200" stay
# as often a count of anything ("i got 200.").
_HUNDREDS = own_compiled(r"\bhundred\b", regex.IGNORECASE)


def _is_bare_sum(text: str, end: int, before: list[str], value: float, rate: bool, figure: str) -> bool:
    """A figure without a currency is a sum after a word of pay ("my salary was eight hundred",
    "i paid 300 for it", "it cost me twelve thousand") with hundreds in it or a rate after it,
    never a count ("paid 300 workers") or a year; after a weaker word ("got", "took", "spent")
    only with its "k" or "lakh" ("40k"), with a thousand or more ("he took fifteen thousand from
    me"), with hundreds and a rate ("they gave us 200 a day"), or with hundreds said in words ("he
    gave me two hundred to find it")."""
    if _COUNTED.match(text, end):
        return False
    if _bare_noun_after(text, end) and not rate:
        return False
    not_year = int(value) not in _YEAR or (_round_in_words(figure, value) and not set(before[-1:]) & _YEAR_BEFORE)
    if not _has_pay_word(before):
        marked = figure[-1:] in ("k", "K") or _LAKH_END.search(figure) is not None
        large = (value >= 1000 and not_year) or (value >= 100 and (rate or _HUNDREDS.search(figure) is not None))
        return (marked or large) and any(w in _GIVE_WORDS for w in before)
    return (value >= 100 and not_year) or rate


# The words right before a year ("cut in two thousand", "since two thousand").
_YEAR_BEFORE = frozenset("in since until till by from of year".split())


def _round_in_words(figure: str, value: float) -> bool:
    """A round figure said in words ("two thousand", "nineteen hundred"), after a word of pay a
    sum ("the families pay him two thousand"): a year said in words has its tens ("two thousand
    and five", "twenty nineteen") or a word of time before it (``_YEAR_BEFORE``: "my salary was
    cut in two thousand")."""
    return not figure[:1].isdigit() and value % 100 == 0


# How far after a sum with its currency a second figure of the same sum may follow, and in how
# many words; what must be said between (SAME_SUM_CUES) or a word of pay.
_SAME_SUM_REACH = 80
_SAME_SUM_WORDS = 8
_SAME_SUM = frozenset((*SAME_SUM_CUES, *PAY_CUES, *GIVE_CUES))
_SENTENCE_END = own_compiled(r"[.!?;](?!\d)|\n")
_LINE_END = own_compiled(r"\n")
# How many words before a figure in the sentence after a sum a word of pay or giving may stand.
_PAID_WORDS_BEFORE = 2


def _paid_in_next_sentence(text: str, after: int, start: int) -> bool:
    """A figure in the sentence after a sum, in the same turn, said right after a word of pay or
    giving ("250 birr a day and food. At the end he gave 180, and took money for water", "we
    agreed 400 dollars. he paid 350"): the sum said once serves both; not another speaker's."""
    words = [w.lower() for w in _WORD.findall(text, max(after, start - 40), start)][-_PAID_WORDS_BEFORE:]
    return bool(set(words) & (_PAY_WORDS | _GIVE_WORDS)) and not turn_between(text, after, start)


def _sums_said_after(text: str, first: RecognizerResult) -> list[RecognizerResult]:
    """The figures said without a currency right after a sum, in its sentence, of its size and
    after a word that makes them the same kind of sum: "900 birr, it should have been 1,100",
    "not 300 dollars but 450" (the currency said once serves both), "we get six hundred a
    chamber, if it's deep maybe eight hundred" (the pay said once serves both).  Not a count
    ("300 dollars for 12 people"), a year ("500 euros in 2019"), a figure a tenth of the first or
    less ("500 euros, 2 of them"), one said with nothing that joins it ("500 euros, room 450")."""
    said = text[first.start:first.end]
    figure = _NUMBER_IN.search(said)
    value = spoken_value(figure.group()) if figure else None
    if value is None:
        return []
    reach = min(len(text), first.end + _SAME_SUM_REACH)
    line = _LINE_END.search(text, first.end, reach)
    end = line.start() if line else reach
    stop = _SENTENCE_END.search(text, first.end, end)
    found: list[RecognizerResult] = []
    for match in _NUMBER_IN.finditer(text, first.end, end):
        other = spoken_value(match.group())
        if other is None or not value / 10 < other < value * 10 or int(other) in _YEAR:
            continue
        if stop is not None and match.start() > stop.start() and not _paid_in_next_sentence(text, first.end, match.start()):
            continue
        if _COUNTED.match(text, match.end()) or _bare_noun_after(text, match.end()) or _TOO_BIG.match(text, match.end()):
            continue
        between = {w.lower() for w in _WORD.findall(text, first.end, match.start())}
        if not between & _SAME_SUM or len(between) > _SAME_SUM_WORDS:
            continue
        found.append(RecognizerResult(first.entity_type, match.start(), match.end(), first.score,
                                      first.analysis_explanation, first.recognition_metadata))
    return found


# The parts of a sum said around the span its patterns find, read as one sum: a first figure of
# a range said with a comma before a scale ("forty, fifty million", "three, four million yen"), a
# qualifier of the currency's name ("francs CFA"), the hundredths said after the currency ("four
# euros thirty a kilo", "two dollars and ten cents").
_ONE_TO_99 = rf"(?:{_FIRST}|[1-9]\d?)"
_RANGE_BEFORE = own_compiled(rf"(?<![\w'’.,-])(?P<first>{_ONE_TO_99}),{_S}$", regex.IGNORECASE)
_LEADS_A_SCALE = own_compiled(rf"(?P<second>{_ONE_TO_99})(?:{_S}|-)(?:{_ONE_TO_99}(?:{_S}|-))?(?:hundred|thousand|million)\b",
                              regex.IGNORECASE)
_QUALIFIER = own_compiled(rf"{_S}(?:{'|'.join(CURRENCY_QUALIFIERS)})(?![\w'’-])", regex.IGNORECASE)
_ENDS_IN_CURRENCY = own_compiled(rf"(?:{_WORD_CURRENCY}|{_CODE})$", regex.IGNORECASE)
_HUNDREDTHS = own_compiled(
    rf"{_S}(?:and{_S}(?:{_ONE_TO_99}){_S}(?:{_alternation(MINOR_UNITS)})(?![\w'’-])"
    rf"|(?:{_ONE_TO_99})(?![\w'’-]|[.,:]\d)(?=[^\S\n]*(?:[.,;!?]|\n|$)|{_S}(?:a|an|per|the|each|every)(?![\w'’-])))",
    regex.IGNORECASE)


# A sum's rate by any unit, said after it at its clause's end: "a", "per", "the", "each" or "every"
# and one noun ("¥60,000 a show", "forty thousand per film", "€50 a dog.", "$180 the kilo", "ninety
# rupees every sack", "five euros each crate"), a price by weight or by the piece as much
# ("Thirty-one thousand som a kilo.", "four hundred zloty a set"), or whether tax is in it
# ("€1,400 gross").  A share's "each" the patterns took ("five euros each") may have its unit after
# it.  The rates of time are RATE_WORDS, read by the patterns.  (A figure said without its currency
# before a price's unit is no sum at all: ``_said_of_other``.)
_UNIT_RATE = own_compiled(r"(?:[^\S\n]+(?P<article>a|an|per|the|each|every)|(?<=\b(?:each|every)))[^\S\n]+(?P<unit>\p{L}+)"
                          r"(?![\w'’-])|[^\S\n]+(?:gross|net)(?![\w'’-])", regex.IGNORECASE)
# After a sum "the" says when as often as by what ("300 dollars the day before", "500 euros the week
# of the storm", "the night he left"): its unit is a rate's only at its clause's or its piece's end
# or before a word that goes on with the payment, not one that says when or where.
_AFTER_THE_UNIT = own_compiled(r"[^\S\n]*(?:[.,;:!?\"”)]|\n|$)|[^\S\n]+(?:and|to|for|from|each|cash|but|so|per"
                               r"|with|without|plus|minus)\b", regex.IGNORECASE)
# After a sum "the" and these say which time it was paid, not by what ("300 dollars the first time
# and 200 the second", "fifty the next", "the same"); ordinals are read by ``ordinal_value``.
_TIME_OF_TURN = frozenset(("next", "last", "other", "same", "following", "previous"))
# What may follow the rate in its clause: its end, or a word that goes on with the payment ("€50 a
# dog and I never see them again", "two hundred a game to each boy", "a night, in cash", "€30 a
# tyre without a receipt", "two lari a kilo of cones", "eighteen crowns a minute of talk time": the
# goods or the work it is the price of); or the end of its cue or segment, which the detectors
# read joined to the next by a space only.
_AFTER_UNIT_RATE = own_compiled(r"[^\S\n]*(?:[.,;:!?\"”)]|\n|$)|[^\S\n]+(?:and|to|for|from|each|in|on|of|cash|but|so|per"
                                r"|with|without|at|by|via|until|till|since|plus|minus)\b",
                                regex.IGNORECASE)
# Or a word that says where, when or how the payment is made, which the dictionary knows as an
# adverb or an adjective and never as a verb ("nine hundred a snake outside the quota", "forty
# euros a kilo upfront", "€300 a head extra", "thirty a bag later"); not a word that goes on
# with the unit's own clause ("500 dollars a lawyer told us", "a lawyer he knew").
_NOT_GOING_ON = frozenset("i you he she we they it who whom whose which that there this these those".split())
# Nouns said after "a" as a quantity, not a unit ("300 euros a few days later", "a lot").
_QUANTITY_NOUNS = frozenset("few lot bit couple while little half third dozen".split())


# A sum's rate by a count of anything or by a unit of trade, said after it with "for": "eleven
# rupees for a hundred frames", "forty thousand som for a thousand tasks", "Q40 for a quintal",
# "ninety rupees for every sack", "€2 for each bundle of reeds".  Not a count of time or people
# ("500 dollars for two days", "300 dollars for 12 people": _COUNTED), nor one thing bought ("300
# dollars for a lawyer").
_FOR_COUNT = own_compiled(rf"[^\S\n]+for{_S}(?:(?:every|each|one|per){_S})?(?:{_SPOKEN}|\d{{1,3}}(?:,\d{{3}})*)"
                          rf"(?=(?P<counted>{_S}(?P<noun>\p{{L}}+)(?![\w'’-])))", regex.IGNORECASE)
_FOR_UNIT = own_compiled(rf"[^\S\n]+for{_S}(?:a|an|one|every|each|per){_S}(?:{_alternation(TRADE_UNITS)})(?![\w'’-])",
                         regex.IGNORECASE)


def _for_rate_end(text: str, end: int) -> int:
    """The end of a sum with its rate said with "for" after ``end`` (``_FOR_COUNT``,
    ``_FOR_UNIT``), or ``end``."""
    unit = _FOR_UNIT.match(text, end)
    if unit is not None:
        return unit.end()
    count = _FOR_COUNT.match(text, end)
    if count is None or _COUNTED.match(text, count.end()) or "noun" not in parts_of_speech(count.group("noun").lower()):
        return end
    return count.end() + len(count.group("counted"))


_LONGEST_RATE = max(map(len, RATE_WORDS)) + 1


def _one_rate_end(text: str, end: int) -> int:
    """The end of a sum with its one rate: by a unit ("€50 a dog"), or said with "for" ("eleven
    rupees for a hundred frames") when no rate is said before ("eight hundred pesos a night" has
    its rate; "for three numbers" after it is what the night's pay is for)."""
    by_unit = _unit_rate_end(text, end)
    if by_unit != end or _RATE_END.search(text, max(0, end - _LONGEST_RATE), end) is not None:
        return by_unit
    return _for_rate_end(text, end)


def _unit_rate_end(text: str, end: int) -> int:
    """The end of a sum with its rate by a unit (``_UNIT_RATE``) said after ``end``: the unit one
    noun of the dictionary ("€300 a year", "$50 an hour" are RATE_WORDS, read by the patterns;
    "200 dollars a few" no rate), at its clause's or its piece's end or before a word that goes on
    with the payment (``_AFTER_UNIT_RATE``)."""
    match = _UNIT_RATE.match(text, end)
    if match is None:
        return end
    unit = (match.group("unit") or "").lower()
    if unit and not _is_unit(unit):
        return end
    if ends_a_piece(text, match.end()):
        return match.end()
    if (match.group("article") or "").lower() == "the":
        if ordinal_value(unit) is not None or unit in _TIME_OF_TURN:
            return end  # "200 dollars the second", "fifty the next": which time, not by what
        return match.end() if _AFTER_THE_UNIT.match(text, match.end()) else end
    if _AFTER_UNIT_RATE.match(text, match.end()) is None and not _says_how_paid(text, match.end()):
        return end
    return match.end()


def _is_unit(word: str) -> bool:
    """Whether a word said after "a", "per", "the", "each" or "every" after a sum may be what it is
    paid by: a noun of the dictionary ("a kilo", "the bunch", "a show"), not a quantity's ("a
    few"), or a word the dictionary does not know at all, a local measure's name ("five hundred
    shillings a pishi", "forty a debe", "a tola", "a gantang")."""
    if word in _QUANTITY_NOUNS:
        return False
    kinds = parts_of_speech(word)
    return "noun" in kinds or (not kinds and word not in stop_words())


def _says_how_paid(text: str, end: int) -> bool:
    """Whether the word after a rate's unit says where, when or how it is paid (an adverb or an
    adjective, never a verb: ``_NOT_GOING_ON``), or the state the goods are paid for in, an
    adjective its clause ends after even when it is a verb's participle too ("eight thousand a
    kilo dried.", "$95 a kilo dry and half of it goes back", "forty a sack shelled")."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).lower() in _NOT_GOING_ON:
        return False
    kinds = parts_of_speech(after.group(1).lower())
    if "adj" in kinds and _AFTER_UNIT_RATE.match(text, after.end()) is not None:
        return True
    return bool(kinds & {"adv", "adj"}) and "verb" not in kinds


def _whole_sums(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Each sum with the parts said around it (a range's first figure, the currency's qualifier,
    the hundredths, a rate by a unit), where no other sum is."""
    grown = []
    for r in results:
        start, end = r.start, r.end
        before, leads = _RANGE_BEFORE.search(text[max(0, start - 16):start]), _LEADS_A_SCALE.match(text, start)
        if before and leads and (spoken_value(before.group("first")) or 0) < (spoken_value(leads.group("second")) or 0):
            start -= len(before.group())
        if _ENDS_IN_CURRENCY.search(text, r.start, end):
            end = _grown(text, _grown(text, end, _QUALIFIER), _HUNDREDTHS)
        end = _one_rate_end(text, end)
        # a part that would cut into another sum stays out of this one
        if any(o is not r and (start < o.end <= r.start or r.end <= o.start < end < o.end) for o in results):
            start, end = r.start, r.end
        grown.append(RecognizerResult(r.entity_type, start, end, r.score, r.analysis_explanation,
                                      r.recognition_metadata))
    return _longest(grown)


def _grown(text: str, end: int, part: regex.Pattern[str]) -> int:
    match = part.match(text, end)
    return match.end() if match else end


def _bare_noun_after(text: str, end: int) -> bool:
    """A word after a bare figure that says it counts something ("1,600 workers"); not the first
    word of the next cue or segment, which the detectors read joined by a space only ("maybe
    eight hundred" ending its cue, "my name is ..." opening the next)."""
    if ends_a_piece(text, end):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() not in _AFTER_BARE


def _longest(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One result per sum: a span inside a longer one is dropped ("300" inside "300 euros")."""
    ordered = sorted(results, key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[RecognizerResult] = []
    for r in ordered:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    return kept
