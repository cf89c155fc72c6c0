"""A firm named by what it is first, then its name: "i work at cablerie du nord", "the bus of
transports amal", "Transportes Ruiz", "société benali", "empresa pesquera san lucas",
"Constructora Andina", "comercial lópez".

French, Spanish, Portuguese and Italian put a firm's kind before its name (the workplaces
pack's ``firm_kind_before``, and a workshop said by its trade's suffix: French "-erie", Spanish
"-ería", Dutch "-erij", German "-erei", Italian "-ificio": "cablerie du nord", "Tonelería
Hermanos Zurita", "Kwekerij De Smet", "Bäckerei Huber", "calzaturificio rossi").
The model takes the name for a person ("amal"), or the whole for one ("cablerie du nord"), or
finds nothing; the kind word left beside the replacement, or the name taken for a person, still
says which firm.  :class:`FirmKindRecognizer` finds the kind and the name after it, whole:

- the name is one to four words, with the joiners of those languages between ("du", "de la",
  "y", "&") and a saint's "san" or "santa" before one; on a caption's lower-case line a word is
  a name's only when it is rare in English, or a name or a place rare enough ("mar", "lucas"),
  never a function word, a month or a day ("transportes ruiz in the north" stops at "in");
  on a line with capitals only capitalised words;
- a kind that is also an English word ("transports", "boutique") counts only after a word that
  says where one works or what one takes ("at", "for", "of", "the"): "the company transports
  amal to school" is no firm; so does, in a caption's lower case, any kind but one English
  hardly says ("equipo", "klub", "mármores": "the soigneur for equipo lácteos tundama").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from redactor.detect.casing import marked_lines
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import is_dictionary_word
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, default_gazetteer
from redactor.lexicon.places import fold_place

RECOGNIZER_NAME = "FirmKindRecognizer"
SCORE = 0.8
_WORD = own_compiled(r"(?<![\p{L}\d'’-])(?:\p{L}[\p{L}'’-]*(?<!['’-])|&)")
# Only spaces between two words of a firm's name, or an abbreviation's dot ("Ets. Koné", "St.
# Anne"): "Pêcheries du Cap Vert. Snow crab" ends at the full stop.
_GAP = own_compiled(r"(?:(?<=(?<![\p{L}'’-])\p{L}{1,3})\.)?[^\S\n]+")
# Joiners inside a name in those languages: "cablerie du nord", "comercial de la costa".
_JOINERS = frozenset("de du des d' del de la le les el los las do da dos das di della delle dei degli y e et &"
                     .split())
# Articles a name may start with: "transportes el sol".
_ARTICLES = frozenset("el la le les los las".split())
# Joiners that may come right after the kind, before the name: "Pêcheries du Cap Vert" (not
# "y", "et", "&": "Farmacia y Drogas" joins two kinds).
_OF_JOINERS = _JOINERS - frozenset("y e et &".split())
# A saint's word before a name: "empresa pesquera san lucas".
_SAINTS = frozenset("san santa santo são sao saint sainte st".split())
# What is said right before a firm: where one works, whose it is.
_CUES = frozenset("at for of from with by to in into the joined left called named".split())
# French words in "-erie" English says as its own: no workshop's kind.
_ENGLISH_ERIE = frozenset("eerie lingerie menagerie camaraderie reverie coterie gaucherie rotisserie".split())
# The suffixes that make a workshop's or a trade's house of its trade in those languages (English
# spells none of them: "cafeteria", "criteria" have no accent; "-erei", "-erij" end no English word).
_WORKSHOP_SUFFIXES = ("erie", "ería", "erij", "erei", "ificio")
_MAX_NAME_WORDS = 4
_MAX_KINDS = 2  # kinds said one after the other before a name ("empresa pesquera")
_ENGLISH_ZIPF = 3.0  # a kind this common in English is a firm's only after a cue
_EVERYDAY_KIND_ZIPF = 4.0  # a kind English says every day ("hotel") takes a coined name in a caption
_CAPTION_KIND_ZIPF = 2.2  # in a caption's lower case, a kind rarer than this needs no cue ("equipo", "klub")
_NAME_ZIPF = 4.0  # a caption's word rarer than this may be a name
_KNOWN_NAME_ZIPF = 4.5  # a name or a place this rare is one in a caption ("mar", "lucas")


@functools.cache
def _kinds() -> frozenset[str]:
    from redactor.detect.packs import builtin_vocabulary

    return frozenset(w.casefold() for w in builtin_vocabulary("workplaces", "firm_kind_before"))


@functools.cache
def _kind_phrases() -> tuple[tuple[str, ...], ...]:
    """The kinds of several words ("cơ sở", "công ty", "rumah makan"), each as its words, longest
    first: Vietnamese and Malay say a firm's kind in two or three words."""
    return tuple(sorted({tuple(k.split()) for k in _kinds() if " " in k}, key=lambda words: (-len(words), words)))


