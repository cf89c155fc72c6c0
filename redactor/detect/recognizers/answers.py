"""Ages, durations and jobs given as bare answers, and durations people say without "for".

An interviewee answers a question with a fragment: "How old are you? - Fifty-two.", ">> how long
you been on the boats >> nine years", "And your job?\\nFilleter on line three.", "What do you do
there? >> forklift driver, nights".  Alone, "Fifty-two" or "Filleter" says nothing a pattern can
read; after the question it is the age or the job.  :class:`AnswerRecognizer` finds a question
about an age, a duration or a job (:data:`_QUESTION`), the end of that question (its "?", the next
caption turn mark ">>" or the line's end) and the start of the next turn, whatever the format
writes between them: line breaks, a timestamp, a dialogue dash, ">>", a speaker label ("A:",
"MARTA:", "**A:**"), a diarisation label ("SPEAKER_01") or a voice's name (WebVTT ``<v Name>``
and JSON speaker fields are pieces of their own, joined with a space before the answer's cue).
Fillers and a relayed "she says" may open the answer ("um, nine years", "she says forty-one").
What the turn starts with is then read as the question's kind:

- AGE: a number (words or digits) that ends its clause: "Fifty-two.", "twenty-nine, and two kids";
- DURATION: a count of years, months, decades, summers, winters, seasons or harvests, with the
  place of that time when it follows in lower case ("Nine years in the prison service.",
  "Fourteen years in June." keeps the month out); after "how many years" a bare number.  Hours,
  minutes, days and weeks are left: they time an event ("How long did it take? - Two hours."),
  and the guideline counts durations that date a person.  A question of how long "it" took,
  lasted or was waited for is no such question;
- COUNT: after "how many" (not of years or seasons), the number the answer starts with, with its
  scale and a second guess ("Forty-one since March 2024.", "nine or ten", "about 1,200"): how many
  films a projectionist copied or books a binder counted is what the source saw; not how many
  people came or died (a crowd or a toll: public);
- OCCUPATION: the answer's first noun phrase, up to a comma, a full stop, a preposition or a
  clause word, when its last word is a job ("Filleter" of "Filleter on line three.", "forklift
  driver" of "forklift driver, nights"): a word of the roles pack's job lists or one with an
  agent's ending that those lists do not call a relation or a stance.

Without a question, three spoken durations and one spoken age are found: a count of summers,
winters, seasons or harvests ("Seven summers.", "six seasons on the boats"); an ordinal one with
a possessive ("this is my third season", "my sixth winter here"); "the last five" or "the first
three" shortly after a duration ("Twelve years in nursing. The last five at Hillcrest"); and an
age said as a sentence of its own right after the speaker's name ("Dmitri Sokolov. Everyone says
Dima. Fifty-one. I live in ...").  Not found: a number after another question (a time:
"What time? - Nine."), "Nothing, I'm scared." after a job question,
a year ("In 2019.").
"""

from __future__ import annotations

import functools
from itertools import chain
from typing import Iterator, Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.results import FinderRecognizer, Found
from redactor.detect.recognizers.spoken.base import number_value
from redactor.lexicon.dates import MONTHS, MONTHS_AND_DAYS
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99, ORDINALS, TENS, ordinal_value

RECOGNIZER_NAME = "AnswerRecognizer"
AGE_SCORE = 0.6
COUNT_SCORE = 0.5
DURATION_SCORE = 0.55
JOB_SCORE = 0.5
NAME_SCORE = 0.85  # as sure as the model: a span the model typed otherwise is this person
FIRM_SCORE = 0.6
_FLAGS = regex.IGNORECASE | regex.VERSION1

_S = r"[^\S\n]"
_NUM = rf"(?:{NUMBER_WORDS_TO_99}|(?<!\d)\d{{1,3}}(?!\d))"
_UNIT = r"(?:years?|months?|decades?|summers?|winters?|seasons?|harvests?)"
_SEASONAL = r"(?:summers|winters|seasons|harvests)"
_COUNT = (rf"(?:{_NUM}|an?|a{_S}+couple{_S}+of|a{_S}+few|half{_S}+a|one{_S}+and{_S}+a{_S}+half)")
_HALF = rf"(?:{_S}+and{_S}+a{_S}+half)?"
_DURATION = (rf"{_COUNT}{_HALF}{_S}+{_UNIT}{_HALF}"
             rf"(?:,?{_S}+(?:and{_S}+)?(?:{_NUM}|an?){_S}+(?:months?|weeks?))?")
# What may follow a duration of a life: never "ago", "later", "old" (an age), "from now".
_NOT_A_SPELL = (rf"(?!{_S}+(?:ago|later|earlier|before|after|old|of{_S}+age|from{_S}+now|time|younger|"
                rf"older|apart|of{_S}+(?:the|this|that|it))(?![\w'’-]))")
# Where a bare answer ends: its clause, its line or its turn ends, or a new clause begins.
_ENDS = (rf"(?:[^\S\n]*(?:[.,;!?)\]…]|\n|$|>>|[-–—]{_S})|{_S}+(?:and|or|but|yeah|yes|now|next|this|in|at|i|she|he|we|"
         rf"they|my|um|uh|er|erm|maybe|soon|already|so|too|actually|then|when|last|come|you\s+know)(?![\w'’-]))")
_TAIL_END = (rf"(?:[^\S\n]*(?:[.,;:!?)\]…]|\n|$|>>)|{_S}+(?:and|but|then|before|after|when|so|because|now|i|we|he|she|"
             rf"they|you|um|uh|er|yeah|since)(?![\w'’-]))")
# Where the time was spent, said after it in lower case: "in the prison service", "on the railways".
_TAIL = (rf"(?P<tail>{_S}+(?:in|on|at|with|inside|as|behind)(?:{_S}+(?:the|this|that|a|an|my|our))?"
         rf"(?:{_S}+[\p{{L}}][\p{{L}}'’-]*){{1,3}}?(?={_TAIL_END}))?")

