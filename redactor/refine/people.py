"""People across a run: a name the model typed as a place is a person (and a place it typed as a
person is a place); halves of one name join.

Run after propagation, before grouping: these fix the mentions themselves (type, span), so that
grouping sees one person where the detectors saw pieces.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable, Iterable, Sequence

import regex

from redactor.detect.filters import is_acronym
from redactor.detect.overlaps import AUTHORITATIVE, SPEAKER_FIELD
from redactor.detect.prefilter import own_compiled
from redactor.entities.group import name_tokens
from redactor.entities.resolve import FAMILY, INTRODUCED, NAMESAKE, PLACE_CONTEXT
from redactor.entities.resolve import person_tokens as name_words
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import is_dictionary_word
from redactor.lexicon.folding import fold, fold_case, fold_marks, strip_possessive
from redactor.lexicon.frequency import foreign_zipf, zipf_frequency
from redactor.lexicon.names import (DETERMINERS, FILLERS, FUNCTION_WORDS, NOT_A_NICKNAME, PARTICLES, ROLE_NOUNS,
                                    VOCATIVE_CUES, WORD_GIVEN_NAMES, default_gazetteer, reduplicated_half)
from redactor.lexicon.places import DIRECTIONAL_PREPOSITIONS, LOCATIVE_PREPOSITIONS
from redactor.lexicon.titles import (ABBREVIATED_TITLES, CASED_HONORIFICS, COURTESY_TITLES, KINSHIP_WORDS, NAME_HONORIFICS,
                                     TITLE_WORDS, courtesy_titled)
from redactor.model import MODEL_DETECTOR, Mention
from redactor.refine.propagate import AS_A_WORD_BEFORE, DETECTOR as PROPAGATED


def person_name_tokens(mentions: Iterable[Mention], threshold: float) -> set[str]:
    """Folded tokens of the confident full names (two or more tokens, or one after a courtesy
    title) among ``mentions``."""
    tokens: set[str] = set()
    for m in mentions:
        if m.entity_type == "PERSON" and m.score >= threshold:
            words = name_tokens(m.text)
            if len(words) >= 2 or (words and courtesy_titled(m.text)):  # "mr amegah" names a person too
                tokens.update(words)
    return tokens


# A detail the source asks not to be written (rules/singling.yaml) is a person's name when the run
# names that person by it: "don't write qadri" of a "bilal qadri" found before.
_LEFT_OUT = ("DETAIL", "AskedToLeaveOut")


def align_person_types(mentions: Sequence[Mention], person_tokens: set[str],
                       is_person_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False,
                       text: str = "") -> list[Mention]:
    """Give a name the model called a place or a company the type of a person.

    The model often tags names as places or companies ("Marta" → LOCATION, "Irina" and
    "emre yildiz" → ORGANIZATION), and a source asks to leave a name out as a detail.  A lone token of a confident full name of the run is that
    person; so is a span whose tokens ``is_person_name`` recognises (the name gazetteer).  An
    acronym in a line of ``text`` with small letters stays what the model said ("OLAF", "IBAN").
    A syllable said twice that is a person's nickname in the document is that person however
    it is written ("Tin-Tin" a person, "Tintin" a company).
    """
    nicknames = {half for m in mentions if m.entity_type == "PERSON" for word in m.text.split()
                 if (half := reduplicated_half(strip_possessive(word)))}
    aligned = []
    for m in mentions:
        if (m.entity_type in {"LOCATION", "ORGANIZATION"} or (m.entity_type, m.detector) == _LEFT_OUT) \
                and not (text and is_acronym(text, m)):
            words = name_tokens(m.text)
            if (len(words) == 1 and words[0] in person_tokens) or (words and is_person_name(words)) \
                    or (nicknames and reduplicated_half(strip_possessive(m.text.strip())) in nicknames):
                m = Mention(m.start, m.end, "PERSON", m.score, m.detector, m.text, m.key, m.label)
        aligned.append(m)
    return aligned


_SPACE_ONLY = re.compile(r"[ \t]+")


def merge_adjacent_people(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = ()) -> list[Mention]:
    """Join person mentions that only a space separates ("mykola" + "garcía" in captions).

    Detectors sometimes find a first name and a surname as two spans; two pseudonyms side by side
    would tell the reader there were two people, and the surname alone would group apart.  Not
    across a piece boundary (a speaker field and its text, two cues): ``key_names_across_pieces``
    decides there.  Nor two mentions already keyed as one name said twice ("tariq osei si" |
    "tariq": ``redactor.refine.span_words``).
    """
    merged: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = merged[-1] if merged else None
        if (last is not None and last.entity_type == m.entity_type == "PERSON"
                and not _piece_between(piece_starts, last.end, m.start)
                and _SPACE_ONLY.fullmatch(text[last.end:m.start]) and not (last.label and m.label and last.label != m.label)
                and not (last.key and last.key == m.key)):
            merged[-1] = Mention(last.start, m.end, "PERSON", max(last.score, m.score), last.detector,
                                 text[last.start:m.end], "", last.label or m.label)
            continue
        merged.append(m)
    return merged


# Words more frequent than this in English are ordinary words, never taken for a given name here.
_GIVEN_NAME_MAX_ZIPF = 3.0
_MODEL_GUESSES = frozenset({MODEL_DETECTOR, PROPAGATED})


def given_name_before_person(text: str, mentions: Sequence[Mention],
                             is_place: Callable[[str], bool]) -> tuple[list[Mention], set[str]]:
    """A word the model called a place or a company right before a person's name, with only a
    space between ("kodjo" + "amegah" of a caption's "kodjo amegah he was the foreman"), that is
    no known place and no ordinary word: the person's given name, made a person (to be joined
    by ``merge_adjacent_people``).  Returns the mentions and those words, which are person
    tokens of the document from now on (its other mentions alone are that person too)."""
    out = sorted(mentions, key=lambda m: m.start)
    words: set[str] = set()
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if (a.entity_type in {"LOCATION", "ORGANIZATION"} and b.entity_type == "PERSON" and a.detector in _MODEL_GUESSES
                and _SPACE_ONLY.fullmatch(text[a.end:b.start]) and len(tokens := name_tokens(a.text)) == 1
                and not is_place(tokens[0]) and zipf_frequency(tokens[0], "en") < _GIVEN_NAME_MAX_ZIPF):
            out[n] = replace(a, entity_type="PERSON")
            words.add(tokens[0])
    return out, words


def _piece_between(piece_starts: Sequence[int], end: int, start: int) -> bool:
    """Whether a piece starts after ``end`` and at or before ``start`` (``piece_starts`` sorted)."""
    i = bisect.bisect_right(piece_starts, end)
    return i < len(piece_starts) and piece_starts[i] <= start


def key_names_across_pieces(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int],
                            is_given_name: Callable[[str], bool]) -> list[Mention]:
    """A given name that ends one piece and a name that starts the next ("his wife selvi" |
    "murugan kept the accounts", two caption cues) keyed as the one name they are, each part
    keeping its own span (a span never crosses a cue).  Alone, the surname half would join
    another person of that surname ("arun murugan") instead of standing for the wife.  Never a
    speaker field: the name a cue ends with and the next cue's speaker ("... with rita" |
    "<v elie>") are two people, and keyed as one they took one pseudonym."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if (a.entity_type != "PERSON" or b.entity_type != "PERSON" or not _piece_between(piece_starts, a.end, b.start)
                or a.known_identity or b.known_identity or a.label or b.label or text[a.end:b.start].strip()
                or SPEAKER_FIELD in (a.detector, b.detector)):
            continue
        first, last = name_tokens(a.text), name_tokens(b.text)
        if len(first) == 1 and len(last) == 1 and is_given_name(first[0]) and first != last:
            key = f"{first[0]} {last[0]}"
            out[n], out[n + 1] = replace(a, key=key), replace(b, key=key)
    return out


