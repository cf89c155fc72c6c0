"""The "generalize" replacement style: a coarser value that keeps the sentence readable.

A specific date becomes its month ("February 22" → "in February"), an age its decade ("I'm 34"
→ "I'm in my 30s"), a place the region the journalist configured under ``generalize:`` in
``redactor.yaml`` ("Tver" → "a city in western Russia").  Pure functions over the matched text;
``None`` means "no safe generalisation", and the caller then uses the type's tag.
"""

from __future__ import annotations

import re
from typing import Mapping

from redactor.lexicon.dates import MONTH_NUMBER, MONTH_PATTERN, MONTHS, WEEKDAYS
from redactor.lexicon.folding import POSSESSIVE, fold
from redactor.lexicon.numbers import TEENS, TENS, UNITS

# Words written with a capital anywhere in a sentence, so their capital says nothing.
_ALWAYS_CAPITAL = frozenset(MONTH_NUMBER) | {
    d for day in WEEKDAYS for d in (day.lower(), day.lower()[:3])
}

_MONTH_WORD = re.compile(
    r"\b(" + MONTH_PATTERN + r")\b\.?", re.IGNORECASE
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DAY = re.compile(r"(?<![\d:])(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:])", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$")
_LEADING_ON = re.compile(r"^(?:(?:on|of|by)\s+)?the\s+|^(?:on|of|by)\s+", re.IGNORECASE)
# Birth dates identify more than other dates, so they keep only the decade.
_BIRTH_TYPES = frozenset({"DATE_OF_BIRTH"})
_DATE_TYPES = frozenset({"DATE", "DATE_TIME"}) | _BIRTH_TYPES
_AGE_TYPES = frozenset({"AGE"})

_NUMBER = (
    r"(\d{1,3}|(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(UNITS) + r"))?|"
    + "|".join(TEENS) + r")"
)
# The forms an age takes in speech; group "n" is the number.  Order: most specific first.
_SUBJECTS = {
    "i'm": "my", "i am": "my", "im": "my",
    "he's": "his", "he is": "his", "he was": "his",
    "she's": "her", "she is": "her", "she was": "her",
    "they're": "their", "they are": "their", "they were": "their",
    "we're": "our", "we are": "our", "you're": "your", "you are": "your",
    "i was": "my",
}
_SUBJECT = "|".join(re.escape(s) for s in sorted(_SUBJECTS, key=len, reverse=True))
_YEARS_OLD = r"(?:[- ]years?[- ]old)?"
# "I'm", "she was" right before an age's number: the age span is the number, its subject is taken
# along when the age is generalised.
_SUBJECT_BEFORE = re.compile(rf"(?<![\w'])(?:{_SUBJECT})[^\S\n]+$", re.I)
_AGE_FORMS = (
    # "I'm 34", "she was 34 years old" → "I'm in my 30s"
    ("subject", re.compile(rf"^(?P<subj>{_SUBJECT})\s+(?P<n>{_NUMBER}){_YEARS_OLD}$", re.I)),
    # "a 34-year-old" → "a person in their 30s"
    ("person", re.compile(rf"^(?P<art>an?)\s+(?P<n>{_NUMBER})[- ]years?[- ]old$", re.I)),
    # "34-year-old" before a noun → "30-something"
    ("adjective", re.compile(rf"^(?P<n>{_NUMBER})(?:-years?-|[- ]year[- ])old$", re.I)),
    # "aged 34", "age 34", "34 years old", "34 years of age" → "in their 30s"
    ("their", re.compile(rf"^(?:aged?\s+)(?P<n>{_NUMBER})$", re.I)),
    ("their", re.compile(rf"^(?:at\s+)?(?:the\s+)?age\s+of\s+(?P<n>{_NUMBER})$", re.I)),
    ("their", re.compile(rf"^(?P<n>{_NUMBER})\s+years?(?:\s+old|\s+of\s+age)$", re.I)),
    # a bare number marked as an age by its context
    ("bare", re.compile(rf"^(?P<n>{_NUMBER})$", re.I)),
)


def generalize(entity_type: str, text: str, places: Mapping[str, str]) -> str | None:
    """A coarser replacement for ``text`` (an entity of ``entity_type``), or None."""
    place = generalize_place(text, places)
    if place is not None:
        return place
    if entity_type in _DATE_TYPES:
        return generalize_date(text, birth=entity_type in _BIRTH_TYPES)
    if entity_type in _AGE_TYPES:
        return generalize_age(text)
    if entity_type == "TIME":
        return generalize_time(text)
    return None


