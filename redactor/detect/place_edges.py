"""A small place's name found without the words that belong to it, widened to the whole name.

The model and the place rules often take a place's name without its first or its last word:
"Aubin" of "in St Aubin", "Nakham" of "from Ban Nakham", "Rusororo" of "in Rusororo sector",
"Kisoro" of "on the Kisoro road".  Left so, the word outside stays in the clear and the
replacement reads "St [LOCATION 1]".  :func:`place_edges` gives each such place (one the filters kept: not public)
one LOCATION over the whole name, which the overlap policy prefers as the longer span:

- a word that starts place names said right before it, on its line and in its case ("St",
  "Saint", "Port", "Fort", "Lac", "Ban", "Le", "San"); before a name the model or a list called a
  person, only after a place preposition ("from st. moritz": no person's name starts "st.");
- a word for a way, a stretch of land, a settlement or a landmark said right after it ("road",
  "street", "valley", "sector", "reef", "river", "station", "village", "camp", "chapel"); a house
  of worship is named so too ("the Sri Selva Vinayagar temple", "the Paje mosque"), also after a
  possessive ("St. Michael's church"; not "in al assad's camp").  After a name called a person,
  only after a preposition of where ("lives on wolski street", "a clinic in rusororo sector";
  not "I told Maria street food is cheap"), and "the" after it before a settlement or a building ("behind the Saint
  Joseph chapel"; "on the Sanyang road" stays "Sanyang");
- a compass word said right after a place (after its way or kind word too) or right before it,
  in the case of the name's first letter: the compass word is part of the name ("Tabiteuea
  North", "ross road west", "Havelock North", "the Northern Reef"); over all design gold a compass word right after a
  place's name was inside its span every time, and one right before it outside only before a
  country or a region (public: left as found).  Not before "of" or a dash ("ten km north of
  it", "south-east"), and never over a name called a person unless its way word made it a place
  ("on ross road west").

A widened name the filters would call public ("San Diego" found as "Diego") is left as found.
"""

from __future__ import annotations

from typing import Callable, Sequence

import regex

from redactor.detect.prefilter import LazyRegex
from redactor.lexicon.places import default_places, fold_place, small_place_names
from redactor.model import Mention

_SP = r"[^\S\n]"
# Words that start a place's name: a saint's, a harbour's or a fort's town, a lake's, a Lao or
# Thai village's ("Ban"), a French, Spanish or Italian article ("Le Diamant", "La Romana").
_PREFIX_WORDS = (r"st\.?|saint|sainte|ste\.?|san|santa|santo|são|sao|port|fort|mount|mt\.?|cape|lac|lake|ban"
                 r"|le|la|les|el")
_PREFIX = LazyRegex(rf"(?<![\p{{L}}'’.-])(?P<word>{_PREFIX_WORDS}){_SP}+\Z", regex.IGNORECASE)
# Words for a way, a part of a district or a stretch of land named after the place before them,
# and for a settlement, a farm, a camp or a landmark that takes its name: "whareponga station"
# (a sheep station), "the Samou river", "Ranwadi village", "the Kakuma camp", "the Kalaba chapel",
# "riverside plaza", "the Kerrigan marina".  A market or a terminal is not the name's own word
# ("the Mbizo market" is the market of Mbizo): facility_places takes those.
_KIND_WORDS = r"river|station|village|camp|chapel|plaza|marina"
# A house of worship is named by its saint, its god or its place: "St. Michael's church", "the Sri
# Selva Vinayagar temple", "the Paje mosque"; only such a word is taken after a possessive ("al
# assad's camp" is a man's).
_WORSHIP_WORDS = r"church|temple|mosque|cathedral|shrine|pagoda|gurdwara|synagogue"
_FEATURE = LazyRegex(
    rf"(?:['’]s(?={_SP}+(?:{_WORSHIP_WORDS})(?![\p{{L}}\d'’-])))?{_SP}+(?P<word>road|street|avenue|lane|highway|valley|sector|reef|hill|hills|beach|bay|creek"
    rf"|{_KIND_WORDS}|{_WORSHIP_WORDS})"
    r"(?![\p{L}\d'’-])", regex.IGNORECASE)
# A compass word that ends a place's name ("Tabiteuea North", "ross road west"); not a direction
# from it ("north of the camp", "north-east").
_COMPASS = r"north|south|east|west"
_COMPASS_AFTER = LazyRegex(rf"{_SP}+(?P<word>{_COMPASS})(?![\p{{L}}\d'’-]|{_SP}+of(?![\p{{L}}]))", regex.IGNORECASE)
_COMPASS_BEFORE = LazyRegex(
    rf"(?<![\p{{L}}'’.-])(?P<word>{_COMPASS}|northern|southern|eastern|western|upper|lower){_SP}+\Z", regex.IGNORECASE)
# A preposition of where before a name the model called a person: "on wolski street", "in
# rusororo sector", and before its prefix word: "from st. moritz".  Before a settlement's or a
# building's name ("behind the Saint Joseph chapel", "to the St. Michael's church") "the" may come
# between; not before a way's ("on the Sanyang road": the annotators mark the town alone).
_WHERE = (r"(?<![\p{L}'’-])(?:on|along|off|in|at|near|from|to|into|outside|around|through|across"
          r"|behind|beside|by|opposite|past|over|below|above|inside|beyond)")
