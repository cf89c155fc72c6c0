"""Build ``redactor/data/names.tsv.gz``, the name gazetteer, from faker's locale data and
nomquamgender's given names.

faker ships first and last names for some ninety locales (its ``providers/person/<locale>``
modules) and place names (``providers/address/<locale>``), but only a few hundred a locale and
none for most of Africa and Asia's languages: no "Pravin", "Nevzat", "Maxamed" or "Rajasekaran".
nomquamgender (MIT) ships the given names of 36 name-and-gender sources from every continent
(censuses, birth registers, authors of papers, Wikidata, 700,000 keys); a name that at least
:data:`NQG_MIN_SOURCES` of them hold is added as a given name of one locale, flagged "G",
unless faker has it already or it is an English dictionary word or common in English
("ravine", "river", "garden", "sofa" are in some sources too).  Only the name recognizer sees
the "G" names (:func:`redactor.lexicon.names.finder_gazetteer`): they make a word a person
where the text says it is one, but the filters' and resolution's "a word no list knows"
still holds for them (a village that is somebody's given name somewhere stays a place).  This script folds every name the way
:func:`redactor.lexicon.folding.fold_name` does (anyascii + casefold, apostrophes dropped), merges them,
and writes one line per folded name: ``name, flags (F first, L last, P place, G second source only), locale count,
English Zipf frequency x10, English excess x10, first-name locales, last-name locales``.  The
Zipf and excess figures come from wordfreq and tell the recognizer whether the name is also an
ordinary English word: the excess is how much more frequent the word is in English than the
median of other languages, which is high for "hope" or "summer" and low for "john", whose
frequency comes from people called John everywhere.  The two locale counts are written only for a
name that is both a first and a last name ("hassan": a first name in 7 locales, a last name in
3), so entity resolution can tell a given name that some lists also give as a surname from a
real surname.

Run it from the repository root after upgrading faker, nomquamgender or wordfreq, with the
English spaCy model installed (its dictionary words are left out), and commit the result:

    python tools/build_names.py

faker, nomquamgender and wordfreq are needed only here; the package reads the generated file.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import importlib.metadata
import importlib.util
import json
import math
import pkgutil
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import faker
import faker.providers.address
import faker.providers.person
import wordfreq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from redactor.lexicon.dictionary import is_dictionary_word  # noqa: E402  (needs the path set just above)
from redactor.lexicon.folding import fold_name  # noqa: E402
from redactor.lexicon.places import public_places  # noqa: E402

OUTPUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "names.tsv.gz"

# Person-provider attributes that hold names; everything else on the providers is formats,
# prefixes, suffixes or language names.
NAME_ATTRIBUTE = re.compile(r"^(first|last|middle|male_last|unisex_last)_\w*names?\w*$")
# Attributes of the address providers that hold single place names worth knowing.
PLACE_ATTRIBUTES = (
    "countries", "cities", "city_names", "states", "provinces", "regions", "counties",
    "districts", "wilayas", "localities", "luzon_provinces", "visayas_provinces",
    "mindanao_provinces", "metro_manila_lgus",
)
# Languages compared with English to measure how English-specific a word is.  Chosen because
# wordfreq has large lists for them and they need no extra tokenizer packages.
OTHER_LANGUAGES = (
    "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "fi", "cs", "hu", "ro", "tr", "id", "ru",
    "uk", "ar", "he", "el", "vi", "da", "nb", "ca", "lt", "lv", "sk", "sl", "bg", "fa", "hi",
    "bn", "ms", "fil",
)
# Scripts that anyascii turns into consonant skeletons ("mhmd") or wrong readings (kanji read as
# Chinese): such entries would add noise, and the same names come in Latin from other locales.
SKIPPED_SCRIPTS = ("ARABIC", "HEBREW", "HIRAGANA", "KATAKANA", "CJK")
# A nomquamgender name is added when this many of its sources hold it: one or two sources hold
# words and typing slips ("ravine" 2, "table" 1), five or more hold names of every tradition
# ("maxamed" 5, "rajasekaran" 5, "nevzat" 14, "pravin" 15).
NQG_MIN_SOURCES = 5
# ... and when it is rarer than this in English (Zipf): "pravin" 2.2, "savita" 2.0; not
# "anakin", "barack" or "django", which wordfreq finds as often as a word.
NQG_MAX_ZIPF = 3.0
# The shape of a nomquamgender name worth adding: one word of four letters or more.
NQG_NAME = re.compile(r"[a-z]{4,}")
# nomquamgender's data: name -> [sources, counts, share of women, ...].
NQG_DATA = "name_data.json"


def skipped_script(name: str, locale: str) -> bool:
    """True if ``name`` is written in a script whose anyascii form is no use for lookup."""
    for char in name:
        if ord(char) < 0x250:
            continue
        script = unicodedata.name(char, "")
        if any(script.startswith(prefix) for prefix in SKIPPED_SCRIPTS):
            # Hanzi are fine for Chinese (anyascii gives pinyin), not for Japanese.
            return not (script.startswith("CJK") and locale.startswith("zh"))
    return False


def name_values(value: object) -> list[str]:
    """Names held by one provider attribute: a tuple, list, weighted dict or tuple of pairs."""
    items = value.keys() if isinstance(value, dict) else value
    names: list[str] = []
    for item in items:  # type: ignore[union-attr]
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, tuple) and item and isinstance(item[-1], str):
            # ja_JP pairs: (kanji, kana, romanised); only the romanised form is useful.
            names.append(item[-1])
    return names


def split_name(name: str) -> list[str]:
    """Words of a name worth storing: "de la Cruz" gives "Cruz", particles are left out."""
    words = name.split()
    if len(words) == 1:
        return words
    return [word for word in words if word[:1].isupper()]


def provider_modules(package: object) -> list[tuple[str, object]]:
    """(locale, Provider class) for every locale sub-package of a faker provider package."""
    found = []
    for module in pkgutil.iter_modules(package.__path__):  # type: ignore[attr-defined]
        if module.ispkg:
            imported = importlib.import_module(f"{package.__name__}.{module.name}")  # type: ignore[attr-defined]
            found.append((module.name, imported.Provider))
    return found


def collect() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """Folded first names, last names and places, each mapped to the locales that have it."""
    firsts: dict[str, set[str]] = defaultdict(set)
    lasts: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)
    for locale, provider in provider_modules(faker.providers.person):
        for attribute in dir(provider):
            if not NAME_ATTRIBUTE.match(attribute):
                continue
            value = getattr(provider, attribute)
            if not isinstance(value, (tuple, list, dict)):
                continue
            target = lasts if "last" in attribute else firsts
            for name in name_values(value):
                if skipped_script(name, locale):
                    continue
                for word in split_name(name):
                    folded = fold_name(word)
                    if keep(folded):
                        target[folded].add(locale)
    for locale, provider in provider_modules(faker.providers.address):
        for attribute in PLACE_ATTRIBUTES:
            # Many towns are named after people; only countries and regions mark a person's
            # name as a place ("Georgia", "Jordan"), towns are kept when they are no name.
            regional = attribute not in ("cities", "city_names", "localities", "metro_manila_lgus")
            value = getattr(provider, attribute, None)
            if not isinstance(value, (tuple, list, dict)):
                continue
            for name in name_values(value):
                if " " in name.strip() or skipped_script(name, locale):
                    continue
                folded = fold_name(name)
                if keep(folded) and (regional or (folded not in firsts and folded not in lasts)):
                    places[folded].add(locale)
    return firsts, lasts, places


def nqg_names(known: set[str]) -> dict[str, set[str]]:
    """nomquamgender's given names (:func:`nqg_kept`) that ``known`` (faker's names and places)
    lacks, each mapped to the one pseudo-locale "nqg".  The data file is read as it is
    installed: importing the package would import pandas."""
    if not is_dictionary_word("table"):
        raise SystemExit("the English spaCy model is needed: its dictionary words are left out")
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is needed: pip install nomquamgender")
    data = json.loads((Path(spec.submodule_search_locations[0]) / NQG_DATA).read_text(encoding="utf-8"))
    return {folded: {"nqg"} for folded in nqg_kept(data) if folded not in known}


def nqg_kept(data: dict[str, list]) -> list[str]:
    """The folded names of nomquamgender's ``data`` that at least NQG_MIN_SOURCES of its
    sources hold: single names of four letters or more (a hyphenated one is looked up by its
    parts; three letters hold titles and syllables, "ato", "ibu", "nei"), no English dictionary
    word, rare in English, and no country, region or large city (:func:`public_places`:
    "Ankara", "Kigali")."""
    places = public_places()
    kept = set()
    for name, figures in data.items():
        folded = fold_name(name)
        if figures[0] < NQG_MIN_SOURCES or not NQG_NAME.fullmatch(folded) or folded in places:
            continue
        if not is_dictionary_word(folded) and wordfreq.zipf_frequency(folded, "en") < NQG_MAX_ZIPF:
            kept.add(folded)
    return sorted(kept)


def keep(folded: str) -> bool:
    """Folded names of two letters or more, letters and inner hyphens only."""
    return len(folded) >= 2 and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", folded) is not None


def zipf(frequencies: dict[str, float], word: str) -> float:
    """Zipf value (log10 per billion words) of ``word`` in one wordfreq list, 0 if absent."""
    frequency = frequencies.get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def english_figures(words: list[str]) -> dict[str, tuple[float, float]]:
    """word -> (English Zipf, English Zipf minus the median Zipf in the other languages)."""
    english = wordfreq.get_frequency_dict("en")
    own = {word: zipf(english, word) for word in words}
    del english
    others: dict[str, list[float]] = {word: [] for word in words if own[word] > 0}
    for language in OTHER_LANGUAGES:
        frequencies = wordfreq.get_frequency_dict(language)
        for word, values in others.items():
            values.append(zipf(frequencies, word))
        del frequencies
    return {
        word: (own[word], own[word] - statistics.median(others[word]) if word in others else 0.0)
        for word in words
    }


def build(output: Path) -> int:
    """Write the gazetteer file; return the number of names written."""
    firsts, lasts, places = collect()
    firsts.update(nqg_names(set(firsts) | set(lasts) | set(places)))
    words = sorted(set(firsts) | set(lasts) | set(places))
    figures = english_figures(words)
    lines = [
        f"# name gazetteer built by tools/build_names.py from faker {faker.VERSION}, "
        f"nomquamgender {importlib.metadata.version('nomquamgender')} "
        f"and wordfreq {importlib.metadata.version('wordfreq')}",
        "# name\tflags\tlocales\tzipf_en_x10\texcess_en_x10\tfirst_locales\tlast_locales",
    ]
    for word in words:
        flags = ("F" if word in firsts else "") + ("L" if word in lasts else "")
        flags += "P" if word in places else ""
        flags += "G" if firsts.get(word) == {"nqg"} and word not in lasts else ""
        locales = len(firsts.get(word, set()) | lasts.get(word, set()))
        english, excess = figures[word]
        # The excess only tells anything about words that are common in English at all.
        excess = excess if english >= 3.5 else 0.0
        fields = [word, flags, str(locales), str(round(english * 10)), str(round(excess * 10))]
        if word in firsts and word in lasts:
            fields += [str(len(firsts[word])), str(len(lasts[word]))]
        # Most names are rare in English: trailing zero fields are left out to keep it small.
        while fields[-1] == "0":
            fields.pop()
        lines.append("\t".join(fields))
    write_lines(output, lines)
    return len(words)


def write_lines(output: Path, lines: list[str]) -> None:
    """Write ``lines`` gzipped, with no name and mtime=0 in the gzip header: the file is
    byte-identical between runs."""
    with output.open("wb") as raw, gzip.GzipFile(
        filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0
    ) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    arguments = parser.parse_args()
    count = build(arguments.output)
    print(f"wrote {count} names to {arguments.output} ({arguments.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