# A clock time's part of the day, said ("that night") or read from its hour.
_PART_SAID = re.compile(r"\b(morning|afternoon|evening|night)\b", re.I)
_AM_PM = re.compile(r"(?<![a-z])([ap])\.?m\b\.?", re.I)
_HOUR_WORDS = {w: v for w, v in (*UNITS.items(), *TEENS.items()) if v < 24} | {
    "twenty": 20, "twenty-one": 21, "twenty one": 21, "twenty-two": 22, "twenty two": 22,
    "twenty-three": 23, "twenty three": 23, "zero": 0, "oh": 0, "midnight": 0, "noon": 12}
_FIRST_HOUR = re.compile(r"^(?:(?:a\s+)?quarter|half|\w+(?:[-\s]\w+)?(?:\s+minutes)?)\s+(?:past|to|after|till)\s+(\w+)"
                         r"|^(\d{1,2})(?=[:.]\d\d|\d\d\s+hours|\s*[ap]\.?m|\s*o)"
                         r"|^((?:zero|oh)[-\s]\w+|twenty[-\s](?:one|two|three)|\w+)", re.I)


def _part_of_day(hour: int, twelve_hour: bool) -> str | None:
    """"in the morning", "at night"... for an hour of the day; None where 1 to 11 can be either."""
    if twelve_hour and 1 <= hour <= 11:
        return None
    if hour < 5 or hour >= 21:
        return "at night"
    return "in the morning" if hour < 12 else "in the afternoon" if hour < 17 else "in the evening"


def _hour_of(value: str) -> tuple[int, bool] | None:
    """The hour a clock time names, and whether it may be either half of the day."""
    m = _FIRST_HOUR.match(value)
    if m is None:
        return None
    word = next(g for g in m.groups() if g is not None).lower()
    if word.isdigit():
        return int(word), not word.startswith("0") and int(word) <= 12
    if word.split()[0].split("-")[0] in ("zero", "oh"):
        tail = re.split(r"[-\s]", word, maxsplit=1)[-1]
        return (UNITS[tail], False) if tail in UNITS else None
    hour = _HOUR_WORDS.get(word)
    return None if hour is None else (hour, 1 <= hour <= 11)


def generalize_time(text: str) -> str | None:
    """A clock time → its part of the day ("21:15" → "at night", "8.20 in the evening" → "in the
    evening", "6am" → "in the morning"); None when the hour may be morning or evening ("three ten")."""
    value = text.strip()
    said = _PART_SAID.search(value)
    if said:
        part = said.group(1).lower()
        return "at night" if part == "night" else f"in the {part}"
    hour = _hour_of(value)
    if hour is None:
        return None
    number, twelve_hour = hour
    am_pm = _AM_PM.search(value)
    if am_pm and 1 <= number <= 12:
        number = number % 12 + (12 if am_pm.group(1).lower() == "p" else 0)
        twelve_hour = False
    if " to " in f" {value.lower()} " and number and not twelve_hour:
        number -= 1  # "twenty to one" is in the hour before one
    return _part_of_day(number, twelve_hour) if number < 24 else None


_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:on|On|ON)(?:\s+the)?\s+$")


def date_start(text: str, start: int) -> int:
    """Where a generalised date's span should start: before an "on" that precedes it.

    "on February 22" must become "in February", not "on in February"; a detector's date span
    usually starts at the month, so the caller moves the start back over the preposition.
    """
    m = _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m else start


def generalize_place(text: str, places: Mapping[str, str]) -> str | None:
    """The configured region for a place ("Tver's" → "a city in western Russia's")."""
    if not places:
        return None
    folded = {fold(k): v for k, v in places.items()}
    value = text.strip()
    if fold(value) in folded:
        return folded[fold(value)]
    possessive = POSSESSIVE.search(value)
    if possessive:
        stem = value[: possessive.start()]
        if fold(stem) in folded:
            return folded[fold(stem)] + possessive.group()
    return None


def _capital_like(original: str, replacement: str) -> str:
    """Start ``replacement`` with a capital when the replaced text starts with a capitalised
    word that it drops ("On February 22" at the start of a sentence); names of months and
    weekdays do not count."""
    first = original.split(maxsplit=1)[0].strip(".,").lower() if original.strip() else ""
    if original[:1].isupper() and first not in _ALWAYS_CAPITAL:
        return replacement[:1].upper() + replacement[1:]
    return replacement


