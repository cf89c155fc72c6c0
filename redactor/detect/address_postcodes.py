"""A place's name and a house number, then a postcode and its town, is one ADDRESS.

Villages and hamlets of much of Europe number their houses by the place's own name, with no
street word ("Oberdorf 3a, 8762 Schwanden", "Hamr 12, 397 01 Písek"): the street rules, which
need a street's word, miss them.  The form
is narrow enough on its own when the last word is a town: a capitalised name, a house number,
a comma, a postcode of four or five figures (or three and two) and a town of the gazetteer
(GeoNames' towns of 1,000 people or more, or a public city).  Not a date ("March 14, 2019
Elections": a month or a weekday is no place's name).  The place's name and house number said
again elsewhere in the text ("the farm with the mill, Oberdorf 3a, ...") is the same address.
"""

from __future__ import annotations

import regex

from redactor.detect.prefilter import LazyRegex
from redactor.entities.group import value_key
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.places import fold_place, public_places, small_place_names
from redactor.model import Mention

_SP = r"[^\S\n]"
_NAME = r"(?-i:\p{Lu}\p{Ll}[\p{L}'’-]*)"
_FORM = LazyRegex(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<head>(?P<name>{_NAME}(?:{_SP}+{_NAME})?){_SP}+\d{{1,4}}(?-i:[a-z])?){_SP}*,{_SP}*"
    rf"(?:(?-i:[A-Z]{{1,2}})-)?(?:\d{{4,5}}|\d{{3}}{_SP}\d{{2}}){_SP}+(?P<town>{_NAME}(?:{_SP}+{_NAME})?)"
    rf"(?![\p{{L}}\p{{N}}'’-])", 0)


def _is_town(name: str) -> bool:
    folded = fold_place(name)
    return folded in public_places() or folded in small_place_names()


def postcode_addresses(text: str) -> list[Mention]:
    """One ADDRESS for each place's name and house number followed by a postcode and its town."""
    out: list[Mention] = []
    for m in _FORM.finditer(text):
        if m.group("name").split()[0].casefold() in MONTHS_AND_DAYS:
            continue
        town = m.group("town")
        if not _is_town(town):
            # "8762 Schwanden The farm ...": the town is the first word alone
            first = town.split()[0]
            if first == town or not _is_town(first):
                continue
            end = m.start("town") + len(first)
        else:
            end = m.end()
        whole = Mention(start=m.start(), end=end, entity_type="ADDRESS", score=0.7,
                        detector="AddressJoin", text=text[m.start():end])
        out += [whole, *_head_again(text, m.group("head"), whole)]
    return out


def _head_again(text: str, head: str, whole: Mention) -> list[Mention]:
    """The place's name and house number of ``whole`` said again outside it, keyed as it."""
    said = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){regex.escape(head)}(?![\p{{L}}\p{{N}}'’-])")
    return [Mention(start=h.start(), end=h.end(), entity_type="ADDRESS", score=0.9, detector="AddressReadBack",
                    text=h.group(), key=value_key(whole))
            for h in said.finditer(text) if not whole.start <= h.start() < whole.end]
