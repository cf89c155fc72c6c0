"""The job a source asks to be described by in print, not the job that tells who the source is.

Asked how the story should describe them, sources give a wording that hides them among many:
"Say a nurse.", "Write \"a health worker in the Artibonite\".", "call me a port worker in sanma",
"so please just say \"a doctor in Mashhad\"", "I want you to write \"a railway worker\" and nothing
else".  That job is said as any one of a trade, chosen to be printed; the writers of the design
sets leave it unmarked (round 37: 11 of 12 such jobs over six design sets), and the job the source
holds is found where it is said ("I am a midwife at the district hospital").  The job rules read
"a nurse" as a job held; :func:`without_cover_roles` drops it again when an imperative of wording
("say", "write", "put", "call me", "describe me as") opens its clause right before it, with "a" or
"an".  Said after "don't", "do not" or "not" it is what must not be printed, the telling wording
("Don't say \"night charge nurse at Marion\""), and stays; so does a job said after "the", which is
one person ("say the head of wardrobe").
"""

from __future__ import annotations

from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

_SP = r"[^\S\n]"
_ROLES = frozenset({"OCCUPATION", "RANK"})
# An imperative of wording at its clause's head, then "a"/"an" (in quotes or not) right before the
# job: after a stop, a colon, a dash, a turn's mark, a quote, or "please"/"just"/"so"/"then"/"and"/
# "maybe" and "to" ("I want you to write"); a negation before the verb is no clause head, so
# "don't say a" and "do not write a" are not read.
_COVER = own_compiled(
    rf"(?:^|(?<=[.!?:;,>\-–—\"“(\n])"
    rf"|(?<![\w'’-])(?:please|just|so|then|and|maybe|simply|only|to)(?![\w'’-])){_SP}*"
    rf"(?:(?:please|just|simply|only){_SP}+)*"
    rf"(?:say|write|put|call{_SP}+me|describe{_SP}+me{_SP}+as)"
    rf"{_SP}*(?:\\?[\"“'‘]{_SP}*)?an?{_SP}+\Z",
    regex.I)
_LOOK_BACK = 48


def _cover(text: str, m: Mention) -> bool:
    return m.entity_type in _ROLES and _COVER.search(text, max(0, m.start - _LOOK_BACK), m.start) is not None


def without_cover_roles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the jobs a source asks to be described by (see the module)."""
    return [m for m in mentions if not _cover(text, m)]
