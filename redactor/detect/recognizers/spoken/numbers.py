"""Phone numbers, ID numbers and plates said in words and digit groups ("oh six one two …")."""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect.joins import joined_between, turn_between
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.spoken.base import (
    AMOUNT_CUES,
    COMPOUND_TENS,
    LOST_SPEECH,
    TEENS,
    UNITS,
    Found,
    SpokenRecognizer,
    Tok,
    context_words,
    digits_key,
    names_a_phone,
    number_kind,
    number_value,
    word_pattern,
)

# ------------------------------------------------------------------------------------- numbers

# What a transcriber writes in round brackets where speech was lost ("(inaudible)"); square
# brackets hold only such notes, round ones also what was said ("(my cousin's)").
_NOISE = ("inaudible|unintelligible|indistinct|unclear|crosstalk|cross-talk|noise|static|pause"
          "|silence|laughs?|coughs?|beep|bleep|redacted|\\?+|\\.\\.\\.")

# A transcriber's note that speech was lost (not "[laughs]"): what was said next to it is a part.
_LOST = re.compile(rf"[\[(]\s*(?:{LOST_SPEECH}|static|\?+|\.\.\.)", re.IGNORECASE)

# Class letters of the number tokenizer:
#   d digit word  o "oh"  T teen or tens ("forty-eight")  g written digits  h "hundred"
#   M "double"/"triple"  + "plus"  p pause (comma, "dash")  s full stop or "then"  f filler or noise tag
#   c self-correction
#   n "and"  K amount word or written amount ("thousand", "10,000")  l single letter
#   w other word  . other punctuation
_NUMBER_PARTS = (
    ("amount", r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?:st|nd|rd|th|s|am|pm|k|m|km|kg|%)\b"),
    ("digits", r"\d+"),
    ("plus", r"\+|\bplus\b"),
    ("tens", COMPOUND_TENS),
    # "two-letter", "three-year-old": a number in a compound word counts nothing said aloud
    ("compound", r"\b[^\W\d_]+(?:-[^\W\d_]+)+"),
    ("teen", word_pattern(*TEENS)),
    ("digit", word_pattern(*UNITS, "zero", "nought")),
    ("oh", r"\b(?:oh|o)\b(?!['’])"),
    ("hundred", r"\bhundred\b"),
    ("thousand", word_pattern("thousand", "thousands", "million", "millions", "billion", "grand",
                        "percent", "per cent", "hundreds", "dozen", "point")),
    ("mult", word_pattern("double", "triple")),
    ("filler", r"\b(?:u+h+|u+m+|uhm|e+r+m*|a+h+|hmm+|mhm)\b|\byou\s+know\b"
               # a transcriber's note where a word was lost or drowned out ("[inaudible]",
               # "(crosstalk)", "[00:12:31]"): the number said on both sides of it is one
               rf"|\[[^\[\]\n]{{1,40}}\]|\((?:{_NOISE})\)"),
    ("correct", word_pattern("sorry", "no wait", "wait", "no", "i mean", "correction", "scratch that",
                       "let me start again", "let me repeat", "actually")),
    ("pause", r"[,;]|\.\.\.|…|\b(?:dash|hyphen)\b|-"),
    # a full stop a transcriber put between groups ("two nine one two. Three four …") or one
    # ending a sentence; "then" going on to the next group ("country code three seven one,
    # then two nine …") or to the next thing told: see SpokenNumberRecognizer._sentences
    ("stop", r"\.(?=\s)|\bthen\b"),
    ("and", r"\band\b"),
    ("letter", r"(?<![\w'’-])[^\W\d_](?![\w'’-])"),
    ("word", r"[^\W_]+(?:['’][^\W_]+)*"),
    ("punct", r"[^\s\w]|_"),
)
_NUMBER_FIXED = {"compound": "w", "amount": "K", "digits": "g", "plus": "+", "tens": "T", "teen": "T",
                 "digit": "d", "oh": "o", "hundred": "h", "thousand": "K", "mult": "M",
                 "filler": "f", "correct": "c", "pause": "p", "stop": "s", "and": "n", "letter": "l",
                 "word": "w", "punct": "."}
_NUMBER_UNIT = r"(?:M[dog]|dhn?[Td]|dh|[dogT])"
_NUMBER_GRAMMAR = rf"\+?p?{_NUMBER_UNIT}(?:[pfcs]*{_NUMBER_UNIT})*"
# After these words "one" is a pronoun ("the old one", "which one"), not the digit.
_PRONOUN_ONE_AFTER = frozenset("""
the that this old new other another which each every no first last second next only same
right wrong big small little good bad work office home private personal main real fake any
some favourite favorite mobile landline
""".split())
# Zero said as a word that is never an interjection or a letter ("oh" and "o" are).
_SAID_ZEROS = frozenset(("zero", "nought", "naught"))
_TIME_WORDS = frozenset("at around about by until till before after from since past".split())
_TIME_AFTER = frozenset("am pm o'clock o’clock oclock in".split())


