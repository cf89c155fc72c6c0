"""A number replaced once is replaced wherever the run says it again.

Names are found again by propagation (``redactor.refine.propagate``); numbers are found by their
patterns, and a pattern's context differs where a number is said again: a phone read out in one
Whisper segment ("Yes, it is Orange. 70 48") is found whole in the file's top-level text, a
readback "622-4719" is found in the interviewer's cue while the source's cue said "4719" alone.
The leak audit (``redactor.audit``) searches every output for every value the run replaced, as
whole words once case and punctuation are folded, and refuses a file that still says one: the
file is safe but not written.  So the run does what its audit checks, before writing: every value
with a digit that a mention of the run replaces, and that the audit would search for, is found
again wherever it stands as whole words in any file of the run (a number said in words, "b
seven" of a plate said in pieces, as well as one in digits), with the type, score and key of
the mention it was first found as (one value, one replacement).  Values the audit does not search
(three digits or fewer alone, typed or, for a phone or an ID, said: the piece of a number split
over two cues, which another file may say as a room number) are not looked for either.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from redactor.audit import a_numbers_piece, fold, worth_searching
from redactor.detect.prefilter import own_compiled
from redactor.lexicon.numbers import TEENS, TENS, UNITS, ZEROS
from redactor.model import Mention

DETECTOR = "number found again"
# The audit reads a text as its words (runs of letters and digits) with any run of other
# characters between them as one space: "70 48" is also "70-48", "70.48" and "70\n48".
_WORD = own_compiled(r"[^\W_]+")


# A number said in words is a value like one in digits ("b seven" of a plate said in pieces):
# every word a digit word, a tens or teens word, "hundred"/"double"/"triple" or one letter, at
# least one of them a number.  "the fourth of june" or "twenty years" are not.
_SAID_NUMBER = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | (frozenset(ZEROS) - {"o"}) \
    | {"hundred", "double", "triple"}


def _is_number(value: str) -> bool:
    """A value with a digit, or a number said in words and letters."""
    if any(c.isdigit() for c in value):
        return True
    words = value.split()
    return (any(w in _SAID_NUMBER for w in words)
            and all(w in _SAID_NUMBER or (len(w) == 1 and w.isalpha()) for w in words))


# What a transcriber writes over speech: "[inaudible]", "(crosstalk)", "<laughs>".
_NOISE = own_compiled(r"\[[^\]\n]{0,40}\]|\([^)\n]{0,40}\)|<[^>\n]{0,40}>")


def _said_forms(text: str) -> list[str]:
    """A value's text, and without the transcriber's noise when it holds some: "b seven nine zero a
    [inaudible] g", said in pieces, is read back whole as "b seven nine zero a g"."""
    quiet = _NOISE.sub(" ", text)
    return [text, quiet] if quiet != text else [text]


def _folded(word: str) -> str:
    return word.casefold() if word.isascii() else fold(word).strip()


@dataclass(frozen=True)
class NumberForms:
    """The run's replaced values with a digit, by their first word, and what each was found as.

    Looked up word by word (a dictionary from a value's first word to the values it starts), not
    as one pattern of every value: a run of thousands of files has tens of thousands of values,
    and one alternation of them all costs more per text than the text's detection."""

    by_first: dict[str, list[tuple[tuple[str, ...], Mention]]]

    def __bool__(self) -> bool:
        return bool(self.by_first)

    @classmethod
    def learn(cls, mentions: Iterable[Mention], threshold: float, kept: Iterable[str] = ()) -> "NumberForms":
        """``mentions``' values with a digit (score at least ``threshold``), but ``kept`` values
        (an editor let them stand) and values the audit would not search for."""
        left_alone = {fold(k).strip() for k in kept}
        found_as: dict[str, Mention] = {}
        for m in mentions:
            if m.score < threshold or a_numbers_piece(m.entity_type, m.text):
                continue
            for said in _said_forms(m.text):
                needle = fold(said)
                value = needle.strip()
                if not value or value in left_alone or not _is_number(value) or not worth_searching(needle, True):
                    continue
                first = found_as.get(value)
                if first is None or m.score > first.score:
                    found_as[value] = m
        by_first: dict[str, list[tuple[tuple[str, ...], Mention]]] = {}
        for value, m in found_as.items():
            words = tuple(value.split())
            by_first.setdefault(words[0], []).append((words, m))
        for values in by_first.values():
            values.sort(key=lambda v: len(v[0]), reverse=True)  # the longest value said there
        return cls(by_first)

    def _value_at(self, said: tuple[str, ...], i: int) -> tuple[int, Mention] | None:
        """The longest value whose words start at ``said[i]`` (the text's folded words): its
        length in words and its mention."""
        for value, first in self.by_first.get(said[i], ()):
            n = len(value)
            if i + n <= len(said) and said[i:i + n] == value:  # its first word is said[i]'s
                return n, first
        return None

    def find_in(self, text: str, found: Sequence[Mention]) -> list[Mention]:
        """Where ``text`` says one of the values again with no mention over any of it."""
        if not self.by_first:
            return []
        taken = sorted((m.start, m.end) for m in found)
        # the furthest end of the mentions up to each one, so a bisect finds those reaching a place
        reach = list(accumulate((e for _, e in taken), max))
        words = [(w.start(), w.end(), _folded(w.group())) for w in _WORD.finditer(text)]
        said = tuple(word for _, _, word in words)
        extra: list[Mention] = []
        by_first = self.by_first
        i = 0
        while i < len(words):
            # most words start no value: tested here, not by a call per word
            hit = self._value_at(said, i) if said[i] in by_first else None
            if hit is None:
                i += 1
                continue
            n, first = hit
            start, end = words[i][0], words[i + n - 1][1]
            i += n
            # Said again whole, where a weaker reading took part of it ("4471" as a year of
            # "4471 0932"), it is still found: the overlap policy decides.  Not where a mention
            # already holds all of it or runs across its edge (a longer number, a name).
            if _held_or_crossed(taken, reach, start, end):
                continue
            extra.append(Mention(start, end, first.entity_type, first.score, DETECTOR, text[start:end],
                                 key=first.key, label=first.label))
        return extra


def _held_or_crossed(taken: Sequence[tuple[int, int]], reach: Sequence[int], start: int, end: int) -> bool:
    """Whether a span of ``taken`` (sorted; ``reach``: the furthest end up to each) holds all of
    ``start:end`` or runs across its edge.  Only spans starting before ``end`` and reaching past
    ``start`` can, and they are walked back from ``end`` until none before reaches ``start``: not
    every mention of the document for each value said (quadratic in a long file's numbers)."""
    i = bisect.bisect_left(taken, (end,)) - 1
    while i >= 0 and reach[i] > start:
        s, e = taken[i]
        if s <= start and end <= e or s < end and start < e and not (start <= s and e <= end):
            return True
        i -= 1
    return False
