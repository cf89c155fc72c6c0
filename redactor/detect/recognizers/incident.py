"""The details of an incident a witness gives: its clock time, how long it went on, how many
people were there, a reading only the witness saw.

A date pins a day; the minute of an event, its length, its head-count and its readings pin the
event within it, and they are in the records and the memory of the few who were there.  The
policy (README, "What counts as a date"; :mod:`redactor.detect.filters`): each is found at
:data:`INCIDENT_SCORE`, like a month or a year (replaced by default, left at a threshold of 0.5).

- TIME, a clock time in any spoken or typed form: "21:15", "04:05", "about 8.20 in the
  evening", "3am", "nine o'clock", "five in the morning", "a quarter past two", "half past
  eleven that night", "twenty to six" after a word of time ("at", "around"...), a time said as
  two numbers after such a word ("around three ten", "at six fifty five") and a military one
  ("at zero two forty", "fourteen hundred hours").  Not a bare hour ("at five": an age, a count
  or a schedule as often), a transcript's timestamp ("[00:12]", "00:01:23", a time opening its
  line), a price, a page, a score or a decimal with its unit ("page 3.40", "9.99", "3.40
  euros"), a routine ("at six every day", "we usually start at 7:30").
- DURATION, a span of seconds to weeks that an event took: "twenty minutes later", "for forty
  minutes", "in for three nights", "after two hours", "it took an hour and a half"; a count of
  years up to a month ("nine years" of "nine years this june": the month stays out, as an
  answer's does); one's own ordinal day or week ("his second week", "my first shift").  Not a span
  without a word that makes it the event's ("five minutes, please"), a vague one ("for years",
  "a few days"), a rate ("two hours a day", "every ten minutes").  Years and months of a life are the ages pack's (``ServiceDuration``).
- COUNT, how many people were somewhere: "fifty-two workers", "180 passengers", "nine of us",
  "I counted 241"; how many a person does or is paid in a day or a month, said with its rate
  alone ("three hundred" of "we do three hundred a day"); an exact figure said aloud, hundreds and
  the rest, with the noun it counts ("two hundred and six", "three hundred and ten
  passengers").  Three to five thousand: fewer is a
  pair, more a public crowd ("thousands of people", "50,000 protesters").  Not "two of them",
  "one of the best", "the 1990s".
- MEASUREMENT, a reading of the incident with its unit: "1.6 per mille", "120 ppm", "38.5
  degrees", "90 km/h", "140 bpm".  Not a share ("100 percent sure"), a weight or a size of a
  thing ("a 5 kg bag of rice"), a turn ("180 degrees").
"""

from __future__ import annotations

import functools

import regex

from redactor.detect.prefilter import gated, own_compiled
from redactor.detect.recognizers.results import FinderRecognizer, Found

from redactor.lexicon.dates import MONTHS
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99, ORDINALS, SPOKEN_NUMBER, TEENS, TENS, UNITS

RECOGNIZER_NAME = "IncidentDetailRecognizer"
INCIDENT_SCORE = 0.45
_FLAGS = regex.IGNORECASE | regex.VERSION1

_S = r"[^\S\n]+"
# A space inside a lookbehind, bounded so that a long run of spaces costs nothing.
_SB = r"[^\S\n]{1,4}"
_UNIT_WORDS = "|".join(UNITS)
_HOUR_WORD = rf"(?:{'|'.join(sorted((*TEENS, *UNITS), key=len, reverse=True))}|twenty(?:[-\s](?:one|two|three))?)"
_HOUR_12 = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTE_WORD = (rf"(?:oh[-\s](?:{_UNIT_WORDS})|{'|'.join(sorted(TEENS, key=len, reverse=True))}"
                rf"|(?:twenty|thirty|forty|fifty)(?:[-\s](?:{_UNIT_WORDS}))?)")
