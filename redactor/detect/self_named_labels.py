"""A turn's label that is no name of the speaker's, read from what the speaker says under it.

A transcriber labels a speaker by their name ("Blerta:", "nasima:") or by what they do
("Mchumaji:", Swahili for a clove picker; "tenin:", a Japanese shop clerk; "Pelotari:"), in
any language: no list of roles holds them all (round 43's list of labels in ~25 languages met
none of round 44's).  The text itself tells them apart where the labelled speaker gives their
own full name: answering "Your name?" or giving their age after it ("Fatme Salieva.
Forty-one.", "nakashima ayumi. um, twenty nine"), or saying "I'm ..."/"my name is ..."
("I'm Daniela Treviño").  A label that is no word of that name, that the text never says
outside the turns' labels but as a common noun (in small letters where the label has a
capital: "**Comic:**" ... "the other comics"), and no given name the name lists know, names
the speaker by a role: the speaker's name is the one they gave.

A name label is said again nearly always (over the 32 design sets of round 44, 66 of 77 name
labels: the speaker's "Olena Savchuk" says "SAVCHUK:", "Rafael" says "Rafa:"), and none of
the 11 that are not is followed by a full name of the speaker's own under it; none of the 7
role labels of round 43's blind set is said outside the labels, and each speaker gives their
own full name.  A speaker's field (a cue's voice "<v Fundi>", a segment's "speaker") is decided
the same way, the format telling where each field's turn is (:class:`Turns`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from redactor.detect.person_roles import (
    AFTER_LABEL,
    BEFORE_LABEL,
    is_said_role_label,
    label_names_no_one,
    nouns_after_articles,
)
from redactor.detect.prefilter import own_compiled
from redactor.lexicon import longest_first
from redactor.lexicon.folding import fold_case
from redactor.lexicon.names import FILLERS, default_gazetteer
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.model import Mention

# A turn's label at a line's start, after what may stand before one (Markdown's emphasis, a
# list's dash, a timestamp), one to three words and its colon: where the next turn starts.
_TURN_LABEL = own_compiled(
    rf"(?m)^{BEFORE_LABEL.pattern}[^\W\d_][\w'’.-]*(?:[^\S\n]+[\w'’.-]+){{0,2}}{AFTER_LABEL.pattern}")
_FILLER = rf"(?:{'|'.join(longest_first(FILLERS))})"
# What may stand between a turn's label and the name that opens it: spaces, emphasis, fillers.
_OPENING = own_compiled(rf"(?i)[\s*_]*(?:{_FILLER}[,.]?\s+)*")
# An age said right after the name ("Fatme Salieva. Forty-one.", "Yirga Belay Worku, 31.").
_AGE_AFTER = own_compiled(
    rf"(?i)[^\S\n]*[,.;][^\S\n]*(?:{_FILLER}[,.]?[^\S\n]+)*(?:\d{{1,3}}(?!\d)|(?:{NUMBER_WORDS_TO_99})(?![^\W\d_]))")
# The speaker's own name said with its frame ("I'm Ximena Alcántara", "my name is Tatu Vuai").
_OWN_NAME_BEFORE = own_compiled(r"(?i)(?<![\w'’-])(?:i[’']m|i[^\S\n]+am|my[^\S\n]+name[^\S\n]+is|my[^\S\n]+name[’']s)[^\S\n]+$")
# The question a name answers ("Your name?", "May I write your name?", "your full name").
_ASKS_NAME = own_compiled(r"(?i)(?<![\w'’-])your[^\S\n]+(?:(?:full|real|whole)[^\S\n]+)?name(?![\w'’-])")
# Below this many letters a label's word is too short to tell from a name's part ("Li").
_MIN_WORD = 3


@dataclass(frozen=True)
class Turns:
    """Where a text's turns are, as its format tells: ``of`` gives the span of the turn a label
    opens and the text of the turn before it (the question it answers); ``at_label`` whether a
    place of the text is inside a turn's label (where a label's word said again is no use of it)."""

    of: Callable[[Mention], tuple[tuple[int, int], str]]
    at_label: Callable[[int], bool]

    @classmethod
    def on_lines(cls, text: str) -> "Turns":
        """The turns of a text whose labels open its lines ("KUTSERO: Twenty-seven years.")."""
        starts = [m.end() for m in _TURN_LABEL.finditer(text)]
        return cls(of=lambda label: (_turn(text, label, starts), _turn_before(text, label, starts)),
                   at_label=lambda at: _opens_line(text, at))

    @classmethod
    def of_fields(cls, text: str, fields: Sequence[tuple[int, int]]) -> "Turns":
        """The turns of a transcript whose speakers are fields (``fields``, in order): a cue's
        voice stands before its text, a segment's speaker after it (when the last field ends the
        text), each turn running to the next field."""
        fields = sorted(fields)
        after = bool(fields) and fields[-1][1] >= len(text.rstrip())
        bounds = [(0, 0), *fields, (len(text), len(text))]
        spans = [(bounds[i][1], bounds[i + 1][0]) for i in range(len(bounds) - 1)]
        own = {field: spans[i] if after else spans[i + 1] for i, field in enumerate(fields)}
        before = {field: (spans[i - 1] if i else (0, 0)) if after else spans[i] for i, field in enumerate(fields)}

        def of(label: Mention) -> tuple[tuple[int, int], str]:
            field = (label.start, label.end)
            start, end = before.get(field, (0, 0))
            return own.get(field, (label.end, label.end)), text[start:end]
        return cls(of=of, at_label=lambda at: any(s <= at < e for s, e in fields))


def role_labels(text: str, labels: Sequence[Mention], people: Sequence[Mention],
                turns: Turns | None = None) -> frozenset[str]:
    """The labels (``str.casefold``) of ``labels`` (the turns' label or speaker field mentions) that
    name the speaker by a role, however the format writes them ("Fundi:", "<v Fundi>", a segment's
    "speaker": "Fundi"): a role word or a voice's code (:func:`label_names_no_one`), a word ``text``
    says as a common noun (:func:`is_said_role_label`), or a word that is no part of the name the
    speaker gives under it (:func:`self_named_role_labels`).  ``turns``: where the turns are."""
    names = {m.text for m in labels}
    roles = {label.casefold() for label in names if label_names_no_one(label)}
    if rest := [label for label in names if label.casefold() not in roles]:
        nouns = nouns_after_articles(text)
        roles |= {label.casefold() for label in rest if is_said_role_label(label, nouns, text)}
    if undecided := [m for m in labels if m.text.casefold() not in roles]:
        roles |= self_named_role_labels(text, undecided, people, turns)
    return frozenset(roles)


def self_named_role_labels(text: str, labels: Sequence[Mention], people: Sequence[Mention],
                           turns: Turns | None = None) -> frozenset[str]:
    """The labels (``str.casefold``) of ``labels`` (the turns' label mentions) that name the speaker
    by a role: one of the label's turns gives the speaker's own full name (``people``: the
    names found in ``text``) which the label is no word of, and the label is said nowhere else
    as a name (see the module's docstring).  ``turns``: where the turns are (labels opening the
    text's lines unless given)."""
    turns = turns or Turns.on_lines(text)
    names = _joined_names(text, people)
    found = set()
    for label in labels:
        key = label.text.casefold()
        if key in found or not _may_be_role(text, label.text, turns.at_label):
            continue
        if any(not _shares_word(label.text, text[name[0]:name[1]]) for name in _own_names(text, label, names, turns)):
            found.add(key)
    return frozenset(found)


def _own_names(text: str, label: Mention, names: Sequence[tuple[int, int]], turns: Turns) -> list[tuple[int, int]]:
    """The full names of ``names`` that ``label``'s speaker gives as their own in its turn."""
    turn, before = turns.of(label)
    asked = _ASKS_NAME.search(before) is not None
    return [name for name in names
            if turn[0] <= name[0] and name[1] <= turn[1] and _gives_own_name(text, turn, name, asked)]


def _joined_names(text: str, people: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of the names of ``people`` (its PERSON mentions), those that overlap or stand
    side by side joined: the models find "Rubén Mollinedo" and "Mollinedo Limachi" of one name."""
    spans: list[tuple[int, int]] = []
    for m in sorted((m for m in people if m.entity_type == "PERSON"), key=lambda m: m.start):
        if spans and (m.start <= spans[-1][1] or not text[spans[-1][1]:m.start].strip(" \t")):
            spans[-1] = (spans[-1][0], max(spans[-1][1], m.end))
        else:
            spans.append((m.start, m.end))
    return spans


def _may_be_role(text: str, label: str, at_label: Callable[[int], bool]) -> bool:
    """Whether ``label`` is no given name the name lists know and no word of it is said in
    ``text`` outside the turns' labels (``at_label``) ("Rafa" said as "Rafael" counts)."""
    words = label.split()
    if any(len(w) < _MIN_WORD or not w.replace("-", "").isalpha() for w in words):
        return False
    if any((info := default_gazetteer().lookup(fold_case(w))) is not None and info.first for w in words):
        return False
    return all(at_label(m.start()) or _common_noun(m.group(), w) for w in words
               for m in regex.finditer(rf"(?<![\w'’-]){regex.escape(w)}\w{{0,3}}(?![\w'’-])", text, regex.I))


def _common_noun(said: str, label: str) -> bool:
    """Whether a label's word ``label`` is ``said`` as a common noun, not as a name: in small
    letters while the label is written with a capital ("**Comic:**" ... "the other comics")."""
    return said.islower() and not label.islower()


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _opens_line(text: str, at: int) -> bool:
    """Whether ``at`` is inside the label of the turn its line opens."""
    m = _TURN_LABEL.match(text, _line_start(text, at))
    return m is not None and m.start() <= at < m.end()


def _turn(text: str, label: Mention, starts: Sequence[int]) -> tuple[int, int]:
    """The span of the turn ``label`` opens: to the next turn's label or the text's end."""
    begin = next((s for s in starts if s >= label.end), len(text))
    end = next((_line_start(text, s - 1) for s in starts if s > begin), len(text))
    return begin, max(begin, end)


def _turn_before(text: str, label: Mention, starts: Sequence[int]) -> str:
    """The text of the turn before ``label``'s (the question it answers), or ""."""
    before = [s for s in starts if s <= label.start]
    return text[before[-1]:label.start] if before else ""


def _gives_own_name(text: str, turn: tuple[int, int], name: tuple[int, int], asked: bool) -> bool:
    """Whether the full name at ``name`` is the speaker's own, said in its ``turn``: opening the
    turn in answer to a question for it or with an age after it, or after "I'm", "my name is"."""
    start, end = name
    if len(text[start:end].split()) < 2:
        return False
    if _OWN_NAME_BEFORE.search(text, max(turn[0], start - 20), start):
        return True
    opens = _OPENING.fullmatch(text, turn[0], start) is not None
    return opens and (asked or _AGE_AFTER.match(text, end) is not None)


def _shares_word(label: str, name: str) -> bool:
    """Whether a word of ``label`` starts a word of ``name`` or a word of it starts the label's
    ("Inese" of "inese kalniņa", "Rafa" of "Rafael"): the label is then the speaker's name."""
    words = [fold_case(w) for w in regex.split(r"[\s-]+", name) if len(w) >= _MIN_WORD]
    return any(w.startswith(part) or part.startswith(w) for part in map(fold_case, label.split()) for w in words)
