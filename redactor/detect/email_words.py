"""A word of a spoken e-mail address said again alone while it is spelled out.

A speaker who dictates an address spells its hard part right after it: "the email is preacha
morgan at yahoo dot com, morgan with an n at the end, m o r g a n".  The address is found whole
and the letters as a spelled name, but the bare "morgan" between them is the same value as the
address's local part and names its owner as much: :func:`email_words_said_again` finds it.

A word of the local part (three letters or more, no word of the address's own vocabulary such as
"dot" or "underscore") counts when it comes again soon after the address, in the same line, and
either is no common English word or is being spelled: spelling talk follows it ("with an n at
the end", "spelled", "like ...", "as in ...") or spelled letters that spell it.  It is a PERSON
when the letters spell it or the name lists know it as a name, else a part of the address
(EMAIL): "info at ... , info is ..." is neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, default_gazetteer
from redactor.model import Mention

DETECTOR = "EmailWordSaidAgain"
# How far after an address its words are looked for (characters, in the same line).
_REACH = 160
# How far after the word the letters that spell it may begin.
_LETTERS_REACH = 60
# A word this common in English is found again only while it is spelled.
_COMMON_ZIPF = 3.5
_SPELLED = "SpelledOutRecognizer"
# Where a spoken address's local part ends: " at " before the domain, or "@".
_AT = re.compile(r"(?:\s+at\s+|\s*@\s*)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# Words that say a local part's punctuation, not its letters.
_ADDRESS_WORDS = frozenset("dot underscore dash hyphen point all one word lower upper case small capital".split())
# Spelling talk right after a word: "with an n at the end", "with two t's", "spelled", "like", "as in",
# "then k o v" (the letters said after it in the address).
_SPELLING_TALK = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:with[^\S\n]+(?:a|an|one|two|double|no)[^\S\n]+\w|spelled|spelt|spell|like[^\S\n]+\w|as[^\S\n]+in"
    r"|then[^\S\n]+(?:the[^\S\n]+letters?[^\S\n]+)?[^\W\d_](?![^\W\d_]))\b",
    re.IGNORECASE)


def _local_words(address: str) -> set[str]:
    """The lower-case words of a spoken address's local part ("preacha", "morgan")."""
    at = _AT.search(address)
    local = address[:at.start()] if at is not None else ""
    return {w for w in (m.group().lower() for m in _WORD.finditer(local))
            if len(w) >= 3 and w not in _ADDRESS_WORDS and w not in FUNCTION_WORDS}


def _spelled_by(text: str, end: int, word: str, mentions: Sequence[Mention]) -> bool:
    """Whether letters found spelled out soon after ``end`` spell ``word``."""
    return any(m.detector == _SPELLED and end <= m.start <= end + _LETTERS_REACH
               and "".join(_WORD.findall(text[m.start:m.end])).lower() == word for m in mentions)


def _said_again(text: str, email: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    words = _local_words(email.text)
    if not words:
        return []
    line_end = text.find("\n", email.end)
    stop = min(email.end + _REACH, line_end if line_end != -1 else len(text))
    found = []
    for match in _WORD.finditer(text, email.end, stop):
        word = match.group().lower()
        if word not in words or any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        spelled = _spelled_by(text, match.end(), word, mentions)
        if zipf_frequency(word, "en") >= _COMMON_ZIPF and not spelled \
                and _SPELLING_TALK.match(text, match.end()) is None:
            continue
        info = default_gazetteer().get(word)
        kind = "PERSON" if spelled or (info is not None and (info.first or info.last)) else "EMAIL"
        found.append(Mention(match.start(), match.end(), kind, email.score, DETECTOR, match.group()))
    return found


def email_words_said_again(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Words of a spoken e-mail address's local part said again alone right after it (see the
    module docstring), as mentions of their own."""
    return [m for email in mentions if email.entity_type == "EMAIL" and _AT.search(email.text)
            for m in _said_again(text, email, mentions)]
