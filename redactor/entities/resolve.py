"""Entity resolution: which mentions of a whole run name one person or thing, and which are unsure.

One pure function, ``resolve_entities``, over every mention of a run (plus the people the vault
already knows) decides each mention's entity: its type (a type vote per surface form, so one
string keeps one type), its grouping key and, for a profiled source, its label.  People are
matched on folded, transliterated name tokens without titles, ranks or kinship words; short forms
(a lone surname or first name, initials, a diminutive, a surname in another grammatical case)
join a full name only when exactly one person of the run fits.  A wrong merge is worse than a
split: two different first names are never one person, and a short form that fits two people is
listed as ambiguous (it keeps a pseudonym of its own) for the editor to decide.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Sequence

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.recognizers.firm_kinds import is_kind
from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.group import name_tokens, value_key
from redactor.entities.variants import GivenNames, default_given_names
from redactor.lexicon.folding import fold, strip_possessive
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.inflection import inflected_pattern  # noqa: F401 - part of this module's API
from redactor.lexicon.inflection import is_feminine_of, masculine_forms
from redactor.lexicon.inflection import stem as _stem
from redactor.lexicon.dictionary import is_dictionary_word
from redactor.lexicon.names import (GIVEN_NAME_LOCALES, KUNYA_WORDS, PARTICLES, default_gazetteer, family_name_of,
                                   reduplicated_half, surname_shaped)
from redactor.lexicon.titles import (CASED_HONORIFICS, HYPHENED_HONORIFICS, NICKNAME_ADJECTIVES, NOT_NAME_WORDS, POSTPOSED_HONORIFICS,
                                     PREPOSED_HONORIFICS, courtesy_titled, is_title, title_gender)
from redactor.model import Entity, Mention

# Types the NER model confuses with one another; the vote settles a surface form on one of them.
# Listed in tie-break order: a person is the costliest thing to leave half-protected.
VOTED_TYPES = ("PERSON", "ORGANIZATION", "LOCATION")

# A second word that is a patronymic ("Denis Andreyevich"), not a surname.
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|evych|ovna|evna|ivna|yivna|ichna)$")
_NOT_LETTER = re.compile(r"[^\w-]+")

# The key of an unsure given name starts with this, then the keys of the people it may be.
_UNSURE = "?"
# A lone name the text brings in as someone of its own ("a man called Murugan", "her husband
# Murugan") is keyed with this before its folded word (``redactor.refine.people.key_introduced_names``).
INTRODUCED = "+"
# A surname said of a whole family ("the Lindqvist family", "la familia Lindqvist") is keyed with
# this before its folded word (``redactor.refine.people.key_family_names``): where its file
# names several people of that name in full, it names them all, not the one named first.
FAMILY = "="
# A lone name the text says another person has as well ("my cousin is also Tariq", "her
# grandfather was also Matteo"; ``redactor.refine.people.key_namesakes``) is keyed with this before its folded
# word: a person of their own, never the one of the run who has that name too.
NAMESAKE = "~"
# The detector of a "person" said where a place is (``redactor.refine.people.place_by_context``:
# "we lived in Siloé"): the type vote takes its word over the model's for a form no name list
# knows ("In Siloé" twice, but "CAI Siloé" and "#49-21, Siloé" tagged people: a place everywhere).
PLACE_CONTEXT = "place context"
# Particles after which a name's last word is a parent's given name, not a family name
# ("Siti binti Rahman", "Ahmed bin Hassan", "Sidi ould Cheikh", "Kamau wa Njoroge").
PATRONYMIC_PARTICLES = frozenset("bin ibn binti bint bte ould wa".split())
# Spanish and Portuguese honorifics that are also English given names ("Don", "Dom"): an
# honorific only before a given name ("Don Ernesto", "Dom Pedro"), a name before a surname.
_GIVEN_NAME_HONORIFICS = frozenset({"don", "dom"})
# A word at least this frequent in English is an ordinary word, not only a name.
_ORDINARY_WORD_ZIPF = 3.0
_MIN_FIRST_STEM = 3


@dataclass(frozen=True)
class Assignment:
    """The entity a mention belongs to: its (voted) type, grouping key and source label."""

    entity_type: str
    key: str
    label: str = ""


@dataclass(frozen=True)
class Resolution:
    """One assignment per mention, and the mentions that fit more than one person."""

    assignments: tuple[Assignment, ...]
    ambiguous: tuple[int, ...] = ()  # indexes into the mentions


@functools.lru_cache(maxsize=1 << 16)
def person_tokens(text: str) -> tuple[str, ...]:
    """Folded name tokens without titles, ranks, kinship words, honorifics, punctuation or
    possessive; a hyphenated name is one token ("jean-claude", "pennock-rhys"), a syllable said
    twice one word with or without its hyphen ("jun-jun" is "junjun"), an honorific joined by
    a hyphen left off ("sharma-ji" is "sharma").

    Kept for each text while a run is resolved (a run says a name thousands of times: one
    tuple for all of them), and forgotten when it is (``resolve_entities``)."""
    words = [word for raw in fold(text).split()
             if (word := _name_word(raw)) and word not in NOT_NAME_WORDS and not is_title(word)]
    return tuple(_without_address_words(words, text))


def _name_word(raw: str) -> str:
    """One folded word of a name: no punctuation or possessive, a hyphenated honorific left
    off ("sharma-ji" is "sharma"), a syllable said twice one word ("jun-jun" is "junjun")."""
    word = _NOT_LETTER.sub("", strip_possessive(raw)).strip("-")
    head, hyphen, tail = word.rpartition("-")
    if hyphen and tail in HYPHENED_HONORIFICS:
        return head  # "Sharma-ji" is Sharma
    if hyphen and reduplicated_half(word):
        return word.replace("-", "")  # "Jun-Jun" and "Junjun" are one nickname
    return word


def _without_address_words(words: list[str], text: str) -> list[str]:
    """A name's words without the words people are addressed by around it, where they are
    that and not a name (see each case)."""
    if len(words) == 2 and words[0] == words[1] and reduplicated_half(f"{words[0]}-{words[1]}"):
        words = [words[0] * 2]  # a caption's "jun jun"
    if len(words) > 1 and words[0] in NICKNAME_ADJECTIVES:
        words = words[1:]  # "big jim tolliver" is "jim tolliver"; a lone "Little" stays a name
    if len(words) >= 2 and words[0] in PREPOSED_HONORIFICS:
        words = words[1:]  # "Bay Stoyan" is Stoyan
    elif len(words) >= 3 and words[0] in _HONORIFIC_FIRST:
        words = words[1:]  # "U Thein Htike" and "u thein htike" are Thein Htike
    if len(words) >= 2 and words[-1] in POSTPOSED_HONORIFICS and text.rsplit(None, 1)[-1].islower():
        words = words[:-1]  # "Bishnu dai" is Bishnu; "Wei Dai" keeps his surname
    if len(words) >= 2 and words[0] in _GIVEN_NAME_HONORIFICS and _is_given_name(words[1]):
        words = words[1:]  # "Don Ernesto (Valencia)" is Ernesto (Valencia); "Don Henley" stays a name
    return words


def _form(m: Mention) -> str:
    tokens = person_tokens(m.text)
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


# -- the type vote ---------------------------------------------------------------------------

def vote_types(mentions: Sequence[Mention], is_place: Callable[[str], bool],
               is_person_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False) -> list[str]:
    """The type of each mention after the vote: a surface form tagged PERSON, ORGANIZATION and
    LOCATION in different places gets one of them everywhere.

    An authoritative detector (source profile, editor, speaker label) decides alone; otherwise a
    form the place gazetteer knows, that is no person's name, is a place; otherwise the majority
    (then the higher total score, then ``VOTED_TYPES`` order)."""
    types = [m.entity_type for m in mentions]
    by_form: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.entity_type in VOTED_TYPES:
            form = _form(m)
            if form:
                by_form.setdefault(form, []).append(i)
    full_name_words = {t for m in mentions if m.entity_type == "PERSON"
                       for tokens in [person_tokens(m.text)] if len(tokens) >= 2 and _name_shaped(tokens)
                       for t in tokens}
    for form, indexes in by_form.items():
        group = [mentions[i] for i in indexes]
        if len({m.entity_type for m in group}) < 2:
            continue
        if _place_and_surname(form, group, full_name_words, is_place):
            continue
        winner = _winner(form, group, full_name_words, is_place, is_person_name)
        for i in indexes:
            types[i] = winner
    return types


# Words that show a "person" span is a phrase ("The Dean of Klagenfurt University").
_PHRASE_WORDS = frozenset("the of and for at in on".split())


def _name_shaped(tokens: tuple[str, ...]) -> bool:
    """Whether tokens can be a person's name, not a phrase the model tagged as one."""
    return not any(t in _PHRASE_WORDS for t in tokens)


def _place_and_surname(form: str, group: list[Mention], full_name_words: set[str],
                       is_place: Callable[[str], bool]) -> bool:
    """A lone word that is both a known place and the name of a person of the run, said as a
    place here and as the person there ("to Poltava", "Semen Poltava"): no vote can settle it,
    so each mention keeps the type found for it (a place is then never joined to the person)."""
    types = {m.entity_type for m in group}
    return ({"PERSON", "LOCATION"} <= types and " " not in form and form in full_name_words
            and not any(_authoritative(m) for m in group) and is_place(form))


def _authoritative(m: Mention) -> bool:
    """The journalist's or editor's word (a profile, the watchlist, a decision), not a guess."""
    return m.detector in AUTHORITATIVE or m.known_identity


def person_shaped_types(mentions: Sequence[Mention], types: Sequence[str]) -> list[str]:
    """``types`` with a two- or three-word "company" or "place" made a person when its words
    are no ordinary words (a name the lists know and English uses as no word is none: "Michael";
    nor is a middle initial) and its first or last word names a person elsewhere in the run
    ("Gareth Pennock-Rhys" tagged ORGANIZATION where "GARETH" is a speaker); again with the
    persons so found, whose words may make another one a person ("Madam Okoth" of "Akinyi
    Okoth", the model's place)."""
    out = list(types)
    for _ in range(_PERSON_SHAPED_ROUNDS):
        words = {t for m, typ in zip(mentions, out) if typ == "PERSON"
                 for tokens in [person_tokens(m.text)] if _name_shaped(tokens) for t in tokens}
        found = [i for i, (m, typ) in enumerate(zip(mentions, out))
                 if typ in {"ORGANIZATION", "LOCATION"} and not _authoritative(m) and _person_shaped(person_tokens(m.text), words)]
        if not found:
            break
        for i in found:
            out[i] = "PERSON"
    return out


# How many times ``person_shaped_types`` looks again with the persons it found.
_PERSON_SHAPED_ROUNDS = 2


def _person_shaped(tokens: tuple[str, ...], words: set[str]) -> bool:
    """Whether a "company" or "place" of these name tokens is a person's name (see
    ``person_shaped_types``)."""
    if not 2 <= len(tokens) <= 3 or not (tokens[0] in words or tokens[-1] in words):
        return False
    return all(t in words or zipf_frequency(t, "en") < _ORDINARY_WORD_ZIPF or _name_and_no_word(t)
               or (_is_initial(t) and 0 < n < len(tokens) - 1) for n, t in enumerate(tokens))


