"""Nicknames and call signs: a quoted name a person is called by is that person, and so is a
call sign the words bind to one person; any other call sign introduced as one is its own entity.

The rule packs tag a capitalised word in quotes after "called", "known as" or "nicknamed" as a
CALL_SIGN, as they tag one after "call sign".  Interviews use the first for a person's nickname
or short name ("we called him "Big Sasha"", "Oleksandr "Sasha" Melnyk", ""Kolya" - Mykola
Hrytsenko"), which a reader must see as that person; the second ("his call sign was "Grom"",
"позывной «Кедр»", "radio name", "handle") names a separate handle, kept apart even beside a
name, unless the words bind it to one person: "Serhiy Melnyk, call sign Grom", "Grom was
Petrenko's call sign", "my call sign was Lis" in a turn whose label names the speaker.  Run per
document after propagation, before resolution: a nickname that fits exactly one person named in
full in the document, or a call sign or nickname bound to one person, becomes a PERSON mention
keyed by that person's name (``redactor.entities.resolve`` reads the key, and gives the form
that meaning in the whole run), and a given name and surname around a quoted nickname become
one person mention.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

import regex

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import GivenNames
from redactor.model import Mention

# Words that say a call sign is one ("call sign", "radio name", "позывной").
_CALL_SIGN_WORDS = r"""(?: call [\s-]? signs? | radio [\s-]? names? | code [\s-]? names? | handle
    | nom \s+ de \s+ guerre | позывн\p{L}* | позивн\p{L}* )"""
# A call sign said as one, right before the mention ("call sign "Grom"", "callsign: Viking",
# "his radio name was kedr", "позывной «Кедр»").
_CALL_SIGN_CUE = regex.compile(
    r"""(?ix) (?<!\p{L})""" + _CALL_SIGN_WORDS + r"""
    (?: \s+ (?: was | is | of | were ) )? [\s:\-–—]* ["'«“„‘]? \s* $""")
# Between a person's name and a call sign or nickname that the words bind to them: "Serhiy
# Melnyk, call sign Grom", "Petrenko (callsign "Grom")", "Viktor Shevchuk, whose call sign is
# Bober", "Petrenko's call sign was Grom", "Petrenko, known as Grom", "Petrenko - they called him
# Grom".
_NAME_THEN_ALIAS = regex.compile(
    r"""(?ix) ^ (?: ['’]s \s+ | [^\S\n]* [,(\-–—] [^\S\n]* (?: whose \s+ | with \s+ the \s+ )? )
    (?: """ + _CALL_SIGN_WORDS + r""" (?: \s+ (?: was | is ) )? [\s:\-–—]*
      | (?: also \s+ | better \s+ )? known \s+ as \s+ | nicknamed \s+ | a\.?k\.?a\.? \s+
      | (?: we | they | everyone | everybody | people ) \s+ (?: call | called ) \s+ (?: him | her ) \s+ )
    ["'«“„‘]? $""")
# Between a call sign and the person whose it is: "Grom was Petrenko's call sign"; and after
# one said as a call sign, the person it is: "callsign Doc, was Ihor Lysenko".
_ALIAS_IS = regex.compile(r"""(?ix) ^ ["'»”’]? ,? \s+ (?: is | was ) \s+ $""")
_IS_NEXT = regex.compile(r"""(?ix) ["'»”’]? ,? \s+ (?: is | was ) \s""")
_POSSESSIVE_CALL_SIGN = regex.compile(r"""(?ix) ^ ['’]s \s+ """ + _CALL_SIGN_WORDS + r"""(?!\p{L})""")
# The speaker's own call sign or nickname: "my call sign is Grom", "they called me Lis".
_OWN_ALIAS = regex.compile(
    r"""(?ix) (?<!\p{L}) (?: my \s+ (?: """ + _CALL_SIGN_WORDS + r""" | nick \s* name | nick )
      (?: \s+ (?: was | is ) )? [\s:\-–—]*
    | (?: we | they | everyone | everybody | people ) \s+ (?: call | called ) \s+ me \s+ ) ["'«“„‘]? $""")
