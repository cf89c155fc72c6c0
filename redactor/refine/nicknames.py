"""Nicknames and call signs: a quoted name a person is called by is that person; a call sign
introduced as one is its own entity.

The rule packs tag a capitalised word in quotes after "called", "known as" or "nicknamed" as a
CALL_SIGN, as they tag one after "call sign".  Interviews use the first for a person's nickname
or short name ("we called him "Big Sasha"", "Oleksandr "Sasha" Melnyk", ""Kolya" - Mykola
Hrytsenko"), which a reader must see as that person; the second ("his call sign was "Grom"",
"позывной «Кедр»", "radio name", "handle") names a separate handle, kept apart even beside a
name.  Run per document after propagation, before resolution: a nickname that fits exactly one
person named in full in the document becomes a PERSON mention keyed by that person's full name
(``redactor.entities.resolve`` reads the key), and a given name and surname around a quoted
nickname become one person mention.  A lone word the model took for a person of its own joins
the one person only where naming words or quotes tie them ("Dmytro Petrov - we called him
Sokol", "Josip Horvat, known as Zmaj"), never by nearness alone; a linked nickname is that
person wherever its document says it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

import regex
from wordfreq import zipf_frequency

from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import GivenNames
from redactor.lexicon.names import VERY_COMMON_ZIPF
from redactor.lexicon.titles import KINSHIP_WORDS
from redactor.model import Mention

# A call sign said as one, right before the mention ("call sign "Grom"", "callsign: Viking",
# "his radio name was kedr", "позывной «Кедр»").
_CALL_SIGN_CUE = regex.compile(
    r"""(?ix) (?<!\p{L})
    (?: call [\s-]? signs? | radio [\s-]? names? | code [\s-]? names? | handle | nom \s+ de \s+ guerre
      | позывн\p{L}* | позивн\p{L}* )
    (?: \s+ (?: was | is | of | were ) )? [\s:\-–—]* ["'«“„‘]? \s* $""")
# What may stand between a full name and the nickname said with it ("Mykola Hrytsenko, known
# as "Kolya"", "Oleksandr ("Sasha")"); and between a nickname and the name after it (""Kolya" -
# Mykola Hrytsenko").
_NAME_THEN_NICKNAME = regex.compile(
    r"""(?ix) ^ [\s,(\-–—]* (?P<words> (?: also \s+ | better \s+ )?
      (?: known \s+ as | called | nicknamed | aka | a\.k\.a\. | dubbed | (?: whom | who | we | they | everyone | everybody | people ) \s+ (?: all \s+ )? (?: called | call )
        (?: \s+ (?: him | her ) )?
      | (?: his | her ) \s+ (?: nick \s* name | nick ) (?: \s+ (?: was | is ) | \s* : ) ) \s* )?
    ["'«“„‘]? $""")
_NICKNAME_THEN_NAME = regex.compile(
    r"""(?ix) ^ ["'»”’]? \s* (?: [-–—,:(] | is ) \s*
    (?P<words> (?: that \s+ is | i\.?e\.? | (?: whose \s+ )? real \s+ name (?: \s+ (?: is | was ) )? )
      \s*:? \s* )? $""")
# A given name, a quoted nickname and a surname ('Oleksii "Lyosha" Tkachenko').
_NAME_AROUND_NICKNAME = regex.compile(
    r"""(?x) (?<![\p{L}\p{M}]) (?P<first> \p{Lu} \p{Ll}+ ) [^\S\n]+ ["«“„]
    (?P<nick> \p{Lu} [\p{L}\p{M}]+ (?: [^\S\n] \p{Lu} [\p{L}\p{M}]+ )? ) ["»”“] [^\S\n]+
    (?P<last> \p{Lu} \p{Ll}+ (?: - \p{Lu} \p{Ll}+ )? ) (?![\p{L}\p{M}])""")
# A nickname said of someone named just before ("Everyone called him "Paco"", "known as").
_CALLED = regex.compile(
    r"""(?ix) (?<!\p{L}) (?: (?: called | call | calls ) \s+ (?: him | her ) | known \s+ as | nicknamed | dubbed
      | (?: his | her ) \s+ (?: nick \s* name | nick ) (?: \s+ (?: was | is ) | \s* : ) | (?: goes | went ) \s+ by )
    \s* ["'«“„‘]? $""")
# Between a person and the words that call someone by a nickname: a clause break or a subject of
# its own ("Francisco Morales. Everyone called him", "Petrov - we called him"), so the person is
# not the one who calls ("Petro Rudenko called him "Sokol"" names someone else).
_CLAUSE_BREAK = regex.compile(
    r"""(?ix) [.;:,!?()\-–—] | (?<!\p{L}) (?: we | they | everyone | everybody | people | I ) (?!\p{L})""")
