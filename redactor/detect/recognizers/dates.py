"""Dates as people say them: "the fourth of June", "October ninth", "twenty twenty-two".

spaCy's model finds typed dates well and spoken ones poorly ("the twelfth, sorry, the thirteenth
of April", "june twenty twenty-three" in a caption).  :class:`SpokenDateRecognizer` finds them
with one pattern per form, built from word lists, and scores them by the date policy of
:mod:`redactor.detect.filters`:

- a date that pins a day identifies: "the fourth of June", "June 4th", "October ninth",
  "the twelfth, sorry, the thirteenth of April", "last Thursday" -> DATE at :data:`DAY_SCORE`
  (a weekday with "last"/"that"/"this past" at :data:`WEEKDAY_SCORE`);
- a month or a year alone is a generalisable date: "June 2023", "since August", "in March",
  "twenty twenty-two" -> DATE at ``GENERAL_DATE_SCORE`` (replaced at the default threshold,
  left at a stricter one).

Day numbers said in words are checked with ``text2num`` (``alpha2digit``), so "the thirty-second
of May" is not a date.  Ambiguous month names ("may", "march") count only with a capital or
right after a day.  ``dateparser`` was tried for finding dates and dropped: its ``search_dates``
took "We" and "of June and" for dates, missed "October ninth", and does not read spoken years.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from redactor.detect.filters import GENERAL_DATE_SCORE
from redactor.lexicon.numbers import TEENS, TENS, UNITS

DAY_SCORE = 0.85
WEEKDAY_SCORE = 0.6

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# "may" and "march" are also a verb: only capitalised, or right after a day number.
_MONTH_ANY = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_MONTH_SAFE = (r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?-i:March|May))")
_UNITS = "|".join(UNITS)
_ORD_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL = (rf"(?:{_ORD_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
            rf"seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[-\s](?:{_ORD_UNITS})"
            r"|[1-9]\d?(?:st|nd|rd|th))")
_DAY_NUMBER = rf"(?:{_ORDINAL}|[1-9]\d?\b(?!\s*(?:%|percent|per\s+cent|euros?|dollars?|pounds?|people|times)))"
_TEENS = "|".join(TEENS)
_TWO_DIGITS = rf"(?:(?:{'|'.join(TENS)})(?:[-\s](?:{_UNITS}))?|{_TEENS}|oh[-\s](?:{_UNITS}))"
# "nineteen ninety-eight", "twenty twenty-two", "two thousand and nine", "2023".
_SPOKEN_YEAR = (rf"(?:(?:nineteen|twenty)[-\s]{_TWO_DIGITS}|two\s+thousand(?:\s+and)?(?:\s+(?:{_UNITS}|{_TEENS}|"
                rf"twenty(?:[-\s](?:{_UNITS}))?))?)")
_YEAR = rf"(?:\b(?:1[89]|20)\d\d\b|{_SPOKEN_YEAR})"
_S = r"[^\S\n]+"
_CORRECTION = rf"(?:,?{_S}(?:sorry|no|I\s+mean|or|rather|actually|wait)(?:,?{_S}(?:sorry|no|I\s+mean|rather|actually))*,?{_S}(?:the{_S})?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR_TAIL = rf"(?:,?{_S}(?:of{_S})?{_YEAR})?"

_PATTERNS = (
    # "the fourth of June", "4th June 2021", "the twelfth, sorry, the thirteenth of April"
    ("day of month", rf"(?i)\b{_ORDINAL}(?:{_CORRECTION}{_ORDINAL})*(?:{_S}of)?{_S}{_MONTH_ANY}\b{_YEAR_TAIL}",
     DAY_SCORE),
    # "October ninth", "June 4", "May the 5th, 2019"
    ("month and day", rf"(?i)\b{_MONTH_SAFE}{_S}(?:the{_S})?{_DAY_NUMBER}(?:{_CORRECTION}{_DAY_NUMBER})*\b{_YEAR_TAIL}",
     DAY_SCORE),
    # "last Thursday", "that Friday", "this past Monday", "Thursday the fifth"
    ("named weekday", rf"(?i)\b(?:last|that|this{_S}past){_S}{_WEEKDAY}\b|\b{_WEEKDAY}{_S}the{_S}{_ORDINAL}\b",
     WEEKDAY_SCORE),
    # "June 2023", "june twenty twenty-three", "in the summer of 2019"
    ("month and year", rf"(?i)\b{_MONTH_SAFE}{_S}(?:of{_S})?{_YEAR}", GENERAL_DATE_SCORE),
    # "since August", "in March", "until May", "early September"
    ("month after a preposition", rf"(?i)(?<=\b(?:in|since|until|till|by|from|through|before|after|"
                                  rf"during|early|late|mid|last|next|that){_S}){_MONTH_SAFE}\b(?![\w-])",
     GENERAL_DATE_SCORE),
    # "twenty twenty-two", "in 2019": a year said as one
    ("spoken year", rf"(?i)\b{_SPOKEN_YEAR}\b(?![-\s]+(?:{_UNITS}|percent|per|people|years?|times|euros?|dollars?))",
     GENERAL_DATE_SCORE),
    ("year after a preposition", rf"(?i)(?<=\b(?:in|since|until|till|by|from|before|after|during|of){_S})"
                                 r"(?:19[5-9]\d|20[0-4]\d)\b(?![.,]?\d)", GENERAL_DATE_SCORE),
)

_ORDINAL_WORD = re.compile(rf"(?i)\b{_ORDINAL}\b")


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

    def __init__(self, supported_language: str = "en") -> None:
        patterns = [Pattern(name=name, regex=regex, score=score) for name, regex, score in _PATTERNS]
        super().__init__(supported_entity="DATE", name="SpokenDateRecognizer", patterns=patterns,
                         supported_language=supported_language, global_regex_flags=re.MULTILINE)

    def validate_result(self, pattern_text: str) -> bool | None:
        if any(day < 1 or day > 31 for day in _day_values(pattern_text)):
            return False
        return None
