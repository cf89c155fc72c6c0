"""Build ``redactor/data/international_words.txt.gz``: words used about as often in other
languages as in English, which in lower-case captions are mostly proper nouns.

wordfreq counts words lower-cased, so a famous surname is "common English" there ("hitler" 4.2,
"lenin" 3.4, "mandela" 3.4) and case restoration left it in lower case.  What sets it apart from
an English word of the same frequency ("village", "tonight") is that it is about as frequent in
other languages: the same test the name gazetteer's "excess" makes (``tools/build_names.py``).
This script lists the English words between :data:`MIN_ZIPF` (below it a word is rare enough to
be capitalised anyway) and :data:`MAX_ZIPF` whose English frequency exceeds the median of the
other languages by at most :data:`MAX_EXCESS`.  The list also holds some loan words ("pizza",
"agenda"): capitalising them only lets the model consider them, and it rarely calls them people.

Run it from the repository root after upgrading wordfreq, and commit the result:

    python tools/build_international_words.py
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import statistics
import sys
from pathlib import Path

import wordfreq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_names import (  # the same measure as the gazetteer
    OTHER_LANGUAGES,
    write_lines,
    zipf,
)

OUTPUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "international_words.txt.gz"
MIN_ZIPF = 3.0  # redactor.detect.casing.RARE_WORD_ZIPF
MAX_ZIPF = 4.6
MAX_EXCESS = 0.4
MIN_LENGTH = 4
_PLAIN = re.compile(r"[a-z]+")
# The gazetteer's languages written in Latin letters and with wordfreq's large lists: a Latin
# name is absent from other scripts' lists, and from small lists below Zipf 3, whatever its fame,
# which would pull every median down.
LATIN_LANGUAGES = tuple(language for language in OTHER_LANGUAGES
                        if language in {"ca", "cs", "de", "es", "fi", "fr", "it", "nb", "nl", "pl", "pt", "sv"})


def excess(words: list[str], english: dict[str, float]) -> dict[str, float]:
    """word -> English Zipf minus the median Zipf over :data:`LATIN_LANGUAGES`."""
    others: dict[str, list[float]] = {word: [] for word in words}
    for language in LATIN_LANGUAGES:
        frequencies = wordfreq.get_frequency_dict(language)
        for word, values in others.items():
            values.append(zipf(frequencies, word))
        del frequencies
    return {word: zipf(english, word) - statistics.median(values) for word, values in others.items()}


def build(output: Path) -> int:
    """Write the list; return the number of words written."""
    english = wordfreq.get_frequency_dict("en")
    candidates = sorted(
        word for word in english
        if len(word) >= MIN_LENGTH and _PLAIN.fullmatch(word) and MIN_ZIPF <= zipf(english, word) < MAX_ZIPF)
    figures = excess(candidates, english)
    words = [word for word in candidates if figures[word] <= MAX_EXCESS]
    header = (f"# words as frequent in other languages as in English, built by "
              f"tools/build_international_words.py from wordfreq {importlib.metadata.version('wordfreq')}")
    write_lines(output, [header, *words])
    return len(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    output = parser.parse_args().output
    print(f"wrote {build(output)} words to {output} ({output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
