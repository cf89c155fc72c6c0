"""An address's part said again, read back or confirmed, is the same address.

An interviewer checks a part of an address the source gave ("(crosstalk) sorry, did you say
section nine?"), and the source confirms it ("Nine, yes."): the part names the same house as the
whole address, so each is found as that ADDRESS and keyed as it (the same pseudonym).  A part is
a unit's or a plot's word and its number, in digits or in words ("lot 4" and "lot four" are one
part); the number alone is taken only where it opens the turn after a read-back of its part, as
its answer ("Nine, yes", "nine.").  A part word and a number said with no address holding them
are nothing here ("lot 4 was sold" with no address that has a lot 4).
"""

from __future__ import annotations

from typing import Iterator, Sequence

import regex

from redactor.detect.prefilter import LazyRegex, own_compiled
from redactor.entities.group import value_key
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.numbers import SPOKEN_NUMBER, TEENS, TENS, TENS_MISSPELT, UNITS
from redactor.model import Mention

_SP = r"[^\S\n]"
# A part's word: a plot's, a section's, a block's, a building's, a flat's, a house's, a
# staircase's, a kilometre marker's (not "number", "street", "floor": said of many things).
_PART_WORDS = (r"lot|plot|section|block|blk\.?|house|flat|apartment|apt\.?|ap\.?|unit|stand|building|bldg\.?"
               r"|bâtiment|bât\.?|bloc|immeuble|pallati|shkalla|hyrja|casa|lote|manzana|mz\.?|bloque|bloco|quadra"
               r"|departamento|depto\.?|piso|km|kilometre|kilometer|kilómetro|sector|phase|kebele|gali|dom|korpus|kv\.?"
               # a Caribbean light pole the house stands at, its letters said apart in a caption ("l p 17")
               r"|lp|l\.?" + _SP + r"?p\.?")
_VALUE = rf"(?:\d{{1,5}}[a-z]?(?![\w/-])|{SPOKEN_NUMBER})"
_PART = LazyRegex(rf"(?<![\p{{L}}\p{{N}}'’.-])(?P<word>{_PART_WORDS}){_SP}*(?:n[º°o]\.?{_SP}*)?(?P<value>{_VALUE})",
                  regex.IGNORECASE)
# What may open a turn before its answer: a time code, the speaker's label, a bracketed note, a filler.
_TURN_HEAD = (r"(?:\[[^\]\n]{0,20}\]" + _SP + r"*|\d{1,2}:\d\d(?::\d\d)?" + _SP + r"*)?"
              r"(?:(?:>>|-|–|—)" + _SP + r"*)?"  # a caption's turn mark
              r"(?:[\p{L}][\p{L}\d _.'’-]{0,30}?:" + _SP + r"+)?"
              r"(?:(?:\([^)\n]{0,20}\)|um|uh|er|yes|yeah|no|sorry)[,.]?" + _SP + r"+)*")
# The answer after it: the number, then a yes, a pause or the turn's end ("Nine, yes", "nine.").
_ANSWER_END = rf"(?=[,.!?…]|{_SP}+(?:yes|yeah|yep|right|correct|exactly)(?![\p{{L}}])|{_SP}*(?:\n|$))"
_ANSWER = LazyRegex(rf"{_TURN_HEAD}(?P<value>{_VALUE}){_ANSWER_END}", regex.IGNORECASE)
_UNIT_VALUES = {**UNITS, **TEENS}
_TENS_VALUES = {**TENS, **TENS_MISSPELT}


def number_of(said: str) -> int | None:
    """The value of a number in digits or in English words ("twelve", "forty-two", "three
    hundred and five"); None for anything else."""
    digits = regex.match(r"\d+", said)
    if digits is not None:
        return int(digits.group())
    total = 0
    for word in regex.split(r"[\s-]+", said.casefold()):
        if word in _UNIT_VALUES or word in _TENS_VALUES:
            total += _UNIT_VALUES.get(word, 0) + _TENS_VALUES.get(word, 0)
        elif word == "hundred":
            total *= 100
        elif word != "and":
            return None
    return total


def _fold_word(word: str) -> str:
    return regex.sub(r"[\s.]", "", word.casefold())  # "l p" and "LP.", "apt." and "apt" are one word


