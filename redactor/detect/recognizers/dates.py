"""Dates as people say them: "the fourth of June", "October ninth", "twenty twenty-two".

spaCy's model finds typed dates well and spoken ones poorly ("the twelfth, sorry, the thirteenth
of April", "june twenty twenty-three" in a caption).  :class:`SpokenDateRecognizer` finds them
with one pattern per form, built from the shared word lists (:mod:`redactor.lexicon.dates`,
:mod:`redactor.lexicon.numbers`), and scores them by the date policy of
:mod:`redactor.detect.filters`:

- a date that pins a day identifies, with what is said before it as part of the date: "the
  fourth of June", "June 4th", "October ninth", "the twelfth, sorry, the thirteenth of April",
  "Tuesday the 4th of March", "the night of the 14th", two days of one date ("4 and 5 June",
  "the 14th-15th of May", "2 or 3 March"), "the day before Thanksgiving", "Christmas 2021" ->
  DATE at :data:`DAY_SCORE`; a weekday with "last"/"that"/"this past", a day without its month
  ("the morning of the 9th", "on the ninth" ending its clause or going on to another phrase: "on
  the 9th the manager came"), and a day past the third said again without the month the text
  names it with elsewhere ("the 9th of August ... the 9th -") at :data:`WEEKDAY_SCORE`;
- a month, a season or a part of a year with its year, or a year alone, is a generalisable
  date: "June 2023", "early March 2022", "late october last year", "summer 2019", "the end of
  2019", "last spring", "since August", "twenty twenty-two" -> DATE at ``GENERAL_DATE_SCORE``
  (replaced at the default threshold, left at a stricter one).

Day numbers said in words are checked with ``text2num`` (``alpha2digit``), so "the thirty-second
of May" is not a date.  Ambiguous month names ("may", "march") count only with a capital or
right after a day ("may" not after a bare number: "those 5 may be").  ``dateparser`` (1.5) was
measured on the transcripts of tests/data/time and dropped: its ``search_dates`` covered 11 of
29 dates there (this recognizer with the model: all but one), took "We", "£40" and "six years
on the" for dates 17 times, read no spoken year, and spent 0.5 s of CPU on 800 words.
"""

from __future__ import annotations

import re

from presidio_analyzer import PatternRecognizer, RecognizerResult

from redactor.detect.filters import GENERAL_DATE_SCORE
from redactor.detect.prefilter import own_compiled, unchecked_pattern
from redactor.detect.recognizers.results import explained_result
from redactor.lexicon.dates import (
    HOLIDAY_PATTERN,
    MONTHS,
    OTHER_CALENDAR_MONTHS,
    OTHER_CALENDAR_MONTHS_CAPITALISED,
    SEASON_PATTERN,
    WEEKDAY_PATTERN,
)
from redactor.lexicon.numbers import ORDINAL_DAY_WORDS, TEENS, TENS, UNITS

DAY_SCORE = 0.85
WEEKDAY_SCORE = 0.6
# A day said with "the" and no preposition ("he flew the twentieth"): as often another
# ordinal's, so below every reading that names what the ordinal counts (0.5), above the threshold.
_DAY_ALONE_SCORE = 0.45

