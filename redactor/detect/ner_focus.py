"""What of a text the NER must read: the sentences that could hold an entity detection keeps.

Detection reads five kinds of spaCy entity (persons, places, facilities, organisations and
dates or times: ``engine._NER_CONFIGURATION``).  In cased English the model finds a person, a
place or a body only at a capitalised word, and a date the filters keep only at a digit or a
date word (a month, a weekday, a number word, a holiday, "noon": ``filters.date_level``).  A
sentence with none of these ("Nobody told us why.", "REPORTER: Where are you now?") cannot give
a kept entity, so the NER need not read it.  Capitals that say nothing: "I", and a sentence's
first word when it is a function word ("So", "The", "Will": the model finds no name in
"Will told me to run.", and cannot tell it from the verb either).

The model's view of a token is its four neighbours on each side (the NER's own window encoder:
depth 4, window 1) and its parser state, so a sentence cut out of its text would see different
neighbours, and the model's labels change at the cuts (on 60 bench transcripts cut into
whole sentences: 27 of 2,809 entities lost and 77 gained).  Each sentence kept is therefore
read with ``CONTEXT_TOKENS`` tokens of the text on each side, exactly as the whole text would
have shown them; an entity wholly inside that context is the skipped sentence's and is dropped.

A lower-case line (captions, restored by ``casing.restore_case``) is read whole: the model
finds "the european commission" or "europe" there without a capital.  A text where little would
be skipped is read whole too, as before: the cut costs more than it saves.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Sequence

from redactor.lexicon.dates import MONTH_NUMBER, WEEKDAYS
from redactor.lexicon.dictionary import stop_words
from redactor.lexicon.names import FILLERS, FUNCTION_WORDS, VOCATIVE_CUES, is_generic_speaker
from redactor.lexicon.numbers import ORDINALS, TEENS, TENS, UNITS

# Tokens of the text around each sentence kept (the NER's window encoder sees 4 on each side).
CONTEXT_TOKENS = 5
# Below this share of tokens skipped, the text is read whole.
MIN_SKIPPED_SHARE = 0.1

_FIRST_PERSON = frozenset(("I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d"))
# Words that make a date the filters keep (``filters.date_level``): months and weekdays and their
# abbreviations, number and ordinal words, holidays, times of day.
_DATE_WORDS = frozenset(MONTH_NUMBER) | frozenset(d.lower() for d in WEEKDAYS) | frozenset(
    "mon tue tues wed thu thur thurs fri sat sun".split()) | frozenset(UNITS) | frozenset(TEENS) | \
    frozenset(TENS) | frozenset(ORDINALS) | frozenset(
    "christmas year easter eid ramadan diwali hanukkah passover kippur hashanah thanksgiving "
    "nowruz halloween carnival o'clock o’clock noon midnight am pm".split())
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_PARTS = re.compile(r"[-.]|['’]s$")  # a word's parts: "four-year", "year's" ("o'clock" stays whole)
# A sentence: up to its end mark and the space after it, or to the end of its line.
_SENTENCE = re.compile(r"[^\n]*?(?:[.!?]+[\"”’)\]]*[^\S\n]+|\n|$)")
_LABEL = re.compile(r"[^\S\n]*([^\W\d][\w .'-]{0,40}?)[^\S\n]*:[^\S\n]*")


@functools.cache
def _openers() -> frozenset[str]:
    """Words a sentence may start with, capitalised, without naming anything."""
    return stop_words() | FUNCTION_WORDS | FILLERS | VOCATIVE_CUES | frozenset(
        "yep nope maybe".split())


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as [start, end) spans that tile it (a line is never split
    across two, and a sentence ends after the space that follows its end mark)."""
    spans, pos, n = [], 0, len(text)
    while pos < n:
        end = _SENTENCE.match(text, pos).end()  # type: ignore[union-attr]  # it matches anywhere
        end = max(end, pos + 1)
        spans.append((pos, end))
        pos = end
    return spans


def _has_cased_letter(word: str) -> bool:
    return any(c.lower() != c.upper() for c in word)


def may_hold_entity(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] could hold an entity of a type detection keeps."""
    pos = start
    if start == 0 or text[start - 1] == "\n":
        label = _LABEL.match(text, start, end)
        if label is not None and is_generic_speaker(label.group(1)):
            pos = label.end()  # "REPORTER:" names no one; the sentence starts after it
    first = True
    for m in _WORD.finditer(text, pos, end):
        word = m.group()
        lower = word.lower()
        if any(c.isdigit() for c in word) or not _DATE_WORDS.isdisjoint(_PARTS.split(lower)):
            return True  # "39", "two", "forty-eight", "a four-year course", "o'clock"
        if not _has_cased_letter(word):
            return True  # a script without case: capitals tell nothing
        if word != lower and word not in _FIRST_PERSON and not (first and lower in _openers()):
            return True
        first = False
    return False


@dataclass(frozen=True)
class Focus:
    """The token ranges [i, j) the NER reads (``read``: sentences kept and their context, in
    order and apart) and within them the tokens of the sentences kept (``kept``)."""

    read: tuple[tuple[int, int], ...]
    kept: tuple[tuple[int, int], ...]

    def tokens(self) -> list[int]:
        """For each token the NER reads, its index in the whole text."""
        return [k for i, j in self.read for k in range(i, j)]

    def holds(self, first: int, last: int) -> bool:
        """Whether tokens [first, last) of the whole text touch a sentence kept."""
        at = bisect.bisect_right(self.kept, first, key=lambda span: span[1])  # the first ending after it
        return at < len(self.kept) and self.kept[at][0] < last


def ner_focus(text: str, token_starts: Sequence[int], whole_lines: Sequence[bool] = ()) -> Focus | None:
    """What of ``text`` the NER must read, or None when it is to be read whole.
    ``token_starts`` are the character offsets of the text's tokens (spaCy's), ascending; a line
    (as ``str.split("\\n")`` counts them) marked in ``whole_lines`` is read whole (a caseless
    line: the model finds names there without capitals)."""
    count = len(token_starts)
    read: list[tuple[int, int]] = []
    kept: list[tuple[int, int]] = []
    line = 0
    for start, end in sentences(text):
        whole = line < len(whole_lines) and whole_lines[line]
        line += text[end - 1] == "\n"
        if not (whole or may_hold_entity(text, start, end)):
            continue
        first, last = bisect.bisect_left(token_starts, start), bisect.bisect_left(token_starts, end)
        if first == last:
            continue
        kept.append((first, last))
        i, j = max(0, first - CONTEXT_TOKENS), min(count, last + CONTEXT_TOKENS)
        if read and read[-1][1] >= i:
            read[-1] = (read[-1][0], j)
        else:
            read.append((i, j))
    if count == 0 or sum(j - i for i, j in read) > count * (1 - MIN_SKIPPED_SHARE):
        return None
    return Focus(tuple(read), tuple(kept))
