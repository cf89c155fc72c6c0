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

from redactor.lexicon.folding import fold, strip_possessive
from redactor.lexicon.titles import TITLE_WORDS
from redactor.model import Entity, Mention

_NON_WORD = re.compile(r"[^\w\s-]+")
_DIGITS = re.compile(r"\d")
_URL_PREFIX = re.compile(r"^(?:[a-z]+://)?(?:www\.)?")


def name_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of a person mention without titles, punctuation or possessive."""
    words = []
    for raw in fold(text).replace("-", " - ").split():
        word = strip_possessive(raw)
        word = _NON_WORD.sub("", word).strip("-")
        if word and word.rstrip(".") not in TITLE_WORDS:
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
    folded = strip_possessive(fold(mention.text))
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def _person_tokens(mention: Mention) -> tuple[str, ...]:
    """Name tokens of a person mention grouped by its name; () for any other mention.

    A namespaced key ("source:Source A", "watchlist:3") is an identity a detector knows; any
    other key on a person is just a spelling of the name and is grouped like one.
    """
    if mention.entity_type != "PERSON" or ":" in mention.key:
        return ()
    return name_tokens(mention.key or mention.text)


class _People:
    """The full names of a run and of the vault, which lone first names and surnames join."""

    def __init__(self, known_people: Iterable[str], found: Iterable[tuple[str, ...]]) -> None:
        known = list(known_people)
        known_set = set(known)
        self.full: dict[tuple[str, str], str] = {}
        # A vault key written by older code may fold differently ("uncle petrov" before
        # "uncle" was a title); the oldest key naming the same tokens keeps its pseudonym.
        self.aliases: dict[str, str] = {}
        for key in known:
            tokens = name_tokens(key) if ":" not in key else ()
            if len(tokens) >= 2:
                self.full.setdefault((tokens[0], tokens[-1]), key)
            if tokens and " ".join(tokens) not in known_set:
                self.aliases.setdefault(" ".join(tokens), key)
        for tokens in found:
            if len(tokens) >= 2:
                self.full.setdefault((tokens[0], tokens[-1]), " ".join((tokens[0], tokens[-1])))
        self.by_last: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}
        for (first, last), key in self.full.items():
            self.by_last.setdefault(last, set()).add(key)
            self.by_first.setdefault(first, set()).add(key)

    def key(self, tokens: tuple[str, ...]) -> str:
        """Grouping key of a person mention with these name tokens."""
        if len(tokens) >= 2:
            return self.full[(tokens[0], tokens[-1])]
        word = tokens[0]
        surname_of = self.by_last.get(word, set())
        first_of = self.by_first.get(word, set())
        if len(surname_of) == 1 and not first_of:
            return next(iter(surname_of))
        if len(first_of) == 1 and not surname_of:
            return next(iter(first_of))
        return self.aliases.get(word, word)


def group_mentions(mentions: Sequence[Mention], known_people: Iterable[str] = ()) -> list[str]:
    """Grouping key for each mention (same key = same entity within its entity type).

    ``known_people`` are person keys from earlier runs (the vault), oldest first, so a lone
    surname can join a full name seen last month and a person keeps the key they were given.
    """
    tokens = [_person_tokens(m) for m in mentions]
    people = _People(known_people, (t for t in tokens if t))
    return [people.key(t) if t else value_key(m) for m, t in zip(mentions, tokens)]


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
