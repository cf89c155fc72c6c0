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
  "street", "valley", "sector", "reef", "river", "station", "village", "camp", "chapel"); after a
  name called a person, only after a preposition of where ("lives on wolski street", "a clinic in
  rusororo sector"; not "I told Maria street food is cheap").

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
_FEATURE = LazyRegex(
    rf"{_SP}+(?P<word>road|street|avenue|lane|highway|valley|sector|reef|hill|hills|beach|bay|creek"
    rf"|{_KIND_WORDS})"
    r"(?![\p{L}\d'’-])", regex.IGNORECASE)
# A preposition of where before a name the model called a person: "on wolski street", "in
# rusororo sector", and before its prefix word: "from st. moritz".
_WHERE_CUE = LazyRegex(rf"(?<![\p{{L}}'’-])(?:on|along|off|in|at|near|from|to|into|outside|around|through|across)"
                       rf"{_SP}+\Z", regex.IGNORECASE)
# The kind word ending a widened name: the place said without it is the same place ("so now i am
# in shwe pyi thar" beside "i went to shwe pyi thar station").
_KIND_AT_END = LazyRegex(rf"{_SP}+(?:{_KIND_WORDS})\Z", regex.IGNORECASE)
_PLACE_TYPES = frozenset({"LOCATION", "PERSON"})
DETECTOR = "PlaceEdge"
_LOOK_BACK = 16
_SCORE = 0.6


def place_edges(text: str, kept: Sequence[Mention], is_public_place: Callable[[str], bool]) -> list[Mention]:
    """One LOCATION for each kept place or person-called name widened over a place-name word
    before it or a place word after it (see the module); none where nothing widens it."""
    out = []
    for m in kept:
        if m.entity_type not in _PLACE_TYPES:
            continue
        start, end = _start_with_prefix(text, m), _end_with_feature(text, m)
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
    if m.entity_type == "PERSON" and _WHERE_CUE.search(text, max(0, prefix.start() - _LOOK_BACK),
                                                        prefix.start()) is None:
        return m.start
    return prefix.start("word")


def _end_with_feature(text: str, m: Mention) -> int:
    """Where ``m`` ends with a place word said right after it; not over "station" after a town
    GeoNames knows ("Dendermonde station", "luganville station": the town's railway, bus or
    police station, the town being the place), only after a name it does not ("whareponga
    station": a sheep station by its own name)."""
    feature = _FEATURE.match(text, m.end)
    if feature is None:
        return m.end
    if feature.group("word").lower() == "station" and _known_town(m.text):
        return m.end
    if m.entity_type == "PERSON" and _WHERE_CUE.search(text, max(0, m.start - _LOOK_BACK), m.start) is None:
        return m.end
    return feature.end("word")


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
