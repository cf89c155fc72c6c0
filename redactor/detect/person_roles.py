"""A role noun said in apposition with a person the filters kept.

The rule packs know a job by its word ("welder", "paramedic") or by its frame ("I'm a ...").
Words that name a role only through the person they are said of - "owner", "director",
"captain", "boss", "chief", "manager" - are found by no pattern alone: "the owner of a small
shop" is anyone.  Said right beside a person's name the filters kept, the word names that one
person of the story by their role, and left beside the name's replacement it would still say
who it was:

- the role, then the name between commas or right after it: "the owner, Don Luis Ferreyra,
  said", "the IT officer, Dilovan, fixed it", "the director Kamau came", also after "there" or
  "is" ("the director there, gospodin Petrov, signed", "the investigator is Orhan Kaya");
- the name, then the role: "Dilovan, the IT officer, came", "Karimov, our director.", "with
  Ferreyra the owner", and a filler between ("karimov of course the director");
- the same role word said again in that text with "the", "our" or "my" before it, the
  possessive included: "the captain's sheet says four" once "the captain, Mehmet," was said.

The role may carry one word before it that says which: an acronym ("the HSE manager", "the QA
inspector") or a level ("the district governor", "the shift foreman"); the span takes it.  In
apposition the name already says one person is meant, so any one word of small letters before
the role says which role, not only a level: "the payroll clerk, X", "the standby engineer, X";
not a function word ("the same clerk", "the other one": spaCy's English stop words).  And a
head no job list holds is one when it has the shape of a doer said of a person: a rare word
(under :data:`_RARE_DOER` on the Zipf scale: the common doers "supporter", "caller", "partner"
are no job, and the common jobs are in the lists) that is a dictionary verb with "-er"/"-or"
("a riveter", "the polisher") or a dictionary noun with "-man"; a common one is a trade too
when a word before it says which ("the barge master, Mr X", "the store keeper, X"): said so
beside a name it is that one person's post, unless the word is a relation, a stance or kin ("his
younger brother, X", "a loyal supporter, X"), and a word the lists hold no job alone only after a
level ("X, the senior partner.", not "her business partner, X").  The role said after a name may
be followed by a dash as by a comma ("Matthew Okonedo, the field guide — took photos").

Not found: a capitalised role, an official's title in formal text ("the Government were
represented by their Agent, Mr X", "the Director, Ms Y"); a role with no kept person beside it
("the owner of the car is unknown": nobody of the story is named, so it says nothing about who;
decided so and tested), a public figure's title (the filters dropped the person: "the director,
Kristalina Georgieva"), a kinship or a stance word beside a name ("my brother, Ahmed", "a
supporter, Ahmed"), nor an aside between commas ("the owner, however, said").
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import replace
from importlib import resources
from typing import Callable, Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.lexicon.dictionary import is_base_form, is_dictionary_word, stop_words
from redactor.lexicon.folding import fold, fold_case
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import default_gazetteer, names_no_speaker
from redactor.lexicon.titles import ABBREVIATED_TITLES, COURTESY_TITLES, HONORIFICS, KINSHIP_WORDS, NAME_HONORIFICS
from redactor.model import Mention

DETECTOR = "RoleBesidePerson"
_SCORE = 0.5
_SP = r"[^\S\n]"
_DETERMINER = r"(?:the|our|my|his|her|their|your)"
# Words that only say which one of the people with that role, never part of the span: "the new
# owner", "our old boss".
_WHICH = r"(?:new|old|young|former|other|only|late|real|actual)"
# Levels and parts a role is said with: "the district governor", "the section chief", "the
# shift foreman", "the local delegate", "the night supervisor".
_LEVEL = (r"(?:district|regional|provincial|county|local|section|shift|night|day|site|camp|plant|unit|ward|"
          r"floor|line|branch|station|deputy|assistant|acting|senior|junior|head|chief|general|area|zone|"
          r"sector|village|farm|factory|office|store|shop|kitchen|security|maintenance|production|sales)")
# An acronym said before a role: "IT officer", "HSE manager", "QA inspector", "HR director".
_ACRONYM = r"(?-i:\p{Lu}{2,4})"
# Words said between a name and its role that are no part of either: "karimov of course the
# director", "Ines, you know, the nurse".
_FILLER = r"(?:of{_SP}+course|you{_SP}+know|i{_SP}+mean|um|uh|er|like|actually|yes|yeah)".replace("{_SP}", _SP)
# What joins a role to the name said after it: a comma, a space, "there," or "here," (where the
# one meant works: "the director there, gospodin Petrov, signed") or "is", "was" (who holds it:
# "the investigator is Orhan Kaya", "the manager there is called Hamid").
_LINK = rf"(?:{_SP}+(?:there|here))?{_SP}*,{_SP}*|(?:{_SP}+(?:there|here))?{_SP}+(?:(?:is|was){_SP}+(?:(?:called|named){_SP}+)?)?"
# Role nouns no job list holds because alone they name no trade: the head or the owner of the
# place the story is about, the officers of a small body, and the grades of a small place's staff.
_ROLE_WORDS_EXTRA = frozenset("""
owner co-owner proprietor proprietress landlord landlady director manager boss chief head captain
commander officer supervisor deputy treasurer secretary administrator coordinator organiser organizer
delegate steward stewardess inspector controller agent chairman chairwoman chairperson
representative
""".split())


# Who owns the place the story is about is no post held there: beside the owner's name the
# writers mark the name and the firm, never the word ("the owner, Henning Lauritsen, took the
# order", "Craig is the owner?", "the studio owner, Clifford Thwaite": round 36, 4 of 65 such
# findings annotated over 17 design sets).  The rules still find the owner alone by what they
# did ("the owner told us to stay"), where no name says who.
_OWNERSHIP = frozenset({"owner", "co-owner", "proprietor", "proprietress", "landlord", "landlady"})


# A word of small letters before the role, said to tell which role ("the payroll clerk"); a stop
# word there is no part of it (``_modifier``).
_MODIFIER = r"(?-i:\p{Ll}[\p{Ll}-]*\p{Ll})"
# A head of the shape of a doer no job list holds ("riveter", "polisher"), checked
# by ``is_doer``.
_DOER = r"(?-i:\p{Ll}{3,}(?:er|or|man))"
# Above this Zipf frequency a doer word is an everyday one ("supporter" 4.1, "caller" 3.6), not a
# trade's name the lists missed ("riveter" 2.1, "polisher" 2.2, "grinder" 3.3).
_RARE_DOER = 3.4

_ROLES = frozenset({"OCCUPATION", "RANK"})
# Who heads a part of a small setting, said with the part it heads: "the head of the stable,
# Ndiaga,", "the chief of the snow groomers, Jaume", "Davlat, the head of the network, came".
# Beside a kept name the part need be in no list of workplaces (the rules' "head of a part of a
# workplace" holds those): the name says one person holds it.  Not what heads no body of people
# ("the head of the queue", "at the head of the table"), nor the heads of a family or of a state
# (the rules' own exclusions), nor a capitalised body ("the director of the IMF").
_OF_PART = (r"(?:(?:deputy|assistant|acting){_SP}+)?"
            r"(?:head|chief|commander|commandant|manager|director|supervisor|foreman|overseer|warden|captain"
            r"|president|chairman|chairwoman|chairperson|secretary|treasurer|coordinator|leader|in-?charge)"
            r"{_SP}+of{_SP}+(?:the|our|this){_SP}+"
            r"(?!(?:queue|line|table|bed|bench|list|class|page|stairs|river|valley|road|street|family|household"
            r"|house|state|government|country|nation|world|party|church)(?![\w'’-])"
            # nor a public body or a parliament's group in small letters ("the president of the
            # commission", "the leader of the socialists": the roles pack's ``public_part``)
            r"|(?:\p{{L}}+{_SP}+){{0,2}}{public_part}(?![\w'’-]))"
            # the part's second word no verb of what the person did ("the leader of the group said")
            r"(?-i:\p{{Ll}}[\p{{Ll}}-]+(?:{_SP}+(?!(?:and|or|in|at|on|of|for|with|to|from|who|he|she|they"
            r"|there|here|{person_verb})(?![\w'’-]))\p{{Ll}}[\p{{Ll}}-]+)?)")
# Role words that are also everyday words, which the rules find only with a verb or a clause
# after them ("the captain said"), never in the possessive ("the captain's armband" is a team's).
_EVERYDAY = frozenset("""
captain major commander chief general inspector sergeant lieutenant corporal colonel warden skipper
owner director boss manager foreman supervisor
""".split())


@functools.cache
def _role_words() -> frozenset[str]:
    """The role nouns: the roles pack's job lists without its words that are no job, and the
    words above."""
    def words(*names: str) -> frozenset[str]:
        return frozenset().union(*map(_vocabulary, names))

    roles = words("trade", "head", "role_of_person", "workplace_head", "self_job", "foreign_title", "one_person_job")
    # the jobs held only as "the" one of a workplace ("the helper", "the timekeeper") name one
    # person beside a name as well as after "I'm the"
    return roles - words("not_self_job", "not_a_job") | words("role_with_the") | _ROLE_WORDS_EXTRA | _EVERYDAY


def role_words() -> frozenset[str]:
    """The role nouns (lower case): the job lists of the roles pack and the heads of a place."""
    return _role_words()


def words_pattern(words: frozenset[str]) -> str:
    """An alternation of ``words`` (a space: any run of spaces in a line), longest first and
    words of one length in their own order, so that it is spelt the same in every run (the
    per-user tables of known and compiled patterns find theirs by it): two words of one length
    cannot both match at one place, so their order changes nothing found."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", f"{_SP}+") for w in ordered) + ")"