def _name_and_no_word(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a name and neither as an English word nor a place."""
    info = default_gazetteer().get(word)
    return info is not None and info.is_name_not_word and not info.place


def family_firm_types(mentions: Sequence[Mention], types: Sequence[str]) -> list[str]:
    """``types`` with a two-word "person" that is a firm named after a family of the run made
    a company: a family name, then a word that is no name, no title and rare in English
    ("Tuncay Fleischwaren" beside Kemal Tuncay, "Giraudet Arômes" beside Gérard Giraudet,
    ``_family_then_firm_word``), or a firm's kind, then a family name ("Atelier Lemarchand"
    beside Yves Lemarchand, ``firm_kinds.is_kind``).  Taken for a person, the firm has its
    owner's surname as a given name, and the owner's surname said alone ("Mr. Tuncay") goes to
    the firm or to no one."""
    names = [(tokens, m) for m, t in zip(mentions, types) if t == "PERSON"
             for tokens in [person_tokens(m.text)] if len(tokens) >= 2 and _name_shaped(tokens)]
    if not names:
        return list(types)
    families = _Families([tokens for tokens, _ in names])
    return ["ORGANIZATION" if t == "PERSON" and not _authoritative(m) and not m.key
            and families.firm(person_tokens(m.text)) else t
            for m, t in zip(mentions, types)]


class _Families:
    """The run's full names read for the family names in them (``family_firm_types``)."""

    def __init__(self, names: list[tuple[str, ...]]) -> None:
        self.ending: dict[str, set[tuple[str, ...]]] = {}  # family name -> the full names it ends
        self.starting: dict[str, set[tuple[str, ...]]] = {}  # first word -> the full names it starts
        self.words: dict[str, set[tuple[str, ...]]] = {}  # word -> the full names that have it
        for tokens in names:
            self.ending.setdefault(tokens[-1], set()).add(tokens)
            self.starting.setdefault(tokens[0], set()).add(tokens)
            for word in tokens:
                self.words.setdefault(word, set()).add(tokens)

    def firm(self, tokens: tuple[str, ...]) -> bool:
        """Whether two name tokens are a family's name and a firm's word, either way round."""
        if len(tokens) != 2 or tokens[0] == tokens[1]:
            return False
        first, last = tokens
        return self._family_then_firm_word(first, last, tokens) or (
            bool(self._given_then(last) - {tokens}) and is_kind(first))

    def _given_then(self, family: str) -> set[tuple[str, ...]]:
        """The full names a word the lists know as a given name rather than a surname, then
        ``family``, say ("Kemal Tuncay"; not an honorific the lists hold as a rare given name,
        "Sia Chatchai", nor a parent named by the child, "Abu Nimer", "Mai Tendai")."""
        return {name for name in self.ending.get(family, ())
                if name[0] not in KUNYA_WORDS and _is_given_rather_than_surname(name[0])}

    def _family_then_firm_word(self, family: str, word: str, tokens: tuple[str, ...]) -> bool:
        """A family name said last after a given name elsewhere, no given name itself, first in
        no other full name (not a family name said first, "Chen Guoqing" beside "Xiao Chen" and
        "Chen Lu") and not made from a father's name ("-ov", "-zoda": there a byname follows the
        surname, "Tursunov Zabardast", ``_surname_then_a_word``), then a word no person's name
        of the run has, no name the lists know, no title, no English word (a caption's verb the
        span took in, "pennington winced"), not hyphenated ("Wong Chi-keung")."""
        if not self._given_then(family) - {tokens} or _is_given_name(family) or surname_shaped(family) \
                or self.starting.get(family, set()) - {tokens}:
            return False
        if len(word) < _MIN_FIRM_WORD or "-" in word or self.words.get(word, set()) - {tokens} \
                or is_title(word) or word in NOT_NAME_WORDS:
            return False
        info = default_gazetteer().get(word)
        return (info is None or not (info.first or info.last)) and zipf_frequency(word, "en") < _ORDINARY_WORD_ZIPF \
            and not is_dictionary_word(word)


# A firm's word after its family's name has this many letters or more ("kone", "watta").
_MIN_FIRM_WORD = 4


def unit_types(mentions: Sequence[Mention], types: Sequence[str]) -> list[str]:
    """``types`` with a company or place the model found where a unit's pattern found the same
    formation elsewhere in the run ("The Third Assault Brigade" beside "3rd Assault Brigade"),
    or a number read out that a unit's pattern found as the unit's number ("military unit five
    five zero four two ... the number they wrote, five five zero four two"), made that unit: one
    thing, one type, one pseudonym."""
    units = {value_key(m) for m, t in zip(mentions, types) if t == "MILITARY_UNIT"}
    numbers = {fold(m.text) for m, t in zip(mentions, types) if t == "MILITARY_UNIT"}
    return ["MILITARY_UNIT" if (t in {"ORGANIZATION", "LOCATION"} and value_key(m) in units)
            or (t == "ID_NUMBER" and fold(m.text) in numbers) else t
            for m, t in zip(mentions, types)]


def _as_type(mention: Mention, entity_type: str) -> Mention:
    """``mention`` as the type the votes gave it; a number read out that a unit's pattern found
    as the unit's number elsewhere (``unit_types``) drops the key of its digits, so it is keyed
    by its words as the unit is."""
    if mention.entity_type == "ID_NUMBER" and entity_type == "MILITARY_UNIT":
        return replace(mention, entity_type=entity_type, key="")
    return replace(mention, entity_type=entity_type)


# A role the detectors typed both ways in one run ("warden" a rank after a name, a job alone).
_ROLE_TYPES = ("RANK", "OCCUPATION")


def role_types(mentions: Sequence[Mention], types: Sequence[str]) -> list[str]:
    """``types`` with one role word, typed a rank in some places and an occupation in others,
    given the type most of its mentions have (a rank on a tie) everywhere: one role, one
    pseudonym."""
    votes: dict[str, Counter[str]] = {}
    for m, t in zip(mentions, types):
        if t in _ROLE_TYPES:
            votes.setdefault(value_key(m), Counter())[t] += 1
    chosen = {key: max(_ROLE_TYPES, key=lambda t: (count[t], t == "RANK"))
              for key, count in votes.items() if len(count) > 1}
    if not chosen:
        return list(types)
    return [chosen.get(value_key(m), t) if t in _ROLE_TYPES else t for m, t in zip(mentions, types)]


_ACRONYM_SKIP = frozenset("of and the for & de du des la le".split())


def organisation_short_forms(mentions: Sequence[Mention], types: Sequence[str]) -> dict[int, str]:
    """The mentions that are an organisation's short form, each with that organisation's key: a
    lone word the model called a person or a company that is the first word ("Kamoto" of
    Kamoto Copper Company) or the acronym ("KCC") of exactly one organisation of the run, no
    ordinary word and no word of a person's full name in the run."""
    heads = _organisation_heads(mentions, types)
    if not heads:
        return {}
    name_words = _full_name_words(mentions, types)
    found = {}
    for i, (m, t) in enumerate(zip(mentions, types)):
        if t not in {"PERSON", "ORGANIZATION"} or _authoritative(m) or m.key:
            continue
        tokens = person_tokens(m.text)
        if len(tokens) != 1 or len(tokens[0]) < 3 or tokens[0] in name_words:
            continue
        is_acronym = m.text.strip().isupper() and len(m.text.strip()) <= 6
        if not is_acronym and zipf_frequency(tokens[0], "en") >= _ORDINARY_WORD_ZIPF:
            continue
        keys = heads.get(tokens[0], set())
        if len(keys) == 1:
            found[i] = next(iter(keys))
    return found


def _organisation_heads(mentions: Sequence[Mention], types: Sequence[str]) -> dict[str, set[str]]:
    """The first word and the acronym of each organisation name of two or more words -> its keys."""
    heads: dict[str, set[str]] = {}
    for m, t in zip(mentions, types):
        if t != "ORGANIZATION":
            continue
        key = value_key(replace(m, entity_type=t))
        words = _NOT_LETTER.sub(" ", key).split()
        if len(words) < 2:
            continue
        heads.setdefault(words[0], set()).add(key)
        initials = "".join(w[0] for w in words if w not in _ACRONYM_SKIP)
        if len(initials) >= 2:
            heads.setdefault(initials, set()).add(key)
    return heads


def _full_name_words(mentions: Sequence[Mention], types: Sequence[str]) -> set[str]:
    """Every word of a person's full name in the run, and of a name the journalist gave."""
    words = {t for m, typ in zip(mentions, types) if typ == "PERSON"
             for tokens in [person_tokens(m.text)] if len(tokens) >= 2 and _name_shaped(tokens) for t in tokens}
    return words | {t for m in mentions if _authoritative(m) for t in person_tokens(m.text)}


def settle_call_signs(mentions: Sequence[Mention]) -> Sequence[Mention]:
    """``mentions`` with each lone form that is a nickname or a CALL_SIGN somewhere given one
    meaning: a nickname of one person (a mention of that form keyed by a full name,
    ``redactor.refine.nicknames``) everywhere, so "Emeka" said alone after '"Emeka"' is the
    person too; or else, where the model called a call sign's word a person, the call sign
    everywhere (not when it is a word of a person's full name).  ``mentions`` itself where
    nothing changes: a run's hundred thousand are not copied for nothing."""
    changed: dict[int, Mention] = {}
    name_words: set[str] | None = None
    for form, indexes in _lone_forms(mentions).items():
        kinds = {mentions[i].entity_type for i in indexes}
        nickname_of = {mentions[i].key for i in indexes if _nickname_key(mentions[i])}
        # a name cut at a cue is keyed by the whole name too, but it is no nickname
        if len(nickname_of) == 1 and (kinds != {"PERSON"} or any(_is_nickname(mentions[i]) for i in indexes)):
            key = nickname_of.pop()
            for i in indexes:
                if mentions[i].entity_type == "CALL_SIGN" or not _nickname_key(mentions[i]):
                    changed[i] = replace(mentions[i], entity_type="PERSON", key=key)
        elif kinds == {"CALL_SIGN", "PERSON"} and not nickname_of:
            if name_words is None:
                name_words = _full_name_words(mentions, [m.entity_type for m in mentions])
            if not set(form.split()) & name_words:
                for i in indexes:
                    if mentions[i].entity_type == "PERSON" and not _nickname_key(mentions[i]):
                        changed[i] = replace(mentions[i], entity_type="CALL_SIGN")
    return _with_changes(mentions, changed)


def _with_changes(mentions: Sequence[Mention], changed: dict[int, Mention]) -> Sequence[Mention]:
    """``mentions`` with the mentions of ``changed`` at their indexes: a copy, or ``mentions``
    itself where nothing changed."""
    if not changed:
        return mentions
    out = list(mentions)
    for i, m in changed.items():
        out[i] = m
    return out


def _lone_forms(mentions: Sequence[Mention]) -> dict[str, array[int]]:
    """The indexes of the guessed PERSON and CALL_SIGN mentions of one or two words, by form
    (arrays: most of a run's person mentions are one or two words)."""
    forms: dict[str, array[int]] = {}
    for i, m in enumerate(mentions):
        if m.entity_type in {"CALL_SIGN", "PERSON"} and not _authoritative(m):
            form = _form(m)
            if form and len(form.split()) <= 2:
                forms.setdefault(form, array("i")).append(i)
    return forms


def _is_nickname(m: Mention) -> bool:
    """Whether ``m`` is keyed by a full name its own words are not part of ("Emeka" keyed by
    Chukwuemeka Obi), unlike a part of a name cut at a cue ("murugan" of "selvi murugan")."""
    return _nickname_key(m) and not set(person_tokens(m.text)) <= set(person_tokens(m.key))


def _nickname_key(m: Mention) -> bool:
    """Whether ``m`` is a person mention keyed by a full name that is not its own text."""
    return m.entity_type == "PERSON" and bool(m.key) and person_tokens(m.key) != person_tokens(m.text)


def _winner(form: str, group: list[Mention], full_name_words: set[str],
            is_place: Callable[[str], bool], is_person_name: Callable[[tuple[str, ...]], bool]) -> str:
    authority = [m.entity_type for m in group if _authoritative(m)]
    votes = Counter(authority or [m.entity_type for m in group])
    if not authority and _said_as_a_person(group):
        return "PERSON"
    if not authority and "LOCATION" in votes:
        words = tuple(form.split())
        if not any(w in full_name_words for w in words) and not is_person_name(words) and (
                is_place(form) or any(m.detector == PLACE_CONTEXT for m in group)) and not _mostly_a_person(votes, words):
            return "LOCATION"
    scores: dict[str, float] = {}
    for m in group:
        scores.setdefault(m.entity_type, 0.0)
        scores[m.entity_type] += m.score
    return max(votes, key=lambda t: (votes[t], scores[t], -VOTED_TYPES.index(t)))


def _said_as_a_person(group: list[Mention]) -> bool:
    """Whether a form is said somewhere as no one but a person: after a courtesy title ("mr
    amegah" said once: "amegah" the model called a company is him), or tied by the document's
    own words to a person's full name ("Turi, Salvatore Cannizzo", "we call him Kunle": a town
    of that name elsewhere in the run is he)."""
    return any((m.entity_type == "PERSON" and courtesy_titled(m.text)) or _nickname_key(m) for m in group)


# -- people ----------------------------------------------------------------------------------

@dataclass
class _Person:
    """One person being assembled (working state of one resolution, never returned)."""

    key: str
    label: str = ""
    namespaced: bool = False
    known: bool = False  # in the vault already
    firsts: set[str] = field(default_factory=set)  # name skeletons
    lasts: set[str] = field(default_factory=set)
    singles: set[str] = field(default_factory=set)  # lone tokens of a profiled source
    middles: set[str] = field(default_factory=set)  # "Wanjiru" of Mary Wanjiru Kamau
    genders: set[str] = field(default_factory=set)  # "f"/"m" from titles in the full name's mentions
    family_first: bool = False  # written family name first ("Nguyen Van Minh"): the last word is the given name
    fathers_name: bool = False  # the last word follows "bin", "binti", "ould": the father's given name

    def absorb(self, other: _Person) -> None:
        self.genders |= other.genders
        self.firsts |= other.firsts
        self.lasts |= other.lasts
        self.singles |= other.singles
        self.middles |= other.middles


