"""A unit of a police, border, coast-guard, fire or customs service named by its place: "the
Feres Border Guard Department", "the Orestiada Police Directorate", "Kilkis fire station", "the
police directorate of orestiada", "the Border Guard Department of Feres".

A force's name alone is public ("Hellenic Police"), and so is its unit of a big city; its unit
of a small place is a workplace of a few dozen people, and the place said beside the service
points at the officer who works there.  The model drops the whole as a public body or keeps only
the place.  :class:`ServiceUnitRecognizer` finds the place, the service and the unit as one
WORK_UNIT:

- the place is one or two words right before the service ("Feres Border Guard Department") or
  after it and "of", "in" or "at" ("the police station in Soufli"); capitalised on a line with
  capitals, on a caption's line a word rare in English (a name or a place rare enough);
- never a public place (a country, a region, a city of 100,000 or more: "the Athens Police
  Directorate" has thousands), a word of the state ("National", "Hellenic") or a function word.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, default_gazetteer
from redactor.lexicon.places import fold_place, public_places

RECOGNIZER_NAME = "ServiceUnitRecognizer"
SCORE = 0.75
_SP = r"[^\S\n]"
_SERVICE = (rf"(?:police|border{_SP}*-?{_SP}*(?:guard|police)|coast{_SP}*-?{_SP}*guard|fire(?:{_SP}+and{_SP}+rescue)?"
            rf"|gendarmerie|customs|immigration|(?:traffic|port|tourist|security|asylum){_SP}+police|civil{_SP}+protection)")
_UNIT = (r"(?:department|directorate|sub-?directorate|station|post|outpost|unit|division|command|headquarters"
         r"|precinct|detachment|squad)")
_UNIT_PHRASE = own_compiled(rf"(?<![\p{{L}}'’-]){_SERVICE}{_SP}+{_UNIT}(?![\p{{L}}'’-])", regex.I)
_WORD_BEFORE = own_compiled(rf"(?<![\p{{L}}'’-])(\p{{L}}[\p{{L}}'’-]*){_SP}+\Z")
_PLACE_AFTER = own_compiled(rf"{_SP}+(?:of|in|at){_SP}+(?P<a>\p{{L}}[\p{{L}}'’-]*)(?:{_SP}+(?P<b>\p{{L}}[\p{{L}}'’-]*))?")
# Words of a state or of no place, said before a force's unit: "the National Police Directorate".
_NOT_PLACES = frozenset("""
national hellenic federal state central general regional metropolitan royal republican special main local
municipal provincial county district city town village new old nearest nearby same other first second
""".split())
_PLACE_ZIPF = 4.0
_KNOWN_PLACE_ZIPF = 4.5
_MAX_PLACE_WORDS = 2


def _place_word(word: str, caseless: bool) -> bool:
    folded = word.casefold()
    if folded in FUNCTION_WORDS or folded in _NOT_PLACES or fold_place(word) in public_places():
        return False
    if caseless != word.islower() or (not caseless and not word[0].isupper()):
        return False
    zipf = zipf_frequency(folded, "en")
    return zipf < _PLACE_ZIPF or (zipf < _KNOWN_PLACE_ZIPF and default_gazetteer().get(fold_place(folded)) is not None)


def _place_before(text: str, start: int, caseless: bool) -> int:
    """Where the place right before the service starts (``start`` when none)."""
    begin = start
    for _ in range(_MAX_PLACE_WORDS):
        word = _WORD_BEFORE.search(text, max(0, begin - 40), begin)
        if word is None or not _place_word(word.group(1), caseless):
            break
        begin = word.start()
    return begin if fold_place(text[begin:start].strip()) not in public_places() else start


def _place_after(text: str, end: int, caseless: bool) -> int:
    """Where the place after the service and "of", "in" or "at" ends (``end`` when none)."""
    after = _PLACE_AFTER.match(text, end)
    if after is None or not _place_word(after["a"], caseless):
        return end
    if after["b"] and _place_word(after["b"], caseless) and fold_place(f"{after['a']} {after['b']}") not in public_places():
        return after.end("b")
    return after.end("a")


def find_service_units(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each unit of a service named by its place; ``flags`` marks the caseless
    lines (a caption)."""
    for found in _UNIT_PHRASE.finditer(text):
        line = text.count("\n", 0, found.start())
        caseless = flags[line] if line < len(flags) else False
        start = _place_before(text, found.start(), caseless)
        end = _place_after(text, found.end(), caseless) if start == found.start() else found.end()
        if (start, end) != found.span():
            yield start, end


class ServiceUnitRecognizer(LowerCasePlaceRecognizer):
    """WORK_UNIT for a unit of a police, border, fire or customs service named by its place
    (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a service's unit named by its place"
    entity = "WORK_UNIT"
    find = staticmethod(find_service_units)
