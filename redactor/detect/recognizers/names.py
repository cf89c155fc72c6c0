"""Person names from many languages: the recognizer built on the name gazetteer.

The gazetteer (:mod:`redactor.lexicon.names`) knows whether a folded name is a first name, a
last name or also a place, and how common it is as an ordinary English word.
:class:`NameGazetteerRecognizer` looks tokens up in it and
decides from the token's surroundings whether a known name is used as a name: "Ivan Petrov",
"Mr Kowalczyk", "Will said", "my friend Grace" are; "I will go", "by the grace of god", "last
summer", "in May" are not.  Lower-case or all-caps text is first given plausible capitals by
:mod:`redactor.detect.casing`, which has the same length, so offsets need no mapping.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from redactor.detect.casing import (RARE_WORD_ZIPF, capitalise_name_runs, english_zipf, needs_case_restoration,
                                   restore_case)
from redactor.detect.joins import lines_at_joins
from redactor.detect.name_context import (
    NameContext,
    Token,
    speaker_label_tokens,
    tokenize,
)
from redactor.lexicon.dates import MONTHS_AND_DAYS
from redactor.lexicon.dictionary import is_dictionary_word
from redactor.lexicon.numbers import ordinal_value
from redactor.lexicon.folding import fold_name
from redactor.lexicon.places import default_places
from redactor.lexicon.titles import (ADDRESSED_NAME_MAX_ZIPF, CASED_HONORIFICS, ENDEARMENTS, HYPHENED_HONORIFICS,
                                     NAME_HONORIFICS, NICKNAME_ADJECTIVES)
from redactor.lexicon.names import (
    ACTION_VERBS,
    ENGLISH_PARTICLES,
    FILLERS,
    FUNCTION_WORDS,
    PERSON_VERBS,
    SPEECH_VERBS,
    NOT_AFTER_TITLE,
    PARTICLES,
    PATRONYMIC_WORDS,
    REDUPLICATED_WORDS,
    ROLE_NOUNS,
    SPEAKER_ROLES,
    VIETNAMESE_MIDDLE_NAMES,
    SURNAME_JOINS,
    SURNAME_MAX_ZIPF,
    DETERMINERS,
    NameGazetteer,
    NameInfo,
    default_gazetteer,
    finder_gazetteer,
    is_patronymic,
    reduplicated_half,
    surname_shaped,
)
from redactor.model import NAME_GAZETTEER_DETECTOR

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["NameFinder", "NameGazetteer", "NameGazetteerRecognizer", "NameInfo", "NameSpan",
           "default_gazetteer", "finder_gazetteer", "fold_name"]

RECOGNIZER_NAME = NAME_GAZETTEER_DETECTOR

# Scores: a first name with a surname is strong evidence; a lone name needs context.
SCORE_FULL_NAME = 0.75
SCORE_FULL_NAME_IN_CONTEXT = 0.85
SCORE_NAME_IN_CONTEXT = 0.6
SCORE_LONE_NAME = 0.3
# A word no list knows, given to a person ("a woman called Nnenna", "my neighbour Murugan") or
# listed beside a found name ("Lakshmi and Murugan"): as sure as the model, so that the person
# type wins where the model calls the word a place or a company.
SCORE_NAME_GIVEN = 0.85
# Reason of a lone name found by an action after it or by being addressed ("Emeka came", "Yes,
# Ahmed."): dropped where the model sees a place or an organisation ("Lagos came out on top").
_WEAK_CONTEXT = "action or address"
# Reason of a capitalised word no list knows, with no context of its own: a name only when it is
# listed beside a name found with context ("Juan Carlos and Bukola"); otherwise dropped.
_UNLISTED = "unknown capitalised word"
# A word no list holds that ends as a family name does ("Vasilescu", "Hovhannisyan").
_SURNAME_ENDING = "surname ending"
# Words after such a word that show it is no modifier of a noun ("Kyivstar people"): none (a
# punctuation mark), a function word, or a verb.
_NOT_A_NOUN = FUNCTION_WORDS | ACTION_VERBS | SPEECH_VERBS | PERSON_VERBS | frozenset(("",))


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A run of tokens judged to be a person's name, with its score and lookup key."""

    start: int
    end: int
    score: float
    key: str
    reason: str


