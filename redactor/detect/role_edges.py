"""A job or a rank grown over the words after it that say where it is held.

A job alone narrows who speaks; the words after it often single the person out: "a driver for
the tea cooperative in gurjaani", "a boner on the beef line", "a pharmacist in Kafranbel".  The
rules find the job word ("driver", "boner"); left beside its replacement, the tail still says
which job it was.  ``extend_roles`` grows each OCCUPATION and RANK over such a tail on its
right, up to three steps:

- "for", "at" or "with" the named workplace: "the" and one to three words that say which,
  then a kind of workplace ("for the tea cooperative", "at the Sunrise garment factory"; not
  "for the company", "at the local school": a kind alone, or with a word that says nothing);
  "the" may be left out before a named site ("the dispatcher at Kharkiv station"; not "a
  teacher at night school": a school, a hospital or a firm so said is a kind of one);
- "on" a named line, shift or floor: "on the beef line", "on the night shift"; "of" the one
  they belong to: "the head nurse of the night shift", "the head nurse of the night", "the
  treasurer of the ski club", "the chief of the brigade" (a brigade or a service needs no word
  before it; a club, a committee or an association does: "the president of the club" may be a
  public one's; the words before them in small letters: "the head of the National Health Service"
  is a public body's);
- "for", "at", "with" or "in" the named part of a workplace one works in: "the" and one or two
  words that say which, then a unit, a team or a crew ("a fitter in the pump repair unit", "the
  shift lead for the north crew", "a clerk in the land registry"; not "a nurse in the
  unit": a part by its kind alone is any workplace's);
- "in" a place found there and kept by the filters ("in gurjaani"): a public place (a country,
  a region, a big city) is left out, as the keep lists say, so "a teacher in London" stays
  "teacher".

A tail over a person, an organisation or another direct identifier is not taken: such a name
keeps its own, consistent replacement.  It runs after the keep filters, like the other edges.

Two jobs said with only "and" between them are one person's: "i'm a ramp agent and forklift
driver", "Remote pilot and imaging analyst at ..." (one span, as a crossing pair's is joined by
the overlap policy); with an article before the second they are two people's ("the nurse and the
doctor").

On its left, a job or a rank grows over the level said right before it, which says which of the
trade's people it is as much as a grade does: "the senior tram inspector", "the chief signal
engineer", "a deputy chief clerk", "the district veterinarian" (up to two such words; a
level a rule already holds in the job is left as it is).  "head" and "lead" are verbs too ("they
head north", "i lead trainees"), so they join only after a determiner, "i'm" or "not": "the head
welder", "our lead electrician", "i'm head sawyer".  A word in small letters a guessing detector
took for a person's name after such a level is that job (:func:`jobs_taken_for_names`: "the head
diver", "the district hokim").  A level word inside another mention (a place: "Velmora district") is not taken.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.lexicon.dictionary import is_base_form, parts_of_speech
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.places import fold_place
from redactor.model import GUESSING_DETECTORS, Mention

_SP = r"[^\S\n]"
_ROLES = frozenset({"OCCUPATION", "RANK"})
# Mentions a tail may hold: they narrow the same person as the job does (a shift one works:
# "picker on the night shift").
_MAY_HOLD = frozenset({"OCCUPATION", "RANK", "WORK_UNIT", "LOCATION", "MILITARY_UNIT", "UNIQUE_DETAIL"})
_KIND = (r"(?:cooperative|co-operative|co-op|coop|company|firm|farm|factory|plant|mill|mine|estate|plantation|"
         r"hospital|clinic|school|hotel|restaurant|bakery|shop|store|warehouse|depot|garage|workshop|sawmill|"
         r"quarry|brickworks|kiln|ranch|dairy|slaughterhouse|abattoir|laundry|canteen|market|ngo|charity|project|"
         r"station|port|yard|shipyard|site|camp|orphanage|pharmacy|lab|laboratory)")
# Sites named without "the" ("at Kharkiv station", "at kolwezi mine").
_SITE = r"(?:station|depot|yard|junction|mine|pit|colliery|estate|plantation|camp|port|harbour|harbor|terminal)"
# Words that say nothing about which workplace: "the local school", "the same company".
_EMPTY = (r"(?:local|same|other|big|small|new|old|nearby|main|whole|only|first|last|next|one|two|this|that|a|an|the|"
          r"some|any|every|each|another|my|our|his|her|their|your)")
_WORD = rf"(?!{_EMPTY}(?![\w'’-]))\p{{L}}[\p{{L}}'’&-]*"
# A word in small letters: a small body's ("the ski club"), not a public one's name ("the National
# Health Service").
_LOWER = rf"(?!{_EMPTY}(?![\w'’-]))(?-i:\p{{Ll}})[\p{{L}}'’&-]*"
_AT = own_compiled(rf"{_SP}+(?:for|at|with){_SP}+(?:the{_SP}+(?:{_WORD}{_SP}+){{1,3}}?{_KIND}|"
                    rf"(?:{_WORD}{_SP}+){{1,2}}?{_SITE})(?![\w'’-])", regex.I)
_ON = own_compiled(
    rf"{_SP}+on{_SP}+the{_SP}+(?:{_WORD}{_SP}+){{1,2}}?(?:line|shift|floor|belt|conveyor|ward|desk|rig|deck|"
    r"landing|wing|block|gang|crew|team)(?![\w'’-])", regex.I)
# "of the night shift", "of the night", "of the cardiology ward": the shift or the part whose one
# the person is (a kind of workplace needs a word before it, as for "at": not "of the hospital").
_OF = own_compiled(
    rf"{_SP}+of{_SP}+the{_SP}+(?:(?:{_WORD}{_SP}+){{1,2}}?(?:line|shift|floor|ward|wing|block|unit|section|"
    rf"department|{_KIND})|(?:{_LOWER}{_SP}+){{1,2}}?(?:club|committee|association|society)"
    rf"|(?:{_LOWER}{_SP}+){{0,2}}?(?:brigade|service)"
    rf"|night|nights|day|days)(?![\w'’-])", regex.I)
# The named part of a workplace: "in the pump repair unit", "for the north crew".
_PART = own_compiled(
    rf"{_SP}+(?:for|at|with|in){_SP}+the{_SP}+(?:{_WORD}{_SP}+){{1,2}}?(?:unit|department|dept|section|desk|team|"
    r"crew|squad|registry|division)(?![\w'’-])", regex.I)
_IN = own_compiled(rf"{_SP}+in{_SP}+", regex.I)
# The field a job is for, said as the work itself: "the assistant coach for plate spinning", "a
# field technician for brine sampling", "deputy director for nursing" (fresh17, 25, 43): "for" and
# one or two words in small letters with no article, the last a verb's "-ing" (checked by
# ``_is_gerund``), the phrase's end.  Not "for the cutting" (a thing of the workplace's), "for a
# living" (an article or a possessive first: "drives lorries for a living"), "for six years", "for
# something", "for evening classes" (a word goes on after it).
_FIELD = own_compiled(
    rf"{_SP}+for{_SP}+(?!(?:a|an|the|my|his|her|our|their|your|its|this|that|some|any)(?![\w'’-]))"
    rf"(?:(?-i:\p{{Ll}})[\p{{L}}'’-]*{_SP}+)?((?-i:\p{{Ll}})[\p{{L}}'’-]*ing)(?![\w'’-])"
    rf"(?!{_SP}+(?!(?:at|in|on|and|or|with|for|from|since|to|but|so|because|when)(?![\w'’-]))(?-i:\p{{Ll}}))")
# What an own-language job's word is of, said in its own language: "delegado de cuadrilla",
# "capitán de corbeta", "inspetor de linha", "cajera de pagos", "chefe do centro" (fresh19, 20, 31,
# 42, 44): "de" or its like, an article that may follow, and one word; taken when the job's last
# word and that word are both no English dictionary word (``_own_language``), so "a cook do" or
# "a driver de luxe" stay as they are.
_OWN_OF = own_compiled(
    rf"{_SP}+(?:de|del|da|do|dos|das|di|du|des|della|delle|dei|degli)"
    rf"(?:{_SP}+(?:la|el|los|las|le|les|il|lo|a|o|as|os){_SP}+|{_SP}+l['’]|{_SP}+)"
    rf"(\p{{L}}[\p{{L}}'’-]*)(?![\w'’-])", regex.I)
_LAST_WORD = own_compiled(r"(\p{L}[\p{L}'’-]*)\Z")
# Two jobs of one person said together: "a ramp agent and forklift driver", "boat captain and
# dive guide" (not "the nurse and the doctor": an article says a second person).
_AND = own_compiled(rf"{_SP}+(?:and|&){_SP}+", regex.I)
_MAX_STEPS = 3
# A level said before a job: one or two words right before it ("senior", "deputy chief"); "head"
# and "lead" only after a determiner, where they cannot be verbs.
# An age grade says which of a club's coaches it is as much: "the under-17 coach", "the u12 manager".
_LEVEL = r"(?:senior|junior|chief|deputy|assistant|acting|principal|district|regional|provincial|(?:under|u)-?[0-9]{1,2}s?)"
_DETERMINER = r"(?:the|a|an|my|our|his|her|their|your|i['’]m|not)"
_LEVEL_BEFORE = own_compiled(
    rf"(?<![\w'’-])(?:{_LEVEL}{_SP}+(?:{_LEVEL}{_SP}+)?"
    rf"|(?<=(?<![\w'’-]){_DETERMINER}{_SP}+)(?:head|lead){_SP}+(?:{_LEVEL}{_SP}+)?)\Z", regex.I)
_LOOK_BACK = 40
_ONE_WORD = own_compiled(r"(?-i:\p{Ll}[\p{Ll}'’-]*\p{Ll})")


def _place_at(start: int, places: Sequence[Mention]) -> int | None:
    """The end of a kept place that starts at ``start``."""
    return next((p.end for p in places if p.start == start), None)


def _holds_only(start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Whether every mention overlapping [start, end) is one a tail may hold, or lies inside one
    ("line" a name guess of "the packing line said", inside the line the workplace rule found)."""
    held = [m for m in mentions if m.entity_type in _MAY_HOLD and m.start < end and start < m.end]
    return all(m.entity_type in _MAY_HOLD or any(h.start <= m.start and m.end <= h.end for h in held)
               for m in mentions if m.start < end and start < m.end)


