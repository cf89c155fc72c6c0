"""The Python API: ``Redactor`` does everything the CLI does, over texts, files and folders.

A ``Redactor`` is built once per run from ``Settings`` (or around a ready detector).  A run is a
row of plain steps over typed data, readable top to bottom in ``Redactor.run_results``:
read -> detect (per document, in batches) -> refine across the run (propagation, people,
decisions) -> group mentions into entities -> assign each entity its replacement -> place the
edits back into each document.  Detection sees one document at a time; the run-wide steps learn
only from the mentions detection collected (confident forms, name tokens, grouping keys) and
then work on each document on its own, so they can run after a detection done elsewhere.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from collections import deque
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Protocol, Sequence, cast

from presidio_analyzer import EntityRecognizer, PatternRecognizer

from redactor.detect.engine import DetectInput, Detector, IncompleteScan
from redactor.detect.offices import holds_public_office
from redactor.detect.overlaps import resolve_overlaps
from redactor.detect.org_edges import with_bodies_of_places
from redactor.detect.packs import RulePack, load_packs
from redactor.detect.person_roles import is_turn_label
from redactor.detect.recognizers.dates import SpokenDateRecognizer
from redactor.detect.recognizers.incident import IncidentDetailRecognizer
from redactor.detect.recognizers.logins import LoginNameRecognizer
from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from redactor.detect.recognizers.names import NameGazetteerRecognizer, default_gazetteer, finder_gazetteer
from redactor.detect.recognizers.answers import AnswerRecognizer
from redactor.detect.recognizers.coloured_models import ColouredModelRecognizer
from redactor.detect.recognizers.count_fragments import CountFragmentRecognizer
from redactor.detect.recognizers.firm_after_job import FirmAfterJobRecognizer
from redactor.detect.recognizers.firm_appositions import FirmAppositionRecognizer
from redactor.detect.recognizers.firm_heads import FirmHeadRecognizer
from redactor.detect.recognizers.firm_kinds import FirmKindRecognizer
from redactor.detect.recognizers.named_ways import NamedWayRecognizer
from redactor.detect.recognizers.numbered_places import NumberedPlaceRecognizer
from redactor.detect.recognizers.service_units import ServiceUnitRecognizer
from redactor.detect.recognizers.trade_counts import TradeCountRecognizer
from redactor.detect.recognizers.framed_jobs import FramedJobRecognizer
from redactor.detect.recognizers.id_shapes import DigitGroupRecognizer
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.detect.recognizers.profiles import SourceProfileRecognizer
from redactor.detect.recognizers.spoken import spoken_recognizers
from redactor.entities.group import value_key
from redactor.entities.resolve import person_shaped_types, resolve_run
from redactor.entities.spans import tidy_person_spans
from redactor.entities.variants import default_given_names
from redactor.errors import ExitCode, RedactorError
from redactor.formats import format_for
from redactor.inputs import RunInputs, document_run
from redactor.model import (  # noqa: F401 - RunResult is part of this module's API
    Detected,
    Document,
    DocumentRun,
    Edit,
    Entity,
    FileResult,
    FileStatus,
    Finding,
    JoinedText,
    Mention,
    Piece,
    Replacement,
    RunResult,
)
from redactor.audit import JOINED_FORM, LeakAudit, a_numbers_piece
from redactor.audit import fold as audit_fold
from redactor.outputs import JOURNAL_NAME, check_destination, recover_interrupted, report_folder, write_outputs
from redactor.detect.filters import GENERAL_DATE_SCORE, SpanFilters, is_private_before, titles_before_names_again
from redactor.lexicon.folding import fold
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import surname_shaped
from redactor.lexicon.places import default_places, fold_place, public_places
from redactor.refine.ages import ages_after_names
from redactor.refine.appositions import link_appositions
from redactor.refine.boundaries import (
    EVERY_PIECE,
    SAID_NUMBER_NOISE,
    cut_at_boundaries,
    role_labels_standing,
    without_role_labels,
)
from redactor.refine.epithets import epithets_before_names
from redactor.refine.figures import keep_figures, public_figures
from redactor.refine.initials import initials_before_names
from redactor.refine.name_breaks import join_broken_names
from redactor.refine.nicknames import ALIAS_DETECTOR, join_names_around_nicknames, link_nicknames
from redactor.refine.nickname_glosses import described_nicknames, nickname_meanings, said_as_a_description
from redactor.refine.restated_names import names_restated_in_full
from redactor.refine.short_forms import link_short_forms
from redactor.project.config import Settings
from redactor.project.files import release_mapped
from redactor.project.paths import expand_paths
from redactor.refine.people import (
    align_person_types,
    key_family_names,
    key_introduced_names,
    key_namesakes,
    key_names_across_pieces,
    key_possessives,
    generations_after_names,
    initials_after_names,
    merge_adjacent_people,
    rare_words_beside_names,
    short_names_typed_as_places,
    given_name_before_full_name,
    given_name_before_person,
    person_name_tokens,
    place_by_context,
)
from redactor.refine.numbers_again import NumberForms
from redactor.refine.propagate import ConfidentForms
from redactor.refine.titles_said_again import titles_said_again
from redactor.refine.values_again import ValuesAgain
from redactor.refine.vehicles import vehicles_again
from redactor.replace.generalize import age_subject_start, date_start, generalize, generalize_age, generalize_place
from redactor.replace.pseudonyms import PseudonymTable, render_replacement

# Documents detected per batch (one process's unit of work, one pass of spaCy's network:
# ``redactor.detect.engine.NLP_BATCH``): bounds memory on large folders, and small enough that
# the processes of a run finish within a few documents of each other.
BATCH_DOCUMENTS = 8

# Called after each batch: (documents detected, documents, words detected so far).
Progress = Callable[[int, int, int], None]

# One file's state after a run-wide pass over it, and what the pass learnt from it (``_again``).
Again = tuple["Detected | FileResult", object]
# ``work`` over each file (its index), in order, in chunks, perhaps in other processes
# (``ProcessDetector.spread``).
Spread = Callable[[Callable[[int], Again], Sequence[int], int], Iterable[Again]]


class DecisionSource(Protocol):
    """What the editor decided (see ``redactor.refine.decisions``), applied per document."""

    def apply(self, path: Path, doc_text: str, mentions: list[Mention]) -> list[Mention]: ...

    def finish_run(self, run: RunResult) -> RunResult:
        """The run before it is written: files the decisions must hold back, what they did."""
        ...

    # Optional: ``regroup(mentions, entities, entity_of)``, the run's resolved grouping after the
    # editor's merges and splits (``Decisions.regroup``).


class DetectorLike(Protocol):
    """What a run needs from detection (``redactor.detect.engine.Detector``, or a stand-in)."""

    settings: Settings
    packs: tuple[RulePack, ...]
    keep_terms: tuple[str, ...]

    def detect(self, items: Sequence[DetectInput]) -> list[list[Mention] | IncompleteScan]: ...

    # Optional: ``detect_batches(batches)``, the results of many batches in order, for a detector
    # that spreads them over processes (``redactor.detect.parallel``).

    def recognizers(self) -> list[EntityRecognizer]: ...


def own_recognizers(settings: Settings) -> Iterator[EntityRecognizer]:
    """redactor's recognizers for ``settings``: names, spoken forms, source profiles, always-list."""
    yield NameGazetteerRecognizer(finder_gazetteer(), supported_language=settings.language)
    yield from spoken_recognizers(supported_language=settings.language)
    yield SpokenDateRecognizer(supported_language=settings.language)
    yield SpokenMoneyRecognizer(supported_language=settings.language)
    yield LowerCasePlaceRecognizer(supported_language=settings.language)
    yield NumberedPlaceRecognizer(supported_language=settings.language)
    yield NamedWayRecognizer(supported_language=settings.language)
    yield FirmKindRecognizer(supported_language=settings.language)
    yield FirmHeadRecognizer(supported_language=settings.language)
    yield FirmAppositionRecognizer(supported_language=settings.language)
    yield FirmAfterJobRecognizer(supported_language=settings.language)
    yield ColouredModelRecognizer(supported_language=settings.language)
    yield ServiceUnitRecognizer(supported_language=settings.language)
    yield TradeCountRecognizer(supported_language=settings.language)
    yield FramedJobRecognizer(supported_language=settings.language)
    yield CountFragmentRecognizer(supported_language=settings.language)
    yield DigitGroupRecognizer(supported_language=settings.language)
    yield AnswerRecognizer(supported_language=settings.language)
    yield IncidentDetailRecognizer(supported_language=settings.language)
    yield LoginNameRecognizer(supported_language=settings.language)
    if settings.sources:
        yield SourceProfileRecognizer(settings.sources, supported_language=settings.language)
    if settings.always:
        yield PatternRecognizer(supported_entity="SENSITIVE", name="AlwaysRedact",
                                deny_list=list(settings.always), supported_language=settings.language)


