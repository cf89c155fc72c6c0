"""Person spans made whole before resolution: cut at line and piece boundaries and around noise,
ordinary words at their ends cut off, a name said twice cut in two, a given name joined.

A name never runs into the next line or piece: the model's name spans are cut by
``redactor.refine.boundaries.cut_at_boundaries`` under its ``MODEL_NAMES`` policy (the one
boundary-cutting step, also used before replacement).  A given name or diminutive the detector
left just outside a person's span is joined to it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import GivenNames
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.inflection import given_name_forms
from redactor.lexicon.names import FUNCTION_WORDS, VOCATIVE_CUES
from redactor.model import Mention
from redactor.refine.boundaries import MODEL_NAMES, cut_at_boundaries
from redactor.refine.span_words import split_names_said_again, trim_ordinary_words

# A capitalised word this common before a surname is the sentence's ("And", "Governor"), unless
# the name gazetteer knows it as a name.
_COMMON_WORD_ZIPF = 4.0


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
            start = _given_name_before(text, m.start, out[-1].end if out else 0, names, is_name, m.text.islower())
            if start is not None:
                m = replace(m, start=start, text=text[start:m.end], key=m.key if m.known_identity else "")
        out.append(m)
    return out


def _given_name_before(text: str, start: int, floor: int, names: GivenNames,
                       is_name: Callable[[tuple[str, ...]], bool], lower_case: bool = False) -> int | None:
    """Where a given name right before the name at ``start`` begins, if one is there.  In
    lower-case text (automatic captions: the name itself is lower-case) the word needs no capital
    but must be a name the gazetteer knows that is no English word ("selvi" of "selvi murugan")."""
    a = _word_before(text, start, floor)
    if a is None:
        return None
    word = text[a:start - 1]
    folded = person_tokens(word)
    if not folded or folded[0] in FUNCTION_WORDS or folded[0] in VOCATIVE_CUES:
        return None  # "ok wanjiru", "thanks joy": the word a name is called with (Korean "Ok")
    if not word[0].isupper():
        return a if lower_case and word.islower() and is_name(folded) else None
    forms = given_name_forms(folded[0])
    # A given name in another case ("Antonom") is known by its nominative ("anton").
    if not any(names.knows(skeleton(form)) or (form != folded[0] and is_name((form,))) for form in forms):
        return None
    # The lists hold a few words too ("Governor"): a common word counts only as a known name.
    return a if zipf_frequency(word.lower(), "en") < _COMMON_WORD_ZIPF or is_name(folded) else None


def _word_before(text: str, start: int, floor: int) -> int | None:
    """Where the word right before ``start`` (one space between) begins, if it is a whole word."""
    if start < 2 or text[start - 1] != " " or text[start - 2] == " ":
        return None
    a = start - 1
    while a > floor and text[a - 1].isalpha():
        a -= 1
    if a == start - 1 or (a > 0 and not (text[a - 1].isspace() or text[a - 1] in "(\"'")):
        return None
    return a


def tidy_person_spans(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int],
                      is_name: Callable[[tuple[str, ...]], bool], names: GivenNames) -> list[Mention]:
    """The steps, in order: cut the model's name spans at boundaries and around transcript
    noise (``redactor.refine.boundaries``), cut a guessed person's span of the ordinary words at
    its ends and in two where it says a name again (``redactor.refine.span_words``), then join
    a given name left outside the span."""
    cut = cut_at_boundaries(text, mentions, piece_starts, MODEL_NAMES, is_name)
    cut = split_names_said_again(trim_ordinary_words(text, cut))
    return attach_given_names(text, cut, names, is_name)
