"""A small firm, club or church named in a caption's lower case, ending in what it is: "tantely
vanilla cooperative", "shree ram salt traders", "beauchene fisheries", "gimli curling club",
"dunmore funeral holdings", "periköy balloons", "tuitt aggregates".

English names a firm, a club or a congregation by a distinctive word, what it deals in, then what
it is (its head: the workplaces pack's ``firm_head``: "cooperative", "traders", "fisheries",
"holdings", "club", "chapel", "casino", "& sons" ...).  A caption writes it in lower case, where
the model finds nothing of it or only its distinctive word, as a person or a place ("shree ram",
"gimli"); what is left beside the replacement ("[PERSON 1] salt traders") still says which firm.
:class:`FirmHeadRecognizer` finds the name with its head, whole, on a caption's lower-case lines:

- one to three words of name (two rare ones may be joined by "no", "de", "da" ...: "kita no
  daichi cooperative"), then up to two words of what it deals in or does ("salt", "curling",
  "funeral"), then the head, with up to one closing word after it ("international", "limited");
- no word of it is a function word, a number, a month or a day, or a verb's (a verb only, or a
  verb's form in "-s" or "-ed": "kwabena sells fish traders");
- at least one word before the head is none of the dictionary's, rare in English and of four
  letters or more (a coined word, a family name, a small place: "tantely", "tuitt", "gimli"; not
  a body's or a country's letters, "ngo", "png"), and none is a country, a
  region or a large city (a public place: "the london football club" is left) or a kind of
  firm said before its name.  "the fishing cooperative", "a big casino", "the pentecostal
  church" and "the local curling club" hold no such word and are left.

A head only a firm's name ends in (the pack's ``firm_head_of_words``: "resort", "casino",
"charters", "placers", "car wash") takes two or three everyday words of name too, none of them
one that says which of a kind ("big", "new", "local"): "coral cove resort", "star bay casino",
"golden bench placers", "sparkle hand car wash".

On a line with capitals the model finds most such names; it misses some whose words are English
("Badlands Fluid Transport", "Harbourview Citizenship Services"): two or three capitalised words
before a capitalised head are taken there, none of them a function word, a kind of employer, a
word that says which ("National", "New") or a public place ("Lagos Traders" is left).

A firm named by its kind and a rare name is said again by its name alone ("Pivovar Chmelná" ...
"chmelná is still selling"): :func:`name_without_kind` gives that name for propagation.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from redactor.detect.casing import marked_lines
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.firm_kinds import is_kind, kinds_before_name, line_words
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import is_dictionary_word, parts_of_speech, stop_words
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FILLERS, FUNCTION_WORDS, default_gazetteer
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.lexicon.places import fold_place, public_places

RECOGNIZER_NAME = "FirmHeadRecognizer"
SCORE = 0.6
_MAX_NAME_WORDS = 3
_MAX_TRADE_WORDS = 2
_RARE_ZIPF = 3.5  # a word no dictionary has and rarer than this is a name's
# Words that say which of a kind rather than name one: "the big casino", "the new beach resort".
_NOT_NAME_WORDS = frozenset("""big small new old local same other whole main nearby little private public national
state biggest first second last only good bad""".split())
_CLOSERS = frozenset("international limited ltd group company".split())
_NUMBERS = own_compiled(rf"(?:{NUMBER_WORDS_TO_99})(?:-\w+)?", regex.IGNORECASE | regex.VERSION1)
_GAP = own_compiled(r"[^\S\n]+")
# Joiners between two rare words of a name: "kita no daichi", "casa de pinho", "dan og sen".
_JOINERS = frozenset("no de da do du del di la le og en".split())
# Words a firm's bare name is said after: "i work at", "four years now, for", "hired by".
_NAME_CUES = frozenset("at for with from by".split())


@functools.cache
def _heads() -> tuple[tuple[str, ...], ...]:
    """The heads of ``firm_head``, each as its words, longest first."""
    from redactor.detect.packs import builtin_vocabulary

    heads = {tuple(w.casefold().split()) for w in builtin_vocabulary("workplaces", "firm_head")}
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


@functools.cache
def _heads_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The heads of ``_heads`` by their first word, in its order: a word is tried against only
    the heads it may open (a caption's every word was tried against all of them)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for head in filter(None, _heads()):
        by_first.setdefault(head[0], []).append(head)
    return {word: tuple(heads) for word, heads in by_first.items()}


@functools.cache
def _word_heads() -> tuple[str, ...]:
    from redactor.detect.packs import builtin_vocabulary

    return tuple(sorted({w.casefold() for w in builtin_vocabulary("workplaces", "firm_head_of_words")}))


def _employer_kind(word: str) -> bool:
    """A word that says what kind of employer ("ngo", "company", "agency")."""
    from redactor.detect.recognizers.firm_appositions import firm_kinds

    return word.casefold() in firm_kinds()


def _plain(word: str) -> bool:
    """A lower-case word a firm's name or trade may hold (see the module)."""
    folded = word.casefold()
    if not word.islower() or folded in FUNCTION_WORDS or folded in stop_words() or folded in MONTHS_AND_DAYS or _NUMBERS.fullmatch(folded):
        return False
    verb = "verb" in parts_of_speech(folded)
    return not (verb and (folded.endswith(("s", "ed")) or parts_of_speech(folded) == frozenset({"verb"})))