# "may" and "march" are also a verb: only capitalised, or right after a day ("may" not after a
# bare number: "those 5 may be").
_MONTH_ANY = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_MONTH_SAFE = (r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?-i:March|May))")
_MONTH_FULL = "|".join(m.lower() for m in MONTHS)
_UNITS = "|".join(UNITS)
_ORDINAL = rf"(?:{ORDINAL_DAY_WORDS}|[1-9]\d?(?:st|nd|rd|th))"
_NOT_A_COUNT = r"(?!\s*(?:%|percent|per\s+cent|euros?|dollars?|pounds?|people|times))"
_DAY_NUMBER = rf"(?:{_ORDINAL}|[1-9]\d?\b{_NOT_A_COUNT})"
# A day written as a bare number before a month ("4 June", "15 Feb"): 1 to 31.
_DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])(?![\d.,:/])"
_TEENS = "|".join(TEENS)
_TWO_DIGITS = rf"(?:(?:{'|'.join(TENS)})(?:[-\s](?:{_UNITS}))?|{_TEENS}|oh[-\s](?:{_UNITS}))"
_S = r"[^\S\n]+"
# Words that may follow a date said without punctuation (lower-case captions): a pronoun, a
# conjunction, a filler, a preposition, never the noun an ordinal counts ("the third floor").
_CLAUSE_WORDS = (r"i|i'm|we|he|she|they|you|it|and|but|so|when|then|or|at|in|no|yes|yeah|um|uh|er|erm|"
                 r"because|that|this|there|sorry|actually|was|were|is|last|next|again|too|already|maybe")
# An ordinal that counts a noun, not a day: "on Friday the first thing I did", "the first of all".
_NOT_COUNTED = (rf"(?!{_S}(?:times?|things?|ones?|days?|weeks?|floors?|places?|round|person|people|"
                rf"of{_S}(?:all|them|us|those|these)\b))")
# A quotation opening ("on the thirteenth "nobody talks"") and a caption's speaker turn (">>",
# cues are joined with a space) end the clause as its punctuation does.
_CLAUSE_END = rf"(?=[^\S\n]*(?:[.,;:!?)\n\"“”]|>>|$)|{_S}(?:{_CLAUSE_WORDS})\b)"
# Where a day said alone ends: its clause's end, or what starts another phrase in a caption
# with no punctuation, never a noun the ordinal counts ("on the 9th the manager came", "on the
# ninth near the bridge", "on the seventeenth [laughter]", "the 9th - a porter"); and, after a
# day past the third, a count ("on the twentieth two inspectors came"; not "the first two weeks").
_DAY_WORDS_AFTER = r"the|a|an|near|with|for|from|during|outside|inside|into|behind"
_COUNT_WORD = rf"(?:{'|'.join(list(UNITS)[1:])}|{'|'.join(TEENS)}|{'|'.join(TENS)})"
_DAY_END = (rf"(?:{_CLAUSE_END}|(?=[^\S\n]*[\[(]|[^\S\n]+[-–—]{_S}|{_S}(?:{_DAY_WORDS_AFTER})\b)"
            rf"|(?<!\bthe{_S}(?:first|second|third))(?={_S}{_COUNT_WORD}\b))")
# A space, or one line break of a caption's cue ("they came on\nthe twentieth").
_SPACE_OR_BREAK = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
# "nineteen ninety-eight", "twenty twenty-two", "two thousand and nine", "2023"; "two thousand"
# alone only after a preposition and before the end of a clause ("in two thousand", not "two
# thousand naira").
_SPOKEN_YEAR = (rf"(?:(?:nineteen|twenty)[-\s]{_TWO_DIGITS}|two\s+thousand(?:\s+and)?\s+(?:{_UNITS}|{_TEENS}|"
                rf"twenty(?:[-\s](?:{_UNITS}))?)\b|(?<=\b(?:in|since|until|till|by|from|of|around){_S})"
                rf"two\s+thousand{_CLAUSE_END})")
_YEAR = rf"(?:\b(?:1[89]|20)\d\d\b|{_SPOKEN_YEAR})"
# A year is no count of what is said after it: "2000 people", "twenty twenty-two euros".
_NOT_A_COUNT_AFTER = r"(?![-\s]+(?:percent|per|people|years?|times|euros?|dollars?|pounds?|of)\b)"
# A speaker correcting or hedging between two days, with the fillers of speech and the dashes
# of a transcript: "the twelfth, sorry, the thirteenth", "the fifth uh no wait the sixth", "the
# 3rd - I'm sorry - the 4th", "the ninth, maybe tenth".
_CORRECTION_WORD = (r"(?:sorry|I['’]m\s+sorry|excuse\s+me|pardon|no|nope|wait|I\s+mean|or|rather|actually|maybe|"
                    r"perhaps|uh|um|er|erm|hmm|I\s+think|or\s+was\s+it|let\s+me\s+think)")
