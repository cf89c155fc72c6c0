"""A number's piece said at the start of the next cue or segment, after the one that began it.

A source dictates a phone, an ID or a case number in pieces and the subtitle cues or the
speech-to-text segments cut it where the speaker paused: "my Tigo is 655" | "2871. The other one
I don't use.", "it is Vodacom. 82 41" | "77 30. If it is off, call my aunt.", a cue that ends "four
four one" and, after a cue "[inaudible] sorry" or "you broke up there", a cue "nine two only
signal", a case number "forty one slash (crosstalk)" | "oh three slash twenty twenty three", and
the code's start said after it ("and seven seven two before it").  The detectors read the pieces
joined by a space, but a piece's figures alone are too few for any number rule, so one of the
pieces is missed.  Here, after detection, a piece that is only figures (digits, number words, a
slash or a dash going on) at the start of a cue, right after a cue that ends with a found phone or
ID, is that number's rest, found as the same entity (one key for both); one that ends a cue right
before a cue that opens with the number is its start; and a cue that ends in figures after a
phone's word or a telephone operator's name ("the number is", "my Tigo is") and the next cue's
figures are one phone when together they are as long as one.

Not a number's rest: what the next cue says after a new question, figures followed by a word
("two hours later", "eleven of us", "at six thirty"), a time ("six thirty."), a year alone
("2019.", "twenty nineteen."), another speaker's figures.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Callable, Sequence

import phonenumbers
import regex

from redactor.detect.joins import FIGURE_WORDS, FRAME_CHARS, LABEL_NAME, NUMBER_FRAME, number_part
from redactor.detect.prefilter import own_compiled
from redactor.entities.group import value_key
from redactor.lexicon import longest_first
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FILLERS, mobile_operators
from redactor.lexicon.numbers import FIGURE_VALUES, PIECED_NUMBERS, TEENS, TENS, UNITS, said_digits
from redactor.model import Mention

DETECTOR = "CueContinuation"
_NUMBERS = frozenset({"PHONE", "ID_NUMBER"})
_SCORE = 0.6
# What a figure alone is guessed to be by the language model: a number's piece is none of them.
_GUESSED = frozenset({"DATE", "DURATION", "TIME", "CARDINAL", "QUANTITY", "UNKNOWN_ID", "COUNT"})
# One said or typed figure: "0612", "seven", "forty-four", "double".
_FIGURE = rf"(?:\d+|(?<![^\W\d_])(?:{FIGURE_WORDS})(?:-(?:{'|'.join(UNITS)}))?(?![^\W\d_]))"
_LINK = r"(?:[^\S\n]*(?:[-/,]|(?<![^\W\d_])(?:slash|dash)(?![^\W\d_]))[^\S\n]*|[^\S\n]+)"
_OPEN = r"(?:(?:[-/]|(?<![^\W\d_])(?:slash|dash)(?![^\W\d_]))[^\S\n]*)?"
# Figures in a row, maybe opened by a slash or a dash going on ("-20741", "slash one nine").
_RUN = own_compiled(rf"{_OPEN}{_FIGURE}(?:{_LINK}{_FIGURE})*", regex.IGNORECASE)
_GOES_ON = r"[^\S\n]*(?:[-/]|(?<![^\W\d_])(?:slash|dash)(?![^\W\d_]))"
# Figures ending a cue, maybe with a slash or a dash that says the code goes on ("thirty two slash").
_RUN_AT_END = own_compiled(rf"(?r){_FIGURE}(?:{_LINK}{_FIGURE})*(?:{_GOES_ON})?\Z", regex.IGNORECASE)
_ENDS_GOING_ON = own_compiled(rf"{_GOES_ON}\Z", regex.IGNORECASE)
_AFTER_A_CUE = own_compiled(r"(?<![^\W\d_])(?:number|it['’]?s|is)[^\S\n]*[,:]?[^\S\n]*\Z", regex.IGNORECASE)
# What a cue may say around a number's piece: a transcriber's note, a filler, an aside.
_NOTE = r"(?:\[[^\]\n]{0,40}\]|\([^)\n]{0,40}\))"
_ASIDE_WORDS = "|".join(longest_first(FILLERS | {
    "ok", "okay", "yes", "yeah", "so", "and", "sorry", "then", "again", "the rest", "the end", "the last part",
    "and the end", "it's", "it’s", "it is", "i said", "i mean", "wait", "no"}))
_LEAD = own_compiled(rf"(?:[^\S\n]*(?:{_NOTE}|(?<![^\W\d_])(?:{_ASIDE_WORDS})(?![^\W\d_])|[,.…:;!]))*[^\S\n]*",
                      regex.IGNORECASE)
_FILLER_AT = rf"(?<![^\W\d_])(?:{'|'.join(longest_first(FILLERS))})(?![^\W\d_])"
_TRAILING = rf"(?:[^\S\n]*(?:{_NOTE}|{_FILLER_AT}|[,.…:;!]))*[^\S\n]*"
_TRAIL = own_compiled(rf"(?r){_TRAILING}\Z", regex.IGNORECASE)
_ONLY_TRAILING = own_compiled(_TRAILING, regex.IGNORECASE)
# What may follow a number's piece in its cue: the cue's end, a mark, a note, a filler, or the
# words that say where the piece goes ("before it", "at the end").
_AFTER_RUN = own_compiled(
    rf"[^\S\n]*(?:\Z|[.,;!…]|{_NOTE}|{_FILLER_AT}"
    r"|(?:(?:that['’]s|it['’]s|is)[^\S\n]+)?(?:before|after)[^\S\n]+it(?![^\W\d_])"
    r"|at[^\S\n]+the[^\S\n]+(?:start|end|beginning)(?![^\W\d_])|(?:first|only)(?![^\W\d_]))", regex.IGNORECASE)
# A cue said between two pieces of a number that is no part of it: a note, a filler, a short
# remark with no figure ("you broke up there"), never a question.
_ASIDE_CUE = own_compiled(rf"(?:[^\S\n]*(?:{_NOTE}|[^\W\d_]+(?:['’][^\W\d_]+)?|[,.…:;!]))*[^\S\n]*", regex.IGNORECASE)
_MOST_ASIDE_WORDS = 5
_MOST_ASIDES = 2
_MOST_ASKING_WORDS = 2
# A time ("six thirty", "7.45") and a year ("2019", "twenty nineteen"), alone.
_HOURS = "|".join(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])
_TIME_OR_YEAR = own_compiled(
    rf"(?:(?:{_HOURS})[^\S\n]+(?:(?:{'|'.join(TENS)})(?:[-\s]+(?:{'|'.join(UNITS)}))?|o['’]?clock|oh[^\S\n]+\w+|fifteen|ten)"
    rf"|\d{{1,2}}[:.]\d{{2}}|(?:19|20)\d{{2}}|(?:nineteen|twenty)[^\S\n]+(?:{'|'.join([*TEENS, *TENS])})(?:[-\s]+\w+)?"
    rf"|twenty[^\S\n]+twenty(?:[-\s]+\w+)?|two[^\S\n]+thousand(?:[^\S\n]+and)?(?:[^\S\n]+\w+)?)\Z",
    regex.IGNORECASE)
# A code's letters said at a cue's end after "it's" ("it's k p", "number is CR"), its figures in the next.
_LETTERS_AT_END = own_compiled(
    r"(?<![^\W\d_])(?:it['’]?s|it[^\S\n]+is|number[^\S\n]+is|letters?)[^\S\n]*[,:]?[^\S\n]*"
    r"((?:[^\W\d_](?:[^\S\n]+|[^\S\n]*[-.][^\S\n]*)){1,3}[^\W\d_]|[^\W\d_]{2,3})[^\S\n]*[,.]?\Z", regex.IGNORECASE)
# Words that make the figures before them a count, a span of time or a sum ("two hours later",
# "eleven of us", "17 of them", "300 dollars"), and a time's ("six thirty pm").
_COUNTED_WORDS = (r"hours?|minutes?|seconds?|days?|nights?|weeks?|months?|years?|times|people|persons|men|women"
                  r"|children|kids|guys|soldiers|families|of|later|ago|earlier|o['’]?clock|am|pm|a\.m\.|p\.m\."
                  r"|percent|per[^\S\n]+cent|kilometres|kilometers|km|metres|meters|miles|kilos|dollars|euros|pounds"
                  r"|more|left|each")
_COUNTED = own_compiled(rf"[^\S\n]*(?:{_COUNTED_WORDS})(?![^\W\d_])", regex.IGNORECASE)
# ... or a time's or a place's word after them ("seven in the morning", "300 to the border"): figures
# followed by a word are a number's piece only when no such word follows.
_COUNTED_OR_PLACED = own_compiled(
    rf"[^\S\n]*(?:{_COUNTED_WORDS}|in|at|on|to|or|from|per|by|until|till|and[^\S\n]+a[^\S\n]+half)(?![^\W\d_])",
    regex.IGNORECASE)
_NAME = own_compiled(r"(?<![\w-])[^\W\d_][\w-]{2,}(?![\w-])")
# A network's name that is an everyday word ("Orange", "Three") names no phone here.
_EVERYDAY_ZIPF = 3.0
# Two or three letters said as a word that is an everyday one ("ok", "me", "us"): no code's letters.
_EVERYDAY_LETTERS_ZIPF = 4.0
_MIN_DIGITS = 2
# Typed digit groups ("774-3390", "+256 774 339 0").
_TYPED = own_compiled(r"(?<![\w+.,/-])\+?\d+(?:[^\S\n]?[-.]?[^\S\n]?\d+)*(?![\w]|[.,/-]\d)")
_MIN_PHONE_DIGITS = 7
# A phone this long before a join is whole: the next piece's figures are its part only at the piece's end.
_WHOLE_PHONE_DIGITS = 9
_MAX_PHONE_DIGITS = 15


# What opens a cue before its words: the speaker's label ("DARA:", "Speaker 2:"), a dialogue
# dash or a change-of-speaker mark ("- ", ">> ").
_OPENER = own_compiled(rf"(?:({LABEL_NAME}):[^\S\n]+|-[^\S\n]+|>>[^\S\n]*)?")


def _piece_ends(text: str, joins: Sequence[int]) -> list[tuple[int, int, str]]:
    """Each piece's (start, end, speaker's label) in the joined text: its joiner's spaces and
    what opens it (``_OPENER``) left out."""
    starts, ends = [0], []
    for join in joins:
        gap, right = join, join
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        while right < len(text) and text[right] in " \t":
            right += 1
        ends.append(gap)
        starts.append(right)
    ends.append(len(text.rstrip()))
    pieces = []
    for start, end in zip(starts, ends):
        opener = _OPENER.match(text, start, end)
        label = (opener.group(1) or "").casefold() if opener else ""
        start = opener.end() if opener else start
        if text[start:end].strip():
            pieces.append((start, end, label))
    return pieces


# A speaker's label inside a piece, after a line's start or a sentence's end ("How can I reach
# you?\nSource: My Lonestar is 886"): who says the piece's end.
_LABEL_INSIDE = own_compiled(r"(?:(?<=\n)|(?<=[.?!…][^\S\n]))[^\S\n]*(\p{Lu}[\p{L}\d'’-]*(?:[^\S\n]\p{L}[\p{L}\d'’-]*){0,2}):[^\S\n]")


def _end_label(text: str, start: int, end: int, label: str) -> str:
    """The label of the speaker who says the end of the piece ``text[start:end]`` (``label`` is its
    opening speaker's): the last label inside it, when a second speaker takes the cue over."""
    inside = [m.group(1).casefold() for m in _LABEL_INSIDE.finditer(text, start, end)]
    return inside[-1] if inside else label


def _is_aside(text: str, start: int, end: int) -> bool:
    """Whether the piece ``text[start:end]`` is a note or a short remark with no figure."""
    words = regex.findall(r"[^\W\d_]+", regex.sub(_NOTE, " ", text[start:end]))
    if any(w.lower() in FIGURE_VALUES for w in words):
        return False
    if text[start:end].rstrip().endswith("?"):  # "sorry?", "say again?": asked to say it again
        return len(words) <= _MOST_ASKING_WORDS and _ASIDE_CUE.fullmatch(text, start, end - 1) is not None
    return _ASIDE_CUE.fullmatch(text, start, end) is not None and len(words) <= _MOST_ASIDE_WORDS


def _opening_run(text: str, start: int, end: int, *, strict: bool = False) -> tuple[int, int] | None:
    """The figures opening a piece, after its asides, when nothing but a mark, a note or where
    the figures go follows them (or, unless ``strict``, a word that makes them no count, time or
    place: captions without marks): a number's piece, not a count or a time."""
    lead = _LEAD.match(text, start, end)
    at = lead.end() if lead else start
    run = _RUN.match(text, at, end)
    if run is None or (_AFTER_RUN.match(text, run.end(), end) is None and (strict or
            _COUNTED_OR_PLACED.match(text, run.end(), end) is not None or not text[run.end():run.end() + 1].isspace())):
        return None
    said = run.group()
    if len(said_digits(said)) < _MIN_DIGITS or _TIME_OR_YEAR.fullmatch(said.strip(" -/")) is not None:
        return None
    return number_part(text, run.start(), run.end())


def _closing_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The figures ending a piece, before its trailing notes and fillers."""
    trail = _TRAIL.search(text, start, end)
    stop = trail.start() if trail else end
    run = _RUN_AT_END.search(text, start, stop)
    if run is None or len(said_digits(run.group())) < _MIN_DIGITS:
        return None
    return number_part(text, run.start(), run.end())


def _names_a_network(text: str, start: int) -> bool:
    """Whether a telephone operator's name (not an everyday word) is said shortly before ``start``."""
    operators = mobile_operators()
    return any(m.group().casefold() in operators and zipf_frequency(m.group().casefold(), "en") < _EVERYDAY_ZIPF
               for m in _NAME.finditer(text, max(0, start - FRAME_CHARS // 2), start))


def _asks_for_a_phone(text: str, start: int) -> bool:
    return NUMBER_FRAME.search(text, max(0, start - FRAME_CHARS), start) is not None or _names_a_network(text, start)


class _Continuer:
    """The mentions of one text, grown by the pieces of numbers said over its joins."""

    def __init__(self, text: str, mentions: list[Mention], pieces: list[tuple[int, int, str]],
                 one_speaker: Callable[[int, int], bool]) -> None:
        self.text = text
        self.mentions = list(mentions)
        self.pieces = pieces
        self.one_speaker = one_speaker
        self.said_over_pieces: set[str] = set()  # the digits of the phones found here in two pieces

    def _covered(self, start: int, end: int) -> bool:
        """Whether a finding other than a figure's guessed kind (a date, a duration) lies there."""
        return any(m.start < end and start < m.end and m.entity_type not in _GUESSED for m in self.mentions)

    def _a_count_or_time(self, start: int, end: int, piece_end: int) -> bool:
        """Whether the figures ``text[start:end]`` opening a piece are a count, a time or a year."""
        said = self.text[start:end].strip(" ,.;")
        return (_TIME_OR_YEAR.fullmatch(said) is not None or _COUNTED.match(self.text, end, piece_end) is not None) \
            and _RUN.fullmatch(said) is not None

    def drop_counts(self) -> None:
        """A phone or an ID read on into the next piece's count, time or year ("my number is
        0771 234 567." | "Two hours later", "… 4471 2290" | "and then 17 of them came"): the
        number ends with its piece."""
        kept: list[Mention] = []
        for m in self.mentions:
            left = self._without_count(m) if m.entity_type in _NUMBERS else m
            if left is not None:
                kept.append(left)
        self.mentions = kept

    def _without_count(self, m: Mention) -> Mention | None:
        for n, (c, d, _) in enumerate(self.pieces[1:], start=1):
            if not (m.start < d and c < m.end):
                continue
            part_start = max(m.start, c)
            lead = _LEAD.match(self.text, c, d)
            if part_start > (lead.end() if lead else c):
                continue
            if not self._a_count_or_time(part_start, min(m.end, d), d) and not self._past_a_whole_phone(m, c, d):
                continue
            if m.start >= c:
                return None if any(o.key == m.key and o.end <= self.pieces[n - 1][1] for o in self.mentions if m.key) \
                    else m
            end = self.pieces[n - 1][1]
            while end > m.start and self.text[end - 1] in " ,.;":
                end -= 1
            digits = said_digits(self.text[m.start:end])
            key = digits[-9:] if m.key.isdigit() and len(digits) >= 5 else m.key
            return replace(m, end=end, text=self.text[m.start:end], key=key)
        return m

    def _past_a_whole_phone(self, m: Mention, c: int, d: int) -> bool:
        """Whether a phone read on over the join before ``c`` was whole before it, and its part
        in the piece at ``c`` is followed by more words ("call me on 0771 234 567" | "40 trucks
        came"): no part of it."""
        if m.entity_type != "PHONE" or m.start >= c or m.end >= d:
            return False
        return (len(said_digits(self.text[m.start:c])) >= _WHOLE_PHONE_DIGITS
                and _AFTER_RUN.match(self.text, m.end, d) is None)

    def _number_at(self, start: int, end: int, *, at_end: bool) -> int | None:
        """The index of the found phone or ID that ends (``at_end``) or opens the stretch (one
        found over the join, as a rule reads the pieces joined, counts for its part in it)."""
        for i, m in enumerate(self.mentions):
            if m.entity_type not in _NUMBERS or not (m.start < end and start < m.end):
                continue
            if at_end and start <= m.start and _ONLY_TRAILING.fullmatch(self.text, min(m.end, end), end) is not None:
                return i
            if not at_end and start <= m.start and _LEAD.fullmatch(self.text, start, m.start) is not None:
                return i
        return None

    def _next_piece(self, n: int) -> int | None:
        """The piece after piece ``n`` that goes on with what it said: the next one, past at most
        two asides; None when another speaker says it."""
        label = _end_label(self.text, *self.pieces[n])
        for k in range(n + 1, min(len(self.pieces), n + 2 + _MOST_ASIDES)):
            start, end, other = self.pieces[k]
            if not _is_aside(self.text, start, end):
                same = self.one_speaker(self.pieces[n][1], start) and (not label or not other or label == other)
                return k if same else None
        return None

    def _add(self, start: int, end: int, like: Mention, key: str) -> None:
        self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
        self.mentions.append(Mention(start=start, end=end, entity_type=like.entity_type, score=_SCORE,
                                     detector=DETECTOR, text=self.text[start:end], key=key))

    def _rekey(self, i: int, key: str) -> None:
        self.mentions[i] = replace(self.mentions[i], key=key)

    def step(self, n: int) -> bool:
        """Whether a number's piece was found over the join after piece ``n``."""
        k = self._next_piece(n)
        if k is None:
            return False
        (a, b, _), (c, d, _) = self.pieces[n], self.pieces[k]
        if self.text[a:b].rstrip().endswith("?"):
            return False  # a new question: what is said next answers it
        before = self._number_at(a, b, at_end=True)
        # after a whole phone only a piece that says no more is its end
        rest = _opening_run(self.text, c, d, strict=before is not None and self._whole(self.mentions[before]))
        if rest is not None and before is not None and not self._covered(*rest):
            m = self.mentions[before]
            self._add(*rest, m, m.key or value_key(m))
            return True
        head = _closing_run(self.text, a, b)
        after = self._number_at(c, d, at_end=False)
        if after is not None and self._goes_before(a, b, head, after):
            return True
        if head is not None and rest is not None and not self._covered(*head) and not self._covered(*rest):
            return self._phone_over_pieces(head, rest)
        return False

    def _goes_before(self, a: int, b: int, head: tuple[int, int] | None, after: int) -> bool:
        """Whether the end of piece ``text[a:b]`` (its figures ``head``, or a code's letters)
        starts the number found opening the next piece (``mentions[after]``): found as it."""
        m = self.mentions[after]
        if head is not None and not self._covered(*head) and self._opens_a_code(a, *head):
            self._add(*head, m, m.key or value_key(m))
            return True
        return m.entity_type == "ID_NUMBER" and self._code_letters(a, b, after)

    @staticmethod
    def _whole(m: Mention) -> bool:
        """Whether a found number is as long as a whole one (a phone of seven digits or more, any
        ID): what the next piece opens with goes on with it only when its piece says no more."""
        return m.entity_type != "PHONE" or len(said_digits(m.text)) >= _MIN_PHONE_DIGITS

    def _code_letters(self, start: int, end: int, after: int) -> bool:
        """A code's letters ending a piece ("it's k p") before the piece its figures open: the same ID."""
        letters = _LETTERS_AT_END.search(self.text, start, end)
        if letters is None or any(m.entity_type in _NUMBERS and m.start < letters.end(1) and letters.start(1) < m.end
                                  for m in self.mentions):
            return False
        word = letters.group(1)
        if " " not in word and not word.isupper() and zipf_frequency(word.casefold(), "en") >= _EVERYDAY_LETTERS_ZIPF:
            return False  # "it's ok", "it's me"
        m = self.mentions[after]
        self._add(letters.start(1), letters.end(1), m, m.key or value_key(m))
        return True

    def _opens_a_code(self, piece_start: int, start: int, end: int) -> bool:
        """Whether figures ending a piece start the number the next piece opens with: they end
        in a slash or a dash, or follow a number's word or "it's"."""
        return (_ENDS_GOING_ON.search(self.text, start, end) is not None
                or _AFTER_A_CUE.search(self.text, piece_start, start) is not None)

    def _phone_over_pieces(self, head: tuple[int, int], rest: tuple[int, int]) -> bool:
        """A phone said over two pieces, after a phone's word or an operator's name: both parts."""
        digits = said_digits(self.text[head[0]:head[1]]) + said_digits(self.text[rest[0]:rest[1]])
        if not _MIN_PHONE_DIGITS <= len(digits) <= _MAX_PHONE_DIGITS or not _asks_for_a_phone(self.text, head[0]):
            return False
        like = Mention(start=0, end=0, entity_type="PHONE", score=_SCORE, detector=DETECTOR, text="")
        key = digits[-9:]
        self._add(*head, like, key)
        self._add(*rest, like, key)
        self.said_over_pieces.add(digits)
        return True

    def read_backs(self) -> None:
        """The phones found in two pieces typed whole elsewhere in the text ("774-3390. Got
        it."): the same number, read back."""
        like = Mention(start=0, end=0, entity_type="PHONE", score=_SCORE, detector=DETECTOR, text="")
        for typed in _TYPED.finditer(self.text):
            digits = "".join(c for c in typed.group() if c.isdigit())
            start, end = typed.span()
            if digits in self.said_over_pieces and not any(  # a number's guess of its kind gives way
                    m.start < end and start < m.end and m.entity_type not in _GUESSED | _NUMBERS for m in self.mentions):
                self._add(start, end, like, digits[-9:])


def continued_numbers(text: str, mentions: list[Mention], joins: Sequence[int],
                      one_speaker: Callable[[int, int], bool] = lambda a, b: True) -> list[Mention]:
    """``mentions`` with the pieces of phones and IDs said over the joins of ``text`` (where one
    piece's joiner starts) added, each keyed as the number it goes on with."""
    if not joins:
        return mentions
    grower = _Continuer(text, mentions, _piece_ends(text, sorted(joins)), one_speaker)
    grower.drop_counts()
    for _ in range(3):  # a number over three or four cues: each pass adds the next piece
        if not any([grower.step(n) for n in range(len(grower.pieces) - 1)]):
            break
    if grower.said_over_pieces:
        grower.read_backs()
    return grower.mentions


# ---------------------------------------------------------------- a found number's pieces said elsewhere

PIECES_DETECTOR = "NumberPieces"
_VALUES = PIECED_NUMBERS
# A value this short is no number whose pieces could be told from other figures.
_MIN_VALUE_DIGITS = 5
# Pieces that spell less than this of a value (and less than half of it) may be any count, and
# so may a figure alone ("seven", "oh"): a piece says two digits at least.
_MIN_PIECES_DIGITS = 4
_MIN_PIECE_DIGITS = 2
# One group alone spells a value's part only when it is this long (and no year or time).
_MIN_ONE_PIECE_DIGITS = 5
_FIGURE_AT = own_compiled(_FIGURE, regex.IGNORECASE)
_LINK_ONLY = own_compiled(_LINK, regex.IGNORECASE)
# What may stand between two pieces of a number: notes, a few words of an aside, marks; never a
# question or a speaker's label ("sorry, the baby.", "um [inaudible] sorry the network").
_BETWEEN = own_compiled(rf"(?:[^\S\n]*\n?[^\S\n]*(?:{_NOTE}|[^\W\d_]+(?:['’][^\W\d_]+)?|[,.…;!-]))*\s*",
                         regex.IGNORECASE)
_FREE, _BLOCKED = -1, -2
_GOES_ON_AT = own_compiled(_GOES_ON, regex.IGNORECASE)
# A code's letters before its figures ("c r", "FJ-SB"): at least two, said this far before them.
_SAID_FIGURE = rf"(?:\d|(?:{FIGURE_WORDS})(?![^\W\d_]))"
_OPENING_LETTERS = own_compiled(
    rf"\W*((?:(?!{_SAID_FIGURE})[^\W\d_]{{1,3}}(?![^\W\d_])[\s.-]*){{1,4}}?)(?=[\s.-]*{_SAID_FIGURE})",
    regex.IGNORECASE)
_MIN_LETTERS = 2
_LETTERS_REACH = 80
# The plus of a country code, typed or said: a number found with it opens with it, and so does its
# code said apart from it ("with plus four four in front", "plus three five nine?").
_PLUS = r"(?:\+|(?<![^\W\d_])plus(?![^\W\d_]))"
_OPENS_WITH_PLUS = own_compiled(rf"\W*{_PLUS}", regex.IGNORECASE)
_PLUS_BEFORE = own_compiled(rf"{_PLUS}[^\S\n]*\Z", regex.IGNORECASE)
# Two numbers said whole with as many digits as this, the same, are one (their letters aside).
_MIN_SAME_DIGITS = 6
# A piece found with a figure more that is none of the number's: at most this many digits more.
_MOST_STRAY_DIGITS = 2


_UNCOUNTED = FILLERS | {"slash", "dash"}
# "Oh" before a comma or a stop is said in surprise, not as a zero.
_INTERJECTION = own_compiled(r"(?:oh|o)[,.!]", regex.IGNORECASE)


def _aside_words(gap: str) -> int:
    """The words of a gap between two pieces, its notes, fillers and a said slash or dash left out."""
    return sum(word.casefold() not in _UNCOUNTED for word in regex.findall(r"[^\W\d_]+", regex.sub(_NOTE, " ", gap)))


class _Owners:
    """Which mention holds a span: the number mention holding it (its index), ``_FREE`` when only
    a figure's guessed kind (a date, a count) or nothing lies there, ``_BLOCKED`` when another
    finding does."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.order]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def of(self, start: int, end: int) -> int:
        owner = _FREE
        first = bisect.bisect_left(self.starts, start - self.longest)
        for i in self.order[first:bisect.bisect_left(self.starts, end)]:
            m = self.mentions[i]
            if start < m.end and m.entity_type not in _GUESSED:
                if m.entity_type not in _VALUES:
                    return _BLOCKED
                owner = i
        return owner


class _Piece:
    """A run of figures with one owner: where it is, its digits and its owner (see ``_Owners``)."""

    __slots__ = ("start", "end", "digits", "owner")

    def __init__(self, start: int, end: int, digits: str, owner: int) -> None:
        self.start, self.end, self.digits, self.owner = start, end, digits, owner


def _figure_runs(text: str, owners: _Owners) -> list[_Piece]:
    """The runs of figures of ``text``, each with one owner; a free run that counts, times or
    measures something ("two hours", "17 of them") is blocked: no number's piece."""
    runs: list[_Piece] = []
    for unit in _FIGURE_AT.finditer(text):
        if _INTERJECTION.match(text, unit.start()):
            continue  # "oh, seven": no zero
        owner = owners.of(unit.start(), unit.end())
        last = runs[-1] if runs else None
        if last is not None and last.owner == owner and _LINK_ONLY.fullmatch(text, last.end, unit.start()):
            last.end = unit.end()
        else:
            runs.append(_Piece(unit.start(), unit.end(), "", owner))
    for run in runs:
        run.digits = said_digits(text[run.start:run.end])
        if run.owner == _FREE and _COUNTED.match(text, run.end) is not None:
            run.owner = _BLOCKED
    return [run for run in runs if run.digits]


def _chains(text: str, runs: list[_Piece]) -> list[list[_Piece]]:
    """The runs said one after the other with only asides between them."""
    chains: list[list[_Piece]] = []
    for run in runs:
        if run.owner == _BLOCKED:
            chains.append([])
            continue
        last = chains[-1][-1] if chains and chains[-1] else None
        gap = text[last.end:run.start] if last is not None else ""
        if last is not None and "?" not in gap and _BETWEEN.fullmatch(gap) is not None \
                and _aside_words(gap) <= _MOST_ASIDE_WORDS:
            chains[-1].append(run)
        else:
            chains.append([run])
    return [chain for chain in chains if chain]


def _calling_code(digits: str) -> bool:
    """Whether ``digits`` are a country's calling code (phonenumbers' metadata: "291", "44")."""
    return len(digits) <= 3 and not digits.startswith("0") and \
        phonenumbers.region_code_for_country_code(int(digits)) != phonenumbers.UNKNOWN_REGION


class _PieceFinder:
    """The found numbers of one text, and the runs of figures elsewhere that spell them out."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = list(mentions)
        self.owners = _Owners(self.mentions)
        # each mention's digits, for a number of a kind said in pieces ("" for any other)
        self.digits = [said_digits(m.text) if m.entity_type in _VALUES else "" for m in self.mentions]
        # a value's digits -> the mention it was found as (the longest: "c r 214/03/26", not "214/03/26")
        self.values: dict[str, int] = {}
        for i, (m, digits) in enumerate(zip(self.mentions, self.digits)):
            first = self.values.get(digits)
            if len(digits) >= _MIN_VALUE_DIGITS and (first is None or (len(m.text), m.score) > (
                    len(self.mentions[first].text), self.mentions[first].score)):
                self.values[digits] = i
        self.added: list[Mention] = []
        self.taken: dict[int, Mention] = {}  # a number mention found as another's piece, as it

    def _spelt(self, chain: list[_Piece], i: int, value: str) -> int:
        """How many runs of ``chain`` from run ``i`` on spell ``value`` or its start or its end
        (with the start said last: "four eight, with two two seven in front"); 0 for none."""
        said, best = "", 0
        for j in range(i, len(chain)):
            run = chain[j]
            if run.owner >= 0 and self.digits[run.owner] == value:
                break  # the value said whole is no piece of itself
            said += run.digits
            if said not in value:
                break
            if value.startswith(said) or value.endswith(said):
                best = j - i + 1
                if said != value and value.endswith(said) and j + 1 < len(chain) \
                        and chain[j + 1].digits == value[:len(value) - len(said)] and chain[j + 1].owner < 0:
                    return best + 1
        return best

    def _enough(self, runs: list[_Piece], value: str) -> bool:
        """Whether the runs spell enough of ``value`` not to be counts that happen to match."""
        said = "".join(run.digits for run in runs)
        if len(said) < max(_MIN_PIECES_DIGITS, (len(value) + 1) // 2) \
                or any(run.owner == _FREE and len(run.digits) < _MIN_PIECE_DIGITS for run in runs):
            return False
        if len(runs) == 1:
            shown = self.text[runs[0].start:runs[0].end].strip(" -/")
            return len(said) >= _MIN_ONE_PIECE_DIGITS and _TIME_OR_YEAR.fullmatch(shown) is None
        return True

    def _add(self, start: int, end: int, like: Mention, key: str) -> None:
        self.added.append(Mention(start=start, end=end, entity_type=like.entity_type, score=_SCORE,
                                  detector=PIECES_DETECTOR, text=self.text[start:end], key=key))

    def _going_on(self, end: int, like: Mention) -> int:
        """Where a piece ends: after the slash or the dash said after it ("forty five slash") when
        the number has them."""
        if _GOES_ON_AT.search(like.text) is None:
            return end
        goes = _GOES_ON_AT.match(self.text, end)
        return goes.end() if goes is not None and self.owners.of(end, goes.end()) == _FREE else end

    def _plus_before(self, run: _Piece, value: str, like: Mention) -> int:
        """Where a piece starts: at the plus said or typed right before it when the piece is the
        start of a number found with a plus, or of a phone found without one when its figures
        are a country's calling code ("and plus three five two for abroad": the code said apart)."""
        if not value.startswith(run.digits) or (_OPENS_WITH_PLUS.match(like.text) is None
                                                and not (like.entity_type == "PHONE" and _calling_code(run.digits))):
            return run.start
        plus = _PLUS_BEFORE.search(self.text, max(0, run.start - 6), run.start)
        return plus.start() if plus is not None and self.owners.of(plus.start(), run.start) == _FREE else run.start

    def _letters_before(self, start: int, like: Mention, key: str) -> None:
        """The letters a code opens with ("c r" of "c r 214/03/26", "FJ-SB" of "FJ-SB-04718"), said
        shortly before its figures said apart from it (after an aside or a note): found as it."""
        letters = _OPENING_LETTERS.match(like.text)
        if letters is None or len(said := regex.sub(r"[^\w]", "", letters.group(1))) < _MIN_LETTERS:
            return
        spelt = regex.compile(r"(?<![^\W_])" + r"[\s.-]*".join(map(regex.escape, said)) + r"(?![^\W_])",
                              regex.IGNORECASE)
        found = None
        for found in spelt.finditer(self.text, max(0, start - _LETTERS_REACH), start):
            pass
        if found is None or self.owners.of(found.start(), found.end()) != _FREE:
            return
        gap = self.text[found.end():start]
        if "?" in gap or _BETWEEN.fullmatch(gap) is None or _aside_words(gap) > _MOST_ASIDE_WORDS:
            return
        self._add(found.start(), found.end(), like, key)

    def _same_values(self) -> None:
        """A number said whole twice, once without the letters it opens with: one key, and its letters."""
        for i, (m, digits) in enumerate(zip(self.mentions, self.digits)):
            first = self.values.get(digits)
            if first is None or first == i or len(digits) < _MIN_SAME_DIGITS \
                    or self.mentions[first].entity_type != m.entity_type:
                continue
            like = self.mentions[first]
            key = like.key or value_key(like)
            self.taken[i] = replace(m, key=key)
            if _OPENING_LETTERS.match(m.text) is None:
                self._letters_before(m.start, like, key)

    def _take(self, owner: int, runs: list[_Piece], value: str, like: Mention, key: str) -> None:
        """A piece found apart (another key, another kind of number) is found as the number; one
        that took a stray figure before or after it ("the white one. six two") loses it."""
        m, said = self.mentions[owner], self.digits[owner]
        if said in value:
            self.taken[owner] = replace(m, key=key, entity_type=like.entity_type)
        elif len(said) - sum(len(run.digits) for run in runs) <= _MOST_STRAY_DIGITS:
            start, end = runs[0].start, runs[-1].end
            self.taken[owner] = replace(m, start=start, end=end, text=self.text[start:end], key=key,
                                        entity_type=like.entity_type)

    def _found_as(self, runs: list[_Piece], value: str) -> None:
        """``runs``, which spell ``value`` (or a long start or end of it), found as its number."""
        like = self.mentions[self.values[value]]
        key = like.key or value_key(like)
        for run in runs:
            if run.owner == _FREE:
                self._add(self._plus_before(run, value, like), self._going_on(run.end, like), like, key)
        for owner in {run.owner for run in runs if run.owner >= 0}:
            self._take(owner, [run for run in runs if run.owner == owner], value, like, key)
        if value.startswith(runs[0].digits) and runs[0].owner == _FREE:
            self._letters_before(runs[0].start, like, key)

    def find(self) -> list[Mention]:
        if not self.values:
            return self.mentions
        self._same_values()
        for chain in _chains(self.text, _figure_runs(self.text, self.owners)):
            i = 0
            while i < len(chain):
                n, value = max(((self._spelt(chain, i, value), value) for value in self.values), default=(0, ""))
                runs = chain[i:i + n]
                if n == 0 or not self._enough(runs, value):
                    i += 1
                    continue
                self._found_as(runs, value)
                i += n
        if not self.added and not self.taken:
            return self.mentions
        kept = [self.taken.get(i, m) for i, m in enumerate(self.mentions)
                if not any(m.entity_type in _GUESSED and m.start < a.end and a.start < m.end for a in self.added)]
        return kept + self.added


def pieces_of_found_numbers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the pieces of a phone, ID or plate found in ``text``, said elsewhere in it
    (before or after it is said whole) in groups cut by fillers, notes, asides or cue breaks,
    found as it (one key): runs of figures near each other whose digits, in order, are the
    number's or a long start or end of it."""
    return _PieceFinder(text, mentions).find()
