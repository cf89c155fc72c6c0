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
  matched on purpose stays whole.  It also cuts out transcript noise a model's span took in
  ("ndlovu (crosstalk", "okonkwo [inaudible] okonkwo", "thandi uh ndlovu", the "<v " of a voice
  tag): markup and hesitations are never part of a name, nor a form propagation would look
  for again.  Such a span is always cut; a name said across the noise ("sipho [inaudible]
  ndlovu") keeps the whole name as the key of each part.
- ``EVERY_PIECE`` runs last, before replacement, on every mention: each piece part becomes a
  mention of its own, so each piece gets its own replacement and no edit spills across.  The
  parts stay one entity: an identity the detector knew and the value of a number go with every
  part; a person's parts are keyed by the whole name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from redactor.detect.joins import SAID_NUMBERS, number_part
from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.person_roles import label_names_no_one, starts_role_label
from redactor.entities.group import value_key
from redactor.entities.resolve import person_tokens
from redactor.lexicon import longest_first
from redactor.lexicon.names import FILLERS
from redactor.model import Mention

# Types of the NER model's name spans, the ones that run over a boundary as the model pleases.
NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})


@dataclass(frozen=True)
class BoundaryPolicy:
    """Where spans are cut and which parts stay (see the module docstring)."""

    types: frozenset[str] | None  # the types cut; None: every type
    at_lines: bool  # also cut at a line break inside a piece
    keep_names_only: bool  # keep the first part and later parts that are names; else every part
    at_noise: bool = False  # also cut out transcript noise: markup and hesitations
    at_annotations: bool = False  # also cut out a transcriber's annotation in words ("[inaudible]")


MODEL_NAMES = BoundaryPolicy(types=NAME_TYPES, at_lines=True, keep_names_only=True, at_noise=True)
EVERY_PIECE = BoundaryPolicy(types=None, at_lines=False, keep_names_only=False)
# A number dictated with a transcriber's annotation inside ("six six one [inaudible] three
# eight", "b w a (crosstalk) zero six six one") is replaced in its parts, each keyed by the whole
# number's value, as a number said over two cues is: the annotation is no digit of it.  Not a
# hesitation ("oh nine one seven, uh, three three two": said inside the number as its digits
# are), nor brackets around digits ("(246) 254-7093": an area code).
SAID_NUMBER_NOISE = BoundaryPolicy(types=SAID_NUMBERS, at_lines=False, keep_names_only=False, at_annotations=True)
# A transcriber's annotation in words, no digit in it: "[inaudible]", "(crosstalk)", "[unclear]".
_WORDED_ANNOTATION = re.compile(r"\[[^\W\d_][^\]\d\n]*\]|\([^\W\d_][^)\d\n]*\)")

# Transcript noise inside a span: a bracketed annotation ("[inaudible]", "(crosstalk)",
# "<laughs>", "{noise}"), closed or running on past the span's end; the opening of a voice tag
# ("<v " of "<v Thandi Ndlovu>", whose name stays) and a tag's closing ">"; a hesitation said
# in lower case ("uh", "um").  An annotation the span starts inside ("crosstalk) ndlovu") is
# found by ``_NOISE_OPENED_BEFORE``.
# An annotation says words and maybe a time ("[inaudible 00:12:03]", "(crosstalk)"); brackets
# around a handle, an address or a number ("(lyn.santos on Facebook)") are what was said.
# (Each word is whole between two separators, so a match is found or refused in linear time.)
_ANNOTATION = r"[^\S\n]*(?:[^\W_]+(?:(?:[^\S\n]*[-:,?][^\S\n]*|[^\S\n]+)[^\W_]+)*)?[^\S\n]*[?:]?"
_NOISE = re.compile(
    rf"<v(?:\.[^\s>]*)?[^\S\n]+|</?{_ANNOTATION}(?:>|$)|\[{_ANNOTATION}(?:\]|$)|\({_ANNOTATION}(?:\)|$)"
    rf"|\{{{_ANNOTATION}(?:\}}|$)|>"
    rf"|(?<![^\W\d_])(?:{'|'.join(longest_first(FILLERS))})(?![^\W\d_])")
_NOISE_OPENED_BEFORE = re.compile(rf"{_ANNOTATION}[\])}}]")