_SAID_GAP = r"(?:[^\S\n]*[,—–][^\S\n]*|[^\S\n]+)"
_CORRECTION = rf"(?:(?:{_SAID_GAP}{_CORRECTION_WORD}){{1,4}}{_SAID_GAP}(?:the{_S})?)"
# Words said between a day and its month ("the third um of march", "the ninth, I think, of
# may"): only before "of", which makes the month the day's.
_ASIDE = rf"(?:,?{_S}(?:uh|um|er|erm|I\s+think|I\s+believe|I\s+guess|you\s+know|sorry|I\s+mean),?)"
# Two days of one date: "4 and 5 June", "14th-15th of May", "the 5th and the 9th", "2 or 3 March".
# Also "into" ("the night of the eighth into the ninth"), and a comma before an ordinal ("the
# twenty-fourth, twenty-fifth of February"; not "June 4, 12 of us").
_DAY_JOIN = (rf"(?:(?:[^\S\n]*[-–&][^\S\n]*|{_S}(?:and|or|to|till|until|through|into){_S})(?:the{_S})?"
             rf"|[^\S\n]*,[^\S\n]*(?:the{_S})?(?={_ORDINAL}))")
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN})"
_FILLER = rf"(?:(?:uh|um|er|erm),?{_S})?"
# The year said after a day, also as one relative to now: "the ninth of may last year".
_RELATIVE_YEAR = rf"(?:last|this|that|next|the{_S}(?:following|previous|same)){_S}year\b"
_YEAR_TAIL = rf"(?:,?{_S}{_FILLER}(?:of{_S})?(?:{_YEAR}|{_RELATIVE_YEAR}))?"
# What is said before a day and belongs to the date: "Tuesday the 4th", "the night of the 14th",
# "the early hours of the fifth".
_DAY_PART = r"(?:morning|night|evening|afternoon)"
_WEEKDAY_LEAD = rf"(?:{_WEEKDAY}(?:{_S}{_DAY_PART})?,?{_S})"
# "the night of", "the night from the eighth to the ninth", "the night between the 8th and 9th"
_PART_OF_DAY = (rf"(?:(?:the{_S})?(?:(?:early|small|wee){_S}hours|morning|night|evening|afternoon|eve|weekend)"
                rf"{_S}(?:of|from|between){_S})")


def _day_list(day: str) -> str:
    """Days said one after another, joined or corrected: "the 5th and the 9th", "the twelfth, sorry, the thirteenth"."""
    return rf"(?:the{_S})?{day}(?:(?:{_CORRECTION}|{_DAY_JOIN}){day})*"


_DAYS_BEFORE_MONTH = _day_list(rf"(?:{_ORDINAL}|{_DAY_DIGITS})")
_ORDINAL_DAYS = _day_list(_ORDINAL)
_RELATIVE = rf"the{_S}(?:day|night|morning|evening){_S}(?:before|after){_S}"
# A month of another calendar ("Aban", "Shawwal", "Baisakh", "Meskerem"; "Tir" only capitalised),
# and its year in digits with the era's letters ("1443 AH", "2079 B.S.", "1401").
_OTHER_MONTH = (r"(?:(?i:" + "|".join(sorted((re.escape(m).replace(r"\ ", r"[-\s]").replace("'", "['’]?")
                                               for m in OTHER_CALENDAR_MONTHS), key=len, reverse=True))
                + r")|(?-i:" + "|".join(OTHER_CALENDAR_MONTHS_CAPITALISED) + r"))(?![\w'’-])")
