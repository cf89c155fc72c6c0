"""A body named after a whole country: national, hence public.

"The Malta Law Society", "the Bank of Botswana", "the Bulgarian Helsinki Committee", "the Nauru
Fisheries Authority", "the Law Society of Kenya", "the Azerbaijan Carpet Museum": a country's
name or its people's word first (after "the") or after "of" last, and the word of a body (a
society, an association, a committee, an authority, a bank, a council, a museum, an
observatory) at the end.  A country has one such body; its
members and staff are one of many, and its name points at nobody.  So does a name with the
country's name last and no body's word ("Greyhound Racing Ireland", "Immigration New Zealand",
"KPMG Suriname", "Air Kiribati"): a national branch or agency says its
country as a national body does (the quality sets' writers keep 39 of 40 such names); in cased
text the capitalised words around the model's span make the name ("Greyhound" of "Greyhound
Racing Ireland").  A body named by the state itself, "National", "State", "Federal", "Royal"
or "Central" first and a body's word ("the National Museum", "the State Revenue Committee", "the Federal
Road Safety Corps", "the Central Prison"), is the state's one too (the quality sets' writers keep
35 of 36 names so begun; "Royal Talents FC" is a club, no body's word).

Still found: a firm named after a country ("Tonga Fishing Ltd", "Malta Freight Services": a
legal form or a trade, :func:`redactor.detect.org_edges.is_firm_name`), a body of a town or a
village ("the Kasungu Farmers Association": no country), a place of work of a national body
("the Kenya Railways depot"), a body the speaker says they work for, and a person's name or a
given name, a title or a town before the country's ("Michael Ireland", "Mr Jordan", "Hope Bridge
Uganda", "Gulu Uganda").
"""

from __future__ import annotations

import re

from redactor.detect.hospitals import named_as_workplace, names_place
from redactor.detect.org_edges import is_firm_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, default_gazetteer
from redactor.lexicon.places import fold_place, public_places
from redactor.lexicon.titles import ABBREVIATED_TITLES, TITLE_WORDS, TRADITIONAL_TITLES
from redactor.model import Mention

_BODY = (r"society|association|committee|authority|commission|council|bank|board|bureau|agency|institute|"
         r"federation|union|chamber|league|foundation|coalition|alliance|forum|trust|network|ombudsman|"
         r"organi[sz]ation|syndicate|confederation|congress|assembly|tribunal|registry|service|"
         # a country's police, guard, force or corps ("the Philippine Coast Guard", "the
         # Guyana Police Force", "the Australian Border Force")
         r"police|guard|force|corps|"
         # a country's museum, library, archive, observatory or survey ("the Azerbaijan Carpet
         # Museum", "the Montserrat Volcano Observatory", "the British Antarctic Survey"); not a
         # gallery: "the Persian Carpet Gallery" is as often a shop
         r"museum|library|archives?|observatory|survey")
_NAME = r"[A-Z][\w'’.-]*"
# "the Malta Law Society", "The Bulgarian Helsinki Committee": the country first, the body's word last.
_COUNTRY_FIRST = re.compile(
    rf"(?i:the\s+)?(?P<place>{_NAME}(?:\s+{_NAME})?)(?:\s+(?:{_NAME}|of|and|for|&)){{0,5}}\s+(?i:{_BODY})")
# "the Bank of Botswana", "the Law Society of Kenya": the body's word, then "of" and the country last.
_COUNTRY_LAST = re.compile(
    rf"(?i:the\s+)?(?:{_NAME}\s+){{0,4}}(?i:{_BODY})\s+(?:of|for)\s+(?:the\s+)?(?P<place>{_NAME}(?:\s+{_NAME})?)")
