"""A name said again in full right after a shorter form of it: the whole restatement is the person.

Speakers name someone, then correct themselves with the full name: "the hr manager, monsieur
ondo, serge ondo mba, they wrote", "the principal signs for me, mister taafaki, iosefa taafaki",
"tanty mabel, mabel st. bernard", "the owner is senyor vallira, ramon vallira i serra.",
"joaquim. joaquim casals i puig.", "Anas, Muhammed Anas K., twenty-four".  The model and the name
lists find the word said twice and miss the words said once (a surname that is an English
abbreviation, "mba"; a particle, "st.", "i"; a given name no list holds, "iosefa"; the full stop
of an initial), which then stand in the clear beside the pseudonym.

Run per document after the nickname steps, before appositions are linked: after a person
mention, a comma, a full stop or a line break, a phrase that shares a word with that mention
and ends a clause (a comma, a full stop, another stop or the line's end right after it) is that
person named in full when every other word of it is a name's word: no function word, no
everyday English word (unless the name lists hold it as a name rather than a word), no plural
of a thing ("george pearls", a firm named by its owner), an initial, or a name particle
between two words ("st.", "mc", "de", "i" of Catalan names).  The phrase becomes one person
mention over the mentions inside it, keyed by the shorter form said first (its person: one
pseudonym for both, as ``initials_after_names`` keys a name it grows).  Only where a letter of
the phrase is left in the clear: a phrase the mentions cover already, whatever their types
("sosefo" a person, "tauvale" a place), stays as found, lest a new span part it from the forms
said elsewhere.  Not across a piece boundary (a cue, a speaker field), not over a mention that
reaches out of the phrase, not across a sentence's end, and not a phrase with a function word
("goran is suspended", "abdi the tall") or an everyday word ("rosa meléndez. don't").
"""

from __future__ import annotations

import bisect
from typing import Sequence

from redactor.detect.prefilter import own_compiled
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import parts_of_speech
from redactor.lexicon.folding import fold_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, PARTICLES, default_gazetteer
from redactor.lexicon.titles import NOT_NAME_WORDS
from redactor.model import Mention

DETECTOR = "RestatedName"
# A word of the restatement that is no word of the shorter form: rarer than this in English
# (Zipf), unless the name lists hold it as a name rather than a word ("bernard").
_NAME_WORD_MAX_ZIPF = 4.0
# Words of a restatement, the shared one among them.
_MIN_WORDS, _MAX_WORDS = 2, 5
# Particles of names said between two of its words: the lists' ("de", "van", "bin") and the
# Anglo-Irish "St."/"Mc"/"Mac" written apart ("mabel st. bernard", "richard mc intyre").
_PARTICLES = PARTICLES | frozenset("st mc mac".split())
_MONTHS_AND_DAYS = frozenset(w.casefold() for w in MONTHS_AND_DAYS)
# After a mention: the separator (a comma, a full stop, a line break), then the phrase up to the
# end of its clause.  A word may hold an apostrophe or a hyphen inside ("marie-ange", "o'neil")
# and end with the full stop of an initial or an abbreviation ("K.", "st.").
_WORD = r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*\.?"
_RESTATED = own_compiled(
    rf"""(?x) [^\S\n]* (?: [,.] [^\S\n]* \n? | \n ) [^\S\n]*
    (?P<phrase> {_WORD} (?: [^\S\n]+ {_WORD} ){{{_MIN_WORDS - 1},{_MAX_WORDS - 1}}} )
    (?= [^\S\n]* (?: [,;:?!"”)\n] | \.(?!\p{{L}}) | $ ) | (?<=\.) )""")
