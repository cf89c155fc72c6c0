"""Words of a text as the name rules see them, and the evidence around a word that it is a name.

``tokenize`` splits text into :class:`Token` (sentence starts marked, a possessive "'s" split
off); :class:`NameContext` answers questions such as "is there a title before token i?" or "does
a speech verb follow?".  Both the name recognizer and case restoration read text through them.
"""

from __future__ import annotations

import bisect
import functools

import re

from collections.abc import Sequence
from typing import NamedTuple

from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.folding import POSSESSIVE, fold_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.numbers import TEENS, TENS, UNITS
from redactor.lexicon.places import default_places
from redactor.lexicon.names import (
    ACTION_VERBS,
    DETERMINERS,
    FILLERS,
    NOT_A_NICKNAME,
    PARTICLES,
    PERSON_NOUNS,
    PERSON_VERBS,
    RELATIONS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    VOCATIVE_CUES,
    WORD_MARKERS,
    WORD_MARKERS_FOR_WORDS,
    default_gazetteer,
)
from redactor.lexicon.titles import (ABBREVIATED_TITLES, ADDRESSED_NAME_MAX_ZIPF, ALSO_KNOWN_AS, KINSHIP_TITLES,
                                     CAPITALISED_HONORIFICS_AFTER, HONORIFICS_AFTER, NAME_HONORIFICS,
                                     SAID_AFTER_NAME, SPOKEN_ADDRESS, TABLE_HONORIFICS_FOLDED, TITLES,
                                     TRADITIONAL_TITLES)

