"""Person names from many languages: the packaged gazetteer and the recognizer that uses it.

The gazetteer (``redactor/data/names.tsv.gz``, built by ``tools/build_names.py`` from faker's
locale data) maps a folded name ("nguyen", "bykov", "olena") to whether it is a first name, a
last name or also a place, in how many locales it occurs, and how common it is as an ordinary
English word (wordfreq figures).  :class:`NameGazetteerRecognizer` looks tokens up in it and
decides from the token's surroundings whether a known name is used as a name: "Ivan Petrov",
"Mr Kowalczyk", "Will said", "my friend Grace" are; "I will go", "by the grace of god", "last
summer", "in May" are not.  Lower-case or all-caps text is first given plausible capitals by
:mod:`redactor.detect.casing`, which has the same length, so offsets need no mapping.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from anyascii import anyascii
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

RECOGNIZER_NAME = "NameGazetteerRecognizer"
DATA_FILE = "names.tsv.gz"

# Scores: a first name with a surname is strong evidence; a lone name needs context.
SCORE_FULL_NAME = 0.75
SCORE_FULL_NAME_IN_CONTEXT = 0.85
SCORE_NAME_IN_CONTEXT = 0.6
SCORE_LONE_NAME = 0.3

# A name is also an ordinary English word (Grace, Will, Summer) when wordfreq finds it very
# common, or common and much more frequent in English than in other languages (the people
# called Grace are everywhere; the word grace is English).  Thresholds in Zipf units.
WORD_ZIPF = 4.2
WORD_EXCESS = 0.6
VERY_COMMON_ZIPF = 5.5
# A word-name is taken as a first name before a known name rarer than this ("Will Smith",
# "Grace Kowalczyk"), not before a very common word that is also a surname ("Hope Street").
SURNAME_MAX_ZIPF = 5.0

_NOT_NAME_CHAR = re.compile(r"[^a-z0-9-]")
# A word: letters (with combining marks, for decomposed "Nguyễn"), inner apostrophes/hyphens.
TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+(?:['’\-](?:[^\W\d_]|[\u0300-\u036f])+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)

# Vocabulary of English context, not names: which words around a token show how it is used.
TITLES = frozenset(
    "mr mrs ms miss mx dr prof sir dame madam mister doctor professor lt sgt capt cpt col gen "
    "maj cpl pvt pte cmdr cdr adm rev fr sr jr lieutenant sergeant captain colonel general "
    "major corporal private commander admiral reverend father sister brother uncle aunt "
    "auntie granny grandma grandpa judge officer inspector detective senator minister".split()
)
# Titles that are abbreviations: after these any capitalised word is a name ("Mr Kowalczyk").
ABBREVIATED_TITLES = frozenset(
    "mr mrs ms mx dr prof lt sgt capt cpt col gen maj cpl pvt pte cmdr cdr adm rev".split()
)
SPEECH_VERBS = frozenset(
    "said says say told tells asked asks replied replies explained explains added adds "
    "recalled recalls wrote writes texted texts messaged answered answers insisted insists "
    "warned warns admitted admits mentioned mentions whispered shouted claims claimed "
    "remembers remembered thinks thought believes believed knows knew confirmed confirms "
    "denied denies agreed agrees laughed smiled nodded".split()
)
# Verbs whose object is usually a person: "I met Olena", "we called Ivan".
PERSON_VERBS = frozenset(
    "met meet meeting called named married interviewed phoned texted emailed visited told "
    "asked thanked introduced hugged warned contacted".split()
)
RELATIONS = frozenset(
    "friend friends brother sister colleague colleagues commander cousin wife husband son "
    "daughter neighbour neighbor boss mother father mum mom dad uncle aunt partner fixer "
    "source driver comrade girlfriend boyfriend fiance fiancee nephew niece grandson "
    "granddaughter grandmother grandfather classmate teacher lawyer translator interpreter "
    "contact roommate flatmate deputy medic mate buddy".split()
)
# Determiners: a capitalised word after one is a title or a thing, not a person ("the Rose
# Garden", "a Frank discussion").
DETERMINERS = frozenset(
    "a an the this that these those some any every each no another such what which your its "
    "our their".split()
)
# A word right before a name-like token that shows it is used as an ordinary word:
# "the grace", "a rose", "to be frank", "I will", "last summer", "very frank".
WORD_MARKERS = DETERMINERS | frozenset(
    "be been being i you we they it very so too quite more most less last next early late "
    "mid".split()
)
# Markers that precede ordinary words often but names rarely only when the token is a very
# common word: "to hope", "in may", "of grace", "by will".  ("I spoke to John" stays a name.)
WORD_MARKERS_FOR_WORDS = frozenset("to in on of by for my his her".split())
# English function words: never a name on their own, whatever some locale's list says
# (Chinese "He", Vietnamese "The" fold to these).
FUNCTION_WORDS = frozenset(
    "a an the he she it i you we they me him her us them my your his its our their is am are "
    "was were be been as by no not so do does did to of in on at or and but if for with from "
    "this that these those all any could would should shall might must yes ok okay oh "
    "there here then than when where who what which how why".split()
)
MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Lower-case particles inside names: "Juan de la Cruz", "Ahmed bin Salman".
PARTICLES = frozenset(
    "de da del della di dos das du la le van von der den ter ten bin ibn bint al el abu".split()
)
# Capitalised words after "Mr"/"Dr" that are offices, not surnames ("Mr President").
NOT_AFTER_TITLE = FUNCTION_WORDS | TITLES | frozenset(
    "president speaker chairman chairwoman chair secretary ambassador mayor governor prime "
    "deputy minister justice".split()
)
# Labels in transcripts that are not people.
SPEAKER_ROLES = frozenset("q a interviewer interviewee reporter journalist speaker host".split())


def fold_name(text: str) -> str:
    """Fold a name for lookup: "Nguyễn" -> "nguyen", "Быков" -> "bykov", "O'Brien" -> "obrien"."""
    if text.isascii():
        return _NOT_NAME_CHAR.sub("", text.lower())
    return _NOT_NAME_CHAR.sub("", anyascii(text).casefold())


class NameInfo(NamedTuple):
    """What the gazetteer knows about one folded name (a tuple: there are 80,000 of them)."""

    first: bool
    last: bool
    place: bool
    locales: int
    zipf: float  # wordfreq Zipf frequency in English (0 = unknown)
    excess: float  # English Zipf minus the median over other languages

    @property
    def is_word(self) -> bool:
        """Also an ordinary English word, so capitals or context must show it is a name."""
        return self.zipf >= VERY_COMMON_ZIPF or (
            self.zipf >= WORD_ZIPF and self.excess >= WORD_EXCESS
        )


class NameGazetteer:
    """Read-only mapping folded name -> :class:`NameInfo`; build with :meth:`load`."""

    def __init__(self, entries: dict[str, NameInfo]) -> None:
        self._entries = MappingProxyType(dict(entries))

    @classmethod
    def load(cls, lines: Sequence[str] | None = None) -> NameGazetteer:
        """Parse gazetteer lines (tab-separated, ``#`` comments); by default the packaged file."""
        if lines is None:
            raw = resources.files("redactor.data").joinpath(DATA_FILE).read_bytes()
            lines = gzip.decompress(raw).decode("utf-8").splitlines()
        entries: dict[str, NameInfo] = {}
        for line in lines:
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            fields += ["0"] * (5 - len(fields))
            name, flags, locales, zipf, excess = fields[:5]
            entries[name] = NameInfo(
                first="F" in flags,
                last="L" in flags,
                place="P" in flags,
                locales=int(locales),
                zipf=int(zipf) / 10,
                excess=int(excess) / 10,
            )
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, folded: object) -> bool:
        return folded in self._entries

    def get(self, folded: str) -> NameInfo | None:
        """Entry for an already folded name, or None."""
        return self._entries.get(folded)

    def lookup(self, word: str) -> NameInfo | None:
        """Entry for a word as written ("Nguyễn", "al-Rashid"), or None.

        A hyphenated word not known whole is looked up by its last part, so "al-Rashid" finds
        "rashid"; a possessive "'s" must already be removed.
        """
        folded = fold_name(word)
        info = self._entries.get(folded)
        if info is None and "-" in folded:
            info = self._entries.get(folded.rsplit("-", 1)[1])
        return info