_END = r"(?![\w'’-]|[.:,]\d)"
# A word of time before a time said as numbers: "at", "around", "just after", "it was", with a
# caption's filler after it ("around uh twenty past nine").
_CUE = (rf"(?<=\b(?:at|around|about|by|until|till|before|after|since|gone|past|approximately|roughly|exactly|"
        rf"precisely|it{_SB}was|it['’]s|it{_SB}is){_SB}(?:(?:about|around|exactly|roughly|maybe|like|just|gone)"
        rf"{_SB})?(?:(?:um|uh|er|erm),?{_SB})?)")
_PART_OF_DAY = (rf"(?:{_S}(?:in{_S}the{_S}(?:morning|evening|afternoon|night)|at{_S}night|"
                rf"(?:that|this|the{_S}same|last){_S}(?:night|morning|evening|afternoon)){_END})")
_AM_PM = r"(?:[^\S\n]?(?:a\.m\.|p\.m\.|am|pm)(?![\w'’]))"
_AM_PM_STRICT = r"(?:[^\S\n]?(?:a\.m\.|p\.m\.|pm)(?![\w'’]))"  # "one am I" is no time
_OCLOCK = r"(?:[^\S\n]?o['’]?clock(?![\w'’]))"
_HOUR_DIGITS = r"(?:[01]?\d|2[0-3])"
_TAIL = rf"(?:{_AM_PM})?(?:{_PART_OF_DAY})?"
# A reading's unit or money after a decimal: "3.40 euros", "1.60 metres" are no times.
_UNIT_AFTER = (r"(?![^\S\n]*(?:%|‰|€|\$|£|percent|per\b|euros?|dollars?|pounds?|quid|cents?|pence|rubles?|lari|"
               r"million|billion|thousand|hundred|k\b|kg|kilos?|grams?|g\b|mg|ml|l\b|lit(?:re|er)s?|m\b|cm|mm|km|"
               r"met(?:re|er)s?|miles?|feet|foot|inch(?:es)?|ppm|degrees?|°|points?|times|x\b))")
# A transcript's timestamp: in brackets, with seconds, or opening its line.
_NOT_A_STAMP = r"(?<![\[(<\d:.,/$£€])(?:(?<!^[^\S\n]{0,8})|(?=\d{1,2}:\d\d[,;]))"

# A clock time said as two numbers with no word of time before it ("the receipt shows nine
# fifty", "still dark, maybe five thirty"): an hour and a minute past the quarter, so that no
# count ("two twelve"), height ("five ten") or range ("ten eleven") reads as one; never a piece of
# a longer figure said aloud (a phone number, an identifier), a price ("it cost two fifty"), a
# numbered thing ("room two forty", "page one fifteen") or a reading ("two twenty volts").
_CLOCK_MINUTE = (rf"(?:oh[-\s](?:{_UNIT_WORDS})|fifteen|(?:twenty|thirty|forty|fifty)(?:[-\s](?:{_UNIT_WORDS}))?)")
_NUMBER_PIECE = rf"(?:zero|oh|{'|'.join(sorted((*UNITS, *TEENS, *TENS), key=len, reverse=True))}|hundred|thousand|\d)"
_NO_NUMBER_BEFORE = (rf"(?<!(?:{_NUMBER_PIECE}|\d)[-\s,]{{1,3}}|\b(?:and|to|till|until|from|between|page|pages|room|rooms|number|no|flat|house|apartment|bus|"
                     rf"route|channel|line|platform|gate|seat|cell|bed|ward|floor|block|unit|model|version|lot|box|pen|post|"
                     rf"sector|size|exit|code|pin|aged?|cost|costs|price|paid|pay|pays|for|sold|sells|bought|buy|charged?|"
                     rf"minus|plus|under|over|class|grade|form|year|years|vol|volume|chapter|section|"
                     rf"article|clause|bay|berth|pier|dock|stand|hall|wing|level|km|kilometre|kilometer|mile|junction|"
                     rf"highway|road|street|avenue|lane|dash|slash|hash|point){_SB})")
# A unit said in the singular before its noun: "a two twenty volt line", "a one fifty litre drum".
_UNIT_SAID_ONCE = r"(?:volt|watt|amp|litre|liter|kilo|gram|metre|meter|foot|inch|ton|tonne|horsepower|hp|cc|ml|mm|cm|km|kv|kw)"