# A speaker label at the start of a line ("Taras Bondar: ...", "[Petrenko]: ...").
_LABEL_END = regex.compile(r"""^ [\]\)]? [^\S\n]* : """, regex.X)
# What may stand between a full name and the nickname said with it ("Mykola Hrytsenko, known
# as "Kolya"", "Oleksandr ("Sasha")"); and between a nickname and the name after it (""Kolya" -
# Mykola Hrytsenko").
_NAME_THEN_NICKNAME = regex.compile(
    r"""(?ix) ^ [\s,(]* (?: (?: also \s+ | better \s+ )? (?: known \s+ as | called | nicknamed | aka | a\.k\.a\.
      | dubbed | (?: whom | who ) \s+ (?: we | they | everyone | everybody ) \s+ called ) \s* )?
    ["'«“„‘]? $""")
_NICKNAME_THEN_NAME = regex.compile(r"""(?x) ^ ["'»”’]? \s* (?: [-–—,:(] | is ) \s* $""")
# A given name, a quoted nickname and a surname ('Oleksii "Lyosha" Tkachenko').
_NAME_AROUND_NICKNAME = regex.compile(
    r"""(?x) (?<![\p{L}\p{M}]) (?P<first> \p{Lu} \p{Ll}+ ) [^\S\n]+ ["«“„]
    (?P<nick> \p{Lu} [\p{L}\p{M}]+ (?: [^\S\n] \p{Lu} [\p{L}\p{M}]+ )? ) ["»”“] [^\S\n]+
    (?P<last> \p{Lu} \p{Ll}+ (?: - \p{Lu} \p{Ll}+ )? ) (?![\p{L}\p{M}])""")
# A nickname said of someone named just before ("Everyone called him "Paco"", "known as").
_CALLED = regex.compile(
    r"""(?ix) (?<!\p{L}) (?: (?: called | call | calls ) \s+ (?: him | her ) | known \s+ as | nicknamed | dubbed )
    \s* ["'«“„‘]? $""")
# How far back, on the same line, the person a nickname is said of may be named.
_SAID_OF = 200
# Words of a nickname that describe, not name ("Big Sasha", "Little Kolya").
_DESCRIBING = frozenset("big little old young small tall short fat thin red black white".split())
_NEAR = 40


