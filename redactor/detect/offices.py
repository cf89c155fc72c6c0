"""The holder of a public office, named by the office's title: a public figure in that role.

A name right after the title of a state office is the office holder's ("President Ruto",
"Labour Minister Yolanda Díaz", "Chancellor Scholz"), and so is a name in apposition to the
office of a public place ("the mayor of Bogotá, Claudia López", "William Ruto, the president of
Kenya").  The offices that count (:data:`_STATE_TITLES`) are national or first-level ones - a
head of state or government, a minister, a senator, a governor, a monarch, a head of a
religion - and the mayor of a public place (a country's capital, a city of the public-places
size, a region: "the mayor of a village" points at the village).  Not an office of a firm, a
club, a school, a prison or a union ("the club president", "the prison governor"), a deputy's,
or the speaker's own ("our director", "my president"); not a village head or a chief.

Automatic captions write titles in lower case ("president ramaphosa", "prime minister
kishida"): with ``Settings.keep_office_holders_in_captions`` (off by default: parliament
captions annotated by others count those names as people to hide) only the titles that are no everyday word for another job count - president,
prime minister, chancellor, senator, governor and a minister said with the portfolio ("interior
minister", "minister of labour"); "the minister" alone may be a church's.
"""

from __future__ import annotations

import re
from typing import Callable

from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import PARTICLES, default_gazetteer

# A minister's portfolio, said before the title or after it ("Labour Minister", "Minister of
# Labour", "minister for foreign affairs").
_PORTFOLIOS = (r"foreign|defen[cs]e|interior|home|finance|economy|economic|health|justice|labou?r|employment|"
               r"education|trade|industry|agriculture|energy|transport|environment|culture|tourism|"
               r"security|immigration|migration|social|digital|communications?|information|mining|mines|"
               r"petroleum|oil|water|housing|infrastructure|public\s+works|women|youth|sports?|"
               r"family|science|treasury|development|planning|fisheries|land|lands|budget|"
               r"foreign\s+affairs|internal\s+affairs|home\s+affairs|social\s+affairs|human\s+rights")
# "Minister of Labour", "Minister for Foreign Affairs", "Minister of State for Security",
# capitalised words of the portfolio ("Minister of Gender and Family Promotion").
_MINISTER_OF = (r"Minister\s+(?:of|for)\s+(?:State\s+for\s+)?(?:the\s+)?[A-Z][\w'’-]*"
                r"(?:\s+(?:and|of|for|&)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*){0,3}")
# The capitalised titles of a state office (any name after them is the holder's).
_STATE_TITLES = (r"President|Vice[-\s]President|Prime\s+Minister|Premier|Chancellor|"
                 rf"{_MINISTER_OF}|Minister|"
                 r"Secretary\s+of\s+State|Senator|Governor|King|Queen|Pope|Emir|Ayatollah")
# The same in lower case, where a title may also be another job's: the minister with a portfolio.
_LOWER_TITLES = (r"president|vice[-\s]president|prime\s+minister|chancellor|senator|governor|"
                 rf"(?:(?:{_PORTFOLIOS})\s+)minister|minister\s+(?:of|for)\s+(?:the\s+)?(?:{_PORTFOLIOS})")
# Words before a title that make it another body's office, a deputy's or the speaker's own.
_NOT_STATE = (r"(?:prison|deputy|assistant|acting|vice|club|union|company|school|college|university|"
              r"student|students|board|bank|hospital|wing|church|party|team|association|cooperative|"
              r"co-operative|firm|our|my|his|her|their|your|former\s+student|"
              # the chair addressed ("mr president, my constituent ..." in a caption)
              r"mr|mrs|ms|madam|madame|dear)")