class NameFinder:
    """Finds person names in text with capitals, using a :class:`NameGazetteer`."""

    def __init__(self, gazetteer: NameGazetteer) -> None:
        self.gazetteer = gazetteer

    def info(self, token: Token) -> NameInfo | None:
        """Gazetteer entry of a token that can be a person's name (not a place only)."""
        if token.lower in FUNCTION_WORDS or token.lower in REDUPLICATED_WORDS:
            return None  # "Ha-ha" is no Korean "Ha" twice
        info = self.gazetteer.lookup(token.text)
        return info if info is not None and (info.first or info.last) else None

    def find(self, text: str, excluded: Sequence[tuple[int, int]] = ()) -> list[NameSpan]:
        """Names in ``text``; ``excluded`` are spans known not to be people (places, dates)."""
        tokens = tokenize(text)
        labels = speaker_label_tokens(text, tokens)
        cued = lines_at_joins(text)
        context = NameContext(tokens, labels, tokenize(cued) if cued != text else ())
        spans: list[tuple[int, int, float, str]] = []  # token i, token j, score, reason
        i = 0
        while i < len(tokens):
            found = self._at(tokens, i, context, labels)
            if found is None:
                i += 1
                continue
            spans.append(found)
            i = found[1] + 1
        spans = self._promote_lists(tokens, _drop_model_places(tokens, spans, excluded))
        spans = [(_surname_before_middle_name(tokens, i, j), j, score, reason) for i, j, score, reason in spans]
        results = []
        for i, j, score, reason in spans:
            start, end = tokens[i].start, _glued_digits_end(text, tokens[j].end)
            if score == 0.0:
                continue
            key = " ".join(t.folded for t in tokens[i : j + 1]
                           if not (t.text.islower() and (t.lower in PARTICLES or t.lower in SURNAME_JOINS)))
            results.append(NameSpan(start, end, score, key, reason))
        return results

    def _at(
        self, tokens: Sequence[Token], i: int, context: NameContext, labels: set[int]
    ) -> tuple[int, int, float, str] | None:
        """The name starting at token ``i``, if any: (i, j, score, reason); where the word alone
        says too little, a word that can be a name said right after a word for a person ("my son
        batbayar", "the trader tunde")."""
        found = self._at_word(tokens, i, context, labels)
        if (found is None or found[2] < SCORE_NAME_IN_CONTEXT) and _after_person_noun(tokens, i) \
                and self._name_word(tokens[i]):
            j = max(self._name_after_person_noun_end(tokens, i), found[1] if found else i)
            # set off by a comma, a given name the lists know, set off after too ("the guard,
            # saeed, he is old"; not "a big man, emirati dress", nor a job's own-language word or a
            # word for a call sign: "the shop steward, tillidsrepræsentant, about", "the
            # commander, callsign "Viking"")
            if _joined(tokens[i]) or (self._listed_given_name(tokens[i])
                                      and (j + 1 >= len(tokens) or not _joined(tokens[j + 1]))):
                return (i, j, SCORE_NAME_GIVEN, "name after a person's word")
        return found

    def _name_after_person_noun_end(self, tokens: Sequence[Token], i: int) -> int:
        """The last token of the name a person's word is said before, from token ``i``: the
        capitalised words that follow it ("the nurse Xolelwa Baker": a surname that is also a
        word is the name's still), or one more word that can be a name ("brang nu")."""
        if tokens[i].capitalised:
            return _capitalised_run(tokens, i, _HONORIFIC_NAME_WORDS)
        k = i + 1
        return k if k < len(tokens) and _joined(tokens[k]) and self._name_word(tokens[k]) else i

    def _at_word(
        self, tokens: Sequence[Token], i: int, context: NameContext, labels: set[int]
    ) -> tuple[int, int, float, str] | None:
        """The name starting at token ``i`` by what the lists know of it and its context."""
        token = tokens[i]
        if self._hyphened_honorific(token):  # in lower case too: "ishikawa-san said tape it"
            return (i, i, SCORE_NAME_IN_CONTEXT, "honorific")
        if self._name_taken_up(tokens, i, context):
            return (i, i, SCORE_NAME_IN_CONTEXT, "name a pronoun takes up")
        if not token.capitalised:
            return self._lower_case_first(tokens, i, context)
        if token.lower in SPEAKER_ROLES:
            return None
        pair = _pair_after_role(tokens, i, context)
        if pair is not None:
            return pair
        if token.lower in NICKNAME_ADJECTIVES:
            return self._nickname(tokens, i, context)
        initials = _initials_and_surname_after_title(tokens, i, context)
        if initials is not None:
            return (i, initials, SCORE_NAME_IN_CONTEXT, "title")
        if _after_cased_honorific(tokens, i, context):
            return (i, _capitalised_run(tokens, i, _HONORIFIC_NAME_WORDS), SCORE_NAME_IN_CONTEXT, "honorific")
        info = self.info(token)
        if info is None or info.second_source:
            # A given name only the second source knows is first read as a word no list knows
            # ("my cousin Pravin came" is a person by its context, as surely as before).
            found = self._as_unknown(tokens, i, context)
            if info is None or found is not None:
                return found
        j = self._chain(tokens, i, info, titled=context.abbreviated_title_before(i))
        if j > i:
            strong = context.any(i, j)
            return (i, j, SCORE_FULL_NAME_IN_CONTEXT if strong else SCORE_FULL_NAME, "full name")
        return self._lone(tokens, i, info, context)

    def _as_unknown(self, tokens: Sequence[Token], i: int, context: NameContext) -> tuple[int, int, float, str] | None:
        """A capitalised word no list knows: a name after "Mr"/"Dr"/"Lt" ("Mr Kowalczyk"),
        before a surname, or where context shows one (:func:`_unknown`)."""
        if context.abbreviated_title_before(i) and tokens[i].lower not in NOT_AFTER_TITLE:
            j = self._extend(tokens, i, words=1, known=0, titled=True)
            return (i, j, SCORE_NAME_IN_CONTEXT, "title")
        before_surname = self._given_name_before_surname(tokens, i, context)
        return before_surname if before_surname is not None else _unknown(tokens, i, context)

    def _hyphened_honorific(self, token: Token) -> bool:
        """'Sharma-ji', 'Tanaka-san': a name with an honorific joined by a hyphen, one word that
        is the name as said ("Raj ji" apart is the name and an honorific after it).  The name is
        one the lists know, or a word no list knows that English hardly uses ("Ikeuchi-san",
        "kuniyoshi-san", "da-eun-ssi"): the lists cannot hold every surname, and the joined
        honorific is said to a person only.  Not a place ("Fuji-san" is the mountain)."""
        head, hyphen, tail = token.text.rpartition("-")
        if not hyphen or tail.casefold() not in HYPHENED_HONORIFICS:
            return False
        info = self.gazetteer.lookup(head)
        if info is None:
            return _unknown_rare(token._replace(end=token.start + len(head), text=head, lower=head.casefold(),
                                                folded=fold_name(head))) \
                and not default_places().is_place(head)
        return (info.first or info.last) and not info.place

    def _nickname(self, tokens: Sequence[Token], i: int, context: NameContext) -> tuple[int, int, float, str] | None:
        """'I met Big Mike', 'Lil Dre came': a capitalised nickname's adjective before a known
        given name, with evidence around the two that they name a person ("Big Ben" chimes)."""
        k = i + 1
        if k >= len(tokens) or not _joined(tokens[k]) or not tokens[k].capitalised or tokens[k].initial:
            return None
        info = self.info(tokens[k])
        if info is None or not info.first or info.place or info.is_word:
            return None
        j = self._chain(tokens, k, info)
        if context.any(i, j) or (context.weak(i, j) and not default_places().is_place(f"{tokens[i].text} {tokens[k].text}")):
            return (i, j, SCORE_NAME_IN_CONTEXT, "nickname")
        return None

    def _given_name_before_surname(
        self, tokens: Sequence[Token], i: int, context: NameContext
    ) -> tuple[int, int, float, str] | None:
        """A capitalised word no list knows right before a known surname that is no given name
        and no English word: the given name the gazetteer lacks ("Olumide Bakare", "Kees ter
        Horst"), unless the word is a place or follows a determiner ("the Kyivstar Petrenko")."""
        token = tokens[i]
        k = _after_particles(tokens, i + 1)
        if k >= len(tokens) or not _joined(tokens[k]) or not tokens[k].capitalised or tokens[k].initial \
                or not _unknown_rare(token) or context.previous(i) in DETERMINERS \
                or default_places().is_place(token.text):
            return None
        surname = self.info(tokens[k])
        if surname is None or surname.is_word or surname.place:
            return None
        if surname.first and k == i + 1:
            # Alone a given name may follow ("Olumide Ivan" is two people), but not before a
            # surname ("Rakesh Kumar Yadav" is one name whose first word no list holds), nor one
            # as much a surname as a given name ("Rakesh Kumar", "Imran Khan").
            j = self._chain(tokens, k, surname)
            surname_first = surname.last and surname.last_locales >= max(1, surname.first_locales)
            return (i, j, SCORE_FULL_NAME_IN_CONTEXT if context.any(i, j) else SCORE_FULL_NAME, "full name") \
                if j > k or surname_first else None
        if not surname.last:
            return None  # after a particle a name is a surname ("ter Horst")
        j = self._extend(tokens, k, words=2, known=1)
        return (i, j, SCORE_FULL_NAME_IN_CONTEXT if context.any(i, j) else SCORE_FULL_NAME, "full name")

    def _lone(
        self, tokens: Sequence[Token], i: int, info: NameInfo, context: NameContext
    ) -> tuple[int, int, float, str] | None:
        """A known name standing alone: score it by how it is used."""
        token = tokens[i]
        if context.marker_before(i, info.is_word) and not context.title_before(i):
            return None
        if info.first and context.after_role(i, i):
            return (i, i, SCORE_NAME_GIVEN, "given name after a role")
        if token.lower in MONTHS_AND_DAYS or info.place:
            # "in May", "Georgia" the country: only strong context makes these people.
            return (i, i, SCORE_NAME_IN_CONTEXT, "context") if context.strong(i, i) else None
        if info.first and context.tradition_title_before(i):
            return (i, i, SCORE_NAME_IN_CONTEXT, "title")  # "Mama Wanjiru", "Papa Kofi"
        if info.is_word:
            if context.strong(i, i) or (info.first and context.beside_speaker(i, i)):
                return (i, i, SCORE_NAME_IN_CONTEXT, "context")
            if token.initial:
                # "Will you...", "Hope so.": a capital at a sentence start says nothing; kept at
                # score 0 only so that a list ("Bill, Faith and Dawn") can still promote it.
                return (i, i, 0.0, "word-name at sentence start")
            if context.any(i, i):
                return (i, i, SCORE_NAME_IN_CONTEXT, "context")
            if _capitalised_neighbour(tokens, i):
                return None  # part of a longer proper noun: "Hope Street", "Rose Garden"
            return (i, i, SCORE_LONE_NAME, "capitalised word-name")
        return _lone_name(tokens, i, info, context)

    def _lower_case_name(self, token: Token, last: bool) -> bool:
        """A lower-case word that is a known given name (``last``: or surname) and no English
        word: 'okafor' in 'Emeka okafor', 'taras' in 'taras Shevchuk'."""
        if token.lower in FUNCTION_WORDS or token.lower in PARTICLES or token.lower in MONTHS_AND_DAYS:
            return False
        info = self.info(token)
        return (info is not None and (info.first or (last and info.last)) and not info.is_word
                and not info.place and english_zipf(token.text) < RARE_WORD_ZIPF)

    def _name_word(self, token: Token) -> bool:
        """A word that can only be a name where a person's word stands before it: a given name
        the lists know that is no English word ("tunde", "meera"), or a word no dictionary holds
        that English hardly uses ("saeed", "wayra", "oyunchimeg"); not a word ("my son studies",
        "the boy next door", "a girl selling"), a place, a filler or another person's word."""
        word = token.lower
        if not token.text.isalpha() or len(word) < 3 or token.text.isupper() or word in FUNCTION_WORDS \
                or word in FILLERS or word in MONTHS_AND_DAYS or word in _person_words() \
                or english_zipf(word) >= _NAME_WORD_MAX_ZIPF or default_places().is_place(token.text):
            return False
        info = self.info(token)
        if info is not None and info.first:
            return not info.is_word and not info.place
        return info is None and not is_dictionary_word(word)

    def _listed_given_name(self, token: Token) -> bool:
        """A given name the name lists know that is no English word ("saeed", "tunde")."""
        info = self.info(token)
        return info is not None and info.first and not info.is_word

    def _greeted_name(self, token: Token) -> bool:
        """A lower-case word thanked or greeted that is a given name the lists know and no
        English word, not a word of endearment or address ("thank you tony", "bye sunny"; not
        "thank you all", "thanks babe", "thank you sir")."""
        if token.lower in FUNCTION_WORDS or token.lower in ENDEARMENTS or token.lower in MONTHS_AND_DAYS:
            return False
        info = self.info(token)
        return (info is not None and info.first and not info.is_word and not info.place
                and english_zipf(token.text) < ADDRESSED_NAME_MAX_ZIPF)

    def _asked_name(self, token: Token) -> bool:
        """A lower-case word asked after ("and greg?") that is a given name: one the gazetteer
        knows, or a short form the nickname lists hold that it lacks ("manny" of Manuel); no
        dictionary word ("and will?", "and rose?"), endearment, day or place."""
        word = token.lower
        if word in FUNCTION_WORDS or word in ENDEARMENTS or word in MONTHS_AND_DAYS \
                or english_zipf(token.text) >= ADDRESSED_NAME_MAX_ZIPF or default_places().is_place(token.text):
            return False
        info = self.info(token)
        if info is not None:  # "junior" is a word, but not one English uses much more than others
            return info.first and not info.place and not (info.is_word and is_dictionary_word(word))
        if is_dictionary_word(word):
            return False
        from redactor.detect.recognizers.profiles import fold, skeleton
        from redactor.entities.variants import default_given_names  # the lists are read when first asked

        return default_given_names().knows(skeleton(fold(word)))

    def _lower_case_surname(self, first: NameInfo, token: Token) -> bool:
        """A lower-case word after a given name that is its surname: a known name that is no
        English word ('Emeka okafor'), or after a given name no word shares, a word no list
        knows that English hardly uses ('Oksana bilyk'; not 'Oksana yesterday')."""
        if self._lower_case_name(token, last=True):
            return True
        return (first.first and not first.is_word and token.lower not in MONTHS_AND_DAYS
                and self.gazetteer.lookup(token.text) is None and _unknown_rare(token)
                and not default_places().is_place(token.text))

    def _lower_case_first(
        self, tokens: Sequence[Token], i: int, context: NameContext
    ) -> tuple[int, int, float, str] | None:
        """A lower-case given name before a capitalised name: 'We met taras Shevchuk.'"""
        if self._lower_case_name_opens_line(tokens, i):
            return (i, i + 1, SCORE_FULL_NAME_IN_CONTEXT, "full name opening a line")
        if context.tradition_title_before(i) and self._lower_case_name(tokens[i], last=False):
            return (i, i, SCORE_NAME_IN_CONTEXT, "title")  # "then mama wanjiru said no"
        if context.greeted(i) and self._greeted_name(tokens[i]):
            return (i, i, SCORE_NAME_IN_CONTEXT, "said to the listener")  # "okay thank you tony"
        if context.asked_about(i) and self._asked_name(tokens[i]):
            return (i, i, SCORE_NAME_IN_CONTEXT, "asked after")  # "and manny, is he still there"
        k = i + 1
        if k >= len(tokens) or not _joined(tokens[k]) or not tokens[k].capitalised or tokens[k].initial:
            return None
        if not self._lower_case_name(tokens[i], last=False):
            return None
        following = self.info(tokens[k])
        if following is None:
            if not _unknown_rare(tokens[k]) or default_places().is_place(tokens[k].text):
                return None
            j = k  # a surname no list knows: "taras Shevchuk"
        elif following.is_word or following.place:
            return None
        else:
            j = self._chain(tokens, k, following)
        return (i, j, SCORE_FULL_NAME_IN_CONTEXT if context.any(i, j) else SCORE_FULL_NAME, "full name")

    def _name_taken_up(self, tokens: Sequence[Token], i: int, context: NameContext) -> bool:
        """A word alone that opens a line, a cue or a turn, taken up at once by "he" or "she"
        and a verb ("berk, he's the trainee", "jawad he works nights", "Ubah, she does the
        billing"; a caption's line restored to capitals starts with one): the subject named,
        when it is a given name the lists know and no English word, or a word no list knows
        that English hardly uses (no place, no hesitation: "hmm, he's right")."""
        if not tokens[i].initial or not context.taken_up(i):
            return False
        word = tokens[i]
        if not word.text.isalpha() or word.lower in FILLERS or len(set(word.lower)) < 3 \
                or default_places().is_place(word.text):
            return False
        return self._lower_case_name(word, last=False) or (self.info(word) is None and _unknown_rare(word))

    def _lower_case_name_opens_line(self, tokens: Sequence[Token], i: int) -> bool:
        """A lower-case given name and surname that open a line, a cue or a turn, the subject of
        what follows: a pronoun or a verb ("rustam yusupov he works with", "dilnoza karimova
        runs the shop").  The given name is one the lists know and no English word, or a word
        English hardly uses before a surname of a strong ending ("-ov", "-enko"); the surname is
        one of those endings or one the lists know only as a surname ("grace period ends",
        "john deere tractors" are not)."""
        if not tokens[i].initial or i + 2 >= len(tokens) or not all(
                _joined(t) and t.text.islower() and t.text.isalpha() for t in tokens[i + 1:i + 3]):
            return False
        first, last, then = tokens[i], tokens[i + 1], tokens[i + 2]
        if then.lower not in _SUBJECT_PRONOUNS and then.lower not in _VERBS_AFTER_SUBJECT:
            return False
        shaped = surname_shaped(last.text) and not default_places().is_place(last.text)
        info = self.info(last)
        known = info is not None and info.last and not info.first and not info.is_word and not info.place
        if not (shaped or known):
            return False
        return self._lower_case_name(first, last=False) or (
            shaped and self.info(first) is None and _unknown_rare(first) and not default_places().is_place(first.text))

    def _chain(self, tokens: Sequence[Token], i: int, info: NameInfo, titled: bool = False) -> int:
        """Index of the last token of a multi-word name starting at ``i`` (``i`` if none);
        ``titled``: an abbreviated title stands right before it ("Mr", "Dr")."""
        k = _after_particles(tokens, i + 1)  # "Juan de la Cruz"
        if k >= len(tokens) or not _joined(tokens[k]):
            return i
        second = tokens[k]
        if second.initial or not (second.capitalised or self._lower_case_surname(info, second)):
            return i  # "Emeka okafor" as typed in haste, but not "Emeka now"
        second_info = self.info(second) or _patronymic_info(second)
        if second.lower in FUNCTION_WORDS or second.lower in MONTHS_AND_DAYS:
            return i
        if not _second_word_fits(tokens, i, k, info, second_info, titled):
            return i
        return self._extend(tokens, k, words=2, known=1 + (second_info is not None), titled=titled)

    def _extend(self, tokens: Sequence[Token], j: int, words: int, known: int, titled: bool = False) -> int:
        """Extend a name of ``words`` words (``known`` of them in the gazetteer) ending at token
        ``j`` over further names and particles, up to four words.

        After two known names one unknown capitalised word may end the name ("Nguyễn Thị
        Hoa"): the gazetteer cannot hold every given name.  After an abbreviated title
        (``titled``) every word of the name may be one no list knows, when English hardly uses
        it ("Mr Tunde Ekwueme-Bassey"): what follows "Mr" is a name.
        """
        while words < 4:
            k = _after_particles(tokens, j + 1)  # "de la" before "Cruz"
            if k >= len(tokens) or not _joined(tokens[k]) or not tokens[k].capitalised:
                break
            if tokens[k].initial:
                break
            following = self.gazetteer.lookup(tokens[k].text) or _patronymic_info(tokens[k])
            if following is None or not (following.first or following.last):
                if titled and k == j + 1 and following is None and _titled_name_word(tokens[k]):
                    j, words = k, words + 1
                    continue
                if known >= 2 and k == j + 1 and tokens[k].lower not in FUNCTION_WORDS:
                    j = k  # not the pronoun: "since Kais Saied I don't know"
                break
            j, words, known = k, words + 1, known + 1
        return self._joined_surname(tokens, j)

    def _joined_surname(self, tokens: Sequence[Token], j: int) -> int:
        """``j``, or the end of a second surname joined by "y" or "e" ("García y López", "Silva
        e Souza"): only a word known as a surname and not as a given name, so "Ana e Carlos"
        stays two people; or a Turkic patronymic word after the name ("Mehmet Ali oğlu")."""
        if j + 1 < len(tokens) and tokens[j + 1].lower in PATRONYMIC_WORDS and _joined(tokens[j + 1]):
            return j + 1
        k = j + 2
        if k >= len(tokens) or tokens[j + 1].text not in SURNAME_JOINS or not _joined(tokens[j + 1]) \
                or not _joined(tokens[k]) or not tokens[k].capitalised or tokens[k].initial:
            return j
        info = self.gazetteer.lookup(tokens[k].text)
        return k if info is not None and info.last and not info.first and not info.is_word else j

    def _promote_lists(
        self, tokens: Sequence[Token], spans: list[tuple[int, int, float, str]]
    ) -> list[tuple[int, int, float, str]]:
        """'Olena, Ivan and Grace': names listed together support each other.

        A word no list knows is a name only beside one found with context ("Lakshmi and
        Murugan", "Juan Carlos and Bukola"); two such words prove nothing together."""
        pairs = [n for n in range(len(spans) - 1) if _listed(tokens, spans[n][1], spans[n + 1][0])]
        promoted = list(spans)
        for n in pairs:
            # Two sentence-initial word-names in a row ("Hope, Faith") prove nothing together.
            if _UNLISTED in (spans[n][3], spans[n + 1][3]) or max(spans[n][2], spans[n + 1][2]) == 0.0:
                continue
            for m in (n, n + 1):
                i0, j0, score, reason = promoted[m]
                if score < SCORE_NAME_IN_CONTEXT:
                    promoted[m] = (i0, j0, SCORE_NAME_IN_CONTEXT, "list of names")
        # Unknown words along a list that "and" or "or" closes, either way: "Ihor, Bukola and
        # Taras" ("Mr Klaus Stoltenberg, Ministerialdirigent, of ..." is an apposition).
        closed = _closed_lists(tokens, spans, pairs)
        for n in closed + closed[::-1]:
            for m, other in ((n, n + 1), (n + 1, n)):
                if promoted[m][3] == _UNLISTED and promoted[other][3] != _UNLISTED \
                        and promoted[other][2] >= SCORE_NAME_IN_CONTEXT:
                    promoted[m] = (*promoted[m][:2], SCORE_NAME_GIVEN, "listed with a name")
        return promoted


