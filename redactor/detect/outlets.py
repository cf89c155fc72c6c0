"""A news outlet named by what is said around it, kept as the keep list's outlets are.

The keep list holds national outlets (``rules/public.yaml``); the others are known by context:
what publishes or broadcasts ("reported by Kompas", "Rappler published it", "an article in
Tempo"), what the name is ("the Nation newspaper", "Mwananchi website", "Citizen TV", "Radio
Maisha", in a caption "radio maria", "kaduna tv"), and whose reporter someone is ("a Malaysiakini reporter": the outlet stays, the job is
found).  An outlet's readers point at nobody.

Only an organisation (or a name the model could not place) is an outlet by a verb: a person
also reports and publishes ("reported by Anna Kowalska"), and a firm reports an accident
("reported by Kowalski Logistics"): a span that may be a person's name or that has a firm's
word or legal form stays found.  A person's span is an outlet only by a word that names a
medium right after it ("Maisha TV", "the Standard newspaper") or an article in it.  Not here:
"told X" (one tells a person or a firm as often as a newspaper).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

MEDIA_WORDS_FILE = "media_words.txt"

# Media words after the name: any span ("the Nation newspaper", "Citizen TV").
_MEDIUM = (r"newspapers?|tv|television|radio(?:[^\S\n]+station)?|magazine|broadcaster|"
           r"(?:tv|television|radio)[^\S\n]+(?:station|channel|show|programme|program)|news[^\S\n]+agency")
# and, after an organisation only, words a person's or a firm's name is also said with
_ORG_MEDIUM = rf"{_MEDIUM}|paper|daily|weekly|channel|website|news[^\S\n]+(?:site|website|portal|channel)|fm"
_MEDIUM_AFTER = re.compile(rf"[^\S\n]+(?:{_MEDIUM})\b", re.IGNORECASE)
_ORG_MEDIUM_AFTER = re.compile(rf"[^\S\n]+(?:{_ORG_MEDIUM})\b", re.IGNORECASE)
# A medium in the name itself: "Citizen TV", "Kiss FM", "Radio Maisha", "Radio Free Asia".
_MEDIUM_IN_NAME = re.compile(r"(?:^(?:the[^\S\n]+)?Radio[^\S\n]+[A-Z]|[^\S\n](?:TV|FM|Radio|Television)$)")
# and in a caption's small letters ("radio maria", "kaduna tv")
_MEDIUM_IN_LOWER_NAME = re.compile(r"(?:^(?:the[^\S\n]+)?radio[^\S\n]+[a-z]|[^\S\n](?:tv|fm|radio|television)$)")
# What one reads in an outlet, said right before it ("an article in", "a story in"; not "a story
# on Anna" or "a report by Anna": about a person, or by one).
_ARTICLE_BEFORE = re.compile(
    r"\b(?:articles?|story|stories|reports?|piece|investigation|editorial|headlines?|column|op-ed|"
    r"feature|interview|bulletin)[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
# What an outlet does, said before it ("reported by", "published in") or after it ("X published").
_VERB_BEFORE = re.compile(
    r"\b(?:reported|published|broadcast|aired|revealed|covered|quoted|printed)[^\S\n]+(?:it[^\S\n]+)?"
    r"(?:by|in|on)[^\S\n]+(?:the[^\S\n]+)?$|"
    r"\b(?:read|saw|seen|heard)[^\S\n]+(?:it|that|this|about\s+it)[^\S\n]+(?:in|on)[^\S\n]+(?:the[^\S\n]+)?$|"
    # "they wrote about it in Vreme", "it came out in Novosti" (not "it was in": a place as often)
    r"\b(?:(?:it|that|this|the\s+story)[^\S\n]+(?:came\s+out|appeared)|wrote(?:[^\S\n]+(?:it|about\s+(?:it|that|us|me|him|her|them)))?)"
    r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?$",
    re.IGNORECASE)
_VERB_AFTER = re.compile(
    r"[^\S\n]+(?:published|reported|broadcast|aired|ran[^\S\n]+(?:a|the|an)[^\S\n]+(?:story|piece|report|article)"
    # "Kompas wrote about it", "Nation wrote a story on us": what a paper does, said of a name no person's
    r"|wrote[^\S\n]+(?:about[^\S\n]+(?:it|that|this|us|them|the)|a[^\S\n]+(?:story|piece|report|article))|did[^\S\n]+a[^\S\n]+story)\b",
    re.IGNORECASE)
_REACH = 40
# A medium's word right before the name the model cut after it ("Radio" + "Zamaneh", "Radio" +
# "Maria", "TV" + "Imedi"); in a caption's small letters only before a name in small letters.
_MEDIUM_BEFORE = re.compile(r"(?<![\w'’-])(?-i:Radio|Radyo|Rádio|TV|Television|Télé|Tele)[^\S\n]+$")
_LOWER_MEDIUM_BEFORE = re.compile(r"(?<![\w'’-])radio[^\S\n]+$")
# A newspaper's masthead word said alone as its name, capitalised ("tell The Herald nothing",
# "give this to Nation", "the Observer reporter"): no one's name.
_MASTHEAD_WORDS = frozenset("""
herald observer nation tribune gazette chronicle standard guardian independent sentinel telegraph inquirer
monitor citizen courier examiner dispatch
""".split())
# Media jobs: "a Malaysiakini reporter" keeps the outlet and finds the job.
_MEDIA_JOBS = (r"reporters?|journalists?|correspondents?|editors?|presenters?|anchors?|columnists?|"
               r"photographers?|cameram[ae]n|producers?|news[^\S\n]+anchors?")
MEDIA_JOB = re.compile(rf"(?:{_MEDIA_JOBS})", re.IGNORECASE)
_MEDIA_JOB_AFTER = re.compile(rf"[^\S\n]+(?:{_MEDIA_JOBS})\b", re.IGNORECASE)
# Where someone works: the outlet is an employer here ("I work as a reporter for Radio Mwangaza"),
# and a small one points at its staff.
_EMPLOYER_BEFORE = re.compile(
    rf"\b(?:work(?:s|ed|ing)?|employed|job|intern(?:ed|ing)?|freelanc\w*|{_MEDIA_JOBS})[^\S\n]+"
    r"(?:for|at|with|in)[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)


@functools.cache
def media_words() -> frozenset[str]:
    """The words that name a newspaper or a broadcaster inside an outlet's name, in several
    languages, case folded ("diario", "dnevni", "gazeta", "zeitung", "radio"): the shipped
    data file ``redactor/data/media_words.txt``, which a user may extend; read once per process."""
    raw = resources.files("redactor.data").joinpath(MEDIA_WORDS_FILE).read_text(encoding="utf-8")
    return frozenset(word.casefold() for line in raw.splitlines()
                     if (word := line.strip()) and not word.startswith("#"))


_NAME_WORD = re.compile(r"[^\W\d_]+")


# An article before an outlet's name ("the Tribune", "el Diario", "la Gazzetta", "die Zeitung").
OUTLET_ARTICLES = frozenset("the el la los las le les il lo die der das de het o a os".split())


def has_media_word(span: str) -> bool:
    """A name of two words or more that starts or ends with a newspaper's or a broadcaster's
    word ("Dnevni Avaz", "el nuevo diario", "Gazeta Wyborcza", "Radio Santa María"): a news
    outlet by its form.  A word alone ("Radio", "Diario") names no outlet, and one inside a
    name is a firm's trade ("Kovač Radio Repair")."""
    words = [w.casefold() for w in _NAME_WORD.findall(span)]
    while words and words[0] in OUTLET_ARTICLES:
        words = words[1:]
    return len(words) >= 2 and (words[0] in media_words() or words[-1] in media_words())


