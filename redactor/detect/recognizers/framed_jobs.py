"""A job said in a frame only a job fills, whatever its words.

A job's word the roles pack knows, or one with an agent's ending, is taken there; an own
language's word ("sereno", "bhisti", "mukadam") or a trade's compound is not.  Two frames take
it by where it is said (:class:`FramedJobRecognizer`):

- after a person's verb of work and "as" ("I work as a sereno", "she was hired as a bhisti", "he
  is employed as night sereno"): one to three words, the last a noun or a word no English
  dictionary knows, then the clause ends or goes on with where, for whom or since when
  (:func:`find_work_nouns`); after "my job is" ("my job is mukadam") and "I've been a ... for" or
  "since" a span of time ("I have been a mukadam since 1998"), where an English noun is as often
  what the job is like ("my job was hell", "I've been a fool for years"), only a word no English
  dictionary knows.  Not what one works like or is ("we work as a team", "worked as a child",
  "work as hard as", "worked as usual", "I've been a widow for years": an adjective, a function
  word, or a word the roles pack reads as no job, a relation or a stance: ``not_a_job``,
  ``not_self_job``, ``not_a_post``; a group one works as, :data:`NOT_A_JOB_GROUP`), nor what a
  thing works as ("it worked as a charm", "the room worked as a kitchen": no person before it);
- a trade said as what one works with and a word for a person (below).

A job named by what one works with and a word for a person, said of oneself or of one person:
"I am the hose man", "I'm a cormorant man", "my job is chai wala", "he was the water man",
"i'm a sieve\\nwoman", "I'm the chai wala at the depot", "she's a kennel girl".

The roles pack takes a job by its word or by an agent's ending ("-er", "-man" written as one
word: "ferryman"); a trade said as a compound of a thing worked with and a word for a person
(:data:`PERSON_HEADS`) has no such word and no such ending, and a trade has as many of them as
it has tools, animals and goods.  :class:`FramedJobRecognizer` reads it by its frame: after
"I'm", "I was", "I've been", "he's" or "she was" and an article ("a", "the"; a word that says
which may follow: "the night", "the only"), or after "I work as" or "my job is", one word and
the person word, then the clause ends or goes on with where, for whom or since when.  The
word is a noun or a verb's form ("hose", "cormorant", "ironing"), or a word no English
dictionary knows ("chai", "dabba"), by WordNet's parts of speech
(:func:`redactor.lexicon.dictionary.parts_of_speech`).

Not a job: what one is like or where one belongs ("I'm a lucky man", "a simple girl", "an old
hand", "a grown woman": a word WordNet knows as an adjective; "a family man", "a city boy", "a
company man", "a local girl": :data:`NOT_A_TRADE`), a word the roles pack reads as a judgement
("a hard man", ``not_self_first``), a public place ("a bristol man"), a preference denied or
weighed ("I'm not a tea man", "I'm more of a dog person": the frame wants the article right
after the verb), and a plural ("the hose men").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.dictionary import parts_of_speech
from redactor.lexicon.names import FUNCTION_WORDS
from redactor.lexicon.places import fold_place, public_places

RECOGNIZER_NAME = "FramedJobRecognizer"
SCORE = 0.45
# Words for one person that a trade's word goes before ("the hose man", "the chai wala", "a
# farm hand"); "-wala" is Hindi and Urdu's "the one of".  Not "guy", which says what one is fond
# of as often ("a football guy", "a numbers guy", "a car guy").
PERSON_HEADS = ("man", "woman", "boy", "girl", "lady", "hand", "wala", "wallah", "walla", "wali", "walli")
# Nouns before a word for a person that say where one belongs, whom one lives for or what one
# is like, not one's trade: "a family man", "a city girl", "a company man", "a ladies' man",
# "a yes man", "a people person".
NOT_A_TRADE = frozenset("""
family company country city town village island mountain home church party people yes ladies
ladies' mama mama's mummy's daddy's gentleman man woman girl boy lady guy world career
""".split())
# What a group works as, which no one's job is: "we work as a team", "they worked as a unit".
NOT_A_JOB_GROUP = frozenset("team unit group family whole pair couple crew collective community one".split())
_NOUN = frozenset({"noun"})
_NOUN_OR_VERB = frozenset({"noun", "verb"})
_SP = r"[^\S\n]"
# one person of the story said to be so, "the speaker", "he" or "she"; after a verb of work
# or "my job is" the article may be left out ("I work as chai wala")
_WHO = (rf"(?:(?:i['’]?m|i{_SP}+am|i{_SP}+was|i['’]ve{_SP}+been|i{_SP}+have{_SP}+been|i{_SP}+used{_SP}+to{_SP}+be"
        rf"|i{_SP}+became|(?:he|she)(?:['’]s|{_SP}+(?:is|was|became|had{_SP}+been)))"
        rf"{_SP}+(?:(?:also|now|still|just|only|actually|basically){_SP}+)?(?:an?|the)"
        rf"|(?:(?:i|he|she){_SP}+(?:work|works|worked|['’]m{_SP}+working|am{_SP}+working|was{_SP}+working){_SP}+as"
        rf"|(?:my|his|her){_SP}+(?:job|work|post|position|trade){_SP}+(?:is|was))(?:{_SP}+(?:an?|the))?)")
# a word that says which one, between the article and the trade: "the night", "the only"
_WHICH = r"(?:only|new|night|day|main|second|third|head|chief|senior|junior|assistant|deputy|other)"
_COMPOUND = own_compiled(
    rf"(?<![\w'’-]){_WHO}{_SP}+(?:{_WHICH}{_SP}+)?"
    rf"(?P<word>(?-i:\p{{Ll}}[\p{{Ll}}-]*\p{{Ll}}|[A-Z]{{2,3}}))(?:{_SP}+|{_SP}*\n{_SP}*|-)"
    rf"(?P<head>{'|'.join(PERSON_HEADS)})(?![\w'’-])"
    rf"(?={_SP}*(?:[.,;:!?)\]—–\n]|-{_SP}|$)|{_SP}+(?:on|at|in|for|with|of|from|and|since|here|there|now|too|who"
    rf"|that|um|uh|er|like|by|under|so|but|because|myself)(?![\w'’-]))",
    regex.I)


# a frame only a job fills: a verb of work and "as", "my job is", and "been a ... for" or
# "since" a span of time (checked after the words, :data:`_SPAN`)
_WORK_FRAME = own_compiled(
    rf"(?<![\w'’-])(?:(?:i|he|she|we|they|you)(?:{_SP}+(?:still|now|also|then|just|only|mostly|first|later|once))?"
    rf"(?:{_SP}+(?:work|works|worked|(?:am|was|were){_SP}+working"
    rf"|(?:was|were|am|is|got|get){_SP}+(?:employed|hired|taken{_SP}+on|engaged))"
    rf"|['’](?:m|re|s){_SP}+(?:working|employed|hired|taken{_SP}+on|engaged))"
    rf"(?:{_SP}+(?:mostly|mainly|still|now|there|here|nights|summers|seasonally|part-time|full-time))?{_SP}+as(?:{_SP}+(?:an?|the))?"
    rf"|(?P<own>(?:my|his|her){_SP}+(?:job|profession|occupation|trade){_SP}+(?:is|was)(?:{_SP}+(?:an?|the))?"
    rf"|been{_SP}+(?:an?|the)))"
    rf"(?P<words>(?:{_SP}+(?-i:\p{{Ll}}[\p{{Ll}}'’-]*\p{{Ll}})){{1,3}}?)"
    rf"(?={_SP}*(?:[.,;:!?)\]—–\n]|-{_SP}|$)|{_SP}+(?P<next>on|at|in|for|with|from|since|until|and|but|so|because"
    rf"|when|then|now|here|there|too|um|uh|er|like|under|full-time|part-time)(?![\w'’-]))",
    regex.I)
# a span of time after "been a ... for" ("for twenty years", "for a few months", "for 12 years")
_SPAN = own_compiled(
    rf"{_SP}+(?:since|for{_SP}+(?:\d{{1,2}}|a|about|almost|nearly|over|some|many|several|few|one|two|three|four"
    rf"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?![\w'’-]))",
    regex.I)


@functools.cache
def _pack_words(*names: str) -> frozenset[str]:
    """The words of the roles pack's lists ``names``, in small letters."""
    from redactor.detect.packs import builtin_vocabulary

    return frozenset(w.casefold() for name in names for w in builtin_vocabulary("roles", name))


