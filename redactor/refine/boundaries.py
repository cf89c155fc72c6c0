"""Mentions cut at boundaries: cues, cells, paragraphs, speaker fields, and line breaks in a name.

Detection runs on a document's pieces joined, so a name said across two cues or a phone number
dictated over two is still found.  But a span that crosses a boundary must not carry words of
the far side with it: a model's "Oksana\\nKind" would make a new "person" and swallow the next
cue's first word, and one replacement in the first piece would delete what stood in the next.
One function, ``cut_at_boundaries``, cuts spans; a ``BoundaryPolicy`` says where and which
parts stay:

- ``MODEL_NAMES`` runs right after detection, on name spans (person, organisation, place) only.
  It cuts at piece starts and line breaks (not one that wraps a word at its hyphen: "gor-" and
  "hovhannisyan" on two lines are one name) and keeps the part where the detector started plus
  any later part that is a name itself; a span whose every part is a name (a first name at the
  end of one cue, the surname at the start of the next) or that an authoritative detector
  matched on purpose stays whole.
- ``EVERY_PIECE`` runs last, before replacement, on every mention: each piece part becomes a
  mention of its own, so each piece gets its own replacement and no edit spills across.  The
  parts stay one entity: an identity the detector knew and the value of a number go with every
  part; a person's parts are keyed by the whole name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.entities.group import value_key
from redactor.entities.resolve import person_tokens
from redactor.model import Mention

# Types of the NER model's name spans, the ones that run over a boundary as the model pleases.
NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})


@dataclass(frozen=True)
class BoundaryPolicy:
    """Where spans are cut and which parts stay (see the module docstring)."""

    types: frozenset[str] | None  # the types cut; None: every type
    at_lines: bool  # also cut at a line break inside a piece
    keep_names_only: bool  # keep the first part and later parts that are names; else every part


MODEL_NAMES = BoundaryPolicy(types=NAME_TYPES, at_lines=True, keep_names_only=True)
EVERY_PIECE = BoundaryPolicy(types=None, at_lines=False, keep_names_only=False)


def _cuts(text: str, m: Mention, piece_starts: Sequence[int], policy: BoundaryPolicy) -> list[int]:
    if policy.types is not None and m.entity_type not in policy.types:
        return []
    cuts = {p for p in piece_starts if m.start < p < m.end}
    if policy.at_lines:
        cuts.update(i for i in range(m.start, m.end) if text[i] in "\r\n" and not _hyphen_break(text, i))
    return sorted(cuts)


# A word wrapped at its hyphen: "gor-" at a line's end, "hovhannisyan" on the next.
_HYPHEN_BREAK_BEFORE = re.compile(r"[^\W\d_]-[^\S\n]*\r?$")
_HYPHEN_BREAK_AFTER = re.compile(r"\r?\n[^\S\n]*[^\W\d_]")


def _hyphen_break(text: str, i: int) -> bool:
    """The line break at ``i`` wraps one hyphenated word: no boundary inside a name."""
    return _HYPHEN_BREAK_BEFORE.search(text, max(0, i - 8), i) is not None and \
        _HYPHEN_BREAK_AFTER.match(text, i - (text[i - 1:i] == "\r")) is not None


def _parts(text: str, m: Mention, cuts: list[int], policy: BoundaryPolicy) -> list[Mention]:
    """The non-blank parts of ``m`` between the cuts, each trimmed of surrounding space (and,
    for a name, of trailing punctuation); a name's part must hold a letter."""
    parts, lo = [], m.start
    trailing = ",;:" if policy.keep_names_only else ""
    for hi in [*cuts, m.end]:
        a, b = lo, hi
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in trailing):
            b -= 1
        if a < b and (not policy.keep_names_only or any(c.isalpha() for c in text[a:b])):
            parts.append(replace(m, start=a, end=b, text=text[a:b], key=_part_key(m, policy)))
        lo = hi
    return parts


def _part_key(m: Mention, policy: BoundaryPolicy) -> str:
    """The grouping key a part carries.  A model's name cut apart is a name of each part's own
    (the first part gets back an identity the detector knew); a span found whole and cut per
    piece stays one entity: a known identity or the whole span's value; a person's parts are
    keyed by the whole name ("selvi" | "murugan" over two cues is Selvi Murugan in both parts,
    never the surname alone, which would join another Murugan)."""
    if policy.keep_names_only:
        return ""
    if m.known_identity:
        return m.key
    if m.entity_type == "PERSON":
        return m.key or " ".join(person_tokens(m.text))
    return value_key(m)


def _repeated(parts: Sequence[Mention]) -> bool:
    """Whether two parts of a cut span are the same name (folded words)."""
    forms = [person_tokens(p.text) for p in parts]
    return len(set(forms)) < len(forms)


def cut_at_boundaries(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int],
                      policy: BoundaryPolicy,
                      is_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False) -> list[Mention]:
    """``mentions`` with every span that crosses a boundary cut as ``policy`` says.

    ``text`` is the document's joined text, ``piece_starts`` the offsets where its pieces begin;
    ``is_name`` says whether the tokens of a part are a person's name (the name gazetteer, in
    the pipeline), for a policy that keeps names only: a part that is not a name is dropped, so
    words of the next piece are never swallowed."""
    out: list[Mention] = []
    for m in mentions:
        cuts = _cuts(text, m, piece_starts, policy)
        if not cuts:
            out.append(m)
            continue
        parts = _parts(text, m, cuts, policy)
        if not policy.keep_names_only:
            out.extend(parts)
            continue
        names = [p for p in parts if is_name(person_tokens(p.text))]
        # A span a source profile or the watchlist matched holds only the protected name's own
        # words (a transcript's word list says each twice: "marta Marta kvitchenko Kvitchenko"):
        # every part is the name, whether or not the gazetteer knows the surname.  A name said
        # again after a line break ("about burak\nburak. burak demirci": a speaker restarting)
        # is two mentions, not one two-word "person" that would make the name alone ambiguous.
        if (len(names) == len(parts) > 1 and not _repeated(parts)) or m.detector in AUTHORITATIVE:
            out.append(m)  # one name split over two cues or wrapped lines
            continue
        kept = [p for n, p in enumerate(parts) if n == 0 or p in names]
        # The first part keeps an identity the detector knew (a source's); later ones are new.
        if kept and kept[0].start == parts[0].start and m.known_identity:
            kept[0] = replace(kept[0], key=m.key)
        out.extend(kept)
    return out
