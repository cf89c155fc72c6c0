"""A size, age or affection word said before a name in an apposition is part of how the person
is called.

"My family says Hodan Yare, little Hodan, because ...", "a lad drives the lorry, wee kenny,
kenny rendall", "his ma, old ma korpo, she refused it": set off by a comma, an adjective and
the name after it are one name the person goes by (half hidden, "little [PERSON 1]" says who
among two namesakes).  The detectors find the name and leave the adjective; this grows the
person's span over it.

The word is an adjective by the dictionary (WordNet's base forms, :mod:`redactor.lexicon.dictionary`)
and not: a stop word ("only", "other", "same"), a function word, a verb's inflected form
("said Hodan"), a title or kinship word (the detectors read those themselves), an endearment
("dear Hodan") or a word a reply opens with ("okay", "sorry", "right": said to the person, not
of them).  Only in an apposition of that person: after a comma that follows their name or a
word for a person ("Hodan Yare, little Hodan", "his ma, old ma korpo"), or before a comma and
their other name ("wee kenny, kenny rendall"); never after a place or a thing ("the mine outside
dawson", "user r v j r, like ramon junior": "outside" and "like" are adjectives to WordNet too).
No key is set: grouping reads the grown name as any name said with a word before it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.overlaps import SPEAKER_FIELD, SPEAKER_LABEL
from redactor.detect.prefilter import own_compiled
from redactor.lexicon.dictionary import is_base_form, parts_of_speech, stop_words
from redactor.lexicon.folding import fold_case
from redactor.lexicon.names import FILLERS, FUNCTION_WORDS, PERSON_NOUNS
from redactor.lexicon.places import DIRECTIONAL_PREPOSITIONS, LOCATIVE_PREPOSITIONS
from redactor.lexicon.titles import ENDEARMENTS, NOT_NAME_WORDS
from redactor.model import Mention

# A lower-case word right before a name, after a comma and the word before that comma.
_WORD_BEFORE = own_compiled(r"(?P<before>\p{L}+)[^\S\n]*,[^\S\n]*(?P<word>\p{Ll}+)[^\S\n]+$")
_REACH = 60
# A comma and the next word after a name.
_COMMA_AFTER = own_compiled(r"[^\S\n]*,[^\S\n]*(?=\p{L})")
# Prepositions WordNet also lists as adjectives ("like ramon junior", "outside dawson").
_PREPOSITIONS = LOCATIVE_PREPOSITIONS | DIRECTIONAL_PREPOSITIONS | frozenset(
    "like unlike near inside outside opposite past next round above below under over off out up down "
    "behind beyond along after before".split())
# Words a reply or a turn opens with, adjectives to the dictionary ("okay, sorry hodan, one more").
_REPLIES = frozenset("okay ok alright right sorry well great good fine sure perfect nice cool".split())


def _epithet(word: str) -> bool:
    """Whether ``word`` (lower case) is an adjective that may be said as part of a name."""
    if len(word) < 3 or word in FUNCTION_WORDS or word in FILLERS or word in ENDEARMENTS \
            or word in NOT_NAME_WORDS or word in _REPLIES or word in stop_words() \
            or word in _PREPOSITIONS:
        return False
    kinds = parts_of_speech(word)
    return "adj" in kinds and ("verb" not in kinds or is_base_form(word, "verb"))


def _of_a_person(text: str, found: regex.Match[str], m: Mention, people: Sequence[Mention]) -> bool:
    """Whether the apposition ``found`` before person ``m`` is said of a person: the word before
    its comma ends a person's name or is a word for a person, or ``m`` is followed by a comma
    and another person's name."""
    before = found.end("before")
    if any(p.end == before for p in people) or fold_case(found["before"]) in PERSON_NOUNS:
        return True
    after = _COMMA_AFTER.match(text, m.end)
    return after is not None and any(p.start == after.end() for p in people)


def epithets_before_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's span grown over an adjective said right before it in an
    apposition of that person (see the module docstring), where no other mention covers the word."""
    out = list(mentions)
    people = [m for m in out if m.entity_type == "PERSON"]
    for n, m in enumerate(out):
        if m.entity_type != "PERSON" or m.detector in {SPEAKER_LABEL, SPEAKER_FIELD}:
            continue
        found = _WORD_BEFORE.search(text, max(0, m.start - _REACH), m.start)
        if found is None or not _epithet(found["word"]) or not _of_a_person(text, found, m, people):
            continue
        start = found.start("word")
        if any(o.start < m.start and start < o.end for o in out if o is not m):
            continue
        out[n] = replace(m, start=start, text=text[start:m.end], key=m.key if m.known_identity else "")
    return out