# What a firm rather than a person is asked after "who" for ("who runs it?", "who pays you?").
_FIRM_VERBS = (r"owns?|owned|runs?|ran|pays?|paid|employs?|employed|hires?|hired|makes?|made|builds?|built|"
               r"supplies|supplied|operates?|operated|sells?|sold|insures?|insured|funds?|funded")
# A question of age, of a duration or of a job (the kinds are the group names); or who someone
# is ("who else knows?", "who was the caller?", "is there anyone who would talk?"), which a
# name alone answers.
_QUESTION = own_compiled(rf"""(?x)
    (?P<age> \b how {_S}+ old \b | \b what {_S}+ age \b | \b (?: your | his | her | their ) {_S}+ age \b
           | (?<! [\w'’-] ) age {_S}* \? )
  | (?P<duration> \b how {_S}+ long \b | \b how {_S}+ many {_S}+ (?: years | seasons | summers | winters ) \b )
  | (?P<count> \b how {_S}+ many \b )
  | (?P<job> \b what {_S}+ (?: do | does | did ) {_S}+ (?: you | he | she | they | (?: your | his | her ) {_S}+ \w+ ) {_S}+ do \b
           # asked inside a request: "say who you are and what you do", "tell me what you do here"
           | \b what {_S}+ you {_S}+ do \b (?! {_S}+ (?: with | to | about | if | when | next | then ) \b )
           | \b (?: your | his | her | their ) {_S}+ (?: job | role | work | occupation | profession | trade | position
                                                   | line {_S}+ of {_S}+ work ) \b
           | \b what {_S}+ (?: kind {_S}+ of {_S}+ | sort {_S}+ of {_S}+ )? (?: work | job ) \b )
  | (?P<name> \b (?: your | his | her ) {_S}+ (?: full {_S}+ | real {_S}+ )? name \b (?! {_S}+ (?: is | was ) \b )
            | \b who {_S}+ are {_S}+ you \b
            # what to call the source, asked for the record ("What should I call you?"); not "how
            # can I call you", which a phone number answers
            | \b what {_S}+ (?: should | shall | do | can | may | would ) {_S}+ (?: i | we | they | people | others ) {_S}+ call {_S}+ you \b
            # a name offered, not demanded ("if you want to give a name", "any name you'd like
            # to use", "what name should I use"): the answer's shape proves it was one
            | (?<= \b (?: give | tell | say | share | leave ) {_S}+ (?: (?: me | us ) {_S}+ )? ) (?: a | any ) {_S}+ name \b
            | \b (?: what | which ) {_S}+ name {_S}+ (?: should | shall | can | do | would | will | may ) {_S}+ (?: i | we | you ) \b
            # who the one spoken to is, asked as the sentence left open for the name ("And you are?")
            | \b and {_S}+ you {_S}+ are (?= {_S}* (?: \? | \n | $ ) ) )
  | (?P<who> \b who \b (?! {_S}+ (?: do | did | does ) {_S}+ (?: you | he | she | they ) {_S}+ work \b )
                     (?! {_S}+ (?: {_FIRM_VERBS} ) \b ) )
""", _FLAGS)
# Things, not people, whose age is asked: "how old is the house?".
_THING = own_compiled(r"\b(?:it|that|this|building|house|car|truck|lorry|van|boat|ship|plane|flat|tractor|machine|"
                       r"bike|photo|picture|video|letter|tree|church|bridge|school|company|firm|plant|ward|prison)\b",
                       _FLAGS)
# How many people came or died counts a crowd or a toll, public ("How many people came to the
# protest? Maybe 200.", "How many died? Fourteen."): "people" says nothing of who (as in the
# singling pack's group counts), a death or an injury is an event's.
_CROWD = own_compiled(r"\b(?:people|persons|died|dead|killed|injured|wounded|hurt|casualties|victims)\b", _FLAGS)
# How long "it" took, lasted or was waited for times an event, not a life.
_EVENT = own_compiled(r"\b(?:take|takes|took|taking|last|lasts|lasted|wait|waited|waiting|queue|queued|queuing|"
                       r"journey|trip|flight|drive|ride|walk)\b|\b(?:did|does|do|will|would|is|was|has|had)\s+it\b",
                       _FLAGS)
# "How long in the job?", "and how long on the boats?": asked without a verb, of the person spoken to.
_VERB = own_compiled(r"\b(?:is|was|were|are|does|did|do|will|would|has|had|have)\b|['’]s\b", _FLAGS)
_PERSON = own_compiled(r"\b(?:you|he|she|they|we|i|your|his|her|their)\b", _FLAGS)
# After "what do you do", a clause that asks what one does about something, not for work.
_NOT_WORK = own_compiled(r"\b(?:when|if|with|about|after|then|next|to|now|instead|against|if)\b", _FLAGS)
# A request put as a question ("Can you tell me your name?", "could I have your name"): a name answers it.
_REQUEST = own_compiled(r"(?:^|[.!?>:\n-])[^\S\n]*(?:and[^\S\n]+|so[^\S\n]+)?(?:can|could|would|will|may)[^\S\n]+"
                        r"(?:you[^\S\n]+(?:please[^\S\n]+)?(?:tell[^\S\n]+(?:me|us)|say|state|give[^\S\n]+(?:me|us)|spell)"
                        r"|i[^\S\n]+(?:please[^\S\n]+)?(?:have|get|take|ask|know))[^\S\n]+$", _FLAGS)
_YES_NO = own_compiled(r"(?:^|[.!?>:\n-])[^\S\n]*(?:and[^\S\n]+|so[^\S\n]+)?(?:do|does|did|is|are|was|were|have|has|had|"
                        r"can|could|will|would|should|did)\b[^.!?\n]*$", _FLAGS)