_STATE_OFFICE = re.compile(rf"(?<![\w-])(?:{_STATE_TITLES})\.?[^\S\n]+$")
_STATE_OFFICE_IN_SPAN = re.compile(rf"(?:{_STATE_TITLES})\.?[^\S\n]+(?=[A-Z])")
_LOWER_OFFICE = re.compile(rf"(?<![\w-])(?:{_LOWER_TITLES})[^\S\n]+$", re.IGNORECASE)
_LOWER_OFFICE_IN_SPAN = re.compile(rf"(?:{_LOWER_TITLES})[^\S\n]+(?=\w)", re.IGNORECASE)
_NOT_STATE_BEFORE = re.compile(rf"\b{_NOT_STATE}[\s-]+$", re.IGNORECASE)
# A minister's title in apposition before a capitalised name, in any case ("the minister, Anna
# Lindqvist, said", "the prime minister, Ana Brnabić"): the commas make the title the name's.
# Not a governor's or a president's alone: a prison's governor, a district's or a club's
# president is said the same way ("the governor, Mr Pop, ...").
_APPOSED_TITLE = re.compile(
    rf"(?<![\w-])(?:(?:(?:{_PORTFOLIOS}|prime)[^\S\n]+)?minister(?:[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?(?:{_PORTFOLIOS}))?"
    r"|premier|senator)[^\S\n]*,[^\S\n]*$", re.IGNORECASE)
# A head of state's or government's office with its article alone, in apposition before the
# holder's name in any case ("The President, Jane Doe, signed", "the prime minister, kowalska,
# visited"): said of no body, "the president" is the country's.  Not after "my", "our" or another
# word ("the club president, ..."), not before a courtesy title ("the president, Mr Pop"), and
# not where the sentence around or the one before speaks of another body with a president (see
# :func:`_bare_office`).
_BARE_OFFICE = re.compile(
    r"(?<![\w-])the[^\S\n]+(?P<title>president|prime[^\S\n]+minister)[^\S\n]*,[^\S\n]*$", re.IGNORECASE)
# Bodies that have a president of their own ("our farmers' cooperative met. The president, ..."),
# and what such a president does in the sentence after the name ("... opened the meeting");
# not a word after an elision, another language's name ("l'Unione", a newspaper's).
_OTHER_BODY = re.compile(
    r"(?<![\w'’-])(?:cooperatives?|co-operatives?|coop|clubs?|unions?|associations?|federations?|"
    r"compan(?:y|ies)|firms?|boards?|committees?|councils?|societ(?:y|ies)|leagues?|teams?|parties|party|"
    r"schools?|colleges?|universit(?:y|ies)|church(?:es)?|banks?|hospitals?|chambers?|groups?|ngos?|"
    r"organi[sz]ations?|foundations?|syndicates?|guilds?|sacco|cooperativa|coopérative|"
    # what a body's president does in its own sentence ("the president, X, opened the meeting")
    r"meetings?|members?|minutes|agm)\b", re.IGNORECASE)
_COURTESY_AFTER = re.compile(r"(?:mr|mrs|ms|miss|mx|mister|madam|madame|dr|sir|dame)\b\.?", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
_BARE_REACH = 240
_AFTER_REACH = 120


# An office of a place, said before the holder's name ("the mayor of Bogotá, Claudia López",
# "Bogotá's mayor Claudia López", "the Lagos mayor") or after it ("Claudia López, the mayor of
# Bogotá", "Ruto, Kenya's president"), and a mayor's place after the name ("Mayor Grace Otieno
# of Mombasa").  The place must be public: a village's mayor points at the village.
_OFFICE_OF = r"mayor|lord\s+mayor|president|prime\s+minister|governor|premier|chancellor|senator"
_WORDS = r"[^\W\d_][\w'’.-]*(?:[^\S\n]+[^\W\d_][\w'’.-]*){0,3}"
_OFFICE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<office>{_OFFICE_OF})(?:[^\S\n]+of[^\S\n]+(?P<place>{_WORDS}))?[^\S\n]*,?[^\S\n]+$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(
    rf"[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?(?:(?P<place_before>[^\W\d_][\w.-]*(?:[^\S\n]+[^\W\d_][\w.-]*)?)(?:['’]s)?[^\S\n]+)?"
    rf"(?P<office>{_OFFICE_OF})(?:[^\S\n]+of[^\S\n]+(?P<place>{_WORDS}))?", re.IGNORECASE)
