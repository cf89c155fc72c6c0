"""Mention grouping: decide which mentions name the same thing, across every file of a run.

"Marta Kowalczyk", "Kowalczyk", "Ms Kowalczyk", "Kowalczyk's" and "MARTA KOWALCZYK:" are one
person; "+48 601 234 567" and "0048601234567" one phone.  A mention's grouping key is derived
from its text (folded: diacritics, case, titles, possessives) unless a detector already set one.
A lone surname or first name joins the one full name it can belong to; when two people share
it, it stays apart rather than risk giving two people one pseudonym's mentions.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from anyascii import anyascii

from redactor.model import Entity, Mention

# Titles and ranks dropped before comparing person names ("Lt. Bykov" is "Bykov").
TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir madam dame lord lady rev father sister brother
lt lieutenant capt captain cpt maj major col colonel gen general sgt sergeant cpl corporal pvt
private officer commander cmdr adm admiral ensign marshal mayor judge president minister senator
st jr sr junior senior comrade pan pani herr frau
lance staff master warrant petty detective inspector constable superintendent commodore
midshipman seaman airman brigadier specialist pfc pte spc lcpl ssgt msgt sfc lieut brig
kapitan mayor leytenant serzhant polkovnik podpolkovnik pidpolkovnik ryadovoy efreytor
praporshchik starshina starshiy mladshiy molodshiy golovniy soldat matros michman brigadniy
""".split())

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_NON_WORD = re.compile(r"[^\w\s-]+")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")
_URL_PREFIX = re.compile(r"^(?:[a-z]+://)?(?:www\.)?")


def fold(text: str) -> str:
    """Diacritics and script folded to ASCII, case folded, whitespace collapsed."""
    return _SPACES.sub(" ", anyascii(text).casefold()).strip()


def name_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of a person mention without titles, punctuation or possessive."""
    words = []
    for raw in fold(text).replace("-", " - ").split():
        word = _POSSESSIVE.sub("", raw)
        word = _NON_WORD.sub("", word).strip("-")
        if word and word.rstrip(".") not in TITLES:
            words.append(word)
    return tuple(words)


def value_key(mention: Mention) -> str:
    """Grouping key of a non-person mention."""
    if mention.key:
        return mention.key
    if mention.entity_type in {"PHONE", "ID_NUMBER", "CREDIT_CARD", "IBAN"}:
        digits = "".join(_DIGITS.findall(mention.text))
        if len(digits) >= 5:
            # "+48 601 234 567" and "0048 601 234 567" and "601 234 567" share the last 9 digits.
            return digits[-9:]
    if mention.entity_type == "URL":
        # "https://www.example.org/" and a dictated "example dot org" are one address.
        return _URL_PREFIX.sub("", fold(mention.text)).rstrip("/")
    folded = _POSSESSIVE.sub("", fold(mention.text))
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def group_mentions(mentions: Sequence[Mention], known_people: Iterable[str] = ()) -> list[str]:
    """Grouping key for each mention (same key = same entity within its entity type).

    ``known_people`` are person keys from earlier runs (the vault), so a lone surname can join a
    full name seen last month.
    """
    keys: list[str] = [""] * len(mentions)
    people: dict[int, tuple[str, ...]] = {}
    for i, m in enumerate(mentions):
        # A namespaced key ("source:Source A", "watchlist:3") is an identity a detector knows;
        # any other key on a person is just a spelling of the name and is grouped like one.
        if m.entity_type != "PERSON" or ":" in m.key:
            keys[i] = value_key(m)
            continue
        tokens = name_tokens(m.key or m.text)
        if not tokens:
            keys[i] = value_key(m)
            continue
        people[i] = tokens

    # Full names (first and last token) are the clusters lone names can join.
    full: dict[tuple[str, str], str] = {}
    for known in known_people:
        parts = known.split()
        if len(parts) >= 2:
            full.setdefault((parts[0], parts[-1]), known)
    for tokens in people.values():
        if len(tokens) >= 2:
            full.setdefault((tokens[0], tokens[-1]), " ".join((tokens[0], tokens[-1])))
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for (first, last), key in full.items():
        by_last.setdefault(last, set()).add(key)
        by_first.setdefault(first, set()).add(key)

    for i, tokens in people.items():
        if len(tokens) >= 2:
            keys[i] = full[(tokens[0], tokens[-1])]
            continue
        word = tokens[0]
        surname_of = by_last.get(word, set())
        first_of = by_first.get(word, set())
        if len(surname_of) == 1 and not first_of:
            keys[i] = next(iter(surname_of))
        elif len(first_of) == 1 and not surname_of:
            keys[i] = next(iter(first_of))
        else:
            keys[i] = word
    return keys


def find_entities(mentions: Sequence[Mention], known_people: Iterable[str] = ()) -> tuple[list[Entity], list[int]]:
    """The entities ``mentions`` name, in order of first appearance, and for each mention the
    index of its entity.  An entity's display form and label are its first mention's."""
    keys = group_mentions(mentions, known_people)
    index: dict[tuple[str, str], int] = {}
    firsts: list[Mention] = []
    counts: list[int] = []
    of_mention = []
    for m, key in zip(mentions, keys):
        i = index.setdefault((m.entity_type, key), len(firsts))
        if i == len(firsts):
            firsts.append(m)
            counts.append(0)
        counts[i] += 1
        of_mention.append(i)
    entities = [Entity(entity_type=m.entity_type, key=key, display=m.text,
                       label=m.label if m.entity_type == "PERSON" else "", mentions=n)
                for m, (_, key), n in zip(firsts, index, counts)]
    return entities, of_mention