def _tail_end(text: str, end: int, mentions: Sequence[Mention], places: Sequence[Mention]) -> int | None:
    """The end of the next tail said at ``end``: a named workplace or line, else a kept place."""
    tail = _AT.match(text, end) or _ON.match(text, end) or _OF.match(text, end) or _PART.match(text, end)
    if tail is not None and _holds_only(end, tail.end(), mentions):
        return tail.end()
    own = _OWN_OF.match(text, end)
    if own is not None and _own_language(text, end, own.group(1)) and _holds_only(end, own.end(), mentions):
        return own.end()
    field = _FIELD.match(text, end)
    if field is not None and _is_gerund(field.group(1)) and _holds_only(end, field.end(), mentions):
        return field.end()
    into = _IN.match(text, end)
    return _place_at(into.end(), places) if into is not None else None


def _own_language(text: str, end: int, word: str) -> bool:
    """Whether the job ending at ``end`` and ``word`` said of it after "de" are both words no
    English dictionary knows ("delegado" ... "cuadrilla")."""
    last = _LAST_WORD.search(text, max(0, end - _LOOK_BACK), end)
    return last is not None and not parts_of_speech(last.group(1).lower()) and not parts_of_speech(word.lower())


def _is_gerund(word: str) -> bool:
    """Whether ``word`` ("spinning", "sampling", "nursing") is a verb's "-ing": its stem, with an
    "e" ("sample") or one of a doubled consonant ("spin") is a base form of a verb ("morning",
    "something" and "spring" are not; "evening" is "even", said of a time, not of work)."""
    stem = word.lower()[:-3]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
    return len(stem) > 2 and stem != "even" and any(s and is_base_form(s, "verb") for s in stems)