@functools.cache
def _vocabulary(name: str) -> frozenset[str]:
    """A word list of the roles pack, in small letters."""
    from redactor.detect.packs import builtin_vocabulary

    return frozenset(w.lower() for w in builtin_vocabulary("roles", name))


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """(role before a name, role after a name, the role's own pattern), compiled once."""
    role = words_pattern(_role_words())
    # a known role first, a doer's shape only where none is said ("the station master" is one)
    of_part = _OF_PART.format(_SP=_SP, public_part=words_pattern(_vocabulary("public_part")),
                              person_verb=words_pattern(_vocabulary("person_verb")))
    said = (rf"(?:(?P<role>{of_part})(?![\w'’-])|(?:(?P<mod>{_MODIFIER}){_SP}+)?(?P<role>(?:(?:{_ACRONYM}|{_LEVEL}){_SP}+)?{role})"
            rf"|(?:(?P<mod>{_MODIFIER}){_SP}+)?(?P<role>(?P<doer>{_DOER})))(?![\w'’-])")
    before = own_compiled(
        rf"(?<![\w'’-])(?P<det>{_DETERMINER}){_SP}+(?:{_WHICH}{_SP}+)?{said}(?P<gap>{_LINK})$", regex.I)
    after = own_compiled(
        rf"(?:{_SP}*,{_SP}*(?:{_FILLER}{_SP}*,?{_SP}*)?(?:{_DETERMINER}|an?)|{_SP}+(?:{_FILLER}{_SP}+)?the"
        rf"|{_SP}+(?:is|was){_SP}+{_DETERMINER})"
        rf"{_SP}+(?:{_WHICH}{_SP}+)?{said}(?={_SP}*(?:[,.;:!?)—–]|$)|{_SP}+(?:-{_SP}|\p{{Ll}}))", regex.I)
    again = own_compiled(rf"(?<![\w'’-])(?:the|our|my){_SP}+(?P<role>{role})(?=['’]s(?![\w'’-])|(?![\w'’-]))", regex.I)
    return before, after, again


