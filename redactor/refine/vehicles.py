"""A vehicle found once, named again by its model in the same file.

After "a silver vw golf" a speaker says "the golf", "the silver golf", "we slept in the golf":
each is the same vehicle, and a model left in the clear beside a pseudonym points back at it.
``vehicles_again`` finds the model word of each VEHICLE found in a document again after it, as
the same entity (one key), and gives a short mention found on its own ("the Corolla") the key of
the full one.  Only after a determiner or a possessive (with colour or state words between):
"we played golf", "golf" alone, is the game; and not before a word that makes it something else
("a polo shirt", "the golf course", "the focus of"), nor in a file where no vehicle has that model.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.entities.group import value_key
from redactor.model import MODEL_DETECTOR, Mention

_SP = r"[^\S\n]"
# The words of a vehicle's span that are no model: its kind, colour, state and description.
_NOT_MODEL = frozenset("""
a an the his her my our their your that this these those with and of one
van car truck lorry bus taxi cab pickup pick-up minibus minivan jeep suv sedan saloon hatchback estate
motorbike motorcycle scooter moped tractor series class model tipper trailer
white black silver grey gray blue red green yellow orange brown beige maroon navy gold golden cream
burgundy khaki olive camouflage camo purple pink turquoise bronze charcoal champagne tan dark light
pale bright metallic matte sky bottle army off-white
old new battered rusty rusted dented beat-up beaten-up little big dirty muddy armoured armored
unmarked marked burnt burnt-out shot-up tinted lifted modified stolen civilian military police
private second-hand ancient
""".split())
_DESCRIBING = ("white|black|silver|grey|gray|blue|red|green|yellow|orange|brown|beige|maroon|navy|gold|cream|"
               "dark|light|old|new|battered|rusty|dented|little|big|dirty|muddy|stolen")
# A word after the model that makes it another thing: clothes, sport, an abstract noun's "of".
_OTHER_THING = frozenset("""
shirt shirts neck necks course courses club clubs ball balls cart carts player players game games
match tournament lesson lessons swing bag shoes shoe cap hat team field pitch mint mints pony
of on group groups fund money card cards station stations lounge sauce
""".split())
_WORD = own_compiled(r"[\p{L}][\p{L}\d'’-]*")


def model_word(vehicle: str) -> str:
    """The model a vehicle's span names, lower-cased: its last word before any description,
    number, year, owner or kind ("silver vw golf" → "golf", "beige Lada Niva, the 2009 one ..." →
    "niva", "a white transit van" → "transit", "white toyota of transmar" → "toyota"); "" when it
    names none ("an old white van") or is a ship's name said with "of" ("Harmony of the Seas":
    "the seas" is no ship; a vehicle's owner follows words not all capitalised)."""
    head = regex.split(rf"{_SP}*,|{_SP}(?:with|from){_SP}", vehicle, maxsplit=1, flags=regex.I)[0]
    owner = regex.search(rf"{_SP}of{_SP}", head, regex.I)
    if owner is not None:
        if all(w[:1].isupper() for w in _WORD.findall(head[:owner.start()])):
            return ""
        head = head[:owner.start()]
    words = [w.lower() for w in _WORD.findall(head)]
    while words and (words[-1] in _NOT_MODEL or not words[-1].isalpha()):
        words.pop()
    if not words or len(words[-1]) < 3 or words[-1] in _NOT_MODEL:
        return ""
    return words[-1]


def _short_mentions(text: str, model: str, origin: Mention, after: int, key: str) -> list[Mention]:
    pattern = regex.compile(
        rf"(?<=(?<![\w'’-])(?:the|a|an|his|her|my|our|their|your|that|this){_SP}+)"
        rf"(?:(?:{_DESCRIBING}){_SP}+){{0,2}}{regex.escape(model)}(?![\w'’-])", regex.I)
    found = []
    for m in pattern.finditer(text, after):
        nxt = regex.match(rf"{_SP}+(\p{{L}}+)", text[m.end():m.end() + 24])
        if nxt is not None and nxt.group(1).lower() in _OTHER_THING:
            continue
        found.append(Mention(start=m.start(), end=m.end(), entity_type="VEHICLE", score=origin.score,
                             detector="VehicleAgain", text=m.group(), key=key))
    return found


def _short_forms(text: str, vehicles: Sequence[Mention]) -> list[Mention]:
    """The later short mentions of each vehicle that names a model; a vehicle that is itself a
    short mention of one found before ("the silver golf") names none of its own."""
    added: list[Mention] = []
    seen: set[str] = set()
    for v in vehicles:
        model = model_word(v.text)
        if not model or len(v.text.split()) < 2:
            continue
        short = regex.fullmatch(rf"(?:(?:{_DESCRIBING}){_SP}+){{0,2}}{regex.escape(model)}", v.text, regex.I)
        if model in seen and short is not None:
            continue
        seen.add(model)
        added.extend(_short_mentions(text, model, v, v.end, value_key(v)))
    return added


def _replaces(new: Mention, clash: Sequence[Mention]) -> bool:
    """Whether a short mention takes the place of what overlaps it: only guesses of the model
    and vehicles, wholly inside it."""
    return all((m.detector == MODEL_DETECTOR or m.entity_type == "VEHICLE")
               and new.start <= m.start and m.end <= new.end for m in clash)


def vehicles_again(text: str, mentions: Sequence[Mention], threshold: float) -> list[Mention]:
    """The document's mentions with its vehicles' later short mentions added (where nothing but
    a guess of the model stands) and keyed as their full vehicle."""
    added = _short_forms(text, [m for m in mentions if m.entity_type == "VEHICLE" and m.score >= threshold])
    out = list(mentions)
    for new in sorted(added, key=lambda m: m.start):
        clash = [m for m in out if m.start < new.end and new.start < m.end]
        if _replaces(new, clash):
            out = [m for m in out if m not in clash]
            out.append(new)
    return sorted(out, key=lambda m: (m.start, m.end)) if added else out
