"""Propagation: a name found once is found everywhere in the run.

Statistical NER finds "Oleg Pankratov" in one sentence and misses "Pankratov's" in the next.  A
source is exposed by the one mention left behind, so every surface form found with confidence
(and the surname and first name of a person) is searched for again in every document of the run
with one compiled pattern.  A lone token that is also a common English word ("Will", "Rose") is
not propagated, so "I will" stays.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import regex
from wordfreq import zipf_frequency

from redactor.entities import TITLES
from redactor.model import Mention

DETECTOR = "propagation"
# Types whose surface forms are propagated; numbers and addresses are found by their patterns.
_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DETAIL", "SENSITIVE", "HANDLE",
                    "EMAIL", "CALL_SIGN", "MILITARY_UNIT"})
# A word at least this frequent in English (Zipf scale) is also an ordinary word.
COMMON_WORD_ZIPF = 3.5
_TOKEN = regex.compile(r"[\p{L}][\p{L}'’-]*")


def _norm(text: str) -> str:
    return regex.sub(r"\s+", " ", text).casefold()


def _is_common(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF


def surface_forms(mention: Mention) -> list[tuple[str, str]]:
    """(form, entity_type) pairs to look for again: the mention, and a person's name tokens."""
    forms = [(mention.text, mention.entity_type)]
    if mention.entity_type == "PERSON":
        for token in _TOKEN.findall(mention.text):
            token = token.rstrip("'’")
            if len(token) >= 3 and token[0].isupper() and token.lower().rstrip(".") not in TITLES:
                forms.append((token, "PERSON"))
    return forms


def build_pattern(mentions: Iterable[Mention], keep: Sequence[str] = ()) -> tuple[regex.Pattern | None, dict[str, tuple[str, Mention]]]:
    """One pattern over every form; and form (case-folded) → (entity type, mention it came from)."""
    kept = {k.casefold() for k in keep}
    forms: dict[str, tuple[str, Mention]] = {}
    for m in mentions:
        if m.entity_type not in _TYPES:
            continue
        for form, entity_type in surface_forms(m):
            folded = _norm(form)
            if len(form) < 3 or folded in kept or folded in forms:
                continue
            if " " not in form and _is_common(form):
                # "Will", "Grace", "Can": as a lone word the name cannot be told from the word
                # without context; the detectors that see context find those mentions.
                continue
            forms[folded] = (entity_type, m)
    if not forms:
        return None, forms
    alternatives = []
    for folded, (_, m) in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        original = next((f for f, _ in surface_forms(m) if _norm(f) == folded), folded)
        body = regex.escape(original).replace(r"\ ", r"\s+")
        alternatives.append(body)
    pattern = regex.compile(rf"(?<![\w@.])(?:{'|'.join(alternatives)})(?![\w@])", regex.IGNORECASE)
    return pattern, forms


def propagate(texts: Sequence[str], mentions: Sequence[list[Mention]], threshold: float,
              keep: Sequence[str] = (), seeds: Sequence[Mention] = ()) -> list[list[Mention]]:
    """For each text, the mentions added where a confident form occurs again uncovered.

    ``seeds`` are forms known before this run (the vault's entities), found first."""
    confident = list(seeds) + [m for found in mentions for m in found if m.score >= threshold]
    pattern, forms = build_pattern(confident, keep)
    added: list[list[Mention]] = [[] for _ in texts]
    if pattern is None:
        return added
    for i, text in enumerate(texts):
        covered = mentions[i]
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(m.start < end and start < m.end for m in covered):
                continue
            entity_type, origin = forms[_norm(match.group())]
            key = origin.key if _norm(match.group()) == _norm(origin.text) else ""
            added[i].append(Mention(start=start, end=end, entity_type=entity_type, score=origin.score,
                                    detector=DETECTOR, text=match.group(), key=key,
                                    label=origin.label if entity_type == "PERSON" else ""))
    return added
