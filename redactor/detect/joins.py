"""Codes cut where two subtitle cues or two transcript segments meet.

The pieces of a transcript are joined by a space for detection, so a number said over two cues
reads as one run of words.  A typed code is different: a speech-to-text tool that ends a segment
inside it ("Mine is FJ-KT" | "-09127", "badge LW-" | "118") leaves a space inside the code, and
no rule reads "FJ-KT -09127" as one.  At such a join (a letter or digit on one side, a dash or a
slash on the other, a capital or a digit in the first part, a digit in the code) the detectors
read the text with the space moved behind the code's rest, "FJ-KT-09127 ", the same length;
``unglue`` maps each found span back, so a code found whole covers both parts in the file, the
space between them included.  The next piece may say something before the code's rest (its
speaker's label, "the rest... yes,"): those words are moved behind it too, and a code found over
them is reported as its parts on either side of them.

Numbers are also read by their pieces: a run of typed digits over a join too long for one phone
(a number and its read-back) is read as the number of each piece (``runs_apart``), and the
spoken-number recognizer learns where the pieces meet and where the speaker changes
(``reading_pieces``).
"""

from __future__ import annotations

import bisect
import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.entities.group import value_key
from redactor.lexicon import longest_first
from redactor.lexicon.names import FILLERS
from redactor.lexicon.numbers import TEENS, TENS, TENS_MISSPELT, UNITS, ZEROS
from redactor.lexicon.places import default_places
from redactor.model import Mention

# Numbers dictated over cues ("it's oh five three" | "nine one one two [inaudible]" | "sorry,
# four four"): a part's annotation and the words said around the digits at its ends are no part
# of the number.
SAID_NUMBERS = frozenset({"PHONE", "ID_NUMBER"})
_NUMBER_PART_EDGE = (r"(?:\[[^\]\n]*\]?|\([^)\n]*\)?|<[^>\n]*>?|[,;:.!?]|(?<![^\W\d_])(?:sorry|again|i\s+mean|"
                     + "|".join(longest_first(FILLERS | {"ok", "okay", "yes", "yeah", "so", "and"}))
                     + r")(?![^\W\d_]))")
_NUMBER_PART_HEAD = own_compiled(rf"(?:\s*{_NUMBER_PART_EDGE})+\s*", regex.IGNORECASE)
_NUMBER_PART_TAIL = own_compiled(rf"(?r)(?:\s*{_NUMBER_PART_EDGE})+\s*$", regex.IGNORECASE)


def number_part(text: str, a: int, b: int) -> tuple[int, int]:
    """A dictated number's part ``text[a:b]`` without the annotation and the words of an aside
    at its ends ("sorry, four four" is "four four"); a part of nothing else is left empty."""
    head = _NUMBER_PART_HEAD.match(text, a, b)
    if head is not None:
        a = head.end()
    tail = _NUMBER_PART_TAIL.search(text, a, b)
    if tail is not None:
        b = tail.start()
    return a, max(a, b)


_GAP = " \t"
# The code's part before the join, ending it ("FJ-KT", "LW-"), and its rest after the join
# ("-09127", "118", "/2024").
_LEFT = own_compiled(r"(?<![\w/-])[^\W_]+(?:[-/][^\W_]+)*[-/]?\Z")
_REST = own_compiled(r"[-/]?[^\W_]+(?:[-/][^\W_]+)*(?![\w])")
_DIGIT = own_compiled(r"\d")
# A code's first part has a capital or a digit ("FJ-KT", "LW-", "927-").
_CODE_PART = own_compiled(r"[\p{Lu}\d]")
# How far back the code's first part is read.
_LEFT_CHARS = 40


@dataclass(frozen=True)
class Glue:
    """The space run ``[gap, right)`` at a join, moved behind the code's rest ``[right, end)``."""

    gap: int
    right: int
    end: int

    @property
    def rest_end(self) -> int:
        """Where the code's rest ends in the text the detectors read."""
        return self.gap + self.end - self.right


