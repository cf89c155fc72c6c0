"""A road or a street named in a lower-case caption, without a house number: "on the harrowden
road in wellingborough", "my dad's a trapper up the klondike highway", "the house on cromane
road", "two doors down from me on ninoshvili street".

The address rules take a street with its number ("twelve cromane road"); said without one, a
caption's street is one or two words the model never sees as a name (no capital) before a word
for a way.  :class:`NamedWayRecognizer` finds, on caseless lines
(:func:`redactor.detect.casing.caseless_lines`), one or two words rare in English
(``RARE_WORD_ZIPF``: no "main road", "high street", "long lane", "the new road") right before
one of :data:`WAY_WORDS`, the way word included.  The name must be no public place's (a
country's, a region's or a large city's road, "the kabul road", names a route, not a spot) and
no month or day ("the march road" is no name).

On lines with capitals the model and the place rules see "Harrowden Road" by its capitals.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from redactor.detect.casing import RARE_WORD_ZIPF, english_zipf
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.names import FUNCTION_WORDS
from redactor.lexicon.places import fold_place, public_places

RECOGNIZER_NAME = "NamedWayRecognizer"
SCORE = 0.5
# Words for a way that follow its name in English ("cromane road", "kukum highway"); not
# "drive", "close", "way" or "place", which follow common words as often ("a long drive").
WAY_WORDS = frozenset("road street lane avenue highway boulevard crescent".split())
# A market named so ("her stall at kejetia market", "under the flyover at bodija market"): as a
# street's, its name takes no article; "the plantain market", "a bushmeat market" say what is
# sold there, not which market it is.
MARKET_WORDS = frozenset(("market", "bazaar"))
_WAY = own_compiled(
    r"(?<![\p{L}\d'’-])(?:(?P<first>\p{Ll}[\p{Ll}'’-]*\p{Ll})[^\S\n]+)?(?P<second>\p{Ll}[\p{Ll}'’-]*\p{Ll})"
    rf"[^\S\n]+(?P<way>{'|'.join(sorted(WAY_WORDS | MARKET_WORDS))})(?![\p{{L}}\d'’-])")
# The word before a name that makes it a route or a kind, not a name: "the kabul road" (the road to
# Kabul; "on jhang road" is a street named after the town, as "Oxford Street" is), "the plantain market".
_ARTICLE_BEFORE = own_compiled(
    r"(?<![\p{L}\d'’-])(?:the|a|an|this|that|our|my|his|her|their|your|its|every|each|one|any|some)[^\S\n]+$")
_MIN_LETTERS = 3


class NamedWayRecognizer(LowerCasePlaceRecognizer):
    """LOCATION for a road or a street named in a lower-case caption (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "named road or street"

    @staticmethod
    def find(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
        return find_named_ways(text, flags)


def find_named_ways(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each named road or street on the lines ``flags`` marks caseless."""
    for match in _WAY.finditer(text):
        if not flags or not flags[text.count("\n", 0, match.start())]:
            continue
        if not _name_word(match["second"]):
            continue
        start = match.start("first") if match["first"] and _name_word(match["first"]) else match.start("second")
        article = _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None
        if article and (match["way"] in MARKET_WORDS or fold_place(text[start:match.start("way")]) in public_places()):
            continue
        yield start, match.end("way")


def _name_word(word: str) -> bool:
    """A word of a way's name: rare in English, no function word, month or day."""
    folded = word.casefold()
    return len(word) >= _MIN_LETTERS and folded not in FUNCTION_WORDS and folded not in MONTHS_AND_DAYS \
        and english_zipf(word) < RARE_WORD_ZIPF
