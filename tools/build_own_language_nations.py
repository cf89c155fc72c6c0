"""Build ``redactor/data/own_language_nations.txt``: each country's name and its national word
in the country's own official languages ("Danmark" and "dansk", "Srbija", "Suomi", "Aotearoa"),
from the Unicode CLDR data that Babel ships, so that a national body or company named in its
own language ("Danske Spil", "svensk travsport", "Infrastruktura železnice Srbije", "Suomen
Pankki") is known by the same rule as one named in English ("the Bank of Finland").

For every country and territory, each language CLDR records as official there (de facto too)
gives two things: the country's name in that language, and the language's own name, which in
most European languages is also the national adjective ("dansk", "svenska", "norsk", "polski",
"hrvatski", "español", "magyar").  Only names in the Latin script are kept (a transcript in
English writes them so); a language's own name that is not an adjective ("slovenščina",
"čeština") is harmless, as no body's name starts with it.

Marks: ``country`` (a name of the country in its own language) and ``national`` (the
language's own name, the national word).  The inflections a name takes inside a body's name
("Srbije", "Latvijas", "Suomen", "danske") are made by :mod:`redactor.detect.own_language_bodies`
when the file is read, not here.

Babel is needed only to run this script (``pip install babel``), not by the package.  Run it
from the repository root after upgrading Babel, and commit the result:

    python tools/build_own_language_nations.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from babel import Locale, UnknownLocaleError, languages
from babel.core import get_global

OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "own_language_nations.txt"
HEADER = """\
# A country's name and its national word in the country's own official languages, from the
# Unicode CLDR data of Babel {version} (tools/build_own_language_nations.py; do not edit).
# <mark><TAB><name>; mark: country (the country's name) or national (the language's own name).
"""


def _latin(name: str) -> bool:
    """Written in the Latin script only (letters, spaces, apostrophes, hyphens, dots)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def rows() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for territory in get_global("territory_languages"):
        if not (len(territory) == 2 and territory.isalpha()):
            continue  # a region of the world ("001", "419"), not a country
        for code in languages.get_official_languages(territory, de_facto=True):
            try:
                locale = Locale.parse(code)
            except (UnknownLocaleError, ValueError):
                continue
            country = locale.territories.get(territory)
            language = locale.languages.get(locale.language)
            if country and _latin(country):
                found.add(("country", country))
            if language and _latin(language):
                found.add(("national", language))
    return found


def main() -> None:
    import babel

    lines = [f"{mark}\t{name}" for mark, name in sorted(rows())]
    OUT.write_text(HEADER.format(version=babel.__version__) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(lines)} names")


if __name__ == "__main__":
    main()
