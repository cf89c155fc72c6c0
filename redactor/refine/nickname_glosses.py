"""A nickname's meaning said after it, and a nickname that is a description.

A source who says what people call someone often says what the name means, in English, right
after it ("everyone calls him Kruk, the crow, because", "we call him mzee, it means the
elder"), or gives a nickname that is an English description to begin with ("in the kitchen they call
him the professor, he reads novels").  The meaning identifies the person as much as the
nickname (it is the nickname, said in the reader's language), but it is a phrase of everyday
words that no name rule takes.  Run per document, around the nickname steps
(``redactor.refine.nicknames``):

- after a naming clause ("call him", "calls me", "called her", "knew him as", "nicknamed"), a
  nickname found there and then a comma, maybe "it means (like)", and "the" with one to three
  words up to the clause's end is the nickname's meaning: found as the nickname is (its type
  and key, so one pseudonym covers both), and where the document says it again as a name, as a
  linked nickname is (``redactor.refine.nicknames.spread_linked``); found after the nickname
  steps, so a nickname linked to a person gives its meaning that person's key;
- "the" with one to three words right after the naming clause, up to the clause's end, is the
  nickname itself: a call sign of its own ("they call him the professor."), found before the
  nickname steps, which tie it to the person named before it as any nickname.  A time said there
  ("they called me the next day", "call me the moment you land") is none: the words after
  "the" are no time's, and the clause ends with them.

Said in everyday words, neither is searched for in the run's other files by the leak audit
(``redactor.pipeline._audited``), as a role said in everyday words is not: "the big man"
elsewhere in a run is mostly no one's name.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.entities.group import value_key
from redactor.entities.resolve import person_tokens
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import parts_of_speech, stop_words
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.titles import ENDEARMENTS, NICKNAME_ADJECTIVES, NOT_NAME_WORDS, SPOKEN_ADDRESS
from redactor.model import Mention
from redactor.refine.nicknames import spread_linked

GLOSS_DETECTOR = "NicknameMeaning"
DESCRIBED_DETECTOR = "DescribedNickname"
_DESCRIBED_SCORE = 0.6
# A name found as a nickname, which a meaning may follow.
_NICKNAME_TYPES = frozenset({"PERSON", "CALL_SIGN", "HANDLE"})
# The naming clause, up to where the nickname starts.
_NAMING = own_compiled(
    r"""(?ix) (?<![\p{L}'’])
    (?: (?: call | calls | called | calling ) [^\S\n]+ (?: him | her | me )
      | (?: know | knows | knew ) [^\S\n]+ (?: him | her | me ) [^\S\n]+ as
      | nicknamed )
    (?![\p{L}'’]) \s+""")
# "the" and one to three words (letters, an inner hyphen or apostrophe).
_DESCRIPTION = r"the (?: [^\S\n]+ \p{L} [\p{L}\p{M}'’-]{0,20} ){1,3}"
# What ends the clause after a description.
_CLAUSE_END = r"""(?= [^\S\n]* (?: [,.;:!?)\]\n"”] | [-–—] [^\S\n] | \Z )
                    | [^\S\n]+ (?: because | cause | cos | since | as | but | and | so ) (?![\p{L}'’]) )"""
# A meaning after the nickname: a comma, maybe "it means (like)", the description.
_MEANING = own_compiled(
    rf"""(?ix) [^\S\n]* , [^\S\n]*
    (?: (?: it | that | which ) [^\S\n]+ means? [^\S\n]*,?[^\S\n]* (?: like [^\S\n]*,?[^\S\n]* )? )?
    (?P<gloss> {_DESCRIPTION} ) {_CLAUSE_END}""")
_DESCRIBED = own_compiled(rf"""(?ix) (?P<gloss> {_DESCRIPTION} ) {_CLAUSE_END}""")
# One or two words said alone after the naming clause, up to the clause's end ("everyone calls
# him bully.", "people know me as tall boy"): the nickname, whatever its case, when each word is
# one a nickname is made of (see :func:`_nickname_words`).
_BARE = own_compiled(rf"""(?ix) (?P<gloss> \p{{L}} [\p{{L}}\p{{M}}'’-]{{1,20}} (?: [^\S\n]+ \p{{L}} [\p{{L}}\p{{M}}'’-]{{1,20}} )? )
    {_CLAUSE_END}""")
# A value said as a description: "the" in small letters and one to three words.
_SAID_AS_A_DESCRIPTION = own_compiled(rf"(?x) {_DESCRIPTION.replace('the', '(?-i:the)', 1)}")
# Words of time after "the" ("the next day", "the same week", "the moment you land"), and of
# what was said ("they called me the wrong name").
_TIME_WORDS = frozenset({
    "next", "same", "following", "other", "day", "days", "morning", "afternoon", "evening", "night",
    "week", "weekend", "month", "year", "time", "moment", "minute", "second", "hour", "first",
    "last", "previous", "instant", "whole", "entire", "name", "names", "word", "words",
    *(w.casefold() for w in MONTHS_AND_DAYS)})
# What children and families call a parent ("we call her mum"): no nickname said alone.
_FAMILY_CALLS = frozenset("mum mom mam mummy mommy dad daddy ma pa mama papa mamma pappa".split())
# A word no dictionary has, commoner than this (Zipf), is no nickname said alone ("anytime");
# nor is an adjective this common ("crazy").
_BARE_NICKNAME_MAX_ZIPF = 4.0
# A nickname starts at most this far after its naming clause (a line break in a caption).
_NICKNAME_GAP = 2


def _nickname_words(words: Sequence[str]) -> bool:
    """Whether the words said alone after a naming clause are a nickname ("bully", "tiger",
    "tall boy"): no function word, title, family word, word of address or endearment, time or
    adverb ("call me back", "call him tomorrow", "called him names", "call him sir", "we call
    her mum"; WordNet's adverbs, "big" of "big man" excepted); the last word a noun of WordNet's
    or a word English hardly uses ("eck"; not "anytime"), and no common adjective ("call me
    crazy", "called him stupid")."""
    for word in words:
        lower = word.casefold()
        if lower in stop_words() or lower in _TIME_WORDS or lower in NOT_NAME_WORDS or lower in ENDEARMENTS \
                or lower in SPOKEN_ADDRESS or lower in _FAMILY_CALLS \
                or ("adv" in parts_of_speech(lower) and lower not in NICKNAME_ADJECTIVES):
            return False
    last = words[-1].casefold()
    speech = parts_of_speech(last)
    zipf = zipf_frequency(last, "en")
    if not speech:
        return zipf < _BARE_NICKNAME_MAX_ZIPF
    return "noun" in speech and not ("adj" in speech and zipf >= _BARE_NICKNAME_MAX_ZIPF)


def _words(gloss: str) -> list[str]:
    return gloss.casefold().split()[1:]


def _key_of(nickname: Mention) -> str:
    """The key the nickname is grouped by, which its meaning takes (one entity, one pseudonym)."""
    if nickname.key:
        return nickname.key
    return " ".join(person_tokens(nickname.text)) if nickname.entity_type == "PERSON" else value_key(nickname)


def _is_time(gloss: str) -> bool:
    return any(w in _TIME_WORDS for w in _words(gloss))


def _gloss_end(gloss: regex.Match) -> int:
    """The end of the description matched (its trailing spaces left out)."""
    return gloss.start("gloss") + len(gloss.group("gloss").rstrip())


def _piece_end(text: str, at: int, piece_starts: Sequence[int]) -> int:
    """Where the cue or segment holding ``at`` ends: the next one's words are no part of a
    description said at its end."""
    cut = bisect.bisect_right(piece_starts, at)
    return piece_starts[cut] if cut < len(piece_starts) else len(text)


def _free(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end for m in mentions)


# A title or a job found inside a nickname's description or meaning ("they call him the inspector",
# "we call him Kapi, the chief"): a word of the nickname, which takes its place.
_TITLE_TYPES = frozenset({"OCCUPATION", "RANK"})


def _free_but_titles(mentions: Sequence[Mention], start: int, end: int) -> list[Mention] | None:
    """``mentions`` without the titles and jobs inside ``start``-``end`` when nothing else
    overlaps it (the nickname takes their place), or None when something does."""
    titles = [m for m in mentions if m.entity_type in _TITLE_TYPES and start <= m.start and m.end <= end]
    rest = [m for m in mentions if m not in titles] if titles else list(mentions)
    return rest if _free(rest, start, end) else None


def _nickname_at(mentions: Sequence[Mention], naming: regex.Match) -> Mention | None:
    """The nickname found right after a naming clause, if any."""
    at = naming.end()
    return next((m for m in mentions if m.entity_type in _NICKNAME_TYPES
                 and naming.start() <= m.start <= at + _NICKNAME_GAP and at <= m.end), None)


def described_nicknames(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = ()) -> list[Mention]:
    """``mentions`` with the nicknames that are descriptions, said right after a naming clause
    where nothing was found ("they call him the professor"), as call signs: before the nickname
    steps, which tie them to the person named before as they tie any nickname.  ``piece_starts``:
    where the text's cues or segments start, which end a description."""
    added: list[Mention] = []
    for naming in _NAMING.finditer(text):
        at = naming.end()
        if _nickname_at(mentions, naming) is not None:
            continue
        described = _DESCRIBED.match(text, at, _piece_end(text, at, piece_starts))
        if described is None:
            described = _BARE.match(text, at, _piece_end(text, at, piece_starts))
            if described is None or not _nickname_words(described.group("gloss").split()):
                continue
        elif _is_time(described.group("gloss")):
            continue
        start, end = described.start("gloss"), _gloss_end(described)
        if (rest := _free_but_titles(mentions, start, end)) is not None:
            mentions = rest
            added.append(Mention(start=start, end=end, entity_type="CALL_SIGN", score=_DESCRIBED_SCORE,
                                 detector=DESCRIBED_DETECTOR, text=text[start:end]))
    return [*mentions, *added] if added else list(mentions)


def nickname_meanings(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = ()) -> list[Mention]:
    """``mentions`` with the meanings of nicknames said right after them ("they call him Kruk, the
    crow"), found as the nickname is (its type and key): after the nickname steps, so a nickname
    tied to a person gives its meaning that person's key."""
    added: list[Mention] = []
    for naming in _NAMING.finditer(text):
        nickname = _nickname_at(mentions, naming)
        if nickname is None:
            continue
        meaning = _MEANING.match(text, nickname.end, _piece_end(text, nickname.end, piece_starts))
        if meaning is None or _is_time(meaning.group("gloss")):
            continue
        start, end = meaning.start("gloss"), _gloss_end(meaning)
        if (rest := _free_but_titles(mentions, start, end)) is not None:
            mentions = rest
            added.append(replace(nickname, start=start, end=end, text=text[start:end], detector=GLOSS_DETECTOR,
                                 key=_key_of(nickname)))
    if not added:
        return list(mentions)
    # the meaning is the person wherever the document says it as a name, as a linked nickname is
    return spread_linked(text, [*mentions, *added], {m.text: m for m in added})


def said_as_a_description(entity_type: str, value: str) -> bool:
    """Whether a name-like value is said as a description ("the big man": "the" in small letters
    and one to three words), as a nickname's meaning or a described nickname is."""
    return entity_type in _NICKNAME_TYPES and _SAID_AS_A_DESCRIPTION.fullmatch(value.strip()) is not None