def _splits_a_code(left: str, right: str) -> bool:
    """Whether a join between ``left`` and ``right`` is inside a code: a separator on one side
    of it, a letter or digit on the other."""
    if not left or len(right) < 2:
        return False
    if left[-1].isalnum():
        return right[0] in "-/" and right[1].isalnum()
    return left[-1] in "-/" and right[0].isalnum()


def _join_gap(text: str, join: int) -> tuple[int, int]:
    """The run of spaces around the join at ``join``: where it starts and where it ends."""
    gap, right = join, join
    while gap > 0 and text[gap - 1] in _GAP:
        gap -= 1
    while right < len(text) and text[right] in _GAP:
        right += 1
    return gap, right


# What the next piece may say before a code's rest ("+371 2914" | "Source: -8830", "0412-2277"
# | "the rest... yes, -00913"): the speaker's label, a filler, "the rest", a yes.
# A speaker's label before a piece's words ("Source: ", "Speaker 2: "): its name, then its colon.
LABEL_NAME = r"[\p{L}][\p{L}\d _.'’-]{0,30}?"
_LABEL = rf"{LABEL_NAME}:[^\S\n]+"
_LEAD_WORDS = "|".join(longest_first(FILLERS | {"ok", "okay", "yes", "yeah", "so", "and", "sorry", "then", "is",
                                                "the rest", "rest", "it's", "it’s"}))
_LEAD = own_compiled(rf"({_LABEL})?(?:(?<![^\W\d_])(?:{_LEAD_WORDS})(?![^\W\d_])[^\S\n]*[,.…:;]*[^\S\n]*)*",
                      regex.IGNORECASE)
_PIECE_LABEL = own_compiled(rf"[^\S\n]*({_LABEL})")


# A phone cut short after its country code and one group ("+371 2914"): the digits that open the
# next piece, maybe after its speaker's label, are its rest ("Source: 8830").
_PLUS_FRAGMENT = own_compiled(r"(?<![\w+])\+\d{1,3}[^\S\n]?[-.]?[^\S\n]?\d{3,6}\Z")


# Typed groups of digits that end a piece ("My own number is 0750 418" | "3362, Korek"): a number
# whose rest opens the next piece, when a phone's or a number's word was said before them; and
# the groups of that rest ("0754" | "618 392").
_TYPED_GROUPS = r"\d{2,5}(?:[^\S\n]?[-.]?[^\S\n]?\d{2,5}){0,3}"
_TYPED_GROUPS_BEFORE = own_compiled(rf"(?<![\w+]){_TYPED_GROUPS}\Z")
_TYPED_GROUPS_AFTER = own_compiled(rf"{_TYPED_GROUPS}(?![\w])")
# Typed groups this long are a whole number already (the next piece reads it back, or says another).
_WHOLE_NUMBER_DIGITS = 9


# A code's label right before its figures: an identity document's or a plate's word, or a
# national number's acronym ("Cédula 4.812", "my badge is 44", "the CIN is 101 212", "plate
# number 55"), maybe with "number" and "is" or a colon after it.  Not a phone's acronym, nor a
# figure's or a country's ("the GDP is", "the EU is").
_CODE_LABEL = own_compiled(
    r"(?<![^\W\d_])(?:(?:passport|badge|id|identity|c[eé]dula|dni|nin|nif|cnic|nida|pesel|kimlik|aadhaa?r"
    r"|registration|plate|(?-i:(?!(?:TEL|SMS|MMS|MOB|FAX|PH|WA|GSM|SIM|GDP|CPI|UN|EU|US|UK|AM|PM|OK|TV)(?![^\W\d_]))"
    r"\p{Lu}{2,5}))(?:[^\S\n]+(?:card|document))?(?:[^\S\n]+(?:number|no\.?|nr\.?|num\.?))?"
    # a word that labels a code only with "number": "service number", "licence no."
    r"|(?:licen[cs]e|permit|serial|membership|employee|payroll|personnel|service|staff)[^\S\n]+(?:number|no\.?|nr\.?))"
    r"(?:[^\S\n]+(?:is|was|reads))?[^\S\n]*[:#№]?[^\S\n]*\Z", regex.IGNORECASE)
