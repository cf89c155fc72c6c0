"""A phrase that singles a person out, grown to the clause that says it.

The rules find the heart of such a phrase: "the only nurse who saw him", "two women on the night
roster", "only three inspectors", "only two people".  The clause around it says it whole, and
its other words still point at the one person when they are left in the clear: "i'm the only
nurse who saw him" (who), "There are two women on the night roster in that ward" (where), "only
three inspectors went on that ship this year" (what they did, and when), "The clinic is only two
people" (of what).  ``extend_unique_phrases`` grows each such UNIQUE_DETAIL

- to the left over the subject and its verb right before it when the subject is a short noun
  phrase ("the clinic is", "our ward was"), which says of what; not over a third person or
  "there" ("he's", "there's"), which says nothing more (the guideline marks "the only woman on
  nights"); but the speaker's own "i'm" or "I am" before "the only ..." or "the one who ..." of
  any rule is the phrase's ("i'm the only woman in the yard": "I" tells who the one is); and a
  count of a few said from its number takes the present "there are" right before it ("[There
  are four of us in maintenance]", see ``_THERE_ARE_BEFORE``);
- to the right over the rest of the clause: up to seven words, ending at a pause (a comma, a full
  stop), a conjunction or a new subject ("..., and", "... but", "... i"), a filler ("um", "you
  know"), a form of "be" (a new predicate: "... is closed now"), never on an article or a
  preposition.  Inside a relative clause "and", "or" or a comma before a second verb in the
  first's form goes on with it ("who reads and writes Turkish", "who closes the kiosk and counts
  the cash box"), and so does a wh-clause its verb takes as its object ("who knows where the
  powder is kept", "who knows how to fix the boiler"), with its own subject and "is".

A phrase from "the only ..." (of any rule) also takes the contact clause that says whose only one
it is, said without "who" or "that": "the only ice maker [they ever had]", "the only conservator
[the museum has]" (its own subject, then a verb of having or keeping someone), and the rest of
that clause.

Neither side crosses another mention or a line's end: a name inside the clause keeps its own
finding (and its pseudonym), and the clause stops before it.

"Only" makes a count or a job a uniqueness of its own, whichever rule found the rest: a count
found from its number takes the "only" or "one of only" said right before it ("only [two
welders]", "one of only [three pilots]"), a job found by the roles pack after "the only" is
that phrase ("the only [radiographer]"), and "the only woman" takes the job said right after
it ("the only woman [welder]").  Not "not only ...", which says there are more.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.joins import joined_between
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.count_fragments import RECOGNIZER_NAME as FRAGMENT_RULE
from redactor.detect.recognizers.incident import PEOPLE_COUNTED, RECOGNIZER_NAME as INCIDENT_RULE
from redactor.lexicon.dictionary import parts_of_speech
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99
from redactor.model import Mention

_SP = r"[^\S\n]"
# The rules whose phrases are said as a clause.
_CLAUSE_RULES = frozenset({"UniquenessPhrase", "SmallGroupCount"})
_BE = r"(?:am|is|are|was|were|['’](?:m|s|re))"
# "the clinic is", "our ward was": a determiner and one or two words, which say of what or of whom
# (a pronoun or "there" says nothing more: "i'm the only nurse" is found from "the only", as the
# annotation guideline's "the only woman on nights")
_SUBJECT = (r"(?:(?:the|our|my|this|that|their|his|her)(?:" + _SP
            + r"+(?!(?:only|one|just|there|it|this|that|they|we|he|she|i|you)\b)\p{L}[\p{L}-]+){1,2})")
_ADVERB = r"(?:also|still|really|actually|basically|just|only|literally|probably)"
# The subject and its verb right before a phrase ("i'm ", "There are ", "the clinic is "); a
# contraction is written without a space ("i'm", "there's").
_BEFORE = own_compiled(
    rf"(?<![\w'’-]){_SUBJECT}(?:{_SP}*['’](?:m|s|re)|{_SP}+(?:am|is|are|was|were))"
    rf"(?:{_SP}+{_ADVERB})?{_SP}+\Z",
    regex.I)
_LOOK_BACK = 40
# The speaker saying it of themselves, right before "the only ..." or "the one who ...": "i'm
# the only woman in the yard", "I am the one who types up the minutes".  The clause is their own
# and "I" tells who the one is, so the subject and its verb are the phrase's; the past too ("I was
# the only one with the camera password"): over the 23 design sets the annotators take "I was" in
# 4 of the 10 such spans, all 4 in the newest three sets (fresh31, fresh33, fresh34), and a phrase
# missing its first two words is a phrase missed while they cost six characters where they are not
# wanted.  Not "he's", "she was" (a third person: 1 of 8 taken), "we are", "there are three of us",
# "i'm one of ..." (most start those at the count or "the").
_FIRST_PERSON = own_compiled(
    rf"(?<![\w'’-])i(?:{_SP}*['’]m|{_SP}+(?:am|was))(?:{_SP}+(?:{_ADVERB}|now|always|never))?{_SP}+\Z", regex.I)
# "i'm the oldest on the background team", "I am the oldest of the measuring girls" (fresh24,
# fresh30, fresh32, fresh33 take "I'm" with the superlative) are the speaker's own as "the only" is.
_SPEAKER_HEAD = own_compiled(rf"the{_SP}+(?:only|one{_SP}+(?:who|that|with)|oldest|youngest|eldest|longest)(?![\w'’-])",
                             regex.I)
# Words that end a clause: a conjunction, a new subject, a filler, a new predicate, a question
# (the next subtitle cue's "what about ...").
_STOP = (r"(?:and|but|so|because|cause|or|then|when|if|while|though|although|whereas|unless|until|since|"
         r"i|we|you|he|she|they|it|um|uh|er|erm|hmm|yeah|like|okay|ok|right|anyway|actually|basically|"
         r"honestly|sorry|you" + _SP + r"+know|i" + _SP + r"+mean|is|was|were|are|am|what|how|why|"
         r"that['’]s|it['’]s|there['’]s|i['’]m|he['’]s|she['’]s|we['’]re|they['’]re|you['’]re|"
         r"everyone|everybody|nobody|coming|going|being|getting)")
# Words a clause does not end on ("... went on that").
_DANGLING = (r"(?:the|a|an|to|of|in|on|at|with|from|for|who|that|which|my|our|his|her|their|your|whole|"
             r"entire|by|into|onto|next|than|very|after|before|during|about|over|under|without|"
             r"some|any|every|each|no|not|only|just|also|can|could|would|will|did|do|does|has|have|had|near|behind|"
             r"beside|outside|inside|opposite|off|around|across|along|through|between|among|towards|toward|up)")
_NEXT_WORD = own_compiled(rf"{_SP}+(?!{_STOP}(?![\w'’-]))([\p{{L}}\d][\p{{L}}\d'’-]*)(?![\w'’-])", regex.I)
# "it" right after a verb is its object, not a new subject: "the only porter who never locked
# it", "only two cooks ever cleaned it"; not before a verb of its own ("... who fixed it was
# sacked": a new clause) or after a word the clause cannot end on ("... who walked to it").
_OBJECT = own_compiled(rf"{_SP}+(it)(?![\w'’-])(?!{_SP}+(?:{_BE}|do|does|did|can|could|will|would|has|have|had|"
                       rf"know|see|said|says|went|goes)(?![\w'’-]))", regex.I)
_DANGLING_WORD = own_compiled(_DANGLING, regex.I)
_MAX_WORDS = 10
# "the only ...", "only three ...", and "there is only one ..." (the "there is" is the phrase's own)
_ONLY = own_compiled(r"(?:there(?:['’]s|" + _SP + r"+(?:is|was|are|were))" + _SP + r"+(?:(?:just|really|still)" + _SP
                     + r"+)?)?(?:the" + _SP + r"+)?(?:only|just)(?![\w'’-])", regex.I)
_PLACE_NEXT = own_compiled(rf"{_SP}+(?:in|on|at|aboard|inside|across)(?![\w'’-])", regex.I)
# A count whose rule took only the first words of its place ("eleven women on the acid", "five men
# in one living", "twenty-two men in the old"): the rule's words stop where its pattern does, not
# where the place does (see ``_rest_of_place``).
_PLACE_BEGUN = own_compiled(rf"{_SP}(?:in|on|at|aboard|inside|across){_SP}", regex.I)
_PLACE_WORDS = 3
# A pronoun, which the dictionary also knows as a noun ("me": the note), opens what is said next.
_PRONOUN = own_compiled(r"(?:me|him|us|them|myself|mine|ours)", regex.I)
# A form of "be" said right after "who", "that", "which" is the relative clause's own verb, not a
# new predicate: "the only one of the forty-three [who was still alive]", "only two of us [who are
# women in the observer programme]" (every such clause in the design gold is taken whole).
_RELATIVE = own_compiled(r"(?:who|that|which)", regex.I)
_RELATIVE_BE = own_compiled(rf"{_SP}+(am|is|are|was|were|(?:has|have|had){_SP}+been)(?![\w'’-])", regex.I)
# Nor does a clause end on it ("... who was").
_BE_WORD = own_compiled(rf"(?:am|is|are|was|were|(?:has|have|had){_SP}+been)", regex.I)
# A count that opens its clause is its subject, and the form of "be" after it is its own verb:
# "[Only two of us were on the vats that morning]", "[eleven of us are from India]"; not a count
# said after its verb ("... and he said only two of us", "... there are only three welders").
_BE_NEXT = own_compiled(rf"{_SP}+(?:are|were|is|was)(?![\w'’-])", regex.I)
_CLAUSE_OPENS = own_compiled(rf"(?:\A|[.!?:;,\n]|(?<![\w'’-])(?:and|but|so|because))[*_\"“”]*{_SP}*\Z", regex.I)


# A relative clause says two deeds of its one subject: "who reads and writes Turkish", "who
# closes the kiosk and counts the cash box", "that cooks, cleans and drives".  After "and", "or"
# or a comma, a verb in the same form as the clause's first verb (see ``_same_form``) goes on
# with the clause; a new subject ("... who came and then we left", "... and she knows it") ends
# it.
_RELATIVE_VERB = own_compiled(
    rf"(?<![\w'’-])(?:who|that)(?:{_SP}+{_ADVERB}|{_SP}+(?:always|never|often|usually|can|could))?"
    rf"{_SP}+(\p{{L}}+)(?![\w'’-])", regex.I)
_COORDINATED = own_compiled(
    rf"(?:{_SP}*,{_SP}*(?:(?:and|or){_SP}+)?|{_SP}+(?:and|or){_SP}+)(?:(?:also|then){_SP}+)?"
    rf"(\p{{L}}+)(?![\w'’-])", regex.I)
_LOOK_TO_RELATIVE = 60
# A clause the verb takes as its object, opened by a wh-word: "who knows [where the powder is
# kept]", "who knows how to fix the boiler", "who decides what we earn".  Inside it, its own
# subject and its own "is" are no new clause of the phrase.
# Not a question said next ("... not paid how is your brother": its verb comes right after the
# wh-word), nor after a verb outside a relative clause.
_WH_OBJECT = own_compiled(rf"{_SP}+(where|what|how|which|whether|why)(?![\w'’-])"
                          rf"(?!{_SP}*(?:{_BE}|do|does|did|can|could|will|would|has|have|had)(?![\w'’-]))", regex.I)
_INSIDE_WH = own_compiled(rf"{_SP}+(is|are|was|were|we|they|i|you|he|she|it|to)(?![\w'’-])", regex.I)


def _verb_form(word: str) -> str:
    """The inflection a verb is said in: "s" ("reads"), "ed" ("closed"), "ing", or "" (the base
    or an irregular past: "read", "kept")."""
    word = word.lower()
    for ending in ("ing", "ed"):
        if word.endswith(ending):
            return ending
    return "s" if word.endswith("s") and not word.endswith("ss") else ""


def _same_form(text: str, at: int, word: str) -> bool:
    """Whether ``word`` is a verb in the same form as the first verb of the relative clause said
    right before ``at`` (see ``_RELATIVE_VERB``)."""
    if "verb" not in parts_of_speech(word.lower()) or _PRONOUN.fullmatch(word) or _DANGLING_WORD.fullmatch(word):
        return False
    first = _first_verb(text, at)
    return first is not None and _verb_form(first) == _verb_form(word)


def _first_verb(text: str, at: int) -> str | None:
    """The first verb of the relative clause said right before ``at`` (see ``_RELATIVE_VERB``),
    or None outside one."""
    first = None
    for first in _RELATIVE_VERB.finditer(text, max(0, at - _LOOK_TO_RELATIVE), at):
        pass
    return None if first is None else first.group(1)


def _next_in_clause(text: str, at: int, last: str, embedded: bool) -> regex.Match | None:
    """The next word of the clause after ``at`` besides a plain one: a second verb of a relative
    clause (see ``_COORDINATED``), the wh-word that opens its verb's object clause or a word
    inside that clause (see ``_WH_OBJECT``)."""
    joined = _COORDINATED.match(text, at)
    if joined is not None and _same_form(text, at, joined.group(1)):
        return joined
    if embedded:
        return _INSIDE_WH.match(text, at)
    if last and "verb" in parts_of_speech(last.lower()) and _first_verb(text, at) is not None:
        return _WH_OBJECT.match(text, at)
    return None


def _free(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in taken)


def _clause_end(text: str, end: int, taken: Sequence[tuple[int, int]]) -> int:
    """Where the clause after ``end`` ends: after its last word that is neither a stop nor
    inside another finding, and not on a dangling word."""
    ends = [end]
    dangling = [False]
    last = ""
    embedded = False
    for _ in range(_MAX_WORDS):
        word = _next_in_clause(text, ends[-1], last, embedded) or _NEXT_WORD.match(text, ends[-1])
        if word is None and _RELATIVE.fullmatch(last):
            word = _RELATIVE_BE.match(text, ends[-1])
        if word is None and not dangling[-1]:
            word = _OBJECT.match(text, ends[-1])
        if word is None or not _free(taken, ends[-1], word.end()) or joined_between(text, ends[-1], word.end()):
            break  # the next cue or segment is no part of the clause ("... in the fridge" / "your number?")
        ends.append(word.end())
        last = word.group(1)
        embedded = embedded or _WH_OBJECT.fullmatch(text, word.start(), word.end()) is not None
        dangling.append(_DANGLING_WORD.fullmatch(last) is not None or _BE_WORD.fullmatch(last) is not None)
    while dangling[-1]:
        ends.pop()
        dangling.pop()
    return ends[-1]


def _goes_on(text: str, m: Mention) -> bool:
    """Whether the clause after ``m`` is its own to grow over: always after "the only ...",
    "only three ..." (not after the other forms: "our guard that speaks russian" came, a separate
    event); after a bare count ("seven welders", "fourteen shipments", "the three of
    us") only where the next words say where they are ("... in that ward"), not what they did
    ("... walked out", "... went for a drink"), a separate event."""
    if _ONLY.match(m.text):
        return True
    return m.detector == "SmallGroupCount" and _PLACE_NEXT.match(text, m.end) is not None


def _own_verb(text: str, m: Mention, taken: Sequence[tuple[int, int]]) -> int:
    """Where the clause after ``m`` starts: after the form of "be" right after it when ``m`` is
    a count opening its clause (see ``_BE_NEXT``), else at its end."""
    be = _BE_NEXT.match(text, m.end)
    if be is None or not _ONLY_OR_COUNT_FIRST.match(m.text) or not _free(taken, m.end, be.end()):
        return m.end
    if _CLAUSE_OPENS.search(text, max(0, m.start - _LOOK_BACK), m.start) is None:
        return m.end
    return be.end()


def _grown(text: str, m: Mention, taken: Sequence[tuple[int, int]]) -> Mention:
    start, end = m.start, m.end
    before = _BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is not None and _free(taken, before.start(), start):
        start = before.start()
    if _goes_on(text, m):
        verb = _own_verb(text, m, taken)
        end = _clause_end(text, verb, taken)
        if end == verb:  # the verb alone, with nothing said after it
            end = _clause_end(text, m.end, taken)
    elif m.detector == "SmallGroupCount" and _PLACE_BEGUN.search(m.text):
        end = _rest_of_place(text, end, taken)
    if (start, end) == (m.start, m.end):
        return m
    return replace(m, start=start, end=end, text=text[start:end])


def _rest_of_place(text: str, end: int, taken: Sequence[tuple[int, int]], loanword: bool = False) -> int:
    """Where the place a count began to say ends: over the words right after ``end`` that go on
    naming it ("... acid [side]", "... living [wagon]", "... old [sheep barn]"), at most
    ``_PLACE_WORDS``, each a noun, or an adjective that is no verb, to the dictionary; not over a
    verb ("... band [got nothing]", "... caravan [made]"), a determiner ("... station [that
    morning]"), a pronoun ("... floor [me] and Ines"), a word a clause
    does not end on, another finding or the next cue.

    With ``loanword``, the frame has already said a noun comes ("from my ...", "from one ..."),
    so a word the dictionary does not know at all is that noun, said in the speaker's own
    language: "from my [kebele]", "from one [mtaa]", "from the same [mahalla]"."""
    for _ in range(_PLACE_WORDS):
        word = _NEXT_WORD.match(text, end)
        if word is None or _DANGLING_WORD.fullmatch(word.group(1)) or not _free(taken, end, word.end()) \
                or joined_between(text, end, word.end()):
            break
        kinds = parts_of_speech(word.group(1).lower())
        if loanword and not kinds and not word.group(1)[0].isdigit():
            end, loanword = word.end(), False  # one such word, the group's
            continue
        if ("noun" not in kinds and ("adj" not in kinds or "verb" in kinds)) or _PRONOUN.fullmatch(word.group(1)):
            break
        end = word.end()
    return end


# "the only ice maker they ever had", "our only apprentice the firm has": the clause that says
# whose only one it is, said without "who" or "that" (a contact clause: its own subject and a verb
# of having or keeping someone), from the phrase's head on.
_THE_ONLY_HEAD = own_compiled(rf"(?:the|our){_SP}+only{_SP}+", regex.I)
_CONTACT = own_compiled(
    rf"(?:[\p{{L}}'’-]+{_SP}+){{1,3}}?"
    rf"(?:(?:they|we|he|she|you|i)(?:['’](?:ve|d))?|(?:the|this|that|our){_SP}+(?!only\b)\p{{L}}[\p{{L}}-]+)"
    rf"(?:{_SP}+(?:ever|still|now|really|even|actually|ever{_SP}+had|got))?{_SP}+"
    rf"(?:have|has|had|got|employ|employs|employed|hire|hires|hired|keep|keeps|kept|trust|trusts|trusted|"
    rf"allow|allows|allowed|let|lets|send|sends|sent)(?![\w'’-])",
    regex.I)


# A superlative said of a person ("the oldest kutsero", "the tallest man", "the youngest", "the
# longest-serving guard"), which the rules find with the first word of its place at most ("the
# tallest man in the platoon"): the place and what the person has there are its complements, said
# as a chain of prepositional phrases to the clause's end ("... [on the peel line] [with a
# diploma] [from ganja]", "the oldest of the measuring girls [in the shop]"), each a preposition,
# a determiner and nouns (see ``_rest_of_place``); never over a verb, a pronoun or a new clause,
# which a superlative, unlike "the only ...", does not take ("the oldest driver there [drove me
# home]" is what he did, not who he is).  Nor over a clause opened by "who": taken to its end as
# after "the only ...", it cost held-out precision (fresh10 0.870 -> 0.869, first 0.875 -> 0.874)
# for no gain.
_SUPERLATIVE = own_compiled(
    rf"the{_SP}+(?:first|last|oldest|youngest|eldest|tallest|shortest|longest(?:-serving|{_SP}+serving)?|"
    rf"most{_SP}+senior)(?![\w'’-])", regex.I)
_PREPOSITION = own_compiled(
    rf"{_SP}+(?:in|on|at|of|from|with|among|aboard)(?:{_SP}+(?:the|our|my|his|her|their|this|that|a|an|one))?"
    rf"(?={_SP})", regex.I)
_CHAIN = 3


def _with_complements(text: str, m: Mention, taken: Sequence[tuple[int, int]]) -> Mention:
    """``m``, a superlative (see ``_SUPERLATIVE``), grown over the rest of the place it began to
    say and the prepositional phrases after it, at most ``_CHAIN``, each with a noun."""
    if not _SUPERLATIVE.match(m.text):
        return m
    end = _rest_of_place(text, m.end, taken) if _PREPOSITION.search(m.text) else m.end
    for _ in range(_CHAIN):
        prep = _PREPOSITION.match(text, end)
        after = end if prep is None else _rest_of_place(text, prep.end(), taken, loanword=True)
        if prep is None or after == prep.end():
            break
        end = after
    return m if end == m.end else replace(m, end=end, text=text[m.start:end])


def _with_contact_clause(text: str, m: Mention, taken: Sequence[tuple[int, int]]) -> Mention:
    """``m`` grown over the contact clause after "the only ..." (see ``_CONTACT``) and the rest
    of its clause ("... they have in haderslev")."""
    head = _THE_ONLY_HEAD.match(text, m.start)
    if head is None:
        return m
    clause = _CONTACT.match(text, head.end())
    if clause is None or clause.end() <= m.end or not _free(taken, m.end, clause.end()):
        return m
    end = _clause_end(text, clause.end(), taken)
    return replace(m, end=end, text=text[m.start:end])


# What a singled-out person is or was, said inside the relative clause that singles them out: "the
# only one at the farm [who was a microbiologist] before", "the only one in the flat who had
# worked as a nurse", "the only woman at the counter who is not a pharmacist".  The job found on
# its own there is part of the clause, not a finding that ends it: the annotators take such
# clauses whole with their job (fresh20, fresh22, fresh27, fresh41 twice), and a clause cut
# before its job leaves what sets the person apart in the clear.  From the relative word (said in
# the phrase found or after it), at most five words to the job, on one line; a name or a place
# still ends the clause.
_JOB_TYPES = frozenset({"OCCUPATION"})
_TO_JOB_IN_CLAUSE = own_compiled(
    rf"(?<![\w'’-])(?:who|that)(?:{_SP}+[\p{{L}}'’-]+){{1,5}}{_SP}+\Z", regex.I)
_LOOK_TO_JOB = 80


def _job_in_clause(text: str, m: Mention, o: Mention) -> bool:
    """Whether ``o`` is a job said inside the relative clause after ``m`` (see
    ``_TO_JOB_IN_CLAUSE``), which the clause grows over."""
    return (o.entity_type in _JOB_TYPES and m.end <= o.start <= m.end + _LOOK_TO_JOB and "\n" not in text[m.end:o.start]
            and _TO_JOB_IN_CLAUSE.search(text, m.start, o.start) is not None)


def _others(text: str, m: Mention, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of the other findings ``m`` may not grow over: not the singling-out phrases (the
    overlaps are settled later), nor those inside it, nor a job said in its clause."""
    return [(o.start, o.end) for o in mentions
            if o is not m and o.entity_type != "UNIQUE_DETAIL" and not (m.start <= o.start and o.end <= m.end)
            and not _job_in_clause(text, m, o)]


def extend_unique_phrases(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each singling-out phrase of a clause rule grown over its subject and
    verb and the rest of its clause, and with "only" joined to the count or the job it makes
    unique (see the module's docstring)."""
    mentions = _with_only(text, mentions)
    if not any(m.entity_type == "UNIQUE_DETAIL" or _group_count(m) for m in mentions):
        return list(mentions)
    out = []
    for m in mentions:
        if m.entity_type == "UNIQUE_DETAIL" and _SUPERLATIVE.match(m.text):
            m = _with_complements(text, m, _others(text, m, mentions))
        if m.entity_type == "UNIQUE_DETAIL" and (m.detector in _CLAUSE_RULES or _THE_ONLY_HEAD.match(m.text)):
            taken = _others(text, m, mentions)
            m = _with_contact_clause(text, m, taken)
            if m.detector in _CLAUSE_RULES:
                m = _grown(text, m, taken)
        out.append(m)
    grown = _with_age_bound(text, _from_one_group(text, _with_there_are(text, _with_speaker(text, out))))
    return _with_names_joined(text, _to_where(text, grown))


# "and" between two names is no new clause but one list of them: "only two of us speak [Portuguese
# and English]", "I am the only technician between [Illapel and La Serena]", "the only instructor
# with a [Yoruba and Egun] class".  Over the design sets every such phrase that ends on a
# capitalised word before "and" and another capitalised word is annotated with the second (4 of 4,
# in fresh22, 25, 29, 34).  Not "and I" (a new clause), nor a lower-case word ("... Kabul and we").
_PERSONAL_RULE = "PersonalDetail"
_ENDS_CAPITALISED = own_compiled(r"(?<![\p{L}\d'’-])(?-i:\p{Lu})[\p{L}'’-]*\Z")
_AND_NAME = own_compiled(rf"{_SP}+and(?={_SP}+(?!(?-i:I)(?![\p{{L}}'’-]))(?-i:\p{{Lu}}))", regex.I)
_NAME_WORD = own_compiled(rf"{_SP}+(?-i:\p{{Lu}})[\p{{L}}'’-]*(?![\p{{L}}\d'’-])")


def _with_names_joined(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each singling-out phrase that ends on a name grown over the "and" and the
    name said after it (see ``_AND_NAME``), then, for a clause rule, over the rest of its clause;
    up to another finding, whose own name keeps it."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.entity_type != "UNIQUE_DETAIL" or m.detector not in _CLAUSE_RULES | {_PERSONAL_RULE} \
                or _ENDS_CAPITALISED.search(m.text) is None:
            continue
        joined = _AND_NAME.match(text, m.end)
        if joined is None:
            continue
        taken = [(o.start, o.end) for o in out if o is not m]
        end = joined.end()
        while (name := _NAME_WORD.match(text, end)) is not None and _free(taken, end, name.end()):
            end = name.end()
        if end == joined.end() and ((after := _NAME_WORD.match(text, end)) is None or _free(taken, end, after.end())):
            continue  # no name after "and" ("and M5"), or one neither found nor taken: nothing joined
        if end > joined.end() and m.detector in _CLAUSE_RULES:
            end = _clause_end(text, end, taken)
        out[i] = replace(m, end=end, text=text[m.start:end])
    return out


def _with_speaker(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each singling-out phrase the speaker says of themselves grown over its
    subject and verb ("[i'm the only woman in the yard]", see ``_FIRST_PERSON``), when no other
    finding lies between."""
    return _grown_left(text, mentions, _SPEAKER_HEAD, _FIRST_PERSON, _LOOK_BACK)


def _grown_left(text: str, mentions: Sequence[Mention], head: regex.Pattern, before: regex.Pattern,
                look_back: int) -> list[Mention]:
    """``mentions`` with each UNIQUE_DETAIL whose text starts with ``head`` grown over the words
    ``before`` finds right before it (within ``look_back`` characters), when no other finding
    lies between."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.entity_type != "UNIQUE_DETAIL" or not head.match(m.text):
            continue
        said = before.search(text, max(0, m.start - look_back), m.start)
        if said is not None and _free([(o.start, o.end) for o in out if o is not m], said.start(), m.start):
            out[i] = replace(m, start=said.start(), text=text[said.start():m.end])
    return out


# "only " or "one of only " right before a count ("only two welders"); not "not only".
_ONLY_BEFORE_COUNT = own_compiled(rf"(?<![\w'’-])(?<!\bnot{_SP}+)(?:one{_SP}+of{_SP}+)?only{_SP}+\Z", regex.I)
# "the only " right before a job ("the only radiographer").
_THE_ONLY_BEFORE = own_compiled(rf"(?<![\w'’-])the{_SP}+only{_SP}+\Z", regex.I)
# A count said from its number: "two welders", "three pilots on nights", "twelve of us".
_COUNT_FIRST = own_compiled(rf"(?:\d|{NUMBER_WORDS_TO_99}(?![\w'’-])|a{_SP}+(?:few|couple|handful|dozen)(?![\w'’-]))",
                            regex.I)
# "There are " (and a hedge: "there are maybe ") right before a count of a few: "[There are four of
# us in maintenance]", "[there are only two quality checkers] at Station 7".  The annotators take
# the present "there are" into the count's span in 15 of 67 such spans across the 22 design sets
# (most of them in the newer sets), but a count missing its first words is a count missed, while
# the two words cost only a few characters where they are not wanted: measured, design quasi
# protection +0.0027 for precision -0.0013.  Not "there's", "there were", "we are" (as often
# taken, but short of twice the gain for the loss: "we are" +0.0009 for -0.0006).
_THERE_ARE_BEFORE = own_compiled(
    rf"(?<![\w'’-])there{_SP}+are{_SP}+(?:(?:about|maybe|around|almost|like|roughly|nearly|probably){_SP}+)?\Z",
    regex.I)
_ONLY_OR_COUNT_FIRST = own_compiled(rf"(?:(?:only|just){_SP}+)?{_COUNT_FIRST.pattern}", regex.I)
# "the only woman": a person said by who they are, whose job may follow ("... welder").
_ONLY_PERSON = own_compiled(rf"(?:the{_SP}+)?only{_SP}+(?:[\p{{L}}-]+{_SP}+)?"
                            rf"(?:woman|man|girl|boy|lady|guy|female|male|foreigner|local|migrant|immigrant)\Z", regex.I)
_LOOK_BACK_ONLY = 20
# A job made unique by "the only" is that rule's phrase, and grows over its clause like it.
_ONLY_RULE = "UniquenessPhrase"


def _with_there_are(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each count of a few (a UNIQUE_DETAIL said from its number or "only")
    grown over the "there are" said right before it (see ``_THERE_ARE_BEFORE``), when no other
    finding lies between."""
    return _grown_left(text, mentions, _ONLY_OR_COUNT_FIRST, _THERE_ARE_BEFORE, _LOOK_BACK_ONLY)


def _with_only(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with "only" joined to the count or the job right after it (see the
    module's docstring): a count grown over it, a job found after "the only" or after "the only
    woman" said as a new UNIQUE_DETAIL from "the only" to the job's end."""
    out = list(mentions)
    jobs = {(m.start, m.end): m for m in mentions if m.entity_type == "OCCUPATION"}
    for i, m in enumerate(mentions):
        if m.entity_type != "UNIQUE_DETAIL" or not _COUNT_FIRST.match(m.text):
            continue
        only = _ONLY_BEFORE_COUNT.search(text, max(0, m.start - _LOOK_BACK_ONLY), m.start)
        if only is not None:
            out[i] = replace(m, start=only.start(), text=text[only.start():m.end])
    for (start, end), job in jobs.items():
        if any(m.entity_type == "UNIQUE_DETAIL" and m.start < start and end <= m.end for m in out):
            continue  # a phrase found whole already ("the only nurse" of another rule)
        the_only = _THE_ONLY_BEFORE.search(text, max(0, start - _LOOK_BACK_ONLY), start)
        if the_only is not None:
            out.append(replace(job, start=the_only.start(), end=end, entity_type="UNIQUE_DETAIL", detector=_ONLY_RULE,
                               text=text[the_only.start():end]))
            continue
        for k, m in enumerate(out):
            gap = text[m.end:start]
            if m.entity_type == "UNIQUE_DETAIL" and m.end <= start and gap.strip() == "" and "\n" not in gap \
                    and _ONLY_PERSON.search(m.text):
                out[k] = replace(m, end=end, text=text[m.start:end])
    return out


# A count of a few, then where they are from or work, the place found on its own right after a
# preposition: "[three of us from] [Fort Chip]", "[There are only two quality checkers at] [Station
# 7]", "[two rangers at] [la legua]".  The annotators say such a count and its place as one span
# (6 of 11 such pairs over the design gold, in fresh9, 11, 18, 21, 24; the others are where the
# place is said of something else), and a span with its preposition left in the clear is a span
# missed: the count grows over the preposition (and its article) up to the place, which keeps its
# own finding and pseudonym.  So does a COUNT of people the incident rule found ("[forty-two women
# on the] [night floor]", fresh42; "[twelve of us in the] [packing shed]").
_COUNT_RULES = frozenset({"SmallGroupCount", "CountOfAKind", "TradeCountRecognizer"})
_WHERE_TYPES = frozenset({"LOCATION", "ORGANIZATION", "WORK_UNIT", "ADDRESS"})
_TO_WHERE = own_compiled(rf"(?:{_SP}+(?:are|were))?{_SP}+(?:from|at|in|on)(?:{_SP}+(?:the{_SP}+same|a{_SP}+single|the|that|this|our|my|one))?"
                         rf"(?={_SP}+\Z)", regex.I)


# A count of a few, then the one group they all come from, said in small letters: "[nine of us
# from one family]", "[Nine cutters from one village]", "[two of us from the same family]", "[five
# of us from the home]".  The annotators take the group into the count's span (fresh9, fresh22,
# fresh36, fresh42); a count without it says only how many.  From "from" and a determiner, the
# group's nouns as a place's are read (see ``_rest_of_place``); a capitalised place found on its
# own is ``_TO_WHERE``'s.  Not a group of another's ("three girls from her dormitory", fresh17: no
# annotation).  The group is often said in the speaker's own word ("from my [kebele]", "from one
# [mtaa]", fresh43), which no dictionary holds: the frame says a noun comes, so such a word is read
# as the group's; and where another finding took it (a model's guess of a name), the count grows up
# to it and it keeps its own.  A place said after the group ("... one street [in] Kirilovo") is then
# joined as after a bare count.
# "All" said of them first, after a pause or not, is theirs too: "[eleven of us, all from one mtaa]".
# So is the verb "are" or "were" said between the count and where they are from, when the count
# opens its clause as its subject: "[nine of us are from one colonia]" (fresh44), "[two of us are
# from tashkent]" (fresh11), "[eleven of us are from] [India]" (fresh27), "[Only two of us were
# on] [the vats]" (fresh34); not of things ("two statues are from the same church": where a thing
# was made, see ``_FROM_ONE``).
_ALL_SAID = rf"(?:{_SP}*,{_SP}*all|{_SP}+all)?"
_ALL = rf"(?:{_SP}+(?:are|were))?{_ALL_SAID}"
_FROM_GROUP = own_compiled(
    rf"{_ALL}{_SP}+from{_SP}+(?:the{_SP}+same|a{_SP}+single|the|one|our|my|that|this)(?![\w'’-])", regex.I)
# A count of things said on its own ("Two old statues from the side altar") takes only a group
# said as one ("from one village", "from the same family"): where a thing comes from is no origin.
_FROM_ONE = own_compiled(rf"{_ALL_SAID}{_SP}+from{_SP}+(?:the{_SP}+same|a{_SP}+single|one)(?![\w'’-])", regex.I)


def _from_one_group(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each count of a few grown over the group said after it as where they
    all come from (see ``_FROM_GROUP``), up to another finding."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.entity_type == "UNIQUE_DETAIL" and m.detector == FRAGMENT_RULE:
            said = _FROM_ONE.match(text, m.end)
        elif (m.entity_type == "UNIQUE_DETAIL" and m.detector in _COUNT_RULES) or _group_count(m):
            said = _FROM_GROUP.match(text, m.end)
        else:
            continue
        if said is None:
            continue
        # not the same count found by another rule ("there are [eight of us]"), which grows too
        taken = [(o.start, o.end) for o in out if o is not m and not (o.start < m.end and m.start < o.end)]
        end = _rest_of_place(text, said.end(), taken, loanword=True)
        if end == said.end() and not _found_next(text, end, taken):
            continue
        if _free(taken, m.end, end):
            out[i] = replace(m, end=end, text=text[m.start:end])
    return out


def _found_next(text: str, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether the word right after ``end`` (a space between) starts another finding: the group
    said after "from my" found on its own ("from my [kebele]" a model took for a name), which keeps
    its finding while the count grows up to it."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and any(start == word.start(1) for start, _ in taken)


# A count of people, then the age all of them are under or over: "[Nine children under fourteen]",
# "[nine children under twelve]" (fresh39, fresh43), "[twelve pickers over sixty]", "[three girls
# aged fifteen]": the bound says who they are as an age does (a woman over fifty, fresh23).  The
# number ends there or says its years ("under fourteen years old"); not a measure or a sum ("under
# forty kilos", "over two hundred", "over ten percent") nor a time ("over two hours").
_AGE_BOUND = own_compiled(
    rf"{_SP}+(?:under|over|below|above|aged|of{_SP}+age)(?:{_SP}+(?:the{_SP}+age{_SP}+of))?{_SP}+"
    rf"(?:{NUMBER_WORDS_TO_99}|1\d|[2-9]\d)(?:(?:{_SP}+|-)years?(?:{_SP}+|-)old)?(?![\w'’-])"
    rf"(?!{_SP}+(?:\p{{L}}+s|hundred|thousand|million|percent|per|kilos?|pounds?|hours?|minutes?)(?![\w'’-]))",
    regex.I)


def _with_age_bound(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each count of people grown over the age they are all under or over (see
    ``_AGE_BOUND``), when no other finding lies there."""
    out = list(mentions)
    for i, m in enumerate(out):
        if (m.entity_type != "UNIQUE_DETAIL" or m.detector not in _COUNT_RULES) and not _group_count(m):
            continue
        bound = _AGE_BOUND.match(text, m.end)
        if bound is not None and _free([(o.start, o.end) for o in out if o is not m
                                        and not (m.end <= o.start and o.end <= bound.end())], m.end, bound.end()):
            out[i] = replace(m, end=bound.end(), text=text[m.start:bound.end()])
    return out


def _group_count(m: Mention) -> bool:
    """Whether ``m`` is a COUNT of people ("forty-two women", "nine of us"): a group said with
    where it is, as a count of the clause rules is ("forty-two women on the [night floor]")."""
    return m.entity_type == "COUNT" and m.detector == INCIDENT_RULE and PEOPLE_COUNTED.search(m.text) is not None


def _to_where(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each count of a few grown over the preposition right before the place
    found after it (see ``_TO_WHERE``)."""
    starts = sorted({m.start for m in mentions if m.entity_type in _WHERE_TYPES})
    out = list(mentions)
    for i, m in enumerate(out):
        if (m.entity_type != "UNIQUE_DETAIL" or m.detector not in _COUNT_RULES) and not _group_count(m):
            continue
        k = bisect.bisect_right(starts, m.end)  # the first place found after the count
        if k < len(starts) and starts[k] <= m.end + 20 and "\n" not in text[m.end:starts[k]]:
            gap = _TO_WHERE.match(text, m.end, starts[k])
            if gap is not None:
                out[i] = replace(m, end=gap.end(), text=text[m.start:gap.end()])
    return out