_GAP = r"[^\S\n]*(?:\n[^\S\n]*){0,3}"
_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[^\S\n]*)?"
_MARK = r"(?:(?:>>|[-–—•])[^\S\n]*)?"
_LABEL = r"(?:[*_]{0,2}\p{L}[\p{L}\d .'’-]{0,29}:[*_]{0,2}[^\S\n]*|(?-i:[QA])\.[^\S\n]+)?"
_DIARISED = r"(?:(?:SPEAKER_?\d+|Speaker[^\S\n]+\d+|Interviewer|Interviewee|Respondent)[^\S\n]+)?"
# What stands between a question's end and its answer, in any format.
_LEAD = own_compiled(_GAP + _TIMESTAMP + _MARK + _LABEL + _DIARISED + _MARK + _GAP, _FLAGS)
# A voice's name before a number answer ("... company? Marta Lopez Nine years."): WebVTT voices.
_VOICE = own_compiled(rf"(?-i:(?:(?!(?i:{NUMBER_WORDS_TO_99})\b)\p{{Lu}}\p{{Ll}}+{_S}+){{1,3}})", _FLAGS)
_FILLERS = own_compiled(
    rf"(?:(?:um|uh|er|erm|eh|hmm|oh|ah|well|so|yeah|yes|ok|okay|i{_S}+think|(?:she|he|they){_S}+(?:says?|said)"
    rf"(?:{_S}+that)?)[,.]?{_S}+){{0,3}}", _FLAGS)
_HEDGES = own_compiled(
    rf"(?:(?:i['’]?m|i{_S}+am|(?:she|he)(?:['’]s|{_S}+is)|it['’]s(?:{_S}+been)?|it{_S}+(?:is|has{_S}+been)|"
    rf"about|almost|nearly|just|only|over|around|roughly|maybe|probably|turned|turning|going{_S}+on|"
    rf"coming{_S}+up{_S}+to|more{_S}+than|close{_S}+to)[,.]?{_S}+){{0,2}}", _FLAGS)
# A relayed answer may come a turn or two after the question: "she says forty-one and ...".
_RELAYED = own_compiled(rf"(?:^|(?<=[\n>.?!-]{_S}*))(?:(?:the{_S}+)?interpreter:?{_S}+)?(?:she|he|they){_S}+"
                         rf"(?:says?|said)(?:{_S}+that)?{_S}+(?:(?:she|he)(?:['’]s|{_S}+is){_S}+)?", _FLAGS)
_RELAY_REACH = 400
# How far after "how long"/"how old" a caption's answer may follow with no turn mark between.
_INLINE_REACH = 60

# After an age question, a caption's answer may run on into what else the speaker says of
# themselves ("forty two divorced three kids", "fifty one from the north"): a lower-case word that
# counts nothing may follow the age (not "two kids", "three hundred", "five minutes").
_AGE_RUNS_ON = (rf"{_S}+(?!(?:hundred|thousand|million|point|percent|per|o['’]clock|am|pm|of|more|times|minutes?|hours?|"
                rf"days?|weeks?|months?|kilos?|metres?|meters?|miles?|km|kg|people|men|women|kids|children|"
                rf"{NUMBER_WORDS_TO_99})(?![\w'’-]))(?-i:\p{{Ll}})[\p{{L}}'’-]*(?<![sS])(?![\w'’-])")
_AGE_ANSWER = own_compiled(
    rf"(?P<span>{_NUM}(?:{_S}*(?:,|or|to){_S}*{_NUM})?(?:(?:{_S}+|-)years?(?:(?:{_S}+|-)old|{_S}+of{_S}+age)?)?)"
    rf"(?!{_S}*:\d)(?={_ENDS}|{_AGE_RUNS_ON})", _FLAGS)
_DURATION_ANSWER = own_compiled(rf"(?P<span>{_DURATION}){_NOT_A_SPELL}{_TAIL}", _FLAGS)
# After "how many", the number the answer starts with, in words or figures and with its scale
# ("Forty-one since March 2024", "seventeen that i counted", "about 1,200", "forty thousand"): what
# was counted, whatever follows; not a time, a share or a rate ("ten past", "twelve percent").
_SCALED = rf"(?:{_NUM}|\d{{1,3}}(?:,\d{{3}})+)(?:(?:{_S}+|-)(?:and{_S}+)?(?:hundred|thousand|{_NUM}))*"
_HOW_MANY_ANSWER = own_compiled(
    rf"(?P<span>{_SCALED}(?:{_S}*(?:,|or|to){_S}*{_SCALED})?)(?![\w'’-]|[.,:]\d)"
    rf"(?!{_S}*(?:%|percent|per{_S}*cent|o['’]clock|am|pm|a\.m|p\.m|past|to{_S}+\w)(?![\w'’-]))", _FLAGS)
_COUNT_ANSWER = own_compiled(rf"(?P<span>{_NUM}(?:{_S}*(?:,|or|to){_S}*{_NUM})?)(?!{_S}*:\d)(?={_ENDS})", _FLAGS)

# Without a question: a count of seasons, an ordinal one of one's own, "the last five" after a
# duration, an age alone after one's name.
_SEASONS = own_compiled(
    rf"(?<!\b(?:every|each|per|those|these|the|last|past|next|first|other|few|of){_S}+)"
    rf"\b(?P<span>(?:{_NUM}|a{_S}+few|a{_S}+couple{_S}+of){_S}+{_SEASONAL})\b{_NOT_A_SPELL}(?![\w'’-]){_TAIL}", _FLAGS)
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_OWN_ORDINAL = own_compiled(
    rf"\b(?P<span>(?:my|his|her|their|our){_S}+(?P<ordinal>(?:(?:{'|'.join(TENS)})-)?(?:{_ORDINAL_WORDS})|\d{{1,2}}(?:st|nd|rd|th))"
    rf"{_S}+(?:season|summer|winter|harvest|(?<=\b(?:this{_S}+is|it['’]s|it{_S}+is|now|into){_S}+\w+{_S}+\w+{_S}+)year))"
    rf"\b(?!{_S}+of\b)", _FLAGS)
