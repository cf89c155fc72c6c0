"""The description a speaker asks to be written of them: "say a welder", "write 'a bus driver'",
"call me a fitter", "you can describe me as a clerk".

A job said after such a request is the cover the source chose for publication, said so that
the article names nothing more precise: it is what will be printed, not what singles them out,
so it is not masked.  The request starts its clause (a line, a sentence, a label, a quote, or
"please", "just" before the verb; or "I want you to", "you can" before it), so a job after
"do not say a" - the description the source refuses, which does identify - and after "if you
write a" stays found.
"""

from __future__ import annotations

import regex

_S = r"[^\S\n]"
_OPEN_QUOTE = r"[\"“'‘]"
_REQUEST = regex.compile(
    rf"""(?x)
    (?: ^ | (?<= [.!?:;>\n"“—–] ) | \b (?: want | wants | asked? | tell | told ) {_S}+ you {_S}+ to
      | \b you {_S}+ (?: can | could | may | should ) )
    {_S}* (?: (?: please | just | simply | so | then | ok | okay | maybe | only ) ,? {_S}+ ){{0,2}}
    (?: say | write | put | call {_S}+ me | describe {_S}+ me {_S}+ as )
    {_S}+ {_OPEN_QUOTE}? (?: (?: just | only | simply ) {_S}+ )? an? {_S}+ {_OPEN_QUOTE}? $""",
    regex.IGNORECASE)


def is_chosen_description(text: str, start: int) -> bool:
    """Whether the job at ``start`` is the one the speaker asks to be described as."""
    return _REQUEST.search(text, max(0, start - 80), start) is not None