# Digits written onto a name's last word ("Dara Shift2", a display name or handle): the span's.
_GLUED_DIGITS = re.compile(r"\d{1,4}(?![\w@])")


def _glued_digits_end(text: str, end: int) -> int:
    """``end``, or past the digits written right onto the word that ends there."""
    if end and text[end - 1].isalpha():
        glued = _GLUED_DIGITS.match(text, end)
        if glued is not None:
            return glued.end()
    return end


def _unknown(tokens: Sequence[Token], i: int, context: NameContext) -> tuple[int, int, float, str] | None:
    """A capitalised word no list knows, starting at token ``i``, as a name (or a candidate)."""
    token = tokens[i]
    with_surname = _unknown_before_surname_shaped(tokens, i, context)
    if with_surname is not None:
        return with_surname
    if _unknown_rare(token) and context.after_role(i, i) and not _in_proper_noun(tokens, i, context) \
            and not default_places().is_place(token.text):
        return (i, i, SCORE_NAME_GIVEN, "unknown word after a role")  # "The guard at the gate, Goodluck, let us in"
    # A word no list knows and English hardly uses, where a person's name is expected:
    # "Babajide told me", "I asked Gbenga", "I think Babajide, um, left" (no gazetteer
    # holds every given name, and a hesitation after a name throws the model off).
    if _unknown_rare(token) and not _in_proper_noun(tokens, i, context) and (
            context.strong(i, i) or context.verb_before(i)
            or ((context.weak(i, i) or context.set_apart(i, i, where_from=False)
                 or context.described_after(i, i, _roles_before_pair()))
                and not default_places().is_place(token.text))
            or (not token.initial and context.filler_after(i))):
        score = SCORE_NAME_GIVEN if context.given_to_person(i) else SCORE_NAME_IN_CONTEXT
        return (i, i, score, "unknown word in context")
    return _unknown_without_context(tokens, i, context)