# A code in dotted groups of three that a cue's full stop ends ("Cédula 4.812." | "337."): its
# rest in the next cue is its last group, and the stop its dot.
_DOTTED_BEFORE_STOP = own_compiled(r"(?<![\w.])\d{1,3}(?:\.\d{3})+\.\Z")
_DOTTED_REST = own_compiled(r"\d{3}(?:\.\d{3})*(?![\w]|[.,]\d)")


def _code_label_before(text: str, at: int) -> bool:
    """Whether a code's label (``_CODE_LABEL``) ends right before ``at``."""
    return _CODE_LABEL.search(text, max(0, at - FRAME_CHARS), at) is not None


def _dotted_code_goes_on(text: str, gap: int, at: int) -> bool:
    """Whether a code in dotted groups after its label, ended by a cue's full stop at ``gap``,
    goes on with its last group at ``at`` ("Cédula 4.812." | "337. Only for the lawyer")."""
    dotted = _DOTTED_BEFORE_STOP.search(text, max(0, gap - 30), gap)
    return dotted is not None and _DOTTED_REST.match(text, at) is not None and \
        _code_label_before(text, dotted.start())


def _goes_on(text: str, gap: int, at: int) -> bool:
    """Whether the code before ``gap`` goes on at ``at``: a separator there, or digits after a
    phone's country code and first group, or after typed groups a number's word or a code's
    label brought in."""
    if text[at:at + 1] in ("-", "/"):
        return True
    if not text[at:at + 1].isdigit():
        return False
    if _PLUS_FRAGMENT.search(text, max(0, gap - 20), gap) is not None or _dotted_code_goes_on(text, gap, at):
        return True
    groups = _TYPED_GROUPS_BEFORE.search(text, max(0, gap - 30), gap)
    return groups is not None and sum(c.isdigit() for c in groups.group()) < _WHOLE_NUMBER_DIGITS and (
        NUMBER_FRAME.search(text, max(0, groups.start() - FRAME_CHARS), groups.start()) is not None
        or _code_label_before(text, groups.start()))


def _rest_after_lead(text: str, piece: int, gap: int, right: int) -> int:
    """Where a code's rest starts in the piece that starts at ``right``: after what its
    speaker says before it (``_LEAD``), when the code goes on there (``_goes_on``) and the same
    speaker's label (or none) opened the piece before (from ``piece``); else ``right``."""
    lead = _LEAD.match(text, right)
    if lead is None or lead.end() == right or not _goes_on(text, gap, lead.end()):
        return right
    if lead.group(1):
        before = _PIECE_LABEL.match(text, piece)
        if before is not None and before.group(1).casefold() != lead.group(1).casefold():
            return right  # another speaker's figure
    return lead.end()


def glues(text: str, joins: Sequence[int]) -> list[Glue]:
    """The joins of ``text`` (where one piece's joiner starts) that cut a code, as glues."""
    found: list[Glue] = []
    piece = 0  # where the piece before the join starts
    for join in sorted(joins):
        gap, right = _join_gap(text, join)
        piece, right = right, _rest_after_lead(text, piece, gap, right)
        if gap == right or (found and found[-1].end > gap):
            continue
        rest = _REST.match(text, right)
        if rest is not None and text[right].isdigit() and _goes_on(text, gap, right):
            groups = _TYPED_GROUPS_AFTER.match(text, right)  # "0754" | "618 392": every group
            found.append(Glue(gap, right, max(rest.end(), groups.end() if groups else 0)))  # "+371 2914" | "8830"
            continue
        if not _splits_a_code(text[max(0, gap - 2):gap], text[right:right + 2]):
            continue
        left = _LEFT.search(text, max(0, gap - _LEFT_CHARS), gap)
        if left is None or rest is None or not _DIGIT.search(left.group() + rest.group()):
            continue
        if not _CODE_PART.search(left.group()):
            continue  # a word before a figure ("it was" | "-5 degrees"), not a code's first part
        found.append(Glue(gap, right, rest.end()))
    return found


