"""A given name's initial said right before a surname: "t quayle", "login l laninbelik".

An account's or an address's name is often said as an initial and a surname ("email's tquayle
at manx dot net, t quayle, q u a y l e"; "same. t gallienne, g a l l i e n n e"; "under the
login l laninbelik").  The model or a name found again takes the surname; the letter before it
stayed in the clear beside the pseudonym.  ``initials_before_names`` grows the person's span
over it where the letter is the first letter of a name the same text gives a person ("tom
quayle", "thanks, tamsin", "miss lorine laninbelik"): the initial is that name's.

Only a lone letter said before the surname, one space between: not "a" or "i" (words of their
own), not a letter after an apostrophe ("it's quayle"), nor the last letter of a word spelt
letter by letter ("q u a y l e").  Not before a given name: "y luis" is "and Luis", "e maria"
"and Maria".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import GivenNames
from redactor.model import Mention
from redactor.refine.nicknames import Covered

# Single letters that are words of their own before a name ("a", "i"), never taken as initials.
_WORD_LETTERS = frozenset("ai")


def initials_before_names(text: str, mentions: Sequence[Mention], names: GivenNames) -> list[Mention]:
    """``mentions`` with each person's span grown over the initial said right before it (see
    the module docstring), not over another mention.  The grown span is keyed by the name it
    grew from: the person of "quayle" and "tom quayle", not a name of its own."""
    initials: dict[str, set[str]] = {}
    for m in mentions:
        tokens = person_tokens(m.text) if m.entity_type == "PERSON" else ()
        if tokens and len(tokens[0]) > 1:
            initials.setdefault(tokens[0][0], set()).add(tokens[0])
    if not initials:
        return list(mentions)
    taken = Covered(mentions)  # not a set of every covered character: a long file covers millions
    out: list[Mention] = []
    for m in mentions:
        a = m.start - 2
        if m.entity_type == "PERSON" and a >= 0 and not taken(a, a + 1) and _initial_at(text, a):
            tokens = person_tokens(m.text)
            if tokens and not names.knows(skeleton(tokens[0])) \
                    and initials.get(text[a].lower(), set()) - {tokens[0]}:
                m = replace(m, start=a, text=text[a:m.end], key=m.key or m.text)
        out.append(m)
    return out


def _initial_at(text: str, a: int) -> bool:
    """Whether ``text[a]`` is a lone letter with one space after it (before the name)."""
    if text[a + 1] != " " or not text[a].isalpha() or text[a].lower() in _WORD_LETTERS:
        return False
    if a > 0 and not (text[a - 1].isspace() or text[a - 1] in ",;:(\">"):
        return False  # inside a word, or after an apostrophe ("it's quayle")
    # the last letter of a word spelt letter by letter ("q u a y l e"): a lone letter before it
    return not (a >= 2 and text[a - 2].isalpha() and (a < 3 or not text[a - 3].isalpha()))