def _is_initial(token: str) -> bool:
    return len(token) == 1


# A given name clipped to its end ("Lena" of Elena, "Bisi" of Olabisi, "Sandra" of Alexandra)
# or its start ("Funmi" of Funmilayo) keeps at least this many letters; clipped to its start,
# three will do ("Roi" of Roimata, "Kez" of Kezia, "Des" of Desmond): in the design sets' gold a
# lone three-letter name that starts another's given name of five letters or more in the same
# document is that person 40 times of 41.
_MIN_CLIPPED = 4
_MIN_CLIPPED_START = 3


def _clipped(short: str, full: str) -> bool:
    """Whether given name ``short`` is ``full`` (skeletons) clipped, as people shorten names the
    lists do not hold: a short form of one person only where exactly one person fits.  Kept to
    its start it must leave out two letters or more and be no given name of its own, so a man's
    name is never taken for a woman's that starts with it ("Ivan" and Ivana, "Paul" and
    Paulina).  Kept to its end, a given name of its own must leave out two letters or more:
    "Amir" is not Samir, "Amal" is not Kamal (one letter apart, they are two names)."""
    if len(short) < _MIN_CLIPPED_START or len(full) <= len(short) or family_name_of(short, full):
        return False  # "Magomedov" is a family name made from Magomed, no longer form of it
    if full.endswith(short):
        return len(short) >= _MIN_CLIPPED and (len(full) - len(short) >= 2 or not _is_given_name(short))
    # a skeleton's final "y" is an "i" inside a name ("funmy" of "funmilayo")
    starts = full.startswith(short) or (short.endswith("y") and full.startswith(short[:-1]) and full[len(short) - 1] == "i")
    return starts and len(full) - len(short) >= 2 and not _is_given_name(short)


# How a name sounds, beyond its skeleton: "ph" is "f", "th" is "t", a German "ue" or "oe" is the
# umlaut written out, a "y" after a vowel lengthens it ("Brayden", "Braden"), a name ends in one "i"
# sound however it is written ("Eddie", "Eddy", "Jessey").
_SOUND_RULES = (("ph", "f"), ("th", "t"), ("ue", "u"), ("oe", "o"))
_SOUNDLESS_Y = re.compile(r"(?<=[aeiou])y(?=[^aeiouy])")
_FINAL_I_SOUND = re.compile(r"(?:ie|ey|ee|y)$")
_INITIAL_H = re.compile(r"^h(?=[aeiou])")
_DOUBLE_SOUND = re.compile(r"([a-z])\1+")
# A name sounding like another is taken for it only when its sound keeps this many letters.
_MIN_SOUND = 3
# Sounds are indexed beside skeletons (``_People.index``) under this mark.
_SOUNDS = "~"


@functools.lru_cache(maxsize=1 << 14)
def _sound(name: str) -> str:
    """The sound of a name skeleton, for a name said again spelt otherwise (a follow-up
    transcript writes "Braden" for Brayden, "Olleran" for Holleran, "Stefens" for Stephens,
    "Mueller" for Müller); "" when too short to go by."""
    for old, new in _SOUND_RULES:
        name = name.replace(old, new)
    name = _INITIAL_H.sub("", _SOUNDLESS_Y.sub("", name))
    name = _DOUBLE_SOUND.sub(r"\1", _FINAL_I_SOUND.sub("i", name))
    return name if len(name) >= _MIN_SOUND else ""


def _woman_of_family(woman: _Person, man: _Person) -> bool:
    """Whether ``woman``'s surname is the feminine of ``man``'s (Valentina Petrova, Valentin
    Petrov; Jana Kowalska, Jan Kowalski) and her name is not his in the genitive: a wife, a
    sister or a daughter, never him.  A genitive declines his given names too: into a form that
    is no given name ("Antona" of Anton) or, said with a patronymic, the patronymic as well
    ("Ivana Ivanovicha" of Ivan Ivanovich); a given name said alike ("Sasha") is hers."""
    if not any(is_feminine_of(x, y) for x in woman.lasts for y in man.lasts):
        return False
    middles, his_middles = _proper_middles(woman.middles), _proper_middles(man.middles)
    if middles and his_middles and not middles & his_middles:
        return False  # the patronymic declined with the name (stems alike: ``_middles_differ``)
    return any(f in man.firsts or _is_given_name(f) for f in woman.firsts)


def _mostly_a_person(votes: Counter[str], words: tuple[str, ...]) -> bool:
    """A given name the model calls a person at least as often as a place, though the gazetteer
    knows a town of that name too ("with my wife Arta" in one file, "arta is angry" called a place
    in the next): a person."""
    return votes["PERSON"] >= votes["LOCATION"] and len(words) == 1 and _is_given_name(words[0])


def _is_given_name(word: str) -> bool:
    info = default_gazetteer().get(word)
    return info is not None and info.first


class _People:
    """The people of one run, and which of them a short form can be."""

    def __init__(self, names: GivenNames) -> None:
        self.names = names
        self.persons: list[_Person] = []
        self.by_pair: dict[tuple[str, str], int] = {}
        self.by_key: dict[str, int] = {}
        self.parent: list[int] = []
        self.unsure: set[int] = set()
        self.roots: list[int] = []  # set by merge_variants
        self.aliases: dict[str, str] = {}  # a key as this code writes it -> the vault's older key
        self.memo: dict[tuple[tuple[str, ...], int], frozenset[int]] = {}  # candidates, per short form
        self.index: dict[str, set[int]] | None = None  # name skeleton -> people (roots) with it
        self.surnames: set[str] | None = None  # every surname of the run's people, once asked
        self.canonical: dict[str, set[int]] | None = None  # canonical given name -> people (roots)

    def add(self, person: _Person, pair: tuple[str, str] | None = None) -> int:
        if pair is not None and pair in self.by_pair:
            return self.by_pair[pair]
        if person.key in self.by_key:
            index = self.by_key[person.key]
            self.persons[index].absorb(person)
        else:
            index = len(self.persons)
            self.persons.append(person)
            self.parent.append(index)
            self.by_key[person.key] = index
        if pair is not None:
            self.by_pair[pair] = index
        return index

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            index = self.parent[index]
        return index

    # -- compatibility ---------------------------------------------------------------------

    def _lasts_fit(self, a: _Person, b: _Person) -> str:
        """"same", "inflected" or "" for the surnames of two people."""
        if a.lasts & b.lasts:
            return "same"
        if {_stem(x) for x in a.lasts} & {_stem(x) for x in b.lasts}:
            return "inflected"
        if ({_sound(x) for x in a.lasts} & {_sound(x) for x in b.lasts}) - {""}:
            return "same"  # spelt otherwise, said alike ("Holleran", "Olleran")
        return ""

    def compatible(self, a: _Person, b: _Person) -> bool:
        """Whether two full names can be one person: surnames alike, first names variants of
        each other (or, when the surname is inflected, the first name in the same case), and
        no title of one gender for one and of the other for the other."""
        lasts = self._lasts_fit(a, b)
        if not lasts or len(a.genders | b.genders) > 1 or _middles_differ(a.middles, b.middles):
            return False
        if lasts == "inflected" and (_woman_of_family(a, b) or _woman_of_family(b, a)):
            return False
        for x in a.firsts:
            for y in b.firsts:
                if self.names.are_variants(x, y):
                    continue
                if lasts == "inflected" and _stem(x, _MIN_FIRST_STEM) == _stem(y, _MIN_FIRST_STEM):
                    continue
                return False
        return True

    def merge_variants(self) -> None:
        """Join full names that are one person written differently (Kolya/Nikolai Bondarenko,
        Nikolaya Bondarenka): only a group whose every pair fits and that holds at most one
        identity the run already knows (a source, the vault).  A name that fits two people who
        do not fit each other stays apart and is unsure."""
        buckets: dict[str, list[int]] = {}
        for i, p in enumerate(self.persons):
            for stem in {_stem(x) for x in p.lasts} | {_SOUNDS + sound for x in p.lasts if (sound := _sound(x))}:
                buckets.setdefault(stem, []).append(i)
        for members in buckets.values():
            if len(members) < 2:
                continue
            for group in self._components(members):
                self._merge_group(group)
        self.roots = sorted({self.root(i) for i in range(len(self.persons))})
        self.memo, self.index, self.surnames, self.canonical = {}, None, None, None

    def merge_shortened(self) -> None:
        """Join a name to the one longer name it shortens by leaving out its last word ("Ana
        Lucia" of Ana Lucia Ferreira, "Gabriel Garcia" of Gabriel Garcia Marquez, "Ana de Souza"
        of Ana de Souza Lima): the same given name, its last word a middle name or first surname
        of exactly one person of the run, and its own middle words (particles aside) that
        person's too.  A name the run or the vault already knows as an identity stays."""
        by_middle: dict[str, set[int]] = {}
        for r in self.roots:
            for word in self.persons[r].middles:
                by_middle.setdefault(word, set()).add(r)
        joined = False
        for r in self.roots:
            p = self.persons[r]
            if p.namespaced or p.known or r in self.unsure:
                continue
            # Its own middle words must be the longer name's too ("Ana de Souza" of Ana de
            # Souza Lima, "Luis Alberto Quispe" of Luis Alberto Quispe Mamani).
            own = _proper_middles(p.middles)
            fits = {q for last in p.lasts for q in by_middle.get(last, ()) if q != r
                    and own <= self.persons[q].middles and last not in own
                    and all(any(self.names.are_variants(x, y) for y in self.persons[q].firsts) for x in p.firsts)
                    and len(p.genders | self.persons[q].genders) <= 1}
            if len(fits) == 1:
                head = fits.pop()
                self.parent[r] = head
                self.persons[head].firsts |= p.firsts
                self.persons[head].genders |= p.genders
                joined = True
            elif fits:
                self.unsure.add(r)
        if joined:
            self.roots = sorted({self.root(i) for i in range(len(self.persons))})
            self.memo, self.index, self.surnames, self.canonical = {}, None, None, None

    def _components(self, members: list[int]) -> list[list[int]]:
        seen: set[int] = set()
        groups = []
        for start in members:
            if start in seen:
                continue
            group, todo = [], [start]
            seen.add(start)
            while todo:
                i = todo.pop()
                group.append(i)
                for j in members:
                    if j not in seen and self.compatible(self.persons[i], self.persons[j]):
                        seen.add(j)
                        todo.append(j)
            if len(group) > 1:
                groups.append(sorted(group))
        return groups

    def _merge_group(self, group: list[int]) -> None:
        persons = [self.persons[i] for i in group]
        consistent = all(self.compatible(a, b) for n, a in enumerate(persons) for b in persons[n + 1:])
        identities = [i for i in group if self.persons[i].namespaced or self.persons[i].known]
        if not consistent or len(identities) > 1:
            for i in group:
                fits = [j for j in group if j != i and self.compatible(self.persons[i], self.persons[j])]
                if len(fits) > 1:
                    self.unsure.add(i)
            return
        head = identities[0] if identities else group[0]
        for i in group:
            if i != head and self.root(i) == i:
                self.parent[i] = head
                self.persons[head].absorb(self.persons[i])

    # -- short forms ----------------------------------------------------------------------

    def fitting(self, tokens: tuple[str, ...], gender: str = "", exclude: int = -1) -> set[int]:
        """``candidates``, but none when the one candidate has a title of the other gender
        ("Mrs Sylvester" is not the man written "Mr Thomas Sylvester").  A title only ever
        splits: where two people fit, ruling one out would be a guess, so both stay."""
        found = self.candidates(tokens, exclude)
        if gender and len(found) == 1 and self.persons[next(iter(found))].genders - {gender}:
            return set()
        return found

    def candidates(self, tokens: tuple[str, ...], exclude: int = -1) -> set[int]:
        """The people (roots) a short form can be: exact matches, else inflected or variant ones."""
        if (tokens, exclude) not in self.memo:
            self.memo[(tokens, exclude)] = frozenset(self._candidates(tokens, exclude))
        return set(self.memo[(tokens, exclude)])

    def _candidates(self, tokens: tuple[str, ...], exclude: int) -> set[int]:
        first, last = skeleton(tokens[0]), skeleton(tokens[-1])
        if self.index is None:
            self.index = self._indexed()
        # An exact match holds one of the form's words (but for a lone initial), so only those
        # people need a look; inflected and variant forms need every one.
        likely = self.roots if len(tokens) == 1 and _is_initial(first) else (
            self.index.get(first, set()) | self.index.get(last, set()))
        for exact, roots in ((True, likely), (False, self.roots)):
            found = {r for r in roots if r != exclude and self._fits(self.persons[r], tokens, first, last, exact)}
            if found and exact and len(tokens) == 1 and not _is_initial(first) and all(
                    self.first_fits(self.persons[r], first) for r in found):
                # A given name written as one person wrote it ("Kolya" Hrytsenko) is as much
                # a form of another's ("Nikolai" Bondarenko): both are candidates.
                found |= {r for r in self._by_given_name(first) if r != exclude and self.first_fits(self.persons[r], first)}
            if found:
                return found
        return self._sounding(tokens, first, exclude)

    def _indexed(self) -> dict[str, set[int]]:
        """The people (roots) by each word of their names, and by each sound (``_SOUNDS``) of
        their given names and surnames."""
        index: dict[str, set[int]] = {}
        for r in self.roots:
            p = self.persons[r]
            for word in p.firsts | p.lasts | p.singles | p.middles:
                index.setdefault(word, set()).add(r)
            for sound in {_sound(word) for word in p.firsts | _own_lasts(p)} - {""}:
                index.setdefault(_SOUNDS + sound, set()).add(r)
        return index

    def _sounding(self, tokens: tuple[str, ...], word: str, exclude: int) -> set[int]:
        """The one person (root) a lone word that fits no one written is said like: a given
        name or surname spelt otherwise ("Braden" of Brayden Tamsett).  Two who sound alike are
        no guess to make: none."""
        sound = _sound(word) if len(tokens) == 1 and self.index is not None else ""
        found = (self.index or {}).get(_SOUNDS + sound, set()) - {exclude} if sound else set()
        return set(found) if len(found) == 1 else set()

    def _by_given_name(self, first: str) -> set[int]:
        """The people (roots) whose given name may be a form of ``first``: those sharing one of
        its canonical names (a superset; ``first_fits`` decides)."""
        if self.canonical is None:
            self.canonical = {}
            for r in self.roots:
                for f in self.persons[r].firsts:
                    for c in self.names.forms_of(f):
                        self.canonical.setdefault(c, set()).add(r)
        return {r for c in self.names.forms_of(first) for r in self.canonical.get(c, ())}

    def _fits(self, p: _Person, tokens: tuple[str, ...], first: str, last: str, exact: bool) -> bool:
        if len(tokens) == 1:
            if _is_initial(first):
                return exact and any(f.startswith(first) for f in p.firsts)
            if exact:  # a particle inside a name ("le" of Patricia Le Page) is no word of it said alone
                return first in p.firsts or first in _own_lasts(p) or first in p.singles or first in p.middles - PARTICLES
            stems = {_stem(x) for x in _own_lasts(p) | p.singles}
            return self._first_fits(p, first, False) or (
                _stem(first) in stems and not self.feminine_of(first, p) and not self.masculine_of(first, p))
        if _is_initial(first):  # "M. Kowalczyk"
            return any(f.startswith(first) for f in p.firsts) and self._last_fits(p, last, exact)
        # "Marta K."
        return any(x.startswith(last) for x in p.lasts) and self._first_fits(p, first, exact)

    @staticmethod
    def feminine_of(form: str, p: _Person) -> bool:
        """Whether ``form`` is the feminine of one of ``p``'s surnames ("Sokolova" of Dmitri
        Sokolov): a woman of his family, never taken for him."""
        return any(is_feminine_of(form, last) for last in p.lasts | p.singles)

    @staticmethod
    def masculine_of(form: str, p: _Person) -> bool:
        """Whether ``form`` is the masculine of one of ``p``'s surnames ("Ivanov" where ``p`` is
        Elena Ivanova): a man of her family; no case of her name drops the ending."""
        return any(is_feminine_of(last, form) for last in p.lasts | p.singles)

    def first_fits(self, p: _Person, first: str) -> bool:
        """Whether ``first`` is ``p``'s given name, a form of it or its sound (not a surname
        that fits)."""
        fits = self._first_fits(p, first, False) or (
            (sound := _sound(first)) != "" and sound in {_sound(f) for f in p.firsts})
        return fits and not (first in p.lasts or first in p.singles)

    def feminine_of_anyone(self, form: str) -> bool:
        """Whether ``form`` is the feminine of a surname of someone in the run."""
        if self.surnames is None:
            self.surnames = {x for r in self.roots for x in self.persons[r].lasts | self.persons[r].singles}
        return any(base in self.surnames for base in masculine_forms(form))

    def _first_fits(self, p: _Person, first: str, exact: bool) -> bool:
        if exact:
            return first in p.firsts
        return any(self.names.are_variants(first, f) or _clipped(first, f) for f in p.firsts)

    @classmethod
    def _last_fits(cls, p: _Person, last: str, exact: bool) -> bool:
        if exact:
            return last in p.lasts
        return _stem(last) in {_stem(x) for x in p.lasts} and not cls.feminine_of(last, p) and not cls.masculine_of(last, p)


