"""A code's separator said aloud before a group of it ("dash two six", "slash nine one").

A source who dictates a reference says its dashes and slashes as words.  When the reading breaks
(a cue ends, the line is not heard, the listener cuts in), the next group starts with the
separator: "... four four one [inaudible] dash two six", "q t [inaudible] slash nine one
three", "... dash zero one to dash zero five".  The group's figures are found as the code's piece
(or not at all), the separator word before them is left in the text, and a separator that is also
a given name ("Dash") is taken with the first figure for a person.  Here:

- a code found right after its separator word (only spaces between) starts at the word, and a
  name guessed over the word alone ("Dash") is dropped;
- a separator word and figures or spelled letters after it (two at least), where nothing but a
  guessed name holds them, ending its clause, line, cue or segment, said at most :data:`REACH` characters after
  a found code (an ID, a plate), is a group of that code: found with its type and key (one code,
  one replacement), or with a key of its own after a word of a range or a list ("... dash zero
  one to dash zero five": the series' next code); a name guessed over the separator word there
  is dropped.

No one says "dash" or "slash" before figures but to read a code, so no count or time is taken:
a separator after a word ("a dash of milk", "slash and burn") starts no group.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.joins import FIGURE_WORDS, ends_its_piece, piece_starts_between
from redactor.detect.prefilter import own_compiled
from redactor.entities.group import value_key
from redactor.model import Mention

DETECTOR = "SaidSeparator"
_CODES = frozenset({"ID_NUMBER", "VEHICLE_PLATE"})
# The types a word of a group may have been guessed as, which the group takes over.
_GUESSED = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "QUANTITY", "COUNT", "DURATION"})
REACH = 160
_SEPARATOR = r"(?:dash|slash|hyphen|stroke)"
# One word of a group: a figure word (a year's tens written as one: "twenty-six"), typed digits
# or one letter.
_GROUP_WORD = rf"(?:(?:{FIGURE_WORDS})(?:-(?:{FIGURE_WORDS}))?|\d+|[^\W\d_])(?![^\W\d_])"
# Between two words of a group: spaces, or a caption's line break inside its cue, maybe after the
# speaker's comma ("slash six\ntwenty twenty-six", "slash eleven,\ntwenty twenty six"): a caption
# breaks its lines by width, not where a code's groups end.  The next line starts with the word
# (a line opened by a blanked speaker's label or a cue's number and times is no going on).
_GROUP_GAP = r"(?:[^\S\n]+|,?[^\S\n]*\n)"
# The separator word right before a found code (only spaces between).
_SEPARATOR_BEFORE = own_compiled(rf"(?<![^\W\d_]){_SEPARATOR}[^\S\n]+\Z", regex.IGNORECASE)
# A separator word and the group after it, two words at least.
_GROUP = own_compiled(
    rf"""(?ix) (?<![^\W\d_]) {_SEPARATOR} {_GROUP_GAP} {_GROUP_WORD} (?: {_GROUP_GAP} {_GROUP_WORD} )+""")
# What ends the group's clause: a mark, the line's end or the text's.
_ENDS_CLAUSE = own_compiled(r"[^\S\n]*(?:[.,;:!?…()\[\]]|\n|\Z)")
_SEPARATOR_REACH = 8
# A word of a range or a list between a code and the group after it: another code of the series.
_RANGE_OR_LIST = own_compiled(r"(?<![^\W\d_])(?:to|through|thru|till|until|and|or)(?![^\W\d_])", regex.IGNORECASE)


def _widened(text: str, m: Mention, mentions: Sequence[Mention]) -> tuple[Mention, list[Mention]]:
    """``m`` (a code) from the separator word said right before it, where no other mention holds
    it but a guess that lies within the code so widened (the given name "Dash" the name lists
    find in "dash four four one"), and the guesses it takes over."""
    said = _SEPARATOR_BEFORE.search(text, max(0, m.start - _SEPARATOR_REACH), m.start)
    if said is None:
        return m, []
    over = [o for o in mentions if o is not m and o.start < m.start and said.start() < o.end]
    if any(o.entity_type not in _GUESSED or o.start < said.start() or o.end > m.end for o in over):
        return m, []
    return replace(m, start=said.start(), text=text[said.start():m.end]), over


def _codes_widened(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each code widened to the separator said before it (``_widened``), less
    the guesses the widened codes took over."""
    widened = {id(m): _widened(text, m, mentions) for m in mentions if m.entity_type in _CODES}
    taken_over = {id(o) for _, over in widened.values() for o in over}
    return [widened[id(m)][0] if id(m) in widened else m for m in mentions if id(m) not in taken_over]


def _ends_clause(text: str, end: int, joins: Sequence[int]) -> bool:
    """Whether a group ending at ``end`` ends its clause, its line, or its cue or segment
    (``joins``: where the next ones start)."""
    if _ENDS_CLAUSE.match(text, end) is not None:
        return True
    return ends_its_piece(end, joins)


def _code_before(text: str, codes: Sequence[Mention], start: int) -> Mention | None:
    """The nearest code found at most :data:`REACH` characters before ``start``."""
    before = [c for c in codes if c.end <= start and start - c.end <= REACH]
    return before[-1] if before else None


def _group_of(text: str, code: Mention, start: int, end: int) -> Mention:
    """The group from ``start`` to ``end`` found as ``code``'s; after a word of a range or a list
    ("... dash zero one to dash zero five") the series' next code, with a key of its own."""
    key = "" if _RANGE_OR_LIST.search(text, code.end, start) else value_key(code)
    return Mention(start=start, end=end, entity_type=code.entity_type, score=code.score, detector=DETECTOR,
                   text=text[start:end], key=key, label=code.label if key else "")


def said_separators(text: str, mentions: Sequence[Mention], joins: Sequence[int] = ()) -> list[Mention]:
    """``mentions`` with codes widened to the separator said before them and the groups said
    after a separator near a found code found as that code (see the module docstring);
    ``joins``: where the text's cues or segments start."""
    codes = sorted((m for m in mentions if m.entity_type in _CODES), key=lambda m: m.end)
    if not codes:
        return list(mentions)
    out = _codes_widened(text, mentions)
    added: list[Mention] = []
    for group in _GROUP.finditer(text):
        start, end = group.start(), group.end()
        inside = [m for m in out if m.start < end and start < m.end]
        code = _code_before(text, codes, start)
        # a group read over a line break goes on inside its own cue only: no piece starts inside
        # it (one starting right at its end does not cut it)
        if (code is None or not _ends_clause(text, end, joins) or piece_starts_between(joins, start, end - 1)
                or any(m.entity_type not in _GUESSED for m in inside)):
            continue
        added.append(_group_of(text, code, start, end))
        out = [m for m in out if m not in inside]
    return out + added if added else out