def _coined(word: str) -> bool:
    """A word no dictionary has and rare in English: a coined word, a family name, a place; of four
    letters at least (a shorter one is as often a body's or a country's letters: "ngo", "png")."""
    folded = word.casefold()
    return len(folded) > 3 and not is_dictionary_word(folded) and zipf_frequency(folded, "en") < _RARE_ZIPF


def _rare(word: str) -> bool:
    """A word of a name: coined, no public place, no firm's kind, no one's possessive ("korolkov's
    company" is a man's)."""
    return not word.endswith(("'s", "’s")) and _coined(word) and fold_place(word.casefold()) not in public_places() and not is_kind(word)


def _joined(text: str, words: Sequence[regex.Match[str]], i: int, j: int) -> bool:
    """``words[i:j]`` are said one after the other, a space between each."""
    return all(_GAP.fullmatch(text, words[k - 1].end(), words[k].start()) for k in range(i + 1, j))


def _head_at(text: str, words: Sequence[regex.Match[str]], i: int, caseless: bool = True) -> int:
    """How many words from ``words[i]`` are a head, with its closing word (0: none); in lower case
    on a caption's line, capitalised on another."""
    heads = _heads_by_first().get(words[i].group().casefold(), ())
    if not heads:
        return 0
    folded = [w.group().casefold() for w in words[i:i + 3]]
    for head in heads:
        n = len(head)
        if tuple(folded[:n]) == head and _in_case(words[i].group(), caseless) and _joined(text, words, i, i + n):
            closer = words[i + n].group() if i + n < len(words) else ""
            if closer.casefold() in _CLOSERS and _in_case(closer, caseless) and _joined(text, words, i + n - 1, i + n + 1):
                return n + 1
            return n
    return 0


def _in_case(word: str, caseless: bool) -> bool:
    return word.islower() if caseless else word[:1].isupper() and not word.isupper()


def _cased_name_start(text: str, words: Sequence[regex.Match[str]], head: int) -> int | None:
    """The first of two or three capitalised words naming a firm before its capitalised head on a
    line with capitals ("Badlands Fluid Transport", "Harbourview Citizenship Services"), or None:
    no word of them a function word, a kind of employer, a word that says which of a kind
    ("National", "New") or a public place."""
    start = head
    while start > 0 and head - start < _MAX_NAME_WORDS and _joined(text, words, start - 1, start + 1):
        word = words[start - 1].group()
        folded = word.casefold()
        if not _in_case(word, False) or folded in FUNCTION_WORDS or folded in stop_words() or folded in _NOT_NAME_WORDS \
                or _employer_kind(word) or folded in MONTHS_AND_DAYS or fold_place(folded) in public_places():
            break
        start -= 1
    return start if head - start >= 2 else None


def _name_start(text: str, words: Sequence[regex.Match[str]], head: int) -> int | None:
    """The first word of the name before the head at ``words[head]``, or None (see the module)."""
    start = head
    while start > 0 and head - start < _MAX_NAME_WORDS + _MAX_TRADE_WORDS and _plain(words[start - 1].group()) \
            and _joined(text, words, start - 1, start + 1):
        start -= 1
    rare = [k for k in range(start, head) if _rare(words[k].group())]
    if not rare:
        named = _words_name_start(words, start, head)
        return named if named is not None else _bare_name_start(text, words, start, head)
    if head - rare[-1] - 1 > _MAX_TRADE_WORDS or rare[-1] - rare[0] >= _MAX_NAME_WORDS \
            or any(is_kind(words[k].group()) for k in range(start, head)):
        return None
    first = rare[0]
    if first == start and first >= 2 and words[first - 1].group().casefold() in _JOINERS \
            and _coined(words[first - 2].group()) and _joined(text, words, first - 2, first + 1):
        return first - 2  # two rare words joined: "kita no daichi cooperative"
    before = first - 1  # one word may open the name before its rare word: "north santo marine fuels"
    if before >= start and "verb" not in parts_of_speech(words[before].group().casefold()):
        return before
    return first