def glued(text: str, found: Sequence[Glue]) -> str:
    """``text`` with each glue's space run moved behind the code's rest (same length)."""
    parts, pos = [], 0
    for g in found:
        parts += [text[pos:g.gap], text[g.right:g.end], text[g.gap:g.right]]
        pos = g.end
    parts.append(text[pos:])
    return "".join(parts)


def _back(pos: int, found: Sequence[Glue], *, is_end: bool) -> int:
    """A position of the glued text in the text as it was."""
    for g in found:
        if g.gap < pos < g.end or (pos == g.gap and not is_end):
            if pos < g.rest_end or (pos == g.rest_end and is_end):
                return pos + g.right - g.gap  # in the code's rest
            return pos - (g.end - g.right)  # in the space run moved behind it
    return pos


# A number said on over a cue's end ("my phone, it's oh five three." | "Nine one one two." |
# "Sorry, four four."): the full stop a captioner puts at each cue's end is read as the pause it
# is, when a phone's or a number's word was said before the number (or the number was read on
# over the cue before).  The text keeps its length; only that one character is read otherwise.
# The words a figure is said with ("seven", "forty", "oh", "double"), longest first.
FIGURE_WORDS = "|".join(longest_first({*UNITS, *TEENS, *TENS, *TENS_MISSPELT, *ZEROS, "double", "triple"}))
_NUMBER_WORD = rf"(?:\d+|(?:{FIGURE_WORDS})(?![^\W\d_]))"
# The run of said digits that ends a cue, with its pauses, and the cue's full stop.
_RUN_BEFORE_STOP = own_compiled(rf"(?r)(?<![^\W\d_]){_NUMBER_WORD}(?:[\s,-]+{_NUMBER_WORD}){{0,24}}(?:[^\S\n]*\[[^\[\]\n]{{1,40}}\])?[^\S\n]*[.…]",
                                 regex.IGNORECASE)
# The next cue going on with the number, maybe after a correction or a hesitation.
_RUN_AFTER = own_compiled(rf"(?:(?:sorry|no|i\s+mean|{'|'.join(longest_first(FILLERS))})"
                           rf"(?![^\W\d_])[\s,.]*)*{_NUMBER_WORD}", regex.IGNORECASE)
NUMBER_FRAME = own_compiled(r"(?<![^\W\d_])(?:phone|telephone|mobile|cell(?:phone)?|whatsapp|viber|signal|telegram"
                              r"|landline|number|digits|call\s+me\s+on|reach\s+me\s+on)(?![^\W\d_])", regex.IGNORECASE)
# How far before a number its frame is looked for.
FRAME_CHARS = 60


# Typed groups of figures a cue's full stop ends ("my badge is 44." | "17, the guards know it").
_TYPED_RUN = own_compiled(r"\d+(?:[^\S\n]?-?[^\S\n]?\d+)*[^\S\n]*\.")


def _typed_code_pause(text: str, run: regex.Match[str], right: int) -> str | None:
    """A space for the full stop that ends typed figures after a code's label when the next
    cue goes on with figures ("my badge is 44." | "17": the code "44 17", as its groups are
    typed), else None."""
    if _TYPED_RUN.fullmatch(run.group()) is None or not text[right:right + 1].isdigit():
        return None
    return " " if _code_label_before(text, run.start()) else None


