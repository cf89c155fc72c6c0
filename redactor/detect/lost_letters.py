"""A code's letters said, cut off by lost speech, and said again with the code.

A source who reads out a reference, a plate or a card number often starts with its letters, is
not heard ("[inaudible]", "(crosstalk)") and starts again: "it's t s a [inaudible] ... sorry, t
s a dash two zero two five dash zero four four one seven", "one is k a k (crosstalk) kak zero
seven dash one one four three two".  The first letters stand alone and no rule takes them; the
second time the figures after the letters may be found alone, even as a phone's (a phone is
never read with letters before it).  Here, where letters (two to four said one by one, or two
or three written as one word that English hardly uses) stand right before a note that speech was
lost, and the same letters are said again within :data:`REACH` characters after it, right before
a code or a number found there (a space or a separator word between):

- the letters before the note are that code's, found with its type (an ID, a plate; a number
  found as a phone's is an ID's);
- the code said again takes its letters too (one span from the letters to its end).

Letters that are no code's are left: a word said again ("it is [inaudible] it is 4471" has no
letters), letters said again before no found code.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.spoken.base import LOST_SPEECH
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS
from redactor.model import Mention

DETECTOR = "LettersSaidAgain"
REACH = 200
# The codes whose letters may have been said before; a phone's figures read after letters are an ID.
_CODES = frozenset({"ID_NUMBER", "VEHICLE_PLATE", "PHONE"})
# Two to four letters said one by one, or two or three written as one word, then the note.
_BEFORE_LOST = own_compiled(
    rf"""(?ix) (?<![\w'’-]) (?P<letters> [a-z] (?: [^\S\n]+ [a-z] ){{1,3}} | [a-z]{{2,3}} )
    [^\S\n]* (?: \[ [^\S\n]* (?: {LOST_SPEECH} ) [^\[\]\n]{{0,30}} \] | \( (?: {LOST_SPEECH} ) \) )""")
# Between the letters said again and the code found after them.
_BETWEEN = own_compiled(r"(?i)(?:[^\S\n]+|[^\S\n]*[-/][^\S\n]*|[^\S\n]+(?:dash|slash|hyphen)[^\S\n]+)")
# A word this common is a word said again, not letters.
_WORD_ZIPF = 3.0


def _letters_again(key: str) -> regex.Pattern[str]:
    """The letters of ``key`` said one by one or written as one word."""
    return regex.compile(r"(?i)(?<![\w'’-])" + r"[^\S\n]*".join(regex.escape(c) for c in key) + r"(?![\w'’-])")


def _reads_as_letters(written: str) -> bool:
    """Whether the letters before the note are letters: said one by one, or a word English
    hardly uses ("kak", "hr"; not "is", "the")."""
    if " " in written.strip():
        return True
    low = written.casefold()
    return low not in FUNCTION_WORDS and zipf_frequency(low, "en") < _WORD_ZIPF


def _code_after(text: str, codes: Sequence[Mention], again: regex.Match[str]) -> Mention | None:
    """The code found right after the letters said again (a space or a separator word between)."""
    return next((c for c in codes if c.start >= again.end() and c.start - again.end() <= 12
                 and _BETWEEN.fullmatch(text, again.end(), c.start)), None)


def _with_letters(text: str, mentions: list[Mention], cut: regex.Match[str], again: regex.Match[str],
                  code: Mention) -> list[Mention]:
    """``mentions`` with the letters before the note found as ``code``'s kind and ``code`` grown
    back over its letters said again."""
    kind = "ID_NUMBER" if code.entity_type == "PHONE" else code.entity_type
    start, end = cut.start("letters"), cut.end("letters")
    out = list(mentions)
    if not any(m.start < end and start < m.end for m in out):
        out.append(Mention(start=start, end=end, entity_type=kind, score=code.score, detector=DETECTOR,
                           text=text[start:end]))
    grown = replace(code, start=again.start(), entity_type=kind, text=text[again.start():code.end],
                    detector=DETECTOR, key="")
    out = [m for m in out if m is not code and not (again.start() <= m.start and m.end <= code.end)]
    out.append(grown)
    return out


def letters_said_again(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the letters of a code said before lost speech and the code said again
    with them found (see the module docstring)."""
    codes = sorted((m for m in mentions if m.entity_type in _CODES), key=lambda m: m.start)
    if not codes or ("[" not in text and "(" not in text):  # no note of lost speech can stand there
        return list(mentions)
    out = list(mentions)
    for cut in _BEFORE_LOST.finditer(text):
        written = cut.group("letters")
        if not _reads_as_letters(written):
            continue
        key = "".join(written.split()).casefold()
        for again in _letters_again(key).finditer(text, cut.end(), min(len(text), cut.end() + REACH)):
            code = _code_after(text, codes, again)
            if code is not None:
                out = _with_letters(text, out, cut, again, code)
                break
    return out