_LAST_FEW = own_compiled(
    rf"\b(?:the{_S}+)?(?P<span>(?:last|first|past|final){_S}+{_NUM}(?:{_S}+{_UNIT})?)(?![\w'’-])"
    rf"(?=[^\S\n]*[.,;:!?\n]|{_S}+(?:at|in|on|with|as|before|i|we|he|she|they)\b){_TAIL}", _FLAGS)
_EARLIER_DURATION = own_compiled(rf"\b{_COUNT}{_HALF}{_S}+{_UNIT}\b", _FLAGS)
_LAST_FEW_REACH = 200
_AGE_SENTENCE = own_compiled(
    rf"[.!?\n][^\S\n]*(?P<span>{_NUM}(?:(?:{_S}+|-)years?(?:(?:{_S}+|-)old)?)?)"
    rf"(?=[^\S\n]*(?:[.!?;]|\n|$))", _FLAGS)
# A sentence that is a name ("Dmitri Sokolov."), or one that gives a name ("Everyone says Dima").
_NAME_ONLY = own_compiled(r"(?-i:\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2})", _FLAGS)
_NAME_CUE = own_compiled(
    r"\b(?:my\s+name\s+is|my\s+name['’]s|i['’]m|i\s+am|call\s+me|calls\s+me|says|known\s+as)\s+(?-i:\p{Lu})", _FLAGS)
_TURN_START = own_compiled(r"(?:^|\n|>>)[^\S\n]*(?:[*_]{0,2}\p{L}[\p{L}\d .'’-]{0,29}:[*_]{0,2})?[^\S\n]*", _FLAGS)
_SENTENCE_END = own_compiled(r"[.!?](?=\s)")

_WORD = own_compiled(r"[\p{L}][\p{L}'’-]*")
# Words that end an occupation said as a fragment: a preposition, a clause word, a pronoun.
_FRAGMENT_STOP = frozenset("""
on in at for with from of near by under and or but so because then when where who which that nights days
weekends mostly now still there here i i'm im we he she they it you me him her us them my our his their
""".split())
# Words that cannot open an occupation said as a fragment.
_NOT_AN_ANSWER = frozenset("""
nothing anything something everything no not none nobody never yes yeah well same depends it's its this that
what why how sorry just only still retired unemployed home everyone everybody whatever sometimes usually
""".split())
_ARTICLES = frozenset({"a", "an", "the"})
_AGENT = own_compiled(r"\p{Ll}{2,}(?:er|or|ist|man|woman|ian|eer|ier|yer|ant)")
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)


@functools.cache
def _job_words() -> tuple[frozenset[str], frozenset[str]]:
    """(job words, words with an agent's ending that are no job), from the roles pack's lists,
    read the first time a job question is met."""
    from redactor.detect.packs import builtin_vocabulary

    def words(*names: str) -> frozenset[str]:
        return frozenset(w.lower() for name in names for w in builtin_vocabulary("roles", name))

    return words("trade", "head", "role_of_person", "self_job", "foreign_title"), words("not_a_job", "not_self_job")


def first_number(span: str) -> int | None:
    """The value of the number a span starts with ("fifty-two", "twenty two", "52"), read as the
    spoken-number recognizers read one."""
    match = regex.match(_NUM, span, _FLAGS)
    digits = number_value(match.group()) if match else ""
    return int(digits) if digits else None


class AnswerRecognizer(FinderRecognizer):
    """AGE, DURATION and OCCUPATION given as bare answers, and spoken durations (see the module)."""

    entities = ("AGE", "DURATION", "COUNT", "OCCUPATION", "PERSON", "ORGANIZATION")
    default_name = RECOGNIZER_NAME

    def find(self, text: str) -> list[Found]:
        return find_answers(text)

    def score(self, entity_type: str) -> float:
        return {"AGE": AGE_SCORE, "DURATION": DURATION_SCORE, "COUNT": COUNT_SCORE, "PERSON": NAME_SCORE,
                "ORGANIZATION": FIRM_SCORE}.get(entity_type, JOB_SCORE)


def find_answers(text: str) -> list[Found]:
    """(type, start, end, why) of each answer and spoken duration in ``text`` (see the module),
    each span once."""
    found: dict[tuple[str, int, int], Found] = {}
    for one in (*_answers(text), *_spoken_durations(text), *_ages_after_a_name(text), *_names_with_ages(text)):
        found.setdefault(one[:3], one)
    return list(found.values())


def _answers(text: str) -> Iterator[Found]:
    asked = chain(((question.lastgroup or "", question) for question in _QUESTION.finditer(text)),
                  (("firm", question) for question in _firm_question().finditer(text)))
    for kind, question in asked:
        end = _question_end(text, question.end(), kind in _NUMBER_KINDS)
        if _asks(text, kind, question.start(), end):
            yield from _answer(text, kind, question, end)
        if kind == "name":
            yield from _inline_name(text, question.end())