def _own_lasts(p: _Person) -> set[str]:
    """``p``'s surnames, but for a kunya said alone ("Abu Samir", "Umm Karim"): the word after
    it is the child's given name, and that name said alone is the child, not the parent.  In a
    longer name the word may start a given name ("Abu Talib Karimi" is Mr Karimi)."""
    return set() if p.firsts & _KUNYA_SKELETONS and not p.middles else p.lasts


_KUNYA_SKELETONS = frozenset(skeleton(w) for w in KUNYA_WORDS)


# A particle that starts a surname ("Al Rashid", "van Dijk"): said with it alone, the surname is
# a short form, not a given name and a surname ("Abu" starts a given name, so it is not one).
_SURNAME_PARTICLES = PARTICLES - {"abu"}


def _parse(m: Mention) -> tuple[str, ...]:
    """Name tokens of a person mention: of its key when a detector spelled the name out; a
    leading "the" is the sentence's ("The Dean of ..."), not a name; a particle and one word
    are a surname alone ("Al Rashid" of Ahmed Al Rashid), and so are particles and one word
    ("Mr. van der Walt" of Pieter van der Walt, "de la Cruz")."""
    tokens = person_tokens(m.key if m.key and not m.known_identity else m.text)
    if tokens[:1] == ("the",):
        tokens = tokens[1:]
    surname_alone = len(tokens) >= 2 and tokens[0] in _SURNAME_PARTICLES and all(t in PARTICLES for t in tokens[1:-1])
    return tokens[-1:] if surname_alone else tokens


def _full(tokens: tuple[str, ...]) -> bool:
    return len(tokens) >= 2 and not _is_initial(tokens[0]) and not _is_initial(tokens[-1])


def _person_from(tokens: tuple[str, ...], key: str, **kwargs) -> tuple[_Person, tuple[str, str]]:
    """A person of a full name, and the (first, last) skeletons that identify it."""
    first, last = skeleton(tokens[0]), skeleton(tokens[-1])
    lasts = {last, *(skeleton(part) for part in tokens[-1].split("-") if len(part) > 2)}
    middles = {skeleton(t) for t in tokens[1:-1]}
    return _Person(key=key, firsts={first}, lasts=lasts, middles=middles, family_first=_is_family_name(tokens[0]),
                   **kwargs), (first, last)


def _is_patronymic_name(tokens: tuple[str, ...]) -> bool:
    """"Denis Andreyevich": a given name and a patronymic, no surname."""
    return len(tokens) == 2 and bool(_PATRONYMIC.search(skeleton(tokens[1])))


def _add_identities(people: _People, mentions: Sequence[Mention], person_indexes: Sequence[int],
                    tokens_of: Sequence[tuple[str, ...]], node_of: _NodeOf) -> None:
    """The people a detector knows by key (a profiled source, a watchlist entry)."""
    for i in person_indexes:
        m, tokens = mentions[i], tokens_of[i]
        if not m.known_identity:
            continue
        if _full(tokens):
            person, pair = _person_from(tokens, m.key, label=m.label, namespaced=True)
        else:
            person, pair = _Person(key=m.key, label=m.label, namespaced=True, singles={skeleton(tokens[0])}), None
        node_of[i] = people.add(person)
        people.persons[node_of[i]].genders.update(mention_gender(m) or ())
        if pair is not None:
            people.by_pair.setdefault(pair, node_of[i])


def _add_known(people: _People, known_people: Iterable[str]) -> None:
    """The vault's people, by the keys earlier runs gave them."""
    # A profiled identity ("source:..."), an unsure given name ("?...") or a namesake ("~...")
    # is no one to join.
    known_keys = [k for k in known_people if ":" not in k and not k.startswith((_UNSURE, NAMESAKE))]
    for known in known_keys:
        tokens = person_tokens(known)
        if _full(tokens):
            people.add(*_person_from(tokens, known, known=True))
        if tokens and " ".join(tokens) not in known_keys:
            # Written by older code ("uncle petrov", "jean ilunga"): the oldest key naming the
            # same person keeps its pseudonym.
            people.aliases.setdefault(" ".join(tokens), known)


def _add_patronymic(people: _People, tokens: tuple[str, ...]) -> int:
    """The one person of the run with the given name of "Denis Andreyevich", or a new one."""
    first = skeleton(tokens[0])
    fits = [r for r in people.roots if first in people.persons[r].firsts]
    if len(fits) == 1:
        return fits[0]
    node = people.add(*_person_from(tokens, " ".join(tokens)))
    people.roots = sorted({people.root(n) for n in range(len(people.persons))})
    people.memo, people.index, people.surnames, people.canonical = {}, None, None, None
    return node


def _join_without_family_names(people: _People, nodes: dict[tuple[str, ...], int]) -> None:
    """Join a name to the one longer name of the run it is without its leading family name(s)
    ("Xiao Ming" of Wang Xiao Ming, "Van Minh" of Nguyen Van Minh), or that is its surname of
    two words said alone (``_drops_given_names``), or its given names of two words said alone
    (``_drops_surnames``: "juan carlos" of Juan Carlos Pérez): every word left out a
    surname the gazetteer knows as no given name or far less often, so two given names are never taken for one
    person ("Fernanda Ortiz" stays apart from Luisa Fernanda Ortiz).  A name that fits two
    longer ones is unsure."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in nodes:
        by_last.setdefault(name[-1], []).append(name)
        by_first.setdefault(_without_honorific(name)[0], []).append(name)
    joined = False
    for short, node in nodes.items():
        r = people.root(node)
        p = people.persons[r]
        if p.namespaced or p.known or r in people.unsure:
            continue
        fits = {people.root(nodes[long]) for long in by_last[short[-1]]
                if _drops_family_names(long, short) or _drops_given_names(long, short)} - {r}
        fits |= {people.root(nodes[long]) for long in by_first.get(short[0], ()) if _drops_surnames(long, short)} - {r}
        fits = {q for q in fits if len(p.genders | people.persons[q].genders) <= 1}
        if len(fits) == 1:
            people.parent[r] = fits.pop()
            joined = True
        elif fits:
            people.unsure.add(r)
    if joined:
        people.roots = sorted({people.root(i) for i in range(len(people.persons))})
        people.memo, people.index, people.surnames, people.canonical = {}, None, None, None


def _drops_family_names(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` is ``long`` with words left out, in order, ending on its last word and
    starting on another than its first, each word left out a surname and no given name."""
    if len(short) >= len(long) or short[-1] != long[-1] or short[0] == long[0]:
        return False
    rest = iter(long)
    if not all(word in rest for word in short):
        return False
    left_out = list(long)
    for word in short:
        left_out.remove(word)
    return all(_is_family_name(word) for word in left_out)


# Words that start a surname of two or more words and are no given name there: the particles,
# and the Levantine "Abi"/"Abou"/"Bou" ("Georges Abi Nader", "Rita Bou Saab").
_SURNAME_STARTS = _SURNAME_PARTICLES | frozenset({"abi", "abou", "bou"})