@functools.cache
def _stop_words() -> frozenset[str]:
    return stop_words() | frozenset(_WHICH[3:-1].split("|"))


def is_doer(word: str) -> bool:
    """Whether ``word`` is a rare doer's name: a dictionary verb with "-er"/"-or" ("riveter",
    "polisher") or a dictionary noun with "-man", not a kinship word."""
    if word in KINSHIP_WORDS or zipf_frequency(word, "en") >= _RARE_DOER:
        return False
    if word.endswith("man"):
        return len(word) > 5 and is_base_form(word[:-3], "noun")
    stem = word[:-2]
    stems = {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
    return any(is_base_form(s, "verb") for s in stems)


# The endings of a noun for who does something: English "-er", "-or", "-ist", "-ian", "-eer",
# "-ant", "-ent" ("rider", "arbiter", "technician"), and the agent endings of the Romance and
# Germanic languages a transcript's labels are written in ("periodista", "conservadora",
# "pescador", "enfermera", "engenheiro", "infirmière", "chauffeur", "Fahrerin", "pescatore").
_AGENT_ENDING = own_compiled(r"(?:er|or|ist|ian|eer|ant|ent)$")
_FOREIGN_AGENT_ENDING = own_compiled(
    r"(?:dor|dora|tor|tora|tore|sor|sora|sore|ista|iste|ero|era|eiro|eira|aio|aia|eur|euse|trice|ier|i[eè]re|erin)$")
# A word of the English endings no English noun is read by the other languages' endings
# ("pescador", "trabajador", "recolector", "agricultor") from this length: a shorter one is as
# often a rare name ("Kantor", "Isador", "Lindor").
_FOREIGN_OR_MIN = 7
# A word English uses this often is no foreign word ("bolero", "premiere").
_FOREIGN_MAX_ZIPF = 2.5
# A surname held in more locales than this is a family name first ("Miller", "Fischer").
_ROLE_SURNAME_LOCALES = 2


ROLE_LABELS_FILE = "role_labels.txt"
# A capital "İ" (Turkish) case folds to "i" with a dot above: "İŞÇİ" is "işçi".
_DOTTED_I = "i\u0307"


@functools.cache
def _listed_role_labels() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the role words a speaker is labelled by in the languages of the data file
    ``redactor/data/role_labels.txt``, the words a label of a trade starts with there: "thợ",
    "tukang"), case folded, read once per process."""
    raw = resources.files("redactor.data").joinpath(ROLE_LABELS_FILE).read_text(encoding="utf-8")
    entries = [_label_key(line) for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    return (frozenset(e for e in entries if not e.startswith("+ ")),
            tuple(e[2:].strip() + " " for e in entries if e.startswith("+ ")))


def _label_key(label: str) -> str:
    """A label as the data file's entries are compared: case folded, composed, one space between
    words.  Accents stay: without them a trade's word may be a name ("thợ", a worker; "Thọ")."""
    return fold_case(unicodedata.normalize("NFC", label)).replace(_DOTTED_I, "i").strip()