@dataclass(frozen=True)
class _Gap:
    """What a span is cut at: a boundary (an empty gap) or noise cut out (``noise``)."""

    start: int
    end: int
    noise: bool = False


def _cuts(text: str, m: Mention, piece_starts: Sequence[int], policy: BoundaryPolicy,
          is_name: Callable[[tuple[str, ...]], bool]) -> list[_Gap]:
    if policy.types is not None and m.entity_type not in policy.types:
        return []
    cuts = {p for p in piece_starts if m.start < p < m.end}
    if policy.at_lines:
        cuts.update(i for i in range(m.start, m.end) if text[i] in "\r\n" and not _hyphen_break(text, i))
    gaps = [_Gap(p, p) for p in cuts]
    if policy.at_noise:
        gaps.extend(_noise_in(text, m, is_name))
    if policy.at_annotations:
        gaps.extend(_Gap(a.start(), a.end(), noise=True) for a in _WORDED_ANNOTATION.finditer(text, m.start, m.end))
    return sorted(gaps, key=lambda g: (g.start, g.end))


def _noise_in(text: str, m: Mention, is_name: Callable[[tuple[str, ...]], bool]) -> list[_Gap]:
    """The transcript noise inside ``m`` (see ``_NOISE``), each clipped to the span; not a name
    in brackets ("[thandi ndlovu]", an editor's insertion), nor in a firm's or a place's span
    anything in brackets with a capital (its acronym: "Kasana Growers (KGC)")."""
    gaps = []
    opened = _NOISE_OPENED_BEFORE.match(text, m.start, m.end)
    if opened is not None:
        gaps.append(_Gap(m.start, opened.end(), noise=True))
    for found in _NOISE.finditer(text, opened.end() if opened else m.start, m.end):
        word = found.group()
        if word[:1].isalpha() and word != word.lower():
            continue  # "Um" or "Er" with a capital may be a name's
        if word[:1] in "[({<" and word[:2] != "<v" and (
                (m.entity_type != "PERSON" and word != word.lower()) or ((inner := person_tokens(word)) and is_name(inner))):
            continue  # a body's acronym after its name ("Kasana Growers (KGC"), a name in brackets
        gaps.append(_Gap(found.start(), min(found.end(), m.end), noise=True))
    return gaps


# A word wrapped at its hyphen: "gor-" at a line's end, "hovhannisyan" on the next.
_HYPHEN_BREAK_BEFORE = re.compile(r"[^\W\d_]-[^\S\n]*\r?$")
_HYPHEN_BREAK_AFTER = re.compile(r"\r?\n[^\S\n]*[^\W\d_]")


def _hyphen_break(text: str, i: int) -> bool:
    """The line break at ``i`` wraps one hyphenated word: no boundary inside a name."""
    return _HYPHEN_BREAK_BEFORE.search(text, max(0, i - 8), i) is not None and \
        _HYPHEN_BREAK_AFTER.match(text, i - (text[i - 1:i] == "\r")) is not None


def _parts(text: str, m: Mention, cuts: list[_Gap], policy: BoundaryPolicy) -> list[Mention]:
    """The non-blank parts of ``m`` between the cuts, each trimmed of surrounding space (and,
    for a name, of punctuation around it; cut at every piece, a part before a cue's end, of the
    full stop or comma that ends the cue: "four one one eight." | "slash twenty twenty four");
    a name's part must hold a letter."""
    parts, lo = [], m.start
    around = ",;:" if policy.keep_names_only else ""
    for gap in [*cuts, _Gap(m.end, m.end)]:
        a, b = lo, max(lo, gap.start)
        ending = ".,;:" if not policy.keep_names_only and b < m.end else around
        while a < b and (text[a].isspace() or text[a] in around):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ending):
            b -= 1
        if not policy.keep_names_only and m.entity_type in SAID_NUMBERS and (a > m.start or b < m.end):
            a, b = number_part(text, a, b)
        if a < b and (not policy.keep_names_only or any(c.isalpha() for c in text[a:b])):
            parts.append(replace(m, start=a, end=b, text=text[a:b], key=_part_key(m, policy)))
        lo = max(lo, gap.end)
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
        cuts = _cuts(text, m, piece_starts, policy, is_name)
        if not cuts:
            out.append(m)
            continue
        parts = _parts(text, m, cuts, policy)
        if not policy.keep_names_only:
            out.extend(_codes_said_again(parts) if policy.at_annotations else parts)
            continue
        if any(gap.noise for gap in cuts):
            out.extend(_around_noise(parts, is_name))
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


