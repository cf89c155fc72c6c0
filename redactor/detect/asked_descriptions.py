"""The description a source asks the reporter to print, not a job of anyone in the story.

Asked how to be described, a source names the vague description the story may use: "Say a
tourism worker on Savai'i.", "That's why I want you to write \"a railway worker\"", "Please
write \"a housekeeping worker\".", "call me a port worker", "If you write a Lao operator, they
know".  The job words of such a description are what the reporter prints in the source's place,
said so as to be general (or, after "if you write", said to be avoided); no person of the story
holds them there, and the source's own job is found where they tell it ("I'm a nurse on the
night shift").  A description whose job the text says elsewhere is left found: it repeats a job
someone holds ("I'm a nurse ... just say a nurse from kerala").  The job rules read them as any job said of one person;
:func:`without_asked_descriptions` drops them again.

Only the words that follow an order to write or say, as a sentence, a turn or a clause of asking
opens it ("Write a ...", "- say a ...", "please just say \"a ...", "I want you to write \"a ...",
"if you write a ..."): "they say a doctor came", "he wrote a nurse's name" and "I have to say a
nurse saw it" tell what someone said or did, and their job words stay found.
"""

from __future__ import annotations

from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

_SP = r"[^\S\n]"
_ROLES = frozenset({"OCCUPATION", "RANK"})
# The order, right before the job's article: what opens it (a line, a sentence, a turn's label, a
# quote, or a word of asking), the verb, an opening quote, "a"/"an".
_ASKED = own_compiled(
    rf"(?:(?:^|[.!?:>*\"“”-]){_SP}*|(?<![\w'’-])(?:please|just|then|so|you{_SP}+to|if{_SP}+you"
    rf"|you{_SP}+(?:can|could|should|may|might|must)){_SP}+)"
    rf"(?:just{_SP}+|only{_SP}+|simply{_SP}+)?"
    rf"(?:write|say|put|print|use|call{_SP}+me|describe{_SP}+me{_SP}+as)"
    rf"{_SP}*[:,]?{_SP}*(?:\\?[\"“'‘]{_SP}*)?(?:just{_SP}+|only{_SP}+)?an?{_SP}+\Z",
    regex.I | regex.M)
_LOOK_BACK = 60


def _asked(text: str, m: Mention) -> bool:
    return m.entity_type in _ROLES and _ASKED.search(text, max(0, m.start - _LOOK_BACK), m.start) is not None


def without_asked_descriptions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the job words of a description a source asks to be printed (see the
    module), unless the text says that job elsewhere ("I'm a nurse at the district hospital ...
    say a nurse in Kerala"): a description that repeats the source's own job still says it."""
    asked = [m for m in mentions if _asked(text, m)]
    if not asked:
        return list(mentions)
    told = {_job_word(m) for m in mentions if m.entity_type in _ROLES and not any(m is a for a in asked)}
    return [m for m in mentions if not any(m is a for a in asked) or _job_word(m) in told]


def _job_word(m: Mention) -> str:
    """The head of a job's words, folded ("health worker in Belait district" -> "worker")."""
    words = m.text.casefold().split(" in ")[0].split()
    return words[-1] if words else ""