_OTHER_YEAR = (rf"(?:,?{_S}(?:(?:1[34]|20)\d\d(?!\d|[.,]\d)|{_SPOKEN_YEAR})"
               rf"(?:[^\S\n]*(?-i:AH|A\.H\.|SH|S\.H\.|BS|B\.S\.|EC|E\.C\.|AP)(?!\w|\.\w))?|{_S}{_RELATIVE_YEAR})?")
_SEASON_YEAR_LEAD = rf"(?:early|mid|late|(?:the{_S})?(?:end|start|beginning|middle){_S}of|(?:the{_S})?(?:{SEASON_PATTERN})(?:{_S}of)?)"

_PATTERNS = (
    # "the fourth of June", "4th June 2021", "the twelfth, sorry, the thirteenth of April",
    # "4 and 5 February", "Tuesday the 4th of March", "the night of the 14th of May"
    ("day of month", rf"(?i)\b{_PART_OF_DAY}?{_WEEKDAY_LEAD}?{_DAYS_BEFORE_MONTH}(?:{_ASIDE}*,?{_S}of)?{_S}"
                     rf"(?:(?<!\d{_S})(?i:may)|{_MONTH_SAFE}|{_MONTH_ANY}(?<!\b(?i:may)))\b{_YEAR_TAIL}", DAY_SCORE),
    # "October ninth", "June 4", "May the 5th, 2019", "Tuesday, June 4", "march the fourth"
    ("month and day", rf"(?i)\b{_PART_OF_DAY}?{_WEEKDAY_LEAD}?(?:{_MONTH_SAFE}{_S}(?:the{_S})?{_DAY_NUMBER}|(?:march|may){_S}(?:the{_S})?{_ORDINAL})"
                      rf"(?:(?:{_CORRECTION}|{_DAY_JOIN})(?:{_MONTH_SAFE}{_S}(?:the{_S})?)?{_DAY_NUMBER})*\b{_YEAR_TAIL}",
     DAY_SCORE),
    # "the morning of the 9th", "the early hours of the fifth, no, the sixth"
    ("part of a day", rf"(?i)\b{_PART_OF_DAY}{_ORDINAL_DAYS}\b", WEEKDAY_SCORE),
    # "the fourteenth of this month", "the night of the 3rd of last month"
    ("day of a month said by now", rf"(?i)\bthe{_S}{_ORDINAL}{_S}of{_S}"
                                   rf"(?:this|last|that|next|the{_S}(?:same|following|previous)){_S}month\b", WEEKDAY_SCORE),
    # "on the ninth", "come the 21st", "the rota for the nineteenth, and": an ordinal after a
    # preposition, ending its clause ("for" not before the first three: "voted for the second")
    ("day after a preposition", rf"(?i)(?:(?<=\b(?:on|by|until|till|from|since|before|after|come|around|about)"
                                rf"{_SPACE_OR_BREAK})the{_S}|(?<=\bfor{_SPACE_OR_BREAK})the{_S}(?!(?:first|second|third)\b))"
                                rf"{_ORDINAL}(?:(?:{_CORRECTION}|{_DAY_JOIN}){_ORDINAL})*{_DAY_END}", WEEKDAY_SCORE),
    # "the eighteenth, air india express to kochi", "on the carnival day, um, the nineteenth, we
    # had", "he flew the twentieth": a day from the fourth on, said with "the" and no preposition,
    # ending its clause as above; the first three are ranks as often ("he came the second"), a
    # capitalised one a title's ("Louis the Fourteenth"); not "the fifth floor", "the tenth time".
    # Scored below a reading that says what else the ordinal is ("which division? the twelfth":
    # a unit, workplaces.yaml), which then wins the overlap.
    ("day said alone", rf"(?i)\bthe{_S}(?!(?:first|second|third|1st|2nd|3rd)\b)(?-i:(?![A-Z])){_ORDINAL}"
                       rf"(?:(?:{_CORRECTION}|{_DAY_JOIN}){_ORDINAL})*{_DAY_END}", _DAY_ALONE_SCORE),
    # "last Thursday", "that Friday", "this past Monday", "Thursday the fifth", "friday night,
    # the fourteenth", "the fourteenth, a Friday"
    ("named weekday", rf"(?i)\b(?:last|that|this{_S}past){_S}{_WEEKDAY}\b|\b{_PART_OF_DAY}?{_WEEKDAY_LEAD}the{_S}{_ORDINAL}\b{_NOT_COUNTED}"
                      rf"|\bthe{_S}{_ORDINAL},?{_S}(?:a{_S})?{_WEEKDAY}\b",
     WEEKDAY_SCORE),
    # "the day before Thanksgiving", "Christmas Eve 2021"
    ("a day by a holiday", rf"(?i)\b{_RELATIVE}(?:{HOLIDAY_PATTERN})\b|\b(?:{HOLIDAY_PATTERN}),?{_S}{_YEAR}",
     DAY_SCORE),
    # "June 2023", "june twenty twenty-three", "early March 2022", "late october last year"; "may"
    # and "march" in small letters (a caption's) only right before a year, which makes them the
    # month: "since march twenty twenty-four", "in may 2019" (not "they may twenty", "we march
    # 2000 people")
    ("month and year", rf"(?i)\b(?:(?:early|mid|late)(?:-|{_S}))?(?:{_MONTH_SAFE},?{_S}(?:of{_S})?{_FILLER}"
                       rf"(?:{_YEAR}|(?:last|this|the{_S}following){_S}year\b)|(?:march|may){_S}{_YEAR}{_NOT_A_COUNT_AFTER})",
     GENERAL_DATE_SCORE),
    # "12 Aban", "the 3rd of Shawwal 1443", "Baisakh 5", "Meskerem 2, 2016 E.C.": a day of
    # another calendar's month
    ("day of another calendar's month",
     rf"(?i)\b(?:{_DAYS_BEFORE_MONTH}(?:{_S}of)?{_S}{_OTHER_MONTH}|{_OTHER_MONTH}{_S}(?:the{_S})?"
     rf"(?:{_ORDINAL}|(?:3[0-2]|[12]\d|0?[1-9])(?![\d.,:/]|{_S}(?:%|percent|people|times)))){_OTHER_YEAR}",
     DAY_SCORE),
    # "summer 2019", "the summer of 2019", "early 2020", "mid-2021", "the end of 2019"
    ("season or part of a year", rf"(?i)\b{_SEASON_YEAR_LEAD}(?:-|{_S}){_YEAR}", GENERAL_DATE_SCORE),
    # "last spring", "this past summer", "last march", "last Christmas": a season, month or holiday of a known year
    ("last season", rf"(?i)(?<!\bthe{_S})\b(?:last|this{_S}past){_S}(?:{SEASON_PATTERN}|{_MONTH_FULL}|{HOLIDAY_PATTERN})\b"
                    rf"(?![\w-])", GENERAL_DATE_SCORE),
    # "since August", "in March", "until May", "early September"
    ("month after a preposition", rf"(?i)(?<=\b(?:in|since|until|till|by|from|through|before|after|"
                                  rf"during|early|late|mid|last|next|that){_S}){_MONTH_SAFE}\b(?![\w-])",
     GENERAL_DATE_SCORE),
    # "twenty twenty-two", "in 2019": a year said as one
    ("spoken year", rf"(?i)\b{_SPOKEN_YEAR}(?![-\s]+(?:{_UNITS}|percent|per|people|years?|times|euros?|dollars?))",
     GENERAL_DATE_SCORE),
    ("year after a preposition", rf"(?i)(?<=\b(?:in|since|until|till|by|from|before|after|during|of){_S})"
                                 r"(?:19[5-9]\d|20[0-4]\d)\b(?![.,]?\d)", GENERAL_DATE_SCORE),
)