def _longest_kind() -> int:
    """How many words the longest kind says ("doanh nghiệp tư nhân": 4): what ``kind_words`` reads."""
    phrases = _kind_phrases()
    return len(phrases[0]) if phrases else 1


def kind_words(words: Sequence[str]) -> int:
    """How many of ``words``, from the first, say one kind of firm ("công ty" of "công ty hoàng
    phát": 2; "transportes" of "transportes ruiz": 1), or 0."""
    folded = tuple(w.casefold() for w in words[:_longest_kind()])
    phrase = next((p for p in _kind_phrases() if folded[:len(p)] == p), None)
    if phrase is not None:
        return len(phrase)
    return 1 if words and is_kind(words[0]) else 0


def kinds_before_name(words: Sequence[str]) -> int:
    """How many of ``words``, from the first, say one or two kinds with a word of name left after
    them ("empresa pesquera" of "empresa pesquera san lucas": 2; "cơ sở" of "cơ sở mỹ nghệ": 2;
    "empresa" of "empresa pesquera": 1), or 0."""
    first = kind_words(words)
    if not first or len(words) <= first:
        return 0
    second = kind_words(words[first:])
    return first + second if second and len(words) > first + second else first


def is_kind(word: str) -> bool:
    """A word that says what a firm is, said before its name (see the module)."""
    folded = word.casefold()
    if folded in _kinds():
        return True
    if len(folded) >= 7 and folded.endswith(_WORKSHOP_SUFFIXES):
        return folded not in _ENGLISH_ERIE and default_gazetteer().get(fold_place(folded)) is None
    return False


def _name_word(word: str, caseless: bool) -> bool:
    folded = word.casefold()
    if folded in FUNCTION_WORDS or folded in MONTHS_AND_DAYS or is_kind(word):
        return False
    if not caseless:
        return word[0].isupper()
    if not word.islower():
        return False
    zipf = zipf_frequency(folded, "en")
    return zipf < _NAME_ZIPF or (zipf < _KNOWN_NAME_ZIPF and default_gazetteer().get(fold_place(folded)) is not None)


def _name_end(text: str, words: Sequence[regex.Match[str]], i: int, caseless: bool) -> int | None:
    """Where the name that starts at ``words[i]`` ends (joiners and a saint's word inside it, or
    one joiner right after the kind: "Pêcheries du Cap Vert"), or None when no name word follows."""
    end = None
    taken = 0
    first = i
    while i < len(words) and taken < _MAX_NAME_WORDS:
        if i > 0 and not _GAP.fullmatch(text, words[i - 1].end(), words[i].start()):
            break
        word = words[i].group()
        folded = word.casefold()
        if _name_word(word, caseless):
            end, taken = words[i].end(), taken + 1
        elif not (folded in _SAINTS or (folded in _JOINERS and (end is not None or folded in _ARTICLES))
                  or (i == first and folded in _OF_JOINERS)):
            break
        i += 1
    return end