def _may_name_work(word: str, excluded: frozenset[str], kinds: frozenset[str]) -> bool:
    """Whether ``word`` (in small letters) may name a trade or a job: none of ``excluded``, no
    function word and no public place ("a bristol man" is where one is from, and WordNet knows
    "bristol" as a noun), and a word WordNet knows as one of ``kinds`` and as no adjective, or a
    word it does not know."""
    if word in FUNCTION_WORDS or word in excluded or fold_place(word) in public_places():
        return False
    known = parts_of_speech(word)
    return not known or ("adj" not in known and bool(known & kinds))


def _is_job_noun(word: str) -> bool:
    """Whether ``word`` (in small letters) may be the head of a job: a noun, none of the pack's
    words for what one is (a relation, a stance, a part in a story) and no group."""
    return _may_name_work(word, _pack_words("not_a_job", "not_self_job", "not_a_post") | NOT_A_JOB_GROUP, _NOUN)


def find_work_nouns(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each job said after a verb of work and "as", "my job is" or "been a ...
    for" a span of time (see the module)."""
    for found in _WORK_FRAME.finditer(text):
        words = found["words"].split()
        head = words[-1].casefold()
        if found["own"] and (parts_of_speech(head) or found["own"].startswith("been") and not (
                found["next"] in ("for", "since") and _SPAN.match(text, found.end("words")))):
            continue
        if all(w.casefold() not in FUNCTION_WORDS for w in words) and _is_job_noun(head):
            yield found.end("words") - len(found["words"].lstrip()), found.end("words")


@functools.cache
def is_trade_word(word: str) -> bool:
    """Whether ``word`` (as written) may say the trade before a word for a person: an acronym
    ("the IT man"), or a noun or a verb's form that is no judgement ("a hard man": the pack's
    ``not_self_first``) and no belonging (:data:`NOT_A_TRADE`; see the module)."""
    return word.isupper() or _may_name_work(word.casefold(), _pack_words("not_self_first") | NOT_A_TRADE, _NOUN_OR_VERB)


def find_framed_jobs(text: str, flags: Sequence[bool] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each job said in a frame only a job fills (see the module)."""
    for found in _COMPOUND.finditer(text):
        if is_trade_word(found["word"]):
            yield found.start("word"), found.end("head")
    yield from find_work_nouns(text)


class FramedJobRecognizer(LowerCasePlaceRecognizer):
    """OCCUPATION for a job said in a frame only a job fills (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a job said in a frame only a job fills"
    entity = "OCCUPATION"
    find = staticmethod(find_framed_jobs)