_WHERE_CUE = LazyRegex(rf"{_WHERE}{_SP}+\Z", regex.IGNORECASE)
_WHERE_THE_CUE = LazyRegex(rf"{_WHERE}{_SP}+(?:the{_SP}+)?\Z", regex.IGNORECASE)
_BUILDING = LazyRegex(rf"(?:{_KIND_WORDS}|{_WORSHIP_WORDS})\Z", regex.IGNORECASE)
# The kind word ending a widened name: the place said without it is the same place ("so now i am
# in shwe pyi thar" beside "i went to shwe pyi thar station").
_KIND_AT_END = LazyRegex(rf"{_SP}+(?:{_KIND_WORDS})\Z", regex.IGNORECASE)
_PLACE_TYPES = frozenset({"LOCATION", "PERSON"})
DETECTOR = "PlaceEdge"
_LOOK_BACK = 20  # "behind the " before "St. "
_SCORE = 0.6


def place_edges(text: str, kept: Sequence[Mention], is_public_place: Callable[[str], bool]) -> list[Mention]:
    """One LOCATION for each kept place or person-called name widened over a place-name word
    before it or a place word after it (see the module); none where nothing widens it."""
    out = []
    for m in kept:
        if m.entity_type not in _PLACE_TYPES:
            continue
        start = _start_with_prefix(text, m)
        end = _end_with_feature(text, m, start)
        if m.entity_type == "LOCATION":
            start = _start_with_compass(text, m, start)
        if m.entity_type == "LOCATION" or end != m.end:  # a person-called name is a place with its way word
            end = _end_with_compass(text, m, end)
        if (start, end) == (m.start, m.end) or is_public_place(text[start:end]) or \
                text.startswith(("'s", "’s"), end) and is_public_place(text[start:end + 2]):  # "St. Aidan's"
            continue
        out.append(Mention(start=start, end=end, entity_type="LOCATION", score=max(_SCORE, m.score),
                           detector=DETECTOR, text=text[start:end]))
    return out


def _start_with_prefix(text: str, m: Mention) -> int:
    """Where ``m`` starts with a place-name word said right before it, in its case."""
    prefix = _PREFIX.search(text, max(0, m.start - _LOOK_BACK), m.start)
    if prefix is None:
        return m.start
    word, name = prefix.group("word"), m.text
    if word[0].isupper() != name[0].isupper():
        return m.start  # "we met le Havre people": a lower-case word before a capitalised name
    if m.entity_type == "PERSON" and not _placed_person(text, m, prefix.start()):
        return m.start
    return prefix.start("word")


def _end_with_feature(text: str, m: Mention, start: int) -> int:
    """Where ``m`` ends with a place word said right after it; not over "station" after a town
    GeoNames knows ("Dendermonde station", "luganville station": the town's railway, bus or
    police station, the town being the place), only after a name it does not ("whareponga
    station": a sheep station by its own name).  ``start`` is where the name starts with its prefix
    word ("to the St. Michael's church": the cue before a person-called name is before "St.")."""
    feature = _FEATURE.match(text, m.end)
    if feature is None:
        return m.end
    if feature.group("word").lower() == "station" and _known_town(m.text):
        return m.end
    if m.entity_type == "PERSON" and not _placed_person(text, m, start):
        return m.end
    return feature.end("word")


def _placed_person(text: str, m: Mention, start: int) -> bool:
    """A preposition of where before ``start`` (where the person-called name ``m`` starts with its
    prefix word), and "the" between them only when a settlement's or a building's word follows
    the name ("behind the Saint Joseph chapel")."""
    if _WHERE_CUE.search(text, max(0, start - _LOOK_BACK), start) is not None:
        return True
    feature = _FEATURE.match(text, m.end)
    return feature is not None and _BUILDING.match(feature.group("word")) is not None and \
        _WHERE_THE_CUE.search(text, max(0, start - _LOOK_BACK), start) is not None


def _start_with_compass(text: str, m: Mention, start: int) -> int:
    """Where the place starting at ``start`` starts with a compass word said right before it, in
    its case ("the Northern Reef", "south pentecost")."""
    compass = _COMPASS_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if compass is None or compass.group("word")[0].isupper() != text[start].isupper():
        return start
    return compass.start("word")


def _end_with_compass(text: str, m: Mention, end: int) -> int:
    """Where the place ending at ``end`` ends with a compass word said right after it, in the
    case of the place's first letter ("Havelock North", "tabiteuea north"; not "from Kisoro north
    to the border")."""
    compass = _COMPASS_AFTER.match(text, end)
    if compass is None or compass.group("word")[0].isupper() != m.text[0].isupper():
        return end
    return compass.end("word")


def name_before_kind_word(m: Mention) -> str | None:
    """The place's own name of a place this module widened over the kind word after it ("shwe
    pyi thar" of "shwe pyi thar station", "Ranwadi" of "Ranwadi village"), which propagation
    looks for again: the place said alone elsewhere is the same place.  None for any other."""
    if m.detector != DETECTOR or m.entity_type != "LOCATION":
        return None
    kind = _KIND_AT_END.search(m.text)
    return m.text[:kind.start()] if kind is not None else None


def _known_town(name: str) -> bool:
    """A town or a city GeoNames knows by this name (1,000 people or more)."""
    return default_places().get(name) is not None or fold_place(name) in small_place_names()