def _cued(text: str, words: Sequence[regex.Match[str]], i: int, caseless: bool) -> bool:
    """The kind at ``words[i]`` may open a firm's name: a cue before it, or a capitalised kind
    English does not say (see the module)."""
    kind = words[i].group()
    if i > 0 and words[i - 1].group().casefold() in _CUES and _GAP.fullmatch(text, words[i - 1].end(), words[i].start()):
        return True
    if caseless:
        return zipf_frequency(kind.casefold(), "en") < _CAPTION_KIND_ZIPF
    return kind[0].isupper() and zipf_frequency(kind.casefold(), "en") < _ENGLISH_ZIPF


def _kind_at(text: str, words: Sequence[regex.Match[str]], i: int) -> int:
    """How many words from ``words[i]`` say one kind, a space between each (0: none)."""
    n = kind_words([w.group() for w in words[i:i + _longest_kind()]])
    return n if all(_GAP.fullmatch(text, words[k - 1].end(), words[k].start()) for k in range(i + 1, i + n)) else 0


def _kinds_end(text: str, words: Sequence[regex.Match[str]], i: int, caseless: bool) -> int | None:
    """The index of the word after the kind (or two kinds: "empresa pesquera", "công ty tnhh") that
    opens a firm at ``words[i]``, with a space before it; None when no kind opens one there."""
    n = _kind_at(text, words, i)
    if not n or not _cued(text, words, i, caseless):
        return None
    j, kinds = i + n, 1
    while j < len(words) and kinds < _MAX_KINDS and _GAP.fullmatch(text, words[j - 1].end(), words[j].start()) \
            and (n := _kind_at(text, words, j)):
        j, kinds = j + n, kinds + 1  # "empresa pesquera", "groupe industriel"
    if j >= len(words) or not _GAP.fullmatch(text, words[j - 1].end(), words[j].start()):
        return None
    if caseless and not words[i].group().islower():
        return None
    return j


def firm_at(text: str, words: Sequence[regex.Match[str]], i: int, caseless: bool) -> int | None:
    """The end of the firm whose kind is ``words[i]`` ("transports amal"), or None."""
    j = _kinds_end(text, words, i, caseless)
    if j is None:
        return None
    end = _name_end(text, words, j, caseless)
    if end is None or not caseless or zipf_frequency(words[i].group().casefold(), "en") < _EVERYDAY_KIND_ZIPF:
        return end
    return end if _coined_name(words, j, end) else None


def _coined_name(words: Sequence[regex.Match[str]], j: int, end: int) -> bool:
    """Whether the first word of the name at ``words[j:]`` (up to ``end``) is no dictionary word,
    its possessive's "'s" aside: after a kind English says every day ("hotel"; not "wat" of "wat
    pa sri mueang", nor "transports", "boutique"), a caption's rare word may
    be a job or a part of it ("the hotel receptionist", "the hotel laundry", "the hotel
    manager's desk"), a coined word or a family name is a name ("the hotel durmitor pines")."""
    for word in words[j:]:
        if word.end() > end:
            break
        folded = word.group().casefold().removesuffix("'s").removesuffix("’s")
        if folded in _JOINERS or folded in _SAINTS:
            continue
        return not is_dictionary_word(folded)
    return False


def opens_name(text: str, words: Sequence[regex.Match[str]], i: int, name: int, caseless: bool) -> bool:
    """Whether the kind at ``words[i]`` opens a firm whose name starts at ``words[name]`` (the
    name a detector found right after the kind: "wat | pa sri mueang", whatever its words)."""
    return _kinds_end(text, words, i, caseless) == name


def line_words(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The words of ``text[start:end]``."""
    return list(_WORD.finditer(text, start, end))


def find_firms_by_kind(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each firm said by its kind and then its name; ``flags`` marks the
    caseless lines (a caption)."""
    for position, line_end, caseless in marked_lines(text, flags):
        words = line_words(text, position, line_end)
        i = 0
        while i < len(words):
            end = firm_at(text, words, i, caseless)
            if end is not None:
                yield words[i].start(), end
                while i < len(words) and words[i].end() <= end:
                    i += 1
                continue
            i += 1


class FirmKindRecognizer(LowerCasePlaceRecognizer):
    """ORGANIZATION for a firm said by its kind and then its name (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a firm's kind before its name"
    entity = "ORGANIZATION"
    find = staticmethod(find_firms_by_kind)
