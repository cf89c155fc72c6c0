"""What the spoken-form recognizers share: tokens, number words read as digits, context cues.

Each recognizer compiles one tokenizer pattern (named alternatives, ``PARTS``) that turns text
into one class letter per token, and one grammar pattern (``GRAMMAR``) over that string of
letters, the state machine that finds the spoken forms.  This module owns that machinery, the
value of a said number ("forty-eight" → "48"), the context words that say what a number is (a
phone, an ID, a plate, an amount) and the builder of results with ``redactor_key``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from presidio_analyzer import LocalRecognizer, RecognizerResult

from redactor.lexicon import longest_first
from redactor.lexicon.folding import ascii_fold
from redactor.lexicon.numbers import TEENS, TENS, TENS_MISSPELT, UNITS, ZEROS
from redactor.project.kept_re import ImportWindow

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["TEENS", "UNITS", "ZEROS", "ascii_fold"]

# Tens as transcripts write them, misspellings included.
TENS_SAID = MappingProxyType({**TENS, **TENS_MISSPELT})
# Every number word a dictated address or handle may contain.
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS_SAID) | {"zero"}

# Context words that say what a spoken number is.  Specific cues decide the type; the generic
# "number" only says it is some number worth keeping (a phone, unless a specific cue is nearer).
_ID_CUES = frozenset("""
account passport id identification card badge serial licence license registration reference
membership pin code tax insurance social personnel policy customer contract iban sort
nie nif dni nin ssn nric aadhaar cedula cédula rut kimlik cnic nic nida nik omang curp cpf
uan epf jmbg egn oib emšo emso pesel nip npwp bvn nssf nhif sss philhealth
""".split())
# Words that make a number an identifier only as "<word> number": "case number nineteen dash
# four four three two", "staff number ..." (but "in that case twenty twenty" is a year).
_ID_CUES_BEFORE_NUMBER = frozenset("""
case file application applications claim ticket complaint appeal student patient booking
tracking parcel order service collar warrant record member employee staff prisoner inmate
detainee payroll docket visa permit army military regimental pension asylum refugee
token personal pf nhs fund
""".split())
_NUMBER_WORDS = frozenset("number numbers num no nr id ref".split())
# Words that make what follows an identifier on their own.
_ID_CUES_ALONE = frozenset("prisoner inmate detainee payroll docket employee".split())
_PLATE_CUES = frozenset("plate plates numberplate reg".split())
_PHONE_CUES = frozenset("""
phone telephone mobile cell cellphone whatsapp viber signal telegram ring dial call calling
text texting reach landline hotline
""".split())
_GENERIC_NUMBER_CUES = frozenset({"number", "numbers", "number's", "number’s", "digits"})
_VEHICLES = frozenset({"vehicle", "car", "truck", "van", "lorry", "tank", "jeep", "minibus"})
# Numbers said after these are amounts, scores or measures ("prices were nine ninety-nine, …").
AMOUNT_CUES = frozenset("""
price prices cost costs paid pay pays dollars dollar euros euro pounds hryvnias hryvnia rubles
roubles zloty bucks cents percent score scores temperature degrees kilometres kilometers miles
metres meters kilos kilograms tons tonnes
""".split())
_DIALLING = frozenset({"area", "country", "dialling", "dialing", "dial", "city"})


# What a transcriber writes where speech was lost ("[inaudible]", "(crosstalk)"): the words said
# on both sides of it may be one code or number.
LOST_SPEECH = "inaudible|unintelligible|indistinct|unclear|crosstalk|cross-talk|garbled"


# What a recognizer's judging step returns: (entity type, start, end, score, redactor_key).
Found = tuple[str, int, int, float, str]


class Tok(NamedTuple):
    """One token: its span, its class letter for the grammar, its text."""

    start: int
    end: int
    cls: str
    text: str


def word_pattern(*words: str) -> str:
    """An alternation of whole words, longest first so "fourteen" is not read as "four" (and
    those of one length in alphabetical order: the same pattern in every process, so its
    compiled form is found again, ``SpokenRecognizer.load``)."""
    ordered = longest_first(set(words))
    return r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + r")\b"


def compile_tokenizer(parts: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    """One pattern of the named ``parts``, the first that matches winning.  No part starts with
    white space (a token is a word, a number or a mark), so a look-ahead for something else
    fails at every space and line break before the parts are tried there one by one (a
    third of the tokenizer's time)."""
    return re.compile(r"(?=\S)(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in parts) + ")",
                      re.IGNORECASE)