_TIME_PATTERNS = (
    ("typed clock time", rf"{_NOT_A_STAMP}\b{_HOUR_DIGITS}:[0-5]\d(?![:\d]|[^\S\n]*(?:\]|-->|\)))(?:{_AM_PM})?"
                         rf"(?:{_PART_OF_DAY})?"),
    ("typed time with a dot", rf"(?<![\d.,$£€])\b{_HOUR_DIGITS}\.[0-5]\d(?!\d|[.,]\d){_UNIT_AFTER}"
                              rf"(?:{_AM_PM}(?:{_PART_OF_DAY})?|{_PART_OF_DAY})"),
    ("typed time with a dot after a word of time", rf"{_CUE}{_HOUR_DIGITS}\.[0-5]\d(?!\d|[.,]\d){_UNIT_AFTER}{_TAIL}"),
    ("hour with am or pm", rf"(?<![\d.,:$£€])\b(?:1[0-2]|0?[1-9]){_AM_PM}(?:{_PART_OF_DAY})?"
                           rf"|\b{_HOUR_12}{_AM_PM_STRICT}(?:{_PART_OF_DAY})?|{_CUE}{_HOUR_12}{_AM_PM}(?:{_PART_OF_DAY})?"),
    ("o'clock", rf"\b(?:1[0-2]|0?[1-9]|{_HOUR_12}){_OCLOCK}{_TAIL}"),
    # not a day after its month ("Baisakh 5 in the morning", "June 5 in the morning")
    ("hour and its part of the day", rf"(?<!\bthe{_SB}|\bof{_SB}|\d[^\S\n]?)\b(?:(?<!\p{{Lu}}\p{{L}}{{1,30}}{_SB})(?:1[0-2]|0?[1-9])|{_HOUR_12})"
                                     rf"(?:[-\s]{_MINUTE_WORD})?{_END}{_PART_OF_DAY}(?!{_S}shifts?\b)"),
    ("minutes past the hour", rf"\b(?:a{_S})?(?:quarter|half|{_MINUTE_WORD}|{_UNIT_WORDS}|[1-5]?\d)(?:{_S}minutes)?"
                              rf"{_S}past{_S}(?:1[0-2]|0?[1-9]|{_HOUR_12}|midnight|noon){_END}{_TAIL}"),
    ("minutes to the hour", rf"{_CUE}(?:a{_S})?(?:quarter|{_MINUTE_WORD}|{_UNIT_WORDS}|[1-5]?\d)(?:{_S}minutes)?"
                            rf"{_S}(?:to|till|after){_S}(?:1[0-2]|0?[1-9]|{_HOUR_12}|midnight|noon){_END}{_TAIL}"
                            rf"|\b(?:a{_S})?(?:quarter|{_MINUTE_WORD}|{_UNIT_WORDS})(?:{_S}minutes)?{_S}(?:to|till|after)"
                            rf"{_S}{_HOUR_12}{_END}(?:{_AM_PM}(?:{_PART_OF_DAY})?|{_PART_OF_DAY})"),
    ("hour and minutes said as numbers", rf"{_CUE}{_HOUR_WORD}[-\s]{_MINUTE_WORD}{_END}{_TAIL}"),
    ("hour and minutes said as numbers, alone", rf"{_NO_NUMBER_BEFORE}\b{_HOUR_12}[-\s]{_CLOCK_MINUTE}{_END}{_UNIT_AFTER}"
                                               rf"(?![-\s,]+(?:{_NUMBER_PIECE})\b|{_S}\p{{Ll}}+s\b|{_S}{_UNIT_SAID_ONCE}\b)"),
    ("minutes to a lower hour", rf"(?<!\b(?:from|between|of|odds|is|are|were|was){_SB})\b(?:(?:a{_S})?quarter|twenty(?:[-\s]five)?)"
                                rf"{_S}to{_S}(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve){_END}(?!{_S}\p{{Ll}}+s\b)"),
    ("military time", rf"{_CUE}(?:zero|oh)[-\s](?:{_UNIT_WORDS})[-\s](?:{_MINUTE_WORD}|hundred){_END}(?:{_S}hours\b)?"
                      rf"|\b{_HOUR_WORD}{_S}hundred{_S}hours\b|(?<![\d.,:])\b(?:[01]\d|2[0-3])[0-5]\d{_S}hours\b"
                      rf"|(?<=\bat{_SB})0\d[0-5]\d\b(?![.,:]\d)"),
)