def _bare_name_start(text: str, words: Sequence[regex.Match[str]], start: int, head: int) -> int | None:
    """The first word of a firm's name that is an uncommon English word (:func:`_uncommon`), said
    bare where a firm is named, or None: after "at", "for", "with", "from" or "by" (with "the"
    between or not: "i'm the caller at the regal bingo club"), at a line's start or after a comma
    ("for tundra site services", "a bar contractor, greenroom hospitality"); not after another
    article or a place ("the curaçao drydock company" is the one at the dock) nor a pause ("uh,
    outboard motors" are goods)."""
    uncommon = [k for k in range(start, head) if _uncommon(words[k].group())]
    if not uncommon or head - uncommon[-1] - 1 > _MAX_TRADE_WORDS:
        return None
    first = uncommon[0]
    if first == 0:
        return first
    said_before = words[first - 1].group().casefold()
    gap = text[words[first - 1].end():words[first].start()]
    if not gap.strip():
        return first if said_before in _NAME_CUES or _cue_and_the(text, words, first - 1) else None
    return first if gap.strip() == "," and said_before not in FILLERS and _GAP.fullmatch(gap.replace(",", " ")) else None


def _cue_and_the(text: str, words: Sequence[regex.Match[str]], the: int) -> bool:
    """``words[the]`` is "the" said right after a word firms are named after ("at the")."""
    return the >= 1 and words[the].group().casefold() == "the" and _joined(text, words, the - 1, the + 1) \
        and words[the - 1].group().casefold() in _NAME_CUES


def _uncommon(word: str) -> bool:
    """An English word uncommon enough to name a firm ("tundra", "windward", "greenroom"), and
    none that says what a firm does or is: no trade, site or head ("hospitality", "motors"), no
    kind of employer, no activity ("scaffolding", "rowing"), no public place and no comparison
    ("for smoother exchange of information")."""
    from redactor.detect.org_edges import is_firm_name

    folded = word.casefold()
    return len(folded) > 3 and folded.isalpha() and zipf_frequency(folded, "en") < _RARE_ZIPF \
        and not folded.endswith("ing") and not is_firm_name(folded) and not is_kind(word) \
        and not _employer_kind(word) and fold_place(folded) not in public_places() and not _compared(folded)


def _compared(folded: str) -> bool:
    """An adjective's comparative or superlative ("smoother", "safer", "bigger", "cheapest")."""
    for suffix in ("er", "est"):
        base = folded[:-len(suffix)] if folded.endswith(suffix) else ""
        if base and any("adj" in parts_of_speech(stem) for stem in {base, base + "e", base[:-1]} if stem):
            return True
    return False


def _words_name_start(words: Sequence[regex.Match[str]], start: int, head: int) -> int | None:
    """The first of two or three everyday words naming a firm before a head only a firm's name
    ends in (``firm_head_of_words``: "coral cove resort", "golden bench placers"), or None."""
    said = " ".join(w.group().casefold() for w in words[head:head + 2])
    if not any(said == h or said.startswith(h + " ") for h in _word_heads()):
        return None
    while start < head and (words[start].group().casefold() in _NOT_NAME_WORDS or _employer_kind(words[start].group())):
        start += 1  # "the ngo hope horizon relief": the kind said before the name
    if any(words[k].group().casefold() in _NOT_NAME_WORDS or words[k].group().endswith(("'s", "’s"))
           for k in range(start, head)):
        return None
    start = max(start, head - _MAX_NAME_WORDS)
    return start if head - start >= 2 else None


def find_firms_by_head(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each firm named before its head on a caption's lines; ``flags`` marks the
    caseless lines."""
    for position, line_end, caseless in marked_lines(text, flags):
        words = line_words(text, position, line_end)
        i = 1
        while i < len(words):
            n = _head_at(text, words, i, caseless)
            start = (_name_start(text, words, i) if caseless else _cased_name_start(text, words, i)) if n else None
            if start is not None:
                yield words[start].start(), words[i + n - 1].end()
                i += n
                continue
            i += 1


class FirmHeadRecognizer(LowerCasePlaceRecognizer):
    """ORGANIZATION for a firm named before what it is, in a caption (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a firm's name before what it is"
    entity = "ORGANIZATION"
    find = staticmethod(find_firms_by_head)


def name_without_kind(name: str) -> str | None:
    """A firm's own name without the kind said before it, as it is said again ("Chmelná" of
    "Pivovar Chmelná", "lácteos tundama" of "equipo lácteos tundama", "Sumber Makmur" of "Toko
    Sumber Makmur", "Phước Thịnh" of "Cơ sở Phước Thịnh": :mod:`firm_kinds`), or None: no
    kind opens it, or no word of the rest is rare in English (see the module), or the rest is one
    word a name list holds (the owner's: "calado" of "mármores calado" is as often the man)."""
    words = name.split()
    kinds = kinds_before_name(words)
    rest = words[kinds:]
    if not kinds or not any(_rare(w) for w in rest) or rest[-1].casefold() in FUNCTION_WORDS \
            or (len(rest) == 1 and default_gazetteer().get(rest[0].casefold()) is not None):
        return None
    return " ".join(rest)
