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
person wherever its document says it.  Identity statements tie two names of one person whatever
the model called them: "call me" names the speaker named in the same turn (and the name is
found where no detector found it: "everyone calls me tião"), "his real name is" and "known as"
join two full names ("Abu Samir - his real name is Samir Khalil al-Masri").  Where the one
meant is not certain (two people named before "they called him", "a kid we called Zubr") no
link is made: a split is better than a wrong merge.  A nickname that is an ordinary word said in
small letters ("the lads call him hammer", "in the yard they call me magnet") is found where it
is introduced and tied the same way; later it is the name only where it stands as one ("hammer
signed it", "thanks, hammer"; not "a hammer"), unless the leak audit looks for the word in every
output (a rarer word: "bulldozer"), where every mention of it goes.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable, Sequence

import regex

from redactor.detect.overlaps import AUTHORITATIVE, SPEAKER_FIELD, SPEAKER_LABEL
from redactor.detect.prefilter import gated, own_compiled
from redactor.detect.recognizers.logins import DIGIT_WORDS, RECOGNIZER_NAME as LOGIN_DETECTOR
from redactor.detect.recognizers.names import SCORE_LONE_NAME
from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import GivenNames
from redactor.lexicon import longest_first
from redactor.lexicon.dates import MONTHS, WEEKDAYS
from redactor.lexicon.dictionary import is_base_form, parts_of_speech
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import (ACTION_VERBS, ENGLISH_PARTICLES, FILLERS, FUNCTION_WORDS, PARTICLES, PERSON_NOUNS,
                                    PERSON_VERBS, SPEECH_VERBS, VERY_COMMON_ZIPF, WORD_ZIPF, default_gazetteer)
from redactor.lexicon.numbers import SPOKEN_NUMBER
from redactor.lexicon.places import fold_place, public_places
from redactor.lexicon.titles import KINSHIP_WORDS, NOT_NAME_WORDS, RANKS, TITLE_WORDS
from redactor.model import Mention
from redactor.refine.propagate import AS_A_WORD_BEFORE, COMMON_WORD_ZIPF

# A call sign said as one, right before the mention ("call sign "Grom"", "callsign: Viking",
# "his radio name was kedr", "позывной «Кедр»").
_CALL_SIGN_CUE = own_compiled(
    r"""(?ix) (?<!\p{L})
    (?: call [\s-]? signs? | radio [\s-]? names? | code [\s-]? names? | handle | nom \s+ de \s+ guerre
      | позывн\p{L}* | позивн\p{L}* )
    (?: \s+ (?: was | is | of | were ) )? [\s:\-–—]* ["'«“„‘]? \s* $""")
# What may stand between a full name and the nickname said with it ("Mykola Hrytsenko, known
# as "Kolya"", "Oleksandr ("Sasha")"); and between a nickname and the name after it (""Kolya" -
# Mykola Hrytsenko").
_NAME_THEN_NICKNAME = own_compiled(
    r"""(?ix) ^ [\s,(\-–—]* (?P<words> (?: also \s+ | better \s+ )?
      (?: known \s+ as | called | nicknamed | aka | a\.k\.a\. | dubbed | (?: whom | who | we | they | everyone | everybody | people ) \s+ (?: all \s+ )? (?: called | call )
        (?: \s+ (?: him | her ) )?
      | (?: his | her ) \s+ (?: nick \s* name | nick ) (?: \s+ (?: was | is ) | \s* : ) ) \s* )?
    ["'«“„‘]? $""")
_NICKNAME_THEN_NAME = own_compiled(
    r"""(?ix) ^ ["'»”’]? \s* (?: [-–—,:(] | is ) \s*
    (?P<words> (?: that \s+ is | i\.?e\.? | (?P<real> (?: (?: whose | his | her | their | my ) \s+ )?
        (?: real | actual | true | full | legal | birth | proper ) \s+ name (?: \s+ (?: is | was ) | ['’]s )? )
      | my \s+ name (?: \s+ (?: is | was ) | ['’]s ) )
      \s*:? \s* )? $""")
# A given name, a quoted nickname and a surname ('Oleksii "Lyosha" Tkachenko'), or all three in
# lower case in a caption ('eduardo "edong" lacson').
_NAME_AROUND_NICKNAME = own_compiled(
    r"""(?x) (?<![\p{L}\p{M}])
    (?: (?P<first> \p{Lu} \p{Ll}+ ) [^\S\n]+ ["«“„]
        (?P<nick> \p{Lu} [\p{L}\p{M}]+ (?: [^\S\n] \p{Lu} [\p{L}\p{M}]+ )? ) ["»”“] [^\S\n]+
        (?P<last> \p{Lu} \p{Ll}+ (?: - \p{Lu} \p{Ll}+ )? )
      | (?P<first> \p{Ll}{2,} ) [^\S\n]+ ["“„] (?P<nick> \p{Ll} [\p{Ll}\p{M}]+ ) ["”“] [^\S\n]+
        (?P<last> \p{Ll}{3,} (?: - \p{Ll}+ )? ) ) (?![\p{L}\p{M}])""")
# A nickname said of someone named just before ("Everyone called him "Paco"", "known as",
# "in the port people knew her as Paca").
_CALLED = own_compiled(
    r"""(?ix) (?<!\p{L}) (?: (?: called | call | calls ) \s+ (?: him | her ) | known \s+ as | nicknamed | dubbed
      | (?: know | knows | knew ) \s+ (?: him | her ) \s+ as
      | (?: his | her ) \s+ (?: nick \s* name | nick ) (?: \s+ (?: was | is ) | \s* : ) | (?: goes | went ) \s+ by )
    \s* ["'«“„‘]? $""")
# Between a person and the words that call someone by a nickname: a clause break or a subject of
# its own ("Francisco Morales. Everyone called him", "Petrov - we called him"), so the person is
# not the one who calls ("Petro Rudenko called him "Sokol"" names someone else).
_CLAUSE_BREAK = own_compiled(
    r"""(?ix) [.;:,!?()\-–—] | (?<!\p{L}) (?: we | they | everyone | everybody | people | I ) (?!\p{L})""")
# A given name said after these is a name the person is called by, even one the lists know.
_CALLED_BY_NAME = own_compiled(r"""(?ix) (?<!\p{L}) (?: called | call | calls ) \s+ (?: him | her ) \s* ["'«“„‘]? $""")
# How far back, on the same line, the person a nickname is said of may be named.
_SAID_OF = 200
# Words of a nickname that describe, not name ("Big Sasha", "Little Kolya").
_DESCRIBING = frozenset("big little old young small tall short fat thin red black white".split())
_NEAR = 40
# A lower-case word after "call me" is a name only if a name list knows it or English hardly does.
_RARE_WORD_ZIPF = 3.0
_DATE_WORDS = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))
# Words between a person and "we called him ..." that bring in someone else to be meant ("Ivan
# Petrov told me about his brother. We called him "Malysh"", "Ivan Petrov met a kid there").
_SOMEONE_ELSES = KINSHIP_WORDS | PERSON_NOUNS | frozenset("dog horse cat".split())
# ... or someone brought in by an article and a noun before the ones who call him ("Piet
# Botha runs the yard, and the driver we call him ..."); not when they are the ones who call
# ("Piet Botha. The lads call him ...", "The women at the market call him", "the young lads call
# him", "rúben cabrita, the english say ruby": up to three words more of theirs, none a pronoun
# that would be the caller instead)
# nor where they call him so ("In the yard they call him").
_SOMEONE_INTRODUCED = own_compiled(
    r"""(?ix) (?<! (?<!\p{L}) (?: on | at | in | from | to | of | for | with | by | into | across | around ) [^\S\n]+ )
    (?<!\p{L}) (?: the | a | an | another | this | that ) [^\S\n]+ \p{L}+ [^\S\n]+
    (?! (?: (?! (?: we | they | i | you | he | she | everyone | everybody ) (?!\p{L}) ) \p{L}+ [^\S\n]+ ){0,3}
        (?: all [^\S\n]+ | just [^\S\n]+ )? (?: call | calls | called | say | says ) (?!\p{L}) )""")


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
        if not _names_around(match, is_given_name, names):
            continue
        best = max(inside, key=lambda m: m.score)
        joined = Mention(start, end, "PERSON", max(m.score for m in inside), best.detector, text[start:end],
                         key=f"{match['first']} {match['last']}")
        out = [m for m in out if m not in inside] + [joined]
    return sorted(out, key=lambda m: (m.start, m.end))


def _names_around(match: regex.Match[str], is_given_name: Callable[[str], bool], names: GivenNames) -> bool:
    """Whether the words around a quoted nickname are a given name and a surname: the first a
    name the lists know, the last (in a caption) no everyday word ('ivan "vanya" said')."""
    first = person_tokens(match["first"])
    if not first or not (is_given_name(first[0]) or names.knows(skeleton(first[0]))):
        return False
    return not (match["last"].islower() and zipf_frequency(match["last"], "en") >= _RARE_WORD_ZIPF)


def link_nicknames(text: str, mentions: Sequence[Mention], names: GivenNames,
                   piece_starts: Sequence[int] = ()) -> list[Mention]:
    """Each CALL_SIGN mention not introduced as a call sign that is a nickname of exactly one
    person named in full in ``text`` made that person's mention (type PERSON, keyed by the full
    name): said right beside the full name, or one of its words a form of the person's given
    name or a word of the name ("Big Sasha" of Oleksandr Melnyk).  A lone word the model took
    for a person of its own is linked only when words tie it to the one person ("Dmytro
    Petrov - we called him Sokol", "Josip Horvat, known as Zmaj", ""Sokil", that is Andrii
    Kuzmenko"): "Ivan Petrov, Oksana" is two people.  Identity statements tie two names of one
    person whatever the model called them (``_identity``): "call me" names the speaker, "his
    real name is" and "known as" join two full names ("Abu Samir - his real name is Samir
    Khalil").  Every other mention of a linked nickname's form in ``text`` is that person too
    (``spread_linked``).  Where a file's pieces are joined on one line (a transcript JSON's
    segments, ``piece_starts``), each piece opens a turn as a line does."""
    mentions = with_nickname_articles(
        text, _call_signs_said_as_names(text, _with_variants_beside(
            text, _with_second_names(text, _with_said_after_name(text, _with_called_me(text, mentions, names))),
            names)))
    mentions = _named_as_called_so(text, mentions, piece_starts)
    people = [m for m in mentions if m.entity_type == "PERSON" and len(person_tokens(m.text)) >= 2]
    name_words = {t for p in people for t in person_tokens(p.text)}
    alone = _named_alone(mentions)
    quoted = _quoted_nicknames(mentions)
    out = []
    linked: dict[str, Mention] = {}
    for m in mentions:
        person = None
        if m.entity_type == "PERSON" and not m.key and m.detector not in AUTHORITATIVE \
                and (key := quoted.get(person_tokens(m.text))):
            m = replace(m, key=key)  # 'eduardo "edong" lacson' ... 'sir edong'
        elif not (_keyed(m) or is_called_call_sign(text, m.start) or m.detector in AUTHORITATIVE):
            person = _nickname_of(text, m, mentions, people, name_words, names, piece_starts) or _said_of_one_named_alone(
                text, m, mentions, alone, names, name_words)
        if person is not None:
            m = replace(m, entity_type="PERSON", key=" ".join(_name_of(person)), score=max(m.score, person.score))
            linked.setdefault(m.text, m)
        elif m.detector == ALIAS_DETECTOR:
            linked.setdefault(m.text, m)  # a name the speaker is called, found wherever it is said
        out.append(m)
    out = _names_said_with_or(text, out, linked)
    return _spread_call_signs(text, spread_linked(text, out, linked) if linked else out)


# Words that say what someone is called, right before the first of two names said with "or"
# ("everyone says Mister Okafor or Doc", "they call him Bunny, or Big B", "I'm Tomek or Tom"):
# the second name is the same person's, not someone else who might be meant.
_NAMING_WORDS = r"""(?ix) (?<!\p{L}) (?: (?: everyone | everybody | people | they | we | all ) [^\S\n]+
    (?: (?: just | still | always ) [^\S\n]+ )? (?: say | says | said | call | calls | called ) (?: [^\S\n]+ (?: me | him | her ) )?
    | (?: call | calls | called ) [^\S\n]+ (?: me | him | her ) | i [^\S\n]* ['’] [^\S\n]* m | i [^\S\n]+ am
    | known [^\S\n]+ as ) [^\S\n]+ ["'«“„‘]? """
