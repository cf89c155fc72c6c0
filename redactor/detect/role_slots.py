"""Roles found by the slot they are said in, where no rule finds the word alone.

The rule packs know a job by its word and a few frames around it ("I'm a ...", "the nurse
said").  Three slots name one person's job whatever comes after the frame the rules know:

- a job word with the place or the person whose one it is: "the director of the hospital",
  "the janitor of the school", "the owner of the mill", "he's the bodyguard of Ortega".  The
  rules stop at "of"; here the word is found, and ``extend_roles`` grows it over the place
  ("director of the hospital"); a person after "of" keeps their own replacement, the role is
  the word alone, and so does a place or a body with its capital the filters kept ("the prefect
  of Tillabéri said", "the pastor of Nukualofa").  Not "the rest of the team", "the end of the shift" (no job word), nor
  "the director of the IMF", "the commander of the army" (no small workplace after "of": a
  public body's head is a public fact);
- a word of another language, no English word, said where a job goes: glossed by a job
  ("I am a fængselsbetjent, a prison officer", "a senior sergeant, stráznik, at the station",
  "the local shop steward, tillidsrepræsentant"), on duty or in charge ("the vagthavende on
  duty"), after "working as" ("working as a perforista for ..."), as what the speaker is after an
  article ("I'm an educadora, that's ...", "I am the maestro talabartero at ..."), or in apposition with a
  kept person ("his abogado in Quito, Ana Ruiz,", "Lars Holm, the vagthavende,").  An English word in those slots is not
  taken ("I am a mother, a nurse", "the nurse, bless her,"), nor a kinship word or a title
  the name lists know ("his hermano, Juan": no job);
- a job word, then the person it is said of, described: "the dishwasher, an older man we call
  Moe": one person of the story by the job (the rules know "the dishwasher said");
- an acronym said before a job the rules found: "an HSE technician", "the ICU nurse": the
  letters say which job, so the span takes them.  Not a sentence's capitalised first word
  ("IT", "I"), nor an acronym after no article ("at NGO offices nurse ..." says nothing);
- the post said again in the trade's own words, between commas right after what one says one
  is: "i'm a firefighter, leading firefighter actually, at the station", "i'm a rigger, a tower
  climber, for ...", "i'm a customs agent, agent of constatation, at the wharf", "I am a cooper,
  oficial tonelero, at ...", "I'm an industrial climber, rope access level two, with ...": its
  last word a job word (a list's, a rare doer's, or one of an agent's or another language's job
  ending, as a turn's role label is read) or a grade ("level two"), the words before it in small
  letters and none a function word or a filler, then a workplace's preposition or the
  sentence's end.  Not what one
  says after it ("the room leader, so everybody knows me", "a priest, he heard it"), another
  gloss with "the" ("the mashgiach, the kosher supervisor": the word is the rules'), a thing ("a
  saw operator, the big block saw", "a cutter, women's costumes"), nor a filler ("a tender
  captain, yeah, for").
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Callable, Sequence

import regex

from redactor.detect.prefilter import gated, own_compiled
from redactor.detect.grade_edges import _GRADE_WORD, _NUMBER
from redactor.detect.person_roles import _ACRONYM, _LEVEL, _role_words, _vocabulary, is_role_label, words_pattern
from redactor.detect.role_edges import _holds_only
from redactor.lexicon.dictionary import parts_of_speech, stop_words
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FILLERS
from redactor.lexicon.titles import NOT_NAME_WORDS
from redactor.model import Mention

DETECTOR = "RoleInSlot"
_SCORE = 0.5
_SP = r"[^\S\n]"
_ROLES = frozenset({"OCCUPATION", "RANK"})
_DETERMINER = r"(?:the|our|my|his|her|their|your|a|an)"
# Workplaces and the small bodies a job is held in, said in lower case after "of the": "the
# director of the hospital", "the head nurse of the maternity", "the medical officer of the base",
# "the producer of the evening news".  Not a public body ("the army", "the police", "the
# ministry", "the Office of the President"), nor a department, an office or a team, a public
# body's or a sports club's as often: their heads are public.
_PLACE = (r"(?:cooperative|co-operative|co-op|coop|company|firm|farm|factory|plant|mill|mine|estate|plantation|"
          r"hospital|clinic|maternity|dispensary|school|college|kindergarten|nursery|hotel|restaurant|bar|cafe|café|"
          r"bakery|shop|store|warehouse|depot|garage|workshop|sawmill|quarry|brickworks|ranch|dairy|slaughterhouse|"
          r"abattoir|laundry|canteen|kitchen|market|orphanage|pharmacy|lab|laboratory|station|port|yard|shipyard|"
          r"site|camp|base|barracks|garrison|outpost|checkpoint|prison|jail|gaol|penitentiary|ward|ship|vessel|boat|"
          r"trawler|tanker|crew|platoon|church|mosque|temple|parish|village|hamlet|compound|hostel|dormitory|dorm|"
          r"shelter|programme|program|show|news|bulletin|newspaper|magazine|radio|studio|ngo|charity)")
_OF_PLACE = own_compiled(
    rf"{_SP}+of{_SP}+the{_SP}+(?:(?!(?:and|or|but|who|that|which|where|when)(?![\w'’-]))(?-i:\p{{Ll}})[\p{{L}}'’-]*{_SP}+){{0,2}}?"
    rf"(?-i:{_PLACE})(?![\w'’-])", regex.I)
_OF = own_compiled(rf"{_SP}+of{_SP}+", regex.I)
_OF_NAMED = frozenset({"LOCATION", "ORGANIZATION"})
# An English word is not another language's title: below this Zipf frequency in English a word
# is one only a loan knows ("abogado" 1.5, "gerente" 1.1); a gloss beside it allows more, since
# the gloss says it is a job ("sage-femme, a midwife": 3.1 as two English tokens).
_FOREIGN_ZIPF = 2.0
_GLOSSED_ZIPF = 3.2
_WORD = r"(?-i:\p{Ll})[\p{L}'’-]*\p{L}"
_AFTER = ("at", "in", "on", "for", "with", "from", "who", "and", "of")


def _ends_before(words: tuple[str, ...]) -> str:
    """Where a word said as a job ends: a pause, or one of ``words`` (a preposition, a clause
    going on)."""
    return rf"(?={_SP}*(?:[,.;:!?)]|$)|{_SP}+(?:{'|'.join(words)})(?![\w'’-]))"


_ENDS = _ends_before(_AFTER)
_POSSESSIVE = r"(?:the|our|my|his|her|their)"
# What one says one is, for the post said again after it: "i'm a firefighter", "he is a fireman in
# Clermont" (one to three words, a capitalised place after "in").
_SAYS_ONE_IS = (r"(?<![\w'’-])(?:i['’]?m|i{_SP}+am|i{_SP}+was|i['’]ve{_SP}+been|i{_SP}+have{_SP}+been"
                r"|(?:he|she)['’]s|(?:he|she){_SP}+(?:is|was))(?:{_SP}+(?:also|now|still|just|currently))?"
                r"{_SP}+an?{_SP}+(?:[\p{{L}}'’-]+{_SP}+){{0,2}}[\p{{L}}'’-]+"
                r"(?:{_SP}+in{_SP}+(?-i:\p{{Lu}})[\p{{L}}'’-]+)?").format(_SP=_SP)
_SMALL = r"(?-i:\p{Ll}[\p{Ll}'’-]*)"
# Where a word said as what a person is ends: as ``_ENDS``, but not before "who" ("asked who is the
# muzungu who called": a clause after it says which one, no title does).
_PREDICATE_ENDS = _ends_before(tuple(w for w in _AFTER if w != "who"))


@functools.cache
def _role_pattern() -> str:
    return words_pattern(_role_words())


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    role = _role_pattern()
    said = rf"(?:(?:{_ACRONYM}|{_LEVEL}){_SP}+)?{role}"
    patterns = {
        # a job word right before "of": "the director of", "a janitor of"
        "of": own_compiled(rf"(?<![\w'’-]){_DETERMINER}{_SP}+(?P<role>{said})(?={_SP}+of{_SP})", regex.I),
        # "I am a fængselsbetjent, a prison officer": the word, then its gloss
        "gloss_after": own_compiled(
            rf"(?<![\w'’-])(?:{_DETERMINER}|as){_SP}+(?P<word>{_WORD})(?={_SP}*,{_SP}*(?:{_DETERMINER}{_SP}+)?"
            rf"(?:[\p{{L}}-]+{_SP}+){{0,2}}?{role}(?![\w'’-]))", regex.I),
        # "a senior sergeant, stráznik, at", "the local shop steward, tillidsrepræsentant."
        "gloss_before": own_compiled(
            rf"(?<![\w'’-]){role}{_SP}*,{_SP}*(?:(?:the|a|an|our){_SP}+)?(?P<word>{_WORD}){_ENDS}", regex.I),
        # "the vagthavende on duty", "the encargada in charge"
        "duty": own_compiled(
            rf"(?<![\w'’-]){_DETERMINER}{_SP}+(?P<word>{_WORD})(?={_SP}+(?:on{_SP}+duty|in{_SP}+charge)(?![\w'’-]))",
            regex.I),
        # "working as a perforista for", "worked as a cuidadora."
        "as": own_compiled(
            rf"(?<![\w'’-])(?:work|works|worked|working|employed|hired){_SP}+as{_SP}+(?:an?{_SP}+)?(?P<word>{_WORD})"
            + _ENDS, regex.I),
        # "my father is the sarpanch of our village", "who is the pulenu'u of our village", "my
        # uncle is the sarpanch and": a word said as what a person is, before "of" or a clause
        # word (``_predicate``: not "it is the mahalla of")
        "predicate": own_compiled(
            rf"(?:(?<![\w'’-])(?:is|was|became|becomes|(?:has|had){_SP}+been)|(?<=\p{{L}})['’]s){_SP}+the{_SP}+"
            rf"(?P<word>{_WORD}){_PREDICATE_ENDS}", regex.I),
        # "I'm an educadora, that's what ...", "I am the maestro talabartero at ...", "I'm a
        # contramestre in Grupo ...": a word said as what the speaker (or the one spoken to) is,
        # after an article, before a pause, a preposition or a clause word; the word before it goes
        # with it when it is no English adjective ("maestro talabartero"; not "the new educadora")
        "self": own_compiled(
            rf"(?<![\w'’-])(?:i['’]?m|i{_SP}+am|i{_SP}+was|i['’]ve{_SP}+been|i{_SP}+have{_SP}+been|i{_SP}+became"
            rf"|you['’]re|you{_SP}+are|you{_SP}+were)(?:{_SP}+(?:also|now|still|just|currently|actually))?"
            rf"{_SP}+(?:an?|the){_SP}+(?:(?:only|new|other|main|former|retired|qualified|trained){_SP}+)?"
            rf"(?:(?P<before>{_WORD}){_SP}+)?(?P<word>{_WORD}){_PREDICATE_ENDS}", regex.I),
        # "Lars Holm, the vagthavende," right after a kept person's name
        "after_name": own_compiled(
            rf"{_SP}*,{_SP}*{_POSSESSIVE}{_SP}+(?P<word>{_WORD})(?={_SP}*(?:[,.;:!?)]|$))", regex.I),
        # "the dishwasher, an older man we call ...": a job, then the person it is of
        "described": own_compiled(
            rf"(?<![\w'’-]){_POSSESSIVE}{_SP}+(?P<role>{said})(?={_SP}*,{_SP}*an?{_SP}+"
            rf"(?:[\p{{L}}-]+{_SP}+){{0,2}}?(?:man|woman|guy|lady|fellow|lad|boy|girl)(?![\w'’-]))", regex.I),
        # "his abogado in Quito, " / "the vagthavende, " right before a kept person's name
        "name": own_compiled(
            rf"(?<![\w'’-]){_POSSESSIVE}{_SP}+(?P<word>{_WORD})"
            rf"(?:{_SP}+(?:in|at|from){_SP}+\p{{Lu}}[\p{{L}}'’-]+)?{_SP}*,{_SP}*$", regex.I),
        # "i'm a firefighter, leading firefighter actually, at", "i'm a rigger, a tower climber,
        # for", "a customs agent, agent of constatation, at", "rope access level two, with": the
        # post said again after what one is (``_post_said_again`` asks its last word)
        "again": own_compiled(
            rf"{_SAYS_ONE_IS}{_SP}*,{_SP}*(?:an?{_SP}+)?(?P<post>(?:{_SMALL}{_SP}+){{0,3}}?"
            rf"(?:{_GRADE_WORD}{_SP}+{_NUMBER}(?P<grade>)|(?P<head>{_SMALL})(?:{_SP}+of{_SP}+(?P<of>{_SMALL}))?))"
            rf"(?:{_SP}+(?:actually|really))?"
            rf"(?={_SP}*,{_SP}*(?:at|with|for|in|on|since|from)(?![\w'’-])|{_SP}*(?:[.;!?]|\n|\Z))", regex.I),
        # an acronym before a job: "an HSE ", "the ICU "
        "acronym": own_compiled(rf"(?<![\w'’-]){_DETERMINER}{_SP}+(?P<acronym>(?-i:\p{{Lu}}{{2,5}})){_SP}+$", regex.I),
    }
    # Those searched for over every whole text are gated (``prefilter.gated``): few texts hold
    # their words on many lines.
    whole = ("of", "gloss_after", "gloss_before", "duty", "as", "described", "predicate", "self", "again")
    return {**patterns, **gated({name: patterns[name] for name in whole})}


def _foreign(word: str, most: float) -> bool:
    """Whether ``word`` is no English word (under ``most`` on the Zipf scale) and no kinship word or
    title of the name lists."""
    lower = word.lower()
    return len(lower) >= 4 and lower not in NOT_NAME_WORDS and zipf_frequency(lower, "en") < most


# What a predicate is said of when it is a thing or a place, not a person: "it is the mahalla of",
# "that was the souk".
_THING_SUBJECT = own_compiled(rf"(?<![\w'’-])(?:it|that|this|there|here|which|what|where){_SP}*\Z", regex.I)


def _of_a_person(text: str, verb: int) -> bool:
    """Whether the predicate whose verb starts at ``verb`` is said of a person (no "it", "that",
    "there" ... before it)."""
    return _THING_SUBJECT.search(text, max(0, verb - 12), verb) is None


def _free(start: int, end: int, mentions: Sequence[Mention]) -> bool:
    return not any(m.start < end and start < m.end for m in mentions)


def _role(text: str, match: regex.Match[str], kept: Sequence[Mention]) -> Mention | None:
    """The job word of a match, said in lower case where no kept mention is."""
    start, end = match.span("role")
    if not text[end - 1].islower() or not _free(start, end, kept):
        return None
    return Mention(start, end, "OCCUPATION", _SCORE, DETECTOR, text[start:end])


def _role_of(text: str, match: regex.Match[str], kept: Sequence[Mention]) -> Mention | None:
    """The job word of a match of "of" when a workplace or a kept person follows it."""
    role = _role(text, match, kept)
    if role is None:
        return None
    end = role.end
    place = _OF_PLACE.match(text, end)
    then = _OF.match(text, end)
    named = then is not None and any(p.start == then.end() and _named(p) for p in kept)
    return role if place is not None or named else None


def _named(kept: Mention) -> bool:
    """Whether a kept mention after "of" says whose or which one the job is: a person ("the
    bodyguard of Ortega"), or a place or a body written with its capital, which the filters kept as
    no public one ("the prefect of Tillabéri", "the pastor of Nukualofa")."""
    return kept.entity_type == "PERSON" or (kept.entity_type in _OF_NAMED and kept.text[:1].isupper())


def _word(text: str, match: regex.Match[str], most: float, kept: Sequence[Mention]) -> Mention | None:
    start, end = match.span("word")
    if not _foreign(match["word"], most) or not _free(start, end, kept):
        return None
    return Mention(start, end, "OCCUPATION", _SCORE, DETECTOR, text[start:end])


def _self_word(text: str, match: regex.Match[str], kept: Sequence[Mention]) -> Mention | None:
    """Another language's word said as what one is, with the word said before it when that is a
    noun and no English adjective ("maestro talabartero"); not "the new educadora"."""
    word = _word(text, match, _FOREIGN_ZIPF, kept)
    before = match["before"]
    if word is None or before is None:
        return word
    kinds = parts_of_speech(before.lower())
    start = match.start("before")
    if "adj" in kinds or before.lower() in NOT_NAME_WORDS or not _free(start, word.start, kept) \
            or not ("noun" in kinds or _foreign(before, _FOREIGN_ZIPF)):
        return word
    return replace(word, start=start, text=text[start:word.end])


def _foreign_words(text: str, kept: Sequence[Mention]) -> list[Mention]:
    """Another language's word said in a job's slot."""
    found = []
    patterns = _patterns()
    for name, most in (("gloss_after", _GLOSSED_ZIPF), ("gloss_before", _FOREIGN_ZIPF), ("duty", _FOREIGN_ZIPF),
                       ("as", _FOREIGN_ZIPF)):
        found += [m for match in patterns[name].finditer(text) if (m := _word(text, match, most, kept)) is not None]
    found += [m for match in patterns["self"].finditer(text) if (m := _self_word(text, match, kept)) is not None]
    found += [m for match in patterns["predicate"].finditer(text)
              if _of_a_person(text, match.start()) and (m := _word(text, match, _FOREIGN_ZIPF, kept)) is not None]
    for person in kept:
        if person.entity_type == "PERSON" and person.text[:1].isupper():
            matches = (patterns["name"].search(text, max(0, person.start - 60), person.start),
                       patterns["after_name"].match(text, person.end))
            found += [m for match in matches if match is not None
                      and (m := _word(text, match, _FOREIGN_ZIPF, kept)) is not None]
    return found


@functools.cache
def _not_a_post_word() -> frozenset[str]:
    """Words with a job's ending that say what one is, not a post: the roles pack's lists."""
    return frozenset().union(*map(_vocabulary, ("not_self_job", "not_a_job", "not_a_noun", "not_a_post")))


def _post_said_again(text: str, match: regex.Match[str], kept: Sequence[Mention]) -> Mention | None:
    """The post said again after what one is: a grade ("rope access level two"), or a job word
    (a list's, or as :func:`is_role_label` reads a label: a rare doer's, an agent's or another
    language's job ending)
    with the words that say which before it, none a function word or a filler."""
    start, end = match.span("post")
    words = text[start:end].split()
    if match["grade"] is not None:
        which = words[:-2]
    else:
        head = match["head"].lower()
        if head in _not_a_post_word() or not (head in _role_words() or is_role_label(head)):
            return None
        which = words[:-3] + [match["of"]] if match["of"] else words[:-1]
    if any(w.lower() in stop_words() or w.lower() in FILLERS for w in which) or not _free(start, end, kept):
        return None
    return Mention(start, end, "RANK" if match["grade"] is not None else "OCCUPATION", _SCORE, DETECTOR,
                   text[start:end])


def _with_acronyms(text: str, kept: Sequence[Mention], is_public: Callable[[str], bool]) -> list[Mention]:
    """Each job the rules found grown over an acronym said right before it after an article, unless
    the acronym is a public body's ("the ILO inspector": the body is kept)."""
    found = []
    for m in kept:
        if m.entity_type not in _ROLES or not m.text[:1].islower():
            continue
        match = _patterns()["acronym"].search(text, max(0, m.start - 12), m.start)
        if match is not None and _free(match.start("acronym"), match.end("acronym"), kept) \
                and not is_public(match["acronym"]):
            start = match.start("acronym")
            found.append(replace(m, start=start, text=text[start:m.end]))
    return found


def _of_places(text: str, roles: Sequence[Mention], kept: Sequence[Mention]) -> list[Mention]:
    """Each job grown over "of the" workplace said right after it, when that holds no name."""
    grown = []
    for m in roles:
        place = _OF_PLACE.match(text, m.end) if m.entity_type in _ROLES else None
        if place is not None and _holds_only(m.end, place.end(), kept):
            grown.append(replace(m, end=place.end(), text=text[m.start:place.end()]))
    return grown


def roles_in_slots(text: str, kept: Sequence[Mention],
                   is_public: Callable[[str], bool] = lambda _: False) -> list[Mention]:
    """OCCUPATION mentions for job words said before "of" a workplace or a kept person, for
    another language's words in a job's slot, and the rules' jobs grown over an acronym before
    them and over the workplace after them."""
    found = [m for match in _patterns()["of"].finditer(text) if (m := _role_of(text, match, kept)) is not None]
    found += [m for match in _patterns()["described"].finditer(text)
              if (m := _role(text, match, [*kept, *found])) is not None]
    found += _foreign_words(text, [*kept, *found])
    found += [m for match in _patterns()["again"].finditer(text)
              if (m := _post_said_again(text, match, [*kept, *found])) is not None]
    found += _with_acronyms(text, kept, is_public)
    return found + _of_places(text, [*kept, *found], kept)
