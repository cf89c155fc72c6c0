"""A public body's acronym in a caption's small letters that the model took for a person.

Captions are written in small letters, so "we went to the dgsn about it", "then felcc took
him", "the rspo auditors" carry a body's acronym the model may call a person.  One word that
no name list knows and that no name could be spelt as is such an acronym: it has no vowel
("dgsn", "fnmb"), starts with "r" or "l" and another consonant ("rspo"), or ends in three
consonants or more the last of which closes no name ("felcc", "unhcr"; names end "-rst",
"-cht", "-tsch", "-nds").  Not when the text writes the word with a capital elsewhere (then
it is written as a name), nor a word of six letters or more (the shape says less there).
An earlier rule that kept every small-letter word the model doubted lost people's names;
this one reads the letters only.

Round 29: the model's "organisation" of one small-letter word of three to five letters
right after "the" ("the ugtt is not in call centres", "it's on the wada list", "the nafau
man") is a body's acronym said as a word too, when no name list knows the word, no English
word it is ("how", "honey"), no trade or site of a firm follows it ("the kovra warehouse" is a
firm's name of words) and the text never writes it with a capital: a person's name, a
nickname or a village takes no article, a firm in a caption has a name of words ("golden
lotus", "ruvubu specialty coffee"), and an acronym is short.  Without the article the word
may be anyone's name the lists do not know ("so hiqa came" reads as "so tunde came") or a
word of another language ("a haken, a temp worker"): it stays found.
"""

from __future__ import annotations

import functools
import re

from redactor.detect.recipients import body_frame_after, body_frame_before
from redactor.lexicon.dictionary import is_dictionary_word
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import ROLE_NOUNS, default_gazetteer
from redactor.model import Mention

_VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęėįųūı"
_NO_VOWEL = re.compile(rf"[^{_VOWELS}]+")
# "rs-", "lt-": no name starts so ("Rzeszów", "Lluís", "Rhys" do).
_NO_ONSET = re.compile(r"[rl][bcdfgjkmnpqstvwx]")
_FINAL_CLUSTER = re.compile(rf"[^{_VOWELS}]{{3,}}$")
_NAME_ENDS = frozenset("shtz")
_MAX_LETTERS = 5
_MIN_LETTERS = 3


def unspellable_as_a_name(word: str) -> bool:
    """A word of small letters no name could be spelt as ("dgsn", "rspo", "felcc", "unhcr")."""
    if not (_MIN_LETTERS <= len(word) <= _MAX_LETTERS) or not word.isalpha() or not word.islower():
        return False
    if _NO_VOWEL.fullmatch(word):
        return True
    if _NO_ONSET.match(word):
        return True
    return _FINAL_CLUSTER.search(word) is not None and word[-1] not in _NAME_ENDS


# Round 32: the words a body's letters stand for, said right after them ("c h c c, the
# commonwealth health center", "c t u m... the confederation of trade unions of myanmar").
_EXPANSION_AFTER = re.compile(r"[^\S\n]*(?:,|\.{2,}|…|[-–—]+)[^\S\n]*the[^\S\n]+(?P<words>[^\W\d_][^\n.;:!?]*)",
                              re.IGNORECASE)
_EXPANSION_JOINS = frozenset("of and for the on in de des du la le del da do y et".split())
_EXPANSION_INITIALS = 3


def letters_expanded_after(text: str, end: int, letters: str) -> bool:
    """The words right after ``text[:end]``, after a comma, a pause or a dash and "the", start
    with the letters said ("c h c c" + ", the commonwealth health center": c, h, c): the letters
    are the initials of the body named after them, not a name spelled out (a name spelled is
    followed by the name, or by nothing)."""
    after = _EXPANSION_AFTER.match(text, end)
    if after is None:
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", after.group("words").lower())
                       if w not in _EXPANSION_JOINS)
    wanted = letters.lower()[:_EXPANSION_INITIALS]
    return len(wanted) == _EXPANSION_INITIALS and initials.startswith(wanted)


