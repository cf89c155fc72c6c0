"""Source profiles as a Presidio recognizer: every way a transcript may write a source's name.

A source profile (``Source`` in the config) lists a person's names and identifying details.
``SourceProfileRecognizer`` finds them however they are written: any case, with a possessive,
after a title or rank ("Lt. Bykov", "капитан Быков"), as the surname or first name alone,
with or without diacritics, in Cyrillic or in one of its Latin spellings, and with a small typo.
All matching runs on a folded copy of the text (anyascii, case folded, whitespace collapsed) that
keeps an exact map back to the original offsets, so a span always covers the original characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import ahocorasick
from presidio_analyzer import LocalRecognizer, RecognizerResult
from rapidfuzz import process
from rapidfuzz.distance import OSA

from redactor.lexicon.folding import ascii_fold, fold_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.inflection import declined_names, given_name_forms
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.titles import TITLE_MODIFIERS, is_title
from redactor.project.config import Source

RECOGNIZER_NAME = "SourceProfileRecognizer"
PERSON = "PERSON"
DETAIL = "DETAIL"

# Cyrillic soft and hard signs transliterate to an apostrophe, which would split "Koval'chik"
# into two words; they carry no letter, so folding drops them.
_SILENT = frozenset("ьъЬЪ")

# Words that are part of a name but never identify a person alone ("van der Berg").
_PARTICLES = frozenset(
    "a al bin da das de del della den der di do dos du e el ibn la le van von y".split()
)

# A lone name token that is also an everyday English word ("Will", "Grace") only counts when it
# is capitalised, unless the whole text is caseless.  Zipf 3.5 is roughly "once per 300k words".
_COMMON_WORD_ZIPF = 3.5
# A typo candidate that is itself a word or a name in use ("Martha" near "Marta") is left alone.
_FUZZY_WORD_ZIPF = 3.0
# A spelling variant may be a name in common use itself ("Novak" for "Nowak", "Ivan" for
# "Iwan"), so only frequent words ("Wall" for "Val") are kept out.
_SPELLING_WORD_ZIPF = 4.0
_FUZZY_MIN_LENGTH = 5
# A capitalised word this rare before a source's surname is taken for someone's given name.
_RARE_WORD_ZIPF = 2.5

_TITLE_BEFORE = re.compile(r"([a-z]+)(?:\. ?| )$")
_MAX_TITLE_WORDS = 3

_WORD = re.compile(r"[a-z]+")
_NAME_SPLIT = re.compile(r"[\s-]+")

# Spelling variants of one transliterated name collapse to one skeleton: Bykow/Bykov,
# Yuriy/Yurii/Yury, Aleksandr/Alexandr, Khoroshev/Horoshev.  Order matters.
_SKELETON_RULES = (
    ("w", "v"), ("x", "ks"), ("kh", "h"), ("tch", "ch"), ("ck", "k"), ("j", "y"),
    ("iy", "y"), ("ii", "y"), ("yy", "y"), ("iu", "yu"), ("ia", "ya"), ("tz", "ts"),
)
_DOUBLE_LETTER = re.compile(r"([a-z])\1+")
_FINAL_I = re.compile(r"(?<=[^aeiouy])i$")  # Yuri/Yuriy, Dmitri/Dmitriy
_FINAL_VOWEL_Y = re.compile(r"(?<=[aeou])y$")  # Sergey/Sergei, Nikolay/Nikolai


@dataclass(frozen=True)
class FoldedText:
    """A folded copy of a text and the original offset of each of its characters.

    ``origin[j]`` is the index in the original text of the character that produced folded
    character ``j``; ``origin[len(text)]`` is the original length.  Characters that fold to
    nothing (combining accents, soft signs, repeated whitespace) belong to the character before.
    """

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Original ``[start, end)`` of folded ``[start, end)``, or None if it cuts a character."""
        if start > 0 and self.origin[start - 1] == self.origin[start]:
            return None
        if end < len(self.text) and self.origin[end - 1] == self.origin[end]:
            return None
        return self.origin[start], self.origin[end]


