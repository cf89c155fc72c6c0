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
own full name.  Not a speaker's field (a cue's voice, a segment's speaker): those are read by
their words alone (:func:`redactor.detect.person_roles.label_names_no_one`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redactor.detect.person_roles import AFTER_LABEL, BEFORE_LABEL
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


def self_named_role_labels(text: str, labels: Sequence[Mention], people: Sequence[Mention]) -> frozenset[str]:
    """The labels (``str.casefold``) of ``labels`` (the turns' label mentions) that name the speaker
    by a role: one of the label's turns gives the speaker's own full name (``people``: the
    names found in ``text``) which the label is no word of, and the label is said nowhere else
    as a name (see the module's docstring)."""
    starts = [m.end() for m in _TURN_LABEL.finditer(text)]
    names = _joined_names(text, people)
    found = set()
    for label in labels:
        key = label.text.casefold()
        if key in found or not _may_be_role(text, label.text):
            continue
        turn = _turn(text, label, starts)
        asked = _ASKS_NAME.search(_turn_before(text, label, starts)) is not None
        if any(_gives_own_name(text, turn, name, asked) and not _shares_word(label.text, text[name[0]:name[1]])
               for name in names if turn[0] <= name[0] and name[1] <= turn[1]):
            found.add(key)
    return frozenset(found)


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


def _may_be_role(text: str, label: str) -> bool:
    """Whether ``label`` is no given name the name lists know and no word of it is said in
    ``text`` outside the turns' labels ("Rafa" said as "Rafael" counts)."""
    words = label.split()
    if any(len(w) < _MIN_WORD or not w.replace("-", "").isalpha() for w in words):
        return False
    if any((info := default_gazetteer().lookup(fold_case(w))) is not None and info.first for w in words):
        return False
    return all(_opens_line(text, m.start()) or _common_noun(m.group(), w) for w in words
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
