"""Names said with an honorific or a kinship word of the speaker's language (the honorifics table).

People in the transcripts are called by a respect or kinship word and a name: "sekuru Tawanda"
(Shona uncle), "meme Ndapewa" (Oshiwambo), "Pa Sorie Kamara" (Krio), "Dott. Mario Rossi",
"Attorney Lin", "teacher Kalisa", or with the word after the name: "Nasreen bibi", "Bold guai",
"Kovács úr".  ``redactor/data/honorifics.tsv`` lists these words by language
(:mod:`redactor.lexicon.titles` reads it).  Two things follow, both here:

- the word belongs to the person's span (:func:`word_title_start`, :func:`honorific_after`), as a
  courtesy title does: it tells how the person is known, and a name half covered is half hidden.
  A word that is also an English word ("uncle", "teacher", "meme") joins only where it is no
  relation or job of someone's: not after a determiner or a possessive ("my uncle Bakyt", "the
  chef Moussa" describe);
- the word makes the next word a person's name the model and the name lists missed
  (:func:`names_with_honorifics`): a caption's "baba farai", "attorney han", "uncle bek", as
  "Mr X" does, where that word is no English word (or a name the lists hold that English hardly
  uses) and no place or organisation found in the text ("Mama Africa", "uncle said", "sister
  company", "teacher training" are not people).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redactor.lexicon import prefix_alternation
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.folding import fold_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS, default_gazetteer
from redactor.lexicon.places import default_places, fold_place, public_places
from redactor.lexicon.titles import (ENDEARMENTS, HONORIFIC_ROWS, KINSHIP_TITLES, NOT_NAME_WORDS, TABLE_AFTER, TABLE_AFTER_ANY_CASE,
                                     TABLE_TEKNONYMS, TABLE_WORD_TITLES, is_title)
from redactor.model import MODEL_DETECTOR, Mention

DETECTOR = "HonorificName"
# As sure as a name the lists know after a title ("Mama Wanjiru").
SCORE = 0.6
# A word no list knows this rare in English (Zipf) is no English word: a name after a title.
RARE_ZIPF = 3.0
# A name the lists know may be commoner ("han", "chen", "lin"), but not an everyday word
# ("mark", "rose", "company", "said" are names in some list too).
KNOWN_NAME_MAX_ZIPF = 4.0
# At most this many words of a name after a title ("Pa Sorie Kamara Bangura").
_MAX_NAME_WORDS = 3

# Words before a title that make it a relation or a job ("my uncle", "the chef", "a teacher",
# "Kofi's sister"), not how someone is addressed.
_OWNERS = frozenset("""
a an the this that these those my your his her its our their whose every each some any no one another
such what which
""".split())
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
_WORD_BEFORE = re.compile(rf"(?P<word>{_WORD})(?P<possessive>['’]s?)?[^\S\n]+$")
_ROWS = {row.word: row for row in HONORIFIC_ROWS if row.position == "before"}
_BEFORE_WORDS = sorted(_ROWS, key=len, reverse=True)
# The titles as a prefix tree: a flat alternation of ~350 titles is tried word by word at every
# character of a text (``prefix_alternation``: what matches, and in which order, is the same).
_BEFORE_ALTERNATION = prefix_alternation(_BEFORE_WORDS)
# Any title of the table before a name, with the first word after it ("sekuru munyaradzi").
_TITLE_AND_NAME = re.compile(
    rf"(?<![\w.'’-])(?P<title>{_BEFORE_ALTERNATION})"
    rf"(?=[^\S\n]+(?P<name>{_WORD}))", re.IGNORECASE)
# Any title of the table right before a name.
_TITLE_RIGHT_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?P<title>{_BEFORE_ALTERNATION})[^\S\n]+$", re.IGNORECASE)
_TITLE_REACH = max(len(w) for w in _BEFORE_WORDS) + 2
# A title of the table that is an English word too, or a teknonym, right before a name.
_WORD_TITLE_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?P<title>{prefix_alternation(TABLE_WORD_TITLES | TABLE_TEKNONYMS)})"
    r"[^\S\n]+$", re.IGNORECASE)
_WORD_TITLE_AT = re.compile(rf"{_WORD_TITLE_BEFORE.pattern[:-1]}", re.IGNORECASE)
_WORD_TITLE_REACH = max(len(w) for w in TABLE_WORD_TITLES | TABLE_TEKNONYMS) + 2
# An honorific of the table said right after a name ("Nasreen bibi", "Bold guai").
_AFTER = re.compile(
    rf"[^\S\n]+(?P<title>{prefix_alternation(TABLE_AFTER)})(?![\w'’-])",
    re.IGNORECASE)
_AFTER_ANYWHERE = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}){_AFTER.pattern}", re.IGNORECASE)
_NEXT_WORD = re.compile(rf"[^\S\n]+(?P<word>{_WORD})")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# Elided articles of French and Italian ("maître d'hôtel"): no name starts with one here.
_ELISION = re.compile(r"^[dl]['’]", re.IGNORECASE)


def _owned(text: str, start: int) -> bool:
    """Whether a determiner or a possessive stands right before ``start`` ("my uncle", "the
    chef", "Kofi's sister")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (before.group("possessive") is not None or before.group("word").lower() in _OWNERS
                                   or _POSSESSIVE_END.search(before.group("word")) is not None)