def _parts(text: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    for m in _PART.finditer(text, start, end):
        value = number_of(m.group("value"))
        if value is not None:
            yield _fold_word(m.group("word")), value


def _outermost(addresses: Sequence[Mention]) -> list[Mention]:
    return [a for a in addresses if not any(b is not a and b.start <= a.start and a.end <= b.end
                                            and (b.end - b.start) > (a.end - a.start) for b in addresses)]


def _answer(text: str, after: int, value: int, key: str) -> Mention | None:
    """The number that opens the turn after ``after`` and answers a read-back with ``value``."""
    line_end = text.find("\n", after)
    if line_end < 0:
        return None
    m = _ANSWER.match(text, line_end + 1)
    if m is None or number_of(m.group("value")) != value:
        return None
    return Mention(start=m.start("value"), end=m.end("value"), entity_type="ADDRESS", score=0.7,
                   detector="AddressReadBack", text=m.group("value"), key=key)


# A street's name and type in an address, said again alone ("42 kowhai street, ..." then "yeah,
# kowhai street"): the name a word too rare to be a plain adjective ("main road" is not one).
_STREET = LazyRegex(rf"(?<![\p{{L}}\p{{N}}'’-])(?P<name>[\p{{L}}][\p{{L}}'’-]+){_SP}+"
                    r"(?P<type>street|road|avenue|lane|drive|crescent|close|boulevard|terrace)(?![\p{L}\p{N}'’-])",
                    regex.IGNORECASE)
_STREET_NAME_ZIPF = 4.0
# A house's number said again right after its address, as a clause of its own or after
# "number" ("..., the green door. fifty one, not fifteen", "number eighty four, the house with ..."):
# within this many characters.
_NEAR = 240
_CLAUSE_START = own_compiled(r"(?<=[.!?])[^\S\n]+|\n")
_MARKED = LazyRegex(rf"(?<![\p{{L}}])(?:number|no\.?|n[º°o]\.?){_SP}*(?P<value>{_VALUE}){_ANSWER_END}", regex.IGNORECASE)
_FIRST_VALUE = LazyRegex(rf"(?<![\p{{L}}\p{{N}}'’.-]){_VALUE}", regex.IGNORECASE)


def _streets(text: str, address: Mention) -> Iterator[tuple[str, str]]:
    for m in _STREET.finditer(text, address.start, address.end):
        name = m.group("name").casefold()
        if number_of(name) is None and zipf_frequency(name, "en") < _STREET_NAME_ZIPF:
            yield name, m.group("type").casefold()


def _said_again(text: str, addresses: Sequence[Mention]) -> Iterator[Mention]:
    """A street of an address said again outside it, and the house's number said again as a
    clause of its own or after "number" right after the address."""
    streets = {s: a for a in addresses for s in _streets(text, a)}
    if streets:
        for m in _STREET.finditer(text):
            address = streets.get((m.group("name").casefold(), m.group("type").casefold()))
            if address is not None:
                yield _part_of(address, m.start(), m.end(), text)
    for a in addresses:
        first = _FIRST_VALUE.search(text, a.start, a.end)
        value = None if first is None else number_of(first.group())
        if value is None:
            continue
        end = min(len(text), a.end + _NEAR)
        found = [m for c in _CLAUSE_START.finditer(text, a.end, end) if (m := _ANSWER.match(text, c.end(), end))]
        for m in found + list(_MARKED.finditer(text, a.end, end)):
            if number_of(m.group("value")) == value:
                yield _part_of(a, m.start("value"), m.end("value"), text)


# A part the text says again word for word is as sure as anything found: the model's type for
# the same words ("tui street" a LOCATION) gives way.
_SAID_AGAIN_SCORE = 0.9


def _part_of(address: Mention, start: int, end: int, text: str) -> Mention:
    return Mention(start=start, end=end, entity_type="ADDRESS", score=max(_SAID_AGAIN_SCORE, address.score),
                   detector="AddressReadBack", text=text[start:end], key=value_key(address))


def read_back_parts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """One ADDRESS, keyed as the address it belongs to, for each part of an address (a unit's
    or a plot's word and its number) said again outside it, and for the number that answers such
    a read-back at the start of the next turn; and for its street said again and its house's
    number said again right after it (``_said_again``)."""
    addresses = _outermost([m for m in mentions if m.entity_type == "ADDRESS"])
    if not addresses:
        return []
    parts: dict[tuple[str, int], Mention] = {}
    for a in addresses:
        for part in _parts(text, a.start, a.end):
            parts.setdefault(part, a)
    out: list[Mention] = []
    for m in _PART.finditer(text):
        value = number_of(m.group("value"))
        address = None if value is None else parts.get((_fold_word(m.group("word")), value))
        if value is None or address is None or any(a.start <= m.start() and m.end() <= a.end for a in addresses):
            continue
        key = value_key(address)
        out.append(Mention(start=m.start(), end=m.end(), entity_type="ADDRESS", score=max(0.7, address.score),
                           detector="AddressReadBack", text=m.group(), key=key))
        answer = _answer(text, m.end(), value, key)
        if answer is not None:
            out.append(answer)
    found = {(m.start, m.end) for m in out}
    return out + [m for m in _said_again(text, addresses) if (m.start, m.end) not in found
                  and not any(a.start <= m.start and m.end <= a.end for a in addresses)]