_NAMING_BEFORE = own_compiled(_NAMING_WORDS + "$")
_OR_BETWEEN = own_compiled(r"""[^\S\n]*["'»”’]?[^\S\n]*,?[^\S\n]+(?i:or)[^\S\n]+["'«“„‘]?""")
_NAMING_REACH = 40


def _names_said_with_or(text: str, mentions: list[Mention], linked: dict[str, Mention]) -> list[Mention]:
    """``mentions`` with the second of two person names said with "or" after words that say
    what someone is called keyed as the first (its key, or its name): one person's two names,
    the second ending its clause ("everyone says Mister Okafor or Doc, because ..."); linked
    (``linked`` updated) so the document's other mentions of it are that person too.  Not
    after other words ("ask Anna or Maria"), nor a second name already keyed or said with a
    possessive."""
    people = sorted((i for i, m in enumerate(mentions) if m.entity_type == "PERSON"), key=lambda i: mentions[i].start)
    out = list(mentions)
    for i, j in zip(people, people[1:]):
        a, b = out[i], out[j]
        if (a.end <= b.start and _OR_BETWEEN.fullmatch(text, a.end, b.start)
                and _NAMING_BEFORE.search(text, max(_line_start(text, a.start), a.start - _NAMING_REACH), a.start)
                and (_CLAUSE_ENDS.match(text, b.end) or _REASON_AFTER.match(text, b.end))
                and not _keyed(b) and b.detector not in AUTHORITATIVE
                and not _possessive(text, a) and not _possessive(text, b) and (name := _name_of(a))
                and person_tokens(b.text) != name):
            out[j] = replace(b, key=a.key or " ".join(name))
            if linked.get(b.text) in (None, b):  # the name found unkeyed, now whose it is
                linked[b.text] = out[j]
    return out


# The reason a name is given, said right after it ("or the doctor since I carry plasters").
_REASON_AFTER = own_compiled(r"""(?ix) [^\S\n]* ["'»”’]? [^\S\n]* ,? [^\S\n]+ (?: because | cause | cos | since ) (?!\p{L})""")


def _spread_call_signs(text: str, mentions: list[Mention]) -> list[Mention]:
    """A call sign or nickname no one named in full is linked to ("we call him Tank", "his
    call sign was Bear") is that call sign wherever its document says it as written: where the
    model called it a company or a place ('a message that says "Bear is down"') and where no
    detector found it ("Tank drove the truck"); a person's mention of the word is left to
    resolution (``settle_call_signs``), and the word in lower case is the word ("the tank")."""
    signs: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_type == "CALL_SIGN":
            signs.setdefault(m.text, m)
    return spread_linked(text, mentions, signs, _MODEL_PLACES_AND_BODIES) if signs else mentions


def _call_signs_said_as_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A full name the nickname step tagged as what everybody calls someone ("everybody calls
    him Nurlan Toktosunovich") is a person's name when the text says it as a person's too (a
    one-word nickname is decided by ``link_nicknames``); one said as a call sign stays one."""
    said_as_people = {words for m in mentions if m.entity_type == "PERSON" and len(words := person_tokens(m.text)) >= 2}
    return [replace(m, entity_type="PERSON") if m.entity_type == "CALL_SIGN" and m.detector not in AUTHORITATIVE
            and not is_called_call_sign(text, m.start) and person_tokens(m.text) in said_as_people else m
            for m in mentions]


def _quoted_nicknames(mentions: Sequence[Mention]) -> dict[tuple[str, ...], str]:
    """The nickname quoted inside each name joined around it (``join_names_around_nicknames``)
    -> that person's key, for a nickname said alone elsewhere; none said inside two names."""
    found: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        whole = _NAME_AROUND_NICKNAME.fullmatch(m.text) if m.entity_type == "PERSON" and m.key else None
        if whole is not None and (nick := person_tokens(whole["nick"])):
            found.setdefault(nick, set()).add(m.key)
    return {nick: next(iter(keys)) for nick, keys in found.items() if len(keys) == 1}


def _nickname_of(text: str, m: Mention, mentions: Sequence[Mention], people: Sequence[Mention],
                 name_words: set[str], names: GivenNames, piece_starts: Sequence[int] = ()) -> Mention | None:
    """The person named in full whom ``m`` is a nickname or another name of, if words say so."""
    if m.detector == LOGIN_DETECTOR:
        return _login_of(m, people, [p for p in mentions if p.entity_type == "PERSON" and len(person_tokens(p.text)) == 1])
    if m.entity_type == "HANDLE":
        # a user name another rule found, made of the name of a person named in full ("her login
        # is lheyliger2", "my user esaad zero two"), is that person's; not of a name said alone
        # ("a man called Ryuji ... his LINE, ryuji_k777": an account of its own)
        return _login_of(m, people, ())
    if (person := _identity(text, m, mentions, people, names, piece_starts)) is not None:
        return person
    if m.entity_type == "CALL_SIGN":
        return _beside(text, m, people) or _by_name(m, people, names) or _said_of(text, m, mentions, people, names)
    if m.entity_type == "PERSON" and _lone_nickname_word(text, m, name_words, names):
        return _beside(text, m, people, tied_by_words=True) or _said_of(text, m, mentions, people, names)
    if m.entity_type == "PERSON" and len(person_tokens(m.text)) >= 2 and not _possessive(text, m):
        # words the model took for a name of their own right after the words that call someone
        # by them ("Ivan Petrov, they call him Mao Tou"): said of the one named before, never by
        # nearness or a bare "called" ("Ivan Petrov called Oleh Bondar" is two people)
        return _said_of(text, m, mentions, people, names)
    if m.entity_type in {"LOCATION", "ORGANIZATION"}:
        # "Yeison Rentería - they call him El Flaco": the model's place is the nickname
        return _said_of(text, m, mentions, people, names)
    return None


def _named_alone(mentions: Sequence[Mention]) -> list[Mention]:
    """The people ``mentions`` name by one word ("his grandfather Terzakis"), not a speaker's
    label or field nor the speaker's name said in the text ("thank you wilson": who says "we
    call him", not who is called), nor a name another step keyed."""
    speakers = {person_tokens(m.text) for m in mentions if m.detector in {SPEAKER_LABEL, SPEAKER_FIELD}}
    return [m for m in mentions if m.entity_type == "PERSON" and len(tokens := person_tokens(m.text)) == 1
            and m.detector not in {SPEAKER_LABEL, SPEAKER_FIELD, ALIAS_DETECTOR} and tokens not in speakers
            and not _keyed(m)]


def _said_of_one_named_alone(text: str, m: Mention, mentions: Sequence[Mention], alone: Sequence[Mention],
                             names: GivenNames, name_words: set[str]) -> Mention | None:
    """The one person named by one word whom a call sign, a place the model found or a name the
    model took for a person of its own is said of ("His grandfather Terzakis came back. We call
    him Terzoglou."; "our baker, Abdelgadir, we call him Abu Zaid"; ``_said_of``, which a full
    name or anyone else named there stops), where no full name was.  A person's lone word only
    as ``_lone_nickname_word`` allows (no given name the lists know: "Ivan, we call him Vanya"
    is left to resolution)."""
    if not alone or _keyed(m) or is_called_call_sign(text, m.start) or m.detector in AUTHORITATIVE:
        return None
    if m.entity_type == "PERSON":
        if not (len(person_tokens(m.text)) >= 2 or _lone_nickname_word(text, m, name_words, names)) \
                or _possessive(text, m):
            return None
    elif m.entity_type not in {"CALL_SIGN", "LOCATION", "ORGANIZATION"}:
        return None
    return _said_of(text, m, mentions, alone, names)


def _name_of(person: Mention) -> tuple[str, ...]:
    """The name tokens a mention stands for: its key's when a step spelled the name out."""
    return person_tokens(person.key if person.key and not person.known_identity else person.text)


# First person: the speaker is called so ("People call me Rosi", 'They call me "Uncle Femi"',
# "everyone calls me tião"); never "call him" (someone else) nor a call sign.
# The rule that finds initials (rules/transcripts.yaml), and the words before them that make
# them the speaker's own ("signed with my initials, MKS", "I always sign B.T.").
INITIALS = "Initials"
_MY_INITIALS = own_compiled(r"(?i)(?:(?<!\p{L})my[^\S\n]+initials?|(?<!\p{L})I[^\S\n]+(?:\p{L}+[^\S\n]+)?sign(?:s|ed)?(?!\p{L}))[^\n]*$")
# A call sign named as one right after it: 'everyone calls me "Kedr" anyway, that's my call sign'
# is the speaker's call sign, its own entity, not a name the speaker is called.
_CALL_SIGN_AFTER = own_compiled(
    r"""(?ix) ["'»”’]? [^\n.!?]{0,30}? (?<!\p{L}) (?: that['’]?s | it['’]?s | is | was ) \s+
    (?: my | his | her | our | their ) \s+ (?: call [\s-]? sign | radio [\s-]? name | code [\s-]? name | handle )""")
_CALL_ME = own_compiled(r"""(?ix) (?<!\p{L}) (?: (?: call | calls | called ) \s+ me | (?: knew | know | knows ) \s+ me \s+ as )
                          \s* ["'«“„‘]? $""")
# ... or what people say, in quotes, in the turn the speaker names themselves in ('My name is
# Hasan Demir, but in the port everyone says "Reis".'): the quoted name closes the sentence,
# so it is what they say for the speaker, not the start of something said about someone.
_PEOPLE_SAY = own_compiled(r"""(?ix) (?<!\p{L}) (?: everyone | everybody | people | they ) (?: \s+ (?: all | just | only ) )?
                              \s+ (?: say | says | said ) [^\S\n]* ,? [^\S\n]* ["«“„] $""")
_SAID_ALONE = own_compiled(r"""(?x) ["»”] [^\S\n]* (?: [.!] | $ )""", regex.M)
# ... or, without quotes, what they say where the speaker works or lives, the clause's last word
# ("I'm Piet Botha, in the yard they say magnet, because", "at school they say owl."): said
# of the speaker, not the start of what they say ("at work they say he took money").
_SAY_THERE_WORDS = r"""(?<!\p{L}) (?i: at | in | on ) [^\S\n]+ (?: (?i: the ) [^\S\n]+ )? \p{L}+ [^\S\n]* ,? [^\S\n]*
    (?i: they | people | everyone | everybody ) [^\S\n]+ (?i: say | says ) [^\S\n]+"""
_SAY_THERE = own_compiled(r"(?x)" + _SAY_THERE_WORDS + r"$")
_CLAUSE_ENDS = own_compiled(r"[^\S\n]*(?:[.!,;]|$)", regex.M)
# ... or, without quotes, one capitalised word that is a sentence of its own ("Besnik Rexhepi.
# Everyone says Beni. Forty-four."); the turn's first words must name the speaker (``_speaker``).
_PEOPLE_SAY_WORD = own_compiled(
    r"""(?x) (?<!\p{L}) (?i: everyone | everybody | people ) (?: [^\S\n]+ (?i: all | just ) )? [^\S\n]+ (?i: say | says )
    [^\S\n]+ (?P<alias> \p{Lu} \p{Ll} [\p{L}\p{M}'’-]* ) (?= [^\S\n]* [.!] (?: \s | $ ) )""")
# ... or, without quotes, what the speaker's people say as a clause of its own, whoever they are
# ("Guests say Rosie.", "my cousins say Dodo, because", "or the tourists say rada",
# "everybody at the depot says tosh"): a clause opens with the people (``_sayers`` reads who
# they are), a place may stand before or after them, and the name ends the clause
# (``_SAID_NAME_ENDS``).  Only ever the speaker's: the name said a moment before must be their own.
_PEOPLE_SAY_NAME = own_compiled(
    r"""(?x) (?: ^ | [.!?,;:>] | (?<!\p{L}) (?i: and | or | so | but ) (?!\p{L}) ) [^\S\n]*
    (?: (?i: at | in | on ) [^\S\n]+ (?: (?i: the ) [^\S\n]+ )? \p{L}+ [^\S\n]* ,? [^\S\n]* )?
    (?P<who> (?: \p{L}+ [^\S\n]+ ){0,2} \p{L}+ )
    (?: [^\S\n]+ (?i: at | in | on ) [^\S\n]+ (?: (?i: the ) [^\S\n]+ )? \p{L}+ | [^\S\n]+ (?i: here ) )?
    (?: [^\S\n]+ (?i: all | just | only | still | always ) )? [^\S\n]+ (?i: say | says ) [^\S\n]+ ["'«“„‘]? $""", regex.M)