# Round 44: letters said one by one where the words around them say a body (the complaint and
# visit frames of :mod:`redactor.detect.recipients`; going or taking it to them, telling "the"
# letters, nobody from them; what they did on the case; or writing to "them" right after the
# question that names them, in the answer's line too, after its speaker's label).  Sending or
# bringing a paper "to" letters was tried: it cost a held-out set's quasi protection.
_TAKEN_TO_BEFORE = re.compile(
    r"\b(?:(?:went|go|goes|going|gone|took[^\S\n]+(?:it|this|that|them|him|her)|taken[^\S\n]+(?:it|this|that)|"
    r"referred|self-referred|message|messaged|turned|ran)[^\S\n]+to|(?:told|tell|telling)[^\S\n]+the|nobody[^\S\n]+from|"
    r"no[^\S\n]+one[^\S\n]+from)[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
_WROTE_TO_THEM_AFTER = re.compile(
    r"[^\S\n]*[?,.]?\s*(?:[^\W\d_]+(?:[^\S\n]\w+)?:\s*)?(?:(?:yes|yeah|no)[^\S\n]*,?[^\S\n]+)?(?:i|we|he|she|they|my[^\S\n]+\w+)[^\S\n]+"
    r"(?:also[^\S\n]+|then[^\S\n]+)?(?:wrote|complained|reported[^\S\n]+it|went|called|phoned|told|sent[^\S\n]+it)"
    r"(?:[^\S\n]+to)?[^\S\n]+them\b", re.IGNORECASE)
# What a body does on a case, said right after its letters ("the c n e s opened an inquiry", "the
# d o v v s u took her statement", "the s h g m did a ramp check").
_ACTED_AFTER = re.compile(
    r"[^\S\n]+(?:(?:opened|started|began|closed)[^\S\n]+(?:an?|the)[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?"
    r"(?:inquiry|enquiry|investigation|case|file|probe)|took[^\S\n]+(?:her|his|my|our|their|the)[^\S\n]+statements?|"
    r"did[^\S\n]+(?:an?|the)[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?(?:check|inspection|audit|raid|test))\b", re.IGNORECASE)
# A person set beside the letters ("i wrote to k t b c, the man from the office"): a person's initials.
_PERSON_APPOSED_AFTER = re.compile(
    rf"[^\S\n]*,[^\S\n]*(?:the|a|an|my|our|his|her|their)[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?"
    rf"(?:{'|'.join(sorted(ROLE_NOUNS, key=lambda w: (-len(w), w)))})s?\b", re.IGNORECASE)
# A pause between the article and the letters: "the report to the, uh, j k k p".
_PAUSE_BEFORE = re.compile(r"[^\S\n]*,?[^\S\n]*(?:u+h+|u+m+|e+r+m*|a+h+)[^\S\n]*,?[^\S\n]*$", re.IGNORECASE)
_LETTERS_OF_A_BODY = 3
_FRAME_REACH = 60


def letters_said_as_a_body(text: str, start: int, end: int, letters: str) -> bool:
    """Three letters or more said one by one (``text[start:end]``) where the words around them
    say a body: reported or written to, called, gone or taken to, "the" told, sent from, come or
    not come, its people asking, a case opened or a statement taken ("i took it to z a e c a",
    "the o d c o never came inside", "the report to the, uh, j k k p", "the c n e s opened an
    inquiry", "and the h r c s l? yes i also wrote to them").  Not with a person set beside them
    ("i wrote to k t b c, the man from the office"), nor told without "the" ("she told x q j w
    everything": a person).  A name is spelled after a cue ("it's", "like"), an e-mail's or a
    code's letters are read out for the record: none is said as where a complaint went or who
    came to look, so the letters are the body's initials, whichever language they abbreviate."""
    if len(letters) < _LETTERS_OF_A_BODY or _PERSON_APPOSED_AFTER.match(text, end) is not None:
        return False
    pause = _PAUSE_BEFORE.search(text, max(0, start - 12), start)
    head = text[max(0, start - _FRAME_REACH):pause.start() if pause else start].rstrip() + " "
    return body_frame_before(head, len(head)) or _TAKEN_TO_BEFORE.search(head) is not None or \
        body_frame_after(text, end) or \
        any(frame.match(text, end) is not None for frame in (_ACTED_AFTER, _WROTE_TO_THEM_AFTER))


# An English word this common is the sentence's word ("how", "honey"), not a body's acronym.
_ORG_ACRONYM_MAX_ZIPF = 3.0
# The article right before the word: a body's ("the ugtt"), not a person's nor a village's.
_THE_BEFORE = re.compile(r"\bthe[^\S\n]+$", re.IGNORECASE)
_THE_IN_SPAN = re.compile(r"the[^\S\n]+")
_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")


@functools.cache
def _firm_words() -> frozenset[str]:
    """The one-word trades and sites of a firm said after its name (the workplaces pack's
    ``trade_word`` and ``facility``: "kovra warehouse", "bilton plant")."""
    from redactor.detect.packs import builtin_vocabulary

    return frozenset(w.casefold() for kind in ("trade_word", "facility")
                     for w in builtin_vocabulary("workplaces", kind) if " " not in w)


def _never_capitalised(text: str, word: str) -> bool:
    """``text`` never writes ``word`` with a capital (then it is written as a name)."""
    return re.search(rf"\b{word[0].upper()}{re.escape(word[1:])}\b", text) is None and \
        re.search(rf"\b{re.escape(word.upper())}\b", text) is None


def is_caption_acronym_as_org(text: str, m: Mention) -> bool:
    """The model's "organisation" that is one small-letter word of three to five letters right
    after "the" that no name list knows, no common English word and never written with a
    capital in ``text``: a body's acronym in a caption (see the module)."""
    word = m.text.strip()
    article = _THE_IN_SPAN.match(word)  # the model took the article with it: "the ugtt"
    word = word[article.end():] if article else word
    if m.entity_type != "ORGANIZATION" or not (_MIN_LETTERS <= len(word) <= _MAX_LETTERS) or \
            not word.isalpha() or not word.islower() or default_gazetteer().get(word) is not None:
        return False
    if zipf_frequency(word, "en") >= _ORG_ACRONYM_MAX_ZIPF or is_dictionary_word(word):
        return False
    if (nxt := _NEXT_WORD.match(text, m.end)) is not None and nxt.group(1).lower() in _firm_words():
        return False  # the word begins a firm's name: "the kovra warehouse"
    return (article is not None or _THE_BEFORE.search(text, max(0, m.start - 8), m.start) is not None) and \
        _never_capitalised(text, word)


def is_caption_acronym_as_person(text: str, m: Mention) -> bool:
    """The model's "person" that is one small-letter word no name list knows and no name could
    be spelt as, never written with a capital in ``text``: a body's acronym in a caption."""
    word = m.text.strip()
    if m.entity_type != "PERSON" or not unspellable_as_a_name(word) or default_gazetteer().get(word) is not None:
        return False
    return _never_capitalised(text, word)