def fold_text(text: str) -> FoldedText:
    """Fold ``text`` for matching: ASCII via anyascii, case folded, whitespace runs as one space."""
    chars: list[str] = []
    origin: list[int] = []
    after_space = False
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "_":  # "anton_bykov": a handle or file name joins words
            if not after_space:
                chars.append(" ")
                origin.append(i)
                after_space = True
            continue
        if ch in _SILENT:
            continue
        folded = ch.lower() if ch.isascii() else ascii_fold(ch)
        for part in folded:
            chars.append(part)
            origin.append(i)
        if folded:
            after_space = False
    origin.append(len(text))
    return FoldedText("".join(chars), tuple(origin))


def fold(value: str) -> str:
    """The folded form of a name or phrase, as matched against ``fold_text``."""
    return fold_text(value.strip()).text


# Asked of the same few hundred tokens tens of thousands of times in a run (grouping, short
# forms, nicknames): each worked out once.
@lru_cache(maxsize=4096)
def skeleton(token: str) -> str:
    """A folded token with transliteration differences removed (see ``_SKELETON_RULES``)."""
    for old, new in _SKELETON_RULES:
        token = token.replace(old, new)
    token = _DOUBLE_LETTER.sub(r"\1", token)
    return _FINAL_VOWEL_Y.sub("i", _FINAL_I.sub("y", token))