@functools.cache
def _firm_question() -> regex.Pattern[str]:
    """A question of the name of a workplace or a firm: "What was the agency called?", "which
    company", "the name of your agency?", "who do you work for?"."""
    from redactor.detect.recognizers.firm_appositions import firm_kinds

    kinds = "|".join(regex.escape(w).replace(r"\ ", rf"{_S}+") for w in firm_kinds())
    whose = r"(?:the|your|his|her|their|that|this)"
    return own_compiled(rf"""(?x)
        \b (?: which | what ) {_S}+ (?: {kinds} ) \b
      | \b (?: what | how ) (?: {_S}+ (?: is | was ) | ['’] s ) {_S}+ {whose} {_S}+ (?: [\p{{L}}-]+ {_S}+ )? (?: {kinds} ) {_S}+ called \b
      | \b {whose} {_S}+ (?: {kinds} ) (?: ['’] s )? {_S}+ (?: (?: has | had ) {_S}+ a {_S}+ )? name \b (?! {_S}+ (?: is | was ) \b )
      | \b name {_S}+ of {_S}+ {whose} {_S}+ (?: [\p{{L}}-]+ {_S}+ )? (?: {kinds} ) \b
      | \b who {_S}+ (?: do | did | does ) {_S}+ (?: you | he | she | they ) {_S}+ work {_S}+ for \b
      | \b who (?: {_S}+ (?: is | was ) | ['’] s ) {_S}+ (?: your | his | her | their ) {_S}+ employer \b
    """, _FLAGS)


# A dialogue dash that opens a turn, in cues joined on one line ("how old are you - forty seven."):
# it ends a question that a number answers; a name or a job after a dash may be the question's
# own words ("the one who watches the fire and the - alembic.").
_DASH_TURN = own_compiled(r"(?<!\S)[-–—](?=[^\S\n])")
_NUMBER_KINDS = frozenset({"age", "duration", "count"})