def numbers_read_on(text: str, joins: Sequence[int], one_speaker: Callable[[int, int], bool] = lambda a, b: True) -> str:
    """``text`` with the full stop that ends a cue inside a dictated number read as a comma;
    ``one_speaker(start, end)`` says whether the same speaker goes on over that stretch (the
    next speaker's numbers are theirs)."""
    chars: list[str] | None = None
    read_on_to = -1  # where the last number read on over a join goes on
    for join in sorted(joins):
        gap, right = _join_gap(text, join)
        # a join left without its space was glued (``glued``): the code is read whole there
        run = _RUN_BEFORE_STOP.match(text, max(0, gap - 200), gap) if text[gap - 1:gap] in ".…" and gap < right \
            else None
        if run is None or run.end() != gap or _RUN_AFTER.match(text, right) is None or not one_speaker(gap, right):
            continue
        pause = _typed_code_pause(text, run, right)
        if pause is None and run.start() > read_on_to and NUMBER_FRAME.search(
                text, max(0, run.start() - FRAME_CHARS), run.start()) is None:
            continue
        chars = chars if chars is not None else list(text)
        chars[gap - 1] = pause or ","
        read_on_to = right
    return text if chars is None else "".join(chars)


# Typed digit groups at each side of a join ("… 552 8841" | "0917 552 …"), and the most digits
# one phone number has: a longer run over a join is two numbers (one said, then read back).
_TYPED_BEFORE = own_compiled(r"(?r)(?<![\w.,/-])\+?\d+(?:[^\S\n]?[-.]?[^\S\n]?\(?\d+\)?)*\Z")
_TYPED_AFTER = own_compiled(r"\+?\(?\d[\d()]*(?:[^\S\n]?[-.]?[^\S\n]?\(?\d+\)?)*(?![\w])")
_MOST_PHONE_DIGITS = 15
# The said or typed digits ending one piece, and a number's word or figure opening the next.
_NUMBER_BEFORE = own_compiled(rf"(?r)(?<![^\W\d_]){_NUMBER_WORD}(?:[\s,-]+{_NUMBER_WORD}){{0,24}}[^\S\n]*\Z",
                               regex.IGNORECASE)
_NUMBER_AFTER = own_compiled(_NUMBER_WORD, regex.IGNORECASE)


def _numbers_of_two_speakers(text: str, gap: int, right: int) -> bool:
    """Whether the piece before ``gap`` ends in numbers said without a phone's or a number's
    word before them, and the next (another speaker's) opens with one: two speakers' figures
    ("We had four four one two" | "five five six seven eight of them").  After such a word the
    number goes on (a dictated number that the transcriber gave in part to another voice)."""
    run = _NUMBER_BEFORE.search(text, max(0, gap - 200), gap)
    return (run is not None and _NUMBER_AFTER.match(text, right) is not None
            and NUMBER_FRAME.search(text, max(0, run.start() - FRAME_CHARS), run.start()) is None)


def _too_long_typed(text: str, gap: int, right: int) -> bool:
    """Whether typed digit groups end the piece before ``gap`` and open the one at ``right``,
    with more digits together than one phone number has."""
    before = _TYPED_BEFORE.search(text, max(0, gap - 40), gap)
    after = _TYPED_AFTER.match(text, right)
    return (before is not None and after is not None
            and sum(c.isdigit() for c in before.group() + after.group()) > _MOST_PHONE_DIGITS)


def runs_apart(text: str, joins: Sequence[int], one_speaker: Callable[[int, int], bool] = lambda a, b: True) -> str:
    """``text`` with a line break for the space at each join that ends a number (the same
    length): inside a run of typed digit groups too long for one phone number, and between
    two speakers' figures (``_numbers_of_two_speakers``), so that the number of each piece is
    read alone, as if its piece were a line of its own."""
    chars: list[str] | None = None
    for join in sorted(joins):
        gap, right = _join_gap(text, join)
        if gap == right:
            continue
        if (not one_speaker(gap, right) and _numbers_of_two_speakers(text, gap, right)) or _too_long_typed(
                text, gap, right):
            chars = chars if chars is not None else list(text)
            chars[gap] = "\n"
    return text if chars is None else "".join(chars)