def word_title_start(text: str, start: int) -> int:
    """Where a title of the table that is an English word too ("teacher", "meme", "attorney")
    or a teknonym ("amai") right before the name at ``start`` begins, or ``start`` when none
    does or a determiner or possessive makes it a relation or a job ("my uncle Bakyt")."""
    title = _WORD_TITLE_BEFORE.search(text, max(0, start - _WORD_TITLE_REACH), start)
    if title is None or _owned(text, title.start()):
        return start
    return title.start()


# The English titles of the table ("teacher", "attorney", the Krio and West African "Pa") and the
# English kinship titles: alone, nobody's name ("Uncle said no", "Sister, listen", "Pa said go
# home").  Not the other languages' ones: alone, many are given names ("Dede", "Zia", "Masi").
_TITLES_ALONE = frozenset(row.word.rstrip(".") for row in HONORIFIC_ROWS
                          if row.case in ("word", "cap") and "English" in row.language) | KINSHIP_TITLES


# What gives a word as the name one is called by ("the man you call Grandpa", "we called her
# Aunty", "known as Teacher"): then the word is that person's name.
_CALLED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:calls?|called|calling|name[ds]?|nicknamed|known[^\S\n]+as)"
    r"(?:[^\S\n]+(?:him|her|them|me|us|you|it))?[^\S\n]*$", re.IGNORECASE)


def title_alone(text: str, m: Mention) -> bool:
    """Whether the person ``m`` is one such title alone ("Uncle said no", "Teacher", "Pa"), not
    a given name of several countries' lists ("Lola", "Baba" stay) nor what someone is called
    ("the man you call Grandpa")."""
    word = m.text.strip().rstrip(".").lower()
    if word not in _TITLES_ALONE or _CALLED_BEFORE.search(text, max(0, m.start - 24), m.start) is not None:
        return False
    info = default_gazetteer().lookup(word)
    return info is None or info.locales <= 1


def honorific_after(text: str, end: int) -> re.Match[str] | None:
    """An honorific of the table said right after a name ending at ``end`` ("Nasreen bibi",
    "Kovács úr"), or None; those of case "word" only in lower case ("Rao sir", not "Jaswant Sir")."""
    after = _AFTER.match(text, end)
    if after is None:
        return None
    word = after.group("title")
    return after if word.islower() or word.lower() in TABLE_AFTER_ANY_CASE else None


