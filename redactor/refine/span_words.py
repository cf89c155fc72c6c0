"""A guessed person's span made the name's words only: an ordinary word glued on, two mentions fused.

In lower-case automatic transcripts nothing shows where a name starts, and the model or the
name lists take a word beside it into the span: "after two weeks okafor came" gives "weeks
okafor", "the driver man baraka said" gives "man baraka".  The span then is a "person" of its
own, whose pseudonym differs from the one "chidi okafor" gets; the surname alone would have
joined him.  And a speaker who says a name again after a few words ("he is tariq osei si tariq",
"malik danso malik sahib sent it") leaves one span over both mentions, a four-word "name" no
other mention of the person fits.

- :func:`trim_ordinary_words` cuts from a guessed person's span in lower case an ordinary word
  at its start ("weeks", "man", "so": a function word, or a word common in English that no name
  list gives as a given name; not a family name before a given name of two syllables: "park
  ji-woo") or a function word or verb of speech at its end ("baraka said").
  Titles, honorifics, kinship words, nickname adjectives and particles ("mr", "uncle", "big",
  "van") stay; so does a given name that is also a word ("rose okafor", "precious okafor"), and
  a name brought in as one goes by it or as an account's ("her facebook is sweet mae").
- :func:`split_names_said_again` cuts a person's span in lower case where a word of the name
  comes again after another ("tariq osei si" | "tariq"), not where a word is said twice in a
  row (a stammer: "lena lena moreau" is one mention) nor in a three-word name that ends with its
  first word ("abdi mohamed abdi").  The first mention is keyed by its name without
  common words it ended with ("tariq osei"), the second, whose words are all the first's, by
  the same name: two mentions of one person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.variants import default_given_names
from redactor.lexicon.folding import fold
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import (FUNCTION_WORDS, PARTICLES, SPEECH_VERBS, WORD_GIVEN_NAMES, default_gazetteer,
                                    given_syllables)
from redactor.lexicon.titles import (CASED_HONORIFICS, COURTESY_TITLES, NICKNAME_ADJECTIVES, NOT_NAME_WORDS, PREPOSED_HONORIFICS,
                                     is_title)
from redactor.model import GUESSING_DETECTORS, Mention

# Detectors that guess a name's extent: the model and the name lists.
# A word without a name-list entry this common in English (Zipf) is an ordinary word.
_ORDINARY_ZIPF = 3.5
_WORD = re.compile(r"\S+")
# Words that belong to a name's span wherever they stand.
_NAME_SPAN_WORDS = NOT_NAME_WORDS | PREPOSED_HONORIFICS | NICKNAME_ADJECTIVES | PARTICLES
# Honorifics written first in a name ("U", "Ma", "Ko"): in a caption's small letters too, before
# two words of a name or more ("u thein htike"), though alone they are other words ("u", "ma").
_HONORIFICS_FIRST = frozenset(word.lower() for word in CASED_HONORIFICS)


def _ordinary(word: str) -> bool:
    """Whether folded ``word`` is an ordinary word, not a name's: a function word, or a word
    common in English that no name list gives as a given name only or rather than a surname
    ("precious", "mercy", "gift" and "rose" are names before a surname; "man" and "young" are
    given names in one list and surnames in more)."""
    if word in FUNCTION_WORDS:
        return True
    if word in _NAME_SPAN_WORDS or word in WORD_GIVEN_NAMES or is_title(word) \
            or default_given_names().knows(skeleton(word)):
        return False
    info = default_gazetteer().get(word)
    if info is None:
        return zipf_frequency(word, "en") >= _ORDINARY_ZIPF
    return info.is_word and not info.is_given_rather_than_surname and not (info.first and not info.last)


# A pronoun with its verb, which starts the next clause: "ionut muresan i'm the one", "baraka he's".
_PRONOUN_CONTRACTION = re.compile(r"(?:i|you|he|she|it|we|they)['’](?:m|s|re|d|ll|ve)")


def _clause_start(word: str) -> bool:
    """Whether folded ``word`` at a name's end starts the next clause whatever brought the name
    in: "i" or a pronoun with its verb ("my name is ionut muresan i'm the agent")."""
    return word == "i" or _PRONOUN_CONTRACTION.fullmatch(word) is not None


def _trailing(word: str) -> bool:
    """Whether folded ``word`` at a name's end is the sentence's: a function word, a verb of
    speech ("baraka said") or a pronoun with its verb ("muresan i'm"), not a particle."""
    return ((word in FUNCTION_WORDS or word in SPEECH_VERBS) and word not in PARTICLES) or _clause_start(word)


def _titled_surname_then_word(words: Sequence[str]) -> bool:
    """A courtesy title, a surname (no given name) and an ordinary word: the word is the
    sentence's ("mister butkus read it"; "mister john brown" is a name)."""
    title, name, word = words
    return (title.rstrip(".") in COURTESY_TITLES and word.isalpha() and not default_given_names().knows(skeleton(name))
            and _ordinary(word))


