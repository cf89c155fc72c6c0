"""People across a run: a name the model typed as a place is a person; halves of one name join.

Run after propagation, before grouping: these fix the mentions themselves (type, span), so that
grouping sees one person where the detectors saw pieces.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from redactor.entities.group import name_tokens
from redactor.model import Mention


def person_name_tokens(mentions: Iterable[Mention], threshold: float) -> set[str]:
    """Folded tokens of the confident full names (two or more tokens) among ``mentions``."""
    tokens: set[str] = set()
    for m in mentions:
        if m.entity_type == "PERSON" and m.score >= threshold:
            words = name_tokens(m.text)
            if len(words) >= 2:
                tokens.update(words)
    return tokens


def align_person_types(mentions: Sequence[Mention], person_tokens: set[str],
                       is_person_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False) -> list[Mention]:
    """Give a name the model called a place or a company the type of a person.

    The model often tags names as places or companies ("Marta" → LOCATION, "Irina" and
    "emre yildiz" → ORGANIZATION).  A lone token of a confident full name of the run is that
    person; so is a span whose tokens ``is_person_name`` recognises (the name gazetteer).
    """
    aligned = []
    for m in mentions:
        if m.entity_type in {"LOCATION", "ORGANIZATION"}:
            words = name_tokens(m.text)
            if (len(words) == 1 and words[0] in person_tokens) or (words and is_person_name(words)):
                m = Mention(m.start, m.end, "PERSON", m.score, m.detector, m.text, m.key, m.label)
        aligned.append(m)
    return aligned


_SPACE_ONLY = re.compile(r"[ \t]+")


def merge_adjacent_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Join person mentions that only a space separates ("mykola" + "garcía" in captions).

    Detectors sometimes find a first name and a surname as two spans; two pseudonyms side by side
    would tell the reader there were two people, and the surname alone would group apart.
    """
    merged: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = merged[-1] if merged else None
        if (last is not None and last.entity_type == m.entity_type == "PERSON"
                and _SPACE_ONLY.fullmatch(text[last.end:m.start]) and not (last.label and m.label and last.label != m.label)):
            merged[-1] = Mention(last.start, m.end, "PERSON", max(last.score, m.score), last.detector,
                                 text[last.start:m.end], "", last.label or m.label)
            continue
        merged.append(m)
    return merged
