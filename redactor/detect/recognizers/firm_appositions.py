"""A firm named right after what it is, set off by a comma: "our wages come from a haulage
company, brenmoor freight, since the spring", "I clean for a cleaning firm in the old town,
brightway home care.", "the supplier which feeds the canteen, ostrava meals, pays late".

A speaker who says what kind of employer it is and then its name puts the name in apposition to
the kind; in a caption the name is in lower case and the model finds none of it.
:class:`FirmAppositionRecognizer` finds a noun phrase whose head is a kind of employer (the
workplaces pack's ``employer_kind``: "company", "firm", "cooperative", "hotel" ...), after an
article or a possessive, with where it is or what it does after it at most ("in the old town",
"which feeds the canteen"), then a comma and the name, whole:

- the name is one to five words and is all the clause says: a clause's end (a comma, a full
  stop, the line's end) or a new clause's pronoun follows it;
- no word of it is a function word, a number, a month or a day, an adverb in "-ly", a word of
  the kind ("a firm, a good firm") or a person's given name ("the contractor, ahmed");
- on a caption's lower-case line at least one word of it is rare in English ("brenmoor",
  "brightway"): "a big company, very big", "a small farm, two fields" and "the hotel, the one
  by the sea" are no names; on a line with capitals every word of it is capitalised (joiners
  such as "of", "and", "de" aside).

The speaker may say the name first and what it is after it: "i haul for brenmoor trans cargo, a
family firm with nine vans", "mostly at Kelvane Timber Yards, the sawmill", "we buy from brenmoor
home supplies, it's a wholesale business".  The kind then follows the comma (an article or "it's"
and up to two words before it), and ends its noun phrase (the clause ends, or says where the firm
is or what it does: "in", "at", "that" ...); the name before the comma is read as above, and must
be said where a firm is said: after "at", "for", "with", "from", "by", "through", "of", "is" or
"was", after a possessive ("our", "my", "their"), or as a clause of its own ("Kelvane Freight, a
small firm, pays late").  Not a place ("I was born in Dorby, a farm town", "at Leeds, a big
hospital"), a public body said by its kind or a utility's ("..., the heritage association", "...,
the power company"), a given name ("I asked Maria, the company nurse"), a name after a verb
("they sold brenmoor, the company"), nor a kind said with more after it ("Kelvane, the company
boss").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from redactor.detect.casing import marked_lines
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, default_gazetteer
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.lexicon.places import default_places

RECOGNIZER_NAME = "FirmAppositionRecognizer"
SCORE = 0.6
_FLAGS = regex.IGNORECASE | regex.VERSION1
_S = r"[^\S\n]"
_MAX_NAME_WORDS = 5
_NAME_ZIPF = 4.0  # a caption's name holds at least one word rarer than this
# Kinds of employer that are also a person ("the contractor, ahmed"), a public body or a big
# brand's ("the union, unite", "a brand, zara"), or a vessel's (its own type): not read here,
# but for the firms among them said with what they do ("the supplier which feeds the canteen").
_NOT_READ = frozenset("contractor subcontractor employer supplier vendor outsourcer union brand platform "
                      "ship vessel boat group startup start-up".split())
_FIRM_THAT = "contractor|subcontractor|supplier"
_RELATIVE = "that|which"
# Joiners inside a name: "vale of tay packers", "j and r builders".
_JOINERS = frozenset("of and & de du da do del la for og".split())
_WORD = own_compiled(r"(?<![\p{L}\d'’-])(?:\p{L}[\p{L}'’-]*(?<!['’-])|&)")
_NUMBERS = own_compiled(rf"(?:{NUMBER_WORDS_TO_99})(?:-\w+)?", _FLAGS)
# A pronoun or a clause word with its verb: "it's", "they're", "that's", "there's".
_CONTRACTED = own_compiled(r"(?:they|he|she|it|we|i|you|that|there|here|what|who)['’]\p{L}+")
_PRONOUNS = frozenset("they he she it we i you".split())
# What may follow a name that ends its clause without a comma: a new clause's pronoun.
_CLAUSE_END = own_compiled(rf"{_S}*(?:[.,;:!?)]|$|(?=\n))|{_S}+(?:they|he|she|it|we|i|you)(?![\p{{L}}'’-])"
                           rf"|{_S}+(?:{_CONTRACTED.pattern})", _FLAGS)


@functools.cache
def firm_kinds() -> tuple[str, ...]:
    """The kinds of employer read before a firm's name (the workplaces pack's ``employer_kind``
    but those that are also a person, a public body, a brand or a vessel), longest first, then
    in alphabetical order: the same order in every process, so the patterns spelt with them are
    too (a set's order changes from one process to the next, and a pattern spelt anew is parsed
    anew and kept once more in the per-user file of compiled patterns)."""
    from redactor.detect.packs import builtin_vocabulary

    words = (w.casefold() for w in builtin_vocabulary("workplaces", "employer_kind"))
    return tuple(sorted({w for w in words if w not in _NOT_READ}, key=lambda w: (-len(w), w)))


@functools.cache
def _kind_phrase() -> regex.Pattern[str]:
    """An employer's kind after an article or a possessive, with up to two words before it and
    where it is or what it does after it, then the comma."""
    kinds = "|".join(regex.escape(k).replace(r"\ ", rf"{_S}+") for k in firm_kinds())
    return own_compiled(rf"""(?x)
        (?<! [\p{{L}}'’-] ) (?: a | an | the | our | my | their | his | her ) {_S}+
        (?: [\p{{L}}-]+ {_S}+ ){{0,2}}
        (?: (?: {kinds} ) (?! [\p{{L}}'’-] )
            (?: {_S}+ (?: in | at | on | near | outside | from | of | {_RELATIVE} ) {_S}+ [^,.;:!?\n]{{1,40}}? )?
          | (?: {_FIRM_THAT} ) {_S}+ (?: {_RELATIVE} ) {_S}+ [^,.;:!?\n]{{1,40}}? )
        , {_S}+
    """, _FLAGS)


def _kind_words() -> frozenset[str]:
    return frozenset(w for kind in firm_kinds() for w in kind.split())


def firm_name_word(word: str, caseless: bool) -> bool:
    """A word a firm's name may hold (see the module), in the line's case."""
    folded = word.casefold()
    if folded in FUNCTION_WORDS or folded in MONTHS_AND_DAYS or folded in _kind_words() \
            or _NUMBERS.fullmatch(folded) or (len(folded) > 4 and folded.endswith("ly")):
        return False
    return word.islower() if caseless else word[0].isupper()


def _is_given_name(word: str) -> bool:
    info = default_gazetteer().get(word.casefold())
    return info is not None and bool(info.first) and not info.is_word


def firm_name_end(text: str, at: int, line_end: int, caseless: bool, alone: bool = False,
                  named_after: bool = False) -> int | None:
    """Where the firm's name that starts at ``at`` ends (a kind word may close it: "brenmoor dairy
    cooperative"), or None when the words there are no name (see the module).  ``alone``: the name is
    said as a sentence of its own, whose first word is capitalised whatever it is, so one word
    of a line with capitals must be rare too.  ``named_after``: a firm may be named after a person
    ("marla brenmoor freight"), so a given name may open it when a word no name list knows follows."""
    words = _name_words(text, at, line_end, caseless)
    if not words or words[0].start() != at or not _CLAUSE_END.match(text, words[-1].end()) \
            or any(_closes(w.group(), caseless) for w in words[:-1]):
        return None
    named = [w.group() for w in words if w.group().casefold() not in _JOINERS]
    if _is_given_name(words[0].group()) and not (named_after and not all(is_name(w) for w in named)):
        return None
    rare = any(zipf_frequency(w.casefold(), "en") < _NAME_ZIPF for w in named)
    if (caseless or (alone and len(named) == 1)) and not rare:
        return None
    return words[-1].end()


def is_name(word: str) -> bool:
    """A first name or a surname the name lists know, and no everyday word."""
    info = default_gazetteer().get(word.casefold())
    return info is not None and info.is_name_not_word


def _name_words(text: str, at: int, line_end: int, caseless: bool) -> list[regex.Match[str]]:
    """The words of the name that starts at ``at``, up to its clause's end (none when a word
    there can be no name's)."""
    words: list[regex.Match[str]] = []
    for word in _WORD.finditer(text, at, line_end):
        gap = text[(words[-1].end() if words else at):word.start()]
        folded = word.group().casefold()
        if gap.strip() or len(words) == _MAX_NAME_WORDS or (words and (folded in _PRONOUNS or _CONTRACTED.match(folded))):
            break  # the clause ends, or a new one starts: "..., brenmoor freight they pay weekly", "... it's"
        if not (folded in _JOINERS and words) and not firm_name_word(word.group(), caseless) \
                and not (words and _closes(word.group(), caseless)):
            return []
        words.append(word)
    while words and words[-1].group().casefold() in _JOINERS:
        words.pop()
    return words


def _closes(word: str, caseless: bool) -> bool:
    """A kind word that may close a firm's name ("... cooperative"), in the line's case."""
    return word.casefold() in _kind_words() and (word.islower() if caseless else word[0].isupper())


def find_firms_in_apposition(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each firm named in apposition after its kind; ``flags`` marks the
    caseless lines (a caption)."""
    for position, line_end, caseless in marked_lines(text, flags):
        for kind in _kind_phrase().finditer(text, position, line_end):
            end = firm_name_end(text, kind.end(), line_end, caseless)
            if end is not None:
                yield kind.end(), end


# What a firm's name said before its kind comes after: a preposition or a verb of whom one works
# for or deals with, a possessive, or a clause's start (checked apart).
_BEFORE_NAME = frozenset("at for with from by through of is was our my their".split())
# Kinds said after a name that are as often a public body's ("..., the heritage association",
# "..., a foundation"), and words before a kind that make it a utility's or a state's ("the power
# company", "the state farm"): a public body, kept.
_PUBLIC_KINDS = frozenset("association foundation organisation organization charity ngo school hospital".split())
_UTILITY_WORDS = frozenset("""phone telephone telecom telecoms mobile cable internet power electricity electric energy
water gas oil state national public government municipal city council bus rail railway railways airline air
postal post""".split())
_CLAUSE_START = own_compiled(r"(?:^|[.,;:!?\"“”(\[>-])[^\S\n]*\Z")


@functools.cache
def _kind_after() -> regex.Pattern[str]:
    """A comma, then an employer's kind after an article or "it's" (up to two words before the
    kind), ending its noun phrase: "..., a family firm with nine vans", "..., the sawmill."."""
    kinds = "|".join(regex.escape(k).replace(r"\ ", rf"{_S}+") for k in firm_kinds())
    return own_compiled(rf"""(?x)
        {_S}* , {_S}+ (?: (?: it ['’] s | it {_S}+ is | that ['’] s ) {_S}+ )? (?: (?: a | an | the ) {_S}+ )?
        (?P<mods> (?: [\p{{L}}-]+ {_S}+ ){{0,2}} ) (?P<kind> {kinds} ) (?! [\p{{L}}'’-] )
        (?= {_S}* (?: [.,;:!?)] | $ | \n ) | {_S}+ (?: in | at | on | near | outside | from | of | for | with | that
                                                      | which | where | who ) (?! [\p{{L}}'’-] ) )
    """, _FLAGS)


def _name_before(text: str, comma: int, line_start: int, caseless: bool) -> int | None:
    """Where the firm's name that ends at ``comma`` starts, or None when the words there are no
    firm said where one is (see the module): the nearest start whose word before it says a firm
    follows and from which the words up to the comma read as a name."""
    words = list(_WORD.finditer(text, line_start, comma))
    for first in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_NAME_WORDS), -1):
        before = text[words[first - 1].end() if first else line_start:words[first].start()]
        if before.strip() and not _CLAUSE_START.search(before):
            return None  # something else stands between: a number, a quotation
        opens = first == 0 or bool(before.strip())
        said = opens or words[first - 1].group().casefold() in _BEFORE_NAME
        if not said:
            continue
        start = words[first].start()
        name = text[start:comma]
        if firm_name_end(text, start, comma, caseless, alone=opens) != comma or default_places().is_place(name):
            return None
        return start
    return None


def find_firms_before_their_kind(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each firm named right before its kind (see the module); ``flags`` marks
    the caseless lines (a caption)."""
    for position, line_end, caseless in marked_lines(text, flags):
        for kind in _kind_after().finditer(text, position, line_end):
            if kind.group("kind").casefold() in _PUBLIC_KINDS or \
                    any(w in _UTILITY_WORDS for w in kind.group("mods").casefold().split()):
                continue  # "..., the heritage association", "..., the power company": a public body's
            start = _name_before(text, kind.start(), position, caseless)
            if start is not None:
                yield start, kind.start()


def find_named_firms(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each firm named right after or right before its kind."""
    yield from find_firms_in_apposition(text, flags)
    yield from find_firms_before_their_kind(text, flags)


class FirmAppositionRecognizer(LowerCasePlaceRecognizer):
    """ORGANIZATION for a firm named in apposition after its kind (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a firm's name after its kind"
    entity = "ORGANIZATION"
    find = staticmethod(find_named_firms)
