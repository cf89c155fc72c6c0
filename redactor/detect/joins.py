"""Codes cut where two subtitle cues or two transcript segments meet.

The pieces of a transcript are joined by a space for detection, so a number said over two cues
reads as one run of words.  A typed code is different: a speech-to-text tool that ends a segment
inside it ("Mine is FJ-KT" | "-09127", "badge LW-" | "118") leaves a space inside the code, and
no rule reads "FJ-KT -09127" as one.  At such a join (a letter or digit on one side, a dash or a
slash on the other, a capital or a digit in the first part, a digit in the code) the detectors
read the text with the space moved behind the code's rest, "FJ-KT-09127 ", the same length;
``unglue`` maps each found span back, so a code found whole covers both parts in the file, the
space between them included.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

import regex

from redactor.lexicon.names import FILLERS
from redactor.lexicon.numbers import TEENS, TENS, TENS_MISSPELT, UNITS, ZEROS
from redactor.model import Mention

# Numbers dictated over cues ("it's oh five three" | "nine one one two [inaudible]" | "sorry,
# four four"): a part's annotation and the words said around the digits at its ends are no part
# of the number.
SAID_NUMBERS = frozenset({"PHONE", "ID_NUMBER"})
_NUMBER_PART_EDGE = (r"(?:\[[^\]\n]*\]?|\([^)\n]*\)?|<[^>\n]*>?|[,;:.!?]|(?<![^\W\d_])(?:sorry|again|i\s+mean|"
                     + "|".join(sorted(FILLERS | {"ok", "okay", "yes", "yeah", "so", "and"}, key=len, reverse=True))
                     + r")(?![^\W\d_]))")
_NUMBER_PART_HEAD = regex.compile(rf"(?:\s*{_NUMBER_PART_EDGE})+\s*", regex.IGNORECASE)
_NUMBER_PART_TAIL = regex.compile(rf"(?r)(?:\s*{_NUMBER_PART_EDGE})+\s*$", regex.IGNORECASE)


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
_LEFT = regex.compile(r"(?<![\w/-])[^\W_]+(?:[-/][^\W_]+)*[-/]?\Z")
_REST = regex.compile(r"[-/]?[^\W_]+(?:[-/][^\W_]+)*(?![\w])")
_DIGIT = regex.compile(r"\d")
# A code's first part has a capital or a digit ("FJ-KT", "LW-", "927-").
_CODE_PART = regex.compile(r"[\p{Lu}\d]")
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


def glues(text: str, joins: Sequence[int]) -> list[Glue]:
    """The joins of ``text`` (where one piece's joiner starts) that cut a code, as glues."""
    found: list[Glue] = []
    for join in sorted(joins):
        gap, right = _join_gap(text, join)
        if gap == right or (found and found[-1].end > gap):
            continue
        if not _splits_a_code(text[max(0, gap - 2):gap], text[right:right + 2]):
            continue
        left = _LEFT.search(text, max(0, gap - _LEFT_CHARS), gap)
        rest = _REST.match(text, right)
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
_NUMBER_WORD = (r"(?:\d+|(?:" + "|".join(sorted({*UNITS, *TEENS, *TENS, *TENS_MISSPELT, *ZEROS, "double", "triple"},
                                                key=len, reverse=True)) + r")(?![^\W\d_]))")
# The run of said digits that ends a cue, with its pauses, and the cue's full stop.
_RUN_BEFORE_STOP = regex.compile(rf"(?r)(?<![^\W\d_]){_NUMBER_WORD}(?:[\s,-]+{_NUMBER_WORD}){{0,24}}(?:[^\S\n]*\[[^\[\]\n]{{1,40}}\])?[^\S\n]*[.…]",
                                 regex.IGNORECASE)
# The next cue going on with the number, maybe after a correction or a hesitation.
_RUN_AFTER = regex.compile(rf"(?:(?:sorry|no|i\s+mean|{'|'.join(sorted(FILLERS, key=len, reverse=True))})"
                           rf"(?![^\W\d_])[\s,.]*)*{_NUMBER_WORD}", regex.IGNORECASE)
_NUMBER_FRAME = regex.compile(r"(?<![^\W\d_])(?:phone|telephone|mobile|cell(?:phone)?|whatsapp|viber|signal|telegram"
                              r"|landline|number|digits|call\s+me\s+on|reach\s+me\s+on)(?![^\W\d_])", regex.IGNORECASE)
# How far before a number its frame is looked for.
_FRAME_CHARS = 60


def numbers_read_on(text: str, joins: Sequence[int], one_speaker: Callable[[int, int], bool] = lambda a, b: True) -> str:
    """``text`` with the full stop that ends a cue inside a dictated number read as a comma;
    ``one_speaker(start, end)`` says whether the same speaker goes on over that stretch (the
    next speaker's numbers are theirs)."""
    chars: list[str] | None = None
    read_on_to = -1  # where the last number read on over a join goes on
    for join in sorted(joins):
        gap, right = _join_gap(text, join)
        run = _RUN_BEFORE_STOP.match(text, max(0, gap - 200), gap) if text[gap - 1:gap] in ".…" else None
        if run is None or run.end() != gap or _RUN_AFTER.match(text, right) is None or not one_speaker(gap, right):
            continue
        if run.start() > read_on_to and _NUMBER_FRAME.search(text, max(0, run.start() - _FRAME_CHARS),
                                                             run.start()) is None:
            continue
        chars = chars if chars is not None else list(text)
        chars[gap - 1] = ","
        read_on_to = right
    return text if chars is None else "".join(chars)


def unglue(text: str, mentions: list[Mention], found: Sequence[Glue]) -> list[Mention]:
    """Mentions found in the glued text, placed in ``text`` (the text as it was)."""
    if not found:
        return mentions
    out = []
    for m in mentions:
        start, end = _back(m.start, found, is_end=False), _back(m.end, found, is_end=True)
        out.append(m if (start, end) == (m.start, m.end) else replace(m, start=start, end=end, text=text[start:end]))
    return out
