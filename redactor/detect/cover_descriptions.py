"""The description a source asks the story to print instead of who they are.

Asked how to be described, a source answers with the cover they accept: "Say a nurse.", "Write
\\"a health worker in the Artibonite\\".", "call me a port worker in sanma", "please just say \\"a
doctor in Mashhad\\"", and the reporter agrees in the same words ("we'll write \\"a member of the
coaching staff\\"").  The job said there is the one meant to be published: it is chosen because
many share it, so it singles no one out, and replacing it only hides what the source agreed to
print.  :func:`without_cover_descriptions` drops a job (OCCUPATION, RANK) found right after the
article of such a request.

Only the request itself: a verb of saying or writing that opens its clause, alone or after
"please", "just", "so", "then", "only", "simply" or a speaker who will write it ("I want you to
write", "we'll say"), then "a"/"an", the quotation mark optional.  The same words said otherwise
are what the source fears and stay found: a condition ("if you write \\"a night nurse\\", it's
me"), a request the source says would give them away ("write \"a night nurse\" and they will
know"), a refusal ("don't say a supervisor", "not a cook"), someone's report ("they say an officer
of the state revenue committee").  Places said in the request ("in Sanma") are left to the place
rules.  An answer with no verb ("How should we describe you? A: A health worker in Ouaddai.") is
left found: read so on the round-40 sets it also took a job the writers annotated.
"""

from __future__ import annotations

from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

_SP = r"[^\S\n]"
_ROLES = frozenset({"OCCUPATION", "RANK"})
# What may open the request's clause: the start of a line, or a sentence's or a clause's mark,
# with a speaker's label or a quotation mark after it.
_OPEN = r"(?:^|(?<=[.!?;:,>\-–—(\[])|(?<=\n))"
# Words that may stand before the verb without making it anything but a request.
_SOFT = rf"(?:(?:please|just|so|then|only|simply|okay|ok|yes|and|maybe)[,]?{_SP}+){{0,3}}"
# A speaker who will write it, wherever the clause starts: "That's why I want you to write", "you
# can say", "we'll write".
_WILL = (rf"(?:(?:i|we){_SP}+(?:want|would\s+like|prefer){_SP}+you{_SP}+to"
         rf"|you{_SP}+(?:can|could|should|may)"
         rf"|(?:we|i)(?:['’]ll|{_SP}+will|{_SP}+can)(?:{_SP}+just)?){_SP}+")
_VERB = (rf"(?:say|write|put|call{_SP}+(?:me|him|her|us|them)"
         rf"|describe{_SP}+(?:me|him|her|us|them){_SP}+as)")
# The request, ending where its article ends (the job found after it starts there).
_REQUEST = own_compiled(
    rf"(?:{_OPEN}{_SP}*[\"“”'‘\\]*{_SP}*|(?<![\w'’]){_WILL}){_SOFT}{_VERB}{_SP}+(?:\\?[\"“'‘]{_SP}*)?an?{_SP}+\Z",
    regex.I | regex.M)
_LOOK_BACK = 80


# What says the description would give the source away, in the words after it: "Write \"a night
# nurse\" and they will know", "say a nurse from Kerry, it's me": a condition said as a request.
_GIVES_AWAY = own_compiled(rf"(?<![\w'’])(?:knows?|known|it['’]s{_SP}+me|it{_SP}+is{_SP}+me|that['’]s{_SP}+me"
                           rf"|that{_SP}+is{_SP}+me|find{_SP}+me|recogni[sz]e)(?![\w'’])", regex.I)
_LOOK_AHEAD = 120


def _in_request(text: str, m: Mention) -> bool:
    if m.entity_type not in _ROLES or _GIVES_AWAY.search(text, m.end, m.end + _LOOK_AHEAD) is not None:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    return _REQUEST.search(text, max(line_start, m.start - _LOOK_BACK), m.start) is not None


def without_cover_descriptions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the jobs said in the description a source asks to be printed (see
    the module)."""
    return [m for m in mentions if not _in_request(text, m)]
