"""Person spans made whole before resolution: cut at line and piece boundaries, given name joined.

A name never runs into the next line or piece.
A model span that crosses a line break or the boundary between two pieces (subtitle cues, table
cells, paragraphs) joined for detection ("Oksana\\nKind") would make a new "person" and leave the
real name ambiguous.  Such a span is cut at each boundary: the part where the detector started is
kept, and a later part only when it is a name itself.  When every part is a name (a first name at
the end of one cue, the surname at the start of the next) the span is one person and stays whole.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from wordfreq import zipf_frequency

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import GivenNames
from redactor.lexicon.inflection import given_name_forms
from redactor.model import Mention

# Types of the NER model's name spans, the ones that run over a line break ("Oksana\nKind" is
# tagged a person or a company as the model pleases).
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
# A capitalised word this common before a surname is the sentence's ("And", "Governor"), unless
# the name gazetteer knows it as a name.
_COMMON_WORD_ZIPF = 4.0


def _cuts(text: str, start: int, end: int, piece_starts: Sequence[int]) -> list[int]:
    cuts = {i for i in range(start, end) if text[i] in "\r\n"}
    cuts.update(p for p in piece_starts if start < p < end)
    return sorted(cuts)


def _parts(text: str, m: Mention, cuts: list[int]) -> list[Mention]:
    """The non-blank parts of ``m`` between the cuts, each trimmed of surrounding space."""
    parts, lo = [], m.start
    for hi in [*cuts, m.end]:
        a, b = lo, hi
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
            b -= 1
        if a < b and any(c.isalpha() for c in text[a:b]):
            parts.append(replace(m, start=a, end=b, text=text[a:b], key=""))
        lo = hi
    return parts


def split_at_boundaries(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = (),
                        is_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False) -> list[Mention]:
    """``mentions`` with every name span (person, organisation, place) that crosses a line break or piece boundary cut.

    ``piece_starts`` are the offsets in ``text`` where a piece begins; ``is_name`` says whether
    the tokens of a part are a person's name (the name gazetteer, in the pipeline).  A part that
    is not a name is dropped: words of the next piece are never swallowed.
    """
    out: list[Mention] = []
    for m in mentions:
        cuts = _cuts(text, m.start, m.end, piece_starts) if m.entity_type in _NAME_TYPES else []
        if not cuts:
            out.append(m)
            continue
        parts = _parts(text, m, cuts)
        names = [p for p in parts if is_name(person_tokens(p.text))]
        # A span a source profile or the watchlist matched holds only the protected name's own
        # words (a transcript's word list says each twice: "marta Marta kvitchenko Kvitchenko"):
        # every part is the name, whether or not the gazetteer knows the surname.
        if len(names) == len(parts) > 1 or m.detector in AUTHORITATIVE:
            out.append(m)  # one name split over two cues or wrapped lines
            continue
        kept = [p for n, p in enumerate(parts) if n == 0 or p in names]
        # The first part keeps an identity the detector knew (a source's); later ones are new.
        if kept and kept[0].start == parts[0].start and m.known_identity:
            kept[0] = replace(kept[0], key=m.key)
        out.extend(kept)
    return out


def attach_given_names(text: str, mentions: Sequence[Mention], names: GivenNames,
                       is_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False) -> list[Mention]:
    """Person spans extended over a diminutive or given name right before them that no detector
    took ("Kolya" in "Kolya Bondarenko", when the model found only the surname; "Antonom" in
    "Antonom Bykovym", a given name in another case): it would be left in the clear beside the
    pseudonym."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        if m.entity_type == "PERSON":
            start = _given_name_before(text, m.start, out[-1].end if out else 0, names, is_name)
            if start is not None:
                m = replace(m, start=start, text=text[start:m.end], key=m.key if m.known_identity else "")
        out.append(m)
    return out


def _given_name_before(text: str, start: int, floor: int, names: GivenNames,
                       is_name: Callable[[tuple[str, ...]], bool]) -> int | None:
    if start < 2 or text[start - 1] != " " or text[start - 2] == " ":
        return None
    a = start - 1
    while a > floor and text[a - 1].isalpha():
        a -= 1
    word = text[a:start - 1]
    if not word or not word[0].isupper() or (a > 0 and not (text[a - 1].isspace() or text[a - 1] in "(\"'")):
        return None
    folded = person_tokens(word)
    if not folded:
        return None
    forms = given_name_forms(folded[0])
    # A given name in another case ("Antonom") is known by its nominative ("anton").
    if not any(names.knows(skeleton(form)) or (form != folded[0] and is_name((form,))) for form in forms):
        return None
    # The lists hold a few words too ("Governor"): a common word counts only as a known name.
    return a if zipf_frequency(word.lower(), "en") < _COMMON_WORD_ZIPF or is_name(folded) else None


def tidy_person_spans(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int],
                      is_name: Callable[[tuple[str, ...]], bool], names: GivenNames) -> list[Mention]:
    """Both steps, in order: cut at boundaries, then join a given name left outside the span."""
    return attach_given_names(text, split_at_boundaries(text, mentions, piece_starts, is_name), names, is_name)
