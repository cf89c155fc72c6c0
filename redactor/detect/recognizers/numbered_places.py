"""Numbered neighbourhoods and sectors: "we lived in Sector 7", "she is from Mbare 3", "in Tema
Community 11", "my aunt lives in community eleven", "we grew up in el manar deux".

Towns grow by numbered parts - a sector, a phase of an estate, an extension of a township, a
camp's zone - and people name their part by its number, alone or after the town's or the
suburb's name.  The model sees a year or a count in the number and a person in the name, so it
finds at best the name and leaves the part, which narrows the place to a few streets.
:class:`NumberedPlaceRecognizer` finds the whole span after a place word (in, near, from, to,
at, outside, around, of ... :data:`redactor.detect.recognizers.places.PLACE_CUES`):

- a word for a town's part (:data:`PART_WORDS`: "Sector", "Community", "Zone", "Extension",
  "Ward", "Camp", "Commune", "Lac") and a number, in digits (with a letter: "7A"), in words,
  English or French, or in Roman numerals ("Sector 7", "community eleven", "zone quatre",
  "Commune IV"); capitalised on lines with capitals, any case in a caption.  "Phase",
  "Block", "Area", "Section" and "Estate" name a project's, a building's or a law's part as often
  (:data:`AMBIGUOUS_PART_WORDS`): alone they count only before "of the estate" and the like,
  after a name always ("Gulshan Phase 2");
- one or two words of a name rare in English, or a town GeoNames knows, and a number
  ("Mbare 3", "Mirpur 10", "el manar deux"), capitalised on lines with capitals.

The number ends the span: what follows is punctuation, the line's end, a small word ("in Mbare
3 last year") or "of" and the town ("Commune IV of Bamako"), never a noun ("in Kabul 2 people died", "in Kharkiv two days").  Never "chapter
7", "level 4", "grade 3", "room 12": words of no town.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from redactor.detect.recognizers.places import PLACE_CUES, LowerCasePlaceRecognizer
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.lexicon.places import default_places, fold_place, public_places, small_place_names

RECOGNIZER_NAME = "NumberedPlaceRecognizer"
SCORE = 0.8
# Words for a numbered part of a town that name nothing else when a number follows.
PART_WORDS = frozenset("sector sectors community extension ext zone ward camp colony township quartier cite cité "
                       "village commune lac douar kebele woreda".split())
# Words for a numbered part of a project, a building or a text as often as of a town.
AMBIGUOUS_PART_WORDS = frozenset("phase block area section estate site stage".split())
# What "of the" names after an ambiguous part word when it is a town's part ("Phase 2 of the estate").
_SETTLEMENT_AFTER = ("estate", "township", "camp", "settlement", "site", "scheme", "village", "town", "city",
                     "suburb", "compound", "project", "housing")
_CUES = PLACE_CUES | frozenset(("of", "inside", "into"))
_FRENCH_NUMBERS = ("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
                   "vingt").split()
# A name word this common in English is no name of a town's part ("in Chapter 7", "in Room 12").
_NAME_ZIPF = 3.0
_CAPITALISED_NAME_ZIPF = 3.5
_WORD_ZIPF = 4.0  # this common, a word is a word even when a town has its name
# After the number: the end of a clause, or a small word - never a noun the number counts.
_FOLLOWERS = frozenset(
    "and or but in on at for with then when before after last until till where which that near to from is was "
    "were are had has have because so we i he she they you my our his her their the a an there since during "
    "while every each this next about right just too also still now already".split())

# A name that ends in a street's type is a street and its number a house's ("Storgata 7",
# "Vasagatan 3", "Kirkevegen 22", "Lindenweg 4": the address rules' finding, not a town's part).
_STREET_ENDING = re.compile(r"\w{3,}(?:gata|gatan|gade|vegen|veien|vei|veg|vej|vägen|väg|katu|straße|strasse|gasse"
                            r"|weg|straat|laan|gracht|allee|platz)", re.IGNORECASE)
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
# "Commune IV of Bamako": the town the part is of, by its capital (not "Phase 2 of the trial").
_OF_A_NAME = re.compile(r"[^\S\n]+of[^\S\n]+(?P<initial>[^\W\d_])")
# A number in digits with a letter perhaps ("7A"), in words, or in Roman numerals ("Commune IV":
# only after a part word, never "I" alone).
_NUMBER = (rf"(?P<number>\d{{1,3}}[A-Za-z]?(?![\d,.]\d)(?![\w-])"
           rf"|(?i:{NUMBER_WORDS_TO_99}|{'|'.join(_FRENCH_NUMBERS)})(?![\w'’-])"
           rf"|(?P<roman>(?!I(?![IVX]))[IVX]{{1,4}})(?![\w'’-]))")
_CANDIDATE = re.compile(
    rf"(?<![\w'’-])(?P<cue>{_WORD})[^\S\n]+(?:(?i:the)[^\S\n]+)?"
    rf"(?P<place>(?:{_WORD}[^\S\n]+){{1,3}}?){_NUMBER}"
    rf"(?=(?P<after>[^\S\n]*(?:$|[.,;:!?)\n])|[^\S\n]+(?P<next>{_WORD})))",
    re.MULTILINE)


class NumberedPlaceRecognizer(LowerCasePlaceRecognizer):
    """LOCATION for a numbered part of a town after a place word (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "numbered part of a town"

    @staticmethod
    def find(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
        return find_numbered_places(text, flags)


def find_numbered_places(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each numbered part of a town after a place word; ``flags`` marks the
    caseless lines (a caption), where the words may be in lower case."""
    position = 0
    while (match := _CANDIDATE.search(text, position)) is not None:
        position = match.start("place")
        settled = _settlement_after(text, match.end("number"))
        if match["cue"].casefold() not in _CUES or not (settled or _ends_clause(match) or _of_a_name(text, match.end("number"))):
            continue
        caseless = flags[text.count("\n", 0, match.start())] if flags else False
        words = match["place"].split()
        # the whole name after the cue ("Tema Community 11"), else the part word alone ("in the
        # new Community 11")
        for first in dict.fromkeys((0, len(words) - 1)):
            if _names_part(words[first:], caseless, settled, match["number"][0].isdigit(), bool(match["roman"])):
                start = match.start("place") + _offset(match["place"], first)
                yield start, match.end("number")
                position = match.end("number")
                break


def _offset(place: str, first: int) -> int:
    """Where the ``first``-th word of ``place`` starts in it."""
    return [m.start() for m in re.finditer(r"\S+", place)][first]


def _ends_clause(match: re.Match[str]) -> bool:
    """The number ends a clause or comes before a small word, not before a noun it counts."""
    return match["next"] is None or match["next"].casefold() in _FOLLOWERS


def _names_part(words: Sequence[str], caseless: bool, settled: bool, digits: bool, roman: bool) -> bool:
    """``words`` before the number name a town's part: a part word after zero to two words of
    a name, or one or two words of a name alone (see the module).  In a caption a public city
    before a number said in words is no part ("in kharkiv one and a half years")."""
    *names, last = words
    if not all(_name_word(w, caseless) for w in words):
        return False
    if last.casefold() in PART_WORDS | AMBIGUOUS_PART_WORDS:
        if not _written_as_name(last, caseless):
            return False
        return bool(names) or last.casefold() in PART_WORDS or settled
    if roman or (caseless and not digits and fold_place(" ".join(words)) in public_places()):
        return False
    if _STREET_ENDING.fullmatch(last):
        return False
    # an acronym before a number is a currency or a code ("PLN 50", "M4")
    return len(words) <= 2 and not any(w.isupper() for w in words) and _names_a_place(words, caseless)


def _written_as_name(word: str, caseless: bool) -> bool:
    return caseless or word[0].isupper()


def _name_word(word: str, caseless: bool) -> bool:
    """A word of a name: capitalised on a line with capitals (or a particle, "el", "al"), no
    function word, month or day."""
    folded = word.casefold()
    if folded in FUNCTION_WORDS or folded in MONTHS_AND_DAYS:
        return False
    return caseless or word[0].isupper() or folded in ("el", "al", "de", "la", "le")


def _names_a_place(words: Sequence[str], caseless: bool) -> bool:
    """A name said before a number names a place: no common English word (a capitalised one
    may be a little commoner), or a town GeoNames knows, not a country or a region."""
    gram = " ".join(words)
    key = fold_place(gram)
    if public_places().get(key, ("",))[0] in ("country", "region", "area", "demonym", "currency"):
        return False
    ceiling = _NAME_ZIPF if caseless else _CAPITALISED_NAME_ZIPF
    content = [w for w in words if w.casefold() not in ("el", "al", "de", "la", "le")]
    if not content:
        return False
    frequencies = [zipf_frequency(w.casefold(), "en") for w in content]
    if max(frequencies) >= _WORD_ZIPF:
        return False  # "in Room 12", "in Level 4": towns too, somewhere, but words first
    if max(frequencies) < ceiling:
        return True
    place = default_places().get(gram)
    return (place is not None and place.kind == "city") or key in small_place_names()


def _of_a_name(text: str, end: int) -> bool:
    """"of" and a capitalised word right after the number ("Commune IV of Bamako")."""
    of = _OF_A_NAME.match(text, end)
    return of is not None and of["initial"].isupper()


def _settlement_after(text: str, end: int) -> bool:
    """"of the estate", "of the township" right after the number: an ambiguous part word names
    a town's part ("Phase 2 of the estate", not "Phase 2 of the trial")."""
    after = text[end:end + 40].casefold().split()
    return len(after) >= 2 and after[0] == "of" and (after[1].strip(".,;:") in _SETTLEMENT_AFTER or (
        after[1] == "the" and len(after) >= 3 and after[2].strip(".,;:") in _SETTLEMENT_AFTER))