def _trimmed(m: Mention, as_said: bool = False) -> Mention:
    """``m`` cut of the ordinary words at its ends; with ``as_said`` (a name brought in as one
    goes by it, whose words may be ordinary ones) only of a next clause's start."""
    words = list(_WORD.finditer(m.text))
    first, last = 0, len(words)
    ends_name = _clause_start if as_said else _trailing
    while not as_said and last - first > 1 and words[first].group().isalpha() and words[first].group().islower() \
            and _ordinary(fold(words[first].group())) and not given_syllables(words[first + 1].group()) \
            and not (words[first].group() in _HONORIFICS_FIRST and last - first >= 3):
        first += 1
    while last - first > 1 and words[last - 1].group().replace("'", "").replace("’", "").isalpha() \
            and words[last - 1].group().islower() and ends_name(fold(words[last - 1].group())):
        last -= 1
    if not as_said and last - first == 3 and _titled_surname_then_word([fold(w.group()) for w in words[first:last]]):
        last -= 1
    if (first, last) == (0, len(words)):
        return m
    start, end = m.start + words[first].start(), m.start + words[last - 1].end()
    return replace(m, start=start, end=end, text=m.text[start - m.start:end - m.start], key="")


# Words that bring in a name one goes by or an account's name, whose words may be ordinary ones
# ("her facebook is sweet mae", "a page called golden harvest", "we call him small boy"): such a
# span is the name as said, left whole.
_NAME_AS_SAID_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:named|called|call|calls|known|alias|nickname|name|names|account|page|profile|handle|username"
    r"|user|fb|facebook|instagram|ig|tiktok|telegram|whatsapp|messenger|twitter|youtube|channel|group|viber|signal"
    r"|as)(?![^\W\d_])[^.!?\n]{0,30}$")
_CONTEXT_REACH = 60


def trim_ordinary_words(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each guessed person's span in lower case cut of the ordinary words at
    its ends (see the module docstring); a name brought in as one goes by it or as an account's
    ("her facebook is sweet mae") only of the next clause's start ("my name is elie saad i")."""
    return [_trimmed(m, _NAME_AS_SAID_BEFORE.search(text, max(0, m.start - _CONTEXT_REACH), m.start) is not None)
            if m.entity_type == "PERSON" and m.detector in GUESSING_DETECTORS and not m.known_identity
            and not m.label and m.text.islower() else m
            for m in mentions]


def _said_again_at(tokens: Sequence[str]) -> int:
    """The index of the first word of a name said again: a word that came before, and not
    right before it; 0 if none."""
    for j in range(2, len(tokens)):
        if tokens[j] in tokens[:j - 1] and tokens[j] != tokens[j - 1]:
            return j
    return 0


def _name_key(tokens: Sequence[str]) -> str:
    """The name a mention's words say: its words without ordinary words after its first two
    ("tariq osei si" is Tariq Osei)."""
    kept = list(tokens[:2])
    for token in tokens[2:]:
        if zipf_frequency(token, "en") >= _ORDINARY_ZIPF or token in FUNCTION_WORDS:
            break
        kept.append(token)
    return " ".join(kept)


def _split(m: Mention) -> list[Mention]:
    words = list(_WORD.finditer(m.text))
    tokens = [fold(w.group()).strip(".,;:!?") for w in words]
    j = _said_again_at(tokens)
    # "abdi mohamed abdi" is one name (a grandfather's name may be the given name again)
    if not j or (j == 2 and len(tokens) == 3):
        return [m]
    key = _name_key([t for t in tokens[:j] if t not in NOT_NAME_WORDS])
    first_end, second_start = m.start + words[j - 1].end(), m.start + words[j].start()
    first = replace(m, end=first_end, text=m.text[:first_end - m.start], key=key)
    second = replace(m, start=second_start, text=m.text[second_start - m.start:], key="")
    if all(t in key.split() or t in NOT_NAME_WORDS for t in tokens[j:]):
        second = replace(second, key=key)
    return [first, *_split(second)] if second.key == "" else [first, second]


def split_names_said_again(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each guessed person's span that says a name twice cut in two mentions
    (see the module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        if m.entity_type == "PERSON" and m.detector in GUESSING_DETECTORS and m.text.islower() and not m.known_identity \
                and not m.label:
            out.extend(_split(m))
        else:
            out.append(m)
    return out