def build_detector(settings: Settings, extra_recognizers: Sequence[EntityRecognizer] = (),
                   packs: Sequence[RulePack] | None = None) -> Detector:
    """The detector a run over ``settings`` uses: its rule packs (loaded unless given), our
    recognizers and ``extra``.

    Loading it is the costly part of a Redactor (spaCy); build it once and share it."""
    if packs is None:
        packs = load_packs(settings.packs, settings.base_dir)
    return Detector(settings, packs, [*own_recognizers(settings), *extra_recognizers])


# Prepositions after which a generalised date drops its own "in".
_TIME_PREPOSITIONS = frozenset("until till since by before after from through around about in between during".split())
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _is_person_name(tokens: tuple[str, ...]) -> bool:
    """Up to three tokens the name gazetteer knows as names - not places, not English words -
    led by a given name (or a lone given name or surname); or a lone word the lists lack that
    ends as a family name does and is no place ("vasilescu", "kowalska": ``surname_shaped``)."""
    if len(tokens) > 3:
        return False
    if len(tokens) == 1 and default_gazetteer().get(tokens[0]) is None and surname_shaped(tokens[0]) \
            and not default_places().is_place(tokens[0]):
        return True
    infos = [default_gazetteer().get(t) for t in tokens]
    known = [i for i in infos if i is not None and not i.place and not i.is_word and (i.first or i.last)]
    if len(known) != len(infos) or not known:
        return False
    return len(tokens) == 1 or bool(known[0].first)


def _person_shaped(mentions: Iterable[Mention]) -> list[Mention]:
    """``mentions`` with a "company" or "place" that is a person's name by its words made a
    person (``person_shaped_types``, as resolution will), so its surname is found again alone."""
    found = list(mentions)
    types = person_shaped_types(found, [m.entity_type for m in found])
    return [m if t == m.entity_type else replace(m, entity_type=t) for m, t in zip(found, types)]


# Values two interviews share by chance, naming nothing across files: "twenty seven" in one file
# and in another are two people's ages, "the ninth of March" two days of two stories.  Shared, one
# pseudonym would tie the interviews together (resolution no more takes them for a link between
# two files, ``redactor.entities.resolve._FilesApart``).
_OWN_FILE_VALUES = frozenset({"AGE", "DATE"})


def _in_own_file(m: Mention, doc: Detected) -> Mention:
    """``m`` grouped only with the values of its own file when it is an age or a date: its
    key holds the digest of the file's bytes, so a file read again next month keeps its key."""
    if m.entity_type not in _OWN_FILE_VALUES:
        return m
    return replace(m, key=f"{value_key(m)}@{doc.digest[:_DIGEST_IN_KEY]}")


_DIGEST_IN_KEY = 12


def _distinct(mentions: Iterable[Mention]) -> Iterator[Mention]:
    """The first mention of each form (all but the offsets), in order: what the run learns its
    confident forms from, once for each form rather than once for each time it is said."""
    seen: set[tuple[str, float, str, str, str, str]] = set()
    for m in mentions:
        form = (m.entity_type, m.score, m.detector, m.text, m.key, m.label)
        if form not in seen:
            seen.add(form)
            yield m


def _is_given_name(word: str) -> bool:
    """Whether the name gazetteer knows folded ``word`` as a given name ("austin", not "poltava")."""
    info = default_gazetteer().get(word)
    return info is not None and info.first


_NAME_JOINERS = str.maketrans({c: " " for c in "_-.+"})
_UNSAFE_IN_NAME = re.compile(r"[^\w.-]+")


# Descriptive words a file name carries without context ("interview-officer.md", "march/") are
# how people file their interviews, not who the source is: a name, a place, a number, a handle or
# a day-level date in a name is replaced; a role, a rank, a duration, an age, a time, a count, a
# reading, a month or a year is not.  (The leak audit still searches every name for the run's replaced values.)
_KEPT_IN_NAMES = frozenset({"OCCUPATION", "RANK", "DURATION", "AGE", "UNIQUE_DETAIL", "VEHICLE", "TIME", "COUNT",
                            "MEASUREMENT"})


# The model's guesses, which an ordinary word in a file name can be taken for.
_WORD_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})


def _identifies_in_a_name(f: Finding) -> bool:
    if f.entity_type in _KEPT_IN_NAMES:
        return False
    return not (f.entity_type == "DATE" and f.score <= GENERAL_DATE_SCORE)


def _everyday_phrase(text: str) -> bool:
    """Only everyday English words, no digits ("a month", "every friday", "prison officer")."""
    words = fold(text).split()
    return bool(words) and all(not _DIGIT.search(w) and zipf_frequency(w, "en") >= _EVERYDAY_ZIPF for w in words)


_EVERYDAY_ZIPF = 3.5
_DIGIT = re.compile(r"\d")


def _audited(f: Finding | Mention) -> bool:
    """Whether the leak audit searches every output for ``f``'s value: always, except a phrase
    of everyday words a context rule replaced (a duration, a date or routine said in words, a
    role: "a month", "every Friday", "prison officer"), which may stand elsewhere in the run in
    another sense ("204,000 rubles a month") and in a file's name (which keeps roles and
    durations), and a phone's or an ID's piece of three digits said aloud ("six six one":
    ``redactor.audit.a_numbers_piece``), and a nickname said as a description in everyday words
    ("the big man": ``redactor.refine.nickname_glosses``).  Names, places, numbers and dates with digits are
    always searched, but for a short name whose letters are also a common abbreviation ("Ngo"
    of Mama Ngo, "a local NGO"): the run's detection does not take the abbreviation written in
    capitals for the name (``redactor.refine.propagate``), so the audit does not either."""
    return not (f.entity_type in _KEPT_IN_NAMES | {"DATE"} and _everyday_phrase(f.text)) and \
        not (said_as_a_description(f.entity_type, f.text) and _everyday_phrase(f.text)) and \
        not (f.entity_type == "PERSON" and _name_like_an_abbreviation(f.text)) and \
        not a_numbers_piece(f.entity_type, f.text)


