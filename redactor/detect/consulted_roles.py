"""The lawyers and the press a source deals with about the story, not people of the story's work.

An interview of a source names the lawyers the source and the newsroom turn to: "for our lawyer,
your ID?", "the lawyer asked for your passport", "my lawyer, Mrs. Nikolovska, says", "he has a
lawyer now", "the notary stamped it".  A lawyer or a notary so said is one of the many the source
or the newsroom consults, not one person of the source's workplace; left beside its replacement
it says nothing of who the source is.  So is the press a source talks to: "why did you decide to
talk to a journalist?", "they asked me did i give the report to a journalist", "A journalist
from De Standaard called the company", "i also talked to a reporter from the daily post": any
one of the press, said with "a" (the reporter of the interview itself the rules read apart,
"the reporter asked", and an outlet's, "a Malaysiakini reporter called me").  The job rules
read such words as any job said of one person ("the lawyer said"); :func:`without_consulted_roles`
drops them again, unless the job is said as someone's own ("I'm a lawyer", "his wife is a
notary", "worked as a paralegal", "I started as a cadet reporter"): that one is a person of the
story with that trade.  So are the doctor and the vet a source or an animal is taken to, said in
one word ("the doctor told his wife", "I spoke to a vet"): not "I want to be a doctor".
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
# The press a source talks to, said as any one of it ("a journalist", "to a reporter"); one said
# with its outlet ("a Malaysiakini reporter") or as "the reporter" is the rules' to read.
_PRESS = frozenset("""
journalist reporter correspondent
""".split())
# The care a source or their animal is taken to, said in one word ("the doctor told his wife it
# was silicosis", "I spoke to a vet, Sunnvá Dam", "the vet, Dr. Emi Okabe, refused to sign"): any
# one of the trade someone saw, which a transcript leaves unmarked (over the design sets of round
# 41: 10 sets replaced a lone "doctor", 8 a lone "vet", none annotated); a kind of doctor ("the
# team doctor", "the ship doctor") and a capitalised "Doctor" someone is called are the rules' to read.
_CARE = frozenset("""
doctor vet
""".split())
_ROLES = frozenset({"OCCUPATION", "RANK"})
# A job said as someone's own: after a copula or "as", with at most two words between ("is a
# lawyer", "i'm a junior solicitor", "worked as a paralegal"), none a preposition ("she is with a
# lawyer" is one she consults).
_OWN = own_compiled(
    rf"(?:(?<![\w'’-])(?:am|is|was|were|be|been|become|became|becomes|becoming|as)|['’](?:m|s|re))"
    rf"(?:{_SP}+(?!(?:with|for|to|from|at|by|of|in|on|has|had|have|got|get|gets)(?![\w'’-]))[\p{{L}}-]+){{0,2}}{_SP}+\Z",
    regex.I)
# "a" said after no comma: "the applicant, a journalist, was born" is the applicant's own job.
_ANY_ONE = own_compiled(rf"(?<!,{_SP}*)(?<![\w'’-])an?{_SP}+\Z", regex.I)
_LOOK_BACK = 40


def _consulted(text: str, m: Mention) -> bool:
    words = m.text.split()
    if m.entity_type not in _ROLES or not words:
        return False
    word, before = words[-1].lower(), max(0, m.start - _LOOK_BACK)
    any_of_the_press = len(words) == 1 and word in _PRESS and _ANY_ONE.search(text, before, m.start) is not None
    if word not in _CONSULTED and m.text not in _CARE and not any_of_the_press:
        return False
    return _OWN.search(text, before, m.start) is None


def without_consulted_roles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the lawyers, notaries, journalists, doctors and vets a source deals
    with (see the module)."""
    return [m for m in mentions if not _consulted(text, m)]
