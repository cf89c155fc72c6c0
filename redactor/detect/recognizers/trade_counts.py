"""A few people of one trade, counted: "four riveters", "three upholsterers", "seven assessors",
"nine Tamil tile setters", "only two surveyors".

The singling pack counts a few of the trades on its own list ("seven welders", "three
corporals"); a trade it does not list is counted the same way, and the count says which few of
a workplace the speaker is among.  :class:`TradeCountRecognizer` finds a count from two to
thirty, at most two words that say which ("Tamil", "other", "night"), and the plural of a job:
one the roles pack knows (its job lists, read by :func:`redactor.detect.person_roles.role_words`)
or a rare doer's name ("riveters", "polishers": a dictionary verb with "-er"/"-or", rare in
English, as the role step reads a head no list holds).

Not found: a crowd ("forty drivers", "two hundred nurses", "thousands of guards", and a plural
said of any crowd or force, as common as "officers" or "students"), the count of a
thing ("three computers", "two trailers": no job and no rare doer), the count of a part of a
group said elsewhere ("two of the drivers": no plural right after the count), what a few are
"of" ("the three drivers of inflation"), and a count that is the end of another number or
follows a word that makes it an index ("page four", "number two", "one in three"), and a few
said by what befell them ("two surveyors came", "three guards were hurt": an event, not a
group one belongs to).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from redactor.detect.person_roles import is_doer, role_words
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FUNCTION_WORDS

RECOGNIZER_NAME = "TradeCountRecognizer"
SCORE = 0.45
_SP = r"[^\S\n]"
_UNIT = r"(?:two|three|four|five|six|seven|eight|nine)"
_COUNT = (rf"(?:{_UNIT}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
          rf"|twenty(?:(?:{_SP}+|-){_UNIT}|(?:{_SP}+|-)one)?|thirty|[2-9]|[12]\d|30)")
# A count that is no head count: the end of a bigger number ("forty two"), an index ("page two",
# "number three"), a share ("one in three"), a rate ("per four"), a comparison ("more than five").
_NOT_AFTER = (rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|hundreds|thousands"
              rf"|(?:hundred|thousand){_SP}+and|of|in|than|per|every|page|room|number|no\.|item|grade|class|level"
              rf"|step|at|by)")
# The count is looked for first and the word before it only then: a look-behind over a run of
# spaces tried at every position of the run made a long run quadratic.
_COUNTED = own_compiled(
    rf"(?<![\w'’.,-])(?=(?:{_COUNT})(?![\w'’-]))(?<!\b{_NOT_AFTER}{_SP}+)(?P<count>{_COUNT})"
    rf"(?P<words>(?:{_SP}+\p{{L}}[\p{{L}}'’-]*){{1,3}})", regex.I)
_WORD = own_compiled(r"\p{L}[\p{L}'’-]*")
# What follows the plural and makes the few "of" something else ("the three drivers of
# inflation"), or what befell them an event rather than who they are ("two surveyors came":
# visitors, as the pack reads "about twenty workers died").
_OF_AFTER = own_compiled(
    rf"{_SP}+(?:of|came|come|arrived|went|walked|visited|turned{_SP}+up|showed{_SP}+up|died|drowned|fled"
    rf"|(?:were|was|got){_SP}+(?:killed|injured|hurt|wounded|arrested|detained|shot|sent))(?![\w'’-])", regex.I)
# Words between the count and the trade that are more of the number or a measure, not which few,
# or that rank the doers rather than say which few ("the two biggest polluters", "the three main
# drivers"), as the pack's own rule reads them.
_NOT_WHICH = frozenset("""
hundred hundreds thousand thousands million millions lakh lakhs dozen dozens
most main key major big biggest largest greatest leading top important real underlying principal primary economic
structural
""".split())
_MAX_WHICH = 2
# A plural as common as "officers" (4.9 on the Zipf scale) or "students" is said of any crowd or
# force; the pack lists which of those it counts.  Trades under it: "surveyors" 3.3, "farmers" 4.4.
_CROWD_ZIPF = 4.5
# The ending of a doer's name ("riveter", "assessor", "ferryman"), as the role step reads one.
_DOER_END = own_compiled(r"(?:er|or|man)\Z")


def _singulars(word: str) -> list[str]:
    """The singular forms a plural ``word`` may have ("fishermen", "deputies", "witnesses")."""
    if word.endswith("men") and len(word) > 5:
        return [word[:-3] + "man"]
    if not word.endswith("s") or word.endswith("ss"):
        return []
    forms = [word[:-1]]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    return forms


@functools.cache
def _counted_by_the_pack() -> frozenset[str]:
    """The plurals the singling pack counts itself, with its own conditions: its trades ("seven
    welders") and the people a count says are a group only with a place ("two workers")."""
    from redactor.detect.packs import builtin_vocabulary

    return frozenset(w.casefold() for name in ("trade_people", "group_people")
                     for w in builtin_vocabulary("singling", name))


@functools.cache
def _is_trade_plural(word: str, before: str) -> bool:
    """Whether ``word`` is the plural of a job the singling pack does not count itself
    (``before`` the word said before it, for a job of two words: "steel fixers")."""
    if word in _counted_by_the_pack() or zipf_frequency(word, "en") >= _CROWD_ZIPF:
        return False
    roles = role_words()
    for one in _singulars(word):
        if one in roles or (before and f"{before} {one}" in roles) or (_DOER_END.search(one) and is_doer(one)):
            return True
    return False


def find_trade_counts(text: str, flags: Sequence[bool] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each count of a few people of one trade (see the module)."""
    for found in _COUNTED.finditer(text):
        words = list(_WORD.finditer(found.group("words")))
        base = found.start("words")
        for k, word in enumerate(words[:_MAX_WHICH + 1]):
            which = [w.group().casefold() for w in words[:k]]
            if any(w in FUNCTION_WORDS or w in _NOT_WHICH for w in which):
                break
            said = word.group().casefold()
            if said in FUNCTION_WORDS or said in _NOT_WHICH:
                break
            if _is_trade_plural(said, which[-1] if which else ""):
                end = base + word.end()
                if _OF_AFTER.match(text, end) is None:
                    yield found.start(), end
                break


class TradeCountRecognizer(LowerCasePlaceRecognizer):
    """UNIQUE_DETAIL for a count of a few people of one trade (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a few of one trade, counted"
    entity = "UNIQUE_DETAIL"
    find = staticmethod(find_trade_counts)