def is_listed_role_label(label: str) -> bool:
    """Whether a turn's label is a role word of the data file in the speaker's own language
    ("THOZHILALI:", "Penganyam:", "<v Mkulima>", "Рабочий:"), or two or three words that start
    with a trade's word there ("Thợ đá:", "Tukang batu:")."""
    key = _label_key(label.strip().strip(".'’"))
    words, heads = _listed_role_labels()
    return key in words or (key.count(" ") <= 2 and key.startswith(heads))


def is_role_label(label: str) -> bool:
    """Whether a turn's label of one word names the speaker by a role, not by a name: a noun for
    a job or for who does something ("Lifeguard:", "TECHNICIAN:", "<v Rider>", "Periodista:"),
    which the name lists hold as no given name and as a surname of few locales at most ("Diver",
    "Thatcher"; not "Hunter", "Baker", "Miller", family names of many countries); or a role word
    of another language the data file lists (:func:`is_listed_role_label`), none a name."""
    if is_listed_role_label(label):
        return True
    if " " in label.strip():
        return _is_described_role_label(label)
    word = label.strip().strip(".'’").casefold()
    if not word.isalpha() or len(word) < 4:
        return False
    info = default_gazetteer().lookup(word)
    if info is not None and (info.first or info.locales > _ROLE_SURNAME_LOCALES):
        return False
    if word in _role_words() or (word.endswith(("er", "or", "man")) and is_doer(word)):
        return True
    if _AGENT_ENDING.search(word) and (is_base_form(word, "noun") or len(word) < _FOREIGN_OR_MIN):
        return is_base_form(word, "noun")  # a foreign agent's "-dor" from its length: "trabajador"
    return info is None and zipf_frequency(word, "en") < _FOREIGN_MAX_ZIPF and _FOREIGN_AGENT_ENDING.search(word) is not None


