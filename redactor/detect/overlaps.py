"""The overlap policy: when two detectors claim overlapping spans, one function decides."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import accumulate
from typing import Iterable, Sequence

from redactor.detect.packs import builtin_vocabulary
from redactor.detect.recognizers.id_shapes import RECOGNIZER_NAME as DIGIT_GROUP_CODE
from redactor.detect.vehicle_models import codes_in_vehicles
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.numbers import ORDINALS, TEENS, TENS, UNITS
from redactor.model import GUESSING_DETECTORS, Mention

# Detectors whose word is authoritative: what the journalist or editor said, not a guess.
# The detector of a name read from a format's speaker field (a voice tag, a segment's speaker).
SPEAKER_FIELD = "speaker"
# The rule that reads a speaker's label at a line's start ("**Guðrún:**", rules/transcripts.yaml):
# the one who speaks, not someone else named before a nickname the speaker says ("**Guðrún:** My
# uncle, Sigurður Björnsson, owned it. Everyone calls him Siggi.").
SPEAKER_LABEL = "SpeakerLabel"
AUTHORITATIVE = frozenset({"SourceProfileRecognizer", "AlwaysRedact", "watchlist", "editor", SPEAKER_FIELD})

# When spans tie on length and score, the more specific type wins.
_TYPE_RANK = {t: i for i, t in enumerate([
    "EMAIL", "PHONE", "HANDLE", "URL", "IBAN", "CREDIT_CARD", "ID_NUMBER", "VEHICLE_PLATE",
    "MILITARY_UNIT", "CALL_SIGN", "DATE_OF_BIRTH", "AGE", "ADDRESS", "POSTCODE", "PERSON",
    "DETAIL", "SENSITIVE", "MONEY", "ORGANIZATION", "LOCATION", "DATE", "IP_ADDRESS", "UNKNOWN_ID",
])}

# Structured identifiers found by a precise pattern beat a statistical NER span that swallowed
# them ("Email marta.k@proton.me" tagged PERSON by the model).
STRUCTURED = frozenset({"EMAIL", "PHONE", "URL", "HANDLE", "IBAN", "CREDIT_CARD", "IP_ADDRESS"})


# The details of an incident (redactor.detect.recognizers.incident) yield a tie to any other type:
# "fourteen girls" is the small group another rule finds as UNIQUE_DETAIL.
_YIELDING = frozenset({"TIME", "COUNT", "MEASUREMENT"})


def _overlap_order(m: Mention, held: frozenset[int] = frozenset()) -> tuple:
    return (
        m.entity_type not in STRUCTURED or id(m) in held,
        m.detector not in AUTHORITATIVE,
        -(m.end - m.start),
        -m.score,
        _TYPE_RANK.get(m.entity_type, len(_TYPE_RANK) + (m.entity_type in _YIELDING)),
        m.start,
    )


# A date found in parts by two detectors ("the night of the 14th" by one, "14th of May last
# year" by the other) is one expression: overlapping DATE spans become their union.  So is a
# place in a workplace or a phrase that singles a person out found in overlapping parts ("cell
# block c" as a unit, "block c cell twelve" as an address), and a sum crossing the phrase it ends
# ("borrowed forty thousand" as a debt, "forty thousand dram" as MONEY): the part that lost would
# otherwise be left in the clear.  So is a job found in crossing parts ("operations manager" by
# its words, "manager of OrbitServ" by whose it is): the level or the trade word would be left.
# Such parts are joined only when neither holds the other.
_JOIN_GROUP = {"DATE": "DATE", "WORK_UNIT": "place", "ADDRESS": "place", "UNIQUE_DETAIL": "place", "MONEY": "place",
               "VEHICLE": "place",
               "OCCUPATION": "role", "RANK": "role"}


def _joined(a: Mention, b: Mention, *, longer_first: bool = False) -> Mention:
    """The union of two overlapping mentions, ``a`` starting first, with the better one's score
    and detector (the better is the higher score, or with ``longer_first`` the longer span)."""
    rank = (lambda m: (m.end - m.start, m.score)) if longer_first else (lambda m: (m.score, m.end - m.start))
    best = a if rank(a) >= rank(b) else b
    text = a.text + b.text[a.end - b.start:] if b.end > a.end else a.text
    return replace(best, start=a.start, end=max(a.end, b.end), text=text, key="", score=max(a.score, b.score))


def join_split_spans(mentions: Iterable[Mention]) -> list[Mention]:
    """Overlapping mentions of one ``_JOIN_GROUP`` merged into one (dates always, the other
    groups only when they cross); others as they were."""
    out: list[Mention] = []
    last: dict[str, int] = {}  # join group -> index in out of its last mention
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        group = _JOIN_GROUP.get(m.entity_type)
        i = last.get(group) if group else None
        if i is not None and out[i].end > m.start and not out[i].known_identity and not m.known_identity:
            if group == "DATE":
                out[i] = _joined(out[i], m)
                continue
            if m.end > out[i].end:
                out[i] = _joined(out[i], m, longer_first=True)
                continue
        if group and (i is None or out[i].end <= m.end):
            last[group] = len(out)
        out.append(m)
    return out


# A date or a time that starts on the number a workplace's unit ends with ("the guard on gate 5
# that evening", "the tanker at berth four on the morning of the 11th"): the number is the unit's, and
# the date begins after it, if a figure, a number word, a month or a day is left of it.
_DATED = frozenset({"DATE", "TIME"})
_DATE_WORD = re.compile(r"\d|\b(?:" + "|".join(sorted({*UNITS, *TEENS, *TENS, *ORDINALS, *MONTHS_AND_DAYS}))
                        + r")\b", re.IGNORECASE)


def _dates_after_units(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each date or time that begins inside a workplace's unit and ends after
    it cut to begin after the unit, or left out when no date is left ("that night")."""
    units = [m for m in mentions if m.entity_type == "WORK_UNIT"]
    if not units:
        return list(mentions)
    out = []
    for m in mentions:
        unit = next((u for u in units if u.start < m.start < u.end < m.end), None) if m.entity_type in _DATED else None
        if unit is not None and not m.known_identity:
            rest = m.text[unit.end - m.start:]
            if not _DATE_WORD.search(rest):
                continue
            start = m.end - len(rest.lstrip())
            m = replace(m, start=start, text=m.text[start - m.start:], key="")
        out.append(m)
    return out