_OWN_WORDS = own_compiled(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")


def names_restated_in_full(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = ()) -> list[Mention]:
    """``mentions`` with each full name said right after a shorter form of it made one person
    mention (see the module's doc)."""
    people = [m for m in mentions if m.entity_type == "PERSON"]
    if not people:
        return list(mentions)
    out = list(mentions)
    for a in sorted(people, key=lambda m: m.start):
        found = _RESTATED.match(text, a.end)
        if found is None:
            continue
        start, end = found.span("phrase")
        if text[end - 1] == "." and len(text[found.start("phrase"):end].split()[-1]) > 2:
            end -= 1  # a sentence's full stop, not an initial's ("casals i puig.", not "Anas K.")
        if _crosses(piece_starts, a.start, end):
            continue
        grown = _restatement(text, a, start, end, out)
        if grown:
            inside = [m for m in out if start <= m.start and m.end <= end]
            out = [m for m in out if not (start <= m.start and m.end <= end)]
            # keyed by the shorter form said first, whose person it is (one pseudonym for both)
            key = a.key or a.text
            out.append(Mention(start, end, "PERSON", max([a.score, *(m.score for m in inside)]), DETECTOR,
                               text[start:end], key=key))
    return sorted(out, key=lambda m: (m.start, m.end))


def _crosses(piece_starts: Sequence[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(piece_starts, start)
    return i < len(piece_starts) and piece_starts[i] < end


def _restatement(text: str, a: Mention, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """True when the phrase at ``start:end`` restates the person ``a`` in full and adds to what
    the mentions already cover."""
    words = text[start:end].split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    said = {fold_name(w) for w in _OWN_WORDS.findall(a.text)} - FUNCTION_WORDS
    folded = [fold_name(w.rstrip(".")) for w in words]
    if not said & set(folded) or all(f in said for f in folded) or not _said_as_a_name(words, folded, said):
        return False
    if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in mentions):
        return False  # a mention reaching out of the phrase
    return not _covered(text, start, end, mentions)


def _said_as_a_name(words: Sequence[str], folded: Sequence[str], said: set[str]) -> bool:
    """Whether each word of the phrase is a word of the shorter form, an initial, a particle
    between two words or a name's word, and no sentence ends inside it."""
    for i, (word, f) in enumerate(zip(words, folded)):
        if word.endswith(".") and i < len(words) - 1 and len(f) > 2:
            return False  # a sentence ends inside ("rosa meléndez. don't")
        if f in said:
            continue
        inner = 0 < i < len(words) - 1
        if len(f) == 1 and f.isalpha():
            if f in FUNCTION_WORDS and not inner:
                return False  # "I" or "a" closing or opening the phrase is no initial
            continue  # an initial ("k p", "K.")
        if f in _PARTICLES and inner:
            continue
        if not _name_word(word.rstrip("."), f):
            return False
    return True


def _covered(text: str, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Whether the mentions inside ``start:end`` cover every letter of it already, whatever
    their types ("sosefo" a person, "tauvale" a place): then nothing is left in the clear, and
    a new span would only part the forms said elsewhere from it."""
    letters = {i for i in range(start, end) if not text[i].isspace()}
    for m in mentions:
        letters.difference_update(range(max(m.start, start), min(m.end, end)))
    return not letters


def _name_word(word: str, folded: str) -> bool:
    """A word that may be a name's: no function, title or calendar word, no everyday English
    word unless the name lists hold it as a name rather than a word, no plural of a thing."""
    if folded in FUNCTION_WORDS or folded in NOT_NAME_WORDS or folded in _MONTHS_AND_DAYS:
        return False
    if not all(c.isalpha() or c in "'’-" for c in word):
        return False
    info = default_gazetteer().lookup(word)
    if info is not None and info.is_name_not_word:
        return True
    if folded.endswith("s") and "noun" in parts_of_speech(folded[:-1]) \
            and zipf_frequency(folded[:-1], "en") >= _NAME_WORD_MAX_ZIPF - 0.5:
        return False  # the plural of a thing: a firm named by its owner ("george pearls")
    return zipf_frequency(folded, "en") < _NAME_WORD_MAX_ZIPF