def is_caseless(text: str) -> bool:
    """True when capitals carry no information: all lower case (ASR output) or all upper case."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    if not words:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    shouting = sum(1 for w in words if w.isupper())
    return capitalised <= len(words) // 100 or shouting >= 0.9 * len(words)


@dataclass(frozen=True)
class _Target:
    """What a variant stands for: a name or a detail of one or more sources."""

    entity_type: str
    owners: tuple[int, ...]  # indexes into the sources; more than one when a token is shared
    detail: int = -1  # index into the owner's details, for DETAIL
    needs_capital: bool = False


@dataclass(frozen=True)
class _Hit:
    start: int  # folded offsets
    end: int
    target: _Target


def _is_common_word(token: str) -> bool:
    return zipf_frequency(token, "en") >= _COMMON_WORD_ZIPF


class SourceProfileRecognizer(LocalRecognizer):
    """Finds the names (PERSON) and details (DETAIL) of the configured sources, score 1.0."""

    def __init__(self, sources: Sequence[Source], supported_language: str = "en") -> None:
        self._sources = tuple(sources)
        super().__init__(
            supported_entities=[PERSON, DETAIL],
            name=RECOGNIZER_NAME,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Compile every exact variant into one automaton and index the name tokens."""
        owners: dict[str, set[int]] = {}
        details: dict[str, list[tuple[int, int]]] = {}
        single: set[str] = set()
        for si, source in enumerate(self._sources):
            for name in source.names:
                full = fold(name)
                for variant in self._name_variants(full):
                    owners.setdefault(variant, set()).add(si)
                    if " " not in variant:
                        single.add(variant)
            for di, detail in enumerate(source.details):
                details.setdefault(fold(detail), []).append((si, di))

        self._targets: dict[str, _Target] = {}
        for variant, who in owners.items():
            lone = variant in single
            self._targets[variant] = _Target(
                PERSON,
                tuple(sorted(who)),
                needs_capital=lone and (len(variant) < 3 or _is_common_word(variant)),
            )
        for phrase, where in details.items():
            if phrase in self._targets:
                continue  # a detail that is also a name is found as the name
            holders = tuple(sorted({si for si, _ in where}))
            self._targets[phrase] = _Target(DETAIL, holders, detail=where[0][1])

        self._automaton = ahocorasick.Automaton()
        for variant in self._targets:
            self._automaton.add_word(variant, variant)
        if self._targets:
            self._automaton.make_automaton()

        # Tokens for the spelling and typo passes: letters only, long enough to be distinctive.
        self._skeletons: dict[str, str] = {}
        for variant in single:
            if variant.isalpha() and len(variant) >= 3:
                self._skeletons.setdefault(skeleton(variant), variant)
        self._fuzzy_choices = [s for s, v in self._skeletons.items() if len(v) >= _FUZZY_MIN_LENGTH]

    @staticmethod
    def _name_variants(full: str) -> Iterable[str]:
        """The full name, each token long enough to name someone, and hyphen parts."""
        if not full:
            return
        yield full
        if "'" in full:
            yield full.replace("'", "")
        for token in full.split(" "):
            parts = [token, *(_NAME_SPLIT.split(token) if "-" in token else ())]
            for part in parts:
                part = part.strip(".")
                if len(part) >= 2 and part not in _PARTICLES:
                    yield part

    # -- analysis -------------------------------------------------------------------------

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """Every mention of a source's name or detail in ``text``."""
        if not self._targets or not text:
            return []
        folded = fold_text(text)
        caseless = is_caseless(text)
        hits = self._exact_hits(text, folded, caseless)
        hits += self._spelling_hits(text, folded, caseless, hits)
        chosen = self._merge_names(text, folded, self._longest_first(hits))
        results = []
        previous_end = 0
        for hit in chosen:
            span = folded.span(hit.start, hit.end)
            if span is None:
                continue
            target = hit.target
            if target.entity_type == PERSON:
                other = self._other_first_name(text, folded, hit, caseless)
                if other is not None and other >= previous_end:
                    # "Taras Marchenko" when the source is Ivan Marchenko: a relative, not them.
                    span, target = (other, span[1]), _Target(PERSON, ())
                else:
                    own = self._own_name_before(folded, hit)
                    start = own if own is not None else self._title_start(folded, hit.start)
                    span = (max(previous_end, start), span[1])
            previous_end = span[1]
            if entities and hit.target.entity_type not in entities:
                continue
            results.append(self._result(target, *span))
        return results

    def _other_first_name(self, text: str, folded: FoldedText, hit: _Hit, caseless: bool) -> int | None:
        """Original start of a given name right before a lone name token of a source when that
        given name is none of the source's own ("Taras" in "Taras Marchenko"), else None."""
        before = self._word_before(folded, hit)
        if before is None:
            return None
        a, word = before
        start = folded.origin[a]
        if self._own_name(word) is not None or not (caseless or text[start].isupper()):
            return None
        info = default_gazetteer().get(fold_name(text[start:folded.origin[a + len(word)]]))
        known_first = info is not None and info.first and not info.is_word
        if known_first or zipf_frequency(word, "en") < _RARE_WORD_ZIPF:
            return start
        return None

    def _own_name_before(self, folded: FoldedText, hit: _Hit) -> int | None:
        """Original start of the source's own given name in another case right before a lone
        name token ("Antonom" in "Antonom Bykovym"), which no exact or spelling pass takes."""
        before = self._word_before(folded, hit)
        if before is None or before[1] in self._targets:
            return None
        own = self._own_name(before[1])
        if own is None or not set(own.owners) & set(hit.target.owners):
            return None
        return folded.origin[before[0]]

    @staticmethod
    def _word_before(folded: FoldedText, hit: _Hit) -> tuple[int, str] | None:
        """(folded start, word) of the word right before a lone name token, unless it ends a
        sentence, is a title or cuts a character."""
        if " " in folded.text[hit.start:hit.end]:
            return None
        m = _TITLE_BEFORE.search(folded.text, max(0, hit.start - 24), hit.start)
        if m is None or m.group(0).endswith(". ") or m.group(0).endswith("."):
            return None
        a, word = m.start(1), m.group(1)
        if (a > 0 and folded.text[a - 1].isalnum()) or folded.span(a, m.end(1)) is None or is_title(word):
            return None
        return a, word

    def _own_name(self, word: str) -> _Target | None:
        """What folded ``word`` stands for when it is one of the sources' name tokens, or one in
        another case ("Antonom" for Anton, "Martoy" for Marta)."""
        for form in given_name_forms(word):
            if form in self._targets:
                return self._targets[form]
        return None

    def _exact_hits(self, text: str, folded: FoldedText, caseless: bool) -> list[_Hit]:
        hits, lower = [], []
        s = folded.text
        for last, variant in self._automaton.iter(s):
            start, end = last + 1 - len(variant), last + 1
            if start > 0 and s[start - 1].isalnum() or end < len(s) and s[end].isalnum():
                continue
            if folded.span(start, end) is None:
                continue
            target = self._targets[variant]
            if target.needs_capital and not caseless and not text[folded.origin[start]].isupper():
                lower.append(_Hit(start, end, target))
            else:
                hits.append(_Hit(start, end, target))
        # A lower-case name word that is also an everyday word counts right before itself
        # capitalised: a transcript's word list says each word as heard, then as punctuated
        # ("anton Anton bykov Bykov").
        doubled = {(h.start - 1, s[h.start:h.end]) for h in hits}
        return hits + [h for h in lower if (h.end, s[h.start:h.end]) in doubled]

    def _spelling_hits(self, text: str, folded: FoldedText, caseless: bool,
                       exact: list[_Hit]) -> list[_Hit]:
        """Capitalised tokens that are a transliteration variant or a small typo of a name."""
        if not self._skeletons:
            return []
        covered = bytearray(len(folded.text))
        for hit in exact:
            covered[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
        memo: dict[str, str | None] = {}
        hits = []
        for m in _WORD.finditer(folded.text):
            start, end = m.span()
            if covered[start] or len(m.group()) < 3:
                continue
            if not caseless and not text[folded.origin[start]].isupper():
                continue
            token = m.group()
            if token not in memo:
                memo[token] = self._spelling_match(token)
            variant = memo[token]
            if variant is not None and folded.span(start, end) is not None:
                hits.append(_Hit(start, end, self._targets[variant]))
        return hits

    def _spelling_match(self, token: str) -> str | None:
        """The name token that ``token`` is a case of ("Bykovym"), a spelling or typo of, if any."""
        frequency = zipf_frequency(token, "en")
        for name in declined_names(token):
            target = self._targets.get(name)
            if target is not None and target.entity_type == PERSON and frequency < _SPELLING_WORD_ZIPF:
                return name
        shape = skeleton(token)
        if shape in self._skeletons:
            return self._skeletons[shape] if frequency < _SPELLING_WORD_ZIPF else None
        if frequency >= _FUZZY_WORD_ZIPF or len(token) < _FUZZY_MIN_LENGTH or not self._fuzzy_choices:
            return None
        best = process.extractOne(shape, self._fuzzy_choices, scorer=OSA.distance, score_cutoff=2)
        if best is None:
            return None
        choice, distance, _ = best
        name = self._skeletons[choice]
        allowed = 1 if len(name) < 8 else 2
        # A different first letter is more often a different name (Sasha/Masha) than a typo.
        if distance > allowed or choice[0] != shape[0]:
            return None
        return name

    @staticmethod
    def _longest_first(hits: list[_Hit]) -> list[_Hit]:
        """Non-overlapping hits, longer ones winning, in text order."""
        chosen: list[_Hit] = []
        taken: set[int] = set()
        for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
            cells = range(hit.start, hit.end)
            if any(c in taken for c in cells):
                continue
            taken.update(cells)
            chosen.append(hit)
        return sorted(chosen, key=lambda h: h.start)

    @staticmethod
    def _merge_names(text: str, folded: FoldedText, hits: list[_Hit]) -> list[_Hit]:
        """Join adjacent name tokens of one source ("Marta Kowalcyk") into one span."""
        merged: list[_Hit] = []
        for hit in hits:
            if merged:
                prev = merged[-1]
                common = set(prev.target.owners) & set(hit.target.owners)
                if (
                    prev.target.entity_type == PERSON == hit.target.entity_type
                    and common
                    and folded.text[prev.end:hit.start] in (" ", "-")
                ):
                    target = _Target(PERSON, tuple(sorted(common)))
                    merged[-1] = _Hit(prev.start, hit.end, target)
                    continue
            merged.append(hit)
        return merged

    @staticmethod
    def _title_start(folded: FoldedText, start: int) -> int:
        """Original start of the span, moved back over titles and ranks before the name."""
        s = folded.text
        pos = start
        for n in range(_MAX_TITLE_WORDS):
            m = _TITLE_BEFORE.search(s, max(0, pos - 24), pos)
            if m is None:
                break
            word = m.group(1)
            a = m.start(1)
            if a > 0 and s[a - 1].isalnum():
                break
            if not (is_title(word) or (n > 0 and word in TITLE_MODIFIERS)):
                break
            if folded.span(a, m.end(1)) is None:
                break
            pos = a
        return folded.origin[pos]

    def _result(self, target: _Target, start: int, end: int) -> RecognizerResult:
        if len(target.owners) == 1:
            label = self._sources[target.owners[0]].label
            key = f"source:{label}" if target.entity_type == PERSON else (
                f"source:{label}:detail:{target.detail}"
            )
        else:
            # Shared by several sources: a person, but not one we can name; numbering decides.
            label, key = "", ""
        return RecognizerResult(
            entity_type=target.entity_type,
            start=start,
            end=end,
            score=1.0,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: RECOGNIZER_NAME,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "redactor_label": label,
                "redactor_key": key,
            },
        )