def _end(text: str, end: int, mentions: Sequence[Mention], places: Sequence[Mention]) -> int:
    for _ in range(_MAX_STEPS):
        grown = _tail_end(text, end, mentions, places)
        if grown is None:
            return end
        end = grown
    return end


def _start(text: str, start: int, mentions: Sequence[Mention]) -> int:
    """The start of the level said right before a job at ``start``, or ``start``."""
    level = _LEVEL_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if level is None or any(m.start < start and level.start() < m.end and m.entity_type not in _ROLES
                            for m in mentions):
        return start
    return level.start()


def jobs_taken_for_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each one word in small letters a guessing detector took for a person's
    name, said right after a level ("i'm the head diver", "not head sawyer", "the district
    hokim"), made the job with its level: no name is said so in small letters.  A word the name
    lists know that no dictionary knows ("the chief kamau") stays a person."""
    out = []
    for m in mentions:
        if m.entity_type == "PERSON" and m.detector in GUESSING_DETECTORS and not m.known_identity \
                and _ONE_WORD.fullmatch(m.text) and _job_word(m.text):
            level = _LEVEL_BEFORE.search(text, max(0, m.start - _LOOK_BACK), m.start)
            if level is not None and not any(o.start < m.start and level.start() < o.end for o in mentions):
                m = replace(m, start=level.start(), entity_type="OCCUPATION", key="", text=text[level.start():m.end])
        out.append(m)
    return out


def _job_word(word: str) -> bool:
    """A dictionary noun, or a word the name lists do not know ("hokim")."""
    return "noun" in parts_of_speech(word) or default_gazetteer().get(fold_place(word)) is None


def extend_roles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each OCCUPATION and RANK grown over the level said right before it and the workplace, line
    and private place said right after it, and two jobs said as one person's with "and" between
    them, as new mentions; the overlap policy then prefers them to the parts they hold."""
    places = [m for m in mentions if m.entity_type == "LOCATION"]
    spans = {id(m): (_start(text, m.start, mentions), _end(text, m.end, mentions, places))
             for m in mentions if m.entity_type in _ROLES}
    grown = [replace(m, start=spans[id(m)][0], end=spans[id(m)][1], text=text[slice(*spans[id(m)])])
             for m in mentions if id(m) in spans and spans[id(m)] != (m.start, m.end)]
    return grown + _joined_by_and(text, [m for m in mentions if id(m) in spans], spans)


def _joined_by_and(text: str, roles: Sequence[Mention], spans: dict[int, tuple[int, int]]) -> list[Mention]:
    """Each job with the job said right after it with "and" between them, as one mention over
    both as grown (``spans``)."""
    by_start: dict[int, list[Mention]] = {}
    for m in roles:
        by_start.setdefault(m.start, []).append(m)
    joined = []
    for a in roles:
        then = _AND.match(text, a.end)
        for b in by_start.get(then.end(), []) if then is not None else []:
            start, end = spans[id(a)][0], spans[id(b)][1]
            joined.append(replace(a, start=start, end=end, text=text[start:end]))
    return joined