# A short name's letters this frequent in English are an abbreviation's too ("ngo", "nhs").
_ABBREVIATION_ZIPF = 3.0
_ABBREVIATION_MAX = 4


def _name_like_an_abbreviation(text: str) -> bool:
    """One word of at most four letters written as a name ("Ngo"), whose letters English uses
    often (as the abbreviation "NGO")."""
    return text.isalpha() and len(text) <= _ABBREVIATION_MAX and text[:1].isupper() and text[1:].islower() \
        and zipf_frequency(text.lower(), "en") >= _ABBREVIATION_ZIPF


def _redact_component(redactor: "Redactor", name: str) -> str:
    """One file or folder name redacted: joiners read as spaces, the suffix kept.  A name,
    place or organisation the model finds in a name that is only ordinary lower-case words
    ("port", "followup" of "14-port-izmir-followup.vtt") is a word, as in a transcript's noise,
    unless the run's texts protected that very value (its pseudonym was already in the table);
    the pseudonym it was given here is taken back."""
    stem, dot, suffix = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    table = redactor.table
    protected = _protected_forms(table)
    known = {p.replacement for p in table.entries.values()}
    plain = stem.translate(_NAME_JOINERS)
    found = redactor.scan(plain)
    tiles = _protected_tiles(plain, 0, len(plain), protected, whole=False)
    spans = [span for f in found if _identifies_in_a_name(f) and not _is_word_in_a_name(f, known, protected)
             for span in _spans_in_a_name(plain, f, protected, tiles, known)]
    used = {r for _, _, r in spans}
    table.forget({f.replacement for f in found if f.replacement not in known and f.replacement not in used})
    # and is replaced where the model did not find it in the name at all
    for start, end, replacement in tiles:
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, replacement))
    for start, end, replacement in sorted(_joined_where_they_overlap(spans), reverse=True):
        safe = _UNSAFE_IN_NAME.sub("-", replacement).strip("-") or "redacted"
        stem = stem[:start] + safe + stem[end:]
    return stem + dot + suffix