def _drops_given_names(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` is the surname of ``long`` said alone when that surname is two words or
    more: ``long``'s last words, the first a particle or no given name the gazetteer knows
    ("abi nader" of Georges Abi Nader, "huamán quispe" of Wilmer Huamán Quispe), so a given
    name and a surname ("Fernanda Ortiz" of Luisa Fernanda Ortiz) stay apart."""
    n = len(short)
    return 2 <= n < len(long) and long[-n:] == short and (short[0] in _SURNAME_STARTS or not _is_given_name(short[0]))


def _drops_surnames(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` is the given names of ``long`` said without its surname when they are
    two words or more ("juan carlos" of Juan Carlos Pérez, "Hnin Ei" of Ma Hnin Ei Phyu): its
    first words, the last of them no surname the gazetteer knows rather than a given name."""
    n, long = len(short), _without_honorific(long)
    return 2 <= n < len(long) and long[:n] == short and not _is_family_name(short[-1])


# Burmese and Thai honorifics, a name's first word as written ("Ma Hnin Ei Phyu", "Khun Nok").
_HONORIFIC_FIRST = frozenset(w.lower() for w in CASED_HONORIFICS)


def _without_honorific(name: tuple[str, ...]) -> tuple[str, ...]:
    return name[1:] if len(name) >= 3 and name[0] in _HONORIFIC_FIRST else name


def _is_family_name(word: str) -> bool:
    info = default_gazetteer().get(word)
    return info is not None and info.is_surname_rather_than_given


_PARTICLE_SKELETONS = frozenset(skeleton(p) for p in PARTICLES)


def _proper_middles(middles: Iterable[str]) -> set[str]:
    """Middle names (skeletons) without particles ("da", "bin") and initials."""
    return {m for m in middles if len(m) > 1 and m not in _PARTICLE_SKELETONS}


def _middles_differ(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two full names with middle names have none in common, even inflected ("Maria
    Paz Rojas" and "Maria Victoria Rojas", "Ivan Ivanovich" and "Ivan Petrovich Petrov"): two
    people.  A name without a middle name, or with an initial only, differs from neither."""
    x, y = _proper_middles(a), _proper_middles(b)
    return bool(x and y) and not (x & y) and not ({_stem(m) for m in x} & {_stem(m) for m in y})


def _pairs_with_other_middles(names: Iterable[tuple[str, ...]]) -> set[tuple[str, str]]:
    """The (first, last) words that two full names of the run share with differing middle names."""
    middles: dict[tuple[str, str], list[set[str]]] = {}
    for tokens in names:
        if len(tokens) >= 3:
            middles.setdefault((tokens[0], tokens[-1]), []).append({skeleton(t) for t in tokens[1:-1]})
    return {pair for pair, sets in middles.items()
            if any(_middles_differ(a, b) for n, a in enumerate(sets) for b in sets[n + 1:])}


class _NodeOf:
    """Each person mention's node in the people's graph, by the mention's index in the run, as
    a dict would hold them (iterated in the order they were set) but in two arrays: a node (or
    -1) for every mention of the run, and the indexes in the order they were set; not a dict
    entry and an int object for each of a run's hundred thousand person mentions."""

    def __init__(self, size: int) -> None:
        self.node = array("i", [-1]) * size
        self.order = array("i")

    def __contains__(self, i: int) -> bool:
        return self.node[i] >= 0

    def __getitem__(self, i: int) -> int:
        if self.node[i] < 0:
            raise KeyError(i)
        return self.node[i]

    def __setitem__(self, i: int, node: int) -> None:
        if self.node[i] < 0:
            self.order.append(i)
        self.node[i] = node

    def get(self, i: int) -> int | None:
        return self.node[i] if self.node[i] >= 0 else None

    def __iter__(self) -> Iterator[int]:
        return iter(self.order)

    def share(self, partners: dict[int, int]) -> None:
        """Each index of ``partners`` without a node gets its partner's, where that has one (all
        read before any is set, in the order of ``partners``)."""
        for i, node in [(i, self.node[at]) for i, at in partners.items() if i not in self and at in self]:
            self[i] = node

    def ascending(self) -> Iterator[int]:
        """The indexes that have a node, in run order."""
        return (i for i, node in enumerate(self.node) if node >= 0)


def _collect_people(mentions: Sequence[Mention], person_indexes: Sequence[int],
                    tokens_of: Sequence[tuple[str, ...]], known_people: Iterable[str],
                    names: GivenNames, documents: Sequence[int] | None = None) -> tuple[_People, _NodeOf]:
    """Every person of the run: profiled identities, the vault's people, this run's full names."""
    people = _People(names)
    node_of = _NodeOf(len(tokens_of))
    _add_identities(people, mentions, person_indexes, tokens_of, node_of)
    _add_known(people, known_people)
    patronymic = []
    split = _pairs_with_other_middles(tokens_of[i] for i in person_indexes if i not in node_of and _full(tokens_of[i]))
    with_a_word = _joined_in_document(person_indexes, tokens_of, documents, names)
    for i in person_indexes:
        tokens = tokens_of[i]
        if i in node_of or not _full(tokens) or i in with_a_word:
            continue
        if _is_patronymic_name(tokens):
            patronymic.append(i)
            continue
        if (known := _keyed_otherwise(people, mentions[i], tokens)) is not None:
            node_of[i] = known
            continue
        if (tokens[0], tokens[-1]) in split:
            # Another person has this given name and surname with other middle names
            # ("Maria Paz Rojas", "Maria Victoria Rojas"): each whole name is its own key.
            node_of[i] = people.add(_person_from(tokens, " ".join(tokens))[0])
        else:
            node_of[i] = people.add(*_person_from(tokens, f"{tokens[0]} {tokens[-1]}"))
        people.persons[node_of[i]].genders.update(mention_gender(mentions[i]) or ())
        written = person_tokens(mentions[i].text)  # the key may leave the particle out
        if len(written) >= 3 and written[-2] in PATRONYMIC_PARTICLES:
            people.persons[node_of[i]].fathers_name = True
    node_of.share(with_a_word)
    people.merge_variants()
    people.merge_shortened()
    _join_without_family_names(people, {tokens_of[i]: node_of[i] for i in node_of if _full(tokens_of[i])})
    for i in patronymic:
        node_of[i] = _add_patronymic(people, tokens_of[i])
    return people, node_of


def _keyed_otherwise(people: _People, m: Mention, tokens: tuple[str, ...]) -> int | None:
    """The person a full name already is under another key: the one older code gave it
    (hyphenated names were two tokens), or the name said the other way round."""
    # hyphenated names were two tokens before; a name a step keyed by another is that other
    older = name_tokens(m.key if m.key and not m.known_identity else m.text)
    older_key = f"{older[0]} {older[-1]}" if len(older) >= 2 else ""
    if older_key != f"{tokens[0]} {tokens[-1]}" and older_key in people.by_key:
        return people.by_key[older_key]
    if (reversed_key := _family_name_first(tokens)) in people.by_key:
        return people.by_key[reversed_key]  # "trajkovski zoran" of Zoran Trajkovski
    return None


def _joined_in_document(person_indexes: Sequence[int], tokens_of: Sequence[tuple[str, ...]],
                        documents: Sequence[int] | None, names: GivenNames) -> dict[int, int]:
    """The two-word "names" of a document that are one full name of that document said with a
    word before or after it, each with the index of a mention of that full name: a full name's
    surname and a word after it (``_surname_then_a_word``: "Novak Stariji" beside Zdenko Novak,
    a byname, or a caption's verb the span took in), or a role or honorific and the first word
    of a full name (``_word_then_given_name``: "cashier Jomo" beside Jomo Ndirangu).  Each is that
    person, not someone whose given name is the surname (who would make the surname said alone
    fit two people) nor a person of its own; only where the shared word ends or starts no other
    full name of the document.  None without the file of each mention."""
    if documents is None:
        return {}
    by_document: dict[int, array[int]] = {}
    for i in person_indexes:
        if _full(tokens_of[i]):
            by_document.setdefault(documents[i], array("i")).append(i)
    joined: dict[int, int] = {}
    for indexes in by_document.values():  # one file's tables at a time, not the whole run's
        joined.update(_joined_in_one_document(indexes, tokens_of, names))
    return dict(sorted(joined.items()))


def _joined_in_one_document(indexes: Sequence[int], tokens_of: Sequence[tuple[str, ...]],
                            names: GivenNames) -> dict[int, int]:
    """``_joined_in_document`` of the full names of one document (``indexes``, in run order)."""
    said_at: dict[tuple[str, ...], int] = {}
    ends: dict[str, set[tuple[str, ...]]] = {}
    starts: dict[str, set[tuple[str, ...]]] = {}
    for i in indexes:
        tokens = tokens_of[i]
        said_at.setdefault(tokens, i)
        ends.setdefault(tokens[-1], set()).add(tokens)
        starts.setdefault(tokens[0], set()).add(tokens)
    found = {}
    for tokens, i in said_at.items():
        if len(tokens) != 2:
            continue
        before, after = ends.get(tokens[0], set()), starts.get(tokens[1], set()) - {tokens}
        if len(before) == 1 and starts[tokens[0]] == {tokens}:
            name = next(iter(before))
            if _surname_then_a_word(name, tokens[1], names):
                found[i] = said_at[name]
        if i not in found and len(after) == 1 and ends[tokens[1]] == {tokens}:
            name = next(iter(after))
            if _word_then_given_name(tokens[0], names):
                found[i] = said_at[name]
    return {i: found[said_at[tokens_of[i]]] for i in indexes if said_at[tokens_of[i]] in found}


def _word_then_given_name(word: str, names: GivenNames) -> bool:
    """Whether ``word`` before the first word of a full name is how that person is addressed,
    not a given name of someone whose surname that is: an English word no list gives as a
    given name in several locales ("cashier", "boss"; not "rose" or "hunter"), or an honorific
    written first in a name ("Ko", "Daw", "Khun").  A word that names a parent by the child
    (Arabic "Abu", Shona "Mai") is neither."""
    if word in _HONORIFIC_FIRST:
        return True
    info = default_gazetteer().get(word)
    return (is_dictionary_word(word) and not names.knows(skeleton(word))
            and not (info is not None and info.first and info.locales >= GIVEN_NAME_LOCALES))


def _surname_then_a_word(name: tuple[str, ...], after: str, names: GivenNames) -> bool:
    """Whether ``after`` said after the last word of full name ``name`` is no name the lists
    know, and that word is that name's surname, shown by the lists or by its ending ("-ov",
    "-zoda"), or ``after`` an English word after a given name's surname: so two people of a
    patronymic tradition ("Mesfin Kebede", his father "Kebede Woldu") stay two."""
    surname = name[-1]

    def given(word: str) -> bool:
        return _is_given_name(word) or names.knows(skeleton(word))

    info = default_gazetteer().get(after)
    if after in name or given(surname) or given(after) or (info is not None and info.last) or surname_shaped(after):
        return False  # "Kebede Woldu": a name of its own
    if _is_family_name(surname) or surname_shaped(surname):
        return True
    # Else an English word after it ("pennington winced": a caption's verb the span took in),
    # where the name's first word is a given name rather than a surname and no word that names
    # a parent by the child (Arabic "Abu"): not a name the lists lack, which may be the given
    # name of a father named in full beside his daughter.
    return is_dictionary_word(after) and name[0] not in PARTICLES and _is_given_rather_than_surname(name[0])


def _family_name_first(tokens: tuple[str, ...]) -> str:
    """The key of the two-word name ``tokens`` said the other way round ("trajkovski zoran" ->
    "zoran trajkovski"), when one of its words is no given name (so "James Thomas" and "Thomas
    James" stay two people); "" otherwise."""
    if len(tokens) != 2 or (_is_given_name(tokens[0]) and _is_given_name(tokens[1])):
        return ""
    return f"{tokens[1]} {tokens[0]}"


def resolve_entities(mentions: Sequence[Mention], known_people: Iterable[str] = (), *,
                     is_place: Callable[[str], bool] | None = None,
                     is_person_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False,
                     given_names: GivenNames | None = None,
                     documents: Sequence[int] | None = None) -> Resolution:
    """Decide, for every mention of a run, which entity it names.

    ``known_people`` are person keys from earlier runs (the vault), so a short form can join a
    full name seen last month and a variant keeps the key it had.  ``is_place`` defaults to the
    GeoNames gazetteer (``redactor.lexicon.places``), ``is_person_name`` to "never", and
    ``given_names`` to the packaged nickname lists.  ``documents`` (the file of each mention)
    lets a lone given name that fits two people of the run go to the one named in its own file.
    """
    if is_place is None:
        from redactor.lexicon.places import default_places

        def is_place(form: str) -> bool:
            return default_places().is_place(form)

    try:
        return _resolve(mentions, known_people, is_place, is_person_name, given_names, documents)
    finally:
        person_tokens.cache_clear()  # the run's names are not kept once it is resolved


def _resolve(mentions: Sequence[Mention], known_people: Iterable[str], is_place: Callable[[str], bool],
             is_person_name: Callable[[tuple[str, ...]], bool], given_names: GivenNames | None,
             documents: Sequence[int] | None) -> Resolution:
    mentions = settle_call_signs(mentions)
    types, short = _voted_types(mentions, is_place, is_person_name)
    # One object per distinct assignment: a run has a hundred thousand mentions of a few
    # thousand things.
    shared: dict[Assignment, Assignment] = {}

    def one(assignment: Assignment) -> Assignment:
        return shared.setdefault(assignment, assignment)

    assignments = [one(Assignment(t, short.get(i) or value_key(_as_type(m, t)), m.label))
                   for i, (m, t) in enumerate(zip(mentions, types))]
    assignments = [one(a) for a in _phones_with_their_codes(assignments)]
    # Each mention's name tokens (none but a person's): a list, 8 bytes a mention.
    tokens_of = _halves_joined(_hyphens_restored([_parse(m) if t == "PERSON" else () for m, t in zip(mentions, types)]))
    person_indexes = array("i", (i for i, tokens in enumerate(tokens_of) if tokens))
    if not person_indexes:
        return Resolution(tuple(assignments))
    # in a list that ``_assign_people`` empties, so the mentions' nodes are freed inside it
    collected = [_collect_people(mentions, person_indexes, tokens_of, known_people,
                                 given_names or default_given_names(), documents)]
    _join_lone_words(mentions, types, collected[0][0], assignments, is_place, set(short))
    del types, short  # nothing after reads them: a pointer a mention, freed before the people are assigned
    ambiguous = _assign_people(mentions, assignments, tokens_of, person_indexes, one, collected, documents)
    return Resolution(tuple(assignments), tuple(ambiguous))


def _assign_people(mentions: Sequence[Mention], assignments: list[Assignment],
                   tokens_of: Sequence[tuple[str, ...]], person_indexes: Sequence[int],
                   one: Callable[[Assignment], Assignment], collected: list[tuple[_People, _NodeOf]],
                   documents: Sequence[int] | None) -> array[int]:
    """Each person mention's assignment (``assignments`` updated in place) from the run's people
    (``collected``, emptied), and the indexes of the unsure ones.  A function of its own so its working
    state (the people's graph, the files' links) is freed before the resolution is made; the
    mentions' nodes and the files' people are freed once every mention has its person, before
    the passes that follow (the run's peak is in the last of them, ``_as_in_linked_files``)."""
    people, node_of = collected.pop()
    ambiguous = array("i")
    here = _people_by_document(people, node_of, tokens_of, documents) if documents is not None else {}
    named_first = {root: None for i in node_of.ascending() if _full(tokens_of[i]) for root in (people.root(node_of[i]),)}
    titled = _said_with_title(mentions, person_indexes, tokens_of)
    apart = _FilesApart(people, here, assignments, tokens_of, documents)
    for i in person_indexes:
        person, unsure = apart.person_of(i, mentions[i], tokens_of[i], node_of.get(i), titled)
        if person is None and unsure and documents is not None:
            person, unsure = _settled(apart, mentions[i], tokens_of[i], documents[i], here.get(documents[i], {}), titled,
                                      named_first)
        if person is not None:
            assignments[i] = one(Assignment("PERSON", person.key, person.label))
        else:
            assignments[i] = one(Assignment("PERSON", _key_of_no_one(people, mentions[i], tokens_of[i], unsure), ""))
        if unsure:
            ambiguous.append(i)
    del node_of, here, named_first, titled
    if documents is not None:
        _initials_as_named(mentions, assignments, person_indexes, tokens_of, documents)
    flags = bytearray(len(assignments))
    for i in ambiguous:
        flags[i] = 1
    _join_lone_forms(assignments, person_indexes, tokens_of, flags, people.names)
    _split_by_title(mentions, assignments, ambiguous)
    _as_in_linked_files(mentions, assignments, person_indexes, documents, flags, apart)
    return ambiguous


# A person said by initials alone: two to four single letters, with full stops or spaces
# between them ("C.J.", "L. N.", a caption's "y m t").
_INITIALS_ONLY = re.compile(r"[^\W\d_](?:(?:\.[^\S\n]*|[^\S\n]+)[^\W\d_]){1,3}\.?")


def _initials_as_named(mentions: Sequence[Mention], assignments: list[Assignment], person_indexes: Sequence[int],
                       tokens_of: Sequence[tuple[str, ...]], documents: Sequence[int]) -> None:
    """A person mention made of initials only is the one person its own file names in full
    whose name they are the initials of (``_initials_forms``): "my initials, C.J." where the
    file names Claudette Marcia James, "doña yelba writes her initials on the back, y m t"
    beside Yelba Mercedes Toruño.  The rule that finds initials after "initials" ties them so
    where it finds them alone; a form the model found first, or a person the file names only
    where that step does not see them, is tied here, once every mention has its person
    (``assignments`` updated in place).  In the design sets' gold a person's initials that fit
    one full name of their file are that person 14 times of 14 (8 sets), and no initials of
    anything else (an ID, an office's acronym) fit a full name there.  Not where two people
    of the file fit, nor a profiled source's own label."""
    fits: dict[tuple[int, str], set[Assignment]] = {}
    for i in person_indexes:
        if _full(tokens_of[i]) and assignments[i].entity_type == "PERSON":
            for form in _initials_forms(tokens_of[i]):
                fits.setdefault((documents[i], form), set()).add(assignments[i])
    if not fits:
        return
    for i in person_indexes:
        if assignments[i].label or not _INITIALS_ONLY.fullmatch(mentions[i].text.strip()):
            continue
        letters = "".join(c for c in fold(mentions[i].text) if c.isalpha())
        found = fits.get((documents[i], letters), set())
        if len({a.key for a in found}) == 1:
            assignments[i] = next(iter(found))


def _initials_forms(tokens: tuple[str, ...]) -> set[str]:
    """The initials a full name is signed with: of every word (each part of a hyphened one its
    own), of the words that are no particle ("bin", "de"), and of the first and last word."""
    words = [part for token in tokens for part in token.split("-") if part]
    if not words:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in PARTICLES), words[0][0] + words[-1][0]}