def tokenize(pattern: re.Pattern[str], text: str,
             classify: Callable[[str, int, int, str], Tok]) -> tuple[list[Tok], str]:
    """Tokens of ``text`` and the string of their class letters (same index)."""
    tokens = [classify(m.lastgroup or "", m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    return tokens, "".join(t.cls for t in tokens)


COMPOUND_TENS = (
    r"\b(?:" + "|".join(TENS_SAID) + r")(?:[\s-]+(?:" + "|".join(UNITS) + r"))?\b"
)
SPACE_OR_HYPHEN = re.compile(r"[\s-]+")


def number_value(text: str) -> str:
    """Digits of one number token: "forty-eight" → "48", "seven" → "7", "0612" → "0612"."""
    lowered = text.lower()
    if lowered.isdigit():
        return lowered
    words = SPACE_OR_HYPHEN.split(lowered)
    if len(words) == 2 and words[0] in TENS_SAID and words[1] in UNITS:
        return str(TENS_SAID[words[0]] + UNITS[words[1]])
    word = words[0]
    tables: tuple[Mapping[str, int], ...] = (UNITS, TEENS, TENS_SAID, ZEROS)
    for table in tables:
        if word in table:
            return str(table[word])
    return ""



def digits_key(digits: str) -> str:
    # The grouping stage keys a typed phone or ID number on its last nine digits, so that
    # "+48 601 …" and "0048 601 …" are one number; a spoken one must get the same key.
    return digits[-9:] if len(digits) >= 5 else digits


def context_words(tokens: Sequence[Tok], index: int, window: int, word_cls: str) -> list[str]:
    """Lower-cased word tokens just before ``tokens[index]``, nearest first."""
    found: list[str] = []
    i = index - 1
    # Bounded, so a long run of non-words costs no more than a short one.
    stop = max(-1, index - 4 * window - 1)
    while i > stop and len(found) < window:
        if tokens[i].cls in word_cls:
            found.append(tokens[i].text.lower())
        i -= 1
    return found


def names_a_phone(context: Sequence[str]) -> bool:
    """Whether a word of ``context`` says a phone ("call", "mobile"), not just "number"."""
    return any(word in _PHONE_CUES for word in context)


def number_kind(context: Sequence[str]) -> str:
    """"plate", "id", "phone", "amount" or "" from the nearest specific cue; the generic
    "number" counts as phone."""
    for i, word in enumerate(context):
        if word == "code" and i + 1 < len(context) and context[i + 1] in _DIALLING:
            return "phone"  # "area code", "country code"
        if word == "number" and i + 1 < len(context) and context[i + 1] in _VEHICLES:
            return "plate"  # "the vehicle number", "the car number"
        if word in _PLATE_CUES:
            return "plate"
        if word in _ID_CUES or word in _ID_CUES_ALONE:
            return "id"
        if word in _ID_CUES_BEFORE_NUMBER and i > 0 and context[i - 1] in _NUMBER_WORDS:
            return "id"
        if word in _PHONE_CUES:
            return "phone"
        if word in AMOUNT_CUES:
            return "amount"
    return "phone" if any(w in _GENERIC_NUMBER_CUES for w in context) else ""


class ResultMaker:
    """Builds results with the metadata every redactor detector carries.

    The identifier must be the recognizer's Presidio ``id``: the analyzer hands each result back
    to the recognizer with that id for context enhancement and drops results it cannot match.
    """

    def __init__(self, name: str, identifier: str) -> None:
        self.name = name
        self.identifier = identifier

    def __call__(self, entity: str, start: int, end: int, score: float, key: str) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity, start=start, end=end, score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.identifier,
                # Scores here already weigh the context words; Presidio must not add to them.
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                "redactor_key": key,
            },
        )


def wanted_entities(entities: Sequence[str] | None, supported: Sequence[str]) -> frozenset[str]:
    if not entities:
        return frozenset(supported)
    return frozenset(entities) & frozenset(supported)



class SpokenRecognizer(LocalRecognizer):
    """What the spoken-form recognizers share: their entities, and a token grammar (``PARTS``,
    a tokenizer's named alternatives; ``GRAMMAR``, a pattern over the token classes) compiled
    once, when Presidio loads the recognizer."""

    name: str
    ENTITIES: tuple[str, ...] = ()
    PARTS: Sequence[tuple[str, str]] = ()
    GRAMMAR = ""

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name=name if name is not None else type(self).__name__,
                         supported_language=supported_language)

    def load(self) -> None:
        if self.PARTS:
            # redactor's own word lists (and the top-level domains), the same in every run: the
            # tokenizer is rebuilt from the form an earlier run kept (``kept_re``), not parsed
            # again (~10 ms of a one-file check for the four recognizers)
            with ImportWindow("re-spoken", churn=0):
                self._tokenizer = compile_tokenizer(self.PARTS)
                self._grammar = re.compile(self.GRAMMAR)
        self._make = ResultMaker(self.name, self.id)

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Results for each match of the grammar over the classes of the text's tokens."""
        wanted = wanted_entities(entities, self.ENTITIES)
        if not wanted:
            return []
        tokens, classes = tokenize(self._tokenizer, text, self._classify)
        return [self._make(*found) for m in self._grammar.finditer(classes)
                for found in self._found(text, tokens, m) if found[0] in wanted]

    @staticmethod
    def _classify(group: str, start: int, end: int, text: str) -> Tok:
        """The token of one tokenizer match, with its class letter."""
        raise NotImplementedError

    def _found(self, text: str, tokens: Sequence[Tok], m: re.Match[str]) -> Iterable[Found]:
        """What one grammar match ``m`` over the token classes finds."""
        raise NotImplementedError
