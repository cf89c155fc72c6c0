"""Two names of one person said side by side, a comma between: the name by which someone is
known and their full name, in either order ("the cook, Toto, Antonio Russo, said", "Ilse
Brandt, Ilsi, was on shift").

Said so, the second name explains the first (an apposition): a reader takes them for one
person, whatever the name lists know of the nickname.  Run per document after the nickname
steps: the name with fewer words is keyed by the other's full name, so resolution
(``redactor.entities.resolve``) makes them one person, and a lone form so keyed is that person
wherever the run says it (``settle_call_signs``).  A list of people is not an apposition, so
only where the two are the only people named in their sentence, the first name opens a clause
(after a comma, a colon or the line's start: not "for Ilse Brandt, Toto Russo"), the second ends one
(a comma, a full stop or the line's end after it), the two share no word (names that share
one are matched by their words already) and at least one is a full name; a name said with a
possessive ("Toto, Antonio's brother") or by an authoritative detector is left as it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.entities.resolve import person_tokens
from redactor.model import Mention

# Only a comma (and spaces on one line) between the two names.
_COMMA = regex.compile(r"[^\S\n]*,[^\S\n]*")
# What follows the second name where it ends a clause.
_CLAUSE_END = regex.compile(r"[^\S\n]*(?:[,.;:!?)]|$)", regex.M)
# What stands right before the first name where it opens a clause: a comma, a colon, a dash or
# a bracket, or the line's start (Markdown's emphasis and quote marks aside: "**A:** Toto, ...").
_OPENS = regex.compile(r"(?:^|[,:(\u2013\u2014-])[^\S\n*_>]*[*_>]*[^\S\n]*\Z", regex.M)
# What ends a sentence: no one else may be named between the two names' sentence bounds.
_SENTENCE_END = regex.compile(r"[.!?;\n]")


def link_appositions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the shorter of two names of one person said side by side keyed by
    the longer one's full name (see the module's docstring)."""
    people = sorted((i for i, m in enumerate(mentions) if m.entity_type == "PERSON"), key=lambda i: mentions[i].start)
    keyed: dict[int, str] = {}
    for n, (i, j) in enumerate(zip(people, people[1:])):
        a, b = mentions[i], mentions[j]
        if not _side_by_side(text, a, b) or _others_in_sentence(text, mentions, people, n):
            continue
        pair = _shorter_and_longer(i, a, j, b)
        if pair is not None:
            shorter, longer = pair
            keyed[shorter] = mentions[longer].key or " ".join(person_tokens(mentions[longer].text))
    if not keyed:
        return list(mentions)
    return [replace(m, key=keyed[i]) if i in keyed else m for i, m in enumerate(mentions)]


def _side_by_side(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` with only a comma between and ends a clause, ``a`` opens one (a
    name after a word is that word's: "the agent for Ilse Brandt, Toto Russo, said"), and
    neither is said with a possessive."""
    return (a.end <= b.start and _COMMA.fullmatch(text, a.end, b.start) is not None and _OPENS.search(text, 0, a.start)
            and _CLAUSE_END.match(text, b.end) is not None
            and not any(text[m.end:m.end + 2] in {"'s", "’s"} for m in (a, b)))


def _others_in_sentence(text: str, mentions: Sequence[Mention], people: list[int], n: int) -> bool:
    """Whether anyone else is named in the sentence of the pair ``people[n]``, ``people[n + 1]``."""
    first, second = mentions[people[n]], mentions[people[n + 1]]
    before = [e.end() for e in _SENTENCE_END.finditer(text, 0, first.start)]
    start = before[-1] if before else 0
    after = _SENTENCE_END.search(text, second.end)
    end = after.start() if after else len(text)
    return any(start <= mentions[k].start < end and k not in (people[n], people[n + 1]) for k in people)


def _shorter_and_longer(i: int, a: Mention, j: int, b: Mention) -> tuple[int, int] | None:
    """The index of the name to key and of the full name to key it by: the one with fewer words
    (on a tie, the first: the second explains it), when the two share no word, at least one
    is a full name and the one to key is not already keyed or authoritative."""
    ta, tb = _words(a), _words(b)
    if not ta or not tb or set(ta) & set(tb) or max(len(ta), len(tb)) < 2:
        return None
    shorter, longer = (j, i) if len(tb) < len(ta) else (i, j)
    short = a if shorter == i else b
    if person_tokens(short.key or short.text) != person_tokens(short.text) or short.detector in AUTHORITATIVE or (a if longer == i else b).detector in AUTHORITATIVE:
        return None
    return shorter, longer


def _words(m: Mention) -> tuple[str, ...]:
    return person_tokens(m.key if m.key else m.text)