def named_as_outlet(text: str, start: int, end: int, organisation: bool, by_its_word: bool = False) -> bool:
    """The span ``text[start:end]`` names a news outlet by the words around it or in it;
    ``organisation``: the span is no person's (the verbs and the weaker media words count);
    ``by_its_word``: its name has a paper's or a broadcaster's word (:func:`has_media_word`)."""
    span = text[start:end].strip()
    if text[end:end + 1] in ("'", "’") or _EMPLOYER_BEFORE.search(text, max(0, start - _REACH), start):
        return False  # "an article in Anna's blog": the blog is hers; "a reporter for X": the employer
    if by_its_word or masthead_alone(span) or _MEDIUM_BEFORE.search(text, max(0, start - 12), start) or \
            (span.islower() and _LOWER_MEDIUM_BEFORE.search(text, max(0, start - 12), start)):
        return True
    if _MEDIUM_IN_NAME.search(span) or (span.islower() and _MEDIUM_IN_LOWER_NAME.search(span)) or \
            _MEDIUM_AFTER.match(text, end) or \
            _ARTICLE_BEFORE.search(text, max(0, start - _REACH), start):
        return True
    if not organisation:
        return False
    return bool(_ORG_MEDIUM_AFTER.match(text, end) or _VERB_AFTER.match(text, end) or _MEDIA_JOB_AFTER.match(text, end)
                or _VERB_BEFORE.search(text, max(0, start - _REACH), start))


def masthead_alone(span: str) -> bool:
    """A newspaper's masthead word alone, capitalised, with "The" or without ("The Herald",
    "Nation"): a paper's name, not a person's (:data:`_MASTHEAD_WORDS`)."""
    words = _NAME_WORD.findall(span)
    if words and words[0].casefold() == "the":
        words = words[1:]
    return len(words) == 1 and words[0][:1].isupper() and words[0].casefold() in _MASTHEAD_WORDS
