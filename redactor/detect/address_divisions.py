"""A home said by the small divisions it lies in, from the smallest up, is one ADDRESS.

Rural East and Central Africa and many other places give no street: a home is placed by its
village, its cell and its sector ("the village of Kavumu, Rubona cell, Nyarugenge sector"), its
village, parish and sub-county ("Kigoma village, Bukoto parish, Nakawa sub-county"), its
colline and commune ("colline Mugina, commune Kayanza"), its kebele and woreda.  Said together
from the smallest, they narrow to a few houses: the chain is one address.  It starts at a small
division (a village, a hamlet, a cell, a parish, a colline, a kebele, a sub-location) and needs
at least one more division after a comma; each division is its name and its word, in either
order, or "the village of" and the name.  A division alone ("the village of Kavumu", "Nakawa
division") or a chain of large ones ("Kampala district, Central region") is none here: the
named-place rules find those.  A name is capitalised or, in a caption, a word too rare to be a
plain one ("the village of my birth, ..." has none).
"""

from __future__ import annotations

import regex

from redactor.detect.prefilter import LazyRegex
from redactor.lexicon.frequency import zipf_frequency
from redactor.model import Mention

_SP = r"[^\S\n]"
# The small divisions a chain starts with: English, French (Rwanda, Burundi), Kinyarwanda,
# Amharic and Kenyan words.
_SMALL = r"village|hamlet|cell|cellule|umudugudu|akagari|parish|colline|kebele|sub-?location|fokontany|ward"
# The larger ones that may follow: a sector, a sub-county, a district, a commune, a woreda...
_LARGE = (r"sector|secteur|umurenge|sub-?county|county|district|division|location|commune|province"
          r"|region|woreda|municipality|constituency|prefecture|préfecture|département|department|circle|cercle")
_FIRST = LazyRegex(
    rf"(?<![\p{{L}}'’-])(?:(?P<word>{_SMALL}){_SP}+of{_SP}+(?P<name>[\p{{L}}][\p{{L}}'’-]+(?:{_SP}+(?-i:\p{{Lu}})[\p{{L}}'’-]+)?)"
    rf"|(?P<name>[\p{{L}}][\p{{L}}'’-]+){_SP}+(?P<word>{_SMALL})"
    rf"|(?P<word>{_SMALL}){_SP}+(?P<name>(?-i:\p{{Lu}})[\p{{L}}'’-]+))(?![\p{{L}}'’-])",
    regex.IGNORECASE)
_NEXT = LazyRegex(
    rf"{_SP}*,{_SP}*(?:(?:the{_SP}+)?(?P<word>{_SMALL}|{_LARGE}){_SP}+of{_SP}+(?P<name>[\p{{L}}][\p{{L}}'’-]+)"
    rf"|(?P<name>[\p{{L}}][\p{{L}}'’-]+(?:{_SP}+(?-i:\p{{Lu}})[\p{{L}}'’-]+)?){_SP}+(?P<word>{_SMALL}|{_LARGE})"
    rf"|(?P<word>{_SMALL}|{_LARGE}){_SP}+(?P<name>(?-i:\p{{Lu}})[\p{{L}}'’-]+))(?![\p{{L}}'’-])",
    regex.IGNORECASE)
# A word this common is no division's name ("the village of origin", "my cell").
_NAME_ZIPF = 3.5
_NOT_NAMES = frozenset(
    "the a an my our his her their your this that its one each every same next old new other whole".split())


def _named(match: regex.Match) -> bool:
    """Whether a division's name is a name: capitalised, or a rare word, and no function word."""
    words = match.captures("name")[0].split()
    return all(w.casefold() not in _NOT_NAMES and (w[0].isupper() or zipf_frequency(w.casefold(), "en") < _NAME_ZIPF)
               for w in words)


def _chain_end(text: str, end: int) -> tuple[int, int]:
    """Where the divisions said after a comma from ``end`` end, and how many there are."""
    count = 0
    while (nxt := _NEXT.match(text, end)) is not None and _named(nxt):
        end, count = nxt.end(), count + 1
    return end, count


def divided_addresses(text: str) -> list[Mention]:
    """One ADDRESS for each chain of divisions from a small one up, with at least two."""
    out: list[Mention] = []
    for first in _FIRST.finditer(text, overlapped=True):
        if (out and first.start() < out[-1].end) or not _named(first):
            continue
        end, count = _chain_end(text, first.end())
        if count == 0:
            continue
        start = first.start()
        out.append(Mention(start=start, end=end, entity_type="ADDRESS", score=0.7,
                           detector="AddressJoin", text=text[start:end]))
    return out
