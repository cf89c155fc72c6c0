"""The job a source asks the reporter to describe them by, said as a request.

A source who fears being recognised says how the story may call them: "How should I describe
you? - Say a nurse.", "Write "a health worker in the Artibonite".", "call me a port worker in
sanma", "Please write "a housekeeping worker"", "That's why I want you to write "a railway
worker" and nothing else".  The words asked for are chosen to be shared by many ("there's
thousands of us"); the writers of the design sets never mark them (round 38: 0 of 31 such
requests over 12 design sets annotated, found as a job 14 times), and the job rules read them as
any job said with "a".  :func:`without_requested_descriptions` drops a job or a rank said right
after such a request.

Only the request itself, an imperative said at its clause's start ("Say", "so just say",
"please write", "and write", "I want you to write"): said after "if you" it is what would give
the source away ("If you write "a policewoman", it is me": annotated, and kept), and so is what the
source asks to leave out ("do not write "a woman in her sixties"", "don't say a driver") and what
the reporter promises ("I'll call you "a steel fixer"", "we'll write ..."), left to the rules.
"""

from __future__ import annotations

from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

_SP = r"[^\S\n]"
_ROLES = frozenset({"OCCUPATION", "RANK"})
# The request at its clause's start: after a line's start, a turn's label, a dash or a
# sentence's end, then words that only soften or join it ("so just", "and please"), or after
# "(I) want you to"; then the verb of naming, a quote, the article, and at most one word before
# the job the rules found ("Say a female nurse").
_REQUEST = own_compiled(
    rf"(?:^|(?<=[\n.!?:;\"“”(>\]—–-]){_SP}*|(?<![\w'’-])(?:want|wanted|need|ask|asked|asking){_SP}+you{_SP}+to{_SP}+)"
    rf"(?:(?:so|and|but|then|just|only|simply|maybe|please|okay|ok|yes|no|instead){_SP}*,?{_SP}+)*"
    rf"(?:say|write|put|call{_SP}+me|describe{_SP}+me{_SP}+as)"
    rf"{_SP}+[\"“'‘]?an?{_SP}+(?:[\p{{Ll}}-]+{_SP}+)?\Z",
    regex.I)
# How far before a job its request may start.
_LOOK_BACK = 60


def _requested(text: str, m: Mention) -> bool:
    if m.entity_type not in _ROLES:
        return False
    line = text.rfind("\n", max(0, m.start - _LOOK_BACK), m.start) + 1
    return _REQUEST.search(text, max(line, m.start - _LOOK_BACK), m.start) is not None


def without_requested_descriptions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the jobs a source asks to be described by (see the module)."""
    return [m for m in mentions if not _requested(text, m)]
