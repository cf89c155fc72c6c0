"""A unit or a shift of a workplace the filters kept: "the patrol unit of the Kisumu station",
"the night shift of ward 4", "the rapid response team of the Obalende division".

A unit said alone ("the patrol unit came") is any force's; said as the part of a named station,
a numbered ward or an organisation the filters kept, it is one group of people the source
belongs to or met, and it narrows who they are as much as the station does.  The unit is found
as a WORK_UNIT; when what it is of is itself a WORK_UNIT ("ward 4"), the two are one span ("the
night shift of ward 4").  An organisation or a place keeps its own span and its own, consistent
replacement; a public body is no kept mention, so "the foreign affairs department of the
European Union" is left.
"""

from __future__ import annotations

from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

DETECTOR = "UnitOfWorkplace"
_SCORE = 0.5
_SP = r"[^\S\n]"
# What a unit may be of: a kept mention of these kinds starting right after "of (the)".
_OF_KINDS = frozenset({"WORK_UNIT", "ORGANIZATION", "LOCATION", "MILITARY_UNIT"})
_UNIT_WORD = (r"(?:unit|shift|team|squad|crew|section|desk|watch|platoon|detail|patrol|brigade|division|wing|"
              r"cell|gang|line|ward|department|dept)")
_NOT_WHICH = r"(?:the|a|an|of|and|or|in|on|at|to|for|with|same|whole|other|this|that|every|each|some|any|one)"
# "the patrol unit of (the) ", "our night shift of ": one or two words that say which unit, then
# the unit word and "of" - what stands right before a kept mention.
_UNIT_BEFORE = own_compiled(
    rf"(?<![\w'’-])(?:the|our|my|his|her|their){_SP}+"
    rf"(?P<unit>(?:(?!{_NOT_WHICH}(?![\w'’-]))\p{{L}}[\p{{L}}'’-]*{_SP}+){{1,2}}{_UNIT_WORD})"
    rf"{_SP}+of{_SP}+(?:the{_SP}+)?$", regex.I)


def units_of_kept(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A WORK_UNIT for each unit said as the part of a kept workplace, station or ward, grown over
    that part when it is a WORK_UNIT itself."""
    found = []
    for m in mentions:
        if m.entity_type not in _OF_KINDS:
            continue
        before = _UNIT_BEFORE.search(text, max(0, m.start - 60), m.start)
        if before is None:
            continue
        start = before.start("unit")
        end = m.end if m.entity_type == "WORK_UNIT" else before.end("unit")
        if any(o.start < end and start < o.end and o.entity_type not in {"WORK_UNIT", "UNIQUE_DETAIL"}
               and o is not m for o in mentions):
            continue
        found.append(Mention(start, end, "WORK_UNIT", _SCORE, DETECTOR, text[start:end]))
    return found
