"""An airport by its name: public infrastructure, kept as a public body is.

"we landed at Velana International Airport", "the tower at George F. L. Charles Airport", in a
caption "robert l. bradshaw airport": an airport named as an international one, or after a
person or a title, is a place a country's or a region's travellers pass through, named on every
ticket; where someone flew from or works points at nobody (the quality sets' writers mark such
names keep).  The model takes the name for an organisation or a place, or the person it is named
after for a person ("robert l. bradshaw" before "airport"): both are kept.

Still found:

- an airport named by a place alone ("Gizo airport", "the Kolonia airstrip"): it points at the
  place, which is public or not by its own rules;
- "the airport" alone, one named by a single name ("Stanley airport" may be the town's), and a
  street named after one ("Stanley Airport Road") - an address;
- a person's name that only stands before the word ("Maria airport shuttle" is no airport's name).
"""

from __future__ import annotations

import re

from redactor.detect.hospitals import patron_or_tier
from redactor.model import Mention

# An airport's word in the transcripts' languages.
_AIRPORT = r"airport|aeropuerto|aeroporto|a[ée]roport|flughafen|lotnisko|havalimanı|luchthaven"
_AIRPORT_WORD = re.compile(rf"(?:{_AIRPORT})", re.IGNORECASE)
# The word that says an airport serves other countries: its name is a public one whatever it
# is named after ("Velana International Airport").
_INTERNATIONAL = re.compile(r"international|internacional|internationale|internazionale", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# The airport's word right after the span, with "International" before it; not a road named
# after the airport ("Airport Road") nor the word as a kind of another thing ("airport shuttle").
_AIRPORT_AFTER = re.compile(
    rf"(?:[^\S\n]+(?:international|internacional))?[^\S\n]+(?:{_AIRPORT})\b"
    r"(?![^\S\n]+(?:road|rd|street|st|avenue|ave|highway|drive|lane|way|shuttle|bus|taxi|hotel|"
    r"terminal[^\S\n]+road)\b)",
    re.IGNORECASE)
_AIRPORT_AT_END = re.compile(rf"(?:{_AIRPORT})$", re.IGNORECASE)


def _name_words(text: str, m: Mention) -> list[str] | None:
    """The words of the airport's name the span is or belongs to (without the airport's word),
    or None when the span ends with no airport's word and none follows it."""
    words = _WORD.findall(m.text)
    if not words:
        return None
    if _AIRPORT_AT_END.search(m.text.rstrip()):
        return words[:-1]
    after = _AIRPORT_AFTER.match(text, m.end)
    if after is None:
        return None
    return words + _WORD.findall(after.group())[:-1]


def is_named_airport(text: str, m: Mention) -> bool:
    """The span is an airport's name or the person's name in one, and that name is an
    international airport's or a person's or a title's (see the module)."""
    if m.entity_type not in {"PERSON", "ORGANIZATION", "LOCATION"}:
        return False
    words = _name_words(text, m)
    if not words:
        return False  # "the airport", "Airport": no name of one
    if any(_INTERNATIONAL.fullmatch(w) for w in words):
        return len(words) > 1
    # a person's initials say nothing of the name ("George F. L. Charles"); one name alone may
    # be a town's ("Stanley airport")
    names = [w for w in words if len(w.rstrip(".")) > 1]
    return len(names) > 1 and patron_or_tier(names)