def _as_in_linked_files(mentions: Sequence[Mention], assignments: list[Assignment], person_indexes: Sequence[int],
                        documents: Sequence[int] | None, ambiguous: Sequence[int], apart: _FilesApart) -> None:
    """A name a file leaves as a person of its own (no one there it joins: "tiraua" in a
    follow-up, where the first interview's "tiraua" fits Tiraua Kaiea and a spelled-out
    "tiraua dot k"; "Lao Chen" in a first interview, where the follow-up names Chen Guoqiang
    beside it) is the person the very same words name in the files linked to it (``_FilesApart``:
    they share something besides the name), when those files settled it, surely, on one person
    of the run: the reader of both takes it for the same one.  Every mention its file keys as
    that name is updated in place (``assignments``), so the file stays one pseudonym a person.
    Not where the linked files name two people by it, nor where a file linked to it names
    another person it may be in full, nor a person of the other gender by a title, nor a
    profiled source (their label is theirs).  Nothing without the file of each mention.
    ``ambiguous``: 1 at the index of each mention the run was unsure of (as ``_join_lone_forms``)."""
    if documents is None:
        return
    forms = _FormsByFile(mentions, assignments, person_indexes, documents, ambiguous)
    people = apart.people
    settled = forms.settled(people)
    moved: dict[tuple[int, str], Assignment] = {}
    for form, doc in sorted(forms.keys):
        there = settled.get(form, {})
        key = forms.keys[form, doc]
        if (form, doc) in forms.more or len(set(there.values())) != 1 or key in there.values() or forms.other_names(key, form) \
                or not apart.linked_files(doc, there, form):
            continue
        root = people.root(people.by_key[next(iter(there.values()))])
        if root in people.unsure or people.persons[root].namespaced \
                or apart.named_in_linked_file(doc, people.candidates(form) - {root}, set(there), form):
            continue
        moved.setdefault((doc, key), Assignment("PERSON", people.persons[root].key, people.persons[root].label))
    for i in person_indexes:
        target = moved.get((documents[i], assignments[i].key))
        if target is not None and not assignments[i].label and assignments[i].entity_type == "PERSON" \
                and not (mention_gender(mentions[i]) and people.persons[people.root(people.by_key[target.key])].genders
                         - {mention_gender(mentions[i])}):
            assignments[i] = target


class _FormsByFile:
    """Each file's keys of each person name as written (its words, ``person_tokens``): the first
    (``keys``) and the others, where a file keys it otherwise too (``more``); whether the run was
    unsure of it there, and each key's names of two words or more."""

    def __init__(self, mentions: Sequence[Mention], assignments: Sequence[Assignment], person_indexes: Sequence[int],
                 documents: Sequence[int], ambiguous: Sequence[int]) -> None:
        # A name is one key in nearly every file: the key itself, no tuple of one; and one int
        # object a file for all of its names (the mentions come file by file).
        self.keys: dict[tuple[tuple[str, ...], int], str] = {}
        self.more: dict[tuple[tuple[str, ...], int], tuple[str, ...]] = {}
        self.unsure: set[tuple[tuple[str, ...], int]] = set()
        self.full: dict[str, set[tuple[str, ...]]] = {}
        doc = -1
        for i in person_indexes:
            if not (key := assignments[i].key) or not (form := person_tokens(mentions[i].text)):
                continue
            if documents[i] != doc:
                doc = documents[i]
            at = (form, doc)
            first = self.keys.setdefault(at, key)
            if first != key and key not in self.more.get(at, ()):
                self.more[at] = self.more.get(at, ()) + (key,)
            if ambiguous[i]:
                self.unsure.add(at)
            if len(form) > 1:
                self.full.setdefault(key, set()).add(form)

    def other_names(self, key: str, form: tuple[str, ...]) -> set[tuple[str, ...]]:
        """The names of two words or more keyed ``key`` but ``form``: a person named otherwise."""
        return self.full.get(key, set()) - {form}

    def settled(self, people: _People) -> dict[tuple[str, ...], dict[int, str]]:
        """For each name, the files that key it, surely, as one person of the run named otherwise."""
        found: dict[tuple[str, ...], dict[int, str]] = {}
        for (form, doc), key in self.keys.items():
            if (form, doc) not in self.more and (form, doc) not in self.unsure and key in people.by_key \
                    and not key.startswith(_UNSURE) and self.other_names(key, form):
                found.setdefault(form, {})[doc] = key
        return found


