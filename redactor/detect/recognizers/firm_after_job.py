"""A firm named right after the job one does there: "i'm a tour guide for brenmoor treks, since
the spring", "she was a packer at Oakhollow Fresh Produce in the spring", "I'm a scaffolder, a
roofer too, for Kelvane Roofing".

Someone who says what they are and then "at", "for" or "with" a name says whom they work for;
in a caption the name is in lower case and the model finds none of it, and on a typed line it
often takes the name for a work of art or a person.  :class:`FirmAfterJobRecognizer` finds a
self-description ("I'm a", "she was the", "he is an", "worked as a", "i am year six
teacher") whose noun phrase ends in a job (the roles pack's job lists or an agent's ending, as a
job answer is read: :func:`redactor.detect.recognizers.answers.is_job`), one more job in
apposition at most ("a scaffolder, a roofer too"), then "at", "for" or "with" and the name:

- on a caption's lower-case line, two to five words read as a firm's name in apposition is
  (:func:`redactor.detect.recognizers.firm_appositions.firm_name_end`; a given name may open it
  when a word that is no name follows: "marla brenmoor freight"): no function word, number,
  given name or word of when ("every", "nights"), one word rare in English, and the clause ends
  after it ("for brenmoor treks, since the spring"; not "a driver for my uncle", "a nurse with twenty
  years").  One rare word alone is as often a public body's letters ("a reporter at kbtv");
- after "the", or where no clause's end follows, a caption's name ends at the word that says
  what the workplace is (the workplaces pack's employers and facilities), with one to four
  words before it, one of them rare: "a barman at the kelvane bay hotel by the pier"; not "a nurse
  at the big hospital", "a cook at the hotel";
- on a line with capitals the name is its capitalised words (joiners such as "of", "and", "de"
  inside it) up to the first word in lower case: "a packer at Oakhollow Fresh Produce in the
  spring".  Not after "the" (a public body's name takes it: "a clerk at the National Pension
  Fund"), not a person ("a carer for Maria", "a cleaner for Mr Halloran", a name every word of
  which the name lists know as a name; "Marla Brenmoor Freight" is a firm), a place the
  gazetteer knows ("a teacher at Leeds"), a month or a day.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from redactor.detect.casing import marked_lines
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.answers import is_job
from redactor.detect.recognizers.firm_appositions import firm_name_end, firm_name_word, is_name
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS
from redactor.lexicon.places import default_places
from redactor.lexicon.titles import HONORIFICS, RANKS

RECOGNIZER_NAME = "FirmAfterJobRecognizer"
SCORE = 0.55
_FLAGS = regex.IGNORECASE | regex.VERSION1
_S = r"[^\S\n]"
_MAX_NAME_WORDS = 5
_NAME_ZIPF = 4.0  # a caption's name holds at least one word rarer than this
_JOINERS = frozenset("of and & de du da do del la og".split())
_WORD = own_compiled(r"(?<![\p{L}\d'’-])(?:\p{L}[\p{L}'’-]*(?<!['’-])|&)")
# Words that say when or how often, which a caption's name never holds: "a cook at brenmoor
# treks every night" is no name of four words.
_WHEN = frozenset("every each some most last next many few nights days weekends mornings evenings".split())

# A self-description and its job, then the preposition of whom one works for.
_JOB_THEN_FIRM = own_compiled(rf"""(?x)
    (?<! [\p{{L}}'’-] )
    (?: i ['’] m | i {_S}+ (?: am | was ) | (?: he | she ) (?: ['’] s | {_S}+ (?: is | was ) ) | you ['’] re
      | you {_S}+ (?: are | were ) | (?: work | works | worked | working ) {_S}+ as )
    {_S}+ (?: (?: a | an | the ) {_S}+ )?
    (?: [\p{{L}}-]+ {_S}+ ){{0,3}} (?P<job> \p{{L}}[\p{{L}}'’-]* )
    (?: , {_S}+ (?: (?: a | an | the ) {_S}+ )? (?: [\p{{L}}-]+ {_S}+ ){{0,2}} (?P<job2> \p{{L}}[\p{{L}}'’-]* ) )?
    ,? {_S}+ (?: at | for | with ) {_S}+ (?: (?: um | uh | er | erm ) ,? {_S}+ )? (?P<the> the {_S}+ )?
""", _FLAGS)


@functools.cache
def _titles() -> frozenset[str]:
    return HONORIFICS | RANKS


@functools.cache
def _not_nouns() -> frozenset[str]:
    """Function words with an agent's ending ("together", "never"): the roles pack's ``not_a_noun``."""
    from redactor.detect.packs import builtin_vocabulary

    return FUNCTION_WORDS | frozenset(w.casefold() for w in builtin_vocabulary("roles", "not_a_noun"))


def _is_job_word(word: str | None) -> bool:
    return word is not None and word.casefold() not in _not_nouns() and is_job(word.casefold())


def _job_before(match: regex.Match[str]) -> bool:
    """Whether the noun phrase (or the one in apposition to it) ends in a job."""
    return _is_job_word(match.group("job")) or _is_job_word(match.group("job2"))


def _capitalised_name_end(text: str, at: int, line_end: int) -> int | None:
    """Where the capitalised name that starts at ``at`` ends, or None when it is no firm's name
    (see the module)."""
    words: list[regex.Match[str]] = []
    for word in _WORD.finditer(text, at, line_end):
        gap = text[(words[-1].end() if words else at):word.start()]
        value = word.group()
        if gap.strip() or len(words) == _MAX_NAME_WORDS:
            break
        if words and value.casefold() in _JOINERS:
            words.append(word)
            continue
        if not value[0].isupper() or value.casefold() in FUNCTION_WORDS or value.casefold() in MONTHS_AND_DAYS:
            break
        words.append(word)
    while words and words[-1].group().casefold() in _JOINERS:
        words.pop()
    if not words or words[0].start() != at or words[0].group().casefold().rstrip(".") in _titles():
        return None
    named = [w.group() for w in words if w.group().casefold() not in _JOINERS]
    if all(is_name(w) for w in named):
        return None  # a person: "a carer for Maria", "a cleaner for Halloran"
    if default_places().is_place(" ".join(named)):
        return None  # a place: "a teacher at Leeds"
    return words[-1].end()


@functools.cache
def _workplace_kinds() -> frozenset[str]:
    """The last words of what a workplace is: the workplaces pack's employers and facilities."""
    from redactor.detect.packs import builtin_vocabulary

    return frozenset(w.casefold().split()[-1] for name in ("employer_kind", "facility")
                     for w in builtin_vocabulary("workplaces", name))


def _kind_closed_name_end(text: str, at: int, line_end: int) -> int | None:
    """Where a caption's name said with "the" ends: at the word that says what the workplace is
    ("the kelvane bay hotel"), after one to four words of name, one of them rare in English."""
    words: list[regex.Match[str]] = []
    for word in _WORD.finditer(text, at, line_end):
        gap = text[(words[-1].end() if words else at):word.start()]
        folded = word.group().casefold()
        if gap.strip() or len(words) == _MAX_NAME_WORDS or not word.group().islower():
            return None
        if folded in _workplace_kinds():
            break
        if folded in _WHEN or not firm_name_word(word.group(), True):
            return None
        words.append(word)
    else:
        return None
    if not words or not any(zipf_frequency(w.group().casefold(), "en") < _NAME_ZIPF for w in words):
        return None
    return word.end()


def _name_end(text: str, match: regex.Match[str], line_end: int, caseless: bool) -> int | None:
    """Where the firm's name after the job of ``match`` ends, or None (see the module)."""
    at = match.end()
    the = match.group("the") is not None
    if not caseless:
        return None if the else _capitalised_name_end(text, at, line_end)
    if the:
        return _kind_closed_name_end(text, at, line_end)
    end = firm_name_end(text, at, line_end, True, named_after=True)
    words = [w.group().casefold() for w in _WORD.finditer(text, at, end or at)]
    if any(w in _WHEN for w in words) or len(words) < 2:
        end = None
    return end or _kind_closed_name_end(text, at, line_end)


def find_firms_after_a_job(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each firm named after the job one does there; ``flags`` marks the
    caseless lines (a caption)."""
    for position, line_end, caseless in marked_lines(text, flags):
        for match in _JOB_THEN_FIRM.finditer(text, position, line_end):
            end = _name_end(text, match, line_end, caseless) if _job_before(match) else None
            if end is not None:
                yield match.end(), end


class FirmAfterJobRecognizer(LowerCasePlaceRecognizer):
    """ORGANIZATION for a firm named after the job one does there (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a firm's name after one's job there"
    entity = "ORGANIZATION"
    find = staticmethod(find_firms_after_a_job)