def _is_described_role_label(label: str) -> bool:
    """Whether a turn's label of two or three words is a role word of one (:func:`is_role_label`)
    said after English words that describe it ("DAILY LABOURER:", "Night watchman:", "Senior
    nurse:", "Voice actor:"), none a given name ("Grace Driver:" is someone's name)."""
    *before, head = label.strip().strip(".'’").split()
    if len(before) >= _LABEL_MAX_WORDS or not is_role_label(head):
        return False
    for word in (w.casefold() for w in before):
        info = default_gazetteer().lookup(word)
        if not word.isalpha() or not is_dictionary_word(word) or (info is not None and info.first):
            return False
    return True


# What may stand before a turn's label on its line: Markdown's emphasis or a list's dash, a
# timestamp ("[00:03:12] Sunny:", "**Sunny:**"); and after it, the colon.
BEFORE_LABEL = own_compiled(r"[^\S\n]*(?:>[^\S\n]*)?(?:[-*•][^\S\n]+)?(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[^\S\n]*)?"
                              r"(?:\*\*|__|\*|_)?")
AFTER_LABEL = own_compiled(r"(?:\*\*|__|\*|_)?[^\S\n]*:(?:\*\*|__|\*|_)?(?:[^\S\n]|$)")


def is_turn_label(text: str, start: int, end: int, piece_start: int = 0) -> bool:
    """Whether ``text[start:end]`` is the whole label of a turn said at its line's start, or at
    the start of the piece it is in (``piece_start``: a transcript segment's text in its JSON)
    ("Sunny: yes", "**Lifeguard:** I'm Réka", "[00:03:12] DIVER: fourteen years")."""
    line = max(text.rfind("\n", 0, start) + 1, piece_start)
    before = BEFORE_LABEL.match(text, line)
    return before is not None and before.end() == start and AFTER_LABEL.match(text, end) is not None


# A word said in small letters right after an article or one or two words after it ("the line
# cook", "I'm the second pizzaiolo", "the cook's son"): a common noun in that text.
_AFTER_ARTICLE = own_compiled(
    r"(?<![\w'’-])(?i:the|an?)((?:[^\S\n]+(?!(?i:the|an?)(?![\p{L}'’-]))[\p{L}'’-]+){1,3})")
_POSSESSIVE = own_compiled(r"['’]s$")


def nouns_after_articles(text: str) -> frozenset[str]:
    """The words of small letters said in ``text`` up to three words after an article, in one
    pass over it (a possessive's "'s" cut off)."""
    return frozenset(_POSSESSIVE.sub("", w) for m in _AFTER_ARTICLE.finditer(text)
                     for w in m.group(1).split() if w.islower())


# The courtesy titles written with a full stop ("Mr.", "Dr."): a name follows the stop, where
# after "Doctor." or "Minister." a sentence may begin.
_DOTTED_COURTESY = COURTESY_TITLES & ABBREVIATED_TITLES