# How far back, on the same line, the person a nickname is said of may be named.
_SAID_OF = 200
# Words of a nickname that describe, not name ("Big Sasha", "Little Kolya").
_DESCRIBING = frozenset("big little old young small tall short fat thin red black white".split())
_NEAR = 40
# Words between a person and "we called him ..." that bring in someone else to be meant ("Ivan
# Petrov told me about his brother. We called him "Malysh"").
_SOMEONE_ELSES = KINSHIP_WORDS | frozenset(
    "friend friends boss commander neighbour neighbor colleague partner dog".split())


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
    """Each CALL_SIGN mention not introduced as a call sign that is a nickname of exactly one
    person named in full in ``text`` made that person's mention (type PERSON, keyed by the full
    name): said right beside the full name, or one of its words a form of the person's given
    name or a word of the name ("Big Sasha" of Oleksandr Melnyk).  A lone word the model took
    for a person of its own is linked only when words tie it to the one person ("Dmytro
    Petrov - we called him Sokol", "Josip Horvat, known as Zmaj", ""Sokil", that is Andrii
    Kuzmenko"): "Ivan Petrov, Oksana" is two people.  Every other mention of a linked nickname's
    form in ``text`` is that person too (``_spread``)."""
    people = [m for m in mentions if m.entity_type == "PERSON" and len(person_tokens(m.text)) >= 2]
    if not people:
        return list(mentions)
    name_words = {t for p in people for t in person_tokens(p.text)}
    out = []
    linked: dict[str, Mention] = {}
    for m in mentions:
        person = None
        if _keyed(m) or is_called_call_sign(text, m.start):
            pass
        elif m.entity_type == "CALL_SIGN":
            person = _beside(text, m, people) or _by_name(m, people, names) or _said_of(text, m, people)
        elif m.entity_type == "PERSON" and _lone_nickname_word(text, m, name_words, names):
            person = _beside(text, m, people, tied_by_words=True) or _said_of(text, m, people)
        if person is not None:
            m = replace(m, entity_type="PERSON", key=" ".join(person_tokens(person.text)),
                        score=max(m.score, person.score))
            linked.setdefault(m.text, m)
        out.append(m)
    return _spread(text, out, linked) if linked else out


def _keyed(m: Mention) -> bool:
    """Whether a detector keyed ``m`` by something other than its own words (an identity, a
    whole name it is part of)."""
    return bool(m.key) and (m.known_identity or person_tokens(m.key) != person_tokens(m.text))


def _lone_nickname_word(text: str, m: Mention, name_words: set[str], names: GivenNames) -> bool:
    """A lone capitalised word, no word of a full name of the text and no given name the
    lists know (resolution joins "Kolya" to the one Mykola of its file, and only there), not
    said as someone's ("Sokol's car")."""
    tokens = person_tokens(m.text)
    return (len(tokens) == 1 and tokens[0] not in name_words and m.text[:1].isupper()
            and not names.knows(skeleton(tokens[0]))
            and text[m.end:m.end + 2] not in {"'s", "’s"})


# A nickname's other mentions: the same word, whole, as written; a nickname that is a very
# common word ("Will", "So") not where a sentence starts, where any word has a capital ("Kit
# never slept" is still the nickname).
_WORD_EDGE = r"(?<![\p{L}\p{M}\p{N}-])(?<!\p{L}['’])"
_SENTENCE_START = regex.compile(r"""(?: ^ | [.!?:]["'”’]? ) [^\S\n]* $ | \n [^\S\n]* $""", regex.X)


def _spread(text: str, mentions: list[Mention], linked: dict[str, Mention]) -> list[Mention]:
    """Every mention of a linked nickname's form (as written) is the person's; a whole-word
    occurrence of it no detector found becomes one ("Everyone knew "Kit". Kit never slept.")."""
    out = []
    for m in mentions:
        nick = linked.get(m.text)
        if nick is not None and not _keyed(m) and m.entity_type in {"PERSON", "CALL_SIGN"} \
                and not is_called_call_sign(text, m.start):
            m = replace(m, entity_type="PERSON", key=nick.key, score=max(m.score, nick.score))
        out.append(m)
    taken = sorted((m.start, m.end) for m in out)
    for form, nick in linked.items():
        pattern = regex.compile(_WORD_EDGE + regex.escape(form) + r"(?![\p{L}\p{M}\p{N}])")
        ordinary = zipf_frequency(form.casefold(), "en") >= VERY_COMMON_ZIPF
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken) or is_called_call_sign(text, start):
                continue
            if ordinary and _SENTENCE_START.search(text, max(0, start - 4), start):
                continue  # "Will he come back?": the word, not the nickname "Will"
            out.append(replace(nick, start=start, end=end, text=text[start:end], detector="QuotedNickname"))
            taken.append((start, end))
    return sorted(out, key=lambda m: (m.start, m.end))


def _beside(text: str, m: Mention, people: Sequence[Mention], tied_by_words: bool = False) -> Mention | None:
    """The full name said right with the nickname, before or after it, or around it; with
    ``tied_by_words``, only where naming words or quotes tie them (not a bare comma or dash)."""
    for p in people:
        if p.start <= m.start and m.end <= p.end:
            return None if tied_by_words else p
        if p.end <= m.start and m.start - p.end <= _NEAR:
            found = _NAME_THEN_NICKNAME.search(text[p.end:m.start])
            if found and (not tied_by_words or found["words"] or _quoted(text, m)):
                return p
        if m.end <= p.start and p.start - m.end <= _NEAR:
            found = _NICKNAME_THEN_NAME.search(text[m.end:p.start])
            if found and (not tied_by_words or found["words"] or _quoted(text, m)):
                return p
    return None


def _quoted(text: str, m: Mention) -> bool:
    """Whether the mention stands in quotes ('"Kit"', '«Kit»')."""
    return text[m.start - 1:m.start] in set("\"'«“„‘") and text[m.end:m.end + 1] in set("\"'»”“’")


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
    between = text[before[-1].end:m.start]
    words = regex.findall(r"\p{L}+", between.casefold())
    if not _CLAUSE_BREAK.search(between) or any(w in _SOMEONE_ELSES for w in words):
        return None  # the person calls someone else so, or someone of theirs is meant
    return before[-1]
