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
    return info is not None and (info.first or info.last) and not info.is_word


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


class FirmAppositionRecognizer(LowerCasePlaceRecognizer):
    """ORGANIZATION for a firm named in apposition after its kind (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a firm's name after its kind"
    entity = "ORGANIZATION"
    find = staticmethod(find_firms_in_apposition)