def _said_as_name(text: str, word: str) -> bool:
    """Whether ``text`` says ``word`` capitalised inside a sentence (after a word with small
    letters or a comma) or after a courtesy title (``COURTESY_TITLES``; with its full stop, one
    of the abbreviated ones): "thanks, Cook", "ask Mr Cook", "MR COOK", "Dr. Cook" say a surname."""
    for m in regex.finditer(rf"(?:(?P<before>[\p{{L}}'’-]+)(?P<stop>\.)?|[,;])[^\S\n]+{regex.escape(word.capitalize())}"
                            rf"(?![\w'’-])", text):
        before = m.group("before")
        if before is None or fold(before) in (_DOTTED_COURTESY if m.group("stop") else COURTESY_TITLES):
            return True
        if m.group("stop") is None and any(c.islower() for c in before):
            return True
    return False


def is_said_role_label(label: str, nouns: frozenset[str], text: str) -> bool:
    """Whether a turn's label of one word that is no given name is a word the same text says as
    a common noun (``nouns``, see :func:`nouns_after_articles`): "**Cook:** ... I'm the line
    cook on La Güerita", "**Pizzaiolo:** ... the second pizzaiolo on the evening oven".  The
    speaker is labelled by their job, in a word no job list needs to hold; a surname is never
    said in small letters after "the" (over the 27 design sets of round 39: 3 such labels in 3
    sets, none annotated; none of the ~70 labels that name someone is said so).  Not when
    ``text`` also says the word as a name (:func:`_said_as_name`): a speaker labelled by a
    surname that is a job word too ("Cook:" for Mr Cook) stays a name."""
    word = label.strip().strip(".'’")
    if not word.isalpha() or len(word) < 4 or word.casefold() not in nouns or _said_as_name(text, word):
        return False
    info = default_gazetteer().lookup(word.casefold())
    return info is None or not info.first


# The words of a turn's label after its first: up to two more, to where its colon stands.
_LABEL_WORD_AFTER = own_compiled(r"[^\S\n]+[^\W\d_][\w'’.-]*")
_LABEL_MAX_WORDS = 3


def starts_role_label(text: str, start: int, end: int,
                      at_label: Callable[[int, int], bool] | None = None) -> bool:
    """Whether ``text[start:end]`` is the first word or words of a turn's label of several words
    that names no one (:func:`label_names_no_one`): "Thợ đá:" (a stone worker), where a name
    list reads "Thợ" as a name and propagation finds it again; "Tukang batu:".  The label's other
    words make it no name.  ``at_label``: whether a span of ``text`` is a turn's whole label
    (:func:`is_turn_label` on ``text``'s own lines unless given)."""
    for _ in range(_LABEL_MAX_WORDS - 1):
        word = _LABEL_WORD_AFTER.match(text, end)
        if word is None:
            return False
        end = word.end()
        if AFTER_LABEL.match(text, end) is not None and label_names_no_one(text[start:end]) \
                and (is_turn_label(text, start, end) if at_label is None else at_label(start, end)):
            return True
    return False


def label_names_no_one(label: str) -> bool:
    """Whether a speaker's label or field names no person: a role of the interview
    ("Interviewer"), a transcriber's code for the voice ("S2") or a role of the speaker's
    ("Lifeguard", see :func:`is_role_label`)."""
    return names_no_speaker(label) or is_role_label(label)