# "Greyhound Racing Ireland", "the Immigration New Zealand office": one to four capitalised words,
# then the country's name (one or two words) last.
_COUNTRY_NAMED = re.compile(rf"(?i:the\s+)?(?P<head>{_NAME}(?:[^\S\n]+{_NAME}){{0,3}}?)[^\S\n]+(?P<place>{_NAME}(?:[^\S\n]+{_NAME})?)")
# The capitalised words of a name on one line, with "of", "and" or "&" between them.
_CASED_BEFORE = re.compile(rf"(?:{_NAME}[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?){{1,4}}$")
_CASED_AFTER = re.compile(rf"(?:[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?{_NAME}){{1,4}}")
# "the National Museum", "the State Revenue Committee", "the national privacy commission", "the
# National Center for Wildlife": the state's word first, a body's word last or before "of"/"for".
_STATE_BODY = rf"{_BODY}|cent(?:er|re)|prisons?|fund|comptroller|inspectorate|gallery|theat(?:re|er)|gazette|academy"
_STATE_NAMED = re.compile(
    rf"(?:the\s+)?(?:national|state|federal|royal|central)(?:\s+[^\W\d_][\w'’.&-]*){{0,4}}?\s+(?:{_STATE_BODY})"
    rf"(?:\s+(?:of|for)(?:\s+(?:the\s+)?[^\W\d_][\w'’.&-]*){{1,4}})?", re.IGNORECASE)
# "the International Sheep Dog Society", "the international labour organization", "the
# International Rescue Committee": a body that says it spans nations, named so by itself, and
# a body's word last or before "of"/"for".  The quality sets' writers keep every such name (7 of
# 7 over 24 sets; the one "... International" they call a source's, "living waters chapel
# international", has no body's word).  Only the words of a body of members or of states: a
# "service", a "network", an "academy" or a "centre" so named is as often a firm's trade name.
_INTERNATIONAL_BODY = (r"society|association|federation|confederation|union|league|committee|council|commission|"
                       r"organi[sz]ation|foundation|institute|alliance|agency|bureau|tribunal|court|bank|fund")
_INTERNATIONAL_NAMED = re.compile(
    rf"(?:the\s+)?international(?:\s+[^\W\d_][\w'’.&-]*){{0,4}}?\s+(?:{_INTERNATIONAL_BODY})"
    rf"(?:\s+(?:of|for)(?:\s+(?:the\s+)?[^\W\d_][\w'’.&-]*){{1,4}})?", re.IGNORECASE)
# "the Canal & River Trust", "the Legal Aid Foundation", "the Air Traffic Controllers
# Association": a body of members, a cause or a trade named by everyday words alone, and a
# body's word last.  Its name says no place and no one, so it points at nobody: over the 24
# design sets the writers keep all 39 such names (two or more words, each as common in English
# as a dictionary's word), and call none a source's; "the Atherton and Tyldesley Darts League"
# names its towns.  A name said as a cause's slogan, with "for" or another function word in it
# ("hope for tomorrow foundation", "Women for Peace Network"), is as often a small group's, and
# stays found.
_MEMBERS_BODY = (r"society|association|federation|confederation|union|league|trust|foundation|institute|council|"
                 r"guild|alliance|committee")
_COMMON_NAMED = re.compile(
    rf"(?:the\s+)?(?P<head>[^\W\d_][\w'’-]*(?:,?\s+(?:(?:and|&|of)\s+)?[^\W\d_][\w'’-]*){{1,5}}?)"
    rf"\s+(?:{_MEMBERS_BODY})", re.IGNORECASE)
_COMMON_JOINS = frozenset({"and", "&", "of"})
# A word this frequent in English is a dictionary's word, not a name ("Canal", "Traffic"; not
# "Tyldesley", "Ruifeng").
_COMMON_ZIPF = 3.0
# A place of work of the body, or a part of it: it points at the few who work there.
PART_OF_BODY = re.compile(r"\b(?:branch|office|depot|station|unit|department|section|desk|ward|chapter|wing|club|cooperative|"
                   r"co-operative|school|college|clinic|hospital|farm|plant|factory|shop|store)\b", re.IGNORECASE)


def _national(place: str) -> bool:
    """A country's name or a people's word ("Malta", "Bulgarian", "the Czech Republic")."""
    kind = public_places().get(fold_place(place), ("",))[0]
    return kind in {"country", "demonym"}


