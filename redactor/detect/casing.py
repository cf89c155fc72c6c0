"""Lower-case and all-caps transcripts: detecting them and giving them plausible capitals.

Automatic captions are often all lower-case ("i met ivan petrov in kharkiv") and some
transcripts are all capitals; spaCy's NER and the name gazetteer rely on capitals.
:func:`restore_case` returns a copy of the text of exactly the same length in which sentence
starts, "I", known names (unless they are ordinary words used as words), words that are rare
in English and words about as frequent in other languages as in English (mostly proper nouns:
"lenin", "mandela") are title-cased, so detectors run on the copy and their offsets apply unchanged to
the original.  Lines that already have capitals are left as they are.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from anyascii import anyascii

from redactor.detect.name_context import (
    KEPT_TEXTS,
    NameContext,
    Token,
    speaker_label_tokens,
    tokenize,
)
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.frequency import english_frequencies
from redactor.lexicon.names import (
    FUNCTION_WORDS,
    NOT_A_NICKNAME,
    NOT_AFTER_TITLE,
    PERSON_VERBS,
    SPEAKER_ROLES,
    SPEECH_VERBS,
    SURNAME_MAX_ZIPF,
    VERY_COMMON_ZIPF,
    NameGazetteer,
    NameInfo,
    default_gazetteer,
    given_syllables,
    international_words,
    reduplicated_half,
)
from redactor.lexicon.titles import ADDRESSED_NAME_MAX_ZIPF, SPOKEN_ADDRESS

# A text (or line) is caseless when this share of the places that need a capital lack one, or
# of its words are in capitals.
CASELESS_THRESHOLD = 0.6
# Lines shorter than this many words are judged with the whole text, not on their own.
MIN_LINE_WORDS = 3
# Below this Zipf frequency an English word is rare enough to be a proper noun ("kharkiv" 2.9,
# "village" 4.4): title-casing it lets NER consider it.
RARE_WORD_ZIPF = 3.0
# Right after a name, a word no name list knows may be a little commoner and still be its
# surname ("cody ray baines": "baines" 3.0); a verb's past or -ing form is not.
SURNAME_AFTER_NAME_ZIPF = 3.2
_FIRST_PERSON = frozenset(("i", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d"))
# Titles after which the next word is a name whatever it means in English ("mr harbour").
_SPOKEN_TITLES = frozenset("mr mrs ms mx mister missus dr prof".split())
# A lower-case word in the Latin script, its letters accented or not ("pârvulescu", "hodžić",
# "nguyễn"; a combining accent too): rarity in English says something about it.
_LATIN_LETTER = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff\u0300-\u036f]"
_LATIN_WORD = re.compile(rf"{_LATIN_LETTER}+(?:['’\-]{_LATIN_LETTER}+)*")


def _has_case(word: str) -> bool:
    """True if the word has letters with case (not Chinese, not digits)."""
    return word.isupper() or word.islower() or word != word.swapcase()


def _is_upper_word(word: str) -> bool:
    """A word of two letters or more written in capitals ("OLENA", not "I")."""
    return len(word) >= 2 and word.isupper()


def _ratio(tokens: Sequence[Token]) -> float:
    """Caseless ratio of a run of tokens (see :func:`caseless_ratio`)."""
    words = [token for token in tokens if _has_case(token.text)]
    if not words:
        return 0.0
    long_words = [token for token in words if len(token.text) >= 2]
    upper = sum(_is_upper_word(token.text) for token in long_words)
    upper_share = upper / len(long_words) if long_words else 0.0
    expecting = [
        token
        for token in words
        if token.initial or token.text.lower() in _FIRST_PERSON
    ]
    if expecting:
        missing = sum(token.text[:1].islower() for token in expecting) / len(expecting)
    else:
        missing = 0.0 if any(token.text[:1].isupper() for token in words) else 1.0
    return max(upper_share, missing)


def caseless_ratio(text: str) -> float:
    """How caseless ``text`` is, 0.0 (normal capitals) to 1.0 (all lower-case or all capitals).

    The larger of two shares: of words written in capitals, and of the places where English
    needs a capital (sentence and line starts, "I") that have a lower-case letter.
    """
    return _ratio(tokenize(text))


def marked_lines(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, caseless) of each line of ``text``; ``flags`` marks the caseless lines (a
    caption's; :func:`caseless_lines`)."""
    position = 0
    for number, line in enumerate(text.split("\n")):
        yield position, position + len(line), flags[number] if number < len(flags) else False
        position += len(line) + 1


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends (its break not included)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def line_has_small_letters(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` has a small letter: a line written in
    capitals ("OLENA BYKOV: ...") says nothing by a word's capitals."""
    first, last = line_bounds(text, start, end)
    return any(c.islower() for c in text[first:last])


def caseless_lines(text: str, threshold: float = CASELESS_THRESHOLD) -> tuple[bool, ...]:
    """For each line of ``text`` (as ``str.split("\\n")``), whether it needs its case restored.

    Each line with enough words is judged on its own, shorter lines with the whole text.  The
    detector asks about each text of a batch before NER and the name recognizer again when it
    analyses it; the answers (immutable) are kept until ``forget_texts``.
    """
    return _caseless_lines(text, threshold)


def forget_texts() -> None:
    """Drop the tokens and case answers kept for recent texts (the detector calls this after
    each batch, so what is kept is bounded by one batch's characters)."""
    _caseless_lines.cache_clear()
    tokenize.cache_clear()


@functools.lru_cache(maxsize=KEPT_TEXTS)
def _caseless_lines(text: str, threshold: float) -> tuple[bool, ...]:
    tokens = tokenize(text)
    whole = _ratio(tokens) >= threshold
    lines = text.split("\n")
    by_line: list[list[Token]] = [[] for _ in lines]
    line_of = _line_lookup(lines)
    for token in tokens:
        by_line[line_of(token.start)].append(token)
    flags = []
    for line_tokens in by_line:
        if len(line_tokens) >= MIN_LINE_WORDS:
            flags.append(_ratio(line_tokens) >= threshold)
        else:
            flags.append(whole)
    return tuple(flags)


def needs_case_restoration(text: str, threshold: float = CASELESS_THRESHOLD) -> bool:
    """True if the whole text, or any line of it, is mostly lower-case or capitals."""
    return any(
        flag and _has_case(line)
        for flag, line in zip(caseless_lines(text, threshold), text.split("\n"), strict=True)
    )


def _same_length_lower(text: str) -> str:
    """``text.lower()`` character by character, keeping characters whose lower form is longer."""
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _reduplicated(word: str) -> bool:
    """A nickname's syllable said twice with a hyphen ("jun-jun"; wordfreq reads the halves)."""
    return "-" in word and bool(reduplicated_half(word))


def _title(word: str) -> str:
    """``word`` with its first character upper-cased if that keeps the length."""
    first = word[:1].upper()
    return first + word[1:] if len(first) == 1 else word


# Modal verbs that are also names ("Will", "May", Turkish "Can"): before a verb, the modal.
_MODALS = frozenset("will may can might must shall".split())
# Words that follow a verb as its object, never a name: after one of the commonest English words
# they show it is used as a verb ("made me", "got us", "took the").
_OBJECT_AFTER_VERB = frozenset("me him her us them it you a an the my his our their your this that".split())


@dataclass(frozen=True)
class CaseRestorer:
    """Restores capitals using a name gazetteer and wordfreq's English frequencies."""

    gazetteer: NameGazetteer
    frequencies: Mapping[str, float]
    threshold: float = CASELESS_THRESHOLD
    # Words as frequent abroad as in English: mostly proper nouns ("lenin", "mandela"), which
    # wordfreq counts as common English because it counts words lower-cased.
    international: frozenset[str] = frozenset()

    @classmethod
    def create(cls, gazetteer: NameGazetteer | None = None) -> CaseRestorer:
        """A restorer with the packaged gazetteer and wordfreq's English word list."""
        return cls(
            gazetteer if gazetteer is not None else default_gazetteer(), english_frequencies(),
            international=international_words(),
        )

    def zipf(self, word: str) -> float:
        """English Zipf frequency of a lower-case word; a hyphenated word by its rarest part."""
        parts = [part for part in re.split(r"[-]", word.replace("’", "'")) if part]
        values = []
        for part in parts:
            frequency = self.frequencies.get(part, 0.0)
            values.append(math.log10(frequency) + 9 if frequency > 0 else 0.0)
        return min(values) if values else 0.0

    def restore(self, text: str) -> str:
        """Copy of ``text``, same length, with capitals restored on caseless lines."""
        flags = caseless_lines(text, self.threshold)
        if not any(flags):
            return text
        lines = text.split("\n")
        lowered = "\n".join(
            _same_length_lower(line) if flag and _upper_line(line) else line
            for flag, line in zip(flags, lines, strict=True)
        )
        line_of = _line_lookup(lines)
        tokens = tokenize(lowered)
        labels = speaker_label_tokens(lowered, tokens)
        context = NameContext(tokens, labels)
        chars = list(lowered)
        names: set[int] = set()  # tokens title-cased because they are names
        for i, token in enumerate(tokens):
            if not flags[line_of(token.start)] or not token.text.islower():
                continue
            if self._should_capitalise(tokens, i, context, labels, names):
                chars[token.start : token.end] = _title(token.text)
        restored = "".join(chars)
        if len(restored) != len(text):
            raise AssertionError("restore_case changed the text length")
        return restored

    def capitalise_name_runs(self, text: str) -> str:
        """Copy of a cased ``text``, same length, in which a run of lower-case known names typed
        without capitals ("then mehmet ali yilmaz came in", "I phoned olena petrenko") is
        title-cased: two or more names in a row, the first a given name and the last a surname,
        none of them an English word or common in English; a given name after a word one
        addresses someone by ("I told ma'am joy", "ask mr smith"), unless among the commonest
        English words ("yes sir will do"); and a syllable said twice ("my brother jun-jun"),
        which the name recognizer then takes for a name only where context expects one.
        Everything else is left as it is."""
        tokens = tokenize(text)
        chars: list[str] | None = None
        for i in range(len(tokens)):
            if self._addressed_name(tokens, i) or (tokens[i].text.islower() and _reduplicated(tokens[i].text)):
                chars = chars if chars is not None else list(text)
                chars[tokens[i].start:tokens[i].end] = _title(tokens[i].text)
        i = 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and (j == i or tokens[j].start - tokens[j - 1].end == 1) and \
                    self._plain_name(tokens[j], rare=j == i):
                j += 1
            while j - i >= 2 and not self._plain_name(tokens[j - 1], rare=True):
                j -= 1  # the last word, like the first, must be rare in English
            if j - i >= 2 and (first := self._name_info(tokens[i])) is not None and first.first \
                    and self._surname(tokens[j - 1]):
                chars = chars if chars is not None else list(text)
                for token in tokens[i:j]:
                    chars[token.start:token.end] = _title(token.text)
            i = max(j, i + 1)
        return text if chars is None else "".join(chars)

    def _addressed_name(self, tokens: Sequence[Token], i: int) -> bool:
        """A lower-case given name right after "sir", "ma'am" or "mr" (spaces only between)."""
        if i == 0:
            return False
        token, before = tokens[i], tokens[i - 1]
        if not token.text.islower() or token.gap_before.strip(" \t") or "\n" in token.gap_before \
                or not (before.folded in SPOKEN_ADDRESS or before.lower in _SPOKEN_TITLES):
            return False
        if token.lower in FUNCTION_WORDS or token.lower in MONTHS_AND_DAYS or self.zipf(token.text) >= ADDRESSED_NAME_MAX_ZIPF:
            return False
        info = self._name_info(token)
        return info is not None and info.first and not info.place

    def _plain_name(self, token: Token, rare: bool) -> bool:
        """A lower-case Latin word the gazetteer knows as a name that is no English word (and,
        when ``rare``, rare in English: a name inside the run, "ali", may be commoner)."""
        if not token.text.islower() or not _LATIN_WORD.fullmatch(token.text) or (rare and self.zipf(token.text) >= RARE_WORD_ZIPF) \
                or token.lower in SPEECH_VERBS or token.lower in PERSON_VERBS or token.lower in MONTHS_AND_DAYS:
            return False
        info = self._name_info(token)
        return info is not None and not info.is_word and not info.place

    def _name_info(self, token: Token) -> NameInfo | None:
        if token.lower in FUNCTION_WORDS:
            return None
        return self.gazetteer.lookup(token.text)

    def _should_capitalise(
        self,
        tokens: Sequence[Token],
        i: int,
        context: NameContext,
        labels: set[int],
        names: set[int],
    ) -> bool:
        token = tokens[i]
        word = token.text
        if word in _FIRST_PERSON:
            return True
        if (context.previous(i) in _SPOKEN_TITLES or context.honorific_before(i)) and token.lower not in NOT_AFTER_TITLE \
                and (context.previous(i) in _SPOKEN_TITLES or token.lower not in NOT_A_NICKNAME):
            names.add(i)
            return True  # "mr harbour", "doutor hélio": after "mr" even a common word is a name ("sekuru said" is the verb)
        if self._given_syllables_after_family_name(tokens, i):
            names.add(i)
            return True  # "choi seo-yeon", "park ji-woo": the given name of two syllables
        info = self._name_info(token)
        if info is not None and self._capitalise_name(tokens, i, info, context, names):
            names.add(i)
            return True
        if token.initial or i in labels:
            return True
        if info is not None and (info.is_word or info.zipf >= RARE_WORD_ZIPF):
            return False  # a name that is also a word shows itself only by context
        if token.lower in FUNCTION_WORDS or token.lower in SPEAKER_ROLES:
            return False
        return self._rare_word(word, after_name=info is None and bool(context.previous(i)) and (i - 1) in names)

    def _given_syllables_after_family_name(self, tokens: Sequence[Token], i: int) -> bool:
        """Two romanised syllables joined by a hyphen ("seo-yeon", "ji-hoon", "xiao-ming") right
        after a family name the lists know ("choi", "park", "lee"): an East Asian given name,
        which the lists rarely hold (not "follow-up", "part-time", "co-op" after a word)."""
        if i == 0 or not given_syllables(tokens[i].text) or tokens[i].gap_before != " ":
            return False
        before = tokens[i - 1]
        if before.lower in FUNCTION_WORDS or before.lower in SPEECH_VERBS or before.lower in PERSON_VERBS:
            return False
        info = self._name_info(before)
        return info is not None and info.last and not info.place

    def _rare_word(self, word: str, after_name: bool) -> bool:
        """A Latin word no list knows, rare enough in English to be a proper noun, written
        with accents or without ("pârvulescu"; not "aïd", which is "aid"); right after a name a
        little commoner one may be its surname."""
        if not _LATIN_WORD.fullmatch(word) or len(word) < 3:
            return False  # rarity in English says nothing about Cyrillic or Greek words
        zipf = self.zipf(word) if word.isascii() else max(self.zipf(word), self.zipf(anyascii(word).lower()))
        return zipf < RARE_WORD_ZIPF or word in self.international or _reduplicated(word) or (
            after_name and zipf < SURNAME_AFTER_NAME_ZIPF and not word.endswith(("ed", "ing")))

    def _capitalise_name(
        self,
        tokens: Sequence[Token],
        i: int,
        info: NameInfo,
        context: NameContext,
        names: set[int],
    ) -> bool:
        """A known name (or place) in lower-case text: title-case it unless used as a word."""
        token = tokens[i]
        if token.lower in SPEECH_VERBS or token.lower in PERSON_VERBS:
            return False  # "said" is also an Arabic name, but "she said" is the verb
        # Countries and regions are capitalised even when common in English ("poland" is far
        # more frequent in English than in Polish, which says "Polska").
        place = info.place and info.zipf < VERY_COMMON_ZIPF
        strict = (info.is_word and not place) or token.lower in MONTHS_AND_DAYS
        if context.marker_before(i, strict, lower_case=True) and not context.title_before(i):
            return False
        if not strict:
            return True
        if self._verb_here(tokens, i, info, context):
            return False
        if context.strong(i, i) or (info.first and context.beside_speaker(i, i)):
            return True
        # "will smith", "john rose": next to a surname, or a surname after a capitalised name;
        # but "nazim will know", "ahmet can come": a modal before its verb, no surname.
        if context.following(i) and self._surname(tokens[i + 1]):
            return True
        return bool(context.previous(i)) and (i - 1) in names and info.last

    def _verb_here(self, tokens: Sequence[Token], i: int, info: NameInfo, context: NameContext) -> bool:
        """A name that is one of the commonest English words used as a verb: before its object
        ("my daughter made me an email", not "Made"), or a modal before a word no list knows as a
        name ("nazim will know", "ahmet can come"; but "ahmet can yilmaz")."""
        following = context.following(i)
        if info.zipf >= VERY_COMMON_ZIPF and following in _OBJECT_AFTER_VERB:
            return True
        return tokens[i].lower in _MODALS and bool(following) and self._name_info(tokens[i + 1]) is None

    def _surname(self, token: Token) -> bool:
        """A known last name that is not a very common word ("smith" yes, "day" no)."""
        info = self._name_info(token)
        return (
            info is not None
            and info.last
            and info.zipf < SURNAME_MAX_ZIPF
            and token.lower not in SPEECH_VERBS
            and token.lower not in PERSON_VERBS
        )


def _upper_line(line: str) -> bool:
    words = [token for token in tokenize(line) if len(token.text) >= 2 and _has_case(token.text)]
    return bool(words) and sum(_is_upper_word(t.text) for t in words) / len(words) >= 0.5


def _line_lookup(lines: Sequence[str]) -> Callable[[int], int]:
    """Function from a character offset to the index of its line."""
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1

    def line_of(position: int) -> int:
        return bisect.bisect_right(starts, position) - 1

    return line_of


def english_zipf(word: str) -> float:
    """wordfreq's English Zipf frequency of ``word`` (0.0 when unknown)."""
    frequency = english_frequencies().get(word.casefold(), 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


@functools.cache
def _default_restorer() -> CaseRestorer:
    return CaseRestorer.create()


def capitalise_name_runs(text: str, gazetteer: NameGazetteer | None = None) -> str:
    """:meth:`CaseRestorer.capitalise_name_runs` with the packaged data (or ``gazetteer``)."""
    restorer = _default_restorer() if gazetteer is None else CaseRestorer.create(gazetteer)
    return restorer.capitalise_name_runs(text)


def restore_case(text: str, gazetteer: NameGazetteer | None = None) -> str:
    """Copy of ``text`` of the same length with plausible capitals on its caseless lines.

    Sentence starts, "i", speaker labels, known names (a name that is also a common word, such
    as "will" or "summer", only where the context shows a name) and words rare in English are
    title-cased; text in capitals is lower-cased first.  Lines with normal capitals are kept.
    """
    if gazetteer is None:
        restorer = _default_restorer()
    else:
        restorer = CaseRestorer.create(gazetteer)
    return restorer.restore(text)
