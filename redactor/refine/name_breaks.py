"""A hyphenated name broken at a line's end, made one person's span again.

Subtitles and captions wrap a hyphenated surname at its hyphen ("gor-" at the end of one line or
cue, "hovhannisyan" at the start of the next; "ter-\\nmartirosyan"), and a subtitle reader turns
the line break into a space.  A detector finds the half it knows ("hovhannisyan"), or calls it a
firm ("martirosyan"); the other half left beside the replacement still says who it was.
:func:`join_broken_names` grows a person's span over the half across the break, and makes a
one-word organisation or place the model found right after such a half a person.  A half is a
surname's particle ("ter", "al", "abu"), a word a name list knows, or a word rare in English
("gor"): an ordinary word broken at its hyphen ("well-\\nknown", "long-\\nstanding") is no
person's, so nothing joins it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import PARTICLES, default_gazetteer
from redactor.model import GUESSING_DETECTORS, Mention

# A word, its hyphen and the break after it: a line break (spaces around it) or the space a
# subtitle reader puts for one.
_HALF_BEFORE = re.compile(r"(?<![\w'’-])(?P<half>[^\W\d_]{2,14})-(?:[^\S\n]*\r?\n[^\S\n]*|[^\S\n])$")
_HALF_AFTER = re.compile(r"-(?:[^\S\n]*\r?\n[^\S\n]*|[^\S\n])(?P<half>[^\W\d_]{2,20})(?![\w'’-])")
# A half this rare in English may be a name's whatever the lists say ("gor" of "gor-hovhannisyan").
_RARE_HALF_ZIPF = 3.0
_NAME_TYPES = frozenset({"ORGANIZATION", "LOCATION"})
_REACH = 24


def _name_half(word: str) -> bool:
    """A particle, a word a name list knows as a name, or a word rare in English."""
    folded = word.lower()
    if folded in PARTICLES:
        return True
    info = default_gazetteer().get(folded)
    if info is not None and (info.first or info.last) and info.zipf < _RARE_HALF_ZIPF + 1:
        return True
    return zipf_frequency(folded, "en") < _RARE_HALF_ZIPF


def _surname_half(word: str) -> bool:
    """A second half that makes a one-word organisation or place a person: a surname the lists
    know, or a word rare in English ("martirosyan")."""
    info = default_gazetteer().get(word.lower())
    return (info is not None and info.last and not info.place) or zipf_frequency(word.lower(), "en") < _RARE_HALF_ZIPF - 1


def _joined(text: str, m: Mention) -> Mention:
    before = _HALF_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    after = _HALF_AFTER.match(text, m.end) if text[m.end - 1:m.end].isalpha() else None
    if m.entity_type in _NAME_TYPES:
        # the model's firm or place after a name's first half: "ter-" + "martirosyan"
        if before is None or m.detector not in GUESSING_DETECTORS or " " in m.text.strip() or \
                not (_name_half(before.group("half")) and _surname_half(m.text.strip())):
            return m
        return replace(m, start=before.start(), entity_type="PERSON", key="", text=text[before.start():m.end])
    start = before.start() if before is not None and _name_half(before.group("half")) else m.start
    end = after.end() if after is not None and _name_half(after.group("half")) else m.end
    return m if (start, end) == (m.start, m.end) else replace(m, start=start, end=end, text=text[start:end])


def _merge_overlapping_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two people's spans that overlap after the halves were joined ("Anna Sargsyan-" and
    "Sargsyan-\nPetrosyan") made one person's span."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        last = out[-1] if out else None
        if last is not None and m.start < last.end and m.entity_type == last.entity_type == "PERSON":
            end = max(last.end, m.end)
            out[-1] = replace(last, end=end, text=text[last.start:end], score=max(last.score, m.score),
                              key=last.key if last.known_identity else "")
            continue
        out.append(m)
    return out


def join_broken_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's span grown over a name's half across a hyphen's line
    break, and a one-word organisation or place after such a half made that person."""
    grown = [_joined(text, m) if m.entity_type == "PERSON" or m.entity_type in _NAME_TYPES else m
             for m in mentions]
    if all(g is m for g, m in zip(grown, mentions)):
        return list(mentions)
    return _merge_overlapping_people(text, grown)
