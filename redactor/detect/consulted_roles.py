"""The lawyers a source deals with about the story, not people of the story's work.

An interview of a source names the lawyers the source and the newsroom turn to: "for our lawyer,
your ID?", "the lawyer asked for your passport", "my lawyer, Mrs. Nikolovska, says", "he has a
lawyer now", "the notary stamped it".  A lawyer or a notary so said is one of the many the source
or the newsroom consults, not one person of the source's workplace; left beside its replacement
it says nothing of who the source is.  The job rules read such words as any job said of one
person ("the lawyer said"); :func:`without_consulted_roles` drops them again, unless the job is
said as someone's own ("I'm a lawyer", "his wife is a notary", "worked as a paralegal"): that one
is a person of the story with that trade.  A journalist is left to the rules, which read the
interview's own people apart ("the reporter asked") and an outlet's ("a Malaysiakini reporter
called me").
"""

from __future__ import annotations

from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

_SP = r"[^\S\n]"
# The legal trades a source consults.
_CONSULTED = frozenset("""
lawyer solicitor attorney barrister notary paralegal
""".split())
_ROLES = frozenset({"OCCUPATION", "RANK"})
# A job said as someone's own: after a copula or "as", with at most two words between ("is a
# lawyer", "i'm a junior solicitor", "worked as a paralegal"), none a preposition ("she is with a
# lawyer" is one she consults).
_OWN = own_compiled(
    rf"(?:(?<![\w'’-])(?:am|is|was|were|be|been|become|became|becomes|as)|['’](?:m|s|re))"
    rf"(?:{_SP}+(?!(?:with|for|to|from|at|by|of|in|on|has|had|have|got|get|gets)(?![\w'’-]))[\p{{L}}-]+){{0,2}}{_SP}+\Z",
    regex.I)
_LOOK_BACK = 40


def _consulted(text: str, m: Mention) -> bool:
    words = m.text.split()
    return m.entity_type in _ROLES and bool(words) and words[-1].lower() in _CONSULTED \
        and _OWN.search(text, max(0, m.start - _LOOK_BACK), m.start) is None


def without_consulted_roles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the lawyers and notaries a source deals with (see the module)."""
    return [m for m in mentions if not _consulted(text, m)]