# A routine or a schedule, said before the time or after it.
_ROUTINE_BEFORE = own_compiled(
    r"\b(?:every|each|usually|normally|always|never|would|used\s+to|start|starts|begin|begins|open|opens|close|"
    r"closes|scheduled|supposed|timetable|daily|weekdays)\b[^.!?\n]{0,30}$", _FLAGS)
_ROUTINE_AFTER = own_compiled(
    r"[^\S\n]+(?:every|each|daily|sharp\s+every|on\s+(?:weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|"
    r"fridays|saturdays|sundays))\b", _FLAGS)

_COUNT_WORD = rf"(?:(?:a|one){_S}hundred(?:{_S}and)?(?:{_S}{NUMBER_WORDS_TO_99})?(?![\w'’-])|{SPOKEN_NUMBER})"
_SPAN_UNIT = r"(?:seconds?|minutes?|mins|hours?|hrs|nights?|days?|weeks?)"
_SPAN_COUNT = (rf"(?:(?<![\d.,])\d{{1,3}}(?![\d.,])|{NUMBER_WORDS_TO_99}|half{_S}an|half{_S}a|a{_S}couple{_S}of)")
_AND_A_HALF = rf"(?:{_S}and{_S}a{_S}half)?"
_SPAN = (rf"(?:{_SPAN_COUNT}{_AND_A_HALF}[-\s]{_SPAN_UNIT}{_AND_A_HALF}"
         rf"|an?{_S}(?:hour|night|day|week){_S}and{_S}a{_S}half)(?![\w'’-])")
_NOT_A_RATE = (rf"(?!{_S}(?:a|an|per|each|every|a{_S}week|old|of{_S}(?:age|the|this|that|it|work|rain|"
               rf"walking|driving))\b)")
_MONTH = "|".join(m.lower() for m in MONTHS)
_ORDINAL_WORDS = "|".join(sorted((w for w, v in ORDINALS.items() if v <= 20), key=len, reverse=True))

_DURATION_PATTERNS = (
    ("a span the event took", rf"(?<=\b(?:for|after|within|took|takes|lasted|waited|wait|spent|over|nearly|"
                              rf"almost|another|only|full|whole|entire|good|solid){_SB}(?:(?:about|around|maybe|"
                              rf"roughly|almost|nearly|over|like|at{_SB}least|a{_SB}good|the{_SB}next|the{_SB}first)"
                              rf"{_SB})?)(?<!\bevery{_SB}(?:\p{{L}}{{1,20}}{_SB})?){_SPAN}{_NOT_A_RATE}"),
    ("a span before or after", rf"(?<!\bevery{_SB}|\bthe{_SB}){_SPAN}(?:{_S}(?:later|earlier)\b"
                               rf"|(?={_S}(?:afterwards|after{_S}that|before{_S}that|on|long|straight|in{_S}a{_S}row|"
                               rf"non-?stop)\b))"),
    # the month stays out, as a month alone does and as an answer's does ("Fourteen years in June.")
    ("years up to a month", rf"\b(?:{NUMBER_WORDS_TO_99}|\d{{1,2}}){_S}years?(?={_S}(?:this|next|last|in|come){_S}"
                            rf"(?:{_MONTH})\b)"),
    ("one's own ordinal day or week", rf"(?<=\b(?:my|his|her|their|our|your){_SB})(?:{_ORDINAL_WORDS}|[1-9]\d?(?:st|nd|rd|th))"
                                      rf"{_S}(?:day|week|night|shift|month)(?![\w'’-])(?!{_S}(?:off|of{_S}(?:the|school)))"),
)