def _hyphens_restored(tokens_of: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``tokens_of`` with two words written apart that are one hyphenated word of a name of
    the run joined again ("hans peter" where the run has Hans-Peter, "vidal roca" where it has
    Vidal-Roca): a caption drops the hyphen, and its halves are no given name and surname."""
    hyphened = {word for tokens in tokens_of for word in tokens if "-" in word}
    if not hyphened:
        return tokens_of
    pairs = {tuple(word.split("-", 1)) for word in hyphened if word.count("-") == 1}
    return [_joined_pairs(tokens, pairs) if len(tokens) >= 2 else tokens for tokens in tokens_of]


def _halves_joined(tokens_of: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``tokens_of`` with two words written apart that are one word of a full name of the run
    joined again ("abdi rahman farah" where the run has Abdirahman Farah, "te vita" where it has
    Tevita Lolohea), and a word written whole that the run says alone with a hyphen given it
    ("minsu" where it has "Min-su"; not a surname of a full name only, "sainteluce" of an e-mail
    beside Marie-Josée Sainte-Luce): a transcriber writes a name heard as he hears it.  Only halves of two
    letters or more, and only into a name said alone or one that shares another word with a full
    name of that word ("te vita room" is not Tevita Lolohea's); a word written apart is never a
    hyphenated word's (``_hyphens_restored``)."""
    whole: dict[str, set[tuple[str, ...]]] = {}
    for tokens in tokens_of:
        if len(tokens) >= 2:
            for word in tokens:
                if len(word) >= _MIN_JOINED and "-" not in word:
                    whole.setdefault(word, set()).add(tokens)
    hyphened = {word.replace("-", ""): word for tokens in tokens_of if len(tokens) == 1 for word in tokens
                if word.count("-") == 1 and min(map(len, word.split("-"))) >= 2}
    if not whole and not hyphened:
        return tokens_of
    # One result a distinct name, shared by its mentions (a run says a name thousands of times):
    # the same tuple back where nothing is joined.
    done: dict[tuple[str, ...], tuple[str, ...]] = {}

    def joined(tokens: tuple[str, ...]) -> tuple[str, ...]:
        found = done.get(tokens)
        if found is None:
            found = _whole_words(tokens, whole, hyphened)
            found = done[tokens] = tokens if found == tokens else found
        return found

    return [joined(tokens) if tokens else tokens for tokens in tokens_of]


def _whole_words(tokens: tuple[str, ...], whole: dict[str, set[tuple[str, ...]]], hyphened: dict[str, str]) -> tuple[str, ...]:
    out: list[str] = []
    joined = set()
    for word in tokens:
        if out and len(out[-1]) >= 2 and len(word) >= 2 and "-" not in out[-1] + word and out[-1] + word in whole:
            out[-1] += word
            joined.add(out[-1])
        else:
            out.append(hyphened.get(word, word))
    if len(out) > 1 and not all(any(set(out) - {word} & set(name) for name in whole[word]) for word in joined):
        return tuple(hyphened.get(word, word) for word in tokens)
    return tuple(out)


# The fewest letters of a word of a name that two words written apart may be.
_MIN_JOINED = 5


def _joined_pairs(tokens: tuple[str, ...], pairs: set[tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for word in tokens:
        if out and (out[-1], word) in pairs:
            out[-1] = f"{out[-1]}-{word}"
        else:
            out.append(word)
    return tuple(out)


# The fewest digits a phone's key must have to be the end of a longer one's.
_PHONE_TAIL = 7


def _phones_with_their_codes(assignments: list[Assignment]) -> list[Assignment]:
    """A phone number whose digits end another phone number of the run (seven digits or more)
    is that number said without its code ("six one two four four oh nine", then "plus three
    eight six six one two …"): the longer one's key for both (keys are at most nine digits)."""
    keys = {a.key for a in assignments if a.entity_type == "PHONE" and a.key.isdigit() and len(a.key) >= _PHONE_TAIL}
    by_tail: dict[str, list[str]] = {}
    for key in keys:
        by_tail.setdefault(key[-_PHONE_TAIL:], []).append(key)
    longer = {key: max((k for k in by_tail[key[-_PHONE_TAIL:]] if k.endswith(key)), key=len) for key in keys}
    return [replace(a, key=longer[a.key]) if a.entity_type == "PHONE" and longer.get(a.key, a.key) != a.key else a
            for a in assignments]


def _join_lone_forms(assignments: list[Assignment], person_indexes: Sequence[int], tokens_of: Sequence[tuple[str, ...]],
                     ambiguous: Sequence[int], names: GivenNames) -> None:
    """A given name said alone that is a form of exactly one other name said alone, where
    neither joined a full name ("Chukwuemeka" ... "Emeka", "Nikolai" ... "Kolya"): one person's
    key for both (the longer name's).  A form that fits two names stays its own, as does an
    ambiguous mention (``ambiguous``: 1 at its index).  Candidates are
    looked up (listed forms, names that start or end with it), never paired all with all: a
    large run says thousands of names alone."""
    lone: dict[str, array[int]] = {}  # arrays: a large run says thousands of names alone, each many times
    for i in person_indexes:
        tokens = tokens_of[i]
        if len(tokens) == 1 and not ambiguous[i] and assignments[i].key == tokens[0] and not assignments[i].label:
            lone.setdefault(tokens[0], array("i")).append(i)
    if len(lone) < 2:
        return
    near_of = _LoneForms(lone, names)
    for word, indexes in lone.items():
        short = skeleton(word)
        fits = [other for other in near_of(short) if other != word and len(skeleton(other)) > len(short)
                and (names.are_variants(short, skeleton(other)) or _clipped(short, skeleton(other)))]
        if len(fits) == 1:
            longer = assignments[lone[fits[0]][0]]
            for i in indexes:
                assignments[i] = longer


class _LoneForms:
    """The lone words that may be another form of a name: the lists' forms of it and the
    names that start or end with it (sorted lists and bisection, not all pairs)."""

    def __init__(self, lone: Iterable[str], names: GivenNames) -> None:
        self.names = names
        self.by_form: dict[str, set[str]] = {}
        self.listed: dict[str, set[str]] = {}  # a canonical name -> the lone words that are forms of it
        for word in lone:
            form = skeleton(word)
            self.by_form.setdefault(form, set()).add(word)
            for canonical in names.forms_of(form):
                self.listed.setdefault(canonical, set()).add(word)
        self.forms = sorted(self.by_form)
        self.backwards = sorted(form[::-1] for form in self.by_form)

    def __call__(self, short: str) -> set[str]:
        near = {w for c in self.names.forms_of(short) for w in self.by_form.get(c, ())} | self.listed.get(short, set())
        for prefix in {short, short[:-1] + "i"}:  # "funmy" of "funmilayo": a final y is an i inside
            near |= {w for f in _starting(self.forms, prefix) for w in self.by_form[f]}
        return near | {w for f in _starting(self.backwards, short[::-1]) for w in self.by_form[f[::-1]]}


def _starting(ordered: Sequence[str], prefix: str) -> Sequence[str]:
    """The strings of sorted ``ordered`` that start with ``prefix``."""
    lo = bisect.bisect_left(ordered, prefix)
    hi = bisect.bisect_left(ordered, prefix + "\uffff")
    return ordered[lo:hi]


def _split_by_title(mentions: Sequence[Mention], assignments: list[Assignment], ambiguous: Sequence[int]) -> None:
    """Unsure mentions of one name said with titles of both genders ("Mr Sharma" and "Mrs
    Sharma", where the run names two Sharmas) are a man and a woman: each title's mentions get
    a key of their own (``assignments`` updated in place), so the two never share a pseudonym;
    the name said without a title shares neither's."""
    genders: dict[str, set[str]] = {}
    for i in ambiguous:
        if gender := mention_gender(mentions[i]):
            genders.setdefault(assignments[i].key, set()).add(gender)
    for i in ambiguous:
        key, gender = assignments[i].key, mention_gender(mentions[i])
        if gender and len(genders.get(key, ())) > 1:
            assignments[i] = replace(assignments[i], key=f"{_UNSURE}{key} ({gender})")


def _join_lone_words(mentions: Sequence[Mention], types: Sequence[str], people: _People,
                     assignments: list[Assignment], is_place: Callable[[str], bool], skip: set[int]) -> None:
    """A lone word the model called a place or a company that fits exactly one person of the run
    (a name in another case, "Bondarenka") is that person: ``assignments`` updated in place."""
    for i, m in enumerate(mentions):
        if i not in skip and _looks_like_person(m, types[i]):
            found = people.fitting(person_tokens(m.text), mention_gender(m))
            if len(found) == 1 and not is_place(_form(m)):
                joined = people.persons[found.pop()]
                assignments[i] = Assignment("PERSON", joined.key, joined.label)


def _voted_types(mentions: Sequence[Mention], is_place: Callable[[str], bool],
                 is_person_name: Callable[[tuple[str, ...]], bool]) -> tuple[list[str], dict[int, str]]:
    """Each mention's type after every vote, and the organisation short forms with their keys."""
    types = person_shaped_types(mentions, vote_types(mentions, is_place, is_person_name))
    types = role_types(mentions, unit_types(mentions, family_firm_types(mentions, types)))
    short = organisation_short_forms(mentions, types)
    for i in short:
        types[i] = "ORGANIZATION"
    return types, short


def _own_key(people: _People, tokens: tuple[str, ...], unsure: bool) -> str:
    """The key of a mention that joins no one: its own name; but a given name that fits the
    same two or more people as its other forms do ("Olena" and "Lena", each Olena Moroz or
    Olena Kravets) shares their key, so one unsure woman keeps one pseudonym."""
    own = " ".join(dict.fromkeys((tokens[0], tokens[-1])))
    if unsure and len(tokens) == 1:
        first = skeleton(tokens[0])
        found = people.candidates(tokens)
        if len(found) > 1 and all(people.first_fits(people.persons[r], first) for r in found):
            return _UNSURE + "|".join(sorted(people.persons[r].key for r in found))
    return people.aliases.get(own, own)


class _FilesApart:
    """Whether a lone name in one file may be a person named in full only in other files: only
    where its file shares something with one of theirs (a person named in full, another name
    said alone, a place, an organisation, a number...), as a follow-up interview does; two
    interviews that share nothing are about other people, and a given name alike ("Rita" in
    one, Margarita Vidal in the other) is no sign they are one.  A person the run never names in
    full (the vault's, a profiled source) is joined as before."""

    # What two interviews of one story share but two others need not: not a date, an age or a
    # job, which any two may have alike.
    _NOT_LINKING = frozenset({"PERSON", "DATE", "AGE", "DURATION", "OCCUPATION", "RANK"})

    def __init__(self, people: _People, here: dict[int, dict[int, None]], assignments: Sequence[Assignment],
                 tokens_of: Sequence[tuple[str, ...]], documents: Sequence[int] | None) -> None:
        self.people, self.documents = people, documents
        self.docs_of: dict[int, set[int]] = {}
        self.things: dict[int, set[tuple[str, str]]] = {}
        shared: dict[tuple[str, str], tuple[str, str]] = {}  # one tuple for a thing many files share

        def add(doc: int, thing: tuple[str, str]) -> None:
            self.things.setdefault(doc, set()).add(shared.setdefault(thing, thing))

        for doc, roots in here.items():
            for root in roots:
                self.docs_of.setdefault(root, set()).add(doc)
                add(doc, ("PERSON", str(root)))
        self.lone: dict[int, set[tuple[str, ...]]] = {}  # each file's names said alone
        self.said: dict[tuple[int, int, tuple[str, ...]], bool] = {}  # (file, person, name) -> named otherwise
        for a, tokens, doc in zip(assignments, tokens_of, documents or ()):
            if a.entity_type not in self._NOT_LINKING:
                add(doc, (a.entity_type, a.key))
            elif len(tokens) == 1:
                add(doc, ("", skeleton(tokens[0])))
                self.lone.setdefault(doc, set()).add(tokens)
            elif a.entity_type == "PERSON" and not tokens:  # a word the model called a place, joined
                add(doc, ("", a.key))

    def person_of(self, i: int, m: Mention, tokens: tuple[str, ...], node: int | None,
                  titled: frozenset[str]) -> tuple[_Person | None, bool]:
        """``_person_of`` the ``i``-th mention of the run, but no one where its file is not linked
        to the person's (``may_be``), and no one, and sure of it, for a namesake (``NAMESAKE``:
        keyed by its own key, ``_key_of_no_one``)."""
        if m.key.startswith(NAMESAKE):
            return None, False
        person, unsure = _person_of(m, tokens, node, self.people, titled)
        if person is not None and self.documents is not None and not self.may_be(self.documents[i], person, tokens, node):
            return None, True
        return person, unsure

    def may_be(self, doc: int, person: _Person, tokens: tuple[str, ...], node: int | None) -> bool:
        """Whether ``person`` may be the one the name ``tokens`` said in ``doc`` names: any name
        but a lone word no detector keyed (``node``) may; a lone word where its file is linked
        to one that names the person in full (the word itself, said alone in both files, is no
        link)."""
        if len(tokens) != 1 or node is not None or person.known or person.namespaced \
                or person.key not in self.people.by_key:
            return True
        root = self.people.root(self.people.by_key[person.key])
        docs = self.docs_of.get(root, set())
        if not docs or doc in docs or ("", person.key) in self.things.get(doc, ()) \
                or self._said_alone(doc, root, tokens):
            return True
        return self._linked(doc, root, skeleton(tokens[0]))

    def settled_in_linked_file(self, doc: int, m: Mention, tokens: tuple[str, ...]) -> tuple[_Person | None, bool]:
        """The person an unsure lone name names that its own file names no one of in full, by
        who the files linked to it (``may_be``) name in full: the one person there it fits as
        a given name ("Manaia" in a follow-up, where the first interview names Manaia Utufua and
        an unrelated one Manaia Mataele) is settled; the one it fits as a surname, of the
        title's gender ("mister Brasher" where the first names Mr Kerwin and Mrs Petula Brasher),
        stays flagged for the editor.  Never a relative brought in by a title, a family, a person
        the run is unsure of, nor a name the text brings in as someone of its own as a surname
        (``_given_name_as_surname``)."""
        people = self.people
        if len(tokens) != 1 or _is_initial(tokens[0]) or _relative_by_title(m) or m.key.startswith(FAMILY):
            return None, True
        word, found = skeleton(tokens[0]), self._of_the_gender(m, tokens)
        if not found or any(doc in self.docs_of.get(r, ()) for r in found):
            return None, True  # its own file names one of them: settled there or not at all
        given = {r for r in found if people.first_fits(people.persons[r], word)}
        if (given and given != found) or (not given and m.key.startswith(INTRODUCED)):
            return None, True  # a given name of one, a surname of another
        linked = {r for r in found if self._linked(doc, r, word)}
        if len(linked) != 1 or people.persons[root := linked.pop()].namespaced:
            return None, True
        return people.persons[root], not given

    def named_in_linked_file(self, doc: int, roots: Iterable[int], besides: set[int], words: tuple[str, ...]) -> bool:
        """Whether a file linked to ``doc`` (``linked_files``), other than ``besides``, names one
        of ``roots`` in full."""
        return self.linked_files(doc, {other for root in roots for other in self.docs_of.get(root, set())} - besides, words)

    def linked_files(self, doc: int, others: Iterable[int], words: tuple[str, ...]) -> bool:
        """Whether ``doc`` shares something besides the name ``words`` with one of the files
        ``others`` (not itself)."""
        things = self.things.get(doc, set()) - {("", skeleton(word)) for word in words}
        return any(things & self.things.get(other, set()) for other in others if other != doc)

    def _of_the_gender(self, m: Mention, tokens: tuple[str, ...]) -> set[int]:
        """The people (roots) ``tokens`` may be that the run is sure of, of the gender of the
        mention's title if it has one."""
        gender = mention_gender(m)
        return {r for r in self.people.candidates(tokens) if r not in self.people.unsure
                and not (gender and self.people.persons[r].genders - {gender})}

    def _linked(self, doc: int, root: int, word: str) -> bool:
        """Whether ``doc`` shares something with a file that names ``root`` in full (the word
        itself, said alone in both, is no link)."""
        things = self.things.get(doc, set()) - {("", word)}
        return any(things & self.things.get(other, set()) for other in self.docs_of.get(root, ()))

    def _said_alone(self, doc: int, root: int, tokens: tuple[str, ...]) -> bool:
        """Whether ``doc`` names the person by another word alone than ``tokens`` that fits only
        them (a follow-up's "Bondarenko" of Nikolai Bondarenko, beside "Kolya")."""
        if (doc, root, tokens) not in self.said:
            self.said[(doc, root, tokens)] = any(other != tokens and self.people.candidates(other) == {root}
                                                 for other in self.lone.get(doc, ()))
        return self.said[(doc, root, tokens)]


def _key_of_no_one(people: _People, m: Mention, tokens: tuple[str, ...], unsure: bool) -> str:
    """``_own_key``; a namesake's own key; a relative brought in by a title (``_relative_by_title``)
    with its gender, so "Mrs Chan" shares no pseudonym with "the Chan family" (keyed by the word
    alone either)."""
    if m.key.startswith(NAMESAKE):
        return m.key
    key = _own_key(people, tokens, unsure)
    if _relative_by_title(m) and (gender := mention_gender(m)):
        return f"{_UNSURE}{key} ({gender})"
    return key


def _people_by_document(people: _People, node_of: _NodeOf, tokens_of: Sequence[tuple[str, ...]],
                        documents: Sequence[int]) -> dict[int, dict[int, None]]:
    """For each document, the people (roots) named in full in it, in the order it first names
    them in full."""
    found: dict[int, dict[int, None]] = {}
    for i in node_of.ascending():
        if _full(tokens_of[i]):
            found.setdefault(documents[i], {}).setdefault(people.root(node_of[i]), None)
    return found


def _given_name_in_file(people: _People, tokens: tuple[str, ...], here: set[int],
                        said_as_surname: bool = False) -> _Person | None:
    """The person a lone given name names when it fits several people of the run but only one
    of them is named in full in its own file with it as given name ("Olena" beside "Olena
    Kravets", while another file has Olena Moroz): who the reader of that file takes it for.
    The others may have it as their surname ("Davron" beside Davron Tursunbaev, while another
    file has Ilhom Davron); one of them in the same file ("Chiedza" beside Chiedza Mutasa and
    a "Tichaona Chiedza" the model took for a name) only when the name was never said after a title
    (``said_as_surname``) and the lists give it as a surname in at most one locale, so it is
    not that person's surname said alone.  A surname shared by two people is not settled this
    way: relatives turn up in one another's interviews."""
    if len(tokens) != 1:
        return None
    first = skeleton(tokens[0])
    found = people.candidates(tokens)
    given = {r for r in found if people.first_fits(people.persons[r], first)}
    fits = given & here
    if len(fits) != 1:
        return None
    root = fits.pop()
    if found & here != {root} and (said_as_surname or _surname_in_lists(tokens[0])):
        return None
    return None if root in people.unsure else people.persons[root]


def _settled(apart: _FilesApart, m: Mention, tokens: tuple[str, ...], doc: int, here: dict[int, None],
             titled: frozenset[str], run: dict[int, None]) -> tuple[_Person | None, bool]:
    """``_settled_in_file``, else by the files linked to it (``_FilesApart.settled_in_linked_file``)."""
    person, unsure = _settled_in_file(apart.people, m, tokens, here, titled, run)
    if person is None and unsure:
        return apart.settled_in_linked_file(doc, m, tokens)
    return person, unsure


def _settled_in_file(people: _People, m: Mention, tokens: tuple[str, ...], here: dict[int, None],
                     titled: frozenset[str], run: dict[int, None]) -> tuple[_Person | None, bool]:
    """The person an unsure lone name names by who its file (or the run) names in full, and
    whether that is still unsure: a given name (``_given_name_in_file``) is settled; a surname
    (``_surname_in_file``) stays flagged, the editor looks at whose it is; a relative brought
    in by a title (``_relative_by_title``) is no one's."""
    if _relative_by_title(m):
        return None, True
    person = _given_name_in_file(people, tokens, set(here), said_as_surname=tokens[0] in titled or _has_title(m))
    if person is not None:
        return person, False
    return _surname_in_file(people, m, tokens, here, titled, run), True


def _surname_in_file(people: _People, m: Mention, tokens: tuple[str, ...], here: dict[int, None],
                     titled: frozenset[str], run: dict[int, None]) -> _Person | None:
    """The person a lone surname names when several people of the run have it: where its own
    file names them all in full, the one it named first ("Mr Lindqvist" where the file names
    Arne Lindqvist, then his daughter Maja Lindqvist), who is whom the file is about; the
    relatives come in after, and the file names them by their given names.  Else the one the
    run named in full first (``run``, the people in that order): a follow-up interview says
    "Mr Lindqvist" of the man the first one was about.  Only a word that is each candidate's
    surname (not a given name of one of them), never the surname said of the whole family where
    the file names its members (``FAMILY``: "the Lindqvist family" beside Arne and Maja Lindqvist
    is all of them; said in a follow-up that names neither, it is still the one the run is about),
    never someone of the other gender by a title,
    never where one of them is a profiled source (their label is no guess to make), and never
    a person the run is unsure of; nor a given name
    said alone that would be someone's surname only (``_given_name_as_surname``: a father's
    given name, a name the text brings in as someone of its own)."""
    if len(tokens) != 1 or _is_initial(tokens[0]):
        return None
    word, gender = skeleton(tokens[0]), mention_gender(m)
    found = people.candidates(tokens)
    if not found or _given_name_as_surname(m, tokens, found, people, titled) or any(
            people.first_fits(p, word) or word in p.firsts or p.namespaced for p in (people.persons[r] for r in found)):
        return None
    if found <= here.keys() and m.key.startswith(FAMILY):
        return None  # the family of the relatives the file names: all of them, not the first
    for root in here if found <= here.keys() else run:
        if root in found:
            p = people.persons[root]
            if root in people.unsure or (gender and p.genders - {gender}) or word not in p.lasts | p.middles:
                return None
            return p
    return None


def _surname_in_lists(word: str) -> bool:
    """Whether the name lists give ``word`` as a surname in two locales or more."""
    info = default_gazetteer().get(word)
    return info is not None and info.last and info.last_locales >= _SURNAME_LOCALES


# A lone given name the lists give as a surname in this many locales may be a surname said alone.
_SURNAME_LOCALES = 2


def _looks_like_person(m: Mention, entity_type: str) -> bool:
    """A lone word the model called a place or a company, not from an authoritative detector:
    it may be a person's name in another case ("Bondarenka")."""
    if entity_type not in {"ORGANIZATION", "LOCATION"} or _authoritative(m):
        return False
    tokens = person_tokens(m.text)
    return len(tokens) == 1 and len(tokens[0]) > 1


def _person_of(m: Mention, tokens: tuple[str, ...], node: int | None, people: _People,
               titled: frozenset[str] = frozenset()) -> tuple[_Person | None, bool]:
    """The person a mention names (None: a name of its own) and whether that is unsure."""
    if node is not None and (_full(tokens) or len(tokens) > 1):
        root = people.root(node)
        return people.persons[root], root in people.unsure
    gender = mention_gender(m)
    if node is not None:
        # A profiled source's lone name: theirs, unless another person of the run has it too.
        others = people.fitting(tokens, gender, exclude=people.root(node))
        if others:
            return None, True
        return people.persons[people.root(node)], False
    found = people.fitting(tokens, gender)
    if _given_name_as_surname(m, tokens, found, people, titled):
        return None, True
    if len(found) == 1:
        root = found.pop()
        return people.persons[root], root in people.unsure
    # A woman of a man's family by her surname alone ("Sokolova" where the run has Dmitri
    # Sokolov, "Mrs Sylvester" where it has Mr Thomas Sylvester): a name of her own, but the
    # editor should look.
    if len(found) > 1 or people.candidates(tokens):
        return None, True
    return None, len(tokens) == 1 and people.feminine_of_anyone(skeleton(tokens[0]))


def _given_name_as_surname(m: Mention, tokens: tuple[str, ...], found: set[int], people: _People,
                           titled: frozenset[str]) -> bool:
    """Whether a lone given name would join someone only as their surname: "hassan" alone where
    the run has Ahmed Hassan, whose father Hassan may be the one meant (the last part of a name is
    the father's or husband's given name in Arabic, Tamil or Ethiopian names).  Unsure, for the
    editor: a name the gazetteer gives as a surname ("Petrenko"), one said after a title ("Mr
    Hassan") or said so elsewhere in the run (``titled``: "Sylvester" where the run has "Mr
    Sylvester") and the given name that ends a name written family name first ("minh" of Nguyen
    Van Minh) still join.  Never joined as a surname, whatever the lists say: a name the text
    brings in as someone of its own (``INTRODUCED``: "a man called Murugan" beside Selvi
    Murugan, in Tamil naming her father's or husband's given name) and the father's name after
    "bin" or "binti" ("Rahman" of Siti binti Rahman)."""
    if len(tokens) != 1 or _authoritative(m):
        return False
    first = skeleton(tokens[0])
    as_surname = [p for p in (people.persons[r] for r in found)
                  if not people.first_fits(p, first) and (p.fathers_name or not p.family_first)]
    if _relative_by_title(m):
        return bool(found)
    if m.key.startswith(INTRODUCED) or any(p.fathers_name for p in as_surname):
        return bool(as_surname)
    if tokens[0] in titled or _has_title(m) or not _is_given_rather_than_surname(tokens[0]):
        return False
    return bool(as_surname)


def _relative_by_title(m: Mention) -> bool:
    """Whether ``m`` is a surname after a courtesy title that the text brings in as someone's
    relative ("his mother, Mrs Chan" beside Chan Tai-wing, "her husband, Mr Tan"): the title makes the
    word a surname, and the relative of someone is not the person that word starts the name of
    (family name first) nor, settled in the file, the one it names there."""
    return m.key.startswith(INTRODUCED) and courtesy_titled(m.text)


def _said_with_title(mentions: Sequence[Mention], person_indexes: Sequence[int],
                     tokens_of: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The lone names the run says after a title ("Mr Sylvester"): used there as surnames."""
    return frozenset(tokens_of[i][0] for i in person_indexes if len(tokens_of[i]) == 1 and _has_title(mentions[i]))


def _is_given_rather_than_surname(word: str) -> bool:
    info = default_gazetteer().get(word)
    return info is not None and info.is_given_rather_than_surname


def _has_title(m: Mention) -> bool:
    """Whether a title or rank is said with the name ("Mr Hassan", "Sgt. Omar")."""
    return any(is_title(_NOT_LETTER.sub("", w)) for w in fold(m.text).split())


def mention_gender(m: Mention) -> str:
    """"f"/"m" when the mention's own words carry a title or family word of one gender."""
    return title_gender([_NOT_LETTER.sub("", w) for w in fold(m.text).split()])


def resolve_run(mentions: Sequence[Mention], known_people: Iterable[str] = (), *,
                is_person_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False,
                documents: Sequence[int] | None = None) -> tuple[list[Entity], list[int]]:
    """The entities the run's ``mentions`` name, in order of first appearance, and for each
    mention the index of its entity (``resolve_entities`` made into ``Entity`` records).  An
    entity's display form is its first mention's; it is ambiguous when its mentions are."""
    resolution = resolve_entities(mentions, known_people, is_person_name=is_person_name, documents=documents)
    unsure = set(resolution.ambiguous)
    index: dict[tuple[str, str], int] = {}
    firsts: list[tuple[Mention, Assignment]] = []
    forms: list[dict[str, None]] = []
    flagged: list[bool] = []
    of_mention = []
    for n, (m, a) in enumerate(zip(mentions, resolution.assignments)):
        i = index.setdefault((a.entity_type, a.key), len(firsts))
        if i == len(firsts):
            firsts.append((m, a))
            forms.append({})
            flagged.append(False)
        forms[i][m.text] = None
        flagged[i] = flagged[i] or n in unsure
        of_mention.append(i)
    counts = Counter(of_mention)
    entities = [Entity(entity_type=a.entity_type, key=a.key, display=m.text,
                       label=a.label if a.entity_type == "PERSON" else "", mentions=counts[i],
                       ambiguous=flagged[i], forms=tuple(forms[i]))
                for i, (m, a) in enumerate(firsts)]
    return entities, of_mention