def _name_like(word: str, placed: frozenset[str]) -> bool:
    """A word that may be a person's name after a title: no English word (or a name the lists
    know that English hardly uses), no title, function word, month, place or word of the
    text's places and organisations."""
    lower = word.casefold()
    folded = fold_name(word)
    if len(folded) < 2 or lower in FUNCTION_WORDS or lower in ENDEARMENTS or lower in MONTHS_AND_DAYS \
            or folded in NOT_NAME_WORDS or is_title(folded) or _ELISION.match(word) or lower in placed:
        return False
    zipf = zipf_frequency(lower, "en")
    if zipf >= RARE_ZIPF:
        info = default_gazetteer().lookup(word)
        if info is None or not (info.first or info.last) or info.place or zipf >= KNOWN_NAME_MAX_ZIPF:
            return False
    return not default_places().is_place(word) and not public_places().get(fold_place(word))


def _placed_words(mentions: Sequence[Mention]) -> frozenset[str]:
    """Words of the places and organisations found in the text ("Mama Africa" found as a place
    somewhere makes "africa" no name anywhere)."""
    return frozenset(w.casefold() for m in mentions if m.entity_type in ("LOCATION", "ORGANIZATION", "ADDRESS")
                     for w in re.findall(_WORD, m.text))


def _name_end(text: str, start: int, first: str, placed: frozenset[str]) -> int:
    """End of a name of up to three words starting with ``first`` at ``start``: the words after
    it written as it is (capitalised after a capitalised one, lower case after a lower-case one)."""
    end = start + len(first)
    for _ in range(_MAX_NAME_WORDS - 1):
        following = _NEXT_WORD.match(text, end)
        if following is None:
            break
        word = following.group("word")
        if word[:1].isupper() != first[:1].isupper() or not _name_like(_POSSESSIVE_END.sub("", word), placed):
            break
        end = following.end() - (len(word) - len(_POSSESSIVE_END.sub("", word)))
    return end


def _title_fits(text: str, title: re.Match[str], name: str) -> bool:
    """Whether a title of the table stands as one before ``name``: one of case "cap" written
    with its capital before a capitalised name ("Pa Sorie", not "pa said"); one that is an
    English word too or a teknonym not after a determiner or a possessive ("the chef")."""
    written = title.group("title")
    row = _ROWS.get(written.lower())
    if row is None:  # a capital the lower case does not give back ("SAYIN")
        return False
    case = row.case
    if case == "cap":
        return written[:1].isupper() and name[:1].isupper()
    return case == "any" or not _owned(text, title.start())


def _covered(mentions: Sequence[Mention], start: int, end: int) -> bool:
    """Whether a finding covers any of ``text[start:end]``, other than a person guessed less
    surely (the name lists' "attorney han" read as a capitalised word alone, under the threshold)."""
    return any(m.start < end and start < m.end and not (m.entity_type == "PERSON" and m.score < SCORE)
               for m in mentions)


# An honorific said after a name that is this common an English word ("sir", "madam", "jan")
# makes a person only of a name the lists know that English hardly uses, or of a surname they
# know ("thapa sir", "kurian sir", "lakshmi madam"): not of a word of another language, which
# no list has ("namaste madam") or a list has as a given name too (romanised Hindi's "theek hai
# sir", "bas sir": "hai", "bas" are Vietnamese and Dutch names).
_ENGLISH_HONORIFIC_ZIPF = 3.5


def _fits_honorific(name: str, after: re.Match[str]) -> bool:
    """Whether ``name`` said before the honorific ``after`` is a person's name by the rule above."""
    if zipf_frequency(after.group("title").lower(), "en") < _ENGLISH_HONORIFIC_ZIPF:
        return True
    info = default_gazetteer().lookup(name)
    return info is not None and (info.first or info.last) and not info.place \
        and (zipf_frequency(name.lower(), "en") < RARE_ZIPF or not info.first)


def _named_before_honorific(text: str, m: Mention) -> bool:
    """Whether the model's one-word place or company ``m`` is a name said before an honorific of
    the table ("thapa sir", "kurian sir", "Bold guai"): a word no English word or place, no
    determiner or possessive before it ("the Rao sir" is no form of address)."""
    after = honorific_after(text, m.end) if " " not in m.text.strip() else None
    return after is not None and _name_like(m.text, frozenset()) and _fits_honorific(m.text, after) \
        and not _owned(text, m.start)