def is_national_body(text: str, m: Mention) -> bool:
    """The span names a body after a whole country (see the module), not the speaker's employer."""
    if m.entity_type not in {"ORGANIZATION", "PERSON", "LOCATION"}:
        return False
    span = re.sub(r"['’]s?$", "", m.text.strip())
    found = _COUNTRY_FIRST.fullmatch(span) or _COUNTRY_LAST.fullmatch(span)
    if found is None or is_firm_name(span) or PART_OF_BODY.search(span):
        return _country_named(text, m) or _state_named(text, span) or _common_named(text, span)
    place = found["place"]
    if not (_national(place) or (" " in place and _national(place.split()[0]))):
        return _country_named(text, m) or _state_named(text, span) or _common_named(text, span)
    return not _workplace(text, span)


def _state_named(text: str, span: str) -> bool:
    """The span is a body named by the state itself ("the National Museum", "the State Revenue
    Committee": see the module) or by the nations it spans ("the International Sheep Dog
    Society"), not a part of one, a firm or the speaker's employer."""
    if _STATE_NAMED.fullmatch(span) is None and _INTERNATIONAL_NAMED.fullmatch(span) is None or \
            is_firm_name(span) or PART_OF_BODY.search(span):
        return False
    return not _workplace(text, span)


def _common_named(text: str, span: str) -> bool:
    """The span is a body named by everyday words alone and a body's word (see
    :data:`_COMMON_NAMED`), not a firm's, a part of one or the speaker's employer."""
    found = _COMMON_NAMED.fullmatch(span)
    if found is None or is_firm_name(span) or PART_OF_BODY.search(span):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*|&", found["head"]) if w.lower() not in _COMMON_JOINS]
    words = [re.sub(r"['’]s?$", "", w) for w in words]
    return len(words) >= 2 and all(zipf_frequency(w.lower(), "en") >= _COMMON_ZIPF and w.lower() not in FUNCTION_WORDS
                                   and not _a_name_only(w) for w in words) and \
        not _workplace(text, span)


def _a_name_only(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a person's name and not as an English word ("Maria",
    "Stuart": "the Maria Stuart Foundation" is named after someone, and is as often a firm's)."""
    info = default_gazetteer().get(word.lower())
    return info is not None and info.is_name_not_word


def _workplace(text: str, name: str) -> bool:
    return named_as_workplace(text, re.findall(r"[^\W\d_][\w'’.-]*", name))


def _country_named(text: str, m: Mention) -> bool:
    """The span is, or is a part of, a name with a country's name last and no person's name
    before it ("Greyhound Racing Ireland", "Immigration New Zealand": see the module)."""
    name = m.text.strip()
    if not name.islower():  # the capitalised words around the span on its line
        before = _CASED_BEFORE.search(text, max(0, m.start - 80), m.start)
        after = _CASED_AFTER.match(text, m.end)
        name = text[before.start() if before else m.start:after.end() if after else m.end].strip()
    name = re.sub(r"['’]s?$", "", name)
    found = _COUNTRY_NAMED.fullmatch(name.title() if name.islower() else name)
    if found is None:
        return False
    head, place = found["head"], found["place"]
    if " " in place and not _country(place):  # "Racing Ireland": the last word alone is the country
        head, place = f"{head} {place.split()[0]}", place.split()[1]
    if not _country(place) or is_firm_name(head) or PART_OF_BODY.search(name):
        return False
    gazetteer = default_gazetteer()
    if any((info := gazetteer.get(w.lower())) is not None and info.first or w.lower().rstrip(".") in _TITLES
           for w in head.split()):
        return False  # "Michael Ireland", "Mr Jordan", "Hope Bridge Uganda": a person, or a name a person gave
    if names_place(head.split()):
        return False  # "Gulu Uganda", "born in Lira Uganda": a town and its country
    return not _workplace(text, name)


_TITLES = TITLE_WORDS | ABBREVIATED_TITLES | TRADITIONAL_TITLES


def _country(place: str) -> bool:
    """A whole country's name ("Ireland", "New Zealand"), not a people's word."""
    return public_places().get(fold_place(place), ("",))[0] == "country"