def unglue(text: str, mentions: list[Mention], found: Sequence[Glue]) -> list[Mention]:
    """Mentions found in the glued text, placed in ``text`` (the text as it was); one over a
    glue whose moved run holds words (a speaker's label, "the rest, yes") is its parts on each
    side of them, keyed as the whole."""
    if not found:
        return mentions
    out = []
    for m in mentions:
        start, end = _back(m.start, found, is_end=False), _back(m.end, found, is_end=True)
        if (start, end) == (m.start, m.end):
            out.append(m)
            continue
        cuts = [(g.gap, g.right) for g in found if start < g.gap and g.right < end and text[g.gap:g.right].strip()]
        if not cuts:
            out.append(replace(m, start=start, end=end, text=text[start:end]))
            continue
        key = m.key or value_key(m)
        bounds = [start] + [x for cut in cuts for x in cut] + [end]
        out.extend(replace(m, start=a, end=b, text=text[a:b], key=key) for a, b in zip(bounds[::2], bounds[1::2]))
    return out


# The joins of the text being analysed, and the turns among them (where another speaker's piece
# starts), for a recognizer that must know where one piece ends: a run of said numbers too long
# for one number is read as the numbers of its pieces, and a run over a turn as two runs always.
# Presidio hands a recognizer the text alone; the detector says here which text's joins these are
# (by its length: a recognizer may read the text with some characters blanked, never with others
# added).
@dataclass(frozen=True)
class _Pieces:
    length: int
    joins: tuple[int, ...]
    turns: tuple[int, ...]


_PIECE_JOINS: ContextVar[_Pieces] = ContextVar("piece_joins", default=_Pieces(-1, (), ()))


@contextlib.contextmanager
def reading_pieces(text: str, joins: Sequence[int],
                   one_speaker: Callable[[int, int], bool] = lambda a, b: True) -> Iterator[None]:
    """Within the block, ``joined_between`` and ``turn_between`` answer for a text of ``text``'s
    length, whose pieces meet at ``joins``; ``one_speaker(start, end)`` says whether the same
    speaker goes on over that stretch."""
    turns = tuple(j for j in sorted(joins) if not one_speaker(*_join_gap(text, j)))
    token = _PIECE_JOINS.set(_Pieces(len(text), tuple(sorted(joins)), turns))
    try:
        yield
    finally:
        _PIECE_JOINS.reset(token)


def _any_within(sorted_positions: tuple[int, ...], start: int, end: int) -> bool:
    at = bisect.bisect_left(sorted_positions, start)
    return at < len(sorted_positions) and sorted_positions[at] < end


# What ends at most this far before the next cue or segment starts ends its piece (the space
# the pieces were joined with between).
PIECE_END_GAP = 2


def ends_its_piece(end: int, joins: Sequence[int]) -> bool:
    """Whether a cue or segment starts at most :data:`PIECE_END_GAP` characters after ``end``
    (``joins``: where the text's pieces start, sorted): what ends there ends its piece."""
    at = bisect.bisect_left(joins, end)
    return at < len(joins) and joins[at] - end <= PIECE_END_GAP


def piece_starts_between(joins: Sequence[int], after: int, upto: int) -> bool:
    """Whether a cue or segment starts after ``after`` and at or before ``upto`` (``joins``: where
    the text's pieces start, sorted): what runs from one to the other goes over a join."""
    at = bisect.bisect_right(joins, after)
    return at < len(joins) and joins[at] <= upto