def titled_person_the_model_placed(text: str, m: Mention) -> Mention:
    """A name the model called a place or a company with a title of the table in its span or
    right before it ("Faifeau Tavita", "Dott.ssa [Carta]"), made a PERSON: the words after the
    title are name-like (no English word, no place) and the title stands as one (see
    :func:`_title_fits`)."""
    if m.entity_type not in ("LOCATION", "ORGANIZATION") or m.detector != MODEL_DETECTOR:
        return m
    if _named_before_honorific(text, m):
        return replace(m, entity_type="PERSON")
    title = _TITLE_AND_NAME.match(text, m.start) or _TITLE_RIGHT_BEFORE.search(text, max(0, m.start - _TITLE_REACH), m.start)
    if title is None or title.group("title") == m.text:
        return m
    at = title.end() if title.end() <= m.start else title.start("name")
    name = re.match(_WORD, text[at:m.end])
    if name is None or not _name_like(name.group(), frozenset()) or not _title_fits(text, title, name.group()) \
            or _name_end(text, at, name.group(), frozenset()) != m.end:
        return m
    return replace(m, entity_type="PERSON")


def _in_longer_finding(mentions: Sequence[Mention], start: int, end: int) -> bool:
    """Whether a finding other than a person's starts before ``start`` and reaches into the title
    at ``text[start:end]``: the title ends a role ("site engineer", "warehouse manager") and
    stays the role's, or the overlap would cost the role its first words."""
    return any(m.entity_type != "PERSON" and m.start < start < m.end for m in mentions)


def titles_left_to_roles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person's span that starts with a title of the table that is an
    English word ("engineer Tendai Moyo") cut after the title where another finding ends with it
    ("site engineer" of "the site engineer Tendai Moyo")."""
    out = []
    for m in mentions:
        title = _WORD_TITLE_AT.match(text, m.start) if m.entity_type == "PERSON" else None
        if title is not None and title.end() < m.end and _in_longer_finding(mentions, m.start, title.end("title")):
            m = replace(m, start=title.end(), text=text[title.end():m.end])
        out.append(m)
    return out


def _names_after_titles(text: str, mentions: Sequence[Mention], placed: frozenset[str]) -> list[Mention]:
    found: list[Mention] = []
    for title in _TITLE_AND_NAME.finditer(text):
        name = _POSSESSIVE_END.sub("", title.group("name"))
        at = title.start("name")
        if not _name_like(name, placed) or not _title_fits(text, title, name) \
                or _in_longer_finding(mentions, title.start(), title.end("title")):
            continue
        end = _name_end(text, at, name, placed)
        if _covered(mentions, at, end) or _covered(found, at, end):
            continue
        found.append(Mention(title.start(), end, "PERSON", SCORE, DETECTOR, text[title.start():end]))
    return found


def _names_before_honorifics(text: str, mentions: Sequence[Mention], placed: frozenset[str]) -> list[Mention]:
    found: list[Mention] = []
    for after in _AFTER_ANYWHERE.finditer(text):
        name = after.group("name")
        if not _name_like(name, placed) or honorific_after(text, after.end("name")) is None \
                or not _fits_honorific(name, after):
            continue
        start = after.start("name")
        if _covered(mentions, start, after.end("name")) or _owned(text, start):
            continue
        found.append(Mention(start, after.end(), "PERSON", SCORE, DETECTOR, text[start:after.end()]))
    return found


def names_with_honorifics(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A PERSON for each name no finding covers said after a title of the honorifics table
    ("attorney han", "tate Shikongo", "Avv. Bianchi") or before an honorific said after a name
    ("Nasreen bibi"), with the title in its span (see the module docstring)."""
    placed = _placed_words(mentions)
    before = _names_after_titles(text, mentions, placed)
    return before + _names_before_honorifics(text, [*mentions, *before], placed)