def _joined_where_they_overlap(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with any two that overlap made one (their union, the first one's replacement):
    a protected value of the whole name and a finding's own value inside it may both be there,
    or one value twice (two findings it partly holds), and each character is replaced once."""
    out: list[tuple[int, int, str]] = []
    for start, end, replacement in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2])
        else:
            out.append((start, end, replacement))
    return out


# A file name's words ("rossosh", "anna" and "kowalska" of "anna-kowalska").
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _is_word_in_a_name(f: Finding, known: set[str], protected: Mapping[str, str]) -> bool:
    """A name the model found in a file name that the run's texts did not protect and that is
    only ordinary words ("port", "followup"), public places and short tags no name list knows
    ("farm-brazil-asr", "manila-followup")."""
    return f.replacement not in known and f.entity_type in _WORD_TYPES and fold(f.text) not in protected \
        and _ordinary_words(f.text)


def _ordinary_in_a_name(word: str) -> bool:
    """An everyday word, a public place ("brazil", "manila") or a tag of up to three letters
    that no name list knows ("asr", "mp"), as people file interviews; not a longer unknown word
    ("kedr-notes": a call sign the texts may not say)."""
    return SpanFilters.is_dictionary_phrase(word) or fold_place(word) in public_places() \
        or (len(word) <= 3 and default_gazetteer().get(fold(word)) is None)


def _spans_in_a_name(plain: str, f: Finding, protected: Mapping[str, str],
                     tiles: Sequence[tuple[int, int, str]], known: set[str]) -> list[tuple[int, int, str]]:
    """Where a finding in a file name is replaced, and by what: a value the texts protected keeps
    its pseudonym whatever the model calls it here ("rossosh" a person in a name, a place in the
    text), also inside a longer span ("anna kowalska rossosh" found as one person).  A protected
    value of the name (``tiles``) the finding only partly holds goes whole ("ombre wrona" found
    in "bel-ombre-wrona" where the texts protected "bel ombre"), the finding's other words
    with the finding's own replacement, unless they are ordinary words the texts did not protect,
    as a whole finding of them is (:func:`_is_word_in_a_name`: "bakery" of "rossosh bakery" found
    as a firm, "rossosh" the texts' place)."""
    if fold(f.text) in protected:
        return [(f.start, f.end, protected[fold(f.text)])]
    inside = _protected_tiles(plain, f.start, f.end, protected)
    if inside:
        return inside
    over = [t for t in tiles if t[0] < f.end and f.start < t[1]]
    rest: list[tuple[int, int, str]] = []
    for w in _NAME_WORD.finditer(plain, f.start, f.end):
        if any(t[0] <= w.start() and w.end() <= t[1] for t in over):
            continue
        if rest and not any(rest[-1][1] <= t[0] < w.start() for t in over):
            rest[-1] = (rest[-1][0], w.end(), f.replacement)  # the next word of one piece
        else:
            rest.append((w.start(), w.end(), f.replacement))
    if over and f.replacement not in known and f.entity_type in _WORD_TYPES:
        rest = [r for r in rest if not _ordinary_words(plain[r[0]:r[1]])]
    return over + rest if over else [(f.start, f.end, f.replacement)]


def _ordinary_words(piece: str) -> bool:
    """A piece of a file name in small letters that is only ordinary words (see
    :func:`_ordinary_in_a_name`)."""
    return piece == piece.lower() and all(_ordinary_in_a_name(w) for w in _NAME_WORD.findall(piece))


def _protected_tiles(plain: str, start: int, end: int, protected: Mapping[str, str],
                     whole: bool = True) -> list[tuple[int, int, str]]:
    """The protected values among the words of ``plain[start:end]``, two words before one
    ("anna kowalska" before "anna"); with ``whole``, only if they cover every word, else none."""
    words = [(w.start(), w.end()) for w in _NAME_WORD.finditer(plain, start, end)]
    tiles, i = [], 0
    while i < len(words):
        pair = (words[i][0], words[i + 1][1]) if i + 1 < len(words) and \
            plain[words[i][1]:words[i + 1][0]] == " " else None
        if pair and fold(plain[pair[0]:pair[1]]) in protected:
            tiles.append((*pair, protected[fold(plain[pair[0]:pair[1]])]))
            i += 2
        elif fold(plain[words[i][0]:words[i][1]]) in protected:
            tiles.append((*words[i], protected[fold(plain[words[i][0]:words[i][1]])]))
            i += 1
        elif whole:
            return []
        else:
            i += 1
    return tiles


def _protected_forms(table: PseudonymTable) -> dict[str, str]:
    """Folded form -> replacement of every value the run protected that identifies in a name
    (the types :func:`_identifies_in_a_name` replaces), three letters or more."""
    forms: dict[str, str] = {}
    for entity_type, form, replacement in table.written_forms():
        folded = fold(form)
        # (a role or duration too unless it is everyday words: "icu nurse" goes, "prison officer"
        # stays, as the leak audit expects)
        if entity_type != "DATE" and (entity_type not in _KEPT_IN_NAMES or not _everyday_phrase(form)) \
                and len(folded.replace(" ", "")) >= 3:
            forms.setdefault(folded, replacement)
            # and written as one word, as file names often are ("zofialipka.txt"), also as the
            # leak audit joins it: without its signs and marks ("stbrenoc" of "St. Brenoc")
            for spaced in (folded, audit_fold(form).strip()):
                if " " in spaced and len(spaced.replace(" ", "")) >= JOINED_FORM:
                    forms.setdefault(spaced.replace(" ", ""), replacement)
    return forms


def _turn_labels(doc: DocumentRun) -> Callable[[int, int], bool]:
    """Whether a span of ``doc``'s joined text is the label of a turn, read in the document's
    own text: a subtitle's cue joins its lines with a space, the file keeps each turn on its
    line ("Interviewer: why?\nSource: because")."""
    def at_label(start: int, end: int) -> bool:
        parts = doc.joined.split(doc.document, start, end)
        if len(parts) != 1:
            return False
        index, lo, hi = parts[0]
        piece = doc.document.pieces[index]
        return is_turn_label(doc.document.text, piece.source_offset(lo), piece.source_offset(hi), piece.start)
    return at_label


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts




def _detect_input(d: DocumentRun) -> DetectInput:
    """What detection reads of a document: its joined text, speaker fields and piece joins."""
    return DetectInput(d.joined.text, d.joined.speakers(d.document), d.joined.joins(d.document))


# The words of "at" a generalised time takes along: "at about six fifty" → "in the morning".
_AT_BEFORE = re.compile(r"(?<![\w'’])(?:(?:at|around|about|approximately|roughly|sometime|just|exactly)\s+)+$",
                        re.IGNORECASE)


def _absorb_time_preposition(text: str, m: Mention, replacement: str) -> tuple[Mention, str]:
    """A time generalised to its part of the day ("in the morning", "at night") takes the "at"
    or "around" before it along, and drops its own "in" or "at" after "until" or "by"."""
    before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before and before.group(1).lower() in _TIME_PREPOSITIONS - {"around", "about"}:
        return m, replacement.split(" ", 1)[1]  # "until the morning", "by night"
    at = _AT_BEFORE.search(text, max(0, m.start - 40), m.start)
    if at is None:
        return m, replacement
    if text[at.start()].isupper():
        replacement = replacement[0].upper() + replacement[1:]
    return replace(m, start=at.start(), text=text[at.start():m.end]), replacement


def _absorb_age_subject(text: str, m: Mention, replacement: str) -> tuple[Mention, str]:
    """An age generalised takes its subject and verb along when they read better together:
    "I'm 34" becomes "I'm in my 30s" rather than "I'm 30-something" (the age span is the number)."""
    if replacement != generalize_age(m.text):
        return m, replacement
    start = age_subject_start(text, m.start)
    wider = generalize_age(text[start:m.end]) if start < m.start else None
    if wider is None:
        return m, replacement
    return replace(m, start=start, text=text[start:m.end]), wider


def _absorb_preposition(text: str, m: Mention, replacement: str) -> tuple[Mention, str]:
    """A date generalised to "in February" takes the "on" before it along (not "on in
    February"), keeping its capital at the start of a sentence; a time generalised to its part
    of the day its "at" (``_absorb_time_preposition``); an age its subject (``_absorb_age_subject``)."""
    if m.entity_type == "AGE":
        return _absorb_age_subject(text, m, replacement)
    if m.entity_type == "TIME" and replacement.lower().startswith(("in the ", "at night")):
        return _absorb_time_preposition(text, m, replacement)
    if m.entity_type not in {"DATE", "DATE_OF_BIRTH"} or not replacement.lower().startswith("in "):
        return m, replacement
    before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before and before.group(1).lower() in _TIME_PREPOSITIONS:
        return m, replacement[3:]  # "until February 22" → "until February", not "until in"
    start = date_start(text, m.start)
    if start == m.start:
        return m, replacement
    if text[start].isupper():
        replacement = replacement[0].upper() + replacement[1:]
    return replace(m, start=start, text=text[start:m.end]), replacement


def _text_result(text: str) -> FileResult:
    """An in-memory text as if read from a plain UTF-8 file."""
    from redactor.formats.base import TextEncoding

    pieces = (Piece(text=text, start=0, part="text"),) if text else ()
    doc = Document(path=None, format="text", text=text, pieces=pieces, payload=TextEncoding("utf-8", False))
    return FileResult(path=Path("<text>"), status=FileStatus.SCANNED, document=doc)


def _return_freed_memory() -> None:
    """Hand the memory the process has freed back to the system (glibc's ``malloc_trim``).

    The C allocator keeps freed memory for reuse, so the network's working arrays of the last
    batches would stay in the process's footprint through the run-wide steps, which need
    none of it.  Once per run, not on every free: glibc's own trimming threshold set low
    (``MALLOC_TRIM_THRESHOLD_``) costs a fifth more CPU.  Elsewhere nothing is done."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


@dataclass(frozen=True)
class RunPlan:
    """What the run-wide steps decided, between the passes; no document's text.

    ``states``: one per input, in order: its final mentions (``Detected``) or the result of an
    input that was not scanned.  ``entity_of``: the entity of each redactable mention, in run
    order (an ``array``: a machine word each, however long the run); ``firsts[i]``: where
    ``states[i]``'s mentions start in it."""

    states: tuple[Detected | FileResult, ...]
    entities: tuple[Entity, ...]
    entity_of: Sequence[int]
    firsts: Sequence[int]


# One file's work in a run-wide pass: its document (read again) refined, and what the pass
# learns from it for a later pass (kept by the driver, in the run's order).
Step = Callable[[DocumentRun], "tuple[DocumentRun, object]"]


def _again(inputs: RunInputs, states: Sequence[Detected | FileResult], step: Step, index: int) -> Again:
    """``step`` over input ``index``, read again: its new state (or why it failed) and what
    ``step`` tells of it."""
    state = states[index]
    assert isinstance(state, Detected)
    doc = inputs.again(state)
    if not isinstance(doc, DocumentRun):
        return doc, None
    done, told = step(doc)
    return _held_state(state, done.mentions), told


def _each_again(inputs: RunInputs, states: list[Detected | FileResult], step: Step,
                learn: Callable[[Detected, object], None] | None = None,
                spread: Spread | None = None) -> list[Detected | FileResult]:
    """``step`` over each scanned input, read again: its new mentions (or why it failed); then
    ``learn`` of each new state and what ``step`` told of it, in the run's order.

    ``states`` is updated in place and returned, so a file's old mentions are dropped as its
    new ones are made (the run never holds two sets of all its mentions).  With ``spread`` the
    files are shared with the detection processes (``ProcessDetector.spread``): each file's
    step reads that file and the run-wide tables only, so the states are the same."""
    scanned = [i for i, s in enumerate(states) if isinstance(s, Detected)]
    work = partial(_again, inputs, states, step)
    done = spread(work, scanned, BATCH_DOCUMENTS) if spread is not None else map(work, scanned)
    for i, (state, told) in zip(scanned, done):
        if spread is not None and isinstance(state, Detected):  # its forms shared with the run's again
            state = replace(state, forms=tuple(map(_form_of, state.forms)))
        states[i] = state
        if learn is not None and isinstance(state, Detected):
            learn(state, told)
    return states


def held(mentions: Iterable[Mention]) -> tuple[tuple[Mention, ...], array]:
    """Mentions as the run holds them between its passes (``Detected``): each mention's form
    (all but its offsets), one object for every mention of the run with that form, and the
    offsets, two machine words a mention.  A run says the same few thousand names, places and
    numbers a hundred thousand times: about 24 bytes a mention instead of a ~110-byte object."""
    forms: list[Mention] = []
    offsets = array("q")
    for m in mentions:
        forms.append(_form_of(m))
        offsets.append(m.start)
        offsets.append(m.end)
    return tuple(forms), offsets


def _held_state(state: Detected, mentions: Iterable[Mention]) -> Detected:
    forms, offsets = held(mentions)
    return replace(state, forms=forms, offsets=offsets)


# The run's forms (a mention without its offsets), each once; its strings interned (a name's
# text and key are often the same string, and forms of one name share them).  A table that
# outgrows its bound starts afresh (what it shared stays shared).
_FORMS: dict[Mention, Mention] = {}
_SHARED_BOUND = 200_000


def _form_of(m: Mention) -> Mention:
    form = Mention(0, 0, m.entity_type, m.score, m.detector, m.text, m.key, m.label)
    shared = _FORMS.get(form)
    if shared is not None:
        return shared
    if len(_FORMS) >= _SHARED_BOUND:
        _FORMS.clear()
    form = Mention(0, 0, sys.intern(m.entity_type), m.score, sys.intern(m.detector), sys.intern(m.text),
                   sys.intern(m.key), sys.intern(m.label))
    return _FORMS.setdefault(form, form)


def compact(result: FileResult) -> FileResult:
    """A placed result as a run's report keeps it: findings without their text, no edits, and
    only the document's format and cleared metadata."""
    doc = result.document
    if doc is None:
        return result
    stub = Document(path=doc.path, format=doc.format, text="", pieces=(), joiner=doc.joiner,
                    cleared_metadata=doc.cleared_metadata)
    return replace(result, findings=tuple(map(_textless, result.findings)),
                   suggestions=tuple(map(_textless, result.suggestions)), edits=(), document=stub)


def _textless(f: Finding) -> Finding:
    return replace(f, text="", entity_type=sys.intern(f.entity_type), detector=sys.intern(f.detector),
                   replacement=sys.intern(f.replacement), part=sys.intern(f.part), entity_id=sys.intern(f.entity_id))


def place_edits(doc: DocumentRun, replacements: Sequence[Replacement | None]) -> FileResult:
    """Map a document's mentions back to its own offsets: findings (with their replacements),
    suggestions (below the threshold, no replacement) and the writer's edits per piece."""
    document, layout = doc.document, doc.joined
    line_starts = _line_starts(document.text)
    findings: list[Finding] = []
    suggestions: list[Finding] = []
    edits: list[list[Edit]] = [[] for _ in document.pieces]
    for m, rep in zip(doc.mentions, replacements):
        if rep is not None:
            m = rep.mention
        for n, (p, lo, hi) in enumerate(layout.split(document, m.start, m.end)):
            piece = document.pieces[p]
            start, end = piece.source_offset(lo), piece.source_offset(hi)
            line = bisect.bisect_right(line_starts, start)
            finding = Finding(
                start=start, end=end, entity_type=m.entity_type, score=m.score, detector=m.detector,
                text=document.text[start:end] if piece.offsets is None else piece.text[lo:hi],
                replacement=rep.text if rep else "", part=piece.part, line=line,
                column=start - line_starts[line - 1] + 1, entity_id=rep.entity_id if rep else "",
                ambiguous=rep.ambiguous if rep else False,
            )
            if rep is not None:
                findings.append(finding)
                edits[p].append(Edit(lo, hi, rep.text if n == 0 else ""))
            else:
                suggestions.append(finding)
    return replace(doc.result, findings=tuple(findings), suggestions=tuple(suggestions),
                   edits=tuple(tuple(e) for e in edits))


class _Rewriter:
    """Renders each file of a planned run when it is written: read again (it must be the file
    that was detected in), placed and rendered; nothing of it is held after."""

    def __init__(self, redactor: "Redactor", inputs: RunInputs, plan: RunPlan) -> None:
        self.redactor, self.inputs, self.plan = redactor, inputs, plan
        self._position = {s.path: i for i, s in enumerate(plan.states) if isinstance(s, Detected)}

    def write_redacted(self, result: FileResult) -> bytes:
        position = self._position[result.path]
        state = self.plan.states[position]
        assert isinstance(state, Detected)
        doc = self.inputs.again(state)
        if not isinstance(doc, DocumentRun):
            raise RedactorError(doc.reason, ExitCode.UNREADABLE)
        return self.redactor.write_redacted(self.redactor.place(self.plan, position, doc))

    def redact_name(self, relative: Path) -> Path:
        return self.redactor.redact_name(relative)


class Redactor:
    """One configured run: a detector (built from ``settings`` or passed in), one pseudonym table."""

    def __init__(self, settings: Settings | None = None, *,
                 detector: DetectorLike | None = None,
                 extra_recognizers: Sequence[EntityRecognizer] = (),
                 table: PseudonymTable | None = None,
                 decisions: DecisionSource | None = None) -> None:
        """``detector``: a ready one (see ``build_detector``), shared between Redactors so spaCy
        loads once; without it one is built from ``settings`` plus ``extra_recognizers``."""
        if detector is not None and extra_recognizers:
            raise ValueError("give extra recognizers to build_detector, not with a ready detector")
        if settings is None:
            settings = detector.settings if detector is not None else Settings()
        self.settings = settings
        self.detector: DetectorLike = detector if detector is not None else build_detector(settings, extra_recognizers)
        self.table = table if table is not None else PseudonymTable()
        self.decisions = decisions
        # The roles the run's turns are labelled by (``_kept``), learnt as the run is refined.
        self._roles_standing: set[str] = set()
        # The public-place rule again, for names the run-wide steps make places ("in Giza").
        self.public = SpanFilters(city_population=settings.public_city_population,
                                  regional_capital_population=settings.public_regional_capital_population)

    @property
    def packs(self) -> tuple[RulePack, ...]:
        return self.detector.packs

    def recognizers(self) -> list[EntityRecognizer]:
        return self.detector.recognizers()

    # -- in-memory texts -------------------------------------------------------------------

    def scan(self, text: str) -> list[Finding]:
        """Findings (with replacements) in one text."""
        return list(self.run_results([_text_result(text)])[0].findings)

    def redact(self, text: str) -> str:
        """The redacted text."""
        return self.write_redacted(self.run_results([_text_result(text)])[0]).decode("utf-8")

    def redact_name(self, relative: Path) -> Path:
        """``relative`` (an output path under the output folder) with each file and folder name
        redacted as text is, with the run's pseudonyms ("rossosh/anton_bykov.txt" becomes
        "LOCATION-1/Source-A.txt"); the mapping back is only in the vault."""
        return Path(*(_redact_component(self, part) for part in relative.parts))

    # -- files -----------------------------------------------------------------------------

    def run(self, paths: Sequence[Path], progress: Progress | None = None, *, keep_text: bool = True) -> RunResult:
        """Read, detect and assign pseudonyms over every file under ``paths``.

        Each file is read, detected in and dropped; the run-wide steps work on mentions alone;
        then each file is read again and placed.  With ``keep_text`` every result keeps its
        document, findings with their text and edits (what the review page and ``check`` show);
        without it results are ``compact`` and the run's memory does not grow with its texts."""
        inputs = RunInputs(expand_paths(paths))
        placed = self.place_all(inputs, self.plan(inputs, progress))
        return RunResult(files=tuple(placed if keep_text else map(compact, placed)))

    def plan_files(self, paths: Sequence[Path], progress: Progress | None = None) -> tuple[RunInputs, RunPlan]:
        """Pass 1 and the run-wide steps over every file under ``paths``; ``place_all(*it)``
        then yields each file's result, one at a time (``scan --format json`` streams them)."""
        inputs = RunInputs(expand_paths(paths))
        return inputs, self.plan(inputs, progress)

    def redact_files(self, paths: Sequence[Path], output: Path | None = None, *, in_place: bool = False,
                     progress: Progress | None = None) -> RunResult:
        """Redact every file under ``paths`` into ``output`` (the input tree mirrored) or, with
        ``in_place``, over the originals (each kept as ``*.orig``), and write the redaction
        report, exactly as `redactor redact` does.  Inputs are never written over otherwise.

        Two passes: detection keeps mentions only; after the run-wide steps each file is read
        again, placed and audited, and written one at a time (``redactor.outputs``)."""
        check_destination(paths, output, in_place)
        if in_place:  # an in-place run killed earlier is undone first: detect in the originals
            recover_interrupted(report_folder(paths, None) / JOURNAL_NAME)
        inputs = RunInputs(expand_paths(paths))
        plan = self.plan(inputs, progress)
        run = RunResult(files=tuple(map(compact, self.place_all(inputs, plan))))
        if self.decisions is not None:  # review hook: stale added details, decisions in the report
            run = self.decisions.finish_run(run)
        audit = self._audit(self.place_all(inputs, plan), run)
        return write_outputs(_Rewriter(self, inputs, plan), run, paths, output, in_place=in_place, audit=audit)

    def _audit(self, placed: Iterable[FileResult], run: RunResult) -> LeakAudit:
        """The audit of ``run`` from its files placed again (their findings' values), one at a time."""
        scanned = {f.path for f in run.files if f.status == FileStatus.SCANNED}
        replaced: set[str] = set()
        written: set[str] = set()
        for result in placed:
            if result.path in scanned:
                replaced.update(f.text for f in result.findings if _audited(f))
                written.update(f.replacement for f in result.findings)
        return LeakAudit.for_values(replaced, written, self.settings, self.recognizers(), kept=self._kept())

    def leak_audit(self, run: RunResult) -> LeakAudit:
        """The audit every written output of ``run`` must pass (``redactor.audit``)."""
        return LeakAudit.for_run(run, self.settings, self.recognizers(), kept=self._kept(), searched=_audited)

    def _kept(self) -> Iterable[str]:
        """What the written copies say on purpose: the values an editor let stand, and the roles
        the transcripts' turns are labelled by ("DIVER:", "<v Seeder>"), which stand in every
        turn: the speaker's "I'm a diver" replaced elsewhere is then found again in no label
        (``ValuesAgain``), and the audit does not refuse a copy for the labels it keeps."""
        kept_values = getattr(self.decisions, "kept_values", None)
        return [*(kept_values() if kept_values is not None else ()), *self._roles_standing]

    def write_redacted(self, result: FileResult) -> bytes:
        """The redacted file in its own format."""
        doc = result.document
        if doc is None:
            raise ValueError("only scanned files can be written")
        from redactor.formats.text import TextFormat

        writer = format_for(result.path) if doc.path is not None else None
        edits = result.edits or tuple(() for _ in doc.pieces)
        return (writer or TextFormat()).write(doc, edits)

    # -- the pipeline ----------------------------------------------------------------------

    def run_results(self, results: Sequence[FileResult], progress: Progress | None = None) -> list[FileResult]:
        """The run's steps over files already read; one result per input, in order."""
        inputs = RunInputs(results)
        return list(self.place_all(inputs, self.plan(inputs, progress)))

    def plan(self, inputs: RunInputs, progress: Progress | None = None) -> RunPlan:
        """Pass 1 and the run-wide steps: detect in each input, then learn across the run
        (propagation, people, decisions), group the mentions into entities and give each its
        pseudonym.  What it returns holds mentions, never a document's text."""
        states = self.refine(inputs, self.detect(inputs, progress))  # refine owns the list
        # Grouping and the pass after it come on top of all the run's states (a long run's peak
        # is among them): the pages of the mapped tables the passes read are dropped first, and
        # only what grouping and placing look up is mapped again (``release_mapped``).
        release_mapped()
        detected = [s for s in states if isinstance(s, Detected)]
        entities, entity_of = self.regroup(detected, *self.group(detected))
        entities = [self.table.assign_entity(e) for e in entities]
        threshold = self.settings.threshold
        firsts, count = [], 0
        for s in states:
            firsts.append(count)
            if isinstance(s, Detected):
                count += sum(1 for m in s.forms if m.score >= threshold)
        return RunPlan(states=tuple(states), entities=tuple(entities), entity_of=array("q", entity_of),
                       firsts=array("q", firsts))

    def place_all(self, inputs: RunInputs, plan: RunPlan) -> Iterator[FileResult]:
        """Pass 2: each input read again and its edits placed; one result per input, in order."""
        for position, state in enumerate(plan.states):
            if not isinstance(state, Detected):
                yield state
                continue
            doc = inputs.again(state)
            yield self.place(plan, position, doc) if isinstance(doc, DocumentRun) else doc

    def place(self, plan: RunPlan, position: int, doc: DocumentRun) -> FileResult:
        """One document read again, with the findings and edits the run decided for it."""
        threshold = self.settings.threshold
        text = doc.joined.text
        at = plan.firsts[position]  # this file's first redactable mention in ``entity_of``
        replacements: list[Replacement | None] = []
        for m in doc.mentions:
            if m.score < threshold:
                replacements.append(None)
                continue
            replacements.append(self._replacement(text, m, plan.entities[plan.entity_of[at]]))
            at += 1
        return place_edits(doc, replacements)

    def detect(self, inputs: RunInputs, progress: Progress | None = None) -> list[Detected | FileResult]:
        """Pass 1: each input read and detected in on its own, in batches of scanned documents;
        kept: its mentions and digest (``Detected``), or why it was not scanned."""
        states: list[Detected | FileResult | None] = [None] * len(inputs)
        pending: deque[list[tuple[int, DocumentRun]]] = deque()

        def batches() -> Iterator[list[DetectInput]]:
            batch: list[tuple[int, DocumentRun]] = []
            for i in range(len(inputs)):
                result = inputs.read(i)
                if result.status != FileStatus.SCANNED:
                    states[i] = result
                    continue
                batch.append((i, document_run(result)))
                if len(batch) == BATCH_DOCUMENTS:
                    pending.append(batch)
                    yield [_detect_input(d) for _, d in batch]
                    batch = []
            if batch:
                pending.append(batch)
                yield [_detect_input(d) for _, d in batch]

        detect_batches = getattr(self.detector, "detect_batches", None) or (lambda bs: map(self.detector.detect, bs))
        done = words = 0
        for found_in_batch in detect_batches(batches()):
            batch = pending.popleft()
            for (i, d), found in zip(batch, found_in_batch):
                states[i] = self._detected(i, d, found)
            if progress:
                done += len(batch)
                words += sum(len(d.joined.text.split()) for _, d in batch)
                progress(done, len(inputs), words)
        _return_freed_memory()  # what detection's working arrays left, before the run-wide steps
        return [s if s is not None else inputs.read(i) for i, s in enumerate(states)]

    @staticmethod
    def _detected(index: int, d: DocumentRun, found: list[Mention] | IncompleteScan) -> Detected | FileResult:
        if isinstance(found, IncompleteScan):
            return FileResult(path=d.path, status=FileStatus.FAILED, reason=found.message)
        found = tidy_person_spans(d.joined.text, found, d.joined.starts, _is_person_name, default_given_names())
        forms, offsets = held(found)
        return Detected(index=index, path=d.path, digest=d.result.digest, forms=forms, offsets=offsets)

    def refine(self, inputs: RunInputs, states: list[Detected | FileResult]) -> list[Detected | FileResult]:
        """What the whole run knows, applied to each document (read again): confident forms
        found again everywhere, names typed as people and joined, then the editor's decisions.
        ``states`` is updated in place (each file's mentions replaced as it is refined)."""
        threshold = self.settings.threshold
        spread = self._spread()
        self._roles_standing = set()  # this run's, learnt with its values below
        states, figures = self._propagate(inputs, states, spread)
        person_tokens = person_name_tokens((m for s in states if isinstance(s, Detected) for m in s.forms),
                                           threshold)
        values = ValuesAgain(_audited, self._kept)

        def refine_people(d: DocumentRun) -> tuple[DocumentRun, object]:
            refined = self._refine_people(d, person_tokens, figures)
            standing = role_labels_standing(d.joined.text, d.joined.speakers(d.document), _turn_labels(d))
            return refined, (values.needles(refined.mentions, threshold, d.joined.starts), standing)

        def learn_values(state: Detected, told: object) -> None:
            needles, standing = cast(tuple[list[tuple[str, int]], set[str]], told)
            values.take((needle, state.forms[i]) for needle, i in needles)
            self._roles_standing |= standing

        states = _each_again(inputs, states, refine_people, learn_values, spread)
        del refine_people, person_tokens, figures  # the people's tables, before the last pass
        return self._found_last(inputs, states, values, spread)

    def _propagate(self, inputs: RunInputs, states: list[Detected | FileResult],
                   spread: Spread | None) -> tuple[list[Detected | FileResult], set[tuple[str, ...]]]:
        """The first run-wide pass: the run's confident forms and numbers found again in each
        document, and the office holders each file names by their office.  A function of its
        own so that its tables (the forms' automaton and up to ``_KEPT_PATTERNS`` compiled
        patterns, several MiB however small the run) are freed when it returns, before the
        passes after it and grouping build theirs (the run's peak memory is among them)."""
        threshold = self.settings.threshold
        forms = ConfidentForms.learn(_person_shaped(_distinct(m for s in states if isinstance(s, Detected)
                                                              for m in s.mentions)),
                                     threshold, self.detector.keep_terms, seeds=self._known_forms(),
                                     office_holders_in_captions=self.settings.keep_office_holders_in_captions)
        # The office holders each file names by their office: every mention of one, in any file,
        # is kept (one decision per person; the leak audit reads the run's replaced values).
        figures: set[tuple[str, ...]] = set()

        # A number replaced once is replaced wherever the run says it again (what the leak audit
        # checks before a file is written).
        numbers = NumberForms.learn((m for s in states if isinstance(s, Detected) for m in s.forms),
                                    threshold, self._kept())

        def found_again(d: DocumentRun) -> tuple[DocumentRun, object]:
            return self._found_again(d, forms, numbers), public_figures(d.joined.text, self._holds_office)

        def learn_figures(_: Detected, found: object) -> None:
            figures.update(cast(set[tuple[str, ...]], found))

        return _each_again(inputs, states, found_again, learn_figures, spread), figures

    def _spread(self) -> Spread | None:
        """How the run-wide passes share their files with the detection processes, where the
        detector runs in several (``ProcessDetector.spread``) and no editor's decisions are
        applied (they record what each file's decisions did, in this process)."""
        return getattr(self.detector, "spread", None) if self.decisions is None else None

    def _found_last(self, inputs: RunInputs, states: list[Detected | FileResult],
                    values: ValuesAgain, spread: Spread | None = None) -> list[Detected | FileResult]:
        """One pass more over the run, when it has anything to find: a name the speaker is
        called that only the people step found ("Besnik Rexhepi. Everyone says Beni.") found
        again in the run's other files, then every value the leak audit will search for found
        again by its reading (otherwise the audit would find it said there and refuse the file)."""
        threshold = self.settings.threshold
        aliases = [m for s in states if isinstance(s, Detected) for m in s.mentions
                   if m.detector == ALIAS_DETECTOR and m.score >= threshold]
        late = None
        if aliases and sum(isinstance(s, Detected) for s in states) > 1:
            late = ConfidentForms.learn(_distinct(aliases), threshold, self.detector.keep_terms,
                                        office_holders_in_captions=self.settings.keep_office_holders_in_captions)
        if late is None and not values:
            return states
        return _each_again(inputs, states, lambda d: (self._values_again(
            self._found_again(d, late) if late is not None else d, values), None), spread=spread)

    def _values_again(self, doc: DocumentRun, values: ValuesAgain) -> DocumentRun:
        mentions = values.find_in(doc.joined.text, doc.mentions, self.settings.threshold, self._public_name)
        return replace(doc, mentions=tuple(mentions)) if mentions != list(doc.mentions) else doc

    def _found_again(self, doc: DocumentRun, forms: ConfidentForms, numbers: NumberForms | None = None) -> DocumentRun:
        extra = forms.find_in(doc.joined.text, doc.mentions, self.settings.threshold, doc.joined.starts)
        # a name found again after a title takes it, as where it was first found ("Aunty Bisi")
        extra = titles_before_names_again(doc.joined.text, extra, doc.mentions)
        if numbers is not None:
            extra += numbers.find_in(doc.joined.text, [*doc.mentions, *extra])
        return replace(doc, mentions=tuple(resolve_overlaps([*doc.mentions, *extra]))) if extra else doc

    def _public_name(self, text: str, m: Mention) -> bool:
        """A place's or a body's name public as the keep rules read it (``SpanFilters``)."""
        return m.entity_type in {"LOCATION", "ORGANIZATION"} and self.public.is_public_place_or_body(text, m)

    def _holds_office(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` names an office holder by the office (as the filters read it)."""
        return holds_public_office(text, start, end, self.public.is_public_place,
                                   self.settings.keep_office_holders_in_captions, self.public.is_public_body)

    def _refine_people(self, doc: DocumentRun, person_tokens: set[str],
                       figures: Iterable[tuple[str, ...]] = ()) -> DocumentRun:
        text = doc.joined.text
        mentions = align_person_types(doc.mentions, person_tokens, _is_person_name, text)
        # "my co-worker kez, kezia browne": the model's "place" is her short name
        mentions = short_names_typed_as_places(mentions, default_places().is_place)
        mentions, given = given_name_before_person(text, mentions, default_places().is_place)
        mentions = given_name_before_full_name(text, mentions, self.settings.threshold)
        if given:  # "kodjo amegah": "kodjo" alone elsewhere in the text is him too
            mentions = align_person_types(mentions, person_tokens | given, _is_person_name, text)
        mentions = merge_adjacent_people(text, mentions, doc.joined.starts)
        # after propagation: a name found again ("Petrosyan") takes the half wrapped before it
        mentions = join_broken_names(text, mentions)
        # "farishta" found again in "farishta rahimi": the words of the name no list knows
        mentions = merge_adjacent_people(text, rare_words_beside_names(
            text, mentions, doc.joined.starts, self.settings.threshold, default_places().is_place), doc.joined.starts)
        mentions = generations_after_names(text, mentions)  # "tavita senior, he is": the word is his name's
        mentions = initials_after_names(text, mentions)  # "rajeevan k p", "revaz m,": the letters are his name's
        mentions = initials_before_names(text, mentions, default_given_names())  # "tom quayle" ... "t quayle"
        mentions = key_names_across_pieces(text, mentions, doc.joined.starts, _is_given_name)
        mentions = key_introduced_names(text, key_family_names(text, key_possessives(mentions)))
        mentions = key_namesakes(text, mentions)  # "my cousin is also Tariq": someone else of that name
        mentions = vehicles_again(text, mentions, self.settings.threshold)
        mentions = place_by_context(text, mentions, person_tokens, default_places().is_place, _is_person_name,
                                    _is_given_name)
        # A name made a place here ("in Giza") is public or not by the detector's own rule.
        mentions = self.public.drop_public_places(mentions, text)
        mentions = with_bodies_of_places(text, mentions)  # "[LOCATION 1] District Court" says which town
        # "they call him the professor": a nickname too, tied to its person as the others are
        mentions = described_nicknames(text, mentions, doc.joined.starts)
        mentions = link_nicknames(text, join_names_around_nicknames(text, mentions, _is_given_name, default_given_names()),
                                  default_given_names(), doc.joined.starts)
        mentions = link_short_forms(text, mentions, default_given_names())  # "Rosalind Achterberg" ... "Rosie"
        # "monsieur ondo, serge ondo mba,": the name said again in full is the person, all of it
        mentions = names_restated_in_full(text, mentions, doc.joined.starts)
        mentions = link_appositions(text, mentions, doc.joined.starts)  # "the cook, Toto, Antonio Russo, said"
        mentions = nickname_meanings(text, mentions, doc.joined.starts)  # "they call him Kruk, the crow"
        mentions = titles_said_again(text, mentions, doc.joined.starts)  # "tutu kalena ... tutu malia": the word is theirs
        mentions = epithets_before_names(text, mentions)  # after the names are linked: "Hodan Yare, little Hodan": the word is her name's
        # the people known: an age said right after a name in a caption ("adjoa mensah forty one called")
        mentions = ages_after_names(text, mentions, self.settings.threshold, doc.joined.with_line_ends(doc.document))
        # an office holder named again without the office ("Lindqvist said later") stays too
        mentions = keep_figures(text, mentions, figures, is_private_before)
        # Last, so the editor decides on exactly what the review page showed.
        if self.decisions is not None:
            mentions = self.decisions.apply(doc.path, text, mentions)
        mentions = cut_at_boundaries(text, mentions, doc.joined.starts, EVERY_PIECE)
        mentions = cut_at_boundaries(text, mentions, (), SAID_NUMBER_NOISE)  # "six six one [inaudible] three eight"
        mentions = without_role_labels(text, mentions, doc.joined.speakers(doc.document), _turn_labels(doc))
        return replace(doc, mentions=tuple(mentions))

    def _redactable(self, documents: Iterable[Detected]) -> Iterator[Mention]:
        """The run's redactable mentions as grouping reads them: their forms, without offsets
        (which grouping never reads), so the run's mentions are not all made again at once; an
        age or a date keyed within its own file (``_in_own_file``)."""
        threshold = self.settings.threshold
        return (_in_own_file(m, d) for d in documents for m in d.forms if m.score >= threshold)

    def group(self, documents: Sequence[Detected]) -> tuple[list[Entity], list[int]]:
        """The entities the run's redactable mentions name, and each such mention's entity, in
        run order (the vault's people first, so a lone surname can join last month's full name)."""
        threshold = self.settings.threshold
        in_file = array("i", (n for n, d in enumerate(documents) for m in d.forms if m.score >= threshold))
        return resolve_run(list(self._redactable(documents)), self.table.known_keys("PERSON"),
                           is_person_name=_is_person_name, documents=in_file)

    def regroup(self, documents: Sequence[Detected], entities: list[Entity],
                entity_of: list[int]) -> tuple[list[Entity], list[int]]:
        """The resolved grouping after the editor's merges and splits (``Decisions.regroup``),
        when the decisions hold any; a step of its own, so resolution knows nothing of them."""
        regroup = getattr(self.decisions, "regroup", None)
        if regroup is None:
            return entities, entity_of
        return regroup(list(self._redactable(documents)), entities, entity_of)

    def _replacement(self, text: str, m: Mention, entity: Entity) -> Replacement:
        # The entity decides the type (the vote) and the label (a source's, or none for a
        # mention that fits someone else too).
        m = replace(m, entity_type=entity.entity_type,
                    label=entity.label if entity.entity_type == "PERSON" else m.label)
        placed, replacement = _absorb_preposition(text, m, self._replacement_text(m, entity.pseudonym))
        return Replacement(mention=placed, text=replacement, entity_id=entity.id, ambiguous=entity.ambiguous)

    def _replacement_text(self, m: Mention, tag: str) -> str:
        s = self.settings
        if m.entity_type == "PERSON" and m.label:
            return tag
        # A region the journalist configured for a place applies whatever the style.
        region = generalize_place(m.text, s.generalize)
        if region:
            return region
        style = s.replacements.get(m.entity_type, "tag")
        return render_replacement(style, tag, m.entity_type, m.text, self._generalize)

    def _known_forms(self) -> list[Mention]:
        """What the pseudonym table (the vault) already names: found again in this run's texts."""
        return [Mention(start=0, end=0, entity_type=e.entity_type, score=1.0, detector="vault",
                        text=e.display, key=e.key, label=e.label) for e in self.table.known_entities()]

    def _generalize(self, entity_type: str, text: str) -> str | None:
        return generalize(entity_type, text, self.settings.generalize)