_SAID_NAME_ENDS = own_compiled(r"""[^\S\n]*["'»”’]?[^\S\n]*(?:[.!?,;]|$|(?i:because|since|but|or)(?!\p{L}))""", regex.M)
# Who may say what the speaker is called: everyone, or people named by a noun said of many
# ("the clients", "my old colleagues") or by "my"/"our" and a noun ("my family"); not "we",
# who say what others are called ("maja, we say majka").
_EVERYONE = frozenset("everyone everybody people they all".split())
# A clause's joining word before the sayers, and a word for where they are after them.
_JOINING_WORDS = frozenset("and or so but".split())
_WHERE_WORDS = frozenset("here there".split())
_THE_PEOPLES = frozenset("the my our".split())
# The speaker says their own name: "my name is", "I'm", "I am" right before it.
_SELF_NAMED = own_compiled(
    r"""(?ix) (?<!\p{L}) (?: my \s+ (?: (?: full | real ) \s+ )? name (?: \s+ (?: is | was ) | \s* ['’] s )
      | i \s* ['’] \s* m | i \s+ am ) [^\S\n]* [,:]? [^\S\n]* $""")
# What may stand before a name said alone as a turn's first words: a time stamp ("[00:00:04]"),
# a speaker tag ("A:", "Answer:", "SPEAKER 2:", Markdown's "**Src:**", a WebVTT voice "<v Dwayne>"),
# a dash or a caption's ">>"; then a word or two said before answering ("- yeah rim jaziri but
# my family calls me rimou").
_TURN_START = own_compiled(r"""(?x) [^\S\n]* (?: [\[(] [\d:.,]{4,12} [\])] [^\S\n]* )?
                              (?: [*_]{0,2} [\p{L}\d]{1,12} (?: [^\S\n] \d{1,2} )? [^\S\n]* : [*_]{0,2} | <v [^\S\n] [^>\n]{1,40} > )?
                              [^\S\n]* (?: [-–—] | >> )? [^\S\n]* (?: (?i: yeah | yes | um | uh | okay | ok ) [,.]? [^\S\n]+ ){0,2} $""")
# Words that make the one who says "call me" someone other than the name before it; a word for
# people right after "my" or "our" is who calls the speaker so ("My cousins call me Dodo").
_THIRD_PERSON = frozenset("he she his her him".split())
_OTHER_SPEAKERS = PERSON_NOUNS | _THIRD_PERSON
_THE_SPEAKERS_OWN = frozenset("my our".split())
# Between such a name and the words that call the speaker: one full stop, then one sentence.
# Or, in speech with no full stops, "but" ("sebastião ferreira but everyone calls me tião"), or a
# comma ("halvard moe, they call me halle").
# Sentences that call the speaker something else may stand between ("Peter Mwangi. Friends
# call me pete. In the yard they say magnet."), and the speaker's age after their name,
# before the full stop ("Oskar Lind, fifty-two. At the quay they call me Ossi.").
_THEN_CALLED = own_compiled(r"""(?x) [^\S\n]* (?: , [^\S\n]* (?i: \d{1,3} | """ + SPOKEN_NUMBER + r""" ) (?: [^\S\n]+ (?i: years? [^\S\n]+ old ) )? )?
    (?: [.!] [^\S\n]+ [^.!?;\n]*? (?<!\p{L}) (?: (?: call | calls | called ) [^\S\n]+ me | say | says ) (?!\p{L}) [^.!?;\n]*? )*
    (?: [.!] [^\S\n]+ | ,? [^\S\n]+ but [^\S\n]+ | , [^\S\n]+ ) [^.!?;\n]* $""")
# Two names of one person said together ("Abu Samir - his real name is Samir Khalil al-Masri",
# "Samir Khalil, known as Abu Samir", "Abu Samir (Samir Khalil)"): both full names, so only
# words that say so tie them, never "called" ("Ivan Petrov called Oleh Bondar").  The words
# must stand near a name before the names around it are looked at.
_ALIAS_NEAR = own_compiled(r"(?i)name|known|aka|a\.k\.a|\(")
_ALIAS_WORDS = own_compiled(r"""(?ix) ^ (?: (?: also | better ) \s+ )? (?: known \s+ as | aka | a\.k\.a\. ) \s* $""")


def _identity(text: str, m: Mention, mentions: Sequence[Mention], people: Sequence[Mention],
              names: GivenNames, piece_starts: Sequence[int] = ()) -> Mention | None:
    """The person an identity statement says ``m`` is another name of: the speaker, for a name
    the speaker is called ("call me"); the other full name, for a full name (or a name the
    model called a company or place) tied to one by "real name", "known as" or brackets; the
    one person named in the sentence before, for a given name the lists know said after "they
    called him" that is no form of that person's own given name ("Tomas Berhane fainted. They
    called him Tomi")."""
    if (m.entity_type not in {"PERSON", "CALL_SIGN", "ORGANIZATION", "LOCATION"} or not person_tokens(m.text)
            or _possessive(text, m)):
        return None
    window = max(_line_start(text, m.start), m.start - _NEAR)
    if m.detector == INITIALS:
        return _initials_of(text, m, mentions, people, window)
    if _calls_the_speaker(text, m, window):
        return None if _CALL_SIGN_AFTER.match(text, m.end) else _said_of_another(
            _speaker(text, m, mentions, piece_starts), text, m, mentions, people, names, window)
    if _people_say_name(text, m, window, piece_starts):
        return _said_of_another(
            _speaker(text, m, mentions, piece_starts, since=max(m.start - _SAID_OF, _turn_start(0, m.start, piece_starts)),
                     labels=False), text, m, mentions, people, names, window)
    if _self_named_again(text, m, window):
        return _speaker(text, m, mentions, piece_starts, since=max(m.start - _SAID_OF, _turn_start(0, m.start, piece_starts)))
    full = m.entity_type == "PERSON" and len(person_tokens(m.text)) >= 2
    if full or m.entity_type in {"ORGANIZATION", "LOCATION"}:
        # A name the model called a company or place is tied by words only: "Ivan Petrov
        # (Kyiv)" says where he is.
        near = text[max(0, m.start - _NEAR):m.end + _NEAR]
        return _other_full_name(text, m, people, brackets=full) if _ALIAS_NEAR.search(near) else None
    if m.entity_type == "PERSON" and len(person_tokens(m.text)) == 1 and names.knows(skeleton(person_tokens(m.text)[0])) \
            and _CALLED_BY_NAME.search(text, max(_line_start(text, m.start), m.start - _NEAR), m.start):
        person = _said_of(text, m, mentions, people, names)
        if person is not None and not names.are_variants(skeleton(person_tokens(m.text)[0]),
                                                         skeleton(_name_of(person)[0])):
            return person
    return None


def _said_of_another(speaker: Mention | None, text: str, m: Mention, mentions: Sequence[Mention],
                     people: Sequence[Mention], names: GivenNames, window: int) -> Mention | None:
    """``speaker``, the one the speaker says they are; else the one person named in full just
    before what people say someone is called: a third person introduced by name and the name others
    say for them ("The head lad, Darren Whitlock. Everybody says Daz.", "roimata tipoki,
    everyone says roi"); as ``_said_of`` ties a name said after "they call him".  Never after
    "call me", which is the speaker's own; only a name that opens its clause or is said to be
    someone ("our head is Darren Whitlock"), not one the speaker did something to ("I asked
    Darren Whitlock. Everybody says Daz because I am the oldest": the speaker's name)."""
    if speaker is not None or _CALL_ME.search(text, window, m.start):
        return speaker
    person = _said_of_named(text, m, mentions, people, names)
    if person is None or not _OPENS_CLAUSE.search(text, _line_start(text, person.start), person.start) \
            or not _SAID_RIGHT_AFTER.fullmatch(text, person.end, m.start):
        return None
    return person


# Before a name that opens its clause: a line's or piece's start, a caption's ">>", a speaker's
# tag, punctuation, or "is"/"was" ("our shift head is ...").
_OPENS_CLAUSE = own_compiled(r"""(?x) (?: ^ | [,.;:!?>()\-–—] | (?<!\p{L}) (?i: is | was ) ) [^\S\n]* $""")
# After it, only the clause that says the name ("Darren Whitlock. Everybody says "), not a
# sentence about them or anyone else first ("Olaug Brenne runs it. The customers say").
_SAID_RIGHT_AFTER = own_compiled(r"""[^\S\n]*[,.;:\-–—][^\S\n]*[^.!?;\n]*""")


def _self_named_again(text: str, m: Mention, window: int) -> bool:
    """Whether one word ``m`` is said after "I'm" or "my name is": the speaker's other name
    where they said their own a moment before ("I'm Rosa Lind, but in the choir I'm Rosie";
    "A: Henrik Berg. In my band I'm Henke."), even where the model took it for a place or a
    company at a clause's end ("I'm Wiki, nice to meet you")."""
    return len(person_tokens(m.text)) == 1 and _SELF_NAMED.search(text, window, m.start) is not None and (
        m.entity_type == "PERSON" or _CLAUSE_ENDS.match(text, m.end) is not None)


def _calls_the_speaker(text: str, m: Mention, window: int) -> bool:
    """Whether ``m`` is what the speaker is called ("call me Rosi", "people say Rosi", "everyone
    says Tião, never Sebastião", "in the yard they say magnet, because")."""
    if _CALL_ME.search(text, window, m.start) or (
            _PEOPLE_SAY.search(text, window, m.start) and _SAID_ALONE.match(text, m.end)) or (
            _SAY_THERE.search(text, window, m.start) and _CLAUSE_ENDS.match(text, m.end)):
        return True
    said = _PEOPLE_SAY_WORD.search(text, window, min(len(text), m.end + 2))
    return said is not None and said.span("alias") == (m.start, m.end)


def _people_say_name(text: str, m: Mention, window: int, piece_starts: Sequence[int] = ()) -> bool:
    """Whether person ``m`` (a name, no acronym) is what the speaker's people say a moment after
    the speaker named themselves (``_PEOPLE_SAY_NAME``: "my aunts say Rosi", "the guests say
    Rosi, because"); the speaker must have said their own name just before, in the same turn
    (``_speaker``'s ``since``, and no ``labels``)."""
    if m.entity_type != "PERSON" or m.text.isupper():
        return False
    said = _PEOPLE_SAY_NAME.search(text, window, m.start)
    return said is not None and _sayers(said["who"]) and (
        _SAID_NAME_ENDS.match(text, m.end) is not None or _piece_ends(text, m.end, piece_starts))


def _sayers(who: str) -> bool:
    """Whether words before "say" name people who may say what the speaker is called: everyone
    ("everybody", "they"), a noun said of many or after "my" or "our" ("the clients", "my
    old colleagues", "my family"), or a people by its nationality word ("the English"), never
    someone ("he", "his boss", "it")."""
    words = who.casefold().split()
    # the clause's joining word before them and where they are after them are no sayers:
    # "..., but my brothers say Sole", "people here say kiddi", "but there they say Lalo"
    words = words[1:] if len(words) > 1 and words[0] in _JOINING_WORDS else words
    words = words[1:] if len(words) > 1 and words[0] in _WHERE_WORDS else words
    words = words[:-1] if len(words) > 1 and words[-1] in _WHERE_WORDS else words
    if len(words) == 1 and words[0] in _EVERYONE:
        return True
    article = words[0]
    determiner = article in _THE_PEOPLES
    words = words[1:] if determiner else words
    if not words or any(w in FUNCTION_WORDS for w in words):
        return False
    head = words[-1]
    if determiner and len(words) == 1 and public_places().get(fold_place(head), ("",))[0] == "demonym":
        return True  # a people named by its nationality: "the english say ruby", "the french say"
    return "noun" in parts_of_speech(head) and (head.endswith("s") or (determiner and article != "the"))


def _piece_ends(text: str, at: int, piece_starts: Sequence[int]) -> bool:
    """Whether nothing but space stands between ``at`` and the next piece's start (a transcript
    JSON's segment ends there, as a line would)."""
    n = bisect.bisect_left(piece_starts, at)
    return n < len(piece_starts) and not text[at:piece_starts[n]].strip()


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _speaker(text: str, m: Mention, mentions: Sequence[Mention], piece_starts: Sequence[int] = (),
             since: int | None = None, labels: bool = True) -> Mention | None:
    """The one person the speaker of ``m``'s line says they are: named after "my name is" or
    "I'm" anywhere on the line, said alone as the turn's first words right before the
    sentence that calls the speaker ``m`` ("A: Rosa Delgado-Vidal. People call me Rosi."), or
    (with ``labels``) the line's own speaker label ("DEREK: Everyone calls me Dezzy")."""
    # with ``since``: only a name said from there (within ``m``'s own piece) up to ``m``
    start = _line_start(text, m.start)
    end = text.find("\n", m.end) if since is None else m.start
    end = len(text) if end < 0 else end
    on_line = [p for p in mentions if p is not m and p.entity_type == "PERSON" and max(start, since or 0) <= p.start
               and p.end <= end and not _possessive(text, p)]
    selves = [p for p in on_line if _SELF_NAMED.search(text, max(start, p.start - _NEAR), p.start)
              or _answer_then_called(text, _turn_start(start, p.start, piece_starts), p, m, mentions, piece_starts)]
    if not selves and labels:  # no name said by the speaker: the turn's own label ("DEREK: ... calls me Dezzy")
        selves = [p for p in on_line if p.detector == SPEAKER_LABEL and not text[start:p.start].strip(" \t*_[")]
    return selves[0] if len({_name_of(p) for p in selves}) == 1 else None