@functools.cache
def _doer_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(what a doer's shape says of a person that is no work of theirs: a relation, a stance, a
    part in a story, kin; the words the roles pack holds no job alone: "partner", "leader")."""
    return _vocabulary("not_self_job") | KINSHIP_WORDS, _vocabulary("not_a_job")


_LEVEL_WORD = own_compiled(_LEVEL, regex.I)


def _trade_compound(word: str, said_before: str) -> bool:
    """Whether a common doer ("master", "keeper") said after a word that says which ("the barge
    master", "the store keeper") names a trade: a dictionary noun, no relation, stance or kin; a
    word no job alone only after a level ("the senior partner", not "her business partner")."""
    not_work, no_job_alone = _doer_lists()
    if word in not_work or not is_base_form(word, "noun"):
        return False
    return word not in no_job_alone or _LEVEL_WORD.fullmatch(said_before) is not None


def _modifier(match: regex.Match[str]) -> int | None:
    """Where the word said before the role starts, if it tells which role (not a stop word)."""
    mod = match.groupdict().get("mod")
    return None if mod is None or mod in _stop_words() else match.start("mod")


def _role(text: str, match: regex.Match[str], people: Sequence[Mention], named: bool = False) -> Mention | None:
    """The role a match says, if it is one; a common doer said which (``_trade_compound``) only
    beside a ``named`` person: a thing is said so too ("the safety sensor", "the light curtain")."""
    start, end = match.span("role")
    mod = _modifier(match)
    if (doer := match.groupdict().get("doer")) is not None and not is_doer(doer) \
            and not (named and mod is not None and _trade_compound(doer, match["mod"])):
        return None
    if mod is not None:
        start = mod
    # a capitalised role is an official's title in formal text ("represented by their Agent, Mr
    # X", "the Director, Ms Y"): an office, as the rank rules read "the Inspector explained"
    if not text[end - 1].islower() or text[start:end].split()[-1][:1].isupper() or \
            any(p.start < end and start < p.end for p in people):
        return None
    return Mention(start, end, "OCCUPATION", _SCORE, DETECTOR, text[start:end])


def _named(person: Mention) -> bool:
    """Whether a kept person is said as a name: with its capital, or after a courtesy title in
    small letters ("mrs okafor", "mister lind")."""
    first = person.text.split()[0].lower().rstrip(".")
    return person.text[:1].isupper() or (len(person.text.split()) > 1 and first in HONORIFICS | NAME_HONORIFICS)


def _beside(text: str, person: Mention, people: Sequence[Mention]) -> list[Mention]:
    """The role said right before or right after one person's name."""
    before, after, _ = _patterns()
    found = []
    ahead = before.search(text, max(0, person.start - 60), person.start)
    # a name after a role with no comma is one with its capital ("the director Kamau") or, after
    # "the", its courtesy title ("the timekeeper mrs okafor": one person met in the story; "your
    # chief negotiator mr x" is an office addressed)
    if ahead is not None and ("," in ahead["gap"] or person.text[:1].isupper()
                              or (ahead["det"].lower() == "the" and _named(person))):
        found.append(_role(text, ahead, people, _named(person)))
    behind = after.match(text, person.end)
    if behind is not None:
        found.append(_role(text, behind, people, _named(person)))
    return [m for m in found if m is not None]


def _said_again(text: str, found: Sequence[Mention], mentions: Sequence[Mention]) -> list[Mention]:
    """The same role words said again with "the", "our", "my" in the text: the same person, of
    the same kind (a rank stays a rank)."""
    kinds = {m.text.split()[-1].lower(): m.entity_type for m in found}
    _, _, again = _patterns()
    taken = [m for m in mentions if m.entity_type != "UNIQUE_DETAIL"]
    return [replace(m, entity_type=kinds[match["role"].lower()]) for match in again.finditer(text)
            if match["role"].lower() in kinds and (m := _role(text, match, taken)) is not None]


def _everyday_roles(mentions: Sequence[Mention]) -> list[Mention]:
    """The rules' findings of one everyday role word for one person ("the captain said", "our
    boss came"): that person, said again where the rules do not read it ("the captain's sheet")."""
    return [m for m in mentions if m.entity_type in _ROLES and m.text.islower() and m.text in _EVERYDAY]


def roles_beside_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An OCCUPATION for each role noun said in apposition with a kept PERSON, and the same role
    word (or an everyday role word the rules found for one person) said again in the text with a
    definite or possessive determiner."""
    people = [m for m in mentions if m.entity_type == "PERSON"]
    # a role the rank rules read as a rank stays one ("X was our commander")
    ranks = {(m.start, m.end) for m in mentions if m.entity_type == "RANK"}
    found = [replace(r, entity_type="RANK") if (r.start, r.end) in ranks else r
             for p in people for r in _beside(text, p, people)]
    seeds = found + _everyday_roles(mentions)
    if not seeds:
        return []
    return [m for m in found + _said_again(text, seeds, [*mentions, *found])
            if m.text.split()[-1].lower() not in _OWNERSHIP]
