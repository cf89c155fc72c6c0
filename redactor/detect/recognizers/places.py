"""Small places in lower-case captions: "we lived near bilohorivka", "a village called mokhovoe".

spaCy's model sees a place by its capital, and the place rules of ``rules/places.yaml`` ask for
one, so a town said in an automatic caption is often missed.  :class:`LowerCasePlaceRecognizer`
reads only caseless lines (:func:`redactor.detect.casing.caseless_lines`) and finds a place by
the word before it:

- after a place preposition ("in", "near", "from", "to", "outside" ... :data:`PLACE_CUES`), one
  to four words GeoNames knows as a town of 1,000 people or more
  (:func:`redactor.lexicon.places.default_places`, :func:`~redactor.lexicon.places.small_place_names`)
  that are no common English word and, alone, no given name ("in march", "to maria" stay);
- after "village/town/... of/called/named", also a word no list knows: one or two words rare in
  English (``RARE_WORD_ZIPF``).

Whether a place found so is public (a large city) is the filters' rule, as for every place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from redactor.detect.casing import RARE_WORD_ZIPF, caseless_lines, english_zipf
from redactor.detect.name_context import Token, tokenize
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, default_gazetteer
from redactor.lexicon.places import (DIRECTIONAL_PREPOSITIONS, LOCATIVE_PREPOSITIONS, default_places, fold_place,
                                     small_place_names)

RECOGNIZER_NAME = "LowerCasePlaceRecognizer"
SCORE = 0.86  # above the model's guess of a person for the same word ("called mokhovoe")
# Words after which a name is where someone is, comes from or goes.
PLACE_CUES = LOCATIVE_PREPOSITIONS | DIRECTIONAL_PREPOSITIONS | frozenset(("at",))
# "the village of X", "a town called X": what follows names a settlement whatever lists know.
SETTLEMENT_WORDS = frozenset(
    "village villages town city hamlet settlement suburb district raion rayon municipality "
    "commune township neighbourhood neighborhood selo khutor".split())
SETTLEMENT_LINKS = frozenset(("of", "called", "named"))
_MAX_WORDS = 4  # "santa rosa do sul"


class LowerCasePlaceRecognizer(LocalRecognizer):
    """LOCATION for place names written in lower case after a place cue (see the module)."""

    name: str

    def __init__(self, supported_language: str = "en", name: str = RECOGNIZER_NAME) -> None:
        super().__init__(supported_entities=["LOCATION"], name=name, supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load: the gazetteers are read on first use."""

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts=None) -> list[RecognizerResult]:
        if entities and "LOCATION" not in entities:
            return []
        flags = caseless_lines(text)
        if not any(flags):
            return []
        return [self._result(start, end) for start, end in find_lower_case_places(text, flags)]

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type="LOCATION", start=start, end=end, score=SCORE,
            analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=SCORE,
                                                     textual_explanation="place after a place word"),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


def find_lower_case_places(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each lower-case place after a cue on the lines ``flags`` marks caseless."""
    tokens = tokenize(text)
    line_starts = [0]
    line_starts.extend(i + 1 for i, c in enumerate(text) if c == "\n")
    line = 0
    i = 1
    while i < len(tokens):
        token = tokens[i]
        while line + 1 < len(line_starts) and line_starts[line + 1] <= token.start:
            line += 1
        found = 0
        if flags[line] and token.text.islower() and _joined(text, tokens[i - 1], token):
            cue = tokens[i - 1].lower
            settlement = cue in SETTLEMENT_LINKS and i >= 2 and tokens[i - 2].lower in SETTLEMENT_WORDS \
                and _joined(text, tokens[i - 2], tokens[i - 1])
            if settlement or cue in PLACE_CUES:
                found = _place_at(text, tokens, i, settlement)
        if found:
            yield tokens[i].start, tokens[i + found - 1].end
            i += found
        else:
            i += 1


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words one space apart, on one line, without punctuation between them."""
    gap = text[left.end:right.start]
    return not left.possessive and gap.isspace() and "\n" not in gap


def _place_at(text: str, tokens: Sequence[Token], i: int, settlement: bool) -> int:
    """How many words from ``tokens[i]`` name a place (0: none)."""
    run = [tokens[i]]
    while len(run) < _MAX_WORDS and i + len(run) < len(tokens) and not run[-1].possessive:
        nxt = tokens[i + len(run)]
        if not (nxt.text.islower() and _joined(text, run[-1], nxt)):
            break
        run.append(nxt)
    for size in range(len(run), 0, -1):
        words = run[:size]
        if _known_small_place(words, settlement):
            return size
    if settlement:
        size = 0
        while size < min(2, len(run)) and _unknown_word(run[size]):
            size += 1
        return size
    return 0


def _known_small_place(words: Sequence[Token], settlement: bool) -> bool:
    """A town or village GeoNames knows, that is no English phrase and (one word, unless a
    settlement word names it) no given name."""
    if words[0].lower in FUNCTION_WORDS or words[-1].lower in FUNCTION_WORDS:
        return False
    if any(w.lower in MONTHS_AND_DAYS for w in words):
        return False
    gram = " ".join(w.text for w in words)
    if zipf_frequency(gram, "en") >= RARE_WORD_ZIPF:
        return False  # "reading", "mobile", "bath"
    if len(words) == 1 and not settlement:
        info = default_gazetteer().get(words[0].folded)
        if info is not None and info.first:
            return False  # "to marina", "from douglas"
    # captions drop a name's hyphens: "kamianets podilskyi" is GeoNames' "Kamianets-Podilskyi"
    forms = (gram, "-".join(w.text for w in words)) if len(words) > 1 else (gram,)
    for form in forms:
        place = default_places().get(form)
        if place is not None:
            return place.kind == "city"
    return any(fold_place(form) in small_place_names() for form in forms)


def _unknown_word(token: Token) -> bool:
    """A word rare in English and no function word: after "a village called" it is its name."""
    return len(token.text) >= 3 and token.lower not in FUNCTION_WORDS and token.text.replace("-", "").isalpha() \
        and english_zipf(token.text) < RARE_WORD_ZIPF
