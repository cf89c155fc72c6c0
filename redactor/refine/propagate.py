"""Propagation: a name found once is found everywhere in the run.

Statistical NER finds "Oleg Pankratov" in one sentence and misses "Pankratov's" in the next.  A
source is exposed by the one mention left behind, so every surface form found with confidence
(and the surname and first name of a person) is searched for again in every document of the run
with one compiled pattern.  A lone token that is also a common English word ("Will", "Rose") is
not propagated, so "I will" stays.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Sequence

import regex
from wordfreq import zipf_frequency

from redactor.detect.overlaps import overlaps_sorted
from redactor.lexicon.folding import fold_case
from redactor.lexicon.titles import TITLE_WORDS
from redactor.model import Mention

DETECTOR = "propagation"
# Types whose surface forms are propagated; numbers and addresses are found by their patterns.
_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DETAIL", "SENSITIVE", "HANDLE",
                    "EMAIL", "CALL_SIGN", "MILITARY_UNIT"})
# A word at least this frequent in English (Zipf scale) is also an ordinary word.
COMMON_WORD_ZIPF = 3.5
_TOKEN = regex.compile(r"[\p{L}][\p{L}'’-]*")


def _is_common(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF


def surface_forms(mention: Mention) -> list[tuple[str, str]]:
    """(form, entity_type) pairs to look for again: the mention, and a person's name tokens."""
    forms = [(mention.text, mention.entity_type)]
    if mention.entity_type == "PERSON":
        for token in _TOKEN.findall(mention.text):
            token = token.rstrip("'’")
            if len(token) >= 3 and token[0].isupper() and token.lower().rstrip(".") not in TITLE_WORDS:
                forms.append((token, "PERSON"))
    return forms


def _form_regex(form: str) -> str:
    """The form as a regex, any run of white space between its words."""
    return regex.escape(form).replace(r"\ ", r"\s+")


@dataclass(frozen=True)
class _Target:
    """One form to look for again, and the mention it was learnt from."""

    form: str
    entity_type: str
    origin: Mention


def build_pattern(mentions: Iterable[Mention], keep: Sequence[str] = ()) -> tuple[regex.Pattern | None, list[_Target]]:
    """One pattern over every form, longest first, whose group ``i + 1`` is ``targets[i]``.

    Matching is case-insensitive, so the matched text can fold differently from the form
    ("YILMAZ" and "Yılmaz"); the group number, not the matched text, says which form it was.
    """
    kept = {fold_case(k) for k in keep}
    targets: dict[str, _Target] = {}
    for m in mentions:
        if m.entity_type not in _TYPES:
            continue
        for form, entity_type in surface_forms(m):
            folded = fold_case(form)
            if len(form) < 3 or folded in kept or folded in targets:
                continue
            if " " not in form and _is_common(form):
                # "Will", "Grace", "Can": as a lone word the name cannot be told from the word
                # without context; the detectors that see context find those mentions.
                continue
            targets[folded] = _Target(form, entity_type, m)
    ordered = sorted(targets.values(), key=lambda t: -len(t.form))
    if not ordered:
        return None, ordered
    alternatives = "|".join(f"({_form_regex(t.form)})" for t in ordered)
    pattern = regex.compile(rf"(?<![\w@.])(?:{alternatives})(?![\w@])", regex.IGNORECASE)
    return pattern, ordered


@dataclass(frozen=True)
class ConfidentForms:
    """What the whole run found with confidence, as one pattern: learnt from mentions alone
    (no document text), then searched for in each document on its own."""

    pattern: regex.Pattern | None
    targets: tuple[_Target, ...]

    @classmethod
    def learn(cls, mentions: Iterable[Mention], threshold: float, keep: Sequence[str] = (),
              seeds: Sequence[Mention] = ()) -> "ConfidentForms":
        """``seeds`` are forms known before this run (the vault's entities), found first."""
        confident = list(seeds) + [m for m in mentions if m.score >= threshold]
        pattern, targets = build_pattern(confident, keep)
        return cls(pattern, tuple(targets))

    def find_in(self, text: str, mentions: Sequence[Mention], threshold: float) -> list[Mention]:
        """Mentions to add to one text: where a confident form occurs again uncovered."""
        if self.pattern is None:
            return []
        # Only confident mentions cover a place: a low-score guess there gives way to the
        # confident form (the overlap policy keeps the higher score).
        covered = [m for m in mentions if m.score >= threshold]  # sorted, never overlapping
        starts = [m.start for m in covered]
        added = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if overlaps_sorted(covered, bisect.bisect_left(starts, end), start):
                continue
            target = self.targets[match.lastindex - 1]
            origin = target.origin
            # The whole mention again carries its detector's key; a part of it (a surname) is
            # grouped by its name.
            key = origin.key if target.form == origin.text else ""
            added.append(Mention(start=start, end=end, entity_type=target.entity_type, score=origin.score,
                                 detector=DETECTOR, text=match.group(), key=key,
                                 label=origin.label if target.entity_type == "PERSON" else ""))
        return added


def propagate(texts: Sequence[str], mentions: Sequence[list[Mention]], threshold: float,
              keep: Sequence[str] = (), seeds: Sequence[Mention] = ()) -> list[list[Mention]]:
    """For each text, the mentions added where a confident form occurs again uncovered.

    ``seeds`` are forms known before this run (the vault's entities), found first."""
    forms = ConfidentForms.learn((m for found in mentions for m in found), threshold, keep, seeds)
    return [forms.find_in(text, found, threshold) for text, found in zip(texts, mentions)]