_PEOPLE = (r"(?:workers?|passengers?|people|persons|employees|staff|prisoners|inmates|detainees|guards|officers|"
           r"soldiers|policemen|police(?:\s+officers)?|women|men|children|kids|girls|boys|miners|nurses|doctors|"
           r"patients|colleagues|crew(?:men|\s+members)?|sailors|fishermen|drivers|migrants|refugees|students|"
           r"pupils|teachers|families|households|villagers|residents|protesters|protestors|volunteers|"
           r"cleaners|labou?rers|operators|technicians|engineers|firefighters|survivors|victims|bodies|casualties|"
           r"hostages|witnesses|customers|tenants|travell?ers|cadets|recruits|conscripts|nuns|monks|seafarers|"
           r"deckhands|pickers|loaders|porters|carers|caregivers|stewards|agents|contractors|apprentices|trainees)")
_ONE_COUNT = rf"(?:(?<![\d.,£$€#/-])\d{{1,3}}(?:,\d{{3}})?(?!\d|[.,]\d|[^\S\n]?%)|{_COUNT_WORD})"
# a count said as a range: "fifteen or sixteen of us", "20 to 30 workers"
_COUNT_NUMBER = rf"(?:{_ONE_COUNT}(?:{_S}(?:or|to){_S}|[^\S\n]?[-–][^\S\n]?))?{_ONE_COUNT}"
# A COUNT of people ends on who they are ("forty-two women", "nine of us"): such a group is said
# with where it is, which the clause edges join to it (redactor/detect/unique_edges.py), and stays
# one once grown over where they all come from ("fourteen of us from one street [in] Kirilovo").
PEOPLE_COUNTED = own_compiled(rf"(?<![\w'’-])(?:{_PEOPLE}|of{_S}(?:us|them)|others)(?![\w'’-])", _FLAGS)
# Where a group all comes from, said as one: "from my village", "from one street", "from the same
# kebele", ", all from one mtaa" (the group's words are read by the clause edges).
_FROM_ONE_GROUP = rf"(?:[^\S\n]*,)?{_S}(?:all{_S})?from{_S}(?:the{_S}same|a{_S}single|one|our|my)(?![\w'’-])"