# Above this Zipf frequency a word after a person's word is English ("my son dunno"), though
# no dictionary holds it; names said as often ("saeed", "kiki") stay below.
_NAME_WORD_MAX_ZIPF = 3.5
# Words that open the phrase of a person's word before a name: "my son", "the trader", "a girl".
_PERSON_WORD_OPENERS = frozenset("my our his her their your the a an one".split())
# Words between the opener and the person's word ("the reindeer herder", "my wife's sister").
_PERSON_WORD_REACH = 3


@functools.cache
def _person_words() -> frozenset[str]:
    """The words for a person a name is said after: relations and kinship words of many
    languages, and the job and role nouns of the roles pack; no word for a firm ("our
    supplier nestle" is a firm's name)."""
    from redactor.lexicon.names import FIRM_KIND_WORDS
    from redactor.lexicon.titles import KINSHIP_WORDS

    return (_roles_before_pair() | KINSHIP_WORDS) - FIRM_KIND_WORDS


def _after_person_noun(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` right after a word for a person that an owner or an article opens ("my son
    batbayar", "his cousin okonkwo", "the boy tendai", "my wife's sister meera", "the reindeer
    herder biret", "the guard, saeed,"): where a name is said.  The person's word may be plural
    ("the other inspectors kiki") or a relative by marriage or a step ("my stepson kiki", "her
    brother-in-law murugan"), and restored to capitals as a rare word ("the Herder Biret")."""
    if i < 2 or not _joined(tokens[i], ","):
        return False
    noun = tokens[i - 1]
    if noun.text.isupper() or noun.possessive or not _person_word(noun.lower):
        return False
    for k in range(i - 2, max(-1, i - 2 - _PERSON_WORD_REACH), -1):
        if not _joined(tokens[k + 1], "'’s" if tokens[k].possessive else "") or tokens[k].text[1:].isupper():
            return False  # an all-capitals line is no sentence of a person's ("A" opens one)
        if tokens[k].lower in _PERSON_WORD_OPENERS:
            return tokens[k].text.islower() or tokens[k].initial
    return False


# What a word for a relative is built of around the relation: "stepson", "godmother",
# "great-grandfather", "half-brother", "brother-in-law".
_RELATIVE_AFFIXES = re.compile(r"^(?:step-?|god-?|half-|great-)*(.+?)(?:-in-law)?s?$")


def _person_word(word: str) -> bool:
    """A word for a person (:func:`_person_words`), its plural, or a relative built of one."""
    words = _person_words()
    if word in words or (word.endswith("s") and word[:-1] in words):
        return True
    bare = _RELATIVE_AFFIXES.match(word)
    return bare is not None and bare.group(1) != word and bare.group(1) in words


# The second of two words set off after a role this common in English is a thing's or a body's
# name ("the lawyer, Legal Aid, said", "our driver, Red Cross, took"), not a surname.
_PAIR_SECOND_MAX_ZIPF = 3.5
# Above the model's score, so that of the same span the rule's is kept whole: the model's is
# cut of a capitalised common word at its start ("Old" of "the dishwasher, Old Kum, saw it").
_SCORE_SET_OFF_AFTER_ROLE = 0.9


@functools.cache
def _roles_before_pair() -> frozenset[str]:
    from redactor.detect.person_roles import role_words

    return ROLE_NOUNS | role_words()


def _pair_after_role(tokens: Sequence[Token], i: int, context: NameContext) -> tuple[int, int, float, str] | None:
    """'His lawyer in Aarhus, Nivi Lynge, wrote', 'the dishwasher, Old Kum, saw it', 'our
    delegate, Aputsiaq Berthelsen, said': two capitalised words set off by commas right after
    words that name a job or a role are that person's name, whatever the model called them.
    Not a place the lists know ("my neighbour in the city, Hong Kong, ..."), nor where the
    second word is common in English ("the lawyer, Legal Aid, said")."""
    k = i + 1
    if k >= len(tokens) or not _joined(tokens[k]) or not tokens[k].capitalised or tokens[k].initial:
        return None
    first, second = tokens[i].text, tokens[k].text
    if not (first.replace("-", "").isalpha() and second.replace("-", "").isalpha()) or first.isupper() or second.isupper():
        return None
    if not context.after_role(i, k, _roles_before_pair()) or english_zipf(second) >= _PAIR_SECOND_MAX_ZIPF:
        return None
    if default_places().is_place(f"{first} {second}"):
        return None
    return (i, k, _SCORE_SET_OFF_AFTER_ROLE, "two words set off after a role")


def _unknown_before_surname_shaped(tokens: Sequence[Token], i: int,
                                   context: NameContext) -> tuple[int, int, float, str] | None:
    """'Bakyt Nurlanuly', 'aibek nurlanuly' (restored to capitals): a word no list knows and
    English hardly uses right before a word that ends as a family name does, the two alone (no
    capitalised word joined either side, no determiner or "of" before: "the Ruby Petrov Hotel"):
    a given name no list holds and its surname."""
    k = i + 1
    if k >= len(tokens) or not _joined(tokens[k]) or not tokens[k].capitalised or tokens[k].initial \
            or not _unknown_rare(tokens[i]) or not surname_shaped(tokens[k].text):
        return None
    longer = (k + 1 < len(tokens) and _joined(tokens[k + 1]) and tokens[k + 1].capitalised) or (
        i > 0 and _joined(tokens[i]) and tokens[i - 1].capitalised and not tokens[i - 1].initial)
    if longer or context.previous(i) in DETERMINERS or context.previous(i) == "of":
        return None
    places = default_places()
    if places.is_place(tokens[i].text) or places.is_place(tokens[k].text):
        return None
    return (i, k, SCORE_FULL_NAME_IN_CONTEXT if context.any(i, k) else SCORE_FULL_NAME, _SURNAME_ENDING)


def _unknown_without_context(tokens: Sequence[Token], i: int, context: NameContext) -> tuple[int, int, float, str] | None:
    """A capitalised word no list knows where no context expects a name: one that ends as a
    family name does ("and then vasilescu came in"), or a candidate a list may promote."""
    token = tokens[i]
    if _in_proper_noun(tokens, i, context) or default_places().is_place(token.text):
        return None
    if surname_shaped(token.text) and not _capitalised_neighbour(tokens, i):
        return (i, i, SCORE_NAME_IN_CONTEXT, _SURNAME_ENDING)
    if _unknown_rare(token) and not token.initial and context.following(i) in _NOT_A_NOUN:
        return (i, i, 0.0, _UNLISTED)
    return None


def _lone_name(tokens: Sequence[Token], i: int, info: NameInfo, context: NameContext) -> tuple[int, int, float, str]:
    """A known name alone that is no English word, scored by its context; a surname that ends
    as a family name does is one without any ("the lawyer was hovhannisyan")."""
    token = tokens[i]
    if context.any(i, i):
        return (i, i, SCORE_NAME_IN_CONTEXT, "context")
    if context.weak(i, i) and not default_places().is_place(token.text):
        return (i, i, SCORE_NAME_IN_CONTEXT, _WEAK_CONTEXT)
    if info.first and context.set_apart(i, i):
        return (i, i, SCORE_NAME_IN_CONTEXT, "given name set apart")
    if info.first and _described_or_asked_after(i, context) and not default_places().is_place(token.text):
        return (i, i, SCORE_NAME_IN_CONTEXT, "given name described or asked after")
    if info.last and not info.first and surname_shaped(token.text) and not _capitalised_neighbour(tokens, i):
        return (i, i, SCORE_NAME_IN_CONTEXT, _SURNAME_ENDING)
    if info.first and (context.relation_is_before(i) or context.subject_before_verb(i, i)) \
            and not _capitalised_neighbour(tokens, i) and not default_places().is_place(token.text):
        # weak evidence: where the model calls the word a place or a firm, it is dropped
        return (i, i, SCORE_NAME_IN_CONTEXT, _WEAK_CONTEXT)
    return (i, i, SCORE_LONE_NAME, "lone name")


def _described_or_asked_after(i: int, context: NameContext) -> bool:
    """'Lual, our interpreter, translated', 'And Junior?': a given name alone said with who
    the person is, or asked after by a turn or a cue of its own."""
    return context.described_after(i, i, _roles_before_pair()) or context.asked_about(i)


# The words of a name after a Burmese honorific ("U Tin Oo", "Daw Aung San Suu Kyi").
_HONORIFIC_NAME_WORDS = 4


def _after_cased_honorific(tokens: Sequence[Token], i: int, context: NameContext) -> bool:
    """'U Tin Oo', 'Daw Khin', 'Ma Thida': a capitalised word right after a Burmese or Thai
    honorific written with its capital (:data:`CASED_HONORIFICS`), which no determiner precedes
    ("a U Turn") and which is not the word alone ("Ko said")."""
    if i == 0 or not context.previous(i) or tokens[i - 1].text not in CASED_HONORIFICS:
        return False
    if tokens[i].lower in NOT_AFTER_TITLE or tokens[i].lower in MONTHS_AND_DAYS:
        return False
    return context.previous(i - 1) not in DETERMINERS


def _capitalised_run(tokens: Sequence[Token], i: int, most: int) -> int:
    """The last of up to ``most`` adjacent capitalised words from token ``i``."""
    j = i
    while j + 1 < len(tokens) and j + 1 - i < most and _joined(tokens[j + 1]) and tokens[j + 1].capitalised \
            and tokens[j + 1].lower not in FUNCTION_WORDS and not tokens[j + 1].initial:
        j += 1
    return j


def _surname_before_middle_name(tokens: Sequence[Token], i: int, j: int) -> int:
    """``i``, or the token before it when a name of two words or more starts with a Vietnamese
    middle name and a short capitalised word stands right before it: the surname ("Do Van Hung",
    "Le Thi Hoa", where "Do" and "Le" are also other words)."""
    if j == i or i == 0 or tokens[i].text[:1].islower() or tokens[i].lower not in VIETNAMESE_MIDDLE_NAMES:
        return i
    before = tokens[i - 1]
    if not before.text[:1].isupper() or len(before.text) > 6 or not _joined(tokens[i]) or before.lower == "i":
        return i
    return i - 1


def _drop_model_places(
    tokens: Sequence[Token], spans: list[tuple[int, int, float, str]], excluded: Sequence[tuple[int, int]]
) -> list[tuple[int, int, float, str]]:
    """Spans without those NER calls a place or an organisation (``excluded``) on weak evidence.

    A lone name is dropped before lists are read, so "through Lagos, and Chinedu" does not make
    Lagos a person; a word no list knows is kept as one that a list may still make a name
    ("Juan Carlos and Bukola came": the model calls Bukola a company).  A name given to a person
    ("a woman called Nnenna") stays whatever the model says.
    """
    kept = []
    for span in spans:
        weak = span[2] <= SCORE_LONE_NAME or span[3] in ("unknown word in context", _WEAK_CONTEXT)
        if span[3] == _UNLISTED or span[2] >= SCORE_NAME_GIVEN or not weak \
                or not _overlaps(tokens[span[0]].start, tokens[span[1]].end, excluded):
            kept.append(span)
        elif span[3] == "unknown word in context":
            kept.append((span[0], span[1], 0.0, _UNLISTED))
    return kept


def _closed_lists(tokens: Sequence[Token], spans: list[tuple[int, int, float, str]], pairs: list[int]) -> list[int]:
    """The ``pairs`` (indices n of listed neighbours n, n + 1) of lists with an "and" or "or"."""
    closed: list[int] = []
    run: list[int] = []
    for n in [*pairs, -2]:
        if run and n != run[-1] + 1:
            if any(spans[m + 1][0] == spans[m][1] + 2 for m in run):
                closed.extend(run)
            run = []
        run.append(n)
    return closed


def _listed(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Tokens ``j`` and ``k`` are neighbours in a list: 'Olena, Ivan', 'Ivan and Grace'."""
    if k == j + 1:
        return tokens[k].gap_before.strip() in (",", "&")
    return k == j + 2 and tokens[j + 1].lower in ("and", "or") and _joined(tokens[j + 1], ",")


_DAY_DIGITS = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])\.?\s*$")
_DAY_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


def _after_a_day(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` (a month) follows a day of the month: "6 August", "6th August", "the sixth of
    August", "6. August"."""
    if _DAY_DIGITS.search(tokens[i].gap_before):
        return True
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.lower == "of" and i > 1:
        before = tokens[i - 2]
    if before.lower in _DAY_SUFFIXES:
        return bool(_DAY_DIGITS.search(before.gap_before))
    return ordinal_value(before.lower) is not None


def _patronymic_info(token: Token) -> NameInfo | None:
    """A capitalised East Slavic patronymic no list holds ("Ivanovych", "Petrovna",
    "Aliaksandravich") as a name part: the gazetteer has given names and surnames only."""
    if not token.capitalised or not is_patronymic(token.text):
        return None
    return NameInfo(first=False, last=True, place=False, locales=1, zipf=0.0, excess=0.0)


def _after_particles(tokens: Sequence[Token], k: int) -> int:
    """The first token from ``k`` on that is no name particle joined to the one before ("de la"
    in "Juan de la Cruz"); ``k`` itself when a particle that is also an English word ("do",
    "ten") is not followed by a capitalised word ("Ana do Nascimento", not "Ana do it")."""
    start = k
    while k < len(tokens) and tokens[k].lower in PARTICLES and _joined(tokens[k]):
        k += 1
    if k > start and any(t.lower in ENGLISH_PARTICLES for t in tokens[start:k]) and (
            k >= len(tokens) or not tokens[k].capitalised or not all(t.text.islower() for t in tokens[start:k])):
        return start
    return k


# What follows a name that opens a line as its subject: a pronoun taking it up ("rustam yusupov
# he works with") or a verb.
_SUBJECT_PRONOUNS = frozenset("he she they i we".split())
_VERBS_AFTER_SUBJECT = SPEECH_VERBS | ACTION_VERBS | frozenset("is was has had does did works runs knows".split())


def _unknown_rare(token: Token) -> bool:
    """A capitalised word of three letters or more, rare in English and not a title or a
    function word: a name the gazetteer lacks, when the context expects one.  A hyphenated
    word counts when each part does ("Oluwa-Seun", not "Anti-Corruption"), or when it says one
    short syllable twice ("Jun-Jun", not "Bye-Bye")."""
    if len(token.text) < 3 or token.lower in FUNCTION_WORDS or token.lower in NOT_AFTER_TITLE \
            or token.folded in NAME_HONORIFICS:
        return False  # "Sekuru said no": an address word alone is nobody's name
    if token.lower in REDUPLICATED_WORDS:
        return False  # "ha-ha", "bye-bye"
    if "-" in token.text and reduplicated_half(token.text):
        return True  # "Jun-Jun", "Bong-Bong": wordfreq reads the halves, each a word
    if token.text.isalpha():
        return english_zipf(token.text) < RARE_WORD_ZIPF and not _plural_of_word(token.lower)
    parts = token.text.split("-")
    return len(parts) > 1 and all(
        len(part) >= 2 and part.isalpha() and english_zipf(part) < RARE_WORD_ZIPF for part in parts)


# A given name's initial as a court or an agency writes it after a title: one or two letters
# and a full stop ("J.", "Th.", "Cz."), or initials joined by a hyphen ("J.-P.", "H.-J.").
_INITIAL = re.compile(r"[^\W\d_][^\W\d_A-Z]?")
_INITIAL_GAP = re.compile(r"\.(?:-|[^\S\n]{0,2})")
_MOST_INITIALS = 3
# The Tamil way of writing the father's or the village's name before one's own: its first
# syllable or two and a full stop ("Mr. Pon. Rajasekaran", "Thiru Mu. Karunanidhi", "Thol.
# Thirumavalavan", "Dr. Kalai. Selvan"), up to five letters; no word a name list or English
# knows ("Mr. Jones. Mary said" is two sentences).
_SYLLABLE_INITIAL = re.compile(r"[^\W\d_]{2,5}")


def _initials_and_surname_after_title(tokens: Sequence[Token], i: int, context: NameContext) -> int | None:
    """The index of the surname after initials that start right after an abbreviated title
    ("Mr Th. Lindqvist", "Ms A.-M. Okonjo", "Dr J. P. Brannigan"), or None: the full stop after an
    initial there ends no sentence, and the surname is the person's whatever a list says."""
    if not context.abbreviated_title_before(i):
        return None
    j = i
    while j < i + _MOST_INITIALS and j + 1 < len(tokens) and _initial_after_title(tokens[j]) \
            and _INITIAL_GAP.fullmatch(tokens[j + 1].gap_before):
        j += 1
    if j == i or _INITIAL.fullmatch(tokens[j].text):
        return None
    surname = tokens[j]
    if not surname.capitalised or surname.lower in FUNCTION_WORDS or surname.lower in NOT_AFTER_TITLE \
            or "\n" in surname.gap_before or not tokens[j - 1].text[:1].isupper():
        return None
    return j


def _initial_after_title(token: Token) -> bool:
    """An initial written after a title: a capital letter or two ("J.", "Th."), or the first
    syllables of a Tamil father's or village name (:data:`_SYLLABLE_INITIAL`, "Pon.")."""
    if not token.text[:1].isupper():
        return False
    if _INITIAL.fullmatch(token.text):
        return True
    return _SYLLABLE_INITIAL.fullmatch(token.text) is not None and token.text[1:].islower() \
        and english_zipf(token.text.lower()) < RARE_WORD_ZIPF and default_gazetteer().lookup(token.text) is None


def _second_word_fits(tokens: Sequence[Token], i: int, k: int, info: NameInfo, second_info: NameInfo | None,
                      titled: bool) -> bool:
    """Whether token ``k`` continues the name that token ``i`` (``info``) starts."""
    if tokens[i].lower in MONTHS_AND_DAYS:
        # "June Carter" but not "May Day", nor the month of a date before a name ("On 9
        # June Tomi Ade rang").
        return second_info is not None and second_info.last and not second_info.is_word \
            and not _after_a_day(tokens, i)
    if (info.is_word or info.place or not info.first or info.second_source) and not (titled and _titled_name_word(tokens[k])):
        # "Will Smith", "Nguyen Van": an ordinary word or a surname first needs a known
        # name second that is not a very common word, or "Hope Street" ("Street" is an
        # English surname) and "Rose Garden" would be people; after a title a rare word
        # no list holds will do ("Dr Sever Ionescu-Brăila").  So does a given name only the
        # second source knows, which may be a word of a place's or a body's name ("Pusat
        # Perubatan Seri Mentiri": "Sagal Maxamed" yes, "Seri Mentiri" no).
        return second_info is not None and second_info.zipf < SURNAME_MAX_ZIPF
    return True


def _titled_name_word(token: Token) -> bool:
    """A word of a name after a title that no list holds: rare in English and no place
    ("Mr Tunde Ekwueme", not "Mr Tunde Lagos" nor "Dr Ekwueme Ward")."""
    return _unknown_rare(token) and not default_places().is_place(token.text)


def _plural_of_word(word: str) -> bool:
    """Whether ``word`` (lower case) is the plural of a common English word ("couriers",
    "deliveries", "boxes"): wordfreq ranks a plural far below its singular, yet it is no name."""
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    singulars = [word[:-1]]
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    elif word.endswith("es"):
        singulars.append(word[:-2])
    gazetteer = default_gazetteer()
    return any(english_zipf(s) >= RARE_WORD_ZIPF and gazetteer.get(s) is None for s in singulars)


def _in_proper_noun(tokens: Sequence[Token], i: int, context: NameContext) -> bool:
    """Token ``i`` is part of a longer proper noun ("the Court of Cassation", "Hope Street");
    a capital that starts the sentence ("Then Chidi said") says nothing."""
    before = i > 0 and _joined(tokens[i]) and tokens[i - 1].capitalised and not tokens[i - 1].initial
    after = i + 1 < len(tokens) and _joined(tokens[i + 1]) and tokens[i + 1].capitalised \
        and tokens[i + 1].text != "I"  # "Tell Taiwo I said hi"
    return bool(before or after) or context.previous(i) in ("of", "the")


def _joined(token: Token, extra: str = "") -> bool:
    """True if only spaces (and characters in ``extra``) separate ``token`` from the previous."""
    gap = token.gap_before
    for char in extra:
        gap = gap.replace(char, "")
    return gap.strip(" \t") == "" and "\n" not in token.gap_before


def _capitalised_neighbour(tokens: Sequence[Token], i: int) -> bool:
    """True if token ``i`` is joined to a capitalised word before or after it."""
    before = i > 0 and _joined(tokens[i]) and tokens[i - 1].capitalised
    after = i + 1 < len(tokens) and _joined(tokens[i + 1]) and tokens[i + 1].capitalised \
        and tokens[i + 1].text != "I"  # "Tell Taiwo I said hi"
    return bool(before or after)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


# NER labels for people, as spaCy and Presidio's spaCy engine name them.  Any other entity
# over a lone low-scoring name ("Lagos", "Georgia") shows it is not a person.
PERSON_LABELS = frozenset(("PERSON", "PER"))


class NameGazetteerRecognizer(LocalRecognizer):
    """Presidio recognizer for PERSON from the multilingual name gazetteer.

    Text that is mostly lower-case or capitals is analysed through
    :func:`redactor.detect.casing.restore_case` (same length, so offsets hold).  When Presidio passes
    spaCy results, a lone low-scoring name that spaCy calls a place, date or organisation is
    dropped.
    """

    name: str

    def __init__(
        self,
        gazetteer: NameGazetteer | None = None,
        supported_language: str = "en",
        name: str = RECOGNIZER_NAME,
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else finder_gazetteer()
        self.finder = NameFinder(self.gazetteer)
        super().__init__(
            supported_entities=["PERSON"], name=name, supported_language=supported_language
        )

    def load(self) -> None:
        """Nothing to load: the gazetteer is given to the constructor."""

    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """PERSON results for names in ``text`` (restored to mixed case first if caseless)."""
        if entities and "PERSON" not in entities:
            return []
        excluded: list[tuple[int, int]] = []
        if needs_case_restoration(text):
            working = restore_case(text, self.gazetteer)
        else:
            working = capitalise_name_runs(text, self.gazetteer)
            excluded = list(_not_person_spans(nlp_artifacts))
        return [self._result(span) for span in self.finder.find(working, excluded)]

    def _result(self, span: NameSpan) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=span.score,
            textual_explanation=f"known name ({span.reason})",
        )
        return RecognizerResult(
            entity_type="PERSON",
            start=span.start,
            end=span.end,
            score=span.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                # Presidio keeps only results whose identifier is the recognizer's id.
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "redactor_key": span.key,
            },
        )


def _not_person_spans(nlp_artifacts: Any) -> Iterator[tuple[int, int]]:
    """Character spans spaCy labelled as something other than a person."""
    if nlp_artifacts is None:
        return
    for entity in getattr(nlp_artifacts, "entities", None) or ():
        if entity.label_ not in PERSON_LABELS:
            yield (entity.start_char, entity.end_char)
