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
from redactor.entities.resolve import inflected_pattern
from redactor.entities.variants import GivenNames, default_given_names
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


def _given_name_variants(mention: Mention, names: GivenNames) -> list[str]:
    """Diminutives and other forms of the given name of a person's full name, capitalised."""
    if mention.entity_type != "PERSON":
        return []
    words = [t for t in _TOKEN.findall(mention.text) if t.lower().rstrip(".") not in TITLE_WORDS]
    if len(words) < 2 or len(words[0]) < 3:
        return []
    return [v.capitalize() for v in names.variants_of(words[0].casefold()) if len(v) >= 3]


def _surname(mention: Mention) -> str:
    """The last word of a person's full name (two words or more), as written; else ""."""
    if mention.entity_type != "PERSON":
        return ""
    words = [t.rstrip("'’") for t in _TOKEN.findall(mention.text)]
    words = [w for w in words if w.lower().rstrip(".") not in TITLE_WORDS]
    return words[-1] if len(words) >= 2 and words[-1][:1].isupper() else ""


def _form_regex(form: str) -> str:
    """The form as a regex, any run of white space between its words."""
    return regex.escape(form).replace(r"\ ", r"\s+")


@dataclass(frozen=True)
class _Target:
    """One form to look for again, and the mention it was learnt from."""

    form: str
    entity_type: str
    origin: Mention
    pattern: str = ""  # a regex standing for the form, when it is not matched as written


def _add_person_variants(m: Mention, names: GivenNames, targets: dict[str, _Target]) -> None:
    """Forms of a person's full name that are not written in it: the given name's diminutives
    ("Kolya" for Nikolai Bondarenko; resolution decides whose) and the surname in another case
    ("Bondarenka", "Bykovym")."""
    for form in _given_name_variants(m, names):
        if fold_case(form) not in targets and not _is_common(form):
            targets[fold_case(form)] = _Target(form, "PERSON", m)
    surname = _surname(m)
    pattern = inflected_pattern(surname) if surname else None
    if pattern and "~" + surname.casefold() not in targets:
        targets["~" + surname.casefold()] = _Target(surname, "PERSON", m, pattern)


def build_pattern(mentions: Iterable[Mention], keep: Sequence[str] = (),
                  names: GivenNames | None = None) -> tuple[regex.Pattern | None, list[_Target]]:
    """One pattern over every form, longest first, whose group ``i + 1`` is ``targets[i]``.

    Matching is case-insensitive, so the matched text can fold differently from the form
    ("YILMAZ" and "Yılmaz"); the group number, not the matched text, says which form it was.
    """
    kept = {fold_case(k) for k in keep}
    names = names if names is not None else default_given_names()
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
        _add_person_variants(m, names, targets)
    # Inflected forms last among equals: a form as written wins where both match.
    ordered = sorted(targets.values(), key=lambda t: (-len(t.form), bool(t.pattern)))
    if not ordered:
        return None, ordered
    alternatives = "|".join(f"({t.pattern or _form_regex(t.form)})" for t in ordered)
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
            key = origin.key if target.form == origin.text and not target.pattern else ""
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
