"""A word said again and again right before the people of a document is how they are called.

A caption writes the honorific or kinship word of the speaker's language in small letters
before each name it goes with ("tutu kalena ... tutu malia", "tata kalenga ... tata mwamba"),
and an article before a nickname each time it is said ("le Borgne" ... "warned le Borgne").
No table holds every such word, but the document shows it: a word no finding covers that
stands right before found people's names at least twice is said with the name, and goes into
the name's span each time (a name half covered is half hidden).  Only a word English hardly
uses (Zipf frequency under ``MAX_ZIPF``) and a dictionary holds as a noun at most, never a
verb, an adjective or an adverb ("asked Ana ... asked Boris", "dear Ana"), a function word, a
word for a person ("my colleague Ana") or a title the detectors read themselves ("inspector"),
a greeting, a filler, a month or a day; and only a word in the name's own piece of the file (a
word that ends a cue, or a JSON segment's speaker field, "INTERVIEWER", read right before the
next segment's "Hallgrímur Bjarnason", is no title of his).  Grouping reads the widened name as it reads any
name said with a word before it (no key is set: a key would make the lone given name of one
document join a full name of another).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import replace
from typing import Sequence

from redactor.detect.overlaps import SPEAKER_FIELD, SPEAKER_LABEL
from redactor.detect.prefilter import own_compiled
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import parts_of_speech
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FILLERS, FUNCTION_WORDS, PERSON_NOUNS
from redactor.lexicon.titles import ENDEARMENTS, NOT_NAME_WORDS
from redactor.model import Mention

# A word this common in English is an everyday word, not a title said before names.
MAX_ZIPF = 5.0
# Times the word must stand right before a found person's name in the document.
MIN_TIMES = 2
# Greetings said before the name of whoever is greeted ("hello Ana ... hello Boris").
_GREETINGS = frozenset("hello hallo hullo hey hi hiya bye goodbye cheers thanks howdy welcome".split())
_WORD_BEFORE = own_compiled(
    r"(?<![\p{L}\p{M}\d'’.-])(?P<word>\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?)[^\S\n]+$")
_REACH = 30
_NAME_TYPES = frozenset({"PERSON"})


def _title_like(word: str) -> bool:
    """Whether ``word`` (folded) may be a title said before names: see the module docstring."""
    if len(word) < 2 or word in FUNCTION_WORDS or word in NOT_NAME_WORDS or word in PERSON_NOUNS \
            or word in ENDEARMENTS or word in FILLERS or word in MONTHS_AND_DAYS or word in _GREETINGS:
        return False
    return zipf_frequency(word, "en") < MAX_ZIPF and parts_of_speech(word) <= {"noun"}


def _covered(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def titles_said_again(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = ()) -> list[Mention]:
    """``mentions`` with each person's name that a word said before found names at least
    ``MIN_TIMES`` times in ``text`` stands right before widened to hold the word (see the
    module docstring).  ``piece_starts`` (sorted): where each piece of the file (a cue, a
    segment, a speaker field) starts in ``text``; a word is never taken from another piece."""
    before: dict[str, list[tuple[Mention, int]]] = defaultdict(list)
    for m in mentions:
        if m.entity_type not in _NAME_TYPES or m.detector in {SPEAKER_LABEL, SPEAKER_FIELD}:
            continue
        found = _WORD_BEFORE.search(text, max(0, m.start - _REACH), m.start)
        if found is None or bisect.bisect_right(piece_starts, found.start("word")) \
                != bisect.bisect_right(piece_starts, m.start):
            continue
        word = found["word"].casefold()
        if _title_like(word) and not _covered(mentions, found.start("word"), found.end("word")):
            before[word].append((m, found.start("word")))
    widened = {id(m): start for said in before.values() if len(said) >= MIN_TIMES for m, start in said}
    if not widened:
        return list(mentions)
    return [replace(m, start=widened[id(m)], text=text[widened[id(m)]:m.end])
            if id(m) in widened else m for m in mentions]