def _question_end(text: str, at: int, dash_ends: bool = False) -> int:
    """Where the question that starts before ``at`` ends: after its "?", or at the caption turn
    mark (">>", or a dialogue dash when ``dash_ends``) or the line's end that comes first."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    mark = text.find(">>", at, line_end)
    stop = line_end if mark < 0 else mark
    dash = _DASH_TURN.search(text, at, stop) if dash_ends else None
    stop = stop if dash is None else dash.start()
    asked = text.find("?", at, stop)
    return asked + 1 if asked >= 0 else stop


def _asks(text: str, kind: str, start: int, end: int) -> bool:
    """Whether the question from ``start`` to ``end`` asks what its kind says of a person."""
    clause = text[start:end]
    if text[end - 1:end] != "?" and not _caseless_line(text, start, end) and kind != "name":
        return False  # typed text asks with a question mark; a caption may not, nor a request
        # for a name ("Your name, please, just for me."), which the answer's shape then proves
    if kind == "age":
        return _THING.search(clause) is None
    if kind == "duration":
        return _EVENT.search(clause) is None and (_PERSON.search(clause) is not None or "many" in clause.lower()
                                                  or _VERB.search(clause) is None)
    if kind == "who":  # asked of anyone ("is there anyone who would talk?"), in a short clause
        return len(clause.split()) <= _WHO_WORDS_MAX
    if kind == "count":
        return len(clause.split()) <= _COUNT_WORDS_MAX and _CROWD.search(clause) is None
    sentence_start = max(text.rfind(c, 0, start) for c in ".?!\n>") + 1
    if _YES_NO.search(text, max(0, sentence_start - 1), start) \
            and not (kind == "name" and _REQUEST.search(text, max(0, sentence_start - 1), start)):
        return False
    rest = text[start:end]
    if kind == "firm":
        return len(rest.split()) <= 12
    # what one does about something is no work asked; a name may be asked on a condition ("your
    # name, if it's okay", "a name, if you want to give one"), which the answer's shape then proves
    return not ((kind != "name" and _NOT_WORK.search(rest)) or len(rest.split()) > 9)


def _caseless_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` is written without capitals (a caption)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not any(c.isupper() for c in text[line_start:end])


def _answer(text: str, kind: str, question: regex.Match[str], end: int) -> Iterator[Found]:
    """The answer at the start of the turn after a question of ``kind`` ending at ``end``."""
    lead = _LEAD.match(text, end)
    at = lead.end() if lead else end
    if kind == "job":
        yield from _job_answer(text, at)
        return
    if kind == "who" and _BLANKED.search(text, end, at):
        return  # the answer after a speaker field the engine blanked: grouping would read the field and the name as one
    if kind in {"name", "who"}:
        yield from _name_answer(text, at, kind == "who")
        return
    if kind == "firm":
        yield from _firm_answer(text, at)
        return
    shapes = _shapes(kind, question.group())
    starts = [at]
    voice = _VOICE.match(text, at) if text[end - 1:end] == "?" else None
    if voice:
        starts.append(voice.end())
    if text[end - 1:end] != "?":
        # a caption's cues joined without a turn mark: "how long you been on the boats nine years"
        starts.extend(word.start() for word in _WORD.finditer(text, question.end(), min(end, question.end() + _INLINE_REACH)))
    for start in starts:
        found = _number_answer(text, start, shapes)
        if found:
            yield found
            return
    yield from _relayed(text, kind, end, shapes)


def _shapes(kind: str, asked: str) -> list[tuple[str, regex.Pattern[str]]]:
    if kind == "age":
        return [("AGE", _AGE_ANSWER)]
    if kind == "count":
        return [("COUNT", _HOW_MANY_ANSWER)]
    shapes = [("DURATION", _DURATION_ANSWER)]
    if "many" in asked.lower():
        shapes.append(("DURATION", _COUNT_ANSWER))
    return shapes


def _number_answer(text: str, at: int, shapes: list[tuple[str, regex.Pattern[str]]]) -> Found | None:
    """The first of ``shapes`` that the answer at ``at`` (after fillers and hedges) is."""
    at = _FILLERS.match(text, at).end()
    at = _HEDGES.match(text, at).end()
    for kind, shape in shapes:
        match = shape.match(text, at)
        if match is None:
            continue
        value = first_number(match.group("span"))
        if kind == "AGE" and (value is None or not 1 <= value <= 110):
            continue
        start, end = match.span("span")
        return kind, start, _with_tail(text, match, end), f"{kind.lower()} given as an answer"
    return None


def _relayed(text: str, kind: str, end: int, shapes: list[tuple[str, regex.Pattern[str]]]) -> Iterator[Found]:
    """An answer relayed by an interpreter in one of the next turns: "she says forty-one"."""
    if kind != "age":
        return
    relay = _RELAYED.search(text, end, min(len(text), end + _RELAY_REACH))
    if relay is not None and _QUESTION.search(text, end, relay.start()) is None:
        found = _number_answer(text, relay.end(), shapes)
        if found:
            yield found


def _with_tail(text: str, match: regex.Match[str], end: int) -> int:
    """``end`` moved past the place of a duration ("in the prison service") when it is said in
    lower case and is no month ("in June" dates the end of the spell, and a month stays)."""
    if "tail" not in match.groupdict() or match.group("tail") is None:
        return end
    tail = match.group("tail")
    words = [w.lower() for w in _WORD.findall(tail)]
    if any(c.isupper() for c in tail) or any(w in _MONTH_WORDS for w in words):
        return end
    return match.end("tail")


def _job_answer(text: str, at: int) -> Iterator[Found]:
    """The job said as the first noun phrase of the answer at ``at``; when that is no job, the
    job said right after it between commas: the name said first ("jonna ahlqvist, farrier.",
    asked who one is and what one does), or another language's word for the job glossed by it
    ("Matroos, able seaman, for three years": both are the job)."""
    at = _after_voice(text, _FILLERS.match(text, at).end())
    words = _noun_phrase(text, at)
    if not words or words[0].group().lower() in _NOT_AN_ANSWER or words[0].start() != _first_word_at(text, at):
        return
    if is_job(words[-1].group().lower()) and not _a_name(words):
        yield "OCCUPATION", words[0].start(), words[-1].end(), "job given as an answer"
        return
    comma = _COMMA.match(text, words[-1].end())
    then = _noun_phrase(text, comma.end()) if comma is not None else []
    if not then or not is_job(then[-1].group().lower()):
        return
    yield "OCCUPATION", then[0].start(), then[-1].end(), "job given as an answer"
    if len(words) == 1 and _foreign_word(words[0].group()):
        yield "OCCUPATION", words[0].start(), words[0].end(), "job given as an answer"


_COMMA = own_compiled(r"[^\S\n]*,[^\S\n]*")
# Below this Zipf frequency in English a word no name list holds is another language's.
_FOREIGN_ZIPF = 2.0


# Above this frequency a given name of the name lists is a word first ("line", "rose").
_GIVEN_NAME_ZIPF = 4.5


def _a_name(words: list[regex.Match[str]]) -> bool:
    """Whether the words are a person's name: a given name of the name lists, then more words
    ("jonna ahlqvist": not a job for its ending)."""
    info = default_gazetteer().lookup(words[0].group().lower())
    return len(words) > 1 and info is not None and info.first and info.zipf < _GIVEN_NAME_ZIPF


def _foreign_word(word: str) -> bool:
    """Whether ``word`` is no English word and no name the name lists hold ("Matroos")."""
    return len(word) >= 4 and zipf_frequency(word.lower(), "en") < _FOREIGN_ZIPF \
        and default_gazetteer().lookup(word.lower()) is None


def _noun_phrase(text: str, at: int) -> list[regex.Match[str]]:
    """The words of the noun phrase said at ``at`` (up to four, up to a stop word or a mark), its
    article left out."""
    words: list[regex.Match[str]] = []
    for word in _WORD.finditer(text, at, min(len(text), at + 80)):
        between = text[(words[-1].end() if words else at):word.start()]
        if between.strip() or word.group().lower() in _FRAGMENT_STOP or len(words) == 4:
            break
        words.append(word)
    if words and words[0].group().lower() in _ARTICLES:
        words = words[1:]
    return words


# What a name answer ends at: its clause's end.
_NAME_END = own_compiled(r"[^\S\n]*(?:[.,;!?]|$|\n)", regex.M)
# ... or, answering who someone is, the pronoun that takes the name up ("khaoula she sits next to me").
_TAKEN_UP = own_compiled(r"[^\S\n]+(?:he|she)(?:['’]s)?(?![\w'’-])", regex.I)
_NAME_WORDS_MAX = 4
# Words of a question of who someone is (from "who" to its end), at most.
_WHO_WORDS_MAX = 10
# Words of a question of how many (from "how many" to its end), at most.
_COUNT_WORDS_MAX = 12
# A speaker field the engine blanked (spaces of its length) between a question and its answer.
_BLANKED = own_compiled(r" {3,}")
# A hedge before a name said as who someone is ("maybe ion, the romanian boy").
_WHO_HEDGE = own_compiled(r"(?:maybe|perhaps|probably)[,.]?[^\S\n]+", regex.I)


def _name_answer(text: str, at: int, who: bool = False) -> Iterator[Found]:
    """The name said as the whole first clause of the answer at ``at`` ("And your name? Rupali
    Akter.", "your name >> sipho dlamini"): one to four words, each a name the lists know or no
    everyday English word, capitalised unless the line is a caption's.  Answering ``who`` someone
    is, a hedge may come before it and the pronoun that takes it up after it ("maybe ion, the
    romanian boy", "khaoula she sits next to me")."""
    at = _after_voice(text, _FILLERS.match(text, at).end())
    hedge = _WHO_HEDGE.match(text, at) if who else None
    at = hedge.end() if hedge else at
    words: list[regex.Match[str]] = []
    for word in _WORD.finditer(text, at, min(len(text), at + 80)):
        if text[(words[-1].end() if words else at):word.start()].strip() or len(words) > _NAME_WORDS_MAX \
                or who and words and _TAKEN_UP.match(text, words[-1].end()):
            break
        words.append(word)
    if not words or len(words) > _NAME_WORDS_MAX or words[0].start() != _first_word_at(text, at) \
            or not (_NAME_END.match(text, words[-1].end()) or who and _TAKEN_UP.match(text, words[-1].end())):
        return
    if _all_names(text, words):
        yield "PERSON", words[0].start(), words[-1].end(), "name given as an answer"


def _all_names(text: str, words: Sequence[regex.Match[str]]) -> bool:
    """Whether every word of an answer is a name: a name the lists know or no everyday word
    (:func:`_name_word`), or, beside such a word, a name of the lists that is also an everyday
    word (:func:`_listed_name_word`: "song" of "song lianjie")."""
    caption = _caseless_line(text, words[0].start(), words[-1].end())
    named = [_name_word(w.group(), caption) for w in words]
    return all(named) or any(named) and all(ok or _listed_name_word(w.group(), caption) for ok, w in zip(named, words))


# What may follow a request for a name before the name is said: who it is for ("and your name,
# just for me", "your full name for the record", "for our notes only"), or the condition it is
# asked on ("your name, if it's okay", "if it's safe", "if you don't mind", "if that is all right
# with you").
_CONDITION = (rf"if{_S}+(?:(?:it|that|this)(?:['’]s|{_S}+is)(?:{_S}+(?:all{_S}+right|(?:not{_S}+)?(?-i:\p{{Ll}}+)))?"
              rf"|you{_S}+(?:don['’]t{_S}+mind|do{_S}+not{_S}+mind|like|want|wish|prefer|agree|can|may|are{_S}+willing"
              rf"|(?:are|['’]re){_S}+(?:okay|ok|comfortable|happy|fine))|possible|i{_S}+may)"
              rf"(?:{_S}+(?:with|by|for){_S}+(?:you|me|us))?")
_PURPOSE = own_compiled(
    rf"(?:,?{_S}*(?:just{_S}+|only{_S}+)?for{_S}+(?:me|us|now|the{_S}+record|(?:my|our){_S}+(?:notes?|records?|notebook|"
    rf"files?|lawyers?))(?:{_S}+only)?|,?{_S}+please|,?{_S}*{_CONDITION})?[,.]?", _FLAGS)


def _inline_name(text: str, at: int) -> Iterator[Found]:
    """The name said right after a request for it with no question mark between, as cues and
    segments joined on one line read ("... since the closing and your name song lianjie. in the
    team ...", "and your name for the record - jens vanhoudt. but"): after who the name is for and
    a turn mark, the whole clause is a name (:func:`_name_answer`)."""
    purpose = _PURPOSE.match(text, at)
    at = purpose.end() if purpose else at
    if text[at:at + 1] == "?":
        return  # asked with its mark: the answer is read after it
    lead = _LEAD.match(text, at)
    for found in _name_answer(text, lead.end() if lead else at):
        words = [word.group() for word in _WORD.finditer(text, found[1], found[2])]
        if len(words) > 1 or _known_name(words[0]):
            yield found  # a word alone a name of the lists: "distorted" of "not his name, distorted." is none


def _known_name(word: str) -> bool:
    """Whether ``word`` is a given name or a surname of the name lists."""
    from redactor.lexicon.folding import fold_name

    info = default_gazetteer().get(fold_name(word))
    return info is not None and (info.first or info.last)


def _firm_answer(text: str, at: int) -> Iterator[Found]:
    """The firm's name said as the whole first clause of the answer at ``at`` ("What was the agency
    called? - Harbourlight Crewing.", "which factory >> brenmoor knitwear"), read as a firm's name
    in apposition is (:func:`redactor.detect.recognizers.firm_appositions.firm_name_end`)."""
    from redactor.detect.recognizers.firm_appositions import firm_name_end

    at = _after_voice(text, _FILLERS.match(text, at).end())
    first = _WORD.match(text, at)
    if first is None:
        return
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    end = firm_name_end(text, at, line_end, _caseless_line(text, at, line_end), alone=True)
    if end is not None:
        yield "ORGANIZATION", at, end, "firm named as an answer"


def _name_word(word: str, caption: bool) -> bool:
    from redactor.lexicon.frequency import zipf_frequency
    from redactor.lexicon.names import WORD_ZIPF, default_gazetteer

    if not (caption or word[:1].isupper()) or word.lower() in _NOT_AN_ANSWER:
        return False
    info = default_gazetteer().get(word.casefold())
    return (info is not None and info.is_name_not_word) or zipf_frequency(word.lower(), "en") < WORD_ZIPF


def _listed_name_word(word: str, caption: bool) -> bool:
    """Whether ``word`` is a given name or a surname of the name lists that is also an everyday
    English word ("song" of "song lianjie", "park" of "park mi-ok", "said" of "said ahmed
    soilihi"): a name when the answer's other words are names that are no words."""
    from redactor.lexicon.names import FUNCTION_WORDS

    if not (caption or word[:1].isupper()) or word.lower() in _NOT_AN_ANSWER or word.lower() in FUNCTION_WORDS:
        return False  # "my" of "my teniente, ignacio valdebenito" is in the lists of given names
    return _known_name(word)


def _after_voice(text: str, at: int) -> int:
    """Where the answer starts after a voice's name that the format put before it ("Marta Lopez"
    of a WebVTT ``<v Marta Lopez>`` or a JSON speaker field): up to three capitalised words the
    name lists know as names and not as words, when a word of the answer follows them."""
    from redactor.lexicon.folding import fold_name
    from redactor.lexicon.names import default_gazetteer

    start = at
    for word in _WORD.finditer(text, at, min(len(text), at + 60)):
        info = default_gazetteer().get(fold_name(word.group()))
        named = word.group()[0].isupper() and info is not None and (info.first or info.last) \
            and not info.is_word and not info.place
        if text[start:word.start()].strip() or not named or word.start() - at > 45:
            break
        start = word.end()
    follows = _WORD.match(text, start + 1) if text[start:start + 1] == " " else None
    return follows.start() if start > at and follows is not None else at


def _first_word_at(text: str, at: int) -> int:
    """Where the answer's first word starts (an article before it is skipped)."""
    first = _WORD.search(text, at)
    if first is not None and first.group().lower() in _ARTICLES:
        first = _WORD.search(text, first.end())
    return first.start() if first is not None else -1


def is_job(word: str) -> bool:
    """A job's word (folded): one of the roles pack's job lists, or one with an agent's ending
    that those lists do not call a relation or a stance."""
    jobs, not_jobs = _job_words()
    if word in jobs or (word.endswith("s") and word[:-1] in jobs):
        return word not in not_jobs
    return bool(_AGENT.fullmatch(word)) and word not in not_jobs


def _spoken_durations(text: str) -> Iterator[Found]:
    """Durations said without "for": seasons counted, one's own ordinal one, "the last five"."""
    lower = text.lower()  # each pattern runs only where its words are
    seasons = any(word in lower for word in ("summer", "winter", "season", "harvest"))
    for match in _SEASONS.finditer(text) if seasons else ():
        if match.group("span").split()[-1][0].isupper():
            continue  # "the Four Seasons", a name
        yield "DURATION", match.start("span"), _with_tail(text, match, match.end("span")), "seasons counted"
    for match in _OWN_ORDINAL.finditer(text) if seasons or "year" in lower else ():
        value = ordinal_value(match.group("ordinal").lower())
        if value is not None and value <= 60:
            yield "DURATION", match.start("span"), match.end("span"), "one's own ordinal season"
    last = any(word in lower for word in ("last ", "first ", "past ", "final "))
    for match in _LAST_FEW.finditer(text) if last else ():
        value = first_number(match.group("span").split(None, 1)[1])
        earlier = _EARLIER_DURATION.search(text, max(0, match.start() - _LAST_FEW_REACH), match.start())
        if earlier is not None and value is not None and 1 < value <= 60:
            yield "DURATION", match.start("span"), _with_tail(text, match, match.end("span")), "the last of a duration"


def _ages_after_a_name(text: str) -> Iterator[Found]:
    """An age said as a sentence of its own among the first of a turn that names the speaker."""
    for match in _AGE_SENTENCE.finditer(text):
        value = first_number(match.group("span"))
        if value is None or not 13 <= value <= 99:
            continue
        turn = _turn_before(text, match.start())
        sentences = _SENTENCE_END.split(text[turn:match.start()])
        if len(sentences) <= 4 and any(_NAME_ONLY.fullmatch(s.strip()) or _NAME_CUE.search(s)
                                       for s in sentences[:2]):
            yield "AGE", match.start("span"), match.end("span"), "age after one's name"


def _turn_before(text: str, at: int) -> int:
    """Where the turn holding ``at`` starts (after its speaker label)."""
    start = max(text.rfind("\n", 0, at), text.rfind(">>", 0, at))
    turn = _TURN_START.match(text, max(start, 0))
    return turn.end() if turn is not None and turn.end() <= at else max(start, 0)


# A person introduced with their age, as captions, notes and lists introduce people ("Iqra, 19.
# Her photo...", "Vuk Radulović, sixteen, went", "my sisters, Ama, 14, and Esi, 11"): one to three
# words at a line's, a turn's or a sentence's start or after a comma, then a comma and an age (not
# a figure of a longer number, "35,000") that ends its clause.
_NAME_THEN_AGE = own_compiled(
    rf"(?:(?<=^|[\n:>.;!?,][^\S\n]*)|(?<=,{_S}*and{_S}+))"
    rf"(?P<name>\p{{L}}[\p{{L}}'’-]*(?:{_S}+\p{{L}}[\p{{L}}'’-]*){{0,2}}),{_S}*(?P<age>{_NUM})(?![,.]\d)"
    rf"(?=[^\S\n]*(?:[.,;)]|\n|$)|{_S}+and\b)", _FLAGS)
# Ages said this way: a child's to an old person's; "Room 0, 0" or a count of a hundred is none.
_AGES = range(1, 100)
# Asked for by no question, a word of the name is one of the name lists or this rare in English
# ("slash" of "two zero two six, slash, eight" is a word, spoken in a number).
_UNASKED_NAME_ZIPF = 3.0


def _names_with_ages(text: str) -> Iterator[Found]:
    """The name a person is introduced by with their age right after it (:data:`_NAME_THEN_AGE`):
    its words names of the lists or rare words, capitalised unless the line is a caption's,
    and none a number, a month or a day ("eighteen, seventeen" of a phone number), nor the whole a
    place ("Lagos, 12 of us")."""
    for match in _NAME_THEN_AGE.finditer(text, overlapped=True):
        words = list(_WORD.finditer(text, match.start("name"), match.end("name")))
        if first_number(match.group("age")) not in _AGES or not _all_names(text, words) \
                or not all(_known_name(w.group()) or zipf_frequency(w.group().lower(), "en") < _UNASKED_NAME_ZIPF
                           for w in words) \
                or any(regex.fullmatch(_NUM, w.group(), _FLAGS) or w.group().lower() in MONTHS_AND_DAYS
                       for w in words) or _a_place(match.group("name")):
            continue
        yield "PERSON", match.start("name"), match.end("name"), "name said with an age"


def _a_place(words: str) -> bool:
    """Whether ``words`` are a place the public gazetteer lists and no name of the name lists, or a
    nationality or a language, whatever the name lists hold ("Nepali, fifty-five": a man's
    nationality and age, though "Nepali" is a surname too)."""
    from redactor.detect.languages import LANGUAGES
    from redactor.lexicon.places import fold_place, public_places

    folded = fold_place(words)
    if folded in LANGUAGES or public_places().get(folded, ("",))[0] == "demonym":
        return True
    return folded in public_places() and not all(_known_name(w) for w in words.split())