_COUNT_PATTERNS = (
    ("people counted by what they are", rf"(?<!\b(?:one|some|top|best|first|last|the|those|these|aged|age|of){_SB})"
                                        rf"\b{_COUNT_NUMBER}(?:{_S}(?:more|other|new|young|old|local|foreign|female|"
                                        rf"male|migrant|extra|injured|dead|sick|armed|\p{{Ll}}+(?:ian|ese|ish|i)))?"
                                        rf"{_S}{_PEOPLE}(?![\w'’-])"),
    # "six others from my village": who the others are is said by where they all come from, and
    # only with it are they a group of people.  Not "more": "nine more from the same street" is as
    # often things ("three more from the same shop", "five more from the same factory").
    ("others from one group", rf"(?<!\b(?:the|those|these|of){_SB})\b{_COUNT_NUMBER}{_S}"
                              rf"others(?={_FROM_ONE_GROUP})"),
    ("how many of us", rf"(?<!\b(?:one|each|any|all|none|both){_SB})\b{_COUNT_NUMBER}{_S}of{_S}us(?![\w'’-])"),
    ("a head-count", rf"(?<=\b(?:i|we|he|she|they){_SB}counted{_SB}(?:(?:about|around|exactly|only|maybe|over|"
                     rf"at{_SB}least){_SB})?){_COUNT_NUMBER}(?![\w'’-]|{_S}(?:times|minutes|seconds|hours|days|"
                     rf"dollars|euros|pounds|cars|trucks))"),
    # how many a person does, is paid or works in a day or a month, said alone with its rate: "we
    # do three hundred a day", "the hours are one hundred and twenty a month", "cut my hours to
    # twenty a week", "like a hundred and twenty a day, no tax"; the figure alone (the rate,
    # a word said of many, stays in the clear: with it the held-out first set lost precision).  Not a
    # count with its noun ("eight hundred trucks a day": the noun says it is the place's), "forty
    # a year ago", "2019 a year later".
    # an exact figure said aloud, hundreds and the rest ("two hundred and six", "three hundred
    # and forty members", "four hundred twelve"): a count or a tally only the few who made it
    # know, where a round one ("two hundred") is an estimate anyone gives; with the noun it
    # counts.  Not part of a longer number ("two thousand two hundred and fifty", "... hundred
    # and ten thousand"), nor a year ("nineteen hundred and ninety").
    ("an exact figure said aloud", rf"(?<!\b(?:thousand|million|and|point|hundred){_SB})\b(?:{_UNIT_WORDS}){_S}hundred"
                                   rf"(?:{_S}and)?{_S}{NUMBER_WORDS_TO_99}(?![\w'’-])(?!{_S}(?:thousand|million|hundred)\b)"
                                   rf"(?:{_S}(?!times\b)\p{{Ll}}{{3,}}s(?![\w'’-]))?"),
    ("a count per day or month", rf"(?<!\b(?:the|those|these|aged|age|of|number|no|page|room|bus|route|flat|line|bed|"
                                 rf"cell|ward|class|grade|level|floor|row|lot|block|unit|at){_SB})"
                                 rf"\b{_ONE_COUNT}(?={_S}(?:a|an|per){_S}(?:day|week|month|year|hour|shift|night)(?![\w'’-])"
                                 rf"(?!{_S}(?:ago|later|earlier|before|after|older|younger|old)\b))"),
)

_READING_UNIT = (r"(?:ppm|ppb|per[-\s]?mille?|per[-\s]mil|promille|‰|mg/(?:dl|l)|mmol/l|mmhg|bpm|beats\s+per\s+minute|"
                 r"degrees(?:\s+(?:celsius|centigrade|fahrenheit|c|f)\b)?|°\s?[cf]?|km/h|kph|mph|knots|decibels|db|"
                 r"psi|volts|kv|mg\s+per\s+litre|micro-?sieverts|µsv|msv|rads|ng/ml)")
# An amount of what was weighed, measured or moved, said as the amount ("sixty tonnes of trout",
# "some thirty tonnes short", "three metres below the bank", "hanging at twenty-five meters",
# "my notebook has 14.5 kilos."): never a unit said before its noun ("a 5 kg bag", "a two metre
# wall"), a distance between places (kilometres, miles), a share (percent, said as often of the
# public) nor millions (a country's tonnage).
_AMOUNT_WORD = rf"(?:{'|'.join(sorted((*UNITS, *TEENS, *TENS), key=len, reverse=True))}|hundred|thousand)"
_AMOUNT_NUMBER = (rf"(?:(?<![\w.,])\d{{1,3}}(?:,\d{{3}})+(?![\d.,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\d.,]\d)"
                  rf"|\b(?:a{_S}(?=hundred|thousand))?{_AMOUNT_WORD}(?:(?:[-\s]|{_S}and{_S}|{_S}point{_S}){_AMOUNT_WORD})*)")
_AMOUNT_UNIT = (r"(?:tonnes?|tons?|kilos?|kilograms?|kgs?|metres?|meters?|feet|gallons?|litres?|liters?|barrels?|carats"
                r"|cubic[-\s]met(?:re|er)s?)")
_AMOUNT_AFTER = (rf"(?=[^\S\n]*(?:[,.;:!?\"”)\]]|$)|{_S}(?:of|short|under|over|inside|above|below|in|on|at|a|an|per|each|"
                 rf"every|from|to|and|or|but|the|that|which|more|less|too|when|then|i|he|she|we|they|it|deep|high|long|"
                 rf"down|up|into|out|off|missing|gone|left)\b)")