def is_called_call_sign(text: str, start: int) -> bool:
    """Whether the words right before ``start`` (on its line) introduce a call sign."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CALL_SIGN_CUE.search(text, max(line_start, start - _NEAR), start) is not None


def join_names_around_nicknames(text: str, mentions: Sequence[Mention], is_given_name: Callable[[str], bool],
                                names: GivenNames) -> list[Mention]:
    """A given name, a quoted nickname and a surname as one person mention ('Oleksii "Lyosha"
    Tkachenko'), when a detector found the nickname or the surname as a person: otherwise the
    given name stays in the clear and the three read as two or three people."""
    out = list(mentions)
    for match in _NAME_AROUND_NICKNAME.finditer(text):
        start, end = match.span()
        inside = [m for m in out if m.start >= start and m.end <= end]
        if not any(m.entity_type == "PERSON" or m.entity_type == "CALL_SIGN" for m in inside):
            continue
        if any(m.start < end and m.end > start and not (m.start >= start and m.end <= end) for m in out):
            continue  # a mention that runs across the name: leave it to the detectors
        first = person_tokens(match["first"])
        if not first or not (is_given_name(first[0]) or names.knows(skeleton(first[0]))):
            continue
        best = max(inside, key=lambda m: m.score)
        joined = Mention(start, end, "PERSON", max(m.score for m in inside), best.detector, text[start:end],
                         key=f"{match['first']} {match['last']}")
        out = [m for m in out if m not in inside] + [joined]
    return sorted(out, key=lambda m: (m.start, m.end))


def link_nicknames(text: str, mentions: Sequence[Mention], names: GivenNames) -> list[Mention]:
    """Each CALL_SIGN mention that the words bind to one person (``bound_owner``), or that is not
    introduced as a call sign and is a nickname of exactly one person named in full in ``text``,
    made that person's mention (type PERSON, keyed by their name): a nickname said right beside
    the full name, or one of its words a form of the person's given name or a word of the name
    ("Big Sasha" of Oleksandr Melnyk).  A lone word the model took for a person that the words
    make another's call sign ("Kobra was Petrenko's call sign") is that other person's too."""
    named = [m for m in mentions if m.entity_type == "PERSON" and person_tokens(m.text)]
    people = [m for m in named if len(person_tokens(m.text)) >= 2]
    if not named:
        return list(mentions)
    out = []
    for m in mentions:
        if _said_as_call_sign(m):
            owner = _named_after_alias(text, m, named)
            if owner is not None:
                m = replace(m, entity_type="PERSON", key=_owner_key(owner))
        elif m.entity_type == "CALL_SIGN" and not m.key:
            owner = bound_owner(text, m, named)
            if owner is not None:
                m = replace(m, entity_type="PERSON", key=_owner_key(owner))
            elif people and not is_called_call_sign(text, m.start):
                person = _beside(text, m, people) or _by_name(m, people, names) or _said_of(text, m, people)
                if person is not None:
                    m = replace(m, entity_type="PERSON", key=" ".join(person_tokens(person.text)))
        out.append(m)
    return out


def bound_owner(text: str, m: Mention, named: Sequence[Mention]) -> Mention | None:
    """The person a call sign or nickname is explicitly said to be, even one said as a call sign:
    named right before it ("Serhiy Melnyk, call sign Grom", "Petrenko's call sign was Grom",
    "Petrenko, known as Grom"), after it ("Grom was Petrenko's call sign", "callsign Doc, was
    Ihor Lysenko"), or the speaker of "my call sign is Lis" when a label names them.  None
    when nothing binds it: an unbound call sign stays one of its own."""
    return _named_before_alias(text, m, named) or _named_after_alias(text, m, named) or _speaker_alias(
        text, m, named)


def _said_as_call_sign(m: Mention) -> bool:
    """A lone word found as a person (not by a label or a profile), which may be a call sign."""
    return m.entity_type == "PERSON" and not m.key and not m.known_identity and m.detector not in AUTHORITATIVE \
        and len(person_tokens(m.text)) == 1


def _owner_key(owner: Mention) -> str:
    """The key an alias takes: its owner's (a name cut at a cue is keyed by the whole name), or
    the owner's name as written (a profiled source's, so resolution finds the source by it)."""
    if owner.key and not owner.known_identity:
        return owner.key
    return " ".join(person_tokens(owner.text))


def _named_before_alias(text: str, m: Mention, named: Sequence[Mention]) -> Mention | None:
    """The person named right before the alias, when the words between bind it to them."""
    before = [p for p in named if p.end <= m.start and m.start - p.end <= _NEAR and "\n" not in text[p.end:m.start]]
    if not before:
        return None
    p = max(before, key=lambda x: x.end)
    between = text[p.end:m.start]
    if p.text.endswith(("'s", "’s")):
        between = "'s " + between.lstrip() if _CALL_SIGN_CUE.search(between) else "\n"
    return p if _NAME_THEN_ALIAS.search(between) else None


def _named_after_alias(text: str, m: Mention, named: Sequence[Mention]) -> Mention | None:
    """The person named right after the alias and "is"/"was": one whose call sign it is said to
    be ("Grom was Petrenko's call sign"), or the person a call sign said as one is ("callsign
    Doc, was Ihor Lysenko"); not "Grom was Petrenko's friend"."""
    if _IS_NEXT.match(text, m.end) is None:  # most names: no need to look for one after
        return None
    after = [p for p in named if p.start >= m.end and p.start - m.end <= _NEAR and "\n" not in text[m.end:p.start]]
    if not after:
        return None
    p = min(after, key=lambda x: x.start)
    if not _ALIAS_IS.search(text[m.end:p.start]):
        return None
    possessive = p.text.endswith(("'s", "’s")) or text[p.end:p.end + 2] in {"'s", "’s"}
    if possessive:
        tail = text[p.end:p.end + _NEAR] if p.text.endswith(("'s", "’s")) else text[p.end + 2:p.end + _NEAR]
        return p if _POSSESSIVE_CALL_SIGN.match("'s " + tail.lstrip()) else None
    return p if is_called_call_sign(text, m.start) else None


def _speaker_alias(text: str, m: Mention, named: Sequence[Mention]) -> Mention | None:
    """The speaker of "my call sign was Lis" or "they called me Lis", when a label names them."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if _OWN_ALIAS.search(text, max(line_start, m.start - _NEAR), m.start) is None:
        return None
    return speaker_of(text, m.start, named)


# A line that starts a turn: a label before a colon ("Taras Bondar: ...", "[00:01:12] Q: ...").
_TURN = regex.compile(r"""(?x) ^ [^\S\n]* (?: \[ [\d:.,]+ \] [^\S\n]* )? \[? (?P<label> [^\n:\[\]]{1,40}? ) \]? [^\S\n]* : (?!\d)""",
                      regex.M)
# How many lines back a turn's label may be.
_TURN_LINES = 20


def speaker_of(text: str, pos: int, named: Sequence[Mention]) -> Mention | None:
    """The person who says the words at ``pos``: the person mention that is the label of its turn
    (the nearest line at or before it that starts with a label, or a speaker field on a line of
    its own before it); None when the label names no one found ("Q:", "Interviewee:") or no
    turn is marked."""
    start = text.rfind("\n", 0, pos) + 1
    for back in range(_TURN_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        field = [p for p in named if p.detector == "speaker" and (p.start, p.end) == (start, end)]
        if field and back:
            return field[0]
        turn = _TURN.match(text, start)
        if turn is not None:
            label_start, label_end = turn.span("label")
            return next((p for p in named if label_start <= p.start <= label_start + 1
                         and label_end - 1 <= p.end <= turn.end()), None)
        if start == 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
    return None


def _beside(text: str, m: Mention, people: Sequence[Mention]) -> Mention | None:
    """The full name said right with the nickname, before or after it, or around it."""
    for p in people:
        if p.start <= m.start and m.end <= p.end:
            return p
        if p.end <= m.start and m.start - p.end <= _NEAR and _NAME_THEN_NICKNAME.search(text[p.end:m.start]):
            return p
        if m.end <= p.start and p.start - m.end <= _NEAR and _NICKNAME_THEN_NAME.search(text[m.end:p.start]):
            return p
    return None


def _by_name(m: Mention, people: Sequence[Mention], names: GivenNames) -> Mention | None:
    """The one person (by full name) whose given name a word of the nickname is a form of, or
    who has a word of it in their name; None when none or two people fit."""
    words = [skeleton(w) for w in person_tokens(m.text) if w not in _DESCRIBING and len(w) > 2]
    if not words:
        return None
    fits: dict[tuple[str, str], Mention] = {}
    for p in people:
        tokens = [skeleton(t) for t in person_tokens(p.text)]
        if any(w in tokens or names.are_variants(w, tokens[0]) for w in words):
            fits.setdefault((tokens[0], tokens[-1]), p)
    if not fits:
        return None
    pairs = list(fits)
    first, last = pairs[0]
    # One person written two ways ("Mykola" and "Kolya" Hrytsenko) is still one candidate.
    if all(b == last and names.are_variants(a, first) for a, b in pairs[1:]):
        return fits[pairs[0]]
    return None


def _said_of(text: str, m: Mention, people: Sequence[Mention]) -> Mention | None:
    """The person a nickname is said of ("Francisco Morales. Everyone called him "Paco""): the
    one person named in full earlier on its line, when the words right before it call someone
    by it; None when two people are named there or the name is another's ("Ivan's son")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if _CALLED.search(text, max(line_start, m.start - _NEAR), m.start) is None:
        return None
    before = [p for p in people if p.end <= m.start and p.start >= max(line_start, m.start - _SAID_OF)]
    names = {person_tokens(p.text) for p in before}
    if len(names) != 1 or any(text[p.end:p.end + 2] in {"'s", "’s"} for p in before):
        return None
    return before[-1]