_MAYOR_BEFORE = re.compile(r"(?<![\w-])(?:Lord[^\S\n]+)?Mayor[^\S\n]+$")
_MAYOR_IN_SPAN = re.compile(r"(?:Lord[^\S\n]+)?Mayor[^\S\n]+(?=[A-Z])")
_OF_PLACE_AFTER = re.compile(rf"[^\S\n]+of[^\S\n]+(?P<place>{_WORDS})")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_REACH = 60
_PLACE_WORDS = 3
# The office of a public body, in apposition to the holder's name ("the governor of the central
# bank, Karim Haddad", "Karim Haddad, the governor of the central bank"): the body must be public
# by its form (a central bank, a ministry, a national commission), not a firm's or a hospital's.
_BODY_OFFICE = (r"governor|president|chair(?:man|woman|person)?|director[-\s]general|secretary[-\s]general|"
                r"commissioner|minister|chief\s+justice|attorney[-\s]general|prosecutor[-\s]general")
_BODY_OFFICE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_BODY_OFFICE})[^\S\n]+of[^\S\n]+(?P<body>the[^\S\n]+{_WORDS})[^\S\n]*,[^\S\n]*$", re.IGNORECASE)
_BODY_OFFICE_AFTER = re.compile(
    rf"[^\S\n]*,[^\S\n]*the[^\S\n]+(?:{_BODY_OFFICE})[^\S\n]+of[^\S\n]+(?P<body>the[^\S\n]+{_WORDS})", re.IGNORECASE)


# The given name or the particles of the holder's name a detector left out between the title
# and the span ("president bashar" + "al assad", "president van" + "rompuy").
_NAME_WORDS_BEFORE = (re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*[^\S\n]+$"),
                      re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*[^\S\n]+[^\W\d_][\w'’-]*[^\S\n]+$"))
_NAME_WORD_ZIPF = 3.5


def _name_word(word: str) -> bool:
    """A surname's particle or a given name that is no everyday English word."""
    folded = word.lower()
    if folded in PARTICLES:
        return True
    info = default_gazetteer().get(folded)
    return info is not None and info.first and zipf_frequency(folded, "en") < _NAME_WORD_ZIPF


def _titled(text: str, start: int, end: int, lower_case: bool) -> int | None:
    """Where the title of a state office right before (or at the start of) the span begins,
    also before the rest of the holder's name the span left out; a title in lower case only
    with ``lower_case``."""
    window = max(0, start - _REACH)
    at = [start]
    for words in _NAME_WORDS_BEFORE:
        names = words.search(text, window, start)
        if names is not None and all(map(_name_word, names.group().split())):
            at.append(names.start())
    kinds = ((_STATE_OFFICE, _STATE_OFFICE_IN_SPAN), (_LOWER_OFFICE, _LOWER_OFFICE_IN_SPAN))
    for before, inside in kinds if lower_case else kinds[:1]:
        for position in at:
            title = before.search(text, window, position)
            if title is not None:
                return title.start()
        if inside.match(text, start, end):
            return start
    apposed = _APPOSED_TITLE.search(text, window, start) if text[start:start + 1].isupper() else None
    if apposed is not None:
        return apposed.start()
    return _bare_office(text, start, end)


def _bare_office(text: str, start: int, end: int) -> int | None:
    """Where "the president," or "the prime minister," said right before the span starts its
    title (:data:`_BARE_OFFICE`): not before a courtesy title, nor, for a president, where the
    clause, the sentence before it or the rest of the sentence after the name speaks of
    another body with a president (:data:`_OTHER_BODY`)."""
    bare = _BARE_OFFICE.search(text, max(0, start - _REACH), start)
    if bare is None or _COURTESY_AFTER.match(text, start, end):
        return None
    if not bare.group("title").lower().startswith("president"):
        return bare.start("title")  # no club or firm has a prime minister
    left = max(0, bare.start() - _BARE_REACH)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, left, bare.start())]
    if len(stops) >= 2:
        left = stops[-2]
    right = min(len(text), end + _AFTER_REACH)
    stop = _SENTENCE_STOP.search(text, end, right)
    if _OTHER_BODY.search(text, left, bare.start()) or _OTHER_BODY.search(text, end, stop.start() if stop else right):
        return None
    return bare.start("title")