_ORDINAL_WORD = re.compile(rf"(?i)\b{_ORDINAL}\b")
# A day said alone, ending its clause: the same date as a day of a month the text pins elsewhere
# ("By the 14th of May - sorry, say only the day, the 14th - the cook was gone").
_LONE_DAY = own_compiled(rf"(?i)\bthe{_S}(?P<day>{_ORDINAL})\b{_DAY_END}")
# A month's name or abbreviation in a found date, which then pins its day.
_MONTH_IN = own_compiled(rf"(?i)\b{_MONTH_ANY}(?!\w)")
# A day in digits in a found date ("4 June", "June 4"), not its year.
_DAY_IN_DIGITS = own_compiled(r"(?<![\d.,:/])\b(?:3[01]|[12]\d|0?[1-9])\b(?![\d.,:/])")
# The first three ordinals are ranks and places in a list more often than days ("the second was
# my cousin"); a capitalised ordinal word is a title's ("Louis the Fourteenth").
_FIRST_DAY_ALONE = 4


def _day_values(text: str) -> list[int]:
    """The day numbers in a matched date, read by text2num ("thirty-first" -> 31)."""
    from text_to_num import alpha2digit

    values = []
    for word in _ORDINAL_WORD.findall(text):
        digits = re.match(r"\d+", alpha2digit(word, "en").replace(" ", ""))
        if digits:
            values.append(int(digits.group()))
    return values