def joined_between(text: str, start: int, end: int) -> bool:
    """Whether two pieces (cues, segments) of the text under analysis meet in ``text[start:end]``."""
    pieces = _PIECE_JOINS.get()
    return pieces.length == len(text) and _any_within(pieces.joins, start, end)


def ends_a_piece(text: str, end: int) -> bool:
    """Whether what ends at ``end`` of the text under analysis ends its piece (a cue, a segment):
    :func:`ends_its_piece` over the joins the detectors read the text with."""
    pieces = _PIECE_JOINS.get()
    return pieces.length == len(text) and ends_its_piece(end, pieces.joins)


# What ends or opens an address's piece at a join besides the join's spaces: punctuation.
_ADDRESS_CUT_TAIL = own_compiled(r"[\s,;:.…–—-]+\Z")
_ADDRESS_CUT_HEAD = own_compiled(r"[\s,;:.…–—-]+")
# Codes and contacts: a piece of an address read on over a join that holds one is the next
# thing said (the ID, the phone after the address), not the address going on.
_SAID_AFTER_ADDRESS = frozenset({"ID_NUMBER", "PHONE", "EMAIL", "URL", "IBAN", "VEHICLE_PLATE", "HANDLE"})


def addresses_end_at_joins(text: str, mentions: Sequence[Mention], joins: Sequence[int]) -> list[Mention]:
    """``mentions`` with each ADDRESS ended where its piece (a cue, a segment) ends.  The pieces
    are joined by a space for detection, so an address chain read on over a join takes the next
    piece's words into the address: each piece is an address of its own, but for a piece after
    the first that holds a code or a contact found there (the ID said after the address)."""
    ordered = sorted(joins)
    if not ordered:
        return list(mentions)
    codes = [(m.start, m.end) for m in mentions if m.entity_type in _SAID_AFTER_ADDRESS]
    out = []
    for m in mentions:
        first = bisect.bisect_right(ordered, m.start)
        last = bisect.bisect_left(ordered, m.end)
        if m.entity_type != "ADDRESS" or first >= last:
            out.append(m)
            continue
        bounds = [m.start, *ordered[first:last], m.end]
        for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
            if i and (head := _ADDRESS_CUT_HEAD.match(text, a, b)) is not None:
                a = head.end()
            tail = _ADDRESS_CUT_TAIL.search(text, a, b)
            b = tail.start() if tail is not None else b
            if not any(c.isalnum() for c in text[a:b]):
                continue
            if i and any(s < b and a < e for s, e in codes) and not _town_then_code(text, a, b, codes):
                continue
            out.append(replace(m, start=a, end=b, text=text[a:b]))
    return out


def _town_then_code(text: str, start: int, end: int, codes: Sequence[tuple[int, int]]) -> bool:
    """Whether the piece ``text[start:end]`` is a known town, a comma and the number after it
    that a rule found as a code ("aradippou, seven one zero two": its postcode said digit by
    digit), so the piece is the address's, not an ID said after it."""
    first = min((s for s, e in codes if s < end and start < e), default=start)
    town = text[start:first].strip().rstrip(",").strip()
    if not town or first <= start or not text[start:first].rstrip().endswith(","):
        return False
    return default_places().is_place(town)


def lines_at_joins(text: str) -> str:
    """``text`` (the text under analysis) with a line break where two of its pieces meet, as a
    typed transcript has at a turn's end (same length): a question that ends its cue ends its
    line."""
    pieces = _PIECE_JOINS.get()
    if pieces.length != len(text) or not pieces.joins:
        return text
    chars = list(text)
    for join in pieces.joins:
        gap, right = _join_gap(text, join)
        if gap < right:
            chars[gap] = "\n"
    return "".join(chars)


def turn_between(text: str, start: int, end: int) -> bool:
    """Whether another speaker's piece of the text under analysis starts in ``text[start:end]``."""
    pieces = _PIECE_JOINS.get()
    return pieces.length == len(text) and _any_within(pieces.turns, start, end)