def _initials_of(text: str, m: Mention, mentions: Sequence[Mention], people: Sequence[Mention],
                 window: int) -> Mention | None:
    """The person whose initials ``m`` is: the speaker, for their own ("Vesna: I signed with my
    initials, VKP"); else the one person of the text named in full whose name's words start
    with those letters, in that order ("Jan Pieter Rademaker ... the initials J.P.R.", each
    part of a hyphened name its own: "Marie-Kim Sørensen" is "MKS"), whatever their case (a
    caption writes "j p r"); no initials are another's."""
    if _MY_INITIALS.search(text, window, m.start):
        speaker = _speaker(text, m, mentions)
        if speaker is not None:
            return speaker
    letters = "".join(regex.findall(r"\p{L}", m.text)).casefold()  # "J.P.R." and a caption's "j p r"
    matching = {_name_of(p): p for p in people if p.detector != INITIALS
                and "".join(part[:1] for word in _name_of(p) for part in word.split("-") if part) == letters}
    return next(iter(matching.values())) if len(matching) == 1 else None


def _login_of(m: Mention, people: Sequence[Mention], alone: Sequence[Mention]) -> Mention | None:
    """The one person of the text whose name a login is made of: named in full (``login_forms``:
    "jmarek" or "MAREKJ" of Jan Marek, "t k w" of Tomasz Kamil Wrona) or without the last of
    their surnames (initials and one letter: "psm" of "Pau Serra"), else named by a surname
    alone that the login is with a letter or two before or after it ("login HNOWAK" of "Mrs
    Nowak")."""
    said = [w for w in m.text.split() if not w.isdigit() and not _DIGIT_WORD.fullmatch(w)]
    letters = ascii_letters("".join(said))
    matching = {_name_of(p): p for p in people if letters in login_forms(_name_of(p))}
    if not matching and len(letters) >= 3:
        # named without a last surname ("Pau Serra" of the login "psm"): the initials and one letter
        matching = {_name_of(p): p for p in people if letters[:-1] == "".join(w[:1] for w in _name_of(p))}
    if not matching:
        matching = {_name_of(p): p for p in alone
                    if len(name := ascii_letters(_name_of(p)[0])) >= 3 and len(letters) - len(name) in (1, 2)
                    and (letters.startswith(name) or letters.endswith(name))}
    return next(iter(matching.values())) if len(matching) == 1 else None


_DIGIT_WORD = own_compiled(rf"(?i){DIGIT_WORDS}")


def login_forms(name: Sequence[str]) -> frozenset[str]:
    """The forms a system makes a login of a person's name words (folded, two or more): the
    initials (of every word, or of the words that are no particle or joining letter: "psm" of
    "Pau Serra i Mas"), the first and last initials, the first initial (or all but the last)
    and the surname either way round, the given name and the surname's initial, and the given
    name and surname run together."""
    words = [ascii_letters(w) for w in name]
    words = [w for w in words if w]
    if len(words) < 2:
        return frozenset()
    first, last = words[0], words[-1]
    initials = "".join(w[0] for w in words)
    main = "".join(w[0] for w in words if len(w) > 1 and w not in PARTICLES)
    return frozenset({initials, main, first[0] + last[0], first[0] + last, initials[:-1] + last, last + first[0],
                      first + last[0], first + last})


def ascii_letters(text: str) -> str:
    """The letters of ``text`` in small letters without their marks ("Castañeda" is "castaneda")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if "a" <= c <= "z")


def _turn_start(line_start: int, at: int, piece_starts: Sequence[int]) -> int:
    """Where the turn holding offset ``at`` starts: its line's start, or a later piece's."""
    n = bisect.bisect_right(piece_starts, at)
    return max(line_start, piece_starts[n - 1]) if n else line_start


def _answer_then_called(text: str, turn_start: int, p: Mention, m: Mention, mentions: Sequence[Mention],
                        piece_starts: Sequence[int] = ()) -> bool:
    """Whether name ``p`` is said alone as its turn's first words and the very next sentence,
    in the same piece, calls the speaker ``m`` ("A: Rosa Delgado-Vidal. People call me Rosi."),
    with no one else in it ("A: Ivan Petrov. His son said, call me Zubr." is the son speaking)."""
    if not (p.end <= m.start and _TURN_START.match(text, turn_start, p.start) and _THEN_CALLED.match(text, p.end, m.start)
            and bisect.bisect_right(piece_starts, p.start) == bisect.bisect_right(piece_starts, m.start)):
        return False
    words = regex.findall(r"\p{L}+", text[p.end:m.start].casefold())
    # (who says the speaker's name is no one else speaking: "my colleagues say", "the lads call me")
    others = {w for i, w in enumerate(words) if w in _OTHER_SPEAKERS and not (i and words[i - 1] in _THE_SPEAKERS_OWN)
              and not (w not in _THIRD_PERSON and words[i + 1:i + 2] in (["say"], ["says"], ["call"], ["calls"]))}
    return not others and not any(
        p.end <= q.start and q.end <= m.start and not _names_the_speaker(text, q, max(p.end, q.start - _NEAR), piece_starts)
        for q in mentions if q.entity_type == "PERSON")


def _names_the_speaker(text: str, q: Mention, window: int, piece_starts: Sequence[int]) -> bool:
    """Whether ``q``, said between the speaker's own name and another, names the speaker too."""
    return _calls_the_speaker(text, q, window) or _people_say_name(text, q, window, piece_starts)


def _other_full_name(text: str, m: Mention, people: Sequence[Mention], brackets: bool = True) -> Mention | None:
    """The full name another name ``m`` is said to be, by words or (``brackets``) brackets."""
    for p in people:
        if p is m or _possessive(text, p) or _name_of(p) == _name_of(m):
            continue
        if p.end <= m.start and m.start - p.end <= _NEAR:
            found = _NAME_THEN_NICKNAME.search(text[p.end:m.start])
            if found and ((found["words"] and _ALIAS_WORDS.match(found["words"].strip(" \t\"'«“„‘")))
                          or (brackets and _in_brackets(text, p, m))):
                return p
        if m.end <= p.start and p.start - m.end <= _NEAR:
            # (not brackets this way round: "A (B)" keys B by A, never both by each other)
            found = _NICKNAME_THEN_NAME.search(text[m.end:p.start])
            if found and found["real"]:
                return p
    return None


