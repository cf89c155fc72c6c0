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
import unicodedata
from collections.abc import Callable
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
# on Anna" or "a report by Anna": about a person, or by one), or where it was printed ("her
# column appeared in", "a story ran in").
_ARTICLE_BEFORE = re.compile(
    r"\b(?:articles?|story|stories|reports?|piece|investigation|editorial|headlines?|column|op-ed|"
    r"feature|interview|bulletin)(?:[^\S\n]+(?:ran|appeared|was[^\S\n]+printed))?[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?$",
    re.IGNORECASE)
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
    r"|wrote[^\S\n]+(?:about[^\S\n]+(?:it|that|this|us|them|the)|a[^\S\n]+(?:story|piece|report|article))"
    # "Kompas did a short story", "the Herald had a piece on it", "Tempo ran one photo"
    r"|(?:did|had|ran)[^\S\n]+(?:a|an|one)[^\S\n]+(?:(?:small|short|long|big|little|whole|front[^\S\n]*-?page)[^\S\n]+)?"
    r"(?:story|piece|report|article|paragraph|photo|editorial|column))\b",
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
    return frozenset(_fold(word) for line in raw.splitlines()
                     if (word := line.strip()) and not word.startswith("#"))


def _fold(word: str) -> str:
    """A word case folded and without its accents: captions drop them ("denik" for "deník")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


_NAME_WORD = re.compile(r"[^\W\d_]+")


# An article before an outlet's name ("the Tribune", "el Diario", "la Gazzetta", "die Zeitung").
OUTLET_ARTICLES = frozenset("the el la los las le les il lo die der das de het o a os".split())
# The articles of other languages among them: an outlet's name may start with one ("De Nieuwe Bode",
# "el nuevo sol"), a person's name is not said with one before it in English text.
FOREIGN_ARTICLES = OUTLET_ARTICLES - {"the", "a", "o"}
# ... said before a name, up to two of the name's words between ("el" + "nuevo" + "sol").
_FOREIGN_ARTICLE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(sorted(FOREIGN_ARTICLES))})(?:[^\S\n]+[^\W\d_]+){{0,2}}[^\S\n]+$", re.IGNORECASE)


def foreign_article_before(text: str, start: int) -> int:
    """Where an article of another language said before ``text[start:]`` starts ("De" of "De
    Nieuwe Bode", "el nuevo" of "el nuevo sol", which the model left out of its span), written
    as the name is (capitalised before a capitalised name, in small letters before one in small
    letters: "de facto boss Mwangi" is no name with an article); ``start`` when none is."""
    found = _FOREIGN_ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return start
    words = text[found.start():start].split()
    if any(w[:1].islower() != text[start].islower() for w in words):
        return start
    return found.start()


def has_media_word(span: str) -> bool:
    """A name of two words or more that starts or ends with a newspaper's or a broadcaster's
    word ("Dnevni Avaz", "el nuevo diario", "Gazeta Wyborcza", "Radio Santa María"): a news
    outlet by its form.  A word alone ("Radio", "Diario") names no outlet, and one inside a
    name is a firm's trade ("Kovač Radio Repair")."""
    words = [_fold(w) for w in _NAME_WORD.findall(span)]
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
    """A newspaper's masthead word alone, capitalised, with an article or without ("The Herald",
    "Nation", "Der Standard"): a paper's name, not a person's (:data:`_MASTHEAD_WORDS`); or a
    paper's word of another language after that language's article ("La Tribuna", "Het
    Dagblad": :func:`media_words`; "Tribuna" alone may be anything)."""
    words = _NAME_WORD.findall(span)
    article = words[0].casefold() if words and words[0].casefold() in OUTLET_ARTICLES else None
    if article is not None:
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    return words[0].casefold() in _MASTHEAD_WORDS or (
        article in FOREIGN_ARTICLES and _fold(words[0]) in media_words())


# A list of names joined by "or", "and" or a comma ("RFI or X", "the ORF or X", "X, Y or Z"):
# the neighbour before the span and the one after it (up to four words).
_NAME_RUN = r"[^\W\d_][\w'’.&-]*(?:[^\S\n]+[^\W\d_][\w'’.&-]*){0,3}"
_JOIN = r"(?:,|[^\S\n]+(?:or|and|nor))[^\S\n]+(?:(?:on|in)[^\S\n]+)?"
_LISTED_BEFORE = re.compile(rf"(?P<other>{_NAME_RUN}){_JOIN}(?:the[^\S\n]+)?$", re.IGNORECASE)
_LISTED_AFTER = re.compile(rf"{_JOIN}(?P<other>{_NAME_RUN})", re.IGNORECASE)
# What a list of outlets is said for: to publish, to know, to be told or written to.
_MEDIA_CUE = re.compile(
    r"\b(?:publish\w*|stor(?:y|ies)|articles?|pieces?|report(?:s|ed|er|ers)?|journalists?|press|media|news|"
    r"newspapers?|papers?|know|tell|told|write|wrote|written|cover\w*|broadcast\w*|air(?:s|ed)?|interview\w*)\b",
    re.IGNORECASE)


def listed_with_outlet(text: str, start: int, end: int, is_outlet: Callable[[str], bool],
                       is_public_name: Callable[[str], bool]) -> bool:
    """The span ``text[start:end]`` stands in a list with a news outlet ("I want RFI or X to
    know", "tell X or Radio Kiskeya nothing"): a name said in one breath with an outlet, as one
    of the places the story may go, is an outlet too.  ``is_outlet``: a name that is an outlet by
    its own form (a paper's word, "Radio ...", a masthead); ``is_public_name``: a kept name,
    which counts only where the line speaks of publishing or telling (a kept company or a
    person in a list says nothing of the span)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    neighbours = list_neighbours(text, start, end)
    if neighbours and _PUBLISH_AFTER.match(text, end):
        return True  # "I want X or Y to publish": what the list is asked to do is an outlet's
    for other in neighbours:
        if is_outlet(other) or (is_public_name(other) and _MEDIA_CUE.search(line) is not None):
            return True
    return False


# What a list of outlets is asked to do, said after it ("X or Y to publish", "X and Y to cover it").
_PUBLISH_AFTER = re.compile(r"[^\n.;!?]{0,40}?\bto[^\S\n]+(?:publish|broadcast|print|cover[^\S\n]+(?:it|this|the))\b",
                            re.IGNORECASE)


def list_neighbours(text: str, start: int, end: int, listed_before: re.Pattern[str] = _LISTED_BEFORE,
                    listed_after: re.Pattern[str] = _LISTED_AFTER, reach: int = 60) -> list[str]:
    """The names right before and right after the span in a list, each as its one to four
    words nearest the span ("the ORF" before, "Radio Kiskeya nothing" -> "Radio Kiskeya");
    ``listed_before`` and ``listed_after`` read the list (a group ``other`` for the name)."""
    out: list[str] = []
    before = listed_before.search(text, max(0, start - reach), start)
    if before is not None:
        words = before.group("other").split()
        out += [" ".join(words[i:]) for i in range(len(words))]
    after = listed_after.match(text, end)
    if after is not None:
        words = after.group("other").split()
        out += [" ".join(words[:i]) for i in range(len(words), 0, -1)]
    return out


# A media job said of someone else before "from" ("a journalist from X called my brother"): the
# outlet is theirs, not the speaker's ("I am a reporter from X" is the speaker's employer).
_THIRD_PARTY_JOB_BEFORE = re.compile(
    rf"\b(?P<article>a|an|the|one|two|some)[^\S\n]+(?:{_MEDIA_JOBS})[^\S\n]+(?:from|of)[^\S\n]+(?:the[^\S\n]+)?$",
    re.IGNORECASE)
_SELF_BEFORE = re.compile(r"\b(?:am|is|was|were|are|be|been|as|i['’]m|he['’]s|she['’]s)[^\S\n]+$", re.IGNORECASE)


def journalist_from(text: str, start: int) -> bool:
    """"A journalist from X", "the reporter from X": someone else's outlet, named as where a
    reporter came from; not after "I am", "she is" or "as" (someone's own employer)."""
    found = _THIRD_PARTY_JOB_BEFORE.search(text, max(0, start - _REACH), start)
    return found is not None and _SELF_BEFORE.search(text, max(0, found.start() - 12), found.start()) is None
