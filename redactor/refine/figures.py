"""One decision per public figure: every mention of an office holder stays, in every file.

The filters keep a name where its office is said ("The minister, Anna Lindqvist, said",
"President Ruto", "the governor of the central bank, Karim Haddad": :mod:`redactor.detect.offices`),
but the same person named again without the title ("Lindqvist said later") is found by the
model as anyone's name.  Replacing one mention and keeping the other would leave the surname
standing beside its replacement, and the leak audit (rightly) refuses to write such a file.

So the run's figures are read from its texts - capitalised names, two to four words or one
after a title, that hold a public office where they stand - and a person's mention elsewhere
whose words are all the figure's, its surname among them, is kept too.  Not a mention a source
profile or a watchlist knows, one with a source's label, nor one a relation, a role or a title
makes private ("my cousin Lindqvist").
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Iterable, Sequence

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.prefilter import own_compiled
from redactor.lexicon.folding import fold_name, strip_possessive
from redactor.model import Mention

# A capitalised name of one to four words, particles allowed between them ("Bashar al-Assad",
# "Ursula von der Leyen").
_NAME_RUN = own_compiled(
    r"(?<![\w'’.-])\p{Lu}[\w'’-]+(?:[^\S\n]+(?:(?:al|el|van|von|der|de|da|di|du|dos|bin|ibn|le|la)[^\S\n]+){0,2}"
    r"\p{Lu}[\w'’-]+){0,3}")
# An office's word near a name: only such names are tried.
_OFFICE_NEAR = re.compile(
    r"president|minister|premier|chancellor|senator|governor|king|queen|pope|emir|ayatollah|mayor|"
    r"secretary|commissioner|chair|justice|general", re.IGNORECASE)
# Each place one of those words starts at, with the word (the look-ahead finds overlapping ones).
_OFFICE_AT = re.compile(rf"(?=({_OFFICE_NEAR.pattern}))", re.IGNORECASE)
_NEAR = 90
_PARTICLES = frozenset("al el van von der de da di du dos bin ibn le la".split())
# Titles that may lead a mention of the figure ("Minister Lindqvist", "Mr Haddad").
_TITLE_WORDS = frozenset("""
mr mrs ms miss dr madam president minister premier chancellor senator governor mayor king queen pope
emir prime
""".split())

Office = Callable[[str, int, int], bool]


def _words(text: str) -> list[str]:
    """The folded words of a name ("al-Assad's" → "al", "assad")."""
    return [w for w in map(fold_name, strip_possessive(text.strip()).replace("-", " ").split()) if w]


def _figure_in(text: str, start: int, end: int, holds_office: Office) -> tuple[str, ...] | None:
    """The longest tail of the capitalised run ``text[start:end]`` that holds a public office
    where it stands, as folded words without its titles."""
    for word in re.finditer(r"\S+", text[start:end]):
        words = [w for w in _words(text[start + word.start():end]) if w not in _TITLE_WORDS]
        if words and holds_office(text, start + word.start(), end):
            return tuple(words)
    return None


def _office_words(text: str) -> tuple[list[int], list[int]]:
    """Where each office's word stands in ``text``: the starts, in order, and the ends.  Every
    place ``_OFFICE_NEAR`` matches at, overlapping ones too (a look-ahead); no word of it starts
    another, so one word at most matches at a place."""
    starts, ends = [], []
    for word in _OFFICE_AT.finditer(text):
        starts.append(word.start())
        ends.append(word.end(1))
    return starts, ends


def _office_near(words: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether an office's word stands wholly inside ``text[start:end]`` (what
    ``_OFFICE_NEAR.search(text, start, end)`` tells, read from ``_office_words``)."""
    starts, ends = words
    at = bisect.bisect_left(starts, start)
    while at < len(starts) and starts[at] < end:
        if ends[at] <= end:
            return True
        at += 1
    return False


def public_figures(text: str, holds_office: Office) -> set[tuple[str, ...]]:
    """The names (folded words) of the office holders ``text`` names by their office."""
    figures = set()
    words: tuple[list[int], list[int]] | None = None
    for run in _NAME_RUN.finditer(text):
        if words is None:
            words = _office_words(text)  # one search of the text, not one per name
        if not _office_near(words, max(0, run.start() - _NEAR), min(len(text), run.end() + _NEAR)):
            continue
        figure = _figure_in(text, run.start(), run.end(), holds_office)
        if figure is not None:
            figures.add(figure)
    return figures


def _of_figure(words: Sequence[str], figures: Iterable[tuple[str, ...]]) -> bool:
    """All ``words`` (titles aside) are one figure's, its surname among them."""
    named = [w for w in words if w not in _TITLE_WORDS]
    return bool(named) and any(set(named) <= set(f) and f[-1] in named for f in figures)


def keep_figures(text: str, mentions: Sequence[Mention], figures: Iterable[tuple[str, ...]],
                 private_before: Callable[[str, int], bool]) -> list[Mention]:
    """``mentions`` without the people's mentions that name one of ``figures``."""
    figures = [f for f in figures if f and f[-1] not in _PARTICLES]
    if not figures:
        return list(mentions)
    return [m for m in mentions if not (
        m.entity_type == "PERSON" and m.detector not in AUTHORITATIVE and not m.known_identity and not m.label
        and _of_figure(_words(m.text), figures) and not private_before(text, m.start))]