class SpokenDateRecognizer(PatternRecognizer):
    """DATE in every spoken form; see the module docstring for what scores how."""

    shipped_patterns = True  # written here, never a user's words: kept compiled per user (prefilter)

    def __init__(self, supported_language: str = "en") -> None:
        patterns = [unchecked_pattern(name, regex, score) for name, regex, score in _PATTERNS]
        super().__init__(supported_entity="DATE", name="SpokenDateRecognizer", patterns=patterns,
                         supported_language=supported_language, global_regex_flags=re.MULTILINE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        again = _days_said_again(self, text, found)
        # a day said alone that the text also names with its month is that date: the surer score
        return [r for r in found if r.score != _DAY_ALONE_SCORE or not _overlaps(r, again)] + again

    def validate_result(self, pattern_text: str) -> bool | None:
        if any(day < 1 or day > 31 for day in _day_values(pattern_text)):
            return False
        return None


def _overlaps(result: RecognizerResult, others: list[RecognizerResult]) -> bool:
    return any(o.start < result.end and result.start < o.end for o in others)


def _pinned_days(text: str, found: list[RecognizerResult]) -> set[int]:
    """The days of a month the found dates name ("the 9th of August", "June 4" -> {9, 4})."""
    days: set[int] = set()
    for r in found:
        said = text[r.start:r.end]
        if r.score >= DAY_SCORE and _MONTH_IN.search(said):
            days.update(_day_values(said))
            days.update(int(d) for d in _DAY_IN_DIGITS.findall(_ORDINAL_WORD.sub(" ", said)))
    return days


def _days_said_again(recognizer: SpokenDateRecognizer, text: str,
                     found: list[RecognizerResult]) -> list[RecognizerResult]:
    """A day said alone ("the 9th", "the fourteenth") where the text names the same day with its
    month elsewhere: the same date, said again without its month (README, "What counts as a date")."""
    pinned = _pinned_days(text, found)
    if not pinned:
        return []
    again = []
    for m in _LONE_DAY.finditer(text):
        day = m.group("day")
        if day[0].isupper() or any(r.start < m.end() and m.start() < r.end for r in found if r.score != _DAY_ALONE_SCORE):
            continue
        values = _day_values(day)
        if values and values[0] >= _FIRST_DAY_ALONE and values[0] in pinned:
            again.append(explained_result(recognizer, "DATE", m.start(), m.end("day"), WEEKDAY_SCORE,
                                          "a day said alone that the text names with its month"))
    return again