def _leading_public(words: str | None, is_public_place: Callable[[str], bool]) -> bool:
    """The first one to three of ``words`` (after "the") name a public place ("Mexico City said")."""
    if not words:
        return False
    found = _WORD.findall(_LEADING_THE.sub("", words.strip()))[:_PLACE_WORDS]
    return any(is_public_place(_POSSESSIVE.sub("", " ".join(found[:n]))) for n in range(len(found), 0, -1))


def _trailing_public(text: str, end: int, is_public_place: Callable[[str], bool]) -> bool:
    """The last one to three words before ``end`` name a public place ("Bogotá's", "the Lagos")."""
    found = _WORD.findall(text, max(0, end - 40), end)[-_PLACE_WORDS:]
    return any(is_public_place(_POSSESSIVE.sub("", " ".join(found[-n:]))) for n in range(len(found), 0, -1))


def _office_of_public_place(text: str, start: int, end: int, is_public_place: Callable[[str], bool]) -> bool:
    """The span is in apposition to the office of a public place, or a mayor's of one."""
    before = _OFFICE_BEFORE.search(text, max(0, start - _REACH), start)
    if before is not None and not _NOT_STATE_BEFORE.search(text, max(0, before.start() - 24), before.start()) and (
            _leading_public(before.group("place"), is_public_place)
            or (not before.group("place") and _trailing_public(text, before.start(), is_public_place))):
        return True
    after = _OFFICE_AFTER.match(text, end)
    if after is not None and (_leading_public(after.group("place"), is_public_place)
                              or _leading_public(after.group("place_before"), is_public_place)):
        return True
    mayor = _MAYOR_BEFORE.search(text, max(0, start - 12), start) or _MAYOR_IN_SPAN.match(text, start, end)
    of_place = _OF_PLACE_AFTER.match(text, end) if mayor is not None else None
    return of_place is not None and _leading_public(of_place.group("place"), is_public_place)


def _office_of_public_body(text: str, start: int, end: int, is_public_body: Callable[[str], bool]) -> bool:
    """The span is in apposition to the office of a public body ("the governor of the central
    bank, Karim Haddad"), not a deputy's."""
    before = _BODY_OFFICE_BEFORE.search(text, max(0, start - _REACH - 20), start)
    if before is not None and not _NOT_STATE_BEFORE.search(text, max(0, before.start() - 24), before.start()) \
            and is_public_body(before.group("body")):
        return True
    after = _BODY_OFFICE_AFTER.match(text, end)
    return after is not None and is_public_body(after.group("body"))


def holds_public_office(text: str, start: int, end: int,
                        is_public_place: Callable[[str], bool] | None = None, lower_case: bool = False,
                        is_public_body: Callable[[str], bool] | None = None) -> bool:
    """The span ``text[start:end]`` names the holder of a state office by its title (a title
    written in lower case only with ``lower_case``: ``Settings.keep_office_holders_in_captions``;
    a title in apposition before a capitalised name in any case), or (with ``is_public_place``)
    the holder of an office of a public place, or (with ``is_public_body``) of a public body
    (see the module)."""
    at = _titled(text, start, end, lower_case)
    if at is not None and not _NOT_STATE_BEFORE.search(text, max(0, at - 24), at):
        return True
    if is_public_body is not None and _office_of_public_body(text, start, end, is_public_body):
        return True
    return is_public_place is not None and _office_of_public_place(text, start, end, is_public_place)