def _codes_said_again(parts: list[Mention]) -> list[Mention]:
    """The parts of a code said again around an annotation ("l b z two five zero four one one
    [inaudible] l b z two five zero four one two": the same first word and as many words each),
    each keyed by its own value: two codes, not one number dictated in two."""
    words = [p.text.split() for p in parts]
    if len(parts) < 2 or len({len(w) for w in words}) > 1 or len(words[0]) < 3 or len({w[0] for w in words}) > 1:
        return parts
    return [replace(p, key=value_key(replace(p, key=""))) for p in parts]


def _around_noise(parts: Sequence[Mention], is_name: Callable[[tuple[str, ...]], bool]) -> list[Mention]:
    """The parts of a span cut around transcript noise that stay: the first, and later ones
    that are names.  A name said across the noise ("sipho [inaudible] ndlovu", "thandi uh
    ndlovu": every part a name, none said twice) is keyed by the whole name in each part; a
    name said again ("okonkwo (crosstalk) okonkwo") is two mentions, each of its own."""
    kept = [p for n, p in enumerate(parts) if n == 0 or is_name(person_tokens(p.text))]
    if len(kept) == len(parts) > 1 and not _repeated(parts) and not any(p.known_identity for p in parts) \
            and all(p.entity_type == "PERSON" for p in parts):
        key = " ".join(t for p in parts for t in person_tokens(p.text))
        return [replace(p, key=key) for p in kept]
    return kept


def without_role_labels(text: str, mentions: Sequence[Mention], fields: Sequence[tuple[int, int]],
                        at_label: Callable[[int, int], bool] = lambda start, end: False) -> list[Mention]:
    """``mentions`` without those inside a speaker field that holds a role or a voice's code
    ("interviewer", "SPEAKER_01", "S2"; ``fields``: the spans of the joined ``text`` that are
    speaker fields), which name no one.  Detection never finds them there; a later step can
    reach into one from the piece beside it ("he doesn't call me" | "<v interviewer>" read as a
    name he is called), and its replacement would then stand where the label was.

    The same for the whole label of a turn written on its line ("**Lifeguard:** I'm Réka",
    "DIVER: Fourteen years.", a cue's "Source: I'm Savitri"; ``at_label``: whether a span of
    ``text`` is one, read on the document's own lines): a label that names the speaker by a role
    is the transcriber's way to tell the voices apart, no word of what was said; propagation
    finds the source's "I work as a lifeguard" again there, and a model reads a capitalised
    "COLLECTOR" as a name.  The job stays found where the speaker says it.  So too a span that
    starts such a label of several words ("Thợ" of "Thợ đá:", a stone worker, found again by a
    name said elsewhere in the run: "Thọ")."""
    roles = [(start, end) for start, end in fields
             if label_names_no_one(text[start:end])]
    return [m for m in mentions
            if not any(start <= m.start and m.end <= end for start, end in roles)
            and not (at_label(m.start, m.end) and label_names_no_one(m.text))
            and not starts_role_label(text, m.start, m.end, at_label)]


# A word of a turn's label, of which up to three stand before the label's colon.
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_COLON = re.compile(r"[^\S\n]*:")
_LABEL_REACH = 80  # characters before a colon where a label's three words stand


def role_labels_standing(text: str, fields: Sequence[tuple[int, int]],
                         at_label: Callable[[int, int], bool]) -> set[str]:
    """The roles ``text`` names its speakers by, in the speaker fields of ``fields`` or the
    labels its turns open with (``at_label``), as ``without_role_labels`` reads them: what the
    written copy says on purpose in every turn ("DIVER:", "**Valet:**", a segment's "Seeder")."""
    standing = {text[start:end].strip() for start, end in fields if label_names_no_one(text[start:end])}
    for colon in _COLON.finditer(text):
        words = list(_LABEL_WORD.finditer(text, max(0, colon.start() - _LABEL_REACH), colon.start()))
        for first in words[-3:]:
            label = text[first.start():colon.start()]
            if at_label(first.start(), colon.start()) and label_names_no_one(label):
                standing.add(label)
                break
    return standing