def generalize_date(text: str, birth: bool = False) -> str | None:
    """A specific date → its month ("in February", "in February 2022"); None if unsure."""
    value = text.strip()
    lead = _LEADING_ON.match(value)
    body = value[lead.end():] if lead else value
    month, day, year = _parse_date(body)
    if year is not None and birth:
        return _capital_like(value, f"in the {year // 10 * 10}s")
    if month is None:
        if year is None:
            return None
        # A numeric date whose day and month cannot be told apart still gives its year; a
        # year alone is already general.
        return _capital_like(value, f"in {year}") if day else value
    if birth:
        return None
    name = MONTHS[month - 1] + (f" {year}" if year is not None else "")
    if day is None:
        # Already a month: nothing finer to remove, so the text stays as it is said.
        return value if not lead else _capital_like(value, f"in {name}")
    return _capital_like(value, f"in {name}")


def _parse_date(body: str) -> tuple[int | None, int | None, int | None]:
    """(month, day, year) found in a date expression; any of them may be None."""
    month: int | None
    day: int | None
    year: int | None
    iso = _ISO_DATE.match(body)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return (month, day, year) if 1 <= month <= 12 and 1 <= day <= 31 else (None, None, year)
    numeric = _NUMERIC_DATE.match(body)
    if numeric:
        first, sep, second, year_text = numeric.groups()
        a, b = int(first), int(second)
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        if sep == "." or a > 12 >= b:  # dotted dates are day first everywhere they are used
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            return None, 1, year  # 03/04/2022: day and month cannot be told apart
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None, None, None
        return month, day, year
    found = _MONTH_WORD.search(body)
    if found is None:
        year_only = _YEAR.search(body)
        return None, None, int(year_only.group(1)) if year_only else None
    # "may" is also a verb: only a month when it is capitalised or beside a number.
    if found.group(1).lower() == "may" and not found.group(1)[0].isupper():
        return None, None, None
    month = MONTH_NUMBER[found.group(1).lower()]
    rest = body[: found.start()] + " " + body[found.end():]
    year_match = _YEAR.search(rest)
    year = int(year_match.group(1)) if year_match else None
    if year_match:
        rest = rest[: year_match.start()] + " " + rest[year_match.end():]
    day_match = _DAY.search(rest)
    day = int(day_match.group(1)) if day_match else None
    return month, day, year


def _number(text: str) -> int | None:
    """34, "thirty-four", "fifteen" → int."""
    word = text.lower().replace(" ", "-")
    if word.isdigit():
        return int(word)
    if word in TEENS:
        return TEENS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and (not unit or unit in UNITS):
        return TENS[tens] + UNITS.get(unit, 0)
    return None


def _decade(n: int) -> tuple[str, str] | None:
    """("30s", "30-something") for 34; None for a child or an impossible age."""
    if 13 <= n <= 19:
        return "teens", "teenage"
    if 20 <= n <= 119:
        d = n // 10 * 10
        return f"{d}s", f"{d}-something"
    return None


def age_subject_start(text: str, start: int) -> int:
    """Where the subject and verb of an age that starts at ``start`` begin ("I'm" in "I'm 34",
    "she was" in "she was thirty-four"); ``start`` when none is right before it."""
    window = max(0, start - 16)
    m = _SUBJECT_BEFORE.search(text[window:start].replace("’", "'"))
    return window + m.start() if m else start


def generalize_age(text: str) -> str | None:
    """An age → its decade, in the grammar of the matched words ("I'm 34" → "I'm in my 30s")."""
    value = text.strip()
    # Same length, so group offsets found in ``plain`` apply to ``value``.
    plain = value.replace("’", "'")
    for form, pattern in _AGE_FORMS:
        m = pattern.match(plain)
        if m is None:
            continue
        n = _number(m.group("n"))
        decade = _decade(n) if n is not None else None
        if decade is None:
            return None
        plural, adjective = decade
        if form == "subject":
            subject = value[m.start("subj"):m.end("subj")]
            owner = _SUBJECTS[" ".join(m.group("subj").lower().split())]
            return f"{subject} in {owner} {plural}"
        if form == "person":
            return f"{m.group('art')[0]} person in their {plural}"
        if form == "adjective":
            return adjective
        if form == "bare":
            return adjective
        return f"in their {plural}"
    return None