# Words that bring in a lone name as someone of its own: "a man called", "an old fisherman named",
# "someone called", "her husband", "his late father", "my manager, named", and a third person's
# name given ("His name is Raman": a speaker never says "his name" of themselves).
_INTRODUCER = re.compile(
    r"""(?ix) (?<![^\W\d_]) (?: (?: an? | one | another ) (?: [^\S\n]+ [^\W\d_]+ ){0,3}? [^\S\n]+ (?: called | named )
      | some (?: one | body ) [^\S\n]+ (?: called | named )
      | (?: his | her | their ) [^\S\n]+ name (?: [^\S\n]+ (?: is | was ) | ['’]s ) [^\S\n]*:?
      | (?: his | her | my | their | our | your ) [^\S\n]+ (?: [^\W\d_]+ [^\S\n]+ )? [^\W\d_]+ ,? [^\S\n]+ named
      | (?: his | her | my | their | our | your ) [^\S\n]+ (?: (?: late | elder | older | younger | little | big )
        [^\S\n]+ )? (?P<kin> [^\W\d_]+ ) ,? ) [^\S\n]+ $""")
_INTRODUCER_REACH = 60


def key_introduced_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each lone name the text brings in as someone of its own ("her husband Murugan", "a man
    called Murugan", "my supervisor, named Santos", "My brother ... His name is Raman") keyed so that resolution never takes it, nor the document's other mentions
    of the word alone, for the surname of a full name ("Selvi Murugan": in Tamil, Indonesian or
    Ethiopian naming the second name is a father's or husband's given name, so the two are two
    people).  Not when a full name of the document ending in the word is said after the same
    family word ("my uncle Ivan Petrov" ... "my uncle Petrov")."""
    introduced: dict[str, str] = {}  # word -> family word ("" for "a man called")
    for m in mentions:
        word = _lone_name(m)
        if word is not None and (kin := _introduced_by(text, m)) is not None:
            introduced.setdefault(word, kin)
    if not introduced:
        return list(mentions)
    for m in mentions:
        words = name_tokens(m.text)
        if m.entity_type == "PERSON" and len(words) >= 2 and words[-1] in introduced:
            kin = _introduced_by(text, m) or _kin_inside(m.text)
            if kin and kin == introduced[words[-1]]:
                del introduced[words[-1]]
    return [replace(m, key=INTRODUCED + word) if (word := _lone_name(m)) in introduced else m
            for m in mentions]


# A word after a surname, or before it in another language, that makes it the name of a whole
# family: "the Lindqvist family", "the Lindqvist families", "the Lindqvist clan", "la famille
# Lindqvist", "die Familie Lindqvist", "la familia de Lindqvist".  Not a possessive before the
# word ("Lindqvist's family" is the family of one person named by the name).
_FAMILY_AFTER = re.compile(r"(?i)[^\S\n]+(?:family|families|clans?|households?)\b")
_FAMILY_BEFORE = re.compile(
    r"(?i)\b(?:famille|familia|familie|famiglia|fam[ií]lia|familien)"
    r"(?:[^\S\n]+(?:de|da|do|dos|del|di|von|van|der))?[^\S\n]+$")
_FAMILY_REACH = 20


def key_family_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each lone name said of a whole family ("the Lindqvist family", "la famille Lindqvist")
    keyed with ``FAMILY`` before its word, so that resolution does not give it to the one of
    the run's people of that surname its file named first: it names all of them.  A name only
    one person of the run has is still that person's (resolution decides)."""
    out = []
    for m in mentions:
        word = _lone_name(m)
        if word is not None and (_FAMILY_AFTER.match(text, m.end)
                                 or _FAMILY_BEFORE.search(text, max(0, m.start - _FAMILY_REACH), m.start)):
            m = replace(m, key=FAMILY + word)
        out.append(m)
    return out


# A relative said to have a name someone named before has too: "my cousin is also Tariq", "her
# grandfather was also called Matteo", "our uncle's also named Piet".  The subject is a kinship
# word after a possessive, so the name is another person's than the one named before (a role
# would not do: "the manager is also Matteo" may be the same Matteo in a second role).
_NAMESAKE_BEFORE = re.compile(
    r"""(?ix) (?<![^\W\d_]) (?: my | his | her | their | our | your ) [^\S\n]+
      (?: (?: late | elder | older | younger | little | big | own ) [^\S\n]+ )? (?P<kin> [^\W\d_]+ )
      (?: [^\S\n]+ (?: is | was ) | ['’]s ) [^\S\n]+ also [^\S\n]+ (?: (?: called | named ) [^\S\n]+ )? $""")
# What marks the elder of two people of one name said right after it: "Matteo senior", "Matteo Sr.".
_ELDER_AFTER = re.compile(r"(?i)[^\S\n]+(?:senior|snr|sr)\b")
_ELDER_IN = re.compile(r"(?i)[^\S\n]+(?:senior|snr|sr)\.?$")


def key_namesakes(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each lone name a relative is said to have as well ("since my cousin is also Tariq",
    "her grandfather was also Matteo") keyed ``NAMESAKE`` and its word, a person of their own:
    the text says two people have the name, so resolution must not give it to the one named
    before.  Where the text then tells the two apart by "senior" ("Matteo senior, the old man"), that form
    is the relative too (the other is the one named in full or by a nickname); the name said
    bare elsewhere stays for resolution, which may not know whose it is."""
    namesakes: set[str] = set()
    out = list(mentions)
    for n, m in enumerate(out):
        word = _lone_name(m)
        if word is None or text.startswith(("'s", "’s"), m.end):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        found = _NAMESAKE_BEFORE.search(text, max(line_start, m.start - _INTRODUCER_REACH), m.start)
        if found is not None and found["kin"].casefold() in KINSHIP_WORDS:
            out[n] = replace(m, key=NAMESAKE + word)
            namesakes.add(word)
    if not namesakes:
        return out
    for n, m in enumerate(out):
        word = _lone_name(m)
        if word in namesakes and (_ELDER_AFTER.match(text, m.end) or _ELDER_IN.search(m.text)):
            out[n] = replace(m, key=NAMESAKE + word)
    return out


def _lone_name(m: Mention) -> str | None:
    """The one word of a lone name no detector of authority gave an identity or a whole name
    it is part of; None for any other mention."""
    words = name_tokens(m.text)
    if m.entity_type == "PERSON" and len(words) == 1 and _own_key(m, words) and m.detector not in AUTHORITATIVE:
        return words[0]
    return None


def _own_key(m: Mention, words: tuple[str, ...]) -> bool:
    """Whether ``m`` has no key but its own words (no identity, no whole name it is part of,
    not a namesake told apart: "rémi senior")."""
    return not m.key or (not m.known_identity and not m.key.startswith(NAMESAKE) and name_tokens(m.key) == words)


def _introduced_by(text: str, m: Mention) -> str | None:
    """The family word (or "" for "a man called") right before ``m`` on its line, if any."""
    line_start = text.rfind("\n", 0, m.start) + 1
    found = _INTRODUCER.search(text, max(line_start, m.start - _INTRODUCER_REACH), m.start)
    if found is None:
        return None
    kin = (found["kin"] or "").casefold()
    if found["kin"] and kin not in KINSHIP_WORDS:
        return None
    return kin


def _kin_inside(span: str) -> str:
    """A family word the span itself starts with ("uncle Ivan Petrov")."""
    first = span.split()[0].casefold() if span.split() else ""
    return first if first in KINSHIP_WORDS else ""


# A possessive "s" without its apostrophe, as automatic captions write it ("aminas number"),
# is left after a name of at least this many letters.
_MIN_POSSESSED = 3
# A word this common in English is that word, not a name's possessive ("alias", "does").
_POSSESSIVE_MAX_ZIPF = 3.5


def key_possessives(mentions: Sequence[Mention]) -> list[Mention]:
    """A lone name that is a person's name word of the document with an "s" after it, no
    apostrophe ("and aminas number is" where Amina is named): her possessive as automatic
    captions write it, keyed as her name, so that it gets her pseudonym instead of one of its
    own.  Not a word that is a given name itself ("carlos" of Carlo, "nicolas" of Nicola) or an
    ordinary English word."""
    words = {w for m in mentions if m.entity_type == "PERSON" for w in name_tokens(m.text)}
    out = []
    for m in mentions:
        word = _lone_name(m)
        if word is not None and word.endswith("s") and word[:-1] in words and len(word) > _MIN_POSSESSED \
                and not _is_given_name(word) and zipf_frequency(word, "en") < _POSSESSIVE_MAX_ZIPF:
            m = replace(m, key=word[:-1])
        out.append(m)
    return out


def _is_given_name(word: str) -> bool:
    info = default_gazetteer().get(word)
    return info is not None and info.first


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_MAX_PLACE_WORDS = 3
# Verbs after which "in" brings in a person, not a place ("she confided in Amaka", "I believe in
# Chidi", "he was interested in Ngozi").
_PERSON_AFTER_IN = re.compile(
    r"(?i)\b(?:confid(?:e|es|ed|ing)|believ(?:e|es|ed|ing)|trust(?:s|ed|ing)?|interested|involved|"
    r"faith|pride|proud|disappointed|rested|resting)[ \t]+in[ \t]+$")


# Words of going or coming before "to" or "from" (a few words back in the clause): what follows
# is where one goes or comes from ("we fled to Ceduna", "the road to Kouroussa", "we moved to
# Kalgoorlie and then to Ceduna"), not someone one speaks to.
_MOVING_BEFORE = re.compile(
    r"(?i)\b(?:mov(?:e|es|ed|ing)|fle(?:e|es|d|eing)|relocat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|"
    r"deport(?:s|ed|ing)?|return(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|drov?e|drives|driving|walk(?:s|ed|ing)?|"
    r"road|roads|highway|route|way|bus|train|flight|journey|trip|km|kilometres|kilometers|miles|originally|"
    r"came|come|comes|coming|escap(?:e|es|ed|ing))\b(?:[ \t]+(?:[^\W\d_]+,?|\d+)){0,5}?[ \t]+(?:to|from)[ \t]+$")
_MOVING_REACH = 60


def place_by_context(text: str, mentions: Sequence[Mention], person_tokens: set[str],
                     is_place: Callable[[str], bool],
                     is_person_name: Callable[[tuple[str, ...]], bool] = lambda tokens: False,
                     is_given_name: Callable[[str], bool] = lambda word: False) -> list[Mention]:
    """Give a "person" right after a locative preposition the type of a place: "we lived in
    Velyka Dymerka", "the shelling near Avdiivka", "we drove to Poltava".

    After "in", "near" and the like: a known place (the gazetteer), even when it is also the
    surname of someone in the run, or a name no name list and no person of the run knows.
    After "to" or "from", which name people as often: a known place that is no given name
    ("to Poltava", not "to Austin").  A possessive ("in Petrov's flat") or an authoritative
    detector's span is left alone."""
    out = []
    for m in mentions:
        if m.entity_type == "PERSON" and not m.known_identity and m.detector not in AUTHORITATIVE:
            before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
            word = before.group(1).casefold() if before else ""
            if word == "in" and _PERSON_AFTER_IN.search(text, max(0, m.start - 30), m.start):
                word = ""  # "she confided in Amaka"
            words = name_tokens(m.text)
            possessive = strip_possessive(m.text) != m.text or text.startswith(("'", "’"), m.end)
            if 0 < len(words) <= _MAX_PLACE_WORDS and not possessive and word in _PLACE_PREPOSITIONS and \
                    _said_as_place(text, m, word, is_place(m.text), lambda: _known_name(words, person_tokens, is_person_name),
                                   any(is_given_name(w) for w in words)):
                m = Mention(m.start, m.end, "LOCATION", m.score, PLACE_CONTEXT, m.text, "", "")
        out.append(m)
    return out


_PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | DIRECTIONAL_PREPOSITIONS


def _said_as_place(text: str, m: Mention, word: str, known_place: bool, known_name: Callable[[], bool],
                   given_name: bool) -> bool:
    """Whether ``m`` after the preposition ``word`` is a place: after "in", "near" and the like
    a known place or a name no name list knows; after "to" or "from" a known place that is no
    given name, or after a word of going a name no name list knows ("fled to Ceduna")."""
    if word in LOCATIVE_PREPOSITIONS:
        return known_place or not known_name()
    if known_place and not given_name:
        return True
    return _moving_before(text, m.start) and not known_name()


def _moving_before(text: str, start: int) -> bool:
    """A word of going or coming a few words before the "to" or "from" that ends at ``start``,
    in the same line and clause, and no word of speaking right before it: "they came after the
    fire and spoke to X" speaks to someone."""
    window = text[max(0, start - _MOVING_REACH, text.rfind("\n", 0, start) + 1):start]
    window = re.split(r"[.;:!?]", window)[-1]
    return _MOVING_BEFORE.search(window) is not None and _SPOKEN_TO.search(window) is None


# A verb of speaking or listening right before "to" or "from": a person follows ("spoke to",
# "heard from", "wrote to").
_SPOKEN_TO = re.compile(
    r"(?i)\b(?:sp[eo]ak(?:s|ing)?|spoke|spoken|talk(?:s|ed|ing)?|said|says?|wr[io]te|writes|written|"
    r"listen(?:s|ed|ing)?|lie[sd]?|lying|repl(?:y|ies|ied)|complain(?:s|ed|ing)?|explain(?:s|ed|ing)?|"
    r"report(?:s|ed|ing)?|heard|hear(?:s|ing)?|apologi[sz](?:e|es|ed|ing))[ \t]+(?:to|from)[ \t]+$")


def _known_name(words: tuple[str, ...], person_tokens: set[str],
                is_person_name: Callable[[tuple[str, ...]], bool]) -> bool:
    """Whether a name lists know ``words`` as a person's, or (one word) a person of the run has
    it; a whole two-word "name" is not evidence of itself ("Velyka Dymerka" tagged a person)."""
    if len(words) == 1 and words[0] in person_tokens:
        return True
    return is_person_name(words) or any(is_person_name((w,)) for w in words)


# How far before a full name, on its line, its given name said alone is still that person
# correcting or completing themselves ("ask dana, uh, dana whitlock"; "leo maybe leo varga").
_GIVEN_NAME_REACH = 40
GIVEN_BEFORE_FULL = "GivenBeforeFullName"
_TITLE_BEFORE = own_compiled(r"(?<![\p{L}'’])([\p{L}'’]+)\.?[^\S\n]+$")


def given_name_before_full_name(text: str, mentions: Sequence[Mention], threshold: float) -> list[Mention]:
    """``mentions`` and a person mention for the given name of a confident full name said alone
    shortly before it on the same line, uncovered, not where the word is a word ("I will ask
    will ..."): the same person, however common the word is in English, with a courtesy title
    said right before it.  A run-wide step only finds such a name again in its full name's text
    when it is no common word (``redactor.refine.propagate``), and a caption has no capitals to
    tell it."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    covered = [(m.start, m.end) for m in out if m.score >= threshold]
    added: list[Mention] = []
    folded = ""  # the text with its marks dropped, made once, for the first full name
    for m in out:
        given = _given_of_full_name(m, threshold)
        if not given:
            continue
        folded = folded or fold_marks(text)
        for start, end in _said_alone_before(text, folded, m, given, covered):
            added.append(Mention(start, end, "PERSON", m.score, GIVEN_BEFORE_FULL, text[start:end],
                                 key=m.key if m.known_identity else "", label=m.label))
            covered.append((start, end))
    if not added:
        return out
    kept = [m for m in out if m.score >= threshold or not any(m.start < a.end and a.start < m.end for a in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _given_of_full_name(m: Mention, threshold: float) -> str:
    """The given name (folded) of a confident person's name of two words or more; else ""."""
    if m.entity_type != "PERSON" or m.score < threshold:
        return ""
    tokens = name_tokens(m.text)
    if len(tokens) < 2 or len(tokens[0]) < 3 or tokens[0] in FUNCTION_WORDS or tokens[0] in MONTHS_AND_DAYS:
        return ""
    return tokens[0]


def _said_alone_before(text: str, folded: str, m: Mention, given: str,
                       covered: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``given`` stands alone within reach before ``m`` on its line, uncovered and not
    after a word that makes it the word, with a title said right before it (``folded``: the
    text with its marks dropped, ``fold_marks``, the same length)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    word = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){regex.escape(given)}(?![\p{{L}}\p{{N}}'’-])", regex.I)
    spans = []
    for found in word.finditer(folded, max(line_start, m.start - _GIVEN_NAME_REACH), m.start):
        start, end = found.span()
        if any(a < end and start < b for a, b in covered) or AS_A_WORD_BEFORE.search(text, max(0, start - 12), start):
            continue
        title = _TITLE_BEFORE.search(text, max(line_start, start - 12), start)
        if title is not None and fold_case(title.group(1)).replace("'", "").replace("’", "") in TITLE_WORDS:
            start = title.start()
        spans.append((start, end))
    return spans


# A word next to a person's name this rare in English and in the other languages the word lists
# hold (Zipf), and in no dictionary, is another word of the name ("farishta rahimi", "Rudo
# Kapfunde"): a surname or given name no list holds ("departamento" of a Spanish phrase is none).
_RARE_NAME_WORD_ZIPF = 2.5
# At most this many such words join a name on each side ("Mahamat Abdelkerim Idriss").
_RARE_NAME_WORDS = 2
_RARE_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_RARE_AFTER = own_compiled(rf"[ \t]+(?P<word>{_RARE_WORD})(?![\w'’-])")
_RARE_BEFORE = own_compiled(rf"(?<![\w'’.-])(?P<word>{_RARE_WORD})[ \t]+$")
_RARE_REACH = 40


def rare_words_beside_names(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int],
                            threshold: float, is_place: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each person's span grown over the words beside it, with only a space
    between, that are in no dictionary, rare in English, no known place and written as the
    name's own word beside them is (capitalised or not): the words of the name the model and
    the lists missed, where propagation found the part the run knew ("farishta" of "farishta
    rahimi. the tazkira is ...", "Rudo" of "Rudo Kapfunde. She is seventeen"), where the name
    grown is said as a phrase of its own (``_said_as_a_phrase``).  Not over a
    word of another mention (but the model's one word a titled name takes, see
    :func:`_model_words`), nor across a piece boundary (a speaker field, a cue)."""
    taken = sorted((m.start, m.end) for m in mentions)
    yielding = _model_words(mentions)
    out = []
    for m in mentions:
        if m.entity_type == "PERSON" and m.score >= threshold and m.text.strip():
            grown = _grown_over_rare_words(text, m, taken, piece_starts, is_place, yielding)
            if grown is not m:
                taken = sorted({*taken, (grown.start, grown.end)})
            m = grown
        out.append(m)
    grown_people = [(m.start, m.end) for m in out if m.entity_type == "PERSON"]
    return [m for m in out if (m.start, m.end) not in yielding
            or not any(s <= m.start and m.end <= e for s, e in grown_people)]


def _model_words(mentions: Sequence[Mention]) -> frozenset[tuple[int, int]]:
    """The spans of the model's places and companies of one word: after a titled name the model
    cut short, its next word ("Bwana Makame Faki" + "Mselem", called a place), which the name
    then takes (:func:`_titled_given_name_then`)."""
    return frozenset((m.start, m.end) for m in mentions
                     if m.detector == MODEL_DETECTOR and m.entity_type in ("LOCATION", "ORGANIZATION")
                     and len(m.text.split()) == 1)


def _grown_over_rare_words(text: str, m: Mention, taken: Sequence[tuple[int, int]],
                           piece_starts: Sequence[int], is_place: Callable[[str], bool],
                           yielding: frozenset[tuple[int, int]] = frozenset()) -> Mention:
    # a listed name or a word no list knows joins the name wherever it is said, but a thing's
    # ("the santo star", a boat) ...
    start, end = m.start, m.end
    if not _AFTER_A_DETERMINER.search(text, max(0, start - _RARE_REACH), start):
        start, end = _grown(text, start, end, piece_starts,
                            lambda match, name, after: _surely_a_name_word(match, name, after, taken, is_place, yielding))
    # ... a merely rare word only where the grown name is said as a phrase of its own
    wider = _grown(text, start, end, piece_starts,
                   lambda match, name, after: _name_word_beside(match, name.split()[-1 if after else 0], taken, is_place))
    if wider != (start, end) and _said_as_a_phrase(text, *wider, piece_starts):
        start, end = wider
    if (start, end) == (m.start, m.end):
        return m
    return replace(m, start=start, end=end, text=text[start:end], key=m.key if m.known_identity else "")


def _grown(text: str, start: int, end: int, piece_starts: Sequence[int],
           joins: Callable[[regex.Match, str, bool], bool]) -> tuple[int, int]:
    """``(start, end)`` grown over at most ``_RARE_NAME_WORDS`` words on each side, with only a
    space between and no piece boundary, that ``joins`` (the word's match, the name grown so
    far, whether the word is after it) takes as words of the name."""
    for _ in range(_RARE_NAME_WORDS):
        after = _RARE_AFTER.match(text, end)
        if after is None or _piece_between(piece_starts, end, after.start("word")) or \
                not joins(after, text[start:end], True):
            break
        end = after.end()
    for _ in range(_RARE_NAME_WORDS):
        before = _RARE_BEFORE.search(text, max(0, start - _RARE_REACH), start)
        if before is None or _piece_between(piece_starts, before.end("word"), start) or \
                not joins(before, text[start:end], False):
            break
        start = before.start()
    return start, end


# What stands around a name said as a phrase of its own: punctuation or a line's start or end.
# ... or the words that say who someone is ("my name is Mahamat Abdelkerim Idriss", "I'm ...").
_PHRASE_OPENS = own_compiled(r"(?:^|[,.;:!?(\[\"“>\u2013\u2014-]|(?<![\w'’])(?i:is|am|was|i['’]m))[ \t*_]*$", regex.M)
_PHRASE_CLOSES = own_compiled(r"[ \t*_]*(?:[,.;:!?)\]\"”\u2013\u2014]|$)", regex.M)


def _said_as_a_phrase(text: str, start: int, end: int, piece_starts: Sequence[int]) -> bool:
    """Whether the grown name at ``text[start:end]`` is said as a phrase of its own (the name
    an answer gives, one in apposition): punctuation, a line's or a piece's start before it, and
    punctuation or a line's end after it ("farishta rahimi. the tazkira", ", iosefa taafaki\"").
    A rare word in running text beside a name ("de salud and the ...") is not grown over."""
    opens = _PHRASE_OPENS.search(text, max(0, start - 10), start) is not None or start in piece_starts
    return opens and _PHRASE_CLOSES.match(text, end) is not None


def _name_word_beside(match: regex.Match, beside: str, taken: Sequence[tuple[int, int]],
                      is_place: Callable[[str], bool]) -> bool:
    """Whether the word ``match`` found beside a name's word ``beside`` is a word of that name:
    written as it is (capitalised or not), in no other mention, and no ordinary word or place."""
    word = match.group("word")
    if word[:1].isupper() != beside.lstrip("\"'“‘(")[:1].isupper() or _in_another(match, taken):
        return False
    folded = fold_case(word)
    return (folded not in FUNCTION_WORDS and folded not in MONTHS_AND_DAYS
            and zipf_frequency(folded, "en") < _RARE_NAME_WORD_ZIPF and foreign_zipf(folded) < _RARE_NAME_WORD_ZIPF
            and not is_dictionary_word(folded) and not is_place(folded))


# A determiner right before a "name": a thing's name or a word ("the santo star", "a grace").
_AFTER_A_DETERMINER = own_compiled(rf"(?<![\w'’-])(?i:{'|'.join(sorted(DETERMINERS))})[ \t]+$")

# A courtesy title and a capitalised given name ("Mr. Benjie", "Mrs. Pamela"): the capitalised
# word said right after is the surname, whatever it is in English ("Mr. Benjie Uy", "Mrs. Pamela
# Were"); over the design sets' gold, 133 times in 133 where it was annotated at all.
_TITLED_GIVEN_NAME = own_compiled(
    rf"(?i:{'|'.join(sorted(COURTESY_TITLES | ABBREVIATED_TITLES))})\.?[ \t]+\p{{Lu}}[\p{{Ll}}'’-]+")
# An honorific of another tradition, of the honorifics table or said before a name in many
# languages ("Bwana", "Daw", "Doña", "Hajj", "Senhor", "Ustaz"), and one to three capitalised
# words of a name: the capitalised word said right after is the name's too, as after "Mr.", even
# one English or another language knows ("Bwana Makame Faki" + "Mselem", "Daw Khin Phyu" +
# "Win"); where a name follows such a title over the design sets' gold (22 sets), 61 times in
# 64, the others a temple's or a firm's name after "Sri".
_TRADITION_TITLES = (NAME_HONORIFICS | {word.lower() for word in CASED_HONORIFICS}) - COURTESY_TITLES
_TITLED_NAME_WORDS = own_compiled(r"\p{Lu}[\p{Ll}'’-]+")
_TITLED_NAME_MAX_WORDS = 3

# ... but for the words of what someone is, months and days, and what is said to someone.
_NEVER_AFTER_TITLED = ROLE_NOUNS | TITLE_WORDS | KINSHIP_WORDS | MONTHS_AND_DAYS | VOCATIVE_CUES | FILLERS

# Words that are never a name's own word beside it, however a name list has them: the words of
# a sentence around a name ("said", "told", "and"), of what someone is ("captain", "son", "guy"),
# months and days; a name's particle, which joins a name only with the name's word after it
# ("legales de" + "la isla" of a Spanish phrase is no name).
_NEVER_NAME_WORDS = NOT_A_NICKNAME | ROLE_NOUNS | TITLE_WORDS | KINSHIP_WORDS | MONTHS_AND_DAYS | PARTICLES
# A name list's word at least this frequent in English is too common a word to join a name in
# running text ("were" of "Pamela were"; "young", "french", "german" before a model's "person":
# "young fella", "french lycée", "german sim"); "Joy", "Grace", "Prince", "Alas" are rarer.
_LISTED_NAME_WORD_MAX_ZIPF = 4.9
# A name that is also an English word joins only when the lists of this many locales have it
# ("Joy", "Grace", "Prince"; not "red", "star", "zero" of a model's "person" that is a thing:
# "a red genesis", "the santo star", "breakage zero"), or is one of the given names that are
# words the lists lack ("Gift", "Memory").
_WORD_NAME_LOCALES = 2


def _surely_a_name_word(match: regex.Match, name: str, after: bool, taken: Sequence[tuple[int, int]],
                        is_place: Callable[[str], bool], yielding: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Whether the word ``match`` found beside ``name`` (after it or before) is a word of that
    name in running text too: written as the name's word beside it is, in no other mention, not
    the same word said twice ("yassine yassine ben hmida"), neither it, its parts nor the name's
    word a word of a sentence, of what someone is or a particle ("mr nyathi", "de" + "la",
    "brother-in-law"), and either a given name of the name lists before the name or a given name
    or surname after it ("joy ann bacalso", "grace toke", "Karla Beatriz Menjívar Alas"), or,
    after it, a word in no list at all, English or foreign, nor dictionary nor place ("lopeti vake
    went home", "Brahim Id Lahcen was burned"), or any capitalised word, no place, after a
    courtesy title and a given name or another tradition's honorific and a name ("Mr. Benjie Uy",
    "Daw Khin Phyu Win"), even the model's one word of a place there; a name that is an English
    word too only if the lists of two locales or more have it.  Over the design sets' gold, such a word beside a
    person's word is that person's 3,182 times out of 3,216, most of the others a possessive or a
    foreign title."""
    word, name_word = match.group("word"), name.split()[-1 if after else 0].lstrip("\"'“‘(").rstrip(".,;:")
    folded = fold_case(word)
    if word[:1].isupper() != name_word[:1].isupper() or folded == fold_case(name_word):
        return False
    another = _in_another(match, taken)
    if after and (not another or match.span("word") in yielding) and _titled_given_name_then(name, word, is_place):
        return True  # "Mr. Benjie" + "Uy", "Mrs. Pamela" + "Were", "Bwana Makame Faki" + "Mselem"
    if another:
        return False
    if {folded, fold_case(name_word), *folded.split("-")} & _NEVER_NAME_WORDS:
        return False
    if after and _in_no_list(folded, is_place) and not _in_another_language(match):
        return True  # before a name such a word is as often a title of another language ("shambel", "kangani")
    return _listed_name_word(word, after)


def _titled_given_name_then(name: str, word: str, is_place: Callable[[str], bool]) -> bool:
    """Whether ``word`` after ``name``, a courtesy title and a given name or another tradition's
    honorific and a name's first words, is the name's next word."""
    folded = fold_case(word)
    return ((_TITLED_GIVEN_NAME.fullmatch(name) is not None or _tradition_titled(name))
            and word[:1].isupper() and len(word) > 1
            and folded not in _NEVER_AFTER_TITLED and not is_place(folded))


def _tradition_titled(name: str) -> bool:
    """Whether ``name`` is an honorific of another tradition, written with its capital, and one
    to three capitalised words ("Bwana Makame Faki", "Daw Khin Phyu", "Doña Carmen")."""
    title, *words = name.split()
    return title[:1].isupper() and fold(title.rstrip(".")) in _TRADITION_TITLES \
        and 1 <= len(words) <= _TITLED_NAME_MAX_WORDS and all(_TITLED_NAME_WORDS.fullmatch(w) for w in words)


def _in_no_list(folded: str, is_place: Callable[[str], bool]) -> bool:
    """Whether no word list, English or foreign, no dictionary and no place list has ``folded``."""
    return (zipf_frequency(folded, "en") == 0 and foreign_zipf(folded) == 0
            and not is_dictionary_word(folded) and not is_place(folded))


_NEXT_WORD = own_compiled(r"[ \t]+([^\W\d_]+)")


def _in_another_language(match: regex.Match) -> bool:
    """Whether the word ``match`` found is in a phrase of another language rather than a name:
    followed by another word English does not know ("Türk Silahlı Kuvvetlerinde", "organach
    bezpieczeństwa państwa"), or inside parentheses, where an English text glosses a term in the
    other language ("(Stowarzyszenie Penitencjarne “Patronat”)")."""
    text, start = match.string, match.start("word")
    following = _NEXT_WORD.match(text, match.end("word"))
    if following is not None and zipf_frequency(fold_case(following.group(1)), "en") == 0 \
            and not is_dictionary_word(fold_case(following.group(1))):
        return True
    line = text[text.rfind("\n", 0, start) + 1:start]
    return line.rfind("(") > line.rfind(")")


def _listed_name_word(word: str, after: bool) -> bool:
    """Whether the name lists give ``word`` as a given name (or, ``after`` a name, a surname) and
    it is no common English word, or one the lists of several locales have ("Joy", "Grace")."""
    folded = fold_case(word)
    info = default_gazetteer().lookup(word)
    return (info is not None and (info.first or (after and info.last))
            and zipf_frequency(folded, "en") < _LISTED_NAME_WORD_MAX_ZIPF
            and (info.locales >= _WORD_NAME_LOCALES or not info.is_word or folded in WORD_GIVEN_NAMES))


def _in_another(match: regex.Match, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether the word ``match`` found overlaps a span of ``taken`` (sorted)."""
    a, b = match.span("word")
    i = bisect.bisect_left(taken, (b, -1))
    return any(s < b and e > a for s, e in taken[max(0, i - 3):i + 1])


# The word after a name that tells a father from a son of one name ("tavita senior, he is a
# fisherman", "John Okafor Jr."), then the end of the phrase: punctuation, a line's end or a
# function word ("rémi senior, the father"; "papa tangi senior he was"), never a noun it
# qualifies ("Kofi senior staff", "Ama junior doctor").
_GENERATION = own_compiled(r"(?i)[ \t]+(?:senior|junior|snr|jnr|[sj]r\.?)(?![\w'’-])"
                            r"(?=[ \t]*(?:[,;:!?.)\]\"”\n]|$)|[ \t]+(?P<next>[^\W\d_]+)(?![\w'’-]))")


_YOUNGER = frozenset({"junior", "jnr", "jr"})


def generations_after_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's span grown over "senior", "junior", "Sr." or "Jr." said
    right after it at a phrase's end: the word is part of how that person is named (see
    ``_GENERATION``).  Not over another mention.  Where the document names someone by the
    name alone too ("ti-rémi, because his father is also rémi. rémi senior, the father"), the
    word tells the two apart: the grown name is keyed ``NAMESAKE`` with it, a person of its own."""
    starts = sorted(m.start for m in mentions)
    out: list[Mention] = []
    grown: list[int] = []
    for m in mentions:
        found = _GENERATION.match(text, m.end) if m.entity_type == "PERSON" else None
        if found is not None and (found["next"] is None or fold_case(found["next"]) in FUNCTION_WORDS):
            i = bisect.bisect_left(starts, m.end)
            if i == len(starts) or starts[i] >= found.end():
                m = replace(m, end=found.end(), text=text[m.start:found.end()], key=m.key if m.known_identity else "")
                grown.append(len(out))
        out.append(m)
    if grown:
        bare = {name_tokens(m.text) for n, m in enumerate(out) if m.entity_type == "PERSON" and n not in grown}
        for n in grown:
            m = out[n]
            words = name_tokens(m.text)
            if words and not m.known_identity and (words in bare or words[-1:] in bare):
                # the elder keyed as ``key_namesakes`` keys the relative of the name ("his father
                # is also rémi"); the younger apart from him
                younger = fold_case(m.text.split()[-1]).rstrip(".") in _YOUNGER
                out[n] = replace(m, key=f"{NAMESAKE}{' '.join(words)}{' junior' if younger else ''}")
    return out


# One to three initials said or written after a name ("rajeevan k p", "mabiala p g,", "revaz m,",
# "Mutinta C.", "Anas K. P."): single letters, each with its full stop or all of them ending the
# phrase (a mark, the line's or the text's end), so that a letter that is a word before another
# ("juan y maria", "o patrão", "u thein") is not taken.  Never "a" or "i" (the article and the
# pronoun), nor a letter before a colon (the next turn's label: "xiao yan\nq: do you"), nor a
# judgment's "v." ("Marper v. the United Kingdom": versus).
_INITIAL = r"(?![aAiI]\b)(?!v\.)[^\W\d_]"
_INITIALS_AFTER = own_compiled(
    rf"(?:[ \t]+{_INITIAL}\.){{1,3}}(?![\w'’:])"
    rf"|(?:[ \t]+{_INITIAL}){{1,3}}(?=[ \t]*(?:[,;!?\"”)\]\n]|\.(?![^\W_])|$))")


def initials_after_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's span grown over the initials right after it
    (``_INITIALS_AFTER``), not over another mention: left outside, they stay in the clear
    beside the pseudonym, and a surname's initials tell who it is as the surname does.  In the
    design sets' gold, letters after a person's name are part of its span every time (7 of 7).
    A name that is letters only ("k", "r m") takes none.  The grown span is keyed by the name
    it grew from: the person of "rajeevan" and "Rajeevan" said alone, not a name of its own."""
    starts = sorted(m.start for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        found = _INITIALS_AFTER.match(text, m.end) if m.entity_type == "PERSON" else None
        if found is not None and any(len(w) > 1 for w in name_words(m.text)):
            i = bisect.bisect_left(starts, m.end)
            if i == len(starts) or starts[i] >= found.end():
                m = replace(m, end=found.end(), text=text[m.start:found.end()], key=m.key or m.text)
        out.append(m)
    return out


# A lone word the model called a place or a company is a person's short name where it is the
# start of a word of a name the document gives a person, or one part of a hyphenated one
# ("kez" of Kezia Browne, "nev" of Neville Thomas, "Ánte" of Nils-Ánte Aikio, "Polen-Ewa" of
# Ewa Kaczmarczyk, "thirunavukkarasu" of "thiru anna"), at least this many letters shared.
_TIED_LETTERS = 3
# ... and no word English uses this often (Zipf), no known place.
_TIED_WORD_MAX_ZIPF = 3.5


def short_names_typed_as_places(mentions: Sequence[Mention], is_place: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with each one-word place or company the model (or its form found again)
    gave, tied to a word of a person's name in the same document (see ``_TIED_LETTERS``), made
    a person: the nickname steps and resolution then join it to that person, where as a place
    it kept a pseudonym of its own."""
    words = {w for m in mentions if m.entity_type == "PERSON" and m.detector not in AUTHORITATIVE
             for w in name_tokens(m.text)}
    if not words:
        return list(mentions)
    parts = {w for w in words if len(w) >= _TIED_LETTERS}  # (name_tokens splits hyphenated names)
    out = []
    for m in mentions:
        if m.entity_type in {"LOCATION", "ORGANIZATION"} and m.detector in _MODEL_GUESSES and not m.key \
                and len(tokens := name_words(m.text)) == 1 and _tied_to_a_name(tokens[0], parts, is_place):
            m = replace(m, entity_type="PERSON")
        out.append(m)
    return out


def _tied_to_a_name(word: str, parts: set[str], is_place: Callable[[str], bool]) -> bool:
    own = [part for part in word.split("-") if len(part) >= _TIED_LETTERS]
    if not own or zipf_frequency(word, "en") >= _TIED_WORD_MAX_ZIPF or is_place(word):
        return False
    # a word longer than the name's: the name is its start, cut short ("thiru" of
    # "thirunavukkarasu"), not the name with an ending ("two Olenas")
    return any(p.startswith(part) or (part.startswith(p) and len(p) > _TIED_LETTERS and len(part) - len(p) >= _TIED_LETTERS)
               for part in own for p in parts)
