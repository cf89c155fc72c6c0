"""Propagation: a name found once is found everywhere in the run.

Statistical NER finds "Oleg Pankratov" in one sentence and misses "Pankratov's" in the next.  A
source is exposed by the one mention left behind, so every surface form found with confidence
(and the surname and first name of a person) is searched for again in every document of the run
as one pattern (of the forms that document may hold: an automaton of the forms' skeletons tells).
A lone token that is also a common English word ("Will", "Rose") is not propagated, so "I will"
stays.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import ahocorasick
import regex

from redactor.detect.casing import line_has_small_letters
from redactor.detect.offices import holds_public_office
from redactor.detect.org_edges import names_without_trade, without_legal_form
from redactor.detect.overlaps import SPEAKER_FIELD, SPEAKER_LABEL, overlaps_sorted
from redactor.detect.place_edges import name_before_kind_word
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.firm_heads import name_without_kind
from redactor.entities.group import value_key
from redactor.entities.variants import GivenNames, default_given_names
from redactor.lexicon import longest_first
from redactor.lexicon.folding import fold_case, fold_marks, strip_possessive
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.inflection import inflected_pattern
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.places import default_places
from redactor.lexicon.names import (ACTION_VERBS, FILLERS, FUNCTION_WORDS, PERSON_VERBS, SPEECH_VERBS, VOCATIVE_CUES,
                                    default_gazetteer, given_syllables, reduplicated_half)
from redactor.lexicon.titles import ABBREVIATED_TITLES, HYPHENED_HONORIFICS, TITLE_WORDS, TRADITIONAL_TITLES
from redactor.model import GUESSING_DETECTORS, Mention

DETECTOR = "propagation"
# Types whose surface forms are propagated; numbers and addresses are found by their patterns.
# A unit of a workplace ("Shift C", "ward seven") named in one file is said again in another,
# often in captions where its context rule does not fire: found there too, one value one
# replacement (the leak audit would otherwise refuse the file that still says it).
# So is a job, a rank, a vehicle or a sum found by a rule whose context differs where it is
# said again ("Only the cabinman, ..." at a transcript segment's start).
_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DETAIL", "SENSITIVE", "HANDLE",
                    "EMAIL", "CALL_SIGN", "MILITARY_UNIT", "WORK_UNIT", "OCCUPATION", "RANK",
                    "VEHICLE", "MONEY"})
# A word at least this frequent in English (Zipf scale) is also an ordinary word.
COMMON_WORD_ZIPF = 3.5
_TOKEN = own_compiled(r"[\p{L}][\p{L}'’-]*")
_HYPHEN_BREAK = own_compiled(r"(?<=\p{L})-\s+(?=\p{L})")
# A transcript's annotation in a person's span ("[inaudible]", "(crosstalk", "<laughs>"): never
# a name's word to look for again (a span the boundaries step did not cut, a vault's form).
_MARKUP = own_compiled(r"(?!<v[.\s])[\[(<{][^\])>}\n]*[\])>}]?")


def _rare_short_name(form: str) -> bool:
    """A two-letter name written with its capital that is no English word ("Zé", "Bê"; not
    "Al", "Ed", "Jo")."""
    return form[:1].isupper() and form[1:].islower() and zipf_frequency(form.lower(), "en") < _RARE_SHORT_ZIPF


# A two-letter word rarer than this in English is no word a name could be taken for.
_RARE_SHORT_ZIPF = 2.5


def _is_common(word: str) -> bool:
    """A common English word, or one of the commonest once its diacritics are dropped: forms are
    searched for in the text without them, so "Saïd" is looked for as "said" ("André" as "andre",
    a name's word too, is left to be found as a name)."""
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF or \
        zipf_frequency(fold_marks(word).lower(), "en") >= _COMMONEST_WORD_ZIPF


# A word this frequent in English is one of its commonest ("said", "more"): hardly a name's word.
_COMMONEST_WORD_ZIPF = 5.0


def surface_forms(mention: Mention) -> list[tuple[str, str]]:
    """(form, entity_type) pairs to look for again: the mention, a firm's name without its
    legal form, a place's name without the kind word it was widened over, and a person's name
    tokens."""
    noise = _MARKUP.search(mention.text) is not None
    forms = [] if noise and mention.entity_type == "PERSON" else [(mention.text, mention.entity_type)]
    forms.extend(_shorter_names(mention))
    if mention.entity_type == "PERSON":
        # In lower-case captions ("tunde adebayo") a name's words have no capitals to show them.
        caseless = mention.text.islower()
        # a surname wrapped at its hyphen ("Ter-\nPetrosyan") is one word: "Ter-Petrosyan"
        tokens = _TOKEN.findall(_HYPHEN_BREAK.sub("-", _MARKUP.sub(" ", mention.text)))
        for n, token in enumerate(tokens):
            token = token.rstrip("'’")
            if n == 0 and len(tokens) > 1 and token.lower() in TRADITIONAL_TITLES:
                continue  # "Don" of "Don Ernesto", "Mama" of "Mama Wanjiru": the title, no name
            if len(token) >= 3 and (token[0].isupper() or caseless) and token.lower().rstrip(".") not in TITLE_WORDS \
                    and token.lower() not in FILLERS and not (caseless and _public_place_word(token)):
                forms.append((token, "PERSON"))
                forms.extend((name, "PERSON") for name in _without_joined_honorific(token))
    return forms


def _shorter_names(mention: Mention) -> list[tuple[str, str]]:
    """A firm's name without its legal form ("Vardar Trans" said again of "Vardar Trans DOOEL"),
    without what it deals in and is ("Blue Nile" of "Blue Nile Bullion Trading"), without the
    kind or the head around it ("chmelná" of "Pivovar Chmelná": :func:`name_without_kind`)
    and a place's without the kind word it was widened over ("shwe pyi thar" of "shwe pyi thar
    station")."""
    forms = []
    if mention.entity_type == "ORGANIZATION":
        for short in (without_legal_form(mention.text), name_without_kind(mention.text)):
            if short is not None and not (" " not in short and _is_common(short)):
                forms.append((short, "ORGANIZATION"))
        forms.extend((short, "ORGANIZATION") for short in names_without_trade(mention.text))
    place = name_before_kind_word(mention)
    if place is not None:
        forms.append((place, "LOCATION"))
    return forms


# An honorific joined to a name by a hyphen, right after a name found again ("reza" of "reza-jan").
_JOINED_HONORIFIC = own_compiled(
    rf"-(?:{'|'.join(longest_first(HYPHENED_HONORIFICS))})(?![\p{{L}}'’-])", regex.IGNORECASE)


def _without_joined_honorific(token: str) -> list[str]:
    """The name of a word that joins an honorific to it by a hyphen ("ishikawa" of
    "ishikawa-san", "Reza" of "Reza-jan"), when it is no common word: the same person said
    without the honorific."""
    name, hyphen, tail = token.rpartition("-")
    if not hyphen or tail.lower() not in HYPHENED_HONORIFICS or len(name) < 3 or _is_common(name):
        return []
    return [name]


def _public_place_word(token: str) -> bool:
    """A word of a lower-case person span that is a public place and no common name: the
    model's span ran over a place ("autonome de lomé" of "the port autonome de lomé"), whose
    name alone is the city wherever it is said, never the person's."""
    from redactor.detect.filters import SpanFilters, is_common_name

    return SpanFilters().is_public_place(token) and not is_common_name(token)


def _name_like(mention: Mention, form: str) -> bool:
    """A person's mention whose every word is a known name or rare in English, ``form`` a
    known name among them ("Hollis Crane"; not the model's "German Basic Law")."""
    gazetteer = default_gazetteer()
    info = gazetteer.lookup(form)
    if info is None or not (info.first or info.last):
        return False
    for token in _TOKEN.findall(mention.text):
        token = token.rstrip("'’")
        if token.lower().rstrip(".") in TITLE_WORDS or token == form:
            continue
        known = gazetteer.lookup(token)
        if not ((known is not None and known.is_name_not_word) or not _is_common(token)):
            return False
    return True


def _lone_word_name(form: str) -> bool:
    """A person found as one capitalised word that is also an English word ("Semi", "Will"):
    found again as written in its own text, like a part of a full name, unless the word is a
    title or a month ("General", "May"), which the model may take for a name alone."""
    lower = form.lower()
    return lower not in TITLE_WORDS and lower not in FUNCTION_WORDS and lower not in MONTHS_AND_DAYS


def _given_name_variants(mention: Mention, names: GivenNames) -> list[str]:
    """Diminutives and other forms of the given name of a person's full name, capitalised."""
    if mention.entity_type != "PERSON":
        return []
    words = [t for t in _TOKEN.findall(mention.text) if t.lower().rstrip(".") not in TITLE_WORDS]
    if len(words) < 2 or len(words[0]) < 3:
        return []
    given = words[0].casefold()
    return [v.capitalize() for v in names.variants_of(given) if len(v) >= 3] + _end_clippings(given)


# A long given name is shortened to its end, which is a given name of its own ("Emeka" of
# Chukwuemeka, "Sandra" of Alexandra, "Tunde" of Babatunde): at least this many letters kept,
# at least two left out.
_MIN_END_CLIPPING = 4


def _end_clippings(given: str) -> list[str]:
    """The ends of ``given`` that the name lists know as given names and that are no ordinary
    word: a short form of that person, found again (resolution decides whose it is)."""
    out = []
    for start in range(2, len(given) - _MIN_END_CLIPPING + 1):
        end = given[start:]
        info = default_gazetteer().get(end)
        if info is not None and info.first and not _is_common(end):
            out.append(end.capitalize())
    return out


def _surname(mention: Mention) -> str:
    """The last word of a person's full name (two words or more), as written; else ""."""
    if mention.entity_type != "PERSON":
        return ""
    words = [t.rstrip("'’") for t in _TOKEN.findall(mention.text)]
    words = [w for w in words if w.lower().rstrip(".") not in TITLE_WORDS]
    return words[-1] if len(words) >= 2 and words[-1][:1].isupper() else ""


_APOSTROPHES = "'’"


def _form_regex(form: str, spelled: bool = False) -> str:
    """The form as a regex, any run of white space between its words, an apostrophe optional in
    it and after a word ("the workers committee" found again as "the workers' committee"): the
    leak audit reads both alike, so propagation must too.  ``spelled`` (a person's name): a
    letter written once or twice after a word's first letters ("Mohamed" of Mohammed, "Hasan"
    of Hassan, "Philip" of Phillip), as names are spelt either way."""
    parts = []
    first = True
    for piece in regex.split(r"(\s+|['’])", fold_marks(form)):
        if piece in _APOSTROPHES and piece:
            parts.append("['’]?")
        elif piece.isspace():
            parts.append("['’]?\\s+")
        elif piece:
            parts.append(_spelled_either_way(piece, _EXACT_START if first else 1) if spelled else regex.escape(piece))
            first = False
    return "".join(parts)


# The letters of a name written as they are before a doubled or single letter may differ (the
# three first letters stay as written).
_EXACT_START = 3


def _exact_length(word: str, exact: int = _EXACT_START) -> int:
    """How many first letters of ``word`` stay as written: ``exact``, less a letter doubled
    across that point ("Ha" of Hassan, so that "Hasan" is found)."""
    exact = min(exact, len(word))
    while 1 < exact < len(word) and word[exact - 1] == word[exact]:
        exact -= 1
    return exact


def _spelled_either_way(word: str, exact: int) -> str:
    """``word`` as a regex whose letters after the first ``exact`` may be single or doubled."""
    exact = _exact_length(word, exact)
    out = [regex.escape(word[:exact])]
    i = exact
    while i < len(word):
        char = word[i]
        run = 2 if word[i + 1:i + 2] == char else 1
        out.append(f"{regex.escape(char)}{{1,2}}" if char.isalpha() else regex.escape(word[i:i + run]))
        i += run
    return "".join(out)


# Detectors whose span a longer confident form may take over: the model's and the name lists'
# guesses, not a pattern's structured match or what the journalist said.


@dataclass(frozen=True)
class _Target:
    """One form to look for again, and the mention it was learnt from."""

    form: str
    entity_type: str
    origin: Mention
    pattern: str = ""  # a regex standing for the form, when it is not matched as written
    # A name that is also a common word ("Grace" of "Grace Mensah", "Crane" of "Hollis
    # Crane"): found again only in the text of its full name, written with its capital, inside
    # a sentence and on its own ("Did they mention Crane?"; not "Crane hire" or "Crane Street").
    cased: bool = False
    # A speaker's name in the speaker field or a turn's label that is also a common word ("<v
    # joy>", "Joy: ..."): found again in its own text where the speaker is spoken to ("thanks
    # joy", "joy, can you repeat").
    addressed: bool = False
    # A name in small letters that is also a common word ("rusty" of "rusty okoth", "hunter"
    # the model found as a person): found again only in its own text, where the sentence puts a
    # name (:func:`_in_a_name_place`: "hunter's car", "gave rusty", "rusty said").
    placed: bool = False


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


def _add_reduplicated_forms(m: Mention, targets: dict[str, _Target]) -> None:
    """A nickname that says one syllable twice, in every way it is written: "Jun-Jun",
    "Junjun", "jun jun" (a caption)."""
    if m.entity_type != "PERSON":
        return
    for token in _TOKEN.findall(m.text):
        word = strip_possessive(token).rstrip("'’")
        half = reduplicated_half(word)
        if half and "~~" + half not in targets:
            pattern = regex.escape(word[:len(half)]) + r"[-\s]?" + regex.escape(word[-len(half):])
            targets["~~" + half] = _Target(word, "PERSON", m, pattern)


# A word this frequent in English (Zipf) is a word, not a name with its possessive "s".
_POSSESSIVE_WORD_ZIPF = 2.5


def _add_caption_possessives(m: Mention, targets: dict[str, _Target]) -> None:
    """A person's name word in lower case with the "s" of a possessive and no apostrophe, as
    automatic captions write it ("aminas number" of Amina Jallow): the person again (her
    mention, resolution decides; ``key_possessives`` keys it).  Not where the word with the
    "s" is a given name of its own ("carlos" of Carlo) or an English word ("lens" of Len)."""
    if m.entity_type != "PERSON" or not m.text.islower():
        return
    for form, _ in surface_forms(m):
        folded = fold_case(form)
        plural = folded + "s"
        if " " in form or folded not in targets or "~s" + plural in targets or zipf_frequency(plural, "en") >= _POSSESSIVE_WORD_ZIPF:
            continue
        info = default_gazetteer().get(plural)
        if info is None or not info.first:
            targets["~s" + plural] = _Target(form, "PERSON", m, _form_regex(form, True) + "s")


def _word_target(m: Mention, form: str, entity_type: str) -> _Target | None:
    """How a name that is also a common word ("Will", "Grace", "Can") is looked for again: as a
    lone word it cannot be told from the word without context, so only a part of a full name is,
    as written and in its own text; a speaker's name in the speaker field ("<v joy>") or the
    label of a turn ("Joy: ...") also where the speaker is spoken to."""
    if entity_type != "PERSON":
        return None
    speaker = m.detector in (SPEAKER_FIELD, SPEAKER_LABEL)
    if form[:1].isupper() and not form.isupper() and (_name_like(m, form) if form != m.text else _lone_word_name(form)):
        return _Target(form, entity_type, m, cased=True, addressed=speaker)
    if speaker and _lone_word_name(form):
        return _Target(form, entity_type, m, addressed=True)
    if form.islower() and _lone_word_name(form) and zipf_frequency(form, "en") < _SPEAKER_WORD_MAX_ZIPF:
        return _Target(form, entity_type, m, placed=True)
    return None


def confident_targets(mentions: Iterable[Mention], keep: Sequence[str] = (),
                      names: GivenNames | None = None) -> list[_Target]:
    """Every form to look for again, longest first (``build_pattern``'s alternatives).  A keep
    term that is also a given name ("Erdogan") is looked for again once the run found it as a
    person ("my cousin Erdogan"): the cousin's later mentions are his too."""
    from redactor.detect.filters import is_given_name_term

    kept = {fold_case(k) for k in keep if not is_given_name_term(k)}
    names = names if names is not None else default_given_names()
    targets: dict[str, _Target] = {}
    for m in mentions:
        if m.entity_type not in _TYPES:
            continue
        for form, entity_type in surface_forms(m):
            folded = fold_case(form)
            if folded in kept or folded in targets:
                continue
            if len(form) == 2 and entity_type in {"PERSON", "CALL_SIGN"} and _rare_short_name(form):
                # "Zé" of José Mendes: found again only as written, in its own text
                targets[folded] = _Target(form, entity_type, m, cased=True)
            if len(form) < 3:
                continue
            if " " not in form and _is_common(form) and not given_syllables(form.lower()):
                word = _word_target(m, form, entity_type)
                if word is not None:
                    targets[folded] = word
                continue
            targets[folded] = _Target(form, entity_type, m)
        _add_person_variants(m, names, targets)
        _add_reduplicated_forms(m, targets)
        _add_caption_possessives(m, targets)
    # Inflected forms last among equals: a form as written wins where both match.
    return sorted(targets.values(), key=lambda t: (-len(t.form), bool(t.pattern)))


def build_pattern(mentions: Iterable[Mention], keep: Sequence[str] = (),
                  names: GivenNames | None = None) -> tuple[regex.Pattern | None, list[_Target]]:
    """One pattern over every form, longest first, whose group ``i + 1`` is ``targets[i]``:
    what propagation finds (``ConfidentForms`` searches each text for the forms it may hold).

    Matching is case-insensitive, so the matched text can fold differently from the form
    ("YILMAZ" and "Yılmaz"); the group number, not the matched text, says which form it was.
    """
    ordered = confident_targets(mentions, keep, names)
    if not ordered:
        return None, ordered
    return _wrap(_searched_pattern(t) for t in ordered), ordered


def _pattern_start(target: _Target) -> str:
    """The letters an inflected surname's pattern starts with (at most ``_KEY_LENGTH``), which
    every match of it starts with, one character of the text each."""
    form = fold_marks(target.form[:_KEY_LENGTH])
    n = 0
    while n < len(form) and form[n].isalnum() and _searched_pattern(target).startswith(form[:n + 1]):
        n += 1
    return form[:n]


# How many first letters of an inflected surname's pattern are read as written.
_KEY_LENGTH = 3


def _searched_pattern(target: _Target) -> str:
    """The regex a form is searched with, in the text with its diacritics dropped
    (``fold_marks``): "Ionuț" and "Muñoz" found again as a caption writes them, "Ionut", "Munoz"."""
    return fold_marks(target.pattern) if target.pattern else _form_regex(target.form, target.entity_type == "PERSON")


def _wrap(alternatives: Iterable[str]) -> regex.Pattern:
    body = "|".join(f"({a})" for a in alternatives)
    # Not kept in ``regex``'s cache: a run's forms are compiled once and dropped with the run.
    # A negation's "n't" ends no name: "Don't" is not "Don" of Don Ernesto ("Kofi'll" is Kofi).
    # (The flag as a plain int: ``regex``'s parser tests it at every step, and a test of a
    # ``RegexFlag`` runs Python code; the compiled pattern is the same.)
    return regex.compile(rf"(?<![\w@.])(?:{body})(?![\w@])(?!['’]t(?!\w))", _IGNORECASE,
                         cache_pattern=False)


_IGNORECASE = int(regex.IGNORECASE)


# The characters outside ASCII that ``regex`` matches, under IGNORECASE, with an ASCII letter
# ("İ" with "i", "ı" with "I", the long s, the Kelvin sign): each read as that letter.  (A test
# derives the table from ``regex`` itself.)
_CASE_PARTNERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_SKELETON_CHARS = str.maketrans({**_CASE_PARTNERS, "'": None, "’": None})
_WHITE_SPACE = own_compiled(r"\s")
_NOT_ASCII = own_compiled(r"[^\x00-\x7f]")
_REPEATS = own_compiled(r"(.)\1+", regex.DOTALL)


def _search_skeleton(text: str) -> str:
    """What a text (diacritics dropped) is reduced to for the search of the run's forms: each
    ASCII letter in small letters (and the four characters ``regex`` matches with one read as
    it), every other character outside ASCII as one sign, every space as one, apostrophes
    dropped, and any run of one character as one.  A match of a form is a
    form's skeleton in the text's: the cases ``regex`` folds, a space that is any run of white
    space, an apostrophe that is optional and a letter written once or twice all read the same
    in both (the converse does not hold: the skeleton only chooses what to try)."""
    reduced = _NOT_ASCII.sub("\x80", _WHITE_SPACE.sub(" ", text.translate(_SKELETON_CHARS))).lower()
    return _REPEATS.sub(r"\1", reduced)


def _skeleton_key(target: _Target) -> str:
    """What every match of ``target`` has in the text's skeleton: the whole form's skeleton, or
    of an inflected surname the skeleton of the letters its pattern starts with ("" for a form
    that may be anywhere)."""
    return _search_skeleton(_pattern_start(target) if target.pattern else fold_marks(target.form))


def _automaton(by_key: Mapping[str, list[int]]) -> ahocorasick.Automaton | None:
    """An automaton finding each key in a skeleton, its value the forms of that key."""
    if not by_key:
        return None
    automaton = ahocorasick.Automaton()
    for key, indices in by_key.items():
        automaton.add_word(key, tuple(indices))
    automaton.make_automaton()
    return automaton


# How many forms' patterns are kept compiled, for the next texts (the run's names said in many
# files stay; an address or a unit number said in one file goes).
_KEPT_PATTERNS = 512


@dataclass(frozen=True)
class ConfidentForms:
    """What the whole run found with confidence: learnt from mentions alone (no document
    text), then searched for in each document on its own.

    What is found is what ``build_pattern``'s one pattern finds (``targets`` in its order).  An
    Aho-Corasick automaton of the forms' skeletons (:func:`skeleton`) tells which forms a text
    may hold, and only those are searched for in it, each by its own pattern: where several
    match at one place, the first in the run's order is the one pattern's match.  The run's
    thousands of forms (an address or a unit's number per file) are never parsed as one
    pattern, and only the last forms searched for are kept compiled."""

    targets: tuple[_Target, ...]
    automaton: ahocorasick.Automaton | None = None
    # forms that may start anywhere (no skeleton to look for)
    everywhere: tuple[int, ...] = ()
    # Settings.keep_office_holders_in_captions: a name after a title in lower case is kept, so
    # not found again here either.
    office_holders_in_captions: bool = False
    # The patterns of the forms searched for last, by the forms' indexes.
    _compiled: dict[int, regex.Pattern] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def learn(cls, mentions: Iterable[Mention], threshold: float, keep: Sequence[str] = (),
              seeds: Sequence[Mention] = (), office_holders_in_captions: bool = False) -> "ConfidentForms":
        """``seeds`` are forms known before this run (the vault's entities), found first."""
        confident = list(seeds) + [m for m in mentions if m.score >= threshold]
        targets = confident_targets(confident, keep)
        if not targets:
            return cls((), office_holders_in_captions=office_holders_in_captions)
        by_key: dict[str, list[int]] = {}
        for index, target in enumerate(targets):
            by_key.setdefault(_skeleton_key(target), []).append(index)
        everywhere = tuple(by_key.pop("", ()))
        return cls(tuple(targets), _automaton(by_key), everywhere,
                   office_holders_in_captions=office_holders_in_captions)

    def _held(self, text: str) -> set[int]:
        """The forms ``text`` may hold (whose skeleton is in its skeleton)."""
        held = set(self.everywhere)
        if self.automaton is not None:
            for _, indices in self.automaton.iter(_search_skeleton(text)):
                held.update(indices)
        return held

    def _form_pattern(self, index: int) -> regex.Pattern:
        """The pattern of one form, as ``build_pattern`` wraps its alternatives."""
        pattern = self._compiled.pop(index, None)
        if pattern is None:
            pattern = _wrap((_searched_pattern(self.targets[index]),))
            if len(self._compiled) >= _KEPT_PATTERNS:
                del self._compiled[next(iter(self._compiled))]  # the least recently used
        self._compiled[index] = pattern
        return pattern

    def _first_at(self, text: str) -> dict[int, tuple[regex.Match, int]]:
        """Each place where a form matches, with the match of the form first in the run's order
        there (what the one pattern of all the forms matches at that place)."""
        first: dict[int, tuple[regex.Match, int]] = {}
        for index in sorted(self._held(text), reverse=True):  # an earlier form overwrites a later
            for match in self._form_pattern(index).finditer(text, overlapped=True):
                first[match.start()] = (match, index)
        return first

    def matches(self, text: str, usable: Callable[[regex.Match, _Target], bool] | None = None,
                ) -> Iterator[tuple[regex.Match, _Target]]:
        """What ``build_pattern``'s pattern finds in ``text`` (``finditer``), with each match's form.
        A match ``usable`` rejects is not yielded, and the search goes on right after its start,
        not after its end: "José Pankratov" learnt elsewhere, met where "José" is already a
        finding, must still leave its "Pankratov" to be found."""
        first = self._first_at(text) if self.targets else {}
        position = 0
        for start in sorted(first):
            if start < position:
                continue
            match, index = first[start]
            target = self.targets[index]
            if usable is not None and not usable(match, target):
                position = start + 1
                continue
            yield match, target
            position = match.end()

    def _public_here(self, text: str, start: int, end: int, target: _Target) -> bool:
        """The form found again at ``text[start:end]`` is a public name's there, as the filters
        read it."""
        return target.entity_type == "PERSON" and (
            # "NGO" of a run that knows "Mama Ngo": an acronym, as its line is written
            _acronym_of_a_cased_line(text, start, end, target.form)
            # "president juncker": the office holder the filters keep, not the run's person
            or holds_public_office(text, start, end, lower_case=self.office_holders_in_captions)
            # "Cassation" of "the Court of Cassation": the body's name, as the filters read it
            or _inside_public_body(text, start, end))

    def find_in(self, text: str, mentions: Sequence[Mention], threshold: float,
                piece_starts: Sequence[int] = ()) -> list[Mention]:
        """Mentions to add to one text: where a confident form occurs again uncovered
        (``piece_starts``: where the text's cues or segments start)."""
        # Only confident mentions cover a place: a low-score guess there gives way to the
        # confident form (the overlap policy keeps the higher score).
        covered = [m for m in mentions if m.score >= threshold]  # sorted, never overlapping
        starts = [m.start for m in covered]
        added = []
        here = set(mentions)

        searched = fold_marks(text)  # offsets as in ``text``
        turns = frozenset(piece_starts)

        # the speakers of this text by their fields' and labels' names ("sunny" of "<v sunny>")
        speakers = {fold_case(m.text): m for m in mentions if m.detector in (SPEAKER_FIELD, SPEAKER_LABEL)}

        def uncovered(match: regex.Match, target: _Target) -> bool:
            if target.placed and not (target.origin in here and (
                    _in_a_name_place(text, match, turns) or _given_name_alone(text, match, target.form))):
                return False
            if (target.cased or target.addressed) and not (
                    (target.origin in here and target.cased and _capitalised_name_alone(text, match, target.form))
                    or (target.addressed and (target.origin in here or fold_case(target.form) in speakers)
                        and _said_to_or_as_speaker(text, match, target.form, turns))):
                return False
            return _uncovered(match, target)

        def _uncovered(match: regex.Match, target: _Target) -> bool:
            """Nothing confident stands there, or only guesses of the form's type wholly inside
            it: "José" the model found where the run knows "José Pankratov" gives way to the
            whole name (the overlap policy keeps the longer span), one person, one pseudonym."""
            start, end = match.span()
            first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            if not overlaps_sorted(covered, last, start):
                return True
            inside = covered[first:last]  # the mentions starting inside the match
            if not inside or overlaps_sorted(covered, first, start) or inside[-1].end > end:
                return False  # one starts before the match or ends after it
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
                return False  # the form where it was found: nothing to add
            return all(m.entity_type == target.entity_type and m.detector in GUESSING_DETECTORS and not m.known_identity
                       for m in inside)

        for match, target in self.matches(searched, uncovered):
            start, end = match.span()
            if self._public_here(text, start, end, target):
                continue
            if target.entity_type == "PERSON" and (joined := _JOINED_HONORIFIC.match(text, end)) is not None:
                end = joined.end()  # "reza-jan" of Reza Tehrani: the honorific is said with the name
            origin = target.origin
            if target.addressed and origin not in here:
                # a speaker's name learnt in another text is this text's speaker here
                origin = speakers.get(fold_case(target.form), origin)
            # The whole mention again carries its detector's key; a part of it (a surname) is
            # grouped by its name.
            key = origin.key if target.form == origin.text and not target.pattern else ""
            if target.entity_type == "ORGANIZATION" and target.form in names_without_trade(origin.text):
                key = value_key(origin)  # "Golden Lotus" of "Golden Lotus Garment Factory": the same firm
            added.append(Mention(start=start, end=end, entity_type=target.entity_type, score=origin.score,
                                 detector=DETECTOR, text=text[start:end], key=key,
                                 label=origin.label if target.entity_type == "PERSON" else ""))
        return added


_SENTENCE_BREAK = own_compiled(r"(?:^|[.!?:;\n\"“”(\[*>-])[^\S\n]*$")
_CAPITALISED_NEXT = own_compiled(r"[^\S\n]+\p{Lu}")
_CAPITALISED_BEFORE = own_compiled(r"\p{Lu}[\p{L}'’-]*[^\S\n]+$")
# What a person does, said right after a name that starts a sentence ("Will said", "Semi left";
# not "was", which a word takes as well: "Grace was shown").
_SUBJECT_VERB = own_compiled(r"[^\S\n]+(?:" + "|".join(sorted(SPEECH_VERBS | ACTION_VERBS)) + r")(?![\p{L}'’-])")
# Adverbs that open a sentence before a name ("Later Semi left", "Yesterday Will called").
_SENTENCE_ADVERBS = frozenset("later yesterday today now after once maybe finally".split())
# A determiner or an adjective's place before the word: "the Court", "the united German".
_WORD_BEFORE = own_compiled(
    r"(?<![\p{L}'’])(?:the|a|an|this|that|these|those|its|our|their|united|new|old|same)[^\S\n]+(?:\p{L}+[^\S\n]+)?$",
    regex.IGNORECASE)


# What a person is spoken to after ("thanks joy", "ok, joy", "good morning joy") or the start of
# a sentence or a turn ("Joy, can you repeat"), and the end of the words said to them.  ("no" is
# no such word: "we had no joy.")
_ADDRESS_CUES = (VOCATIVE_CUES - {"no"}) | frozenset(
    "thank you|dear|bye|goodbye|morning|evening|afternoon|night|welcome".split("|"))
_ADDRESS_BEFORE = own_compiled(
    r"(?:(?<![\p{L}'’])(?:" + "|".join(longest_first(_ADDRESS_CUES))
    + r")[,!]?|(?:^|[.!?;:\n\-–—]))[^\S\n]*$", regex.IGNORECASE)
# (A colon after the name makes it a turn's label, which is the label rule's to read.)
_ADDRESS_AFTER = own_compiled(r"[^\S\n]*(?:[,.!?;]|\n|$)")
# ... or after a comma, ending the sentence ("and your family, joy?").
_COMMA_BEFORE = own_compiled(r",[^\S\n]*$")
_SENTENCE_END_AFTER = own_compiled(r"[^\S\n]*(?:[.!?]|\n|$)")


def _addressed(text: str, match: regex.Match, piece_starts: frozenset[int] = frozenset()) -> bool:
    """Whether the match is a name said to someone: after a greeting, a thanks or a turn's
    start (a piece's: a cue's or a segment's), and before a comma, a full stop or the line's end
    ("thank you joy, take care"), or after a comma at the sentence's end ("and your family,
    joy?")."""
    start, end = match.span()
    if _COMMA_BEFORE.search(text, max(0, start - 4), start) is not None:
        return _SENTENCE_END_AFTER.match(text, end) is not None
    return (start in piece_starts or _ADDRESS_BEFORE.search(text, max(0, start - 20), start) is not None) \
        and _ADDRESS_AFTER.match(text, end) is not None


# Words after which a speaker's name that is also an English word is the word: an article or a
# degree ("a sunny day", "so sunny"), a verb it completes ("it was sunny", "to mark"), or a
# subject before it as a verb ("they rose", "I mark").
AS_A_WORD_BEFORE = own_compiled(
    r"(?<![\p{L}'’])(?:a|an|the|this|that|these|those|so|very|too|quite|really|pretty|more|most|less|least"
    r"|is|was|are|were|be|been|being|it['’]s|its|get|gets|got|stay|stays|stayed|look|looks|looked|seem|seems"
    r"|seemed|feel|feels|felt|to|i|you|he|she|we|they|it|who|will|would|can|could|should|must|my|your|his|her"
    r"|our|their|of|bit)[^\S\n]+$", regex.IGNORECASE)
# Given names this common in English stay the word outside the speaker's turns ("will", "may").
_SPEAKER_WORD_MAX_ZIPF = 5.4


# What makes a word in small letters a name where the run found it as one in the same text: a
# verb whose object is a person before it ("gave rusty", "talked to hunter", "they call you hunter"),
# a possessive or a person's verb after it ("hunter's car", "rusty said").
_NAME_OBJECT_BEFORE = own_compiled(
    r"(?<![\p{L}'’])(?:(?:" + "|".join(sorted(PERSON_VERBS | frozenset("gave give gives hit paid pay sent send".split())))
    + r")|(?:talked|talking|talk|spoke|speak|spoken)[^\S\n]+to|calls?[^\S\n]+(?:you|him|her|me)|called[^\S\n]+(?:you|him|her|me))"
    r"[^\S\n]+$", regex.IGNORECASE)
_POSSESSIVE_AFTER = own_compiled(r"['’]s[^\S\n]+\p{L}")


def _in_a_name_place(text: str, match: regex.Match, piece_starts: frozenset[int]) -> bool:
    """A common word that the run found as a person's name in this text stands as the name here:
    spoken to, the object of a verb that takes a person, before a possessive or a person's verb;
    never after an article or a possessive word ("a rusty nail", "my hunter")."""
    start, end = match.span()
    if _WORD_BEFORE.search(text, max(0, start - 30), start) is not None:
        return False
    if _POSSESSIVE_AFTER.match(text, end) is not None \
            or _NAME_OBJECT_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    return AS_A_WORD_BEFORE.search(text, max(0, start - 12), start) is None and (
        _addressed(text, match, piece_starts) or _SUBJECT_VERB.match(text, end) is not None)


def _said_to_or_as_speaker(text: str, match: regex.Match, form: str, piece_starts: frozenset[int]) -> bool:
    """A speaker's name that is also a word, where the speaker is spoken to or the word
    stands as a name (:func:`_addressed`, :func:`_speaker_name_as_a_name`)."""
    return _addressed(text, match, piece_starts) or _speaker_name_as_a_name(text, match, form)


def _speaker_name_as_a_name(text: str, match: regex.Match, form: str) -> bool:
    """A speaker's name from the speaker field or a turn's label that is also an English word,
    said where a name stands rather than the word ("he said sunny you should stop", "they call
    me sunny at work", "and sunny?"; not "a sunny day", "it was sunny"): a given name the lists
    know and do not mark as an English word, not among the commonest English words ("joy" and
    "hope" are words the lists know: found only where the speaker is spoken to)."""
    start = match.start()
    if AS_A_WORD_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False
    info = default_gazetteer().lookup(form)
    return info is not None and info.first and not info.is_word \
        and zipf_frequency(form.lower(), "en") < _SPEAKER_WORD_MAX_ZIPF


def _given_name_only(form: str) -> bool:
    """A given name frequent in English only as a name ("Connor", "Kevin"; not "Grace", "Will"
    nor the surname "Crane"): it may start a sentence ("Connor was banned twice.")."""
    info = default_gazetteer().lookup(form)
    return info is not None and info.first and not info.is_word


def _given_name_alone(text: str, match: regex.Match, form: str) -> bool:
    """A name in small letters of its own text's person that English uses only as a given name
    ("kurt" of "kurt vanderhoven": "kurt had me drill it out", "kurt is"; not "rusty", "hunter",
    which are words too, nor "mary", a city's name too), said anywhere but after an article or
    a possessive word, as the same name written with its capital is
    (:func:`_capitalised_name_alone`)."""
    start = match.start()
    return _given_name_only(form) and not default_places().is_place(form) \
        and _WORD_BEFORE.search(text, max(0, start - 30), start) is None


def _written_as(found: str, form: str) -> bool:
    """Whether ``found`` (a match of ``form``) is written with the form's capitals: as written,
    or spelt another way ("Mohamed" of Mohammed) with a capital and then small letters."""
    return found == form or (form[:1].isupper() and form[1:].islower() and found[:1].isupper() and found[1:].islower())


# A name this short written in capitals in a line that is not is an acronym ("NGO", "ICU").
_ACRONYM_MAX = 4


def _acronym_of_a_cased_line(text: str, start: int, end: int, form: str) -> bool:
    """The match of a short name not written in capitals ("Ngo") is in capitals in a line with
    small letters: an acronym of the same letters ("a local NGO"), not the person."""
    found = text[start:end]
    return not form.isupper() and found.isupper() and len(found) <= _ACRONYM_MAX \
        and line_has_small_letters(text, start, end)


def _marked_as_written(found: str, form: str) -> bool:
    """``found`` is ``form`` with the diacritics that tell it from a word ("Saïd", not "Said"
    or "said"): the name wherever the sentence puts it."""
    return found == form and fold_marks(form) != form


def _capitalised_name_alone(text: str, match: regex.Match, form: str) -> bool:
    """The match is ``form`` as written, inside a sentence or starting one as the subject of
    a person's verb ("Will said", "Semi left"; not "Will you", "Mark my words") or with its
    diacritics ("Saïd was found"), with no
    capitalised word joined to it ("Crane Street", "Tower Crane"; a sentence's first word
    before it is no part of it: "Later Semi left")."""
    start, end = match.span()
    return (_written_as(text[start:end], form)
            and (_given_name_only(form) or len(form) == 2 or _marked_as_written(text[start:end], form)
                 or _SENTENCE_BREAK.search(text, max(0, start - 8), start) is None
                 or _after_abbreviated_title(text, start)
                 or _SUBJECT_VERB.match(text, end) is not None)
            and _CAPITALISED_NEXT.match(text, end) is None
            and not _capitalised_before(text, start)
            and _WORD_BEFORE.search(text, max(0, start - 30), start) is None)


_WORD_AND_STOP_BEFORE = own_compiled(r"(?<![\p{L}'’])(\p{L}+)\.[^\S\n]*$")


def _after_abbreviated_title(text: str, start: int) -> bool:
    """Whether an abbreviated title and its full stop stand right before ``start`` ("Dra.
    Pinheiro", "Dr. Ivan"): that full stop ends no sentence."""
    found = _WORD_AND_STOP_BEFORE.search(text, max(0, start - 12), start)
    return found is not None and found.group(1).lower() in ABBREVIATED_TITLES


def _capitalised_before(text: str, start: int) -> bool:
    """A capitalised word right before ``start``, other than a function word that starts the
    sentence ("And Semi", "Then Rose", "Later Will")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = text[before.start():start].strip().lower()
    return not ((word in FUNCTION_WORDS or word in _SENTENCE_ADVERBS)
                and _SENTENCE_BREAK.search(text, max(0, before.start() - 8), before.start()) is not None)


def _inside_public_body(text: str, start: int, end: int) -> bool:
    """The words ``text[start:end]`` are the rest of a public body's name after its head word
    ("Court of" + "Cassation"), as the filters read a name the model found there
    (:meth:`SpanFilters.is_inside_public_body`: a word the name lists know stays a person's,
    "the court of Anna Petrenko")."""
    from redactor.detect.filters import SpanFilters

    m = Mention(start=start, end=end, entity_type="PERSON", score=1.0, detector=DETECTOR, text=text[start:end])
    return SpanFilters().is_inside_public_body(text, m)


def propagate(texts: Sequence[str], mentions: Sequence[list[Mention]], threshold: float,
              keep: Sequence[str] = (), seeds: Sequence[Mention] = (),
              office_holders_in_captions: bool = False) -> list[list[Mention]]:
    """For each text, the mentions added where a confident form occurs again uncovered.

    ``seeds`` are forms known before this run (the vault's entities), found first."""
    forms = ConfidentForms.learn((m for found in mentions for m in found), threshold, keep, seeds,
                                 office_holders_in_captions)
    return [forms.find_in(text, found, threshold) for text, found in zip(texts, mentions)]
