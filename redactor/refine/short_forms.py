"""Short forms of a name said in the same file: one person, one pseudonym.

People shorten names in ways no list holds: "Rosalind Achterberg" is "Rosie" two lines on,
"Meskerem" is "Mesi", "Kwabena" "Kwabs", "Teodora" "Teo", "Josephina" "Jojo", "ionela" "nela",
and a surname becomes a nickname cut short ("cristea" ... "cris", "pârvulescu" ... "pârvu").
Resolution joins a lone name to a full one only by the name lists or a clipping of four letters
or more, so each such form kept a pseudonym of its own, or was not found at all.  Run per
document after the nickname step, before resolution: a lone word that is such a form of exactly
one person named in full in the file (``pet_form_of``, ``clipped_surname_of``) is that person
(a PERSON mention keyed by the full name, which resolution reads), whether a detector found it
or not.  Where two people of the file, or a name said alone there, could be its source, nothing
is linked: a split is better than a wrong merge.  A common English word ("mob", "mess") is never
taken for a short form, a lower-case word only where the file writes the person's name in lower
case too, and a given name many countries use of its own ("Marta", "Rosa", "Dan") is that name,
not a short form of a longer one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import GivenNames
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.folding import fold_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import (
    DETERMINERS,
    FUNCTION_WORDS,
    clipped_surname_of,
    default_gazetteer,
    pet_form_of,
)
from redactor.lexicon.titles import NOT_NAME_WORDS
from redactor.model import Mention

DETECTOR = "ShortForm"
_SCORE = 0.6
# A word on its own, not part of a hyphenated or elided one ("Teo", "Rosie's"; not "don't").
_WORD = own_compiled(r"(?<![\p{L}\p{M}\p{N}'’-])\p{L}[\p{L}\p{M}]{2,}(?![\p{L}\p{M}\p{N}-])")
_WORD_BEFORE = own_compiled(r"(?<![\p{L}\p{M}])(\p{L}+)[^\S\n]+$")
# A capitalised short form must be rarer than this in English (Zipf); a lower-case one rarer
# than the second unless a name list knows it, and than the first when it does.
_CAPITALISED_ZIPF = 3.5
_LOWER_KNOWN_ZIPF = 3.0
_LOWER_ZIPF = 2.0
# A given name this many countries' lists hold is a name of its own ("Marta", "Rosa", "Dan"),
# not a short form of a longer one ("Martina", "Rosalind", "Daniela").
_OWN_NAME_LOCALES = 5
# A given name kept to its end ("nela" of Ionela): at least this many letters, two left out.
_END_CLIPPED = 4
_MONTHS_AND_DAYS = frozenset(w.casefold() for w in MONTHS_AND_DAYS)


@dataclass(frozen=True)
class _Named:
    """Someone the file names: a full name (given name, surname) or a name said alone."""

    first: str
    last: str
    key: str
    lower: bool  # written in lower case (a caption)
    identity: bool  # a detector's identity (a source profile): never keyed from here


def link_short_forms(text: str, mentions: Sequence[Mention], names: GivenNames) -> list[Mention]:
    """``mentions`` with each lone word that is a short form of exactly one person named in
    full in ``text`` made that person's mention (keyed by the full name): a lone person mention
    a detector found, and a word no detector found (see the module's doc)."""
    people, name_words = _people(mentions, names)
    if not any(p.last for p in people):
        return list(mentions)
    out = []
    for m in mentions:
        tokens = person_tokens(m.text)
        if m.entity_type == "PERSON" and len(tokens) == 1 and not (m.key and person_tokens(m.key) != tokens) \
                and m.detector not in AUTHORITATIVE and tokens[0] not in name_words:
            source = _source(_word_of(m.text), tokens[0], people, names)
            if source is not None:
                m = replace(m, key=source.key, score=max(m.score, _SCORE))
        out.append(m)
    added = _unfound(text, out, people, name_words, names)
    return sorted([*out, *added], key=lambda m: (m.start, m.end)) if added else out


def _word_of(text: str) -> str:
    """The last word of a mention's text as written ("Rosie" of "Auntie Rosie")."""
    words = _WORD.findall(text)
    return words[-1] if words else text


def _people(mentions: Sequence[Mention], names: GivenNames) -> tuple[list[_Named], set[str]]:
    """The people ``mentions`` name: each full name once (one person written two ways, "Kolya"
    and "Mykola" Hrytsenko, once), then each name said alone that is no word of a full name;
    and every word of a full name."""
    full = [m for m in mentions if m.entity_type == "PERSON" and len(_tokens_of(m)) >= 2]
    name_words = {t for m in full for t in _tokens_of(m)}
    people: list[_Named] = []
    for m in full:
        tokens = _tokens_of(m)
        first, last = tokens[0], tokens[-1]
        if not any(p.last == last and names.are_variants(skeleton(p.first), skeleton(first)) for p in people):
            people.append(_Named(first, last, " ".join(tokens), m.text.islower(), m.known_identity))
    alone = {t[0] for m in mentions if m.entity_type in {"PERSON", "CALL_SIGN"}
             and len(t := person_tokens(m.text)) == 1 and t[0] not in name_words}
    people += [_Named(word, "", word, False, False) for word in sorted(alone)]
    return people, name_words


def _tokens_of(m: Mention) -> tuple[str, ...]:
    """A person mention's name words: its key's when a step spelled the name out."""
    return person_tokens(m.key if m.key and not m.known_identity else m.text)


def _source(word: str, folded: str, people: Sequence[_Named], names: GivenNames) -> _Named | None:
    """The one person named in full whose short form ``word`` (as written; ``folded``) is, when
    it may be one (``_may_be_short``) and no one else said in the file could be its source; not
    a form the name lists hold (resolution joins those) nor a source profile's name."""
    if not _may_be_short(word, folded):
        return None
    form = skeleton(folded)
    sources = [p for p in people if p.first != folded and (_given_source(folded, form, p.first, names) or (
        bool(p.last) and clipped_surname_of(folded, p.last)))]
    if len(sources) != 1 or not sources[0].last or sources[0].identity:
        return None
    source = sources[0]
    if names.are_variants(form, skeleton(source.first)) or (word.islower() and not source.lower):
        return None
    return source


def _given_source(folded: str, form: str, first: str, names: GivenNames) -> bool:
    """Whether ``folded`` may be a short form of the given name ``first``: a pet form of its
    start, its end ("nela" of Ionela), or a form the name lists hold (which blocks, never links)."""
    if pet_form_of(folded, first) or names.are_variants(form, skeleton(first)):
        return True
    return len(folded) >= _END_CLIPPED and len(first) - len(folded) >= 2 and first.endswith(folded)


def _may_be_short(word: str, folded: str) -> bool:
    """Whether a word may be a short form of a name: no function, title or calendar word, no
    everyday English word (``_CAPITALISED_ZIPF`` and the lower-case limits), and no given name
    of its own that many countries use."""
    if folded in FUNCTION_WORDS or folded in NOT_NAME_WORDS or folded in _MONTHS_AND_DAYS or not word.isalpha():
        return False
    if not (word[:1].isupper() and word[1:].islower()) and not word.islower():
        return False  # "TEO", "McTeo": no short form's shape
    info = default_gazetteer().lookup(word)
    if info is not None and info.first and info.locales >= _OWN_NAME_LOCALES:
        return False
    known = info is not None and info.is_name_not_word
    zipf = zipf_frequency(folded, "en")
    if word[:1].isupper():
        return known or zipf < _CAPITALISED_ZIPF
    return zipf < _LOWER_ZIPF or (known and zipf < _LOWER_KNOWN_ZIPF)


def _unfound(text: str, mentions: Sequence[Mention], people: Sequence[_Named], name_words: set[str],
             names: GivenNames) -> list[Mention]:
    """A person mention, keyed by the full name, for each word no detector found that is a
    short form of exactly one person of the file (``_source``); not after a determiner ("the
    Teo bar")."""
    starts = {p.first[:3] for p in people if p.last} | {p.last[:3] for p in people if p.last}
    ends = {p.first[-_END_CLIPPED:] for p in people if p.last}
    taken = sorted((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    found: dict[str, _Named | None] = {}
    for match in _WORD.finditer(text):
        word = match.group()
        folded = fold_name(word)
        if folded[:3] not in starts and folded[-_END_CLIPPED:] not in ends or folded in name_words:
            continue
        if word not in found:
            found[word] = _source(word, folded, people, names)
        source = found[word]
        if source is None or _covered(taken, *match.span()) or _after_determiner(text, match.start()):
            continue
        added.append(Mention(match.start(), match.end(), "PERSON", _SCORE, DETECTOR, word, key=source.key))
    return added


def _covered(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)


def _after_determiner(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in DETERMINERS