# The rule that says a relative's work as its clause ("my sister works at the health centre in
# rusororo sector", rules/singling.yaml): its words after the verb are taken in small letters up
# to the clause's end, so another finding may lie inside (a place, a unit, a job said by its verb).
RELATIVES_WORK = "RelativesWork"
_WORK_VERB = re.compile(r"\b(?:" + "|".join(builtin_vocabulary("singling", "relative_work_verb")) + r")\b",
                        re.IGNORECASE)
# Words a clause does not end on ("... at the health centre in | rusororo sector").
_DANGLING_END = re.compile(r"(?:[^\S\n]+(?:the|a|an|at|in|on|for|with|from|by|of|to|near|and))+[^\S\n]*$"
                           r"|[^\S\n]+$", re.IGNORECASE)


def _relatives_work_cut(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each relative's-work clause cut to end before the first other finding
    that starts inside it, less the words a clause does not end on: the finding keeps its own type
    and pseudonym ("[my sister works at the health centre] in [rusororo sector]"); not before a
    guess of the model or the name lists it holds whole ("the soba shop" the model took for a
    person: the clause wins, as the longer span).  Left out when
    no word is left after the verb ("my husband | drives a tram": the job is the finding), or when
    another finding starts before it and reaches into it."""
    clauses = [m for m in mentions if m.detector == RELATIVES_WORK]
    if not clauses:
        return list(mentions)
    out = []
    for m in mentions:
        if m.detector == RELATIVES_WORK and not m.known_identity:
            others = [o for o in mentions if o is not m and o.start < m.end and o.end > m.start
                      and not (o.detector in GUESSING_DETECTORS and m.start < o.start and o.end <= m.end)]
            if any(o.start <= m.start for o in others):
                continue
            if others:
                text = _DANGLING_END.sub("", m.text[:min(o.start for o in others) - m.start])
                verb = _WORK_VERB.search(text)
                if verb is None or not text[verb.end():].strip():
                    continue
                m = replace(m, end=m.start + len(text), text=text, key="")
        out.append(m)
    return out


# A phrase or a job whose words end inside a place's or a firm's name: "four girls in Boeng" of
# "four girls in Boeng Khyang", "two girls from Qırmızı" of "... Qırmızı Qəsəbə", "clerk in Hato"
# of "a clerk in Hato Mayor" (a rule takes one word after "in" or "from").
_PHRASES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT"})
_JOBS = frozenset({"OCCUPATION"})
_CUT_BY_NAMES = _PHRASES | _JOBS
_NAMES = frozenset({"LOCATION", "ORGANIZATION"})
# What a phrase grows over: a place's name only.  A firm's name keeps its own finding, and with it
# its pseudonym, beside a phrase that took its first word ("a loan from kashf" | "kashf
# microfinance bank": the firm is found, the phrase is not grown over it).
_GROWN_OVER = frozenset({"LOCATION"})
# The name starts right after a word that places or employs ("in Boeng Khyang", "at soetvlei
# ostrich farm"), not on the phrase's own words ("chick | rearer at soetvlei", a guess of the model).
_PLACED = re.compile(r"\b(?:in|at|from|of|near|for|with|outside|on)\s+\Z", re.IGNORECASE)


def _phrases_over_cut_names(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each phrase or unit that ends inside a place's name (the name starts
    inside it, after a preposition of place, and ends after it) grown to the name's end: as the
    longer span it wins, and the name's last words would otherwise be left in the clear beside
    it.  A job so found ends before a place's or a firm's name instead, less the words a clause
    does not end on ("clerk | in Hato Mayor", "chick rearer | at soetvlei ostrich farm"): the
    name keeps its own finding."""
    names = sorted((m for m in mentions if m.entity_type in _NAMES), key=lambda n: n.start)
    if not names:
        return list(mentions)
    starts = [n.start for n in names]
    out = []
    for m in mentions:
        # the names that start inside the phrase (by bisect: this runs on a whole document's findings)
        inside = names[bisect.bisect_right(starts, m.start):bisect.bisect_left(starts, m.end)] \
            if m.entity_type in _CUT_BY_NAMES and not m.known_identity else []
        cut = [n for n in inside if m.end < n.end and _PLACED.search(m.text[:n.start - m.start])]
        if cut and m.entity_type in _JOBS:
            text = _DANGLING_END.sub("", m.text[:min(n.start for n in cut) - m.start].rstrip())
            if text.strip():
                m = replace(m, end=m.start + len(text), text=text, key="")
        elif cut := [n for n in cut if n.entity_type in _GROWN_OVER]:
            rest = max(cut, key=lambda n: n.end)
            m = replace(m, end=rest.end, text=m.text + rest.text[m.end - rest.start:], key="")
        out.append(m)
    return out


# A model's guess at a name that starts on a job's last word and goes on over the workplace said
# after it: "i'm a driver and [installer for bouncetastic]", where the rules found "driver and
# installer".  The guess is cut to the name after the preposition: as the longer span it would
# otherwise win and leave the job's first words in the clear.
_AFTER_JOB = re.compile(r"[^\S\n]+(?:for|at|with|in|of)[^\S\n]+(?=\S)", re.IGNORECASE)
_ROLE_TYPES = frozenset({"OCCUPATION", "RANK"})


def _guesses_cut_after_jobs(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each guessed name that starts inside a rule's job and ends after it
    cut to start where the name said after the job's preposition does."""
    jobs = sorted((m for m in mentions if m.entity_type in _ROLE_TYPES and m.detector not in GUESSING_DETECTORS),
                  key=lambda m: m.start)
    if not jobs:
        return list(mentions)
    starts = [j.start for j in jobs]
    # the furthest end of the jobs up to each one, so one bisect finds the job a guess starts in
    ends = list(accumulate((j.end for j in jobs), max))
    out = []
    for m in mentions:
        if m.detector in GUESSING_DETECTORS and m.entity_type in _NAMES and not m.known_identity:
            i = bisect.bisect_left(starts, m.start) - 1
            if i >= 0 and m.start < ends[i] < m.end:
                after = _AFTER_JOB.match(m.text, ends[i] - m.start)
                if after is not None:
                    m = replace(m, start=m.start + after.end(), text=m.text[after.end():], key="")
        out.append(m)
    return out


def resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """The overlap policy: when spans overlap, one wins, decided in this order:

    0. a date that starts on a workplace unit's number is cut to start after the unit
       (``_dates_after_units``); a relative's-work clause ends before a finding inside it
       (``_relatives_work_cut``); a model's guess at a name that starts on a job's last word is
       cut to the name after the job's preposition (``_guesses_cut_after_jobs``); a phrase or a
       unit that ends inside a place's or a firm's
       name is grown to the name's end, a job cut before it (``_phrases_over_cut_names``);
       overlapping dates,
       and crossing parts of a place or a singling-out phrase, are then joined into one
       (``join_split_spans``);

    1. a structured identifier (e-mail, phone, URL, handle, account or card number, IP): a
       source's first name inside their e-mail address must not leave the rest of it behind;
       but not a phone number that an ID number of at least its score holds whole: those
       digits are the ID's ("Aadhaar 4412 7781 2290", "NIT 900.123.456-7"), and the ID wins
       as the longer or the better scored; nor one that an authoritative detector's span holds
       whole (a source's name as their login, "anton_bykov"): nothing of it is left behind;
       nor a model's code a vehicle holds ("RAV4" of "the grey Toyota RAV4");
    2. an authoritative detector (source profile, always list, watchlist, editor, speaker label);
    3. the longer span;
    4. the higher score;
    5. the more specific entity type (``_TYPE_RANK``).
    Returned sorted by position.
    """
    chosen: list[Mention] = []  # kept sorted by start; never overlapping
    starts: list[int] = []
    joined = join_split_spans(_phrases_over_cut_names(_guesses_cut_after_jobs(
        _relatives_work_cut(_dates_after_units(list(mentions))))))
    held = _phones_in_ids(joined) | _held_by_authority(joined) | codes_in_vehicles(joined)
    lost: list[Mention] = []
    for m in sorted(joined, key=lambda m: _overlap_order(m, held)):
        i = bisect.bisect_left(starts, m.end)
        if not overlaps_sorted(chosen, i, m.start):
            chosen.insert(i, m)
            starts.insert(i, m.start)
        else:
            lost.append(m)
    return _surer_when_holding(chosen, starts, lost)


def _surer_when_holding(chosen: list[Mention], starts: list[int], lost: Iterable[Mention]) -> list[Mention]:
    """A winning span is as sure as a span of its type it holds whole: a guess "Dra. Pinheiro"
    (a name list's low score) around the "Pinheiro" the run knows for sure is the person."""
    for m in lost:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0:
            winner = chosen[i]
            if (winner.entity_type == m.entity_type and winner.score < m.score
                    and winner.start <= m.start and m.end <= winner.end):
                chosen[i] = replace(winner, score=m.score)
    return chosen


# How far before a phone number an ID number holding it may start (IDs are short).
_LONGEST_ID = 120


def _phones_in_ids(mentions: Sequence[Mention]) -> frozenset[int]:
    """``id()`` of each PHONE held whole by an ID_NUMBER scored at least as high."""
    ids = sorted((m for m in mentions if m.entity_type == "ID_NUMBER"), key=lambda m: m.start)
    starts = [m.start for m in ids]
    held = set()
    for phone in (m for m in mentions if m.entity_type == "PHONE"):
        first = bisect.bisect_left(starts, phone.start - _LONGEST_ID)
        last = bisect.bisect_right(starts, phone.start)
        if any(i.end >= phone.end and not _same_figures_by_shape(i, phone)
               and (i.score >= phone.score or _phone_is_the_ids_tail(i, phone) or _phone_is_the_ids_head(i, phone))
               for i in ids[first:last]):
            held.add(id(phone))
    return frozenset(held)


# Figures as a phone number is written: set off by spaces, dashes or dots, no slash or letter.
_PHONE_WRITTEN = re.compile(r"[\d.\s-]+")


def _same_figures_by_shape(id_number: Mention, phone: Mention) -> bool:
    """Whether an ID found by its digit groups alone is the very span a phone rule found, written
    as a phone is: the phone's rule knows a phone's shapes ("951 118 2290"), the groups' shape
    alone says no more.  With a slash ("0412/1988/331") it is no phone's."""
    return (id_number.detector == DIGIT_GROUP_CODE and (id_number.start, id_number.end) == (phone.start, phone.end)
            and _PHONE_WRITTEN.fullmatch(phone.text) is not None)


# The figures of an ID before a phone found over its tail: digit groups, maybe a letter or two.
_ID_HEAD = re.compile(r"(?:[A-Z]{0,3}\d+[^\S\n]?-?[^\S\n]?)+")


def _phone_is_the_ids_tail(id_number: Mention, phone: Mention) -> bool:
    """Whether a phone is the last figures of an ID number that holds it, the ID's own figures
    before it ("2 81" of "the CNI number is 2 81 04 75 116 032", a phone over "04 75 116 032"):
    the ID's label said what the whole is, and the phone alone would leave its head in the
    clear."""
    head = id_number.text[:phone.start - id_number.start]
    return id_number.start < phone.start and _ID_HEAD.fullmatch(head) is not None


# A code's groups going on right after a phone's figures, with no space: "/KDU/2017" of "0388214/KDU/2017".
_CODE_GOES_ON = re.compile(r"[/.-][A-Za-z\d]")


def _phone_is_the_ids_head(id_number: Mention, phone: Mention) -> bool:
    """Whether a phone is the first figures of an ID number that goes on from them with no
    space ("0388214" of "0388214/KDU/2017"): a phone's figures end there, so the phone alone
    would leave the code's tail in the clear."""
    tail = id_number.text[phone.end - id_number.start:]
    return id_number.start == phone.start and _CODE_GOES_ON.match(tail) is not None


def _held_by_authority(mentions: Sequence[Mention]) -> frozenset[int]:
    """``id()`` of each structured mention held whole by an authoritative detector's mention."""
    ruling = sorted((m for m in mentions if m.detector in AUTHORITATIVE), key=lambda m: m.start)
    starts = [m.start for m in ruling]
    held = set()
    for m in (m for m in mentions if m.entity_type in STRUCTURED and m.detector not in AUTHORITATIVE):
        first = bisect.bisect_left(starts, m.start - _LONGEST_ID)
        last = bisect.bisect_right(starts, m.start)
        if any(r.end >= m.end for r in ruling[first:last]):
            held.add(id(m))
    return frozenset(held)


def overlaps_sorted(spans: Sequence[Mention], i: int, start: int) -> bool:
    """Whether a span [start, end) overlaps non-overlapping ``spans`` sorted by start, where
    ``i`` is the number of spans starting before ``end`` (``bisect_left`` on their starts).
    Only the last of those can reach past ``start``, so one comparison decides."""
    return i > 0 and spans[i - 1].end > start