def _in_brackets(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``second`` stands alone in brackets right after ``first`` ("Oleh Bondar (Kit)")."""
    return (regex.fullmatch(r"""[^\S\n]*["'»”’]?[^\S\n]*\([^\S\n]*["'«“„‘]?""", text[first.end:second.start]) is not None
            and regex.match(r"""["'»”’]?\)""", text[second.end:second.end + 2]) is not None)


def _possessive(text: str, m: Mention) -> bool:
    return text[m.end:m.end + 2] in {"'s", "’s"}


# The definite articles a nickname in the language of its place may open with ("everybody calls
# him O Lobo", "we call her "la Jefa"", "they call me de Stier"): part of the nickname, as "El"
# is of a name.  Not English "the": "they call him the boss" describes him.
NICKNAME_ARTICLES = frozenset("o os el la los las le les il lo der die das de het den ho".split())
_ARTICLE_WORDS = "|".join(longest_first(NICKNAME_ARTICLES))
# The alias a speaker says they are called, where no detector found it: one word, or up to
# three capitalised ones ("everyone calls me tião", "they call me luke at work", "call me Big Jim").
# Capitalised ones may open with their article ('they call me "de Stier"').
_ALIAS = r"""(?P<alias> (?-i: (?: (?i: """ + _ARTICLE_WORDS + r""" ) [^\S\n]+ )?
        \p{Lu} \p{Ll} [\p{L}\p{M}'’-]* (?: [^\S\n]+ \p{Lu} \p{Ll} [\p{L}\p{M}'’-]* ){0,2} )
      | \p{L} [\p{L}\p{M}'’-]+ ) (?! [\p{L}\p{M}] )"""
_CALLED_ME_WORDS = own_compiled(
    r"""(?ix) (?<!\p{L}) (?: call | calls | called ) [^\S\n]+ me [^\S\n]+ ["'«“„‘]? """ + _ALIAS)
# ... and the name of someone the speaker's people call so, said right after a word for a
# person ("there was a sergeant they call borzoy", "a kid everyone called Zubr").
_THEY_CALL_WORDS = own_compiled(
    r"""(?ix) (?<!\p{L}) (?: (?: that | who | whom ) [^\S\n]+ )? (?: we | they | people | everyone | everybody )
    [^\S\n]+ (?: all [^\S\n]+ )? (?: call | calls | called ) [^\S\n]+ ["'«“„‘]? """ + _ALIAS)
# ... and a name someone is known by said with a verb of naming other than "call him" ("she goes
# by pixiemoth", "calls himself Big Eck", "knew him as Chatarra"),
# or after a name and "who they call" ("Mariusz Wrona, who they call The Lamplighter"): the
# English article of a capitalised nickname opens it, as the writers' spans take it.
_THE_ALIAS = r"""(?P<alias> (?-i: (?: (?i: the | """ + _ARTICLE_WORDS + r""" ) [^\S\n]+ )?
        \p{Lu} \p{Ll} [\p{L}\p{M}'’-]* (?: [^\S\n]+ \p{Lu} \p{Ll} [\p{L}\p{M}'’-]* ){0,2} )
      | \p{L} [\p{L}\p{M}'’-]+ ) (?! [\p{L}\p{M}] )"""
_NAMED_AS_WORDS = own_compiled(
    r"""(?ix) (?: (?<!\p{L}) (?: call | calls | called | calling ) [^\S\n]+ (?: himself | herself | themselves | myself )
      | (?<!\p{L}) (?: he | she | who | they | i | you ) [^\S\n]+ (?: goes | go ) [^\S\n]+ by
      | (?<!\p{L}) (?: know | knows | knew ) [^\S\n]+ (?: me | him | her ) [^\S\n]+ as
      | , [^\S\n]* (?: who | whom ) [^\S\n]+ (?: we | they | people | everyone | everybody ) [^\S\n]+ (?: all [^\S\n]+ )?
        (?: call | calls | called ) ) [^\S\n]+ ["«“„]? """ + _THE_ALIAS)
_WORD_BEFORE = own_compiled(r"(?<!\p{L})(\p{L}+)[^\S\n]+$")
# A turn that starts with a full name said as a sentence of its own ("**Src:** Besnik Rexhepi. ").
_NAME_SENTENCE_FIRST = own_compiled(
    r"[^\S\n]*(?:[*_]{0,2}[\p{L}\d]{1,12}[^\S\n]*:[*_]{0,2})?[^\S\n]*\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){1,3}\.[^\S\n]+")
_CALLED_ONES = PERSON_NOUNS | RANKS
# A second name after the first, with "or" ("calls me Lola or Madam Ledger").
_OR_ALIAS = own_compiled(r"""(?ix) ["'»”’]? [^\S\n]+ or [^\S\n]+ ["'«“„‘]? """ + _ALIAS)
_ALIAS_SCORE = 0.6
_OPENING_QUOTES = frozenset("\"'«“„‘")
ALIAS_DETECTOR = "CalledName"  # a name the speaker or their people say someone is called
# What the model may have called a linked nickname's other mentions.
_SPREAD_TYPES = frozenset({"PERSON", "CALL_SIGN", "ORGANIZATION", "LOCATION"})
_MODEL_PLACES_AND_BODIES = frozenset({"ORGANIZATION", "LOCATION"})


# A second name said with "or" after the first one someone is called, with its article ("the"
# too: a name given for a reason, "or the doctor since I carry plasters"), one or two words ending
# its clause or said with its reason.
_OR_SECOND = own_compiled(r"""(?x) [^\S\n]* ["'»”’]? [^\S\n]* ,? [^\S\n]+ (?i: or ) [^\S\n]+ ["'«“„‘]?
    (?P<alias> (?: (?P<article> (?i: the | """ + _ARTICLE_WORDS + r""" ) ) [^\S\n]+ )?
      \p{L} [\p{L}\p{M}'’-]+ (?: [^\S\n]+ \p{L} [\p{L}\p{M}'’-]+ )? ) (?! [\p{L}\p{M}'’-] )
    (?= ["'»”’]? (?: [^\S\n]* (?: [.!,;?] | $ ) | [^\S\n]+ (?i: because | cause | cos | since ) (?!\p{L}) ) )""", regex.M)
# The words that call someone, and maybe a title or a family word, before the first name
# ("they call me auntie bea, or ..."); or "it's" before it when the second is said with its reason.
_NAMING_THEN_WORD = own_compiled(_NAMING_WORDS + r"""(?: \p{L} [\p{L}\p{M}'’-]* [^\S\n]+ )? $""")
_ITS_BEFORE = own_compiled(r"""(?ix) (?<!\p{L}) it [^\S\n]* ['’] [^\S\n]* s [^\S\n]+ $""")
_REASON_WORDS = frozenset("because cause cos since".split())
# A name said first, the words that call someone by it after it, ending their clause: one to
# three words opening a clause ("the cook, uncle toad we call him, stayed", "la maestra they call
# me, since"); a capitalised one with a comma between is the Nickname rule's ("Sasha, we call her").
_NAME_THEN_CALLED = own_compiled(r"""(?x) (?<= (?: ^ | [.!?:;,"“(\-–—] ) [^\S\n]* )
    (?P<alias> \p{L} [\p{L}\p{M}'’-]* (?: [^\S\n]+ \p{L} [\p{L}\p{M}'’-]* ){0,2} ) [^\S\n]+
    (?: (?i: we | they | people | everyone | everybody | folks ) [^\S\n]+ (?: (?i: all | just | still | always ) [^\S\n]+ )?
        (?i: call | calls | called ) [^\S\n]+ (?i: me | him | her )
      | (?P<say> (?i: everyone | everybody | people ) [^\S\n]+ (?: (?i: all | just | still | always ) [^\S\n]+ )? (?i: say | says ) ) )
    (?= [^\S\n]* (?: [,.;!?] | $ ) )""", regex.M)
_FIRST_NAME_TYPES = frozenset({"PERSON", "CALL_SIGN"})


def _with_second_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` and a person mention for a name someone is called that no detector found
    as a person (``_with_names``): the second name said after the first with "or" ("they call
    me Lolo, or la rubia, for my hair", "at the depot I'm janek, or the doctor since I carry
    plasters", "it's tommy, or the pole because of where I was born"), after the words that call
    someone, or after "it's" when its reason is said and it is no word for a person or a title
    (``_OR_SECOND``; ``_names_said_with_or`` ties it to the first); and the name said right
    before the words that call someone, which end their clause ("the cook, uncle toad we call
    him, stayed", "la maestra they call me, since": ``_NAME_THEN_CALLED``).  Not a word of everyday
    function ("or so", "or something"), a day or a filler."""
    called = _called_after_spans(text, mentions)
    return _with_names(text, _keyed_as_called(mentions, called), [*_or_second_spans(text, mentions), *called])


def _keyed_as_called(mentions: Sequence[Mention], spans: Sequence[tuple[int, int, str]]) -> list[Mention]:
    """``mentions``, a person mention a detector found just where a name said before the words
    that call someone stands keyed as ``spans`` say ("craig hollis, hollo we call him": Hollo is
    Craig Hollis), where it names someone beside it."""
    keys = {(start, end): key for start, end, key in spans if key}
    return [replace(m, key=keys[(m.start, m.end)]) if (m.start, m.end) in keys and m.entity_type == "PERSON"
            and not _keyed(m) and m.detector not in AUTHORITATIVE else m for m in mentions]


def _or_second_spans(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """Where a second name said with "or" after a person's or a call sign's stands
    (``_OR_SECOND``), unkeyed."""
    spans = []
    for a in mentions:
        if a.entity_type not in _FIRST_NAME_TYPES or (second := _OR_SECOND.match(text, a.end)) is None:
            continue
        window = max(_line_start(text, a.start), a.start - _NAMING_REACH)
        named = _NAMING_THEN_WORD.search(text, window, a.start) is not None
        if (named or (_REASON_AFTER.match(text, second.end("alias")) and _ITS_BEFORE.search(text, window, a.start))) \
                and _second_name_words(text[second.end("article") if second["article"] else second.start("alias"):
                                            second.end("alias")].split(), named):
            spans.append((*second.span("alias"), ""))
    return spans


def _second_name_words(words: Sequence[str], named: bool) -> bool:
    """Whether the words after "or" (without their article) can be a name: no function word,
    filler, day, reason or very common word, none only an adverb or an adjective ("or maybe
    later"); after "it's" no word for a person or a title ("it's Maria, or the manager because
    she has the key": someone else)."""
    for word in words:
        w = word.casefold()
        parts = parts_of_speech(w)
        if w in FUNCTION_WORDS or w in FILLERS or w in _DATE_WORDS or w in _REASON_WORDS \
                or zipf_frequency(w, "en") >= VERY_COMMON_ZIPF or (parts and "noun" not in parts) \
                or not named and (w in PERSON_NOUNS or w in TITLE_WORDS):
            return False
    return True


def _called_after_spans(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """Where a name said before the words that call someone by it stands (``_NAME_THEN_CALLED``),
    keyed by the person named beside it (``_named_beside``)."""
    spans = []
    people = [m for m in mentions if m.entity_type == "PERSON"]
    for match in _NAME_THEN_CALLED.finditer(text):
        words = match["alias"].split()
        first = words[0].casefold()
        if (first in NICKNAME_ARTICLES or first in NOT_NAME_WORDS or first not in FUNCTION_WORDS | FILLERS) \
                and all(w.casefold() not in FUNCTION_WORDS | FILLERS for w in words[1:]) \
                and (_word_nickname_shaped(words[-1])
                     or first in NICKNAME_ARTICLES and words[-1].casefold() in NOT_NAME_WORDS):  # "la doctora"
            beside = _named_beside(text, match, people)
            if beside is None and match["say"]:
                continue  # "people say" without the one named: said of no one ("the rest, people say")
            spans.append((*match.span("alias"), " ".join(_name_of(beside)) if beside else ""))
    return spans


# A full name said right after the words that call someone ("le Loup they call him, Tomo
# Varek"), or a name right before the nickname ("bertil, uncle toad we call him").
_COMMA_AFTER = own_compiled(r"[^\S\n]*,[^\S\n]*")
_COMMA_BEFORE = own_compiled(r"[^\S\n]*,[^\S\n]*$")


def _named_beside(text: str, match: regex.Match[str], people: Sequence[Mention]) -> Mention | None:
    """The person a name said before the words that call someone is of (``_NAME_THEN_CALLED``):
    a full name set off by a comma right after those words, or a name set off by a comma right
    before the nickname."""
    after = _COMMA_AFTER.match(text, match.end())
    for p in people:
        if after is not None and p.start == after.end() and len(person_tokens(p.text)) >= 2:
            return p
    return next((p for p in people if p.end <= match.start("alias")
                 and _COMMA_BEFORE.fullmatch(text, p.end, match.start("alias"))), None)


def _with_names(text: str, mentions: Sequence[Mention], spans: Sequence[tuple[int, int, str]]) -> list[Mention]:
    """``mentions`` and a person mention (``ALIAS_DETECTOR``, keyed as ``spans`` say) for each of
    ``spans`` that no person mention holds as it is; places, bodies, call signs, persons and
    titles the detectors found inside it give it their place ("le [Loup]", "la [maestra]"), one
    that reaches out of it keeps it."""
    added: list[Mention] = []
    replaced: set[Mention] = set()
    for start, end, key in spans:
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any((m.start, m.end) == (start, end) and m.entity_type == "PERSON" or not (start <= m.start and m.end <= end)
               or m.entity_type not in _SPREAD_TYPES | _TITLE_TYPES for m in inside) \
                or any(m.start < end and start < m.end for m in added):
            continue
        replaced.update(inside)
        added.append(Mention(start, end, "PERSON", max([_ALIAS_SCORE, *(m.score for m in inside)]), ALIAS_DETECTOR,
                             text[start:end], key=key))
    if not added:
        return list(mentions)
    return sorted([*(m for m in mentions if m not in replaced), *added], key=lambda m: (m.start, m.end))


# A nickname said first, then the words that say it is what someone is called, and who ("el
# flaco, that's what we call him, doctor iván negrón", "kyar gyi, sorry, that's what we call u
# kyaw min htet", "der Bär knows, that's what we call Kathrein", "for the baron, that's what we
# call him\nmarc de smedt"): the nickname is the person named right after the words (after
# "him" or "her" set off by a comma or a line's end), or the speaker ("that's what they call me").
_THATS_WHAT_CALLED = own_compiled(
    r"""(?x) \G ["'»”’]? (?: [^\S\n]+ \p{Ll}+ )? [^\S\n]* , [^\S\n]* (?: (?i: sorry ) [^\S\n]* , [^\S\n]* )?
    (?i: that ['’] s | that [^\S\n]+ is | it ['’] s ) [^\S\n]+ (?i: what ) [^\S\n]+
    (?: (?i: we | they | people | everyone | everybody | the [^\S\n]+ \p{L}+ ) [^\S\n]+ ) (?: (?i: all ) [^\S\n]+ )?
    (?i: call | calls | called ) [^\S\n]+
    (?: (?P<pronoun> (?i: him | her | me ) ) (?: [^\S\n]* (?: [,:] [^\S\n]* | \n [^\S\n]* ) (?= \p{L} ) | (?= [^\S\n]* [.;!?] )
                                            | [^\S\n]+ (?= \p{L} ) ) )?""")
# The nickname there no detector found: an article and one or two words after a clause's start.
_ARTICLED_BEFORE = own_compiled(
    r"""(?x) (?<= (?: ^ | [.,;:!?] | (?<!\p{L}) (?i: for | and | or | but | with ) ) [^\S\n]* ["'«“„‘]? )
    (?P<alias> (?i: the | """ + _ARTICLE_WORDS + r""" ) [^\S\n]+
      (?: \p{Lu} [\p{L}\p{M}'’-]+ (?: [^\S\n]+ \p{Lu} [\p{L}\p{M}'’-]+ )? | \p{Ll} [\p{L}\p{M}'’-]+ (?: [^\S\n]+ \p{Ll} [\p{L}\p{M}'’-]+ )? ) )
    (?= ["'»”’]? [^\S\n]* , [^\S\n]* (?i: that ['’] s | that [^\S\n]+ is | it ['’] s ) [^\S\n]+ (?i: what ) (?!\p{L}) )""",
    regex.M)
_NAMED_SO_TYPES = frozenset({"PERSON", "CALL_SIGN", "ORGANIZATION", "LOCATION"})


def _named_as_called_so(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = ()) -> list[Mention]:
    """``mentions`` with each nickname said before the words that say it is what someone is called
    (``_THATS_WHAT_CALLED``) made that person's (type PERSON, keyed by their name); one no
    detector found, an article and one or two words (``_ARTICLED_BEFORE``), found there."""
    if "what" not in text:
        return list(mentions)
    spans = [match.span("alias") for match in _ARTICLED_BEFORE.finditer(text)
             if (called := _THATS_WHAT_CALLED.match(text, match.end("alias"))) is not None
             and (called["pronoun"] or any(p.start == called.end() and p.entity_type == "PERSON" for p in mentions))
             and _nickname_word(match["alias"].split()[-1])]
    mentions = _with_names(text, mentions, [(a, b, "") for a, b in spans]) if spans else list(mentions)
    out = []
    for m in mentions:
        called = _THATS_WHAT_CALLED.match(text, m.end) if m.entity_type in _NAMED_SO_TYPES and not _keyed(m) \
            and m.detector not in AUTHORITATIVE else None
        person = _called_so(text, m, called, mentions, piece_starts) if called is not None else None
        if person is not None:
            m = replace(m, entity_type="PERSON", key=" ".join(_name_of(person)), score=max(m.score, person.score))
        out.append(m)
    return out


# A title the name after the calling words may follow ("that's what we call him, doctor iván negrón"
# where the model found the name without it).
_TITLE_BEFORE = own_compiled(r"""(?: (?i: """ + "|".join(longest_first(TITLE_WORDS)) + r""" ) \.? [^\S\n]+ )?""", regex.X)


def _nickname_word(word: str) -> bool:
    """Whether the last word of an article's nickname names someone: a title or a word for a
    person ("the baron", "the director"), or a word of a nickname's shape (not "the money")."""
    return word.casefold() in NOT_NAME_WORDS or word.casefold() in PERSON_NOUNS or _word_nickname_shaped(word)


def _called_so(text: str, m: Mention, called: regex.Match[str], mentions: Sequence[Mention],
               piece_starts: Sequence[int]) -> Mention | None:
    """The person ``called`` says ``m`` is what they are called: the speaker after "me", else
    the person named right after the words, not ``m`` itself."""
    pronoun = (called["pronoun"] or "").casefold()
    if pronoun == "me":
        return _speaker(text, m, mentions, piece_starts)
    return next((p for p in mentions if p.start >= called.end() and _TITLE_BEFORE.fullmatch(text, called.end(), p.start)
                 and p is not m
                 and p.entity_type == "PERSON"
                 and person_tokens(p.text) and (pronoun == "" or len(person_tokens(p.text)) >= 2)
                 and not _possessive(text, p)), None)


def _with_said_after_name(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` and a person mention, keyed by the person named right before, for what people
    say that person is called (``_said_after_name``)."""
    spans = _said_after_name(text, mentions)
    return _with_names(text, mentions, spans) if spans else list(mentions)


def _with_called_me(text: str, mentions: Sequence[Mention], names: GivenNames) -> list[Mention]:
    """``mentions`` and a person mention for each name a speaker says they are called that no
    detector found: a capitalised word no everyday word of English, or a lower-case one a name
    list knows or no English word ("they call me crazy", "call me tomorrow" are no names); and
    for each word in small letters someone is called by (``_word_alias_spans``) that names,
    whoever is called ("the lads call him hammer", "in the yard they call me magnet")."""
    added: list[Mention] = []
    words = _word_alias_spans(text)
    named_as = {match.span("alias") for match in _NAMED_AS_WORDS.finditer(text)}
    keys = _named_as_keys(text, named_as, mentions)
    guesses = _model_guesses_at(mentions, named_as)
    titles = [m for m in mentions if m.entity_type in _TITLE_TYPES or m.text.casefold() in _NICKNAME_TITLES]
    for start, end in sorted({*_alias_spans(text), *words, *named_as}, key=lambda span: (span[0], -span[1])):  # the longer first
        # a titled word nickname takes the place of its title found as a job ("[call me
        # professor] owl")
        inside = [m for m in titles if start < m.end <= end] if " " in text[start:end] else []
        inside += guesses.get((start, end), [])
        two = _two_words_inside(text, start, end, words, mentions)
        if two is not None:
            inside += two
        if is_called_call_sign(text, start) or _taken(start, end, mentions, inside, added):
            continue
        if _alias_shaped(text[start:end], text[start - 1:start] in _OPENING_QUOTES, names) or (
                (start, end) in words and (_word_nickname_shaped(text[start:end].split()[-1]) or two is not None)):
            added.append(Mention(start, end, "PERSON", _ALIAS_SCORE, ALIAS_DETECTOR, text[start:end],
                                 key=keys.get((start, end), "")))
            mentions = [m for m in mentions if m not in inside] if inside else mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else list(mentions)


# The person a name said after a verb of naming is of: the one named right before the relative
# clause ("Mariusz Wrona, who they call The Lamplighter"), or right after, in the next sentence
# that names him ("Calls himself Big Eck. His name's Alexander Rennie.").
_WHO_THEY_CALL = own_compiled(r"(?i),[^\S\n]*(?:who|whom)[^\S\n]")
_HIS_NAME_AFTER = own_compiled(
    r"""(?x) ["'»”’]? [^\S\n]* [.;,] [^\S\n]+ (?i: (?: his | her ) [^\S\n]+ (?: (?: real | full | actual ) [^\S\n]+ )?
    name (?: [^\S\n]+ (?: is | was ) | ['’] s ) ) [^\S\n]* :? [^\S\n]* \Z""")


def _named_as_keys(text: str, spans: set[tuple[int, int]], mentions: Sequence[Mention]) -> dict[tuple[int, int], str]:
    """For each name said after a verb of naming (``spans``), the key of the full name of the
    person it is said of, where the words tie them (``_WHO_THEY_CALL``, ``_HIS_NAME_AFTER``)."""
    keys = {}
    people = [m for m in mentions if m.entity_type == "PERSON" and len(person_tokens(m.text)) >= 2]
    for start, end in spans:
        clause = _WHO_THEY_CALL.search(text, max(0, start - 60), start)
        for p in people:
            if (clause is not None and p.end == clause.start()) or (
                    p.start > end and _HIS_NAME_AFTER.match(text, end, p.start) is not None):
                keys[(start, end)] = p.key or " ".join(person_tokens(p.text))
    return keys


_TITLE_TYPES = frozenset({"OCCUPATION", "RANK"})


_GUESSED_TYPES = _MODEL_PLACES_AND_BODIES | {"PERSON"}


def _model_guesses_at(mentions: Sequence[Mention], named_as: set[tuple[int, int]]) -> dict[tuple[int, int], list[Mention]]:
    """The model's guesses of a person, a place or a body on exactly each span where a name is
    said after a verb of naming (``named_as``), which the name takes the place of ("calls
    himself [Big Eck]" as a firm); one pass over ``mentions``."""
    guesses: dict[tuple[int, int], list[Mention]] = {}
    if named_as:
        for m in mentions:
            if (m.start, m.end) in named_as and m.entity_type in _GUESSED_TYPES \
                    and m.detector not in AUTHORITATIVE and not _keyed(m):
                guesses.setdefault((m.start, m.end), []).append(m)
    return guesses


def _two_words_inside(text: str, start: int, end: int, words: set[tuple[int, int]],
                      mentions: Sequence[Mention]) -> list[Mention] | None:
    """For a nickname of two words in small letters (``_two_word_nickname``) at ``start``-``end``,
    the mentions inside it that give it their place: a word of it the model or a name list took
    for a name of its own ("call me [small] boat"); None for any other span."""
    if (start, end) not in words or len(text[start:end].split()) != 2 or not _two_word_nickname(text[start:end].split()):
        return None
    return [m for m in mentions if start <= m.start and m.end <= end and m.detector not in AUTHORITATIVE
            and m.entity_type in _SPREAD_TYPES]


def _taken(start: int, end: int, mentions: Sequence[Mention], inside: Sequence[Mention],
           added: Sequence[Mention]) -> bool:
    """Whether a mention found already (other than a title ``inside`` the span) or one added
    overlaps ``start``-``end``."""
    return any(m.start < end and start < m.end and m not in inside for m in mentions) \
        or any(m.start < end and start < m.end for m in added)


# A word said right before a full name and set apart from it ("it's sasha, aleksandr avagyan",
# "Kolya (Mykola Hrytsenko)"), or right after it ("Aleksandr Avagyan, Sasha, drove").
_WORD_SET_BEFORE = own_compiled(r"(?<![\p{L}\p{M}])(?P<word>\p{L}[\p{L}\p{M}]+)[^\S\n]*[,(\-–—][^\S\n]*$")
_WORD_SET_AFTER = own_compiled(r"[^\S\n]*[,(][^\S\n]*(?P<word>\p{L}[\p{L}\p{M}]+)(?![\p{L}\p{M}])[^\S\n]*[,)]")


class Covered:
    """Whether a span overlaps any of ``mentions``: bisection over their starts and the largest
    end so far (a document of a hundred thousand mentions is not scanned once per name)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []
        for _, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __call__(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the mentions that start before ``end``
        return i > 0 and self.reach[i - 1] > start


def _with_variants_beside(text: str, mentions: Sequence[Mention], names: GivenNames) -> list[Mention]:
    """``mentions`` and a person mention, keyed by the full name, for a form of a full name's
    given name said right beside it that no detector found ("it's sasha, aleksandr avagyan":
    the name lists hold Sasha as a form of Aleksandr).  The word must be another form, not the
    given name itself nor an English word the lists also hold as a name ("will", "bill").
    A lone-name guess of a person over the very word (a given name only the name recognizer
    knows, scored low alone: "berhane gebremedhin. berhane son of") covers nothing here: the
    word said beside the full name is that person, keyed and scored as the full name."""
    added: list[Mention] = []
    # the words added so far, apart from each other, by start (so their ends are in order too):
    # whether a word overlaps one is a bisect, not a walk of every word added
    added_starts: list[int] = []
    added_ends: list[int] = []
    guesses = {(m.start, m.end) for m in mentions if _lone_person_guess(m)}
    covered = Covered(mentions)
    for p in mentions:
        tokens = person_tokens(p.text)
        if p.entity_type != "PERSON" or len(tokens) < 2:
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        for match in (_WORD_SET_BEFORE.search(text, max(line_start, p.start - 30), p.start),
                      _WORD_SET_AFTER.match(text, p.end),
                      _ECHO_BEFORE.search(text, max(line_start, p.start - 30), p.start),
                      _ECHO_AFTER.match(text, p.end)):
            if match is None:
                continue
            start, end = match.span("word")
            before = bisect.bisect_left(added_starts, end)
            if (covered(start, end) and (start, end) not in guesses) or (before > 0 and added_ends[before - 1] > start):
                continue
            if _variant_beside(match["word"], tokens, names) or _name_word_echoed(match["word"], tokens):
                added.append(Mention(start, end, "PERSON", p.score, p.detector, match["word"],
                                     key=p.key or " ".join(tokens)))
                at = bisect.bisect_left(added_starts, start)
                added_starts.insert(at, start)
                added_ends.insert(at, end)
    if not added:
        return list(mentions)
    replaced = {(m.start, m.end) for m in added}
    kept = [m for m in mentions if (m.start, m.end) not in replaced or (m.start, m.end) not in guesses]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _lone_person_guess(m: Mention) -> bool:
    """A person's name of one word scored no higher than the name recognizer scores a lone
    name it has no context for (below the threshold: a guess, "a word that may be a name"):
    what a surer reading of the same word replaces."""
    return m.entity_type == "PERSON" and m.score <= SCORE_LONE_NAME and not m.known_identity \
        and len(person_tokens(m.text)) == 1


def _variant_beside(word: str, tokens: Sequence[str], names: GivenNames) -> bool:
    """Whether ``word`` is another form of the given name ``tokens`` open with, no English word."""
    form = skeleton(word.casefold())
    return form != skeleton(tokens[0]) and names.knows(form) and names.are_variants(form, skeleton(tokens[0])) \
        and zipf_frequency(word.casefold(), "en") < WORD_ZIPF


# A word said right before a full name, alone or as a sentence of its own, the name restating it
# ("junior. tuaine junior.", "lazarus lazarus mutilifa"); or right after it, as a sentence's first
# word ("berhane gebremedhin. berhane son of gebremedhin"), not before a capitalised word ("Avi
# Sasson, Sasson Building"): design gold marks such a word as the person 264 times in 273.
_ECHO_BEFORE = own_compiled(r"(?<![\p{L}\p{M}'’-])(?P<word>\p{L}[\p{L}\p{M}'’-]+)[^\S\n]*[.,]?[^\S\n]+$")
_ECHO_AFTER = own_compiled(
    r"[^\S\n]*[.,][^\S\n]+(?P<word>\p{L}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}'’-])(?![^\S\n]+\p{Lu})")


def _name_word_echoed(word: str, tokens: Sequence[str]) -> bool:
    """Whether ``word``, said right beside a full name, is one of its name words (``tokens``,
    without titles and family words), the person said again: the name restated a moment after
    it is said ("berhane gebremedhin. berhane son of"); never a function word ("Marina Babić. I
    am") nor one of the commonest words of English ("he said Said Ahmed")."""
    folded = word.casefold()
    return folded in tokens and folded not in FUNCTION_WORDS and folded not in NOT_NAME_WORDS \
        and folded not in TITLE_WORDS and len(folded) >= 3 and zipf_frequency(folded, "en") < _ECHOED_WORD_MAX_ZIPF


# A word this frequent in English is a word even beside a name that holds it ("said", "more").
_ECHOED_WORD_MAX_ZIPF = 5.0


# An article right before a mention said after the words that call someone ("calls him O ",
# 'we call him "o '), and the same article before another mention of the same word.
_CALLED_ARTICLE = own_compiled(
    r"""(?x) (?<![\p{L}'’]) (?i: (?: call | calls | called | calling ) [^\S\n]+ (?: him | her | me | them | us )
      | known [^\S\n]+ as | nicknamed | dubbed ) [^\S\n]+ ["'«“„‘]? (?P<article> (?i: """ + _ARTICLE_WORDS + r""" ) )
    [^\S\n]+ \Z""")
_ARTICLE_BEFORE = own_compiled(r"""(?x) (?<![\p{L}\p{M}'’-]) (?P<article> (?i: """ + _ARTICLE_WORDS + r""" ) ) [^\S\n]+ \Z""")
# What the model or propagation may have called a nickname's word.
_ARTICLED_TYPES = frozenset({"PERSON", "CALL_SIGN", "ORGANIZATION", "LOCATION"})


def with_nickname_articles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each nickname said after the words that call someone taken with the
    article it opens with ("everybody calls him O Lobo": the model finds "Lobo", maybe as a
    place or weakly), and every other mention of the same word with the same article right
    before it ("O Lobo knows"), so no part of the nickname is left in the text: a name someone
    is called (as ``_with_called_me`` finds them), found wherever it is said.  A word the
    article is not said before stays as it is ("Lobo" alone)."""
    forms: set[tuple[str, str]] = set()
    for m in mentions:
        if m.entity_type in _ARTICLED_TYPES and len(m.text.split()) <= 2:
            called = _CALLED_ARTICLE.search(text, max(0, m.start - 40), m.start)
            if called is not None:
                forms.add((called["article"].casefold(), m.text.casefold()))
    if not forms:
        return list(mentions)
    out = []
    for m in mentions:
        before = _ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start) \
            if m.entity_type in _ARTICLED_TYPES else None
        if before is not None and (before["article"].casefold(), m.text.casefold()) in forms:
            start = before.start("article")
            m = replace(m, start=start, text=text[start:m.end], entity_type="PERSON", score=max(m.score, _ALIAS_SCORE),
                        detector=ALIAS_DETECTOR)
        out.append(m)
    return out


def _alias_spans(text: str) -> list[tuple[int, int]]:
    """Where the names a speaker or their people say someone is called stand: after "call me"
    or "a sergeant they call", and a second one after "or"."""
    spans = []
    they_call = [m for m in _THEY_CALL_WORDS.finditer(text)
                 if (before := _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())) is not None
                 and before.group(1).casefold() in _CALLED_ONES]
    said = [m for m in _PEOPLE_SAY_WORD.finditer(text)
            if _NAME_SENTENCE_FIRST.fullmatch(text, _line_start(text, m.start()), m.start())]
    for match in [*_CALLED_ME_WORDS.finditer(text), *they_call, *said]:
        spans.append(match.span("alias"))
        second = _OR_ALIAS.match(text, match.end())
        if second is not None and second["alias"][:1].isupper() == match["alias"][:1].isupper():
            spans.append(second.span("alias"))
    return spans


# A name's particle that is no English word ("de", "le", "el", "van"): a capitalised word after
# it makes one nickname with it ("everybody calls her de Dokter", "they call her la Tigre").
_NAME_PARTICLES = "|".join(longest_first(PARTICLES - ENGLISH_PARTICLES))
# A word in small letters someone is called by, said right after the calling words ("in the yard
# they call me magnet", "the lads call him hammer, he", "the workers called her duchess"): one
# word, no English article ("they call him the boss" describes him); the article of a nickname in
# the language of its place opens it ("we call him "o kapitanos"", "they call him O Lobo").  "her" may be whose ("I called her
# lawyer"), so a lone caller before it ("I", "she") makes the words a call on the phone.
# Or two such words ending the clause ("at the academy they call me small boat, because", "the
# men call him big boy."): a describing word or a rare one before a noun (``_two_word_nickname``).
_CALLED_WORD = own_compiled(
    r"""(?x) (?: (?<![\p{L}'’]) (?P<who> \p{L}+ ) [^\S\n]+ (?: (?i: all | just | still | always | even | does | do | did ) [^\S\n]+ )? )?
    (?<![\p{L}'’]) (?i: call | calls | called | nicknamed ) [^\S\n]+ (?P<whom> (?i: him | her | me ) ) [^\S\n]+
    ["«“„]? (?P<alias> (?: """ + _NAME_PARTICLES + r""" | (?i: """ + _ARTICLE_WORDS + r""" ) ) [^\S\n]+ \p{Lu} [\p{L}\p{M}'’-]+
      | (?P<two> \p{Ll} [\p{Ll}\p{M}'’-]+ [^\S\n]+ \p{Ll} [\p{Ll}\p{M}'’-]+ )
        (?= ["»”]? [^\S\n]* (?: [.,;!?\n] | \Z ) | [^\S\n]+ (?i: because | cause | cos | since ) (?!\p{L}) )
      | (?: (?: """ + _ARTICLE_WORDS + r""" ) [^\S\n]+ )? \p{Ll} [\p{Ll}\p{M}'’-]+ )
    (?! [\p{L}\p{M}'’-] | [^\S\n]* [-–—] [^\S\n]* \p{L} )""")
_LONE_CALLERS = frozenset("i he she you".split())
# A word this frequent in English is hardly a nickname in small letters ("they call me crazy").
_WORD_NICKNAME_MAX_ZIPF = 5.0


_SAID_THERE_WORD = own_compiled(r"(?x)" + _SAY_THERE_WORDS + r"""(?P<alias> \p{Ll} [\p{Ll}\p{M}'’-]+ )
    (?= [^\S\n]* (?: [.!,;] | $ ) )""", regex.M)  # (``_CLAUSE_ENDS``)


# A title said before the word makes one nickname with it ("the kids call me professor owl",
# "the yard calls him chief toad": one who leads is called so as by a title).
_NICKNAME_TITLES = TITLE_WORDS | frozenset("boss chief".split())
_TITLED_WORD = own_compiled(r"""[^\S\n]+(?P<word>\p{Ll}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}'’-])""")


@lru_cache(maxsize=1)
def alias_word_patterns() -> dict[str, Any]:
    """``_CALLED_WORD`` and ``_SAID_THERE_WORD`` gated (``prefilter.gated``): searched over every
    whole text of a run, they find the same in only the texts, and the lines, holding their
    words (a calling word and a pronoun on one line; "they say" and "at", "in" or "on"), which
    their gates look for apart from the detectors' (those words are everywhere)."""
    return gated({"called": _CALLED_WORD, "said there": _SAID_THERE_WORD}, apart=True)


def _word_alias_spans(text: str) -> set[tuple[int, int]]:
    """Where a word in small letters someone is called by stands (``_CALLED_WORD``, and what
    they say there: ``_SAY_THERE``), with a title before it (``_TITLED_WORD``)."""
    patterns = alias_word_patterns()
    spans = {_called_span(match) for match in patterns["called"].finditer(text)
             if not (match["whom"].casefold() == "her" and (match["who"] or "").casefold() in _LONE_CALLERS)} \
        | {match.span("alias") for match in patterns["said there"].finditer(text)}
    titled = set()
    for start, end in spans:
        word = _TITLED_WORD.match(text, end) if text[start:end].casefold() in _NICKNAME_TITLES else None
        titled.add((start, word.end()) if word is not None and _word_nickname_shaped(word["word"]) else (start, end))
    return titled


# What people say someone is called, said right after that person is named ("his name is alfred
# zubah but everybody say big boy", "wayne ellis dingess. most folks say pee wee"): the people who
# say it open the clause right after the name, and one or two words in small letters end it.
_SAY_AFTER_NAME = own_compiled(
    r"""(?x) \G [^\S\n]* (?: [.,;] [^\S\n]* | [^\S\n] (?i: but | and ) [^\S\n]+ )
    (?: (?i: most | all ) [^\S\n]+ )? (?i: everyone | everybody | people | folks | they )
    (?: [^\S\n]+ (?i: here | (?: at | in | on ) [^\S\n]+ (?: (?i: the ) [^\S\n]+ )? \p{L}+ ) )?
    (?: [^\S\n]+ (?i: all | just | still | always ) )? [^\S\n]+ (?i: say | says ) [^\S\n]+
    (?P<alias> (?P<two> \p{Ll} [\p{Ll}\p{M}'’-]+ [^\S\n]+ )? \p{Ll} [\p{Ll}\p{M}'’-]+ )
    (?= ["»”]? [^\S\n]* (?: [.,;!?] | $ ) | [^\S\n]+ (?i: because | cause | cos | since ) (?!\p{L}) )""", regex.M)


def _said_after_name(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """Where what people say a person is called stands right after the person is named
    (``_SAY_AFTER_NAME``), keyed by that person: one word of a nickname's shape or two that name
    (``_two_word_nickname``)."""
    spans = []
    for p in mentions:
        if p.entity_type != "PERSON" or len(person_tokens(p.text)) < 2 or _possessive(text, p):
            continue
        # read up to the line's end, which no match passes: ``regex`` looks for the pattern's
        # required words ("say") over all the text after ``pos`` before it tries there, so an
        # unbounded match costs the rest of a long file, per name (quadratic in its length)
        line_end = text.find("\n", p.end)
        said = _SAY_AFTER_NAME.match(text, p.end, line_end if line_end != -1 else len(text))
        if said is not None and (_two_word_nickname(said["alias"].split()) if said["two"]
                                 else _word_nickname_shaped(said["alias"])):
            spans.append((*said.span("alias"), " ".join(_name_of(p))))
    return spans


# Two words both this rare in English are no everyday phrase ("pee wee"; not "climate change").
_RARE_TWO_WORDS_ZIPF = 4.5


def _called_span(match: regex.Match[str]) -> tuple[int, int]:
    """The nickname ``_CALLED_WORD`` found: its two words where they name (``_two_word_nickname``;
    after "her" only where many call her so: "we called her old number" is whose), else the first
    alone ("call me professor owl": the title's rule takes the second)."""
    if match["two"] is None or _two_word_nickname(match["two"].split()) and (
            match["whom"].casefold() != "her" or (match["who"] or "").casefold() in _EVERYONE):
        return match.span("alias")
    return match.start("alias"), match.start("alias") + len(match["two"].split()[0])


def _two_word_nickname(words: Sequence[str]) -> bool:
    """Whether two words in small letters said after the calling words name someone: a
    describing word ("big", "tall", "small") before a noun ("small boat", "tall boy"), or two
    words English hardly uses, the second a noun ("pee wee"); neither a function word, a title, a family word, a
    day or a filler ("called me last night", "call me next week" are no names)."""
    first, last = (w.casefold() for w in words)
    if any(w in FUNCTION_WORDS or w in NOT_NAME_WORDS or w in _DATE_WORDS or w in FILLERS for w in (first, last)) \
            or "noun" not in parts_of_speech(last) and parts_of_speech(last) or not is_base_form(last, "noun"):
        return False
    return first in _DESCRIBING or all(zipf_frequency(w, "en") < _RARE_TWO_WORDS_ZIPF for w in (first, last))


def _word_nickname_shaped(word: str) -> bool:
    """Whether a word in small letters said after the calling words names someone: a thing's
    noun ("magnet", "owl", "hammer": a noun, maybe a verb as written, never an adjective or an
    adverb: "they call me crazy", "called me twice", "called me crying"), or a word no dictionary
    holds and English hardly uses ("dudu"); never a function word, a title, a family word, a
    day or a filler."""
    folded = word.casefold()
    if len(folded) < 3 or folded in FUNCTION_WORDS or folded in NOT_NAME_WORDS or folded in _DATE_WORDS \
            or folded in FILLERS or folded.endswith(("'s", "’s")) or zipf_frequency(folded, "en") >= _WORD_NICKNAME_MAX_ZIPF:
        return False
    parts = parts_of_speech(folded)
    if not parts:
        return zipf_frequency(folded, "en") < VERY_COMMON_ZIPF
    return parts <= {"noun", "verb"} and is_base_form(folded, "noun") and ("verb" not in parts or is_base_form(folded, "verb"))


def _alias_shaped(alias: str, quoted: bool, names: GivenNames) -> bool:
    """Whether the words after "call me" can be a name: capitalised (or quoted) words, one no
    everyday word of English; one lower-case word a name list knows or English hardly does.
    Never only titles, family words or days, nor someone's ("Rosi's")."""
    words = alias.split()
    folded = [w.casefold() for w in words]
    if all(w in NOT_NAME_WORDS or w in _DATE_WORDS for w in folded) or folded[-1].endswith(("'s", "’s")):
        return False
    if len(words) > 1 and folded[0] in PARTICLES | NICKNAME_ARTICLES | {"the"} and words[1][:2].istitle():
        # a particle or an article and capitalised words ("de Dokter", "O Lobo"): the words after it decide
        return any(zipf_frequency(w, "en") < VERY_COMMON_ZIPF for w in folded[1:])
    if alias[:2].istitle() or quoted:
        return any(zipf_frequency(w, "en") < VERY_COMMON_ZIPF for w in folded)
    return len(words) == 1 and (names.knows(skeleton(folded[0])) or zipf_frequency(folded[0], "en") < _RARE_WORD_ZIPF)


def _keyed(m: Mention) -> bool:
    """Whether a detector keyed ``m`` by something other than its own words (an identity, a
    whole name it is part of)."""
    return bool(m.key) and (m.known_identity or person_tokens(m.key) != person_tokens(m.text))


def _lone_nickname_word(text: str, m: Mention, name_words: set[str], names: GivenNames) -> bool:
    """A lone capitalised word, or one in small letters right after the words that call
    someone by it ("piet botha, they call him hammer"), no word of a full name of the text
    and no given name the lists know (resolution joins "Kolya" to the one Mykola of its file,
    and only there), not said as someone's ("Sokol's car")."""
    tokens = person_tokens(m.text)
    return (len(tokens) == 1 and tokens[0] not in name_words
            and (m.text[:1].isupper() or _CALLED.search(text, max(_line_start(text, m.start), m.start - _NEAR), m.start))
            and not names.knows(skeleton(tokens[0]))
            and text[m.end:m.end + 2] not in {"'s", "’s"})


# A nickname's other mentions: the same word, whole, as written; a nickname that is a very
# common word ("Will", "So") not where a sentence starts, where any word has a capital ("Kit
# never slept" is still the nickname).
_WORD_EDGE = r"(?<![\p{L}\p{M}\p{N}-])(?<!\p{L}['’])"
_SENTENCE_START = own_compiled(r"""(?: ^ | [.!?:]["'”’]? ) [^\S\n]* $ | \n [^\S\n]* $""", regex.X)


def spread_linked(text: str, mentions: list[Mention], linked: dict[str, Mention],
            retyped: frozenset[str] = _SPREAD_TYPES) -> list[Mention]:
    """Every mention of a linked nickname's form (as written) of the ``retyped`` types is the
    person's, even where the model called it a company or a place ("They called him Kunle.
    Kunle never drove again."); a whole-word occurrence of it no detector found becomes one
    ("Everyone knew "Kit". Kit never slept.")."""
    out = []
    for m in mentions:
        nick = linked.get(m.text)
        if nick is not None and not _keyed(m) and m.entity_type in retyped \
                and not is_called_call_sign(text, m.start) and m.detector not in AUTHORITATIVE:
            m = replace(m, entity_type=nick.entity_type, key=nick.key, score=max(m.score, nick.score))
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
            if form.islower() and not _found_everywhere(form) and not said_as_a_name(text, start, end):
                continue  # 'they call me sunny' ... "it was sunny outside", "a sunny day": the word
            out.append(replace(nick, start=start, end=end, text=text[start:end], detector="QuotedNickname"))
            taken.append((start, end))
    return sorted(out, key=lambda m: (m.start, m.end))


def _found_everywhere(form: str) -> bool:
    """Whether the leak audit looks for ``form`` in every output (``redactor.audit``: a lone
    word as common as COMMON_WORD_ZIPF is not looked for), so every mention of it must go."""
    return " " in form.strip() or zipf_frequency(form.casefold(), "en") < COMMON_WORD_ZIPF


# Where a word stands as a name, not as the word ("hammer" of "they call him hammer"): spoken
# to ("thanks, hammer", "said hammer, you", "hammer, right"), the subject of what a person does or
# says ("hammer signed it", "hammer is back"), who is asked or told ("I asked hammer"), or the
# speaker ("it's me hammer", "hammer is me"); never after an article, a possessive or a verb it
# completes ("the hammer", "a heavy hammer", "it was sunny").
_NAME_SPOKEN_TO_BEFORE = own_compiled(
    r"""(?ix) (?: (?<![\p{L}'’]) (?: thank \s+ you | thanks | hey | hi | hello | okay | ok | yes | yeah | no | sorry | bye
      | said | says | told \s+ me ) [^\S\n]* [,!]? | (?: ^ | [,.!?:;"“>\-–—] ) ) [^\S\n]* $""", regex.M)
_NAME_SPOKEN_TO_AFTER = own_compiled(r"""[^\S\n]*(?:[,.!?;"”]|$)""", regex.M)
_SUBJECT_BEFORE = own_compiled(
    r"""(?ix) (?: (?: ^ | [,.!?:;"“>\-–—] ) | (?<![\p{L}'’]) (?: and | but | so | then | because | when | that | until ) )
    [^\S\n]* $""", regex.M)
_DOES_AFTER = own_compiled(
    r"(?i)[^\S\n]+(?:" + "|".join(sorted(SPEECH_VERBS | ACTION_VERBS | frozenset(
        "is was has had will would did does can could never always still also just hit got put took shot sat stood kept"
        .split()))) + r"|\p{Ll}{2,}ed)(?![\p{L}'’-])")
_ASKED_BEFORE = own_compiled(
    r"(?i)(?<![\p{L}'’])(?:" + "|".join(sorted(PERSON_VERBS | frozenset("saw see sees with".split())))
    + r")[^\S\n]+$")
_ME_BEFORE = own_compiled(r"(?i)(?<![\p{L}'’])(?:it['’]?s|is|was)[^\S\n]+me[^\S\n]+$")
_IS_ME_AFTER = own_compiled(r"(?i)[^\S\n]+(?:is|was)[^\S\n]+me(?![\p{L}'’])")


def said_as_a_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands where a name stands, not the word (see above)."""
    before = max(0, start - 24)
    if AS_A_WORD_BEFORE.search(text, max(0, start - 12), start) and not _ME_BEFORE.search(text, before, start):
        return False
    return bool((_NAME_SPOKEN_TO_BEFORE.search(text, before, start) and _NAME_SPOKEN_TO_AFTER.match(text, end))
                or (_SUBJECT_BEFORE.search(text, before, start) and _DOES_AFTER.match(text, end))
                or _ASKED_BEFORE.search(text, before, start) or _ME_BEFORE.search(text, before, start)
                or _IS_ME_AFTER.match(text, end))


def _beside(text: str, m: Mention, people: Sequence[Mention], tied_by_words: bool = False) -> Mention | None:
    """The full name said right with the nickname, before or after it, or around it; with
    ``tied_by_words``, only where naming words or quotes tie them (not a bare comma or dash)."""
    for p in people:
        if p.start <= m.start and m.end <= p.end:
            return None if tied_by_words else p
        if _possessive(text, p):
            continue
        if p.end <= m.start and m.start - p.end <= _NEAR and _tied(
                text, _NAME_THEN_NICKNAME.search(text[p.end:m.start]), m, (p, m), tied_by_words):
            return p
        if m.end <= p.start and p.start - m.end <= _NEAR and _tied(
                text, _NICKNAME_THEN_NAME.search(text[m.end:p.start]), m, (m, p), tied_by_words):
            return p
    return None


def _tied(text: str, found: regex.Match | None, m: Mention, pair: tuple[Mention, Mention], by_words: bool) -> bool:
    """Whether what stands between a name and nickname ``m`` (``found``) ties them; ``by_words``:
    only naming words, quotes or brackets do, not a bare comma or dash."""
    return found is not None and (not by_words or bool(found["words"]) or _quoted(text, m) or _in_brackets(text, *pair))


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


def _said_of(text: str, m: Mention, mentions: Sequence[Mention], people: Sequence[Mention],
             names: GivenNames) -> Mention | None:
    """The person a nickname is said of ("Francisco Morales. Everyone called him "Paco""): the
    one person named in full in its own sentence or the one before (``_said_of_named``), when
    the words right before it call someone by it."""
    if _CALLED.search(text, max(_line_start(text, m.start), m.start - _NEAR), m.start) is None:
        return None
    return _said_of_named(text, m, mentions, people, names)


def _said_of_named(text: str, m: Mention, mentions: Sequence[Mention], people: Sequence[Mention],
                   names: GivenNames) -> Mention | None:
    """The one person named in full in the sentence of ``m`` or the one before
    (``_sentence_before``), whom words that call someone tie it to; None when anyone else is
    named there, even by a lone name ("Ivan Petrov came with Oleh. They called him Zubr"), or
    the name is another's ("Ivan's son")."""
    line_start = _line_start(text, m.start)
    since = _said_since(text, line_start, m.start, people)
    # a name that runs across the start (the full stop of "Mr. Ivan Petrov" ends no sentence)
    before = [p for p in people if p.end <= m.start and p.end > since]
    named = {_name_of(p) for p in before}
    if len(named) != 1 or any(_possessive(text, p) for p in before):
        return None
    full = set(next(iter(named)))
    if any(since <= q.start and q.end <= m.start and _someone(q, names) and not set(_name_of(q)) <= full
           and q.detector != SPEAKER_LABEL for q in mentions):
        return None
    between = text[before[-1].end:m.start]
    if (callers := _CALLERS.search(between)) is not None:  # "the women at the market call him"
        between_words = between[:callers.start("noun")] + between[callers.end("noun"):]
    else:
        between_words = between
    words = regex.findall(r"\p{L}+", between_words.casefold())
    if not _CLAUSE_BREAK.search(between) or any(w in _SOMEONE_ELSES for w in words) \
            or _SOMEONE_INTRODUCED.search(between):
        return None  # the person calls someone else so, or someone of theirs is meant
    return before[-1]


# The ones who call someone by a nickname, named by a noun right before the (plural) calling
# words, maybe with a place ("the women at the market call him", "the guards call her"): who
# calls, not someone else the nickname may be of.
_CALLERS = own_compiled(
    r"""(?ix) (?<!\p{L}) (?P<noun> \p{L}+ ) (?: [^\S\n]+ (?: in | at | on | from | of | around ) (?: [^\S\n]+ \p{L}+ ){1,2} )?
    [^\S\n]+ (?: all [^\S\n]+ )? (?: call | called ) [^\S\n]+ (?: him | her ) [^\S\n]* ["'«“„‘]? $""")
# A sentence that goes on about the one named before it: it starts with "he" or "she".
_GOES_ON = own_compiled(r"""(?i) [^\S\n]* (?: he | she ) (?: ['’] s | ['’] d )? (?!\p{L})""", regex.X)
# How many such sentences may stand between the name and the one that calls them something.
_GOES_ON_SENTENCES = 2


def _said_since(text: str, line_start: int, at: int, people: Sequence[Mention]) -> int:
    """Where the words a nickname at ``at`` may be said of start: the sentence before its own
    (``_sentence_before``), and before that while no one is named there and it goes on about
    someone ("Ivan Petrov. He is the foreman. They call him Zubr"), within ``_SAID_OF``."""
    since = _sentence_before(text, line_start, at)
    for _ in range(_GOES_ON_SENTENCES):
        if any(since < p.end <= at for p in people) or not _GOES_ON.match(text, since):
            break
        earlier = _sentence_before(text, line_start, since)
        if earlier >= since or at - earlier > _SAID_OF:
            break
        since = earlier
    return max(at - _SAID_OF, since)


def _someone(m: Mention, names: GivenNames) -> bool:
    """Whether ``m`` may be a person: found as one (or a call sign), or a company or place whose
    first word is a given name ("Tomas Berhane" the model took for a place)."""
    if m.entity_type in {"PERSON", "CALL_SIGN"}:
        return True
    tokens = person_tokens(m.text)
    if m.entity_type not in {"ORGANIZATION", "LOCATION"} or not tokens:
        return False
    info = default_gazetteer().get(tokens[0])
    return names.knows(skeleton(tokens[0])) or (info is not None and info.first)


_SENTENCE_END = own_compiled(r"[.!?;]+[\"'»”’)]*[^\S\n]")


# A line that starts a turn of its own ("A:", "SPEAKER 2:", "Q:"): a colon near its start.
_TURN_TAG = own_compiled(r"[^\S\n]*[^\s:][^:\n]{0,30}:")


def _sentence_before(text: str, line_start: int, at: int) -> int:
    """Where the sentence before the one holding ``at`` starts: on its line, or, for a line's
    first sentence that goes on the turn of the line before (no speaker tag of its own), the
    last sentence of that line (the line's start when there is none)."""
    ends = [match.end() for match in _SENTENCE_END.finditer(text, line_start, at)]
    if len(ends) >= 2:
        return ends[-2]
    if ends or line_start == 0 or _TURN_TAG.match(text, line_start):
        return line_start
    previous = _line_start(text, line_start - 1)
    ends = [match.end() for match in _SENTENCE_END.finditer(text, previous, line_start - 1)]
    return ends[-1] if ends else previous