@dataclass(frozen=True)
class _Unit:
    """One said number inside a run: its tokens, digits and kind ("d", "T", "g", "o", "h")."""

    first: int
    last: int
    digits: str
    kind: str
    group: int  # index of the pause-separated group it belongs to


class SpokenNumberRecognizer(SpokenRecognizer):
    """Phone numbers and ID numbers said in words and digit groups.

    "zero six one two, three four, five six seven eight", "oh", "double five", "triple two",
    "plus forty-eight", "twenty-two thirty-one", "0612 three four".  Fillers and
    self-corrections inside a number stay inside the one result ("six one, uh, sorry, six two"):
    the digits said after a correction replace as many digits said just before it.  A phone
    needs 7 to 15 digits; context words before the number make it an ID_NUMBER (account,
    passport, ID, card, badge … at 4 digits or more) or a VEHICLE_PLATE ("plate", 3 or more).
    Counts, years, amounts and times are not identifiers: "twenty people", "two thousand and
    fifteen", "three or four times", "ten thousand hryvnias", "at six thirty", "prices were nine
    ninety-nine, …".  A run too long for one number is cut at line breaks or where it repeats
    itself (a number said twice is two findings).  Numbers said
    next to spelled letters are left to :class:`SpelledOutRecognizer`; numbers typed entirely
    in digits to the typed-text phone detector.  ``redactor_key`` is the digit string (its last
    nine digits, as the grouping stage keys typed numbers).
    """

    ENTITIES = ("PHONE", "ID_NUMBER", "VEHICLE_PLATE")
    MIN_PHONE_DIGITS = 7
    MIN_PLUS_FRAGMENT = 5  # "plus" and this many digits said (a code and a group) are a phone's part
    MAX_PHONE_DIGITS = 15
    MAX_ID_DIGITS = 34  # the longest IBAN
    MAX_REPEAT_UNITS = 40  # a number said twice is short; longer runs are not searched for it
    MIN_ID_DIGITS = 4
    # Three digits said one by one after an ID cue are a number read out, not a count or an
    # amount ("the collar number was seven one four"; not "badge twenty five").
    MIN_ID_DIGITS_ONE_BY_ONE = 3
    # Digits said one by one with no cue: up to five (six or more may be a small country's whole
    # phone, which the dialling-code rules join to its code).
    MAX_ONE_BY_ONE = 5
    MIN_PLATE_DIGITS = 3
    # A phone's part said before a note that the rest was lost: four digits said one by one,
    # or five.
    MIN_PARTLY_HEARD = 4
    SCORE_PHONE = 0.55
    SCORE_PHONE_LONG = 0.65
    SCORE_CONTEXT_BONUS = 0.2
    SCORE_ID = 0.7
    SCORE_PLATE = 0.7
    SCORE_LED_BY_ZERO = 0.6
    CONTEXT_WINDOW = 8

    PARTS = _NUMBER_PARTS
    GRAMMAR = _NUMBER_GRAMMAR

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The findings of the text read with each speaker label that repeats the line above's
        left out ("Amina: my number is oh seven seven one" / "Amina: two three four five six" is
        one number said over two lines, as it is in a transcript without labels); a number
        found over such a label is reported as its parts on each side of it."""
        labels = repeated_speaker_labels(text)
        if not labels:
            return super().analyze(text, entities, nlp_artifacts)
        blanked = list(text)
        for start, end in labels:
            blanked[start:end] = " " * (end - start)
        return [part for result in super().analyze("".join(blanked), entities, nlp_artifacts)
                for part in _around(text, result, labels)]

    @staticmethod
    def _classify(group: str, start: int, end: int, text: str) -> Tok:
        return Tok(start, end, _NUMBER_FIXED[group], text)

    def _found(self, text: str, tokens: Sequence[Tok], m: re.Match[str]) -> Iterator[Found]:
        units = self._units(tokens, m.start(), m.end())
        asked = _asks_for_a_phone(context_words(tokens, m.start(), self.CONTEXT_WINDOW, "w"))
        for turn in [units] if asked else _turns(text, tokens, units):
            for part in self._sentences(tokens, turn, m.start()):
                yield from self._judge(text, tokens, part, m.start() if part[0] is units[0] else part[0].first)

    def _sentences(self, tokens: Sequence[Tok], units: list[_Unit], begin: int) -> list[list[_Unit]]:
        """The units of a run read over its full stops and "then"s as one number when a phone
        was asked for and its groups are said digit by digit ("my number is two nine one two.
        Three four five six", "country code three seven one, then two nine …"), else the units
        of each sentence ("he was fifty six. Forty two people died", "twenty, then thirty")."""
        stops = [i for i in range(units[0].first, units[-1].last) if tokens[i].cls == "s"]
        if not stops:
            return [units]
        if all(u.kind in "dogc" for u in units) and _asks_for_a_phone(
                context_words(tokens, begin, self.CONTEXT_WINDOW, "w")):
            return [units]
        parts: list[list[_Unit]] = [[]]
        for unit in units:
            if parts[-1] and any(parts[-1][-1].last < i < unit.first for i in stops):
                parts.append([])
            parts[-1].append(unit)
        return parts

    @staticmethod
    def _units(tokens: Sequence[Tok], begin: int, end: int) -> list[_Unit]:
        units: list[_Unit] = []
        group, mult, mult_at = 0, 1, -1
        for i in range(begin, end):
            tok = tokens[i]
            cls = tok.cls
            if cls == "M":
                mult, mult_at = (3 if tok.text.lower() == "triple" else 2), i
            elif cls in "doTg":
                value = number_value(tok.text)
                prev = units[-1] if units else None
                if prev is not None and prev.kind == "h" and prev.group == group and cls in "dT":
                    # "eight hundred (and) fifty" is 850, "eight hundred five" 805
                    merged = str(int(prev.digits) + int(value))
                    units[-1] = _Unit(prev.first, i, merged, "h", group)
                    continue
                first = mult_at if mult > 1 else i
                units.append(_Unit(first, i, value * mult, cls, group))
                mult, mult_at = 1, -1
            elif cls == "h" and units:
                prev = units[-1]
                units[-1] = _Unit(prev.first, i, str(int(prev.digits) * 100), "h", prev.group)
            elif cls in "pcs":
                group += 1
                if cls == "c":
                    units.append(_Unit(i, i, "", "c", group))
        return units

    def _judge(self, text: str, tokens: Sequence[Tok], units: list[_Unit], begin: int) -> Iterator[Found]:
        """Zero or more findings from the units of one run (a time at its head is cut off, a
        run too long for one number is split where a new line or a repetition starts)."""
        units = self._drop_stray_oh(tokens, units)
        said = [u for u in units if u.kind != "c"]
        if not said:
            return
        rest = self._after_leading_word(tokens, units, said, begin)
        if rest is not None:
            if rest:
                yield from self._judge(text, tokens, rest, rest[0].first)
            return
        if not self._may_be_identifier(tokens, said, begin):
            return
        digits = self._corrected_digits(units)
        kind = self._kind(tokens, begin, digits, said)
        after = self._token_after(tokens, said)
        if kind == "amount" or (after is not None and after.text.lower() in AMOUNT_CUES):
            return
        if len(digits) > (self.MAX_ID_DIGITS if kind in {"id", "plate"} else self.MAX_PHONE_DIGITS):
            parts = self._split(text, tokens, units)
            if len(parts) > 1:
                yield from _read_backs_keyed([found for part in parts for found in self._judge(
                    text, tokens, part, begin if part is parts[0] else part[0].first)])
            return
        plus = said[0].first > begin and tokens[begin].cls == "+"
        start = tokens[begin].start if plus else tokens[said[0].first].start
        found = self._classified(tokens, begin, kind, digits, plus, said)
        if found is not None:
            entity, score, key = found
            yield entity, start, tokens[said[-1].last].end, score, key

    def _kind(self, tokens: Sequence[Tok], begin: int, digits: str, said: Sequence[_Unit]) -> str:
        """What the words before the number say it is; a number too short for a phone, its
        digits said one by one after a "number" a word names that is no phone's, is an ID's ("my
        voter number is three one nine nine four"; not "call me on five five two one", "the
        number they wrote", "the number of people was ...")."""
        context = context_words(tokens, begin, self.CONTEXT_WINDOW, "w")
        kind = number_kind(context)
        if (kind == "phone" and self.MIN_ID_DIGITS <= len(digits) < self.MIN_PHONE_DIGITS
                and not names_a_phone(context) and all(len(u.digits) == 1 for u in said)
                and not self._looks_like_counting(said) and _named_number(context)):
            return "id"
        return kind

    def _finding(self, digits: str, kind: str, plus: bool,
                 said: Sequence[_Unit]) -> tuple[str, float, str] | None:
        """(entity type, score, key) of a number of ``digits`` said after a ``kind`` cue."""
        n = len(digits)
        if kind == "plate" and n >= self.MIN_PLATE_DIGITS:
            return "VEHICLE_PLATE", self.SCORE_PLATE, digits
        if kind == "id" and (n >= self.MIN_ID_DIGITS or (
                n >= self.MIN_ID_DIGITS_ONE_BY_ONE and all(len(u.digits) == 1 for u in said))):
            return "ID_NUMBER", self.SCORE_ID, digits_key(digits)
        if plus and self.MIN_PLUS_FRAGMENT <= n < self.MIN_PHONE_DIGITS:
            # "plus nine nine eight, um, ninety three" and the rest in the next cue: a country's
            # code and a group are a phone's start, as "+998 93" typed is
            return "PHONE", self.SCORE_PHONE, digits_key(digits)
        if not self.MIN_PHONE_DIGITS <= n <= self.MAX_PHONE_DIGITS:
            return None
        if not kind and not plus and self._looks_like_counting(said):
            return None
        score = self.SCORE_PHONE_LONG if n >= 9 else self.SCORE_PHONE
        if kind == "phone" or plus:
            score += self.SCORE_CONTEXT_BONUS
        return "PHONE", round(score, 2), digits_key(digits)

    def _partly_heard(self, tokens: Sequence[Tok], begin: int, digits: str,
                      said: Sequence[_Unit]) -> tuple[str, float, str] | None:
        """A phone's digits too few for one, where a transcriber's note says the rest was lost
        ("my number, uh, eight two, seven one four, um, [inaudible]"): what was heard of it is
        still the source's phone, after words that ask for one (not "the number of people")."""
        if not self.MIN_PARTLY_HEARD <= len(digits) < self.MIN_PHONE_DIGITS or self._looks_like_counting(said):
            return None
        if len(digits) < self.MIN_PARTLY_HEARD + 1 and not all(len(u.digits) == 1 for u in said):
            return None  # "forty two [inaudible]": a count or a year more likely than a phone's part
        last = said[-1].last + 1
        while last < len(tokens) and tokens[last].cls in "pf" and not _LOST.match(tokens[last].text):
            last += 1
        lost = any(_LOST.match(t.text) for t in tokens[said[0].first:last + 1] if t.cls == "f")
        if not lost or not _asks_for_a_phone(context_words(tokens, begin, self.CONTEXT_WINDOW, "w")):
            return None
        return "PHONE", self.SCORE_PHONE, digits_key(digits)

    def _classified(self, tokens: Sequence[Tok], begin: int, kind: str, digits: str, plus: bool,
                    said: Sequence[_Unit]) -> tuple[str, float, str] | None:
        """(entity type, score, key) of the number, or None when it is none of a source's."""
        return (self._finding(digits, kind, plus, said) or self._partly_heard(tokens, begin, digits, said)
                or self._phone_part(tokens, begin, digits, said)
                or self._led_by_zero(tokens, begin, kind, digits, said)
                or self._one_by_one(tokens, begin, kind, digits, said))

    def _phone_part(self, tokens: Sequence[Tok], begin: int, digits: str,
                    said: Sequence[_Unit]) -> tuple[str, float, str] | None:
        """A phone's end or start said alone, digit by digit, after a word of a part and a word
        that names a phone ("the old phone ending zero six one", "my mobile ends in four four
        one", "her number starts with oh seven seven", "his cell, the last digits are two two
        nine"), or before the words of its end ("my mobile, ... and it's nine eight seven at the
        end"): the rest was said before, or is withheld, and what is said is still the source's
        phone.  Three to six digits said one by one in a row (:func:`_said_one_by_one`), not
        counting ("ends with one two three")."""
        if not self.MIN_ID_DIGITS_ONE_BY_ONE <= len(digits) < self.MIN_PHONE_DIGITS or not _said_one_by_one(
                tokens, said) or self._looks_like_counting(said):
            return None
        context = context_words(tokens, begin, self.CONTEXT_WINDOW, "w")
        if not (_NUMBERS_PART.search(" ".join(reversed(context[:5])))
                or _words_after(tokens, said[-1].last + 1).startswith(_NUMBERS_END_AFTER)) \
                or not _asks_for_a_phone(context):
            return None
        return "PHONE", self.SCORE_PHONE, digits_key(digits)

    def _led_by_zero(self, tokens: Sequence[Tok], begin: int, kind: str, digits: str,
                     said: Sequence[_Unit]) -> tuple[str, float, str] | None:
        """A short number read out digit by digit that starts with "zero" ("the seal says zero
        zero four four one", "my number on the machine is zero seven one", "the case is zero
        zero zero four"): no count, amount, year or time is said with a leading zero, so three
        to six such digits are an identifier, whatever word named it (the design gold marks
        such runs nearly always); not "oh" (an interjection as often), not two digits ("zero
        seven" is a time or a score), not zeros alone ("zero, zero, zero": nothing) nor counting
        ("zero, one, two"), nor after words that name a phone or its code ("with the area code
        zero four four first": a phone's piece, left to the phone rules), nor over a note or a
        filler ("zero six nine three (crosstalk) two two": pieces, left to the rules of pieces)."""
        if (kind in {"plate", "id"} or not self.MIN_ID_DIGITS_ONE_BY_ONE <= len(digits) < self.MIN_PHONE_DIGITS
                or tokens[said[0].first].text.lower() not in _SAID_ZEROS
                or not all(len(u.digits) == 1 and u.kind == "d" for u in said) or not digits.strip("0")
                or self._looks_like_counting(said) or any(t.cls in "fc" for t in tokens[said[0].first:said[-1].last])):
            return None
        context = context_words(tokens, begin, self.CONTEXT_WINDOW, "w")
        if names_a_phone(context) or _DIALLING_CODE.search(" ".join(reversed(context))):
            return None
        return "ID_NUMBER", self.SCORE_LED_BY_ZERO, digits_key(digits)

    def _one_by_one(self, tokens: Sequence[Tok], begin: int, kind: str, digits: str,
                    said: Sequence[_Unit]) -> tuple[str, float, str] | None:
        """Three to five digits said one by one in a row with no word naming them ("number one
        four seven [inaudible]", "it ends six six zero one.", "the seal says four two double
        seven"): nobody says a count, a sum, a year or a time digit by digit, so such a run is a
        number read out (the design gold of 24 sets marks all 242 such runs of three to five digit
        words, as a phone's or an ID's).  Not counting ("one two three", "three two one"), zeros
        alone, an emergency number ("i called one one two"), a run starting with "oh" (an
        interjection as often), after "a" ("a four four two": a formation's name), groups said
        apart or over a note or a filler (a phone's pieces), nor one that counts what follows it
        ("five five six tickets", "... of them") or after a verb of how many ("we had ...", "the
        number of people was ..."); words that name a phone or a dialling code before it or after
        it leave it to the phone rules (pieces, codes said apart: one key with their number)."""
        if (kind in {"plate", "id", "amount"} or not self.MIN_ID_DIGITS_ONE_BY_ONE <= len(digits) <= self.MAX_ONE_BY_ONE
                or not _read_out(tokens, said, digits) or self._counted_or_dialled(tokens, said, begin)
                or _piece_of_a_longer_number(self._digit_runs(tokens), said, digits)):
            return None
        return "ID_NUMBER", self.SCORE_LED_BY_ZERO, digits_key(digits)

    def _digit_runs(self, tokens: Sequence[Tok]) -> _DigitRuns:
        """The runs of digits of the text being read (``_digit_runs``), made once for its tokens
        (each of its runs read out asks; one tuple swapped whole, so a thread sees one text's)."""
        seen, runs = self._runs_of
        if seen is not tokens or runs is None:
            runs = _digit_runs(tokens)
            self._runs_of = (tokens, runs)
        return runs

    _runs_of: tuple[Sequence[Tok] | None, _DigitRuns | None] = (None, None)

    def _counted_or_dialled(self, tokens: Sequence[Tok], said: Sequence[_Unit], begin: int) -> bool:
        """Whether the words around a run of digits say it counts something ("five five six
        tickets", "... of them", "we had ...", "the number of people was ...") or is a phone's piece
        or its country's code (left to the phone rules, which key it with its number)."""
        after = self._token_after(tokens, said)
        if after is not None and after.cls == "w" and (_counted_after(after.text) or after.text.lower() == "of"):
            return True
        context = context_words(tokens, begin, self.CONTEXT_WINDOW, "w")
        return (names_a_phone(context) or _asks_for_a_phone(context)
                or bool(_DIALLING_NEAR.search(" ".join(reversed(context[:4]))))
                or _dialling_after(tokens, said[-1].last + 1) or "of" in context[:4]
                or (bool(context) and context[0] in _HOW_MANY))

    @staticmethod
    def _token_after(tokens: Sequence[Tok], said: Sequence[_Unit]) -> Tok | None:
        return tokens[said[-1].last + 1] if said[-1].last + 1 < len(tokens) else None

    def _after_leading_word(self, tokens: Sequence[Tok], units: list[_Unit], said: list[_Unit],
                            begin: int) -> list[_Unit] | None:
        """The units left to judge when the run starts with a word that is not part of a
        number (a pronoun "one", a time), or None when it does not."""
        if (len(said) > 1 and tokens[said[0].first].text.lower() == "one" and said[0].first > 0
                and tokens[said[0].first - 1].text.lower() in _PRONOUN_ONE_AFTER):
            # "the old one, oh seven seven …": that "one" is a pronoun, not a digit.
            return units[units.index(said[0]) + 1:]
        before = tokens[begin - 1].text.lower() if begin > 0 else ""
        if before in _TIME_WORDS and self._is_time(said):
            # "at six thirty, …": the time is not part of a number; judge what follows it.
            rest = [u for u in units if u.first > said[1].last]
            return rest[1:] if rest and rest[0].kind == "c" else rest
        return None

    def _may_be_identifier(self, tokens: Sequence[Tok], said: Sequence[_Unit], begin: int) -> bool:
        """False for a time ("six o'clock"), digits next to spelled letters (a code for
        :class:`SpelledOutRecognizer`) and numbers typed only in digits, unless "plus" was said
        before them ("plus 381 64 218 7730": the typed-phone detector reads only "+", and
        without it the digit groups parse as no region's number) or their groups are typed
        apart as no typed number is, after a word that asks for a phone (see
        :meth:`_typed_apart`)."""
        after = self._token_after(tokens, said)
        if after is not None and after.text.lower() in _TIME_AFTER - {"in"} and len(said) <= 2:
            return False
        start_index = said[0].first
        # Next to a spelled letter the digits are part of a code ("k a seven seven …").
        for neighbour in (tokens[start_index - 1] if start_index > 0 else None, after):
            if neighbour is not None and neighbour.cls == "l" and neighbour.text.lower() not in {"a", "i"}:
                return False
        if tokens[begin].text.lower() == "plus" or not all(u.kind == "g" for u in said):
            return True
        return self._typed_apart(tokens, said) and _asks_for_a_phone(
            context_words(tokens, begin, self.CONTEXT_WINDOW, "w"))

    @staticmethod
    def _typed_apart(tokens: Sequence[Tok], said: Sequence[_Unit]) -> bool:
        """Whether digit groups are typed apart by what no typed-number rule reads across: a
        comma or a full stop a transcriber put between them ("07700, 900, 123"), a filler or a noise tag
        ("0612 [inaudible] 678"), "double" ("07 double 7 123 456"); and none is a year."""
        if all(len(u.digits) == 4 and u.digits[:2] in {"19", "20"} for u in said):
            return False
        between = tokens[said[0].first:said[-1].last + 1]
        return any(t.cls in "fcMs" or (t.cls == "p" and t.text in ",;") for t in between)

    def _split(self, text: str, tokens: Sequence[Tok], units: Sequence[_Unit]) -> list[list[_Unit]]:
        """A run too long for one number, cut where another number starts: at each line break
        (a caption line each), full stop or join of two cues or segments (each piece is judged
        on its own), else where the rest repeats what came before ("… twelve, zero nine three …
        twelve") or reads it back with a code before it or without it ("five five one oh eight
        thirty four, ninety three five five one oh eight thirty four").  One part when none."""
        parts: list[list[_Unit]] = [[units[0]]]
        for prev, unit in zip(units, units[1:]):
            start, end = tokens[prev.last].end, tokens[unit.first].start
            gap = text[start:end]
            if ("\n" in gap or "." in gap or joined_between(text, start, end)) and unit.kind != "c":
                parts.append([])
            parts[-1].append(unit)
        if len(parts) > 1 or len(units) > self.MAX_REPEAT_UNITS:
            return parts
        for k in range(1, len(units)):
            if units[k].kind != "c" and self._repeats(self._corrected_digits(units[:k]),
                                                     self._corrected_digits(units[k:])):
                return [list(units[:k]), list(units[k:])]
        return parts

    def _repeats(self, first: str, second: str) -> bool:
        """Whether ``second`` says ``first`` again: the same digits, or a phone's digits with
        a code before them or without it (a number read back)."""
        short, long = sorted((first, second), key=len)
        return short == long or (len(short) >= self.MIN_PHONE_DIGITS and long.endswith(short))

    @staticmethod
    def _drop_stray_oh(tokens: Sequence[Tok], units: list[_Unit]) -> list[_Unit]:
        # "oh, six one two …": an "oh" cut off from the number by a pause is an interjection.
        units = list(units)
        while len(units) > 1 and units[0].kind == "o" and units[1].group != units[0].group:
            units.pop(0)
        while len(units) > 1 and units[-1].kind == "o" and units[-2].group != units[-1].group:
            units.pop()
        return units

    @staticmethod
    def _is_time(said: Sequence[_Unit]) -> bool:
        if len(said) < 2:
            return False
        hour, minutes = said[0], said[1]
        return (hour.kind in "dT" and 1 <= int(hour.digits) <= 12 and hour.group == minutes.group
                and ((minutes.kind == "T" and 10 <= int(minutes.digits) <= 59)
                     or (minutes.kind == "o" and len(said) > 2)))

    @staticmethod
    def _corrected_digits(units: Sequence[_Unit]) -> str:
        """The digits meant: a repair after "sorry" replaces as many digits said before it."""
        digits = ""
        cut = -1
        repair_group = -1
        for u in units:
            if u.kind == "c":
                cut, repair_group = len(digits), -1
                continue
            if cut >= 0 and repair_group < 0:
                repair_group = u.group
            if cut >= 0 and u.group != repair_group:
                digits = _apply_repair(digits, cut)
                cut = -1
            digits += u.digits
        if cut >= 0:
            digits = _apply_repair(digits, cut)
        return digits

    @staticmethod
    def _looks_like_counting(said: Sequence[_Unit]) -> bool:
        """Counting ("one, two, three …", "twenty, thirty, forty …") and runs of years."""
        values = [int(u.digits) for u in said if u.kind != "g"]
        if len(values) == len(said) and len(values) >= 3:
            steps = {b - a for a, b in zip(values, values[1:])}
            if len(steps) == 1 and steps != {0}:
                return True
        if all(u.kind == "T" for u in said):
            if all(int(u.digits) % 10 == 0 or int(u.digits) < 20 for u in said):
                return True
            pairs = list(zip(said[::2], said[1::2]))
            if len(said) % 2 == 0 and all(int(a.digits) in {19, 20} for a, _ in pairs):
                return True  # "twenty twenty-two, twenty twenty-three"
        return False


def _read_out(tokens: Sequence[Tok], said: Sequence[_Unit], digits: str) -> bool:
    """Whether a run is digits read out one by one in a row: single digits ("double seven" as
    one), the first no "oh", no zeros alone, no emergency number, no counting by one, no note,
    filler, pause or correction inside, not after "a" ("a four four two": a formation's name)."""
    first = said[0].first
    return (said[0].kind == "d" and _said_one_by_one(tokens, said)
            and bool(digits.strip("0")) and digits not in _EMERGENCY_NUMBERS and not _counted_aloud(digits)
            and not (first > 0 and tokens[first - 1].text.lower() in {"a", "an"}))


def _said_one_by_one(tokens: Sequence[Tok], said: Sequence[_Unit]) -> bool:
    """Whether a run is single digits said in a row ("oh" and "double seven" too), with no note,
    filler, pause or correction between them."""
    return (all(u.kind in "do" and len(set(u.digits)) == 1 for u in said)
            and not any(t.cls in "fcps" for t in tokens[said[0].first:said[-1].last]))


# Words that say the digits after them are a part of a number said whole elsewhere: its end or its
# start ("ending in", "ends with", "starts", "begins with", "the last three digits are").
_NUMBERS_PART = re.compile(
    r"\b(?:end(?:s|ing|ed)?|start(?:s|ing|ed)?|begin(?:s|ning)?|began|finish(?:es|ing)?)"
    r"(?: (?:in|with|on|by))?(?: (?:is|was))?$"
    r"|\b(?:last|first|final|end|start) (?:\w+ )?(?:digits?|numbers|figures)(?: (?:are|were|is|was))?$")


# Words after digits that say they end a number said whole elsewhere ("... nine eight seven at the end").
_NUMBERS_END_AFTER = ("at the end", "on the end", "at the very end", "on the very end")


def _piece_of_a_longer_number(runs: _DigitRuns, said: Sequence[_Unit], digits: str) -> bool:
    """Whether a run of digits read out is a piece of a longer number said in the text: digits
    said right before or after it over a comma, a full stop, a pause or a note ("five nine one
    four. zero six nine three, two two, ...", "... three four five six. two three zero for
    mauritius": a phone's group, its country's code), or a number of six digits or more said
    elsewhere holds its digits ("zero seven one one, four four eight, two nine one" ... "two nine
    one.": a group read back).  Those are left to the phone rules, which key each piece with its
    number."""
    n = bisect.bisect_right(runs.starts, said[0].first) - 1
    if n >= 0 and said[-1].last <= runs.runs[n][1] and len(runs.runs[n][2]) > len(digits):
        return True
    return digits in runs.held


# A number of this many digits said one by one is a phone's or an account's, long enough to hold
# another number's group.
_LONG_NUMBER = 6
# Between the digits of one number read out: a comma, a dash, a full stop, "then", a filler, a
# note, a correction.
_BETWEEN_DIGITS = frozenset("psfc.")


@dataclass(frozen=True)
class _DigitRuns:
    """A text's runs of digits said one by one: (first token, last token, digits) in order, their
    first tokens, and every group of three to five digits that a run of six or more holds."""

    runs: list[tuple[int, int, str]]
    starts: list[int]
    held: frozenset[str]


def _digit_runs(tokens: Sequence[Tok]) -> _DigitRuns:
    """The runs of digits said one by one in ``tokens`` ("oh" and "double"/"triple" too), over
    what may come between the groups of one number."""
    runs: list[tuple[int, int, str]] = []
    start, digits, times = -1, "", 1
    for i, tok in enumerate(tokens):
        if tok.cls in "do" and len(value := number_value(tok.text)) == 1:
            start = i if start < 0 else start
            digits, times = digits + value * times, 1
            continue
        if tok.cls == "M":
            times = 3 if tok.text.lower() == "triple" else 2
            continue
        if tok.cls in _BETWEEN_DIGITS and digits:
            continue
        if digits:
            runs.append((start, _last_digit(tokens, i), digits))
        start, digits, times = -1, "", 1
    if digits:
        runs.append((start, _last_digit(tokens, len(tokens)), digits))
    held = frozenset(run[k:k + size] for _, _, run in runs if len(run) >= _LONG_NUMBER
                     for size in range(3, _LONG_NUMBER) for k in range(len(run) - size + 1))
    return _DigitRuns(runs, [first for first, _, _ in runs], held)


def _last_digit(tokens: Sequence[Tok], before: int) -> int:
    """The index of the last digit token before ``before``."""
    i = before - 1
    while i >= 0 and tokens[i].cls not in "do":
        i -= 1
    return i



# Numbers said to reach the police, an ambulance or a helpline, in most countries: no one's own.
_EMERGENCY_NUMBERS = frozenset("112 911 999 000 100 101 102 108 110 111 112 117 118 119 122 190 193 199".split())
# Words after a number that is a word of the clause, not a noun it counts ("six six zero one is mine").
_NOT_COUNTED = frozenset("is was has says its it's it’s this".split())


# Words said with a country's dialling code before it ("with", "plus", "code", "from abroad it
# needs ...") or after it ("in front", "before", "first", "from outside").
_DIALLING_NEAR = re.compile(r"\b(?:with|plus|code|prefix|dial(?:l?ing)?|abroad|outside)\b")
_DIALLING_AFTER = ("in front", "before", "first", "from abroad", "from outside", "at the front", "at the start")


# Verbs whose object is how many ("we had four four one two", "they sold ...").
_HOW_MANY = frozenset("had have has counted count were are made sold bought got paid".split())


def _dialling_after(tokens: Sequence[Tok], at: int) -> bool:
    """Whether the words from ``at`` on say the digits before them are a dialling code."""
    return _words_after(tokens, at, 2).startswith(_DIALLING_AFTER)


def _words_after(tokens: Sequence[Tok], at: int, count: int = 3) -> str:
    """The words (and "and"s) among the ``count`` tokens from ``at`` on, lower-cased, one space apart."""
    return " ".join(t.text.lower() for t in tokens[at:at + count] if t.cls in "wn")


def _counted_aloud(digits: str) -> bool:
    """Counting up or down by one ("one two three", "three two one"), or by any step over four
    digits or more ("two four six eight"); three digits a step apart other than one are a
    number read out as often ("one four seven")."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
    return len(steps) == 1 and (steps <= {1, -1} or (len(digits) > 3 and steps != {0}))


def _counted_after(word: str) -> bool:
    """Whether ``word`` after a run of digits is a plural noun the run counts ("five five six
    tickets"), not a verb or a pronoun that goes on with the clause."""
    lower = word.lower()
    return word.islower() and len(lower) > 3 and lower.endswith("s") and lower not in _NOT_COUNTED


def _read_backs_keyed(found: list[Found]) -> Iterator[Found]:
    """The phones of a run's parts, a number read back with its code or without it keyed as
    the longer copy ("five five one oh eight three four" and "ninety three five five one oh
    eight three four" are one number)."""
    keys = [key for entity, *_, key in found if entity == "PHONE"]
    for entity, start, end, score, key in found:
        if entity == "PHONE":
            key = max((k for k in keys if k.endswith(key)), key=len, default=key)
        yield entity, start, end, score, key


def _turns(text: str, tokens: Sequence[Tok], units: list[_Unit]) -> list[list[_Unit]]:
    """The units of a run, cut where another speaker's cue or segment starts (each speaker's
    numbers are theirs: "We had four four one two" | "five five six seven eight of them"); a
    number asked for is not cut (the transcriber may give a dictated number's end to another
    voice)."""
    parts: list[list[_Unit]] = [[units[0]]]
    for prev, unit in zip(units, units[1:]):
        if turn_between(text, tokens[prev.last].end, tokens[unit.first].start):
            parts.append([])
        parts[-1].append(unit)
    return parts


_NOT_A_NAMING_WORD = frozenset("the a an this that my his her your their our its of same new old phone".split())


def _named_number(context: Sequence[str]) -> bool:
    """Whether the nearest "number" before the digits has a word before it that says which
    ("voter number", "roll number"), and is no count ("the number of people")."""
    for i, word in enumerate(context):
        if word in ("number", "numbers"):
            before = context[i + 1] if i + 1 < len(context) else ""
            after = context[i - 1] if i > 0 else ""
            return bool(before) and before not in _NOT_A_NAMING_WORD and after != "of"
    return False


# Words before "number" or "line" that make it someone's phone ("my number is …", "her direct
# line"), not a count ("the number of …") or a list's figures.
_WHOSE = frozenset("my his her your their our whose new old mobile phone cell direct private".split())
_OWN_NUMBER = frozenset("number numbers number's number’s line".split())
_PERSONS = frozenset("me him her them us".split())
_REACH = frozenset("get contact catch".split())
_DIALLING_CODE = re.compile(r"\b(?:country|area|dialling|dialing|city)\s+code\b")


def _asks_for_a_phone(context: Sequence[str]) -> bool:
    """Whether the words before a number ask for a phone: a word that names one ("call",
    "mobile"), "number" or "line" said of someone ("my number is", "her new number", "my
    direct line"), a dialling code ("country code …"), or someone to be reached "on" or "at" it ("you can get me on …", not "we met
    them at …")."""
    if names_a_phone(context) or _DIALLING_CODE.search(" ".join(reversed(context))) or (len(context) > 2 and context[0] in ("on", "at") and context[1] in _PERSONS
                                  and context[2] in _REACH):
        return True
    return any(word in _OWN_NUMBER and i + 1 < len(context) and context[i + 1] in _WHOSE
               for i, word in enumerate(context))


# A speaker label opening a line of a transcript ("Amina:", "SPEAKER_01:", "Q:").
_SPEAKER_LABEL = own_compiled(r"[^\S\n]*([\p{L}][\p{L}\d _.'’-]{0,30}?)[^\S\n]*:(?=[^\S\n])")


def repeated_speaker_labels(text: str) -> list[tuple[int, int]]:
    """The spans of the speaker labels that repeat the label of the line before (blank lines
    between them skipped): the same speaker going on."""
    found: list[tuple[int, int]] = []
    previous = None
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            m = _SPEAKER_LABEL.match(line)
            label = m.group(1).casefold() if m else None
            if m and label == previous:
                found.append((pos, pos + m.end()))
            previous = label
        pos += len(line) + 1
    return found


def _around(text: str, result: RecognizerResult, labels: Sequence[tuple[int, int]]) -> Iterator[RecognizerResult]:
    """``result`` cut around the labels inside it, each part without the spaces at its ends
    (nor a comma at its end)."""
    start = result.start
    for label_start, label_end in labels:
        if result.start < label_start and label_end < result.end:
            yield from _part(text, result, start, label_start)
            start = label_end
    yield from _part(text, result, start, result.end)


def _part(text: str, result: RecognizerResult, start: int, end: int) -> Iterator[RecognizerResult]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    if start < end:
        part = copy.copy(result)
        part.start, part.end = start, end
        yield part


def _apply_repair(digits: str, cut: int) -> str:
    repair = len(digits) - cut
    keep = max(0, cut - repair)
    return digits[:keep] + digits[cut:]