# A word: letters (with combining marks, for decomposed "Nguyễn"), inner apostrophes/hyphens.
TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+(?:['’\-](?:[^\W\d_]|[\u0300-\u036f])+)*")


class Token(NamedTuple):
    """One word of the text with what the rules need to know about it.

    A named tuple rather than a dataclass: texts have tens of thousands of tokens and tuples
    are several times faster to create.
    """

    start: int
    end: int  # possessive "'s" excluded
    text: str
    lower: str  # casefolded as written, for English context words ("и" is not "i")
    folded: str  # folded for the gazetteer
    possessive: bool
    gap_before: str  # text between the previous token and this one
    initial: bool  # starts a sentence, a line, or follows a speaker label

    @property
    def capitalised(self) -> bool:
        """Starts with a capital ("Olena", "OLENA") or a particle and one ("al-Rashid")."""
        if self.text[:1].isupper():
            return True
        head, _, tail = self.text.partition("-")
        return head.lower() in PARTICLES and tail[:1].isupper()


# Texts whose tokens are kept: more than a detection batch holds (``redactor.pipeline``'s 16
# documents), since the case check reads every text of a batch before the name recognizer reads
# the first again.  The detector empties the cache after each batch (``casing.forget_texts``).
KEPT_TEXTS = 64


@functools.lru_cache(maxsize=KEPT_TEXTS)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` with sentence starts marked; possessive "'s" split off the span.

    The same text is tokenized by the case check, the case restorer and the name recognizer in
    turn; the tokens (immutable) are kept, so each text is read once."""
    tokens: list[Token] = []
    previous_end = 0
    previous_lower = ""
    for match in TOKEN.finditer(text):
        word = match.group()
        possessive = bool(POSSESSIVE.search(word)) and len(word) > 2
        if possessive:
            word = word[:-2]
        gap = text[previous_end : match.start()]
        tokens.append(
            Token(
                start=match.start(),
                end=match.start() + len(word),
                text=word,
                lower=word.casefold(),
                folded=fold_name(word),
                possessive=possessive,
                gap_before=gap,
                initial=_starts_sentence(gap, previous_lower, not tokens),
            )
        )
        previous_end = match.end()
        previous_lower = tokens[-1].lower
    return tuple(tokens)


def _starts_sentence(gap: str, previous_lower: str, first: bool) -> bool:
    """True if a token after ``gap`` begins a sentence, a line or a speaker's turn."""
    if first or "\n" in gap:
        return True
    stripped = gap.strip(" \t\"'“”‘’«»()[]*_-—–")
    if not stripped:
        return False
    if stripped[-1] in ".!?…" and previous_lower in ABBREVIATED_TITLES:
        return False  # "Dr. Ivan" does not start a sentence
    return stripped[-1] in ".!?…:"


def speaker_label_tokens(text: str, tokens: Sequence[Token]) -> set[int]:
    """Indices of tokens that form a speaker label: one to three words at a line start + ':'."""
    labels: set[int] = set()
    for i, token in enumerate(tokens):
        if not (i == 0 or "\n" in token.gap_before):
            continue
        for length in (1, 2, 3):
            last = i + length - 1
            if last >= len(tokens):
                break
            if length > 1 and not tokens[last].gap_before.strip(" \t") == "":
                break
            after = text[tokens[last].end : tokens[last].end + 3].lstrip(" \t")
            if after.startswith(":") and not tokens[last].possessive:
                labels.update(range(i, last + 1))
                break
    return labels


# Verbs followed by "to" or "with" and a person ("I spoke to Kemi"), and verbs followed by
# "with" and a person ("she worked with Gbenga", "we stayed with Nnamdi"; "went to" is followed
# by a place; "wrote to", "reported to" as often by an office).
_VERBS_TO_PERSON = frozenset("spoke speak speaks speaking talked talk talks talking married engaged".split())
_VERBS_WITH_PERSON = frozenset("""
worked work works working lived live lives living went came chatted argued stayed stay stays
staying drove fled escaped travelled traveled walked shared
""".split())


# A person who calls someone on the phone, said with whom ("joy called me", "grace rang us"; a
# name before "called" alone may be a thing's: "a place called hope").
_CALLED = frozenset("called rang phoned".split())
_CALLED_WHOM = frozenset("me us him her them".split())
# What follows "call me" when it is a phone call, not a name ("they called me back").
_CALLED_BACK = frozenset("back again later tomorrow today now".split())


# What two people do together, said after "X and I" ("faith and i were on the same shift").
_WE_DID = frozenset("""
were went are both used came met left had got worked lived stayed drove walked ran decided talked
started shared grew studied travelled traveled arrived escaped fled
""".split())
# Whose relation a name is said to be ("Khaoula is my cousin").
_OWNERS = frozenset("my our his her their".split())


# "ask for" and a person ("ask for Chinedu at the gate", "we waited for Kasongo").
_VERBS_FOR_PERSON = frozenset("ask asked asking asks waited waiting wait looked looking".split())
# Greetings said right before a name without a comma ("thanks Kemi", "hi Wambui").
_GREETINGS = frozenset("thanks hi hello hey bye goodbye".split())


# Verbs of making a text, after which "by" names its maker: "Translated from Tamil by Selvi."
_MADE_BY = frozenset("""
translated written interpreted transcribed edited recorded filmed photographed drawn painted
compiled reported signed sent
""".split())
# How far before a name set off by commas the job or person it names may be ("one of the staff
# nurses on Ward 9, Blessing,"), and what may stand between that phrase and the name: a comma,
# after a number ("Ward 9, Blessing").
_ROLE_REACH = 5
_COMMA_AFTER_WORDS = re.compile(r"[^\S\n]*(?:\d+[^\S\n]*)?,[^\S\n]*")
# Words for a name ("my name is", "is malika your real name"), where it is used ("my name in
# signal is"), what may come between "is" and the name ("my name is just malika"), and what may
# stand between "your" and "name" ("your real name").
_NAME_WORDS = frozenset("name nickname nick username".split())
_WHERE_WORDS = frozenset("in on at there here online".split())
_JUST = frozenset("just only simply actually".split())
_NAME_OWNERS = frozenset("my your his her their".split())
_NAME_ADJECTIVES = frozenset("real actual true full first given proper".split())
# Words that open a phrase saying who a person named right before is ("Ayşe, the lab
# technician", "clara, a girl from abroad"), and pronouns that take up a name said first
# ("Ibrahim, he is twenty-six").
_APPOSITION_OPENERS = frozenset("the our my his her their your a an".split())
# An indefinite article opens such a phrase only after a name that opens its clause ("clara, a
# girl from abroad, asked"), not after a word that a determiner makes a thing ("a hiker, a woman").
_INDEFINITE = frozenset("a an".split())
# Words that place a person among brothers, sisters or a group, said as who the person is
# ("noé, the youngest, had the headaches", "Ama, the eldest one", "Tunde, our middle son").
_RANK_WORDS = frozenset("youngest eldest oldest younger elder older middle".split())
# The words of an age said in words ("thirty one", "fifty-eight", "nineteen").
_AGE_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS)
# What may end an age said right after a name: a mark, or "years" ("kofi, twelve years old").
_AGE_ENDS = frozenset(",.;?!")
_TAKEN_UP = frozenset("he she".split())
# Modal verbs that are given names too ("Will", "May"), said after a kinship title as verbs.
_MODALS = frozenset("will may can".split())
# Who call someone by a name said before ("Emeka we call him").
_CALLERS = frozenset("we they people everyone everybody".split())
# What may follow "we call him" when the name came before: nothing (a punctuation mark), or a
# word that starts the next clause.
_CLAUSE_OPENERS = frozenset(("", "he", "she", "and", "but", "so"))
# "we knew him as Shaman", "they know her as Zoryana".
# What a person, the subject of the clause, does or is, said right after the name ("Travis
# didn't even look at me", "Kurt had me drill it out", "Pappu was nineteen").
_AUXILIARIES = frozenset("""
is was has had did does didn't doesn't wasn't isn't hasn't hadn't won't wouldn't couldn't can't cannot never
always also still
""".split())
# Words after which a clause starts with its subject.
_SUBJECT_OPENERS = frozenset("and but so then because that when if while until after before".split())
_KNEW = frozenset("knew know knows known".split())


# An honorific this rare in English is no English word ("mzee", "kuya", "ustaz", "hoca"; not
# "mama", "chief", "ate"): the word after it is a name.
_HONORIFIC_MAX_ZIPF = 3.0


@functools.cache
def _honorific_not_word(folded: str) -> bool:
    return folded in NAME_HONORIFICS and zipf_frequency(folded, "en") < _HONORIFIC_MAX_ZIPF


def _adjacent(token: Token, allow_comma: bool = False) -> bool:
    """True if ``token`` directly follows the previous one (spaces only, optionally a comma)."""
    gap = token.gap_before.replace(",", "") if allow_comma else token.gap_before
    return gap.strip(" \t") == "" and "\n" not in token.gap_before


# The pronouns that take up a person named just before them are ``_TAKEN_UP`` (not "they", "it": a
# team, a firm), and the verbs said after one ("berk, he's the trainee", "ubah, she does the billing").
# Below this Zipf frequency a word taken up so is a name though a dictionary lists it.
_RARE_TAKEN_UP_ZIPF = 3.0
# The verbs a question about a person opens with, before "he" or "she" ("and manny, is he
# still there", "and dolores, did she get paid").
_ASKING_VERBS = frozenset("is was does did has had can could will would".split())
_VERBS_AFTER_PRONOUN = SPEECH_VERBS | ACTION_VERBS | frozenset(
    "is was has had does did works worked knows knew lives lived drives drove".split())


class NameContext:
    """Evidence around token ``i`` that it is used as a person's name."""

    def __init__(self, tokens: Sequence[Token], labels: set[int], cue_tokens: Sequence[Token] = ()) -> None:
        self.tokens = tokens
        self.labels = labels
        # The same words read with a line break where two cues or segments meet (the pieces of
        # a subtitle file are joined by a space to be read): where a cue's sentence starts and ends.
        self.cue_tokens = cue_tokens or tokens

    def previous(self, i: int, allow_comma: bool = False) -> str:
        """Lower-cased previous word if it is adjacent (same sentence, no punctuation), else ''."""
        if i == 0 or not _adjacent(self.tokens[i], allow_comma):
            return ""
        return self.tokens[i - 1].lower

    def following(self, i: int, allow_comma: bool = False) -> str:
        """Lower-cased next word if it is adjacent, else ''."""
        if i + 1 >= len(self.tokens) or not _adjacent(self.tokens[i + 1], allow_comma):
            return ""
        return self.tokens[i + 1].lower

    def following_said(self, j: int) -> str:
        """The next word after a name ending at ``j``, over fillers and commas ("Chidi, uh,
        said"), or ''."""
        k = self._said_at(j)
        return self.tokens[k].lower if k else ""

    def _said_at(self, j: int) -> int:
        """Index of the word :meth:`following_said` reads, or 0 when there is none."""
        k = j + 1
        while k < len(self.tokens) and _adjacent(self.tokens[k], True) and self.tokens[k].lower in FILLERS:
            k += 1
        if k >= len(self.tokens) or not _adjacent(self.tokens[k], True):
            return 0
        return k

    def filler_after(self, j: int) -> bool:
        """A hesitation right after token ``j`` ("Babajide um left")."""
        return self.following(j, allow_comma=True) in FILLERS

    def previous_said(self, i: int) -> str:
        """The word before a name starting at ``i``, over fillers and commas ("asked, um,
        Folake"), or ''."""
        k = i
        while k > 0 and _adjacent(self.tokens[k], True) and self.tokens[k - 1].lower in FILLERS:
            k -= 1
        if k == 0 or not _adjacent(self.tokens[k], True):
            return ""
        return self.tokens[k - 1].lower

    def title_before(self, i: int) -> bool:
        """'Mr Petrov', 'Dr. Nowak', 'Lt Bykov', "Ma'am Joy"."""
        if i == 0:
            return False
        gap = self.tokens[i].gap_before
        if gap.strip(" \t.") != "" or "\n" in gap:
            return False
        before = self.tokens[i - 1]
        if before.possessive:
            return False  # "my uncle's house": what the relation owns, no name after a title
        if before.lower in KINSHIP_TITLES and (self.modal_verb(i) or self.word_after_kin(i)):
            return False  # "grandma may know"; a courtesy title is a name's ("Ms May checked")
        if before.folded in SPOKEN_ADDRESS:  # "ma'am" is folded "maam"
            return zipf_frequency(self.tokens[i].lower, "en") < ADDRESSED_NAME_MAX_ZIPF
        return before.lower in TITLES or before.folded in TITLES

    def tradition_title_before(self, i: int) -> bool:
        """'Mama Wanjiru', 'chief okeke', "Fo'o Ndzana": a community's, a faith's or a school's
        title right before token ``i`` (:data:`TRADITIONAL_TITLES`), or an honorific of the titles
        table ("zonja drita"), which is no possessive."""
        previous = self.previous(i)
        return bool(previous) and not self.tokens[i - 1].possessive and (
            previous in TRADITIONAL_TITLES or self.tokens[i - 1].folded in TRADITIONAL_TITLES
            or self.tokens[i - 1].folded in TABLE_HONORIFICS_FOLDED)

    def honorific_before(self, i: int) -> bool:
        """'mzee juma', 'Kuya Jomar', 'ustaz hamid': an honorific that is no English word."""
        return bool(self.previous(i)) and _honorific_not_word(self.tokens[i - 1].folded)

    def honorific_after(self, j: int) -> bool:
        """'Mehmet abi', 'Vikram bhai', 'Ayşe Hanım': an honorific said right after the name, in
        lower case (a capital only for the Turkish ones written so: "Jose San Juan" is a place)."""
        word = self.following(j)
        if word in SAID_AFTER_NAME and self.tokens[j + 1].text.islower():
            return word != ALSO_KNOWN_AS or not self.following(j + 1) or self.following(j + 1) in NOT_A_NICKNAME
        return word in HONORIFICS_AFTER and (
            self.tokens[j + 1].text[:1].islower() or word in CAPITALISED_HONORIFICS_AFTER)

    def abbreviated_title_before(self, i: int) -> bool:
        return self.title_before(i) and self.tokens[i - 1].lower in ABBREVIATED_TITLES

    def marker_before(self, i: int, word: bool, lower_case: bool = False) -> bool:
        """'the grace', 'a rose', 'to be frank': the token is used as an ordinary word.

        Only determiners count before a name that is not also a word ("it will be Olena"); in
        lower-case text prepositions count too before a word-name ("in may", "to hope").
        """
        previous = self.previous(i)
        if not word:
            return previous in (WORD_MARKERS if lower_case else DETERMINERS)
        return previous in WORD_MARKERS or (lower_case and previous in WORD_MARKERS_FOR_WORDS)

    def modal_verb(self, i: int) -> bool:
        """'my uncle will come', 'grandma may know': a modal verb that is a given name too, said
        before a verb after a title or a relation; not "uncle Will said", "Uncle Will came"."""
        after = self.following(i)
        return self.tokens[i].lower in _MODALS and bool(after) and not after.endswith(("ed", "s")) \
            and not self.speech_after(i) and not self.action_after(i)

    def word_after_kin(self, i: int) -> bool:
        """'our sister company', 'his brother officer': after a kinship word an everyday word the
        name lists hold only as a surname is that word; a relative is called by a given name
        ("sister Mercy", "uncle Bek")."""
        if i == 0 or self.tokens[i - 1].lower not in KINSHIP_TITLES:
            return False
        info = default_gazetteer().lookup(self.tokens[i].text)
        return info is not None and info.is_word and not info.first

    def relation_before(self, i: int) -> bool:
        """'my friend Grace', 'our commander, Bykov'; not what a relation owns ("my cousin's
        car", "his brother's Golf"), but a name said after it ("use my sister's, Joy")."""
        return self.previous(i, allow_comma=True) in RELATIONS and not self.modal_verb(i) \
            and not self.word_after_kin(i) and (not self.tokens[i - 1].possessive or "," in self.tokens[i].gap_before)  # "my sister's, Joy"

    def relation_is_before(self, i: int) -> bool:
        """'my sister is Tamuna', 'his driver was Bekzod': a relation of someone's, then "is" or
        "was", then the name."""
        return i >= 3 and self.previous(i) in ("is", "was") and self.previous(i - 1) in RELATIONS \
            and self.previous(i - 2) in _OWNERS

    def subject_before_verb(self, i: int, j: int) -> bool:
        """'Travis didn't even look at me', 'and Kurt had me drill it out': the name opens a
        clause (a sentence, a turn, or after "and", "but", "that") and an auxiliary or an adverb
        of a person's doing follows it."""
        opens = self.tokens[i].initial or self.previous(i) in _SUBJECT_OPENERS
        return opens and self.following(j) in _AUXILIARIES

    def relation_after(self, j: int) -> bool:
        """'khaoula is my cousin', 'nurlan my brother in law helped': a relation of the speaker's
        (or another's) said of the name right after it."""
        k = j + 1 if self.following(j) in ("is", "was", "'s", "’s") else j
        return self.following(k) in _OWNERS and self.following(k + 1) in RELATIONS

    def speech_after(self, j: int) -> bool:
        """'Will said', 'Olena told me', 'Chidi, uh, said', 'joy called me' (``j`` is the last
        token of the name)."""
        k = self._said_at(j)
        if not k:
            return False
        if self.tokens[k].lower in _CALLED:
            return self.following(k) in _CALLED_WHOM
        return self.tokens[k].lower in SPEECH_VERBS

    def verb_before(self, i: int) -> bool:
        """'said Olena', 'I met Ivan', 'I asked um Folake', 'I talked to Kemi'."""
        previous = self.previous_said(i)
        if previous == "to" and i >= 2:
            return self.previous(i - 1) in _VERBS_TO_PERSON
        if previous == "with" and i >= 2:
            return self.previous(i - 1) in _VERBS_TO_PERSON | _VERBS_WITH_PERSON
        if previous == "for" and i >= 2:
            return self.previous(i - 1) in _VERBS_FOR_PERSON
        if previous == "by" and i >= 2:
            return self.previous(i - 1) in _MADE_BY or (
                i >= 4 and self.previous(i - 3) in _MADE_BY and self.previous(i - 2) == "from")
        return previous in SPEECH_VERBS or previous in PERSON_VERBS

    def named_before(self, i: int) -> bool:
        """'my name is Will', 'a man named Frank', 'call me Dima', 'known as Tosha', 'my name
        in signal is just malika', 'my name there is Dara'."""
        previous = self.previous(i)
        if previous in ("named", "called", "nicknamed", "aka"):
            return True
        if i < 2:
            return False
        if previous in _JUST and self.previous(i - 1) in ("is", "was"):
            i, previous = i - 1, self.previous(i - 1)  # "my name is just malika"
        before = self.previous(i - 1)
        return ((previous in ("is", "was") and (before in _NAME_WORDS or self._name_where(i - 1)))
                or (previous in ("me", "him", "her", "them") and before in ("call", "calls", "called")
                    and self.tokens[i].lower not in _CALLED_BACK)
                or (previous == "as" and before == "known")
                or self.knew_as(i))

    def _name_where(self, k: int) -> bool:
        """Token ``k`` (before "is") ends where a name is used, said after "name": 'my name in
        signal', 'my name on the app', 'my name there' (at most three words after "name")."""
        for n in range(k, max(0, k - 3), -1):
            if not _adjacent(self.tokens[n]):
                return False
            if self.tokens[n].lower in _WHERE_WORDS:
                return self.previous(n) in _NAME_WORDS
        return False

    def named_after(self, i: int, j: int) -> bool:
        """'is malika your real name', 'Malika is his real name', 'Is Dara your name?': the name
        said before the words that say it is someone's name ("is it your name" names nothing)."""
        k = j + 1 if self.following(j) in ("is", "was", "'s", "’s") else j
        if k == j and self.previous(i) not in ("is", "was"):
            return False
        if self.following(k) not in _NAME_OWNERS:
            return False
        k += 1
        if self.following(k) in _NAME_ADJECTIVES:
            k += 1
        return self.following(k) in _NAME_WORDS

    def called_after(self, j: int) -> bool:
        """'Emeka we call him, he drove', 'Joy they called her.': a name, then who call the
        person by it, and the clause ends there, or in a caption the next one starts ("emeka we
        call him he drove"; not "Monday we call him")."""
        if j + 3 >= len(self.tokens) or self.tokens[j].lower in MONTHS_AND_DAYS:
            return False
        return (self.following(j) in _CALLERS and self.following(j + 1) in ("call", "calls", "called")
                and self.following(j + 2) in ("him", "her") and self.following(j + 3) in _CLAUSE_OPENERS)

    def knew_as(self, i: int) -> bool:
        """'everyone knew him as Shaman', 'we know her as Zoryana'."""
        return (i >= 3 and self.previous(i) == "as" and self.previous(i - 1) in ("him", "her", "them")
                and self.previous(i - 2) in _KNEW)

    def given_to_person(self, i: int) -> bool:
        """A name given to a person, which no place or company shares: 'a woman called Nnenna',
        'my neighbour Murugan', 'call him Dima', 'it was Tshilombo who signed', 'my name is
        Bakyt', 'is bakyt your real name'."""
        if self.relation_before(i) or self.cleft(i, i) or self.named_after(i, i):
            return True
        if i < 2:
            return False
        previous, before = self.previous(i), self.previous(i - 1)
        if (previous in ("is", "was") or previous in _JUST) and self.named_before(i):
            return True
        if previous in ("called", "named", "nicknamed"):
            return before in PERSON_NOUNS
        return previous in ("me", "him", "her") and before in ("call", "calls", "called")

    def strong(self, i: int, j: int) -> bool:
        """Context that makes tokens i..j a name even when the word is an ordinary word."""
        return (
            self.title_before(i)
            or self.honorific_before(i)
            or self.honorific_after(j)
            or self.relation_before(i)
            or self.relation_after(j)
            or self.speech_after(j)
            or self.named_before(i)
            or self.named_after(i, j)
            or self.called_after(j)
            or self.cleft(i, j)
            or i in self.labels
        )

    def cleft(self, i: int, j: int) -> bool:
        """'it was Tshilombo who signed', "it's Kasongo who decides": what the model may call a
        place is a person when "it was ... who" frames it."""
        if self.following(j) != "who" or i == 0:
            return False
        previous = self.previous(i)
        return previous in ("it's", "it’s") or (
            previous in ("was", "is") and i >= 2 and self.previous(i - 1) == "it")

    def taken_up(self, j: int) -> bool:
        """'berk, he's the trainee', 'ubah, she does the billing', 'jawad he works nights': "he"
        or "she" and a verb right after the name, taking it up as the subject."""
        k = j + 1
        if k + 1 >= len(self.tokens) or self.tokens[k].lower not in _TAKEN_UP \
                or self.tokens[k].gap_before.strip() not in ("", ","):
            return False
        return self.tokens[k].possessive or (self.tokens[k + 1].gap_before == " "
                                             and self.tokens[k + 1].lower in _VERBS_AFTER_PRONOUN)

    def action_after(self, j: int) -> bool:
        """'Emeka came once', 'Chidinma posts as ...': a person's action right after the name."""
        return self.following(j) in ACTION_VERBS

    def vocative(self, i: int, j: int) -> bool:
        """'Yes, Ahmed.', 'Thanks, Oksana?', 'thanks Kemi', 'thank you Adaeze': the name said to the listener, ending
        the sentence."""
        if i == 0:
            return False
        cue = self.previous(i, allow_comma=True)
        if not (("," in self.tokens[i].gap_before and cue in VOCATIVE_CUES)
                or self.previous(i) in _GREETINGS
                or (i >= 2 and self.previous(i) == "you" and self.previous(i - 1) == "thank")):
            return False
        if j + 1 >= len(self.tokens):
            return True
        gap = self.tokens[j + 1].gap_before.strip(" \t")
        return gap[:1] in (".", "?", "!") or "\n" in self.tokens[j + 1].gap_before

    def asked_about(self, i: int) -> bool:
        """'and manny, is he still there', '>> and greg', 'speaker 1: and junior?': a turn, a
        line or a cue that opens with "and" and one word that ends it (a question mark, the
        line's end, the text's) or that a question of "he" or "she" takes up at once: the one
        the speaker asks after."""
        tokens = self.cue_tokens
        if i == 0 or self.previous(i) != "and" or not tokens[i - 1].initial:
            return False
        if i + 1 >= len(tokens):
            return True
        after = tokens[i + 1]
        if "\n" in after.gap_before or after.gap_before.strip(" \t")[:1] == "?":
            return True
        return after.gap_before.strip(" \t") == "," and after.lower in _ASKING_VERBS \
            and self.following(i + 1) in _TAKEN_UP

    def greeted(self, i: int) -> bool:
        """'thank you tony', 'okay thanks mariela, take care', 'bye sunny': a word right after a
        thanks or a greeting (no comma between) that ends the sentence, the line or the clause
        (a comma after it): the one spoken to, as a caption writes it."""
        if i == 0 or "," in self.tokens[i].gap_before:
            return False
        if not (self.previous(i) in _GREETINGS
                or (i >= 2 and self.previous(i) == "you" and self.previous(i - 1) == "thank")):
            return False
        if i + 1 >= len(self.tokens):
            return True
        gap = self.tokens[i + 1].gap_before
        return gap.strip(" \t")[:1] in (".", "?", "!", ",") or "\n" in gap

    def any(self, i: int, j: int) -> bool:
        """Any evidence that tokens i..j name a person."""
        return self.strong(i, j) or self.verb_before(i) or self.tokens[j].possessive

    def weak(self, i: int, j: int) -> bool:
        """Evidence that holds only where the model saw no place or organisation: an action
        after the name, the name said to the listener, the speaker beside it, or "who" after it
        ("it was Tshilombo who signed", "Kasongo, who ran the wing")."""
        return (self.action_after(j) or self.vocative(i, j) or self.with_speaker_after(j)
                or self.following(j, allow_comma=True) == "who")

    def set_apart(self, i: int, j: int, where_from: bool = True) -> bool:
        """'The cook, Amara, is sixty', 'one of us, Tendai, had', 'Kofi from accounts showed
        me': a name set off by commas after a lower-case word, or (``where_from``) followed by
        where the person is from (evidence only for a known given name: see the name
        recognizer; "absconded from" is a verb)."""
        if where_from and self.following(j) == "from":
            return True
        if i == 0 or j + 1 >= len(self.tokens) or "," not in self.tokens[i].gap_before:
            return False
        before = self.previous(i, allow_comma=True)
        return (before.isalpha() and before == self.tokens[i - 1].text and before not in FILLERS
                and self.tokens[j + 1].gap_before.strip(" \t") in (",", "-", "—", "–", "("))

    def after_role(self, i: int, j: int, roles: frozenset[str] = ROLE_NOUNS) -> bool:
        """'one of the staff nurses on Ward 9, Blessing, she came out', 'the night supervisor,
        Patience, wrote it down': a name set off by commas right after words that name a job or
        a person (within ``_ROLE_REACH`` words of the same clause; ``roles``: the words that
        do), so a word-name is a name there ("The result, Hope, is" and "patience, please" name
        no one)."""
        if i == 0 or j + 1 >= len(self.tokens) or not _COMMA_AFTER_WORDS.fullmatch(self.tokens[i].gap_before):
            return False
        if self.tokens[j + 1].gap_before.strip(" \t") not in (",", "-", "—", "–"):
            return False
        for k in range(i - 1, max(-1, i - 1 - _ROLE_REACH), -1):
            word = self.tokens[k].lower
            if word in roles or (word.endswith("s") and word[:-1] in roles):
                return True
            if k < i - 1 and not _adjacent(self.tokens[k + 1]):
                return False  # a comma or a full stop between: another clause
        return False

    def described_after(self, i: int, j: int, roles: frozenset[str] = ROLE_NOUNS) -> bool:
        """'Ayşe, the lab technician, saw it', 'Kirk, one of the day operators, messaged me',
        'Lual, our interpreter, translated', and at a clause's start 'Ibrahim, he is
        twenty-six': a name followed by a comma and a phrase that says who that person is (a
        job or a person's word within ``_ROLE_REACH`` words of the same clause, or "one of"),
        or, where the name opens the clause, by a comma and "he" or "she" that take it up ("he's"
        whatever follows: "terrence, he's, uh, fifty-eight"), by a phrase of "a" or "an" ("clara,
        a girl from abroad"), by a rank among brothers and sisters ("noé, the youngest") or by an
        age said in words ("sindhu, thirty one, the drum burst"), or said as a sentence of its own
        that the next one takes up ("the boy. tyrese. he is twelve."); "Sunday, he said" is no
        name: see the recognizer's list checks."""
        k = j + 1
        if k >= len(self.tokens):
            return False
        word = self.tokens[k].lower
        if self.tokens[k].gap_before.strip(" \t") == "." and self.tokens[i].initial and word in _TAKEN_UP:
            return k + 1 < len(self.tokens) and _adjacent(self.tokens[k + 1])
        if not _COMMA_AFTER_WORDS.fullmatch(self.tokens[k].gap_before):
            return False
        opens = self.cue_tokens[i].initial or "," in self.tokens[i].gap_before or self.previous(i) in _SUBJECT_OPENERS
        if word in _TAKEN_UP:
            # "he's" is a whole clause's start, whatever follows ("terrence, he's, uh, fifty-eight")
            return opens and k + 1 < len(self.tokens) and (_adjacent(self.tokens[k + 1]) or self.tokens[k].possessive)
        if word == "one":
            return self.following(k) == "of"
        if opens and self._age_said_at(k):
            return True  # "sindhu, thirty one, the drum burst on her", "Terrence, fifty-eight, got out"
        if word not in _APPOSITION_OPENERS or (word in _INDEFINITE and not opens):
            return False  # "a hiker, a woman from aarau": a thing said so is no name
        return self._phrase_names_whom(k, roles)

    def _phrase_names_whom(self, k: int, roles: frozenset[str]) -> bool:
        """Whether the phrase opened at token ``k`` ("the lab technician", "a girl from",
        "the youngest") holds a job's or a person's word (``roles``) or a rank among brothers and
        sisters within ``_ROLE_REACH`` words, before a comma or a full stop ends it."""
        for n in range(k + 1, min(len(self.tokens), k + 1 + _ROLE_REACH)):
            if not _adjacent(self.tokens[n]):
                return False  # a comma or a full stop between: the phrase has ended
            noun = self.tokens[n].lower
            if noun in roles or noun in _RANK_WORDS or (noun.endswith("s") and noun[:-1] in roles):
                return True
        return False

    def _age_said_at(self, k: int) -> bool:
        """'thirty one,', 'fifty-eight.', 'nineteen years': an age said in words at token ``k``
        (a ten and a unit, joined or apart, or one word) that ends there, as an age set off
        after a name does; not a count that goes on ("two, three times", "five men")."""
        if not all(part in _AGE_WORDS for part in self.tokens[k].lower.split("-")):
            return False
        end = k
        if self.tokens[k].lower in TENS and self.following(k) in UNITS:
            end = k + 1
        if end + 1 >= len(self.tokens):
            return True
        after = self.tokens[end + 1]
        return after.gap_before.strip(" \t")[:1] in _AGE_ENDS or "\n" in after.gap_before \
            or (_adjacent(after) and after.lower in ("years", "year"))

    def beside_speaker(self, i: int, j: int) -> bool:
        """'me and precious went', 'Grace and I were': a given name said together with the
        speaker, which makes even a word a person ("me and hope" is no way to speak of hope)."""
        if self.with_speaker_after(j):
            # "Grace and I were", "Grace and I." ("this case and i am afraid": a new clause)
            return self.following(j + 2) in _WE_DID or not self.following(j + 2)
        return i >= 2 and self.previous(i) == "and" and self.previous(i - 1) in ("me", "myself")

    def with_speaker_after(self, j: int) -> bool:
        """'Bukola and I were arrested', 'Oksana and me': the name and the speaker together."""
        return self.following(j) == "and" and self.following(j + 1) in ("i", "me")



def _lower_case_word(text: str, start: int, end: int, markers: bool = True) -> tuple[NameContext, int] | None:
    """The context of ``text`` and the index of its token ``text[start:end]`` when that is one
    whole lower-case word (``markers``: and no word before it makes it no name), else None."""
    tokens = tokenize(text)
    i = bisect.bisect_left([token.start for token in tokens], start)
    if i >= len(tokens) or tokens[i].start != start or tokens[i].end != end or not tokens[i].text.islower():
        return None
    context = NameContext(tokens, speaker_label_tokens(text, tokens))
    return None if markers and context.marker_before(i, True, lower_case=True) else (context, i)


def given_word_name_said_as_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one lower-case word that is a given name and also an
    English word, said where a person's name goes ("my friend joy", "grace told me", "ask
    blessing"; not "with joy", "a blessing", "hope so"): the evidence the name recognizer reads
    for such a word, asked again where the model found it too (the two results are one span,
    and the model's, which wins it, knows no context)."""
    info = default_gazetteer().lookup(text[start:end])
    if info is None or not info.first or not info.is_word or info.place:
        return False
    found = _lower_case_word(text, start, end)
    if found is None:
        return False
    context, i = found
    if i >= 2 and context.previous(i - 1) == "so":
        return False  # "so called rich"
    # A title before it is not read here ("private banks", "the new president will"): after a
    # courtesy title the noise filter keeps the name itself; nor what one is called ("we called
    # him boss"), where an everyday word is a nickname the contact pack judges.
    named = context.named_before(i) and context.previous(i) not in ("me", "him", "her", "them")
    return (context.relation_before(i) or context.relation_after(i) or context.speech_after(i)
            or named or context.cleft(i, i) or context.verb_before(i) or context.beside_speaker(i, i))


def rare_word_taken_up_as_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one lower-case word English hardly uses (a dictionary's
    rare word: "berk", "wale") that "he" or "she" and a verb take up right after it ("berk,
    he's the trainee"): a name, where the model found one, though a word list has the word."""
    found = _rare_lower_case_word(text, start, end, markers=False)  # the pronoun after says enough
    return found is not None and found[0].taken_up(found[1])


def rare_word_after_relation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one lower-case word English hardly uses right after a
    relation of someone's ("my husband jawed is a rickshaw driver", "my cousin rine is the
    church secretary"): a name, where the model found one, though a word list has the word.
    The transcripts' writers mark every such word a person (57 of 57 in the design sets)."""
    found = _rare_lower_case_word(text, start, end)
    if found is None:
        return False
    context, i = found
    return i >= 2 and context.relation_before(i) and context.previous(i - 1) in _OWNERS


def _rare_lower_case_word(text: str, start: int, end: int, markers: bool = True) -> tuple[NameContext, int] | None:
    """:func:`_lower_case_word` of a word English hardly uses and no place."""
    if zipf_frequency(text[start:end], "en") >= _RARE_TAKEN_UP_ZIPF or default_places().is_place(text[start:end]):
        return None
    return _lower_case_word(text, start, end, markers)


def unknown_word_said_as_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one lower-case word where a person's name goes, by the
    words around it ("khaoula is my cousin", "tatenda's wife phoned", "salsabil told me",
    "khaoula works in the kitchen"): the context the name recognizer reads for a word no list
    holds, asked again where the model called it a company."""
    found = _lower_case_word(text, start, end)
    if found is None:
        return False
    context, i = found
    tokens = context.tokens
    owned = tokens[i].possessive and i + 1 < len(tokens) and tokens[i + 1].lower in RELATIONS
    # Not a possessive alone ("after fatca's adoption") nor "who" after it ("corporates who act").
    return owned or context.strong(i, i) or context.verb_before(i) or context.action_after(i) \
        or context.beside_speaker(i, i)