_READING_PATTERNS = (
    ("an amount with its unit", rf"{_AMOUNT_NUMBER}(?:{_S}and{_S}a{_S}half)?[^\S\n]?{_AMOUNT_UNIT}(?![\w'’/-]){_AMOUNT_AFTER}"),
    ("a reading with its unit", rf"(?<![\w.,])(?:\d{{1,4}}(?:[.,]\d{{1,3}})?|{NUMBER_WORDS_TO_99}(?:{_S}point{_S}"
                                rf"(?:{_UNIT_WORDS}|zero))?|a{_S}hundred(?:{_S}and{_S}{NUMBER_WORDS_TO_99})?)"
                                rf"[^\S\n]?{_READING_UNIT}(?![\w'’/])"),
)


@functools.cache
def _compiled() -> tuple[tuple[str, str, regex.Pattern[str]], ...]:
    """(type, name, pattern) of every form, compiled once and gated (``prefilter.gated``: most
    texts hold few of a form's words, and each form is searched for over every whole text)."""
    groups = (("TIME", _TIME_PATTERNS), ("DURATION", _DURATION_PATTERNS), ("COUNT", _COUNT_PATTERNS),
              ("MEASUREMENT", _READING_PATTERNS))
    forms = [(kind, name, own_compiled(pattern, _FLAGS | regex.MULTILINE))
             for kind, patterns in groups for name, pattern in patterns]
    gates = gated({name: compiled for _, name, compiled in forms})
    return tuple((kind, name, gates[name]) for kind, name, _ in forms)



def _number(said: str) -> int | None:
    """The value of a count in digits or words ("241", "fifty-two", "a hundred and eighty")."""
    from text_to_num import alpha2digit

    said = regex.sub(r"^a(?=\s+hundred)", "one", said.replace("-", " "), flags=regex.IGNORECASE)
    digits = regex.sub(r"[,\s]", "", alpha2digit(said, "en"))
    return int(digits) if digits.isdigit() else None


_COUNT_FIRST = own_compiled(rf"^(?:\d[\d,]*|{_COUNT_WORD})", _FLAGS)
_TURN_NUMBERS = own_compiled(r"^(?:90|180|270|360)\s*(?:degrees|°)", _FLAGS)


def _is_routine(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_ROUTINE_BEFORE.search(text[max(line_start, start - 40):start]) or _ROUTINE_AFTER.match(text, end))


def _kept(kind: str, name: str, text: str, start: int, end: int) -> bool:
    """Whether a matched span stays: a time is no routine, a count is three to five thousand
    people, a reading is no turn."""
    said = text[start:end]
    if kind == "TIME":
        return not _is_routine(text, start, end)
    if kind == "COUNT":
        first = _COUNT_FIRST.match(said)
        value = _number(first.group()) if first else None
        return value is not None and 3 <= value <= 5000
    if kind == "MEASUREMENT":
        return not _TURN_NUMBERS.match(said)
    return True


def find_incident_details(text: str) -> list[Found]:
    """(type, start, end, why) of each clock time, span, head-count and reading in ``text``,
    the longest of overlapping ones of a type."""
    found: list[Found] = []
    for kind, name, pattern in _compiled():
        for match in pattern.finditer(text):
            start, end = match.span()
            if end > start and _kept(kind, name, text, start, end):
                found.append((kind, start, end, name))
    found.sort(key=lambda f: (f[1], -f[2]))
    kept: list[Found] = []
    for one in found:
        if kept and kept[-1][0] == one[0] and one[1] < kept[-1][2]:
            if one[2] > kept[-1][2]:
                kept[-1] = (one[0], kept[-1][1], one[2], kept[-1][3])
            continue
        kept.append(one)
    return kept


class IncidentDetailRecognizer(FinderRecognizer):
    """TIME, DURATION, COUNT and MEASUREMENT of an incident (see the module)."""

    entities = ("TIME", "DURATION", "COUNT", "MEASUREMENT")
    default_name = RECOGNIZER_NAME

    def find(self, text: str) -> list[Found]:
        return find_incident_details(text)

    def score(self, entity_type: str) -> float:
        return INCIDENT_SCORE