@functools.cache
def default_gazetteer() -> NameGazetteer:
    """The packaged gazetteer, read once per process (it is immutable)."""
    return NameGazetteer.load()


class Token(NamedTuple):
    """One word of the text with what the rules need to know about it.

    A named tuple rather than a dataclass: texts have tens of thousands of tokens and tuples
    are several times faster to create.
    """

    start: int
    end: int  # possessive "'s" excluded
    text: str
    lower: str  # casefolded as written, for English context words ("и" is not "i")
    folded: str  # folded for the gazetteer
    possessive: bool
    gap_before: str  # text between the previous token and this one
    initial: bool  # starts a sentence, a line, or follows a speaker label

    @property
    def capitalised(self) -> bool:
        """Starts with a capital ("Olena", "OLENA") or a particle and one ("al-Rashid")."""
        if self.text[:1].isupper():
            return True
        head, _, tail = self.text.partition("-")
        return head.lower() in PARTICLES and tail[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with sentence starts marked; possessive "'s" split off the span."""
    tokens: list[Token] = []
    previous_end = 0
    previous_lower = ""
    for match in TOKEN.finditer(text):
        word = match.group()
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        if possessive:
            word = word[:-2]
        gap = text[previous_end : match.start()]
        tokens.append(
            Token(
                start=match.start(),
                end=match.start() + len(word),
                text=word,
                lower=word.casefold(),
                folded=fold_name(word),
                possessive=possessive,
                gap_before=gap,
                initial=_starts_sentence(gap, previous_lower, not tokens),
            )
        )
        previous_end = match.end()
        previous_lower = tokens[-1].lower
    return tokens


def _starts_sentence(gap: str, previous_lower: str, first: bool) -> bool:
    """True if a token after ``gap`` begins a sentence, a line or a speaker's turn."""
    if first or "\n" in gap:
        return True
    stripped = gap.strip(" \t\"'“”‘’«»()[]*_-—–")
    if not stripped:
        return False
    if stripped[-1] in ".!?…" and previous_lower in ABBREVIATED_TITLES:
        return False  # "Dr. Ivan" does not start a sentence
    return stripped[-1] in ".!?…:"


def speaker_label_tokens(text: str, tokens: Sequence[Token]) -> set[int]:
    """Indices of tokens that form a speaker label: one to three words at a line start + ':'."""
    labels: set[int] = set()
    for i, token in enumerate(tokens):
        if not (i == 0 or "\n" in token.gap_before):
            continue
        for length in (1, 2, 3):
            last = i + length - 1
            if last >= len(tokens):
                break
            if length > 1 and not tokens[last].gap_before.strip(" \t") == "":
                break
            after = text[tokens[last].end : tokens[last].end + 3].lstrip(" \t")
            if after.startswith(":") and not tokens[last].possessive:
                labels.update(range(i, last + 1))
                break
    return labels


def _adjacent(token: Token, allow_comma: bool = False) -> bool:
    """True if ``token`` directly follows the previous one (spaces only, optionally a comma)."""
    gap = token.gap_before.replace(",", "") if allow_comma else token.gap_before
    return gap.strip(" \t") == "" and "\n" not in token.gap_before


class NameContext:
    """Evidence around token ``i`` that it is used as a person's name."""

    def __init__(self, tokens: Sequence[Token], labels: set[int]) -> None:
        self.tokens = tokens
        self.labels = labels

    def previous(self, i: int, allow_comma: bool = False) -> str:
        """Lower-cased previous word if it is adjacent (same sentence, no punctuation), else ''."""
        if i == 0 or not _adjacent(self.tokens[i], allow_comma):
            return ""
        return self.tokens[i - 1].lower

    def following(self, i: int, allow_comma: bool = False) -> str:
        """Lower-cased next word if it is adjacent, else ''."""
        if i + 1 >= len(self.tokens) or not _adjacent(self.tokens[i + 1], allow_comma):
            return ""
        return self.tokens[i + 1].lower

    def title_before(self, i: int) -> bool:
        """'Mr Petrov', 'Dr. Nowak', 'Lt Bykov'."""
        if i == 0:
            return False
        gap = self.tokens[i].gap_before
        if gap.strip(" \t.") != "" or "\n" in gap:
            return False
        return self.tokens[i - 1].lower in TITLES

    def abbreviated_title_before(self, i: int) -> bool:
        return self.title_before(i) and self.tokens[i - 1].lower in ABBREVIATED_TITLES

    def marker_before(self, i: int, word: bool, lower_case: bool = False) -> bool:
        """'the grace', 'a rose', 'to be frank': the token is used as an ordinary word.

        Only determiners count before a name that is not also a word ("it will be Olena"); in
        lower-case text prepositions count too before a word-name ("in may", "to hope").
        """
        previous = self.previous(i)
        if not word:
            return previous in (WORD_MARKERS if lower_case else DETERMINERS)
        return previous in WORD_MARKERS or (lower_case and previous in WORD_MARKERS_FOR_WORDS)

    def relation_before(self, i: int) -> bool:
        """'my friend Grace', 'our commander, Bykov'."""
        return self.previous(i, allow_comma=True) in RELATIONS

    def speech_after(self, j: int) -> bool:
        """'Will said', 'Olena told me' (``j`` is the last token of the name)."""
        return self.following(j, allow_comma=True) in SPEECH_VERBS

    def verb_before(self, i: int) -> bool:
        """'said Olena', 'I met Ivan'."""
        previous = self.previous(i, allow_comma=True)
        return previous in SPEECH_VERBS or previous in PERSON_VERBS

    def named_before(self, i: int) -> bool:
        """'my name is Will', 'a man named Frank', 'call me Dima', 'known as Tosha'."""
        previous = self.previous(i)
        if previous in ("named", "called", "nicknamed", "aka"):
            return True
        if i < 2:
            return False
        before = self.previous(i - 1)
        return ((previous in ("is", "was") and before == "name")
                or (previous in ("me", "him", "her", "them") and before in ("call", "calls", "called"))
                or (previous == "as" and before == "known"))

    def strong(self, i: int, j: int) -> bool:
        """Context that makes tokens i..j a name even when the word is an ordinary word."""
        return (
            self.title_before(i)
            or self.relation_before(i)
            or self.speech_after(j)
            or self.named_before(i)
            or i in self.labels
        )

    def any(self, i: int, j: int) -> bool:
        """Any evidence that tokens i..j name a person."""
        return self.strong(i, j) or self.verb_before(i) or self.tokens[j].possessive


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A run of tokens judged to be a person's name, with its score and lookup key."""

    start: int
    end: int
    score: float
    key: str
    reason: str


class NameFinder:
    """Finds person names in text with capitals, using a :class:`NameGazetteer`."""

    def __init__(self, gazetteer: NameGazetteer) -> None:
        self.gazetteer = gazetteer

    def info(self, token: Token) -> NameInfo | None:
        """Gazetteer entry of a token that can be a person's name (not a place only)."""
        if token.lower in FUNCTION_WORDS:
            return None
        info = self.gazetteer.lookup(token.text)
        return info if info is not None and (info.first or info.last) else None

    def find(self, text: str, excluded: Sequence[tuple[int, int]] = ()) -> list[NameSpan]:
        """Names in ``text``; ``excluded`` are spans known not to be people (places, dates)."""
        tokens = tokenize(text)
        labels = speaker_label_tokens(text, tokens)
        context = NameContext(tokens, labels)
        spans: list[tuple[int, int, float, str]] = []  # token i, token j, score, reason
        i = 0
        while i < len(tokens):
            found = self._at(tokens, i, context, labels)
            if found is None:
                i += 1
                continue
            spans.append(found)
            i = found[1] + 1
        # A lone name that NER calls a place or an organisation is dropped before lists are
        # read, so "through Lagos, and Chinedu" does not make Lagos a person.
        spans = [
            span
            for span in spans
            if not (
                span[2] <= SCORE_LONE_NAME
                and _overlaps(tokens[span[0]].start, tokens[span[1]].end, excluded)
            )
        ]
        spans = self._promote_lists(tokens, spans)
        results = []
        for i, j, score, reason in spans:
            start, end = tokens[i].start, tokens[j].end
            if score == 0.0:
                continue
            key = " ".join(t.folded for t in tokens[i : j + 1] if not t.text.islower())
            results.append(NameSpan(start, end, score, key, reason))
        return results

    def _at(
        self, tokens: Sequence[Token], i: int, context: NameContext, labels: set[int]
    ) -> tuple[int, int, float, str] | None:
        """The name starting at token ``i``, if any: (i, j, score, reason)."""
        token = tokens[i]
        if not token.capitalised or token.lower in SPEAKER_ROLES:
            return None
        info = self.info(token)
        if info is None:
            # Unknown word after "Mr"/"Dr"/"Lt": still a name ("Mr Kowalczyk").
            if context.abbreviated_title_before(i) and token.lower not in NOT_AFTER_TITLE:
                j = self._extend(tokens, i, words=1, known=0)
                return (i, j, SCORE_NAME_IN_CONTEXT, "title")
            return None
        j = self._chain(tokens, i, info)
        if j > i:
            strong = context.any(i, j)
            return (i, j, SCORE_FULL_NAME_IN_CONTEXT if strong else SCORE_FULL_NAME, "full name")
        return self._lone(tokens, i, info, context)

    def _lone(
        self, tokens: Sequence[Token], i: int, info: NameInfo, context: NameContext
    ) -> tuple[int, int, float, str] | None:
        """A known name standing alone: score it by how it is used."""
        token = tokens[i]
        if context.marker_before(i, info.is_word) and not context.title_before(i):
            return None
        if token.lower in MONTHS_AND_DAYS or info.place:
            # "in May", "Georgia" the country: only strong context makes these people.
            return (i, i, SCORE_NAME_IN_CONTEXT, "context") if context.strong(i, i) else None
        if info.is_word:
            if context.strong(i, i):
                return (i, i, SCORE_NAME_IN_CONTEXT, "context")
            if token.initial:
                # "Will you...", "Hope so.": a capital at a sentence start says nothing; kept at
                # score 0 only so that a list ("Bill, Faith and Dawn") can still promote it.
                return (i, i, 0.0, "word-name at sentence start")
            if context.any(i, i):
                return (i, i, SCORE_NAME_IN_CONTEXT, "context")
            if _capitalised_neighbour(tokens, i):
                return None  # part of a longer proper noun: "Hope Street", "Rose Garden"
            return (i, i, SCORE_LONE_NAME, "capitalised word-name")
        if context.any(i, i):
            return (i, i, SCORE_NAME_IN_CONTEXT, "context")
        return (i, i, SCORE_LONE_NAME, "lone name")

    def _chain(self, tokens: Sequence[Token], i: int, info: NameInfo) -> int:
        """Index of the last token of a multi-word name starting at ``i`` (``i`` if none)."""
        first = tokens[i]
        k = i + 1
        while k < len(tokens) and tokens[k].lower in PARTICLES and _joined(tokens[k]):
            k += 1  # "Juan de la Cruz"
        if k >= len(tokens) or not _joined(tokens[k]):
            return i
        second = tokens[k]
        if not second.capitalised or second.initial:
            return i
        second_info = self.info(second)
        if second.lower in FUNCTION_WORDS or second.lower in MONTHS_AND_DAYS:
            return i
        if first.lower in MONTHS_AND_DAYS:
            # "June Carter" but not "May Day".
            if second_info is None or not second_info.last or second_info.is_word:
                return i
        elif info.is_word or info.place or not info.first:
            # "Will Smith", "Nguyen Van": an ordinary word or a surname first needs a known
            # name second that is not a very common word, or "Hope Street" ("Street" is an
            # English surname) and "Rose Garden" would be people.
            if second_info is None or second_info.zipf >= SURNAME_MAX_ZIPF:
                return i
        return self._extend(tokens, k, words=2, known=1 + (second_info is not None))

    def _extend(self, tokens: Sequence[Token], j: int, words: int, known: int) -> int:
        """Extend a name of ``words`` words (``known`` of them in the gazetteer) ending at token
        ``j`` over further names and particles, up to four words.

        After two known names one unknown capitalised word may end the name ("Nguyễn Thị
        Hoa"): the gazetteer cannot hold every given name.
        """
        while words < 4:
            k = j + 1
            while k < len(tokens) and tokens[k].lower in PARTICLES and _joined(tokens[k]):
                k += 1  # "de la" before "Cruz"
            if k >= len(tokens) or not _joined(tokens[k]) or not tokens[k].capitalised:
                break
            if tokens[k].initial:
                break
            following = self.gazetteer.lookup(tokens[k].text)
            if following is None or not (following.first or following.last):
                if known >= 2 and k == j + 1:
                    j = k
                break
            j, words, known = k, words + 1, known + 1
        return j

    def _promote_lists(
        self, tokens: Sequence[Token], spans: list[tuple[int, int, float, str]]
    ) -> list[tuple[int, int, float, str]]:
        """'Olena, Ivan and Grace': names listed together support each other."""
        promoted = list(spans)
        for n in range(len(spans) - 1):
            _, j, _, _ = spans[n]
            k, _, _, _ = spans[n + 1]
            between = " ".join(t.lower for t in tokens[j + 1 : k])
            separator = tokens[k].gap_before.strip() if k == j + 1 else ""
            listed = (k == j + 1 and separator in (",", "&")) or (
                k == j + 2 and between in ("and", "or") and _joined(tokens[j + 1], ",")
            )
            # Two sentence-initial word-names in a row ("Hope, Faith") prove nothing together.
            if listed and max(spans[n][2], spans[n + 1][2]) > 0.0:
                for m in (n, n + 1):
                    i0, j0, score, reason = promoted[m]
                    if score < SCORE_NAME_IN_CONTEXT:
                        promoted[m] = (i0, j0, SCORE_NAME_IN_CONTEXT, "list of names")
        return promoted


def _joined(token: Token, extra: str = "") -> bool:
    """True if only spaces (and characters in ``extra``) separate ``token`` from the previous."""
    gap = token.gap_before
    for char in extra:
        gap = gap.replace(char, "")
    return gap.strip(" \t") == "" and "\n" not in token.gap_before


def _capitalised_neighbour(tokens: Sequence[Token], i: int) -> bool:
    """True if token ``i`` is joined to a capitalised word before or after it."""
    before = i > 0 and _joined(tokens[i]) and tokens[i - 1].capitalised
    after = i + 1 < len(tokens) and _joined(tokens[i + 1]) and tokens[i + 1].capitalised
    return bool(before or after)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


# NER labels for people, as spaCy and Presidio's spaCy engine name them.  Any other entity
# over a lone low-scoring name ("Lagos", "Georgia") shows it is not a person.
PERSON_LABELS = frozenset(("PERSON", "PER"))


class NameGazetteerRecognizer(LocalRecognizer):
    """Presidio recognizer for PERSON from the multilingual name gazetteer.

    Text that is mostly lower-case or capitals is analysed through
    :func:`redactor.detect.casing.restore_case` (same length, so offsets hold).  When Presidio passes
    spaCy results, a lone low-scoring name that spaCy calls a place, date or organisation is
    dropped.
    """

    def __init__(
        self,
        gazetteer: NameGazetteer | None = None,
        supported_language: str = "en",
        name: str = RECOGNIZER_NAME,
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.finder = NameFinder(self.gazetteer)
        super().__init__(
            supported_entities=["PERSON"], name=name, supported_language=supported_language
        )

    def load(self) -> None:
        """Nothing to load: the gazetteer is given to the constructor."""

    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """PERSON results for names in ``text`` (restored to mixed case first if caseless)."""
        if entities and "PERSON" not in entities:
            return []
        # casing builds on this module's gazetteer, so it is imported where it is used.
        from redactor.detect.casing import needs_case_restoration, restore_case

        excluded: list[tuple[int, int]] = []
        if needs_case_restoration(text):
            working = restore_case(text, self.gazetteer)
        else:
            working = text
            excluded = list(_not_person_spans(nlp_artifacts))
        return [self._result(span) for span in self.finder.find(working, excluded)]

    def _result(self, span: NameSpan) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=span.score,
            textual_explanation=f"known name ({span.reason})",
        )
        return RecognizerResult(
            entity_type="PERSON",
            start=span.start,
            end=span.end,
            score=span.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                # Presidio keeps only results whose identifier is the recognizer's id.
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "redactor_key": span.key,
            },
        )


def _not_person_spans(nlp_artifacts: Any) -> Iterator[tuple[int, int]]:
    """Character spans spaCy labelled as something other than a person."""
    if nlp_artifacts is None:
        return
    for entity in getattr(nlp_artifacts, "entities", None) or ():
        if entity.label_ not in PERSON_LABELS:
            yield (entity.start_char, entity.end_char)
