"""A thing of a numbered series, by its label: "the seals of kiln four and kiln six", "our
heifers sleep in pens, the lame one in pen three", "the bilge pumps on launch two".

A workplace numbers what it has several of - its tanks, pens, kilns, boats, racks, feeders - and
the people who work there say each by its label.  The label narrows an account to the few who
work at that one thing, as a ward's or a crane's number does; the rule packs find the labels of
the units any workplace has ("ward 7", "crane four"), but a site's own things are as many as
its trades.  What says that a word before a number or a letter is such a series is the text
itself: the same word is said with another label ("vat nine and vat eleven"), in the plural
("all our pens"), or just before the label ("an old generator, generator b").  A word said once
with a label and never as a series is left to the packs ("flight 12", "the COVID 19 rules"), and
a part of a text or a law is numbered in every copy of it ("chapter 3 and chapter 4").

The word is a noun by the dictionary (or a word of no dictionary, in small letters: a local
name of a thing), said after an article, a possessive, a preposition or a comma ("on bay
seven", "the old barge, barge two") - never after a pronoun, where it is a verb ("we had two").
A measure of time, length, weight, money or a count is no series of things ("two years and
five years", "ten percent"), nor a month or a weekday (of any calendar), nor a word that says
how many ("like forty", "plus nine"); the label "one" is a pronoun as often ("the spare one").
The label is a number up to 999 in digits (with a letter: "12B"), a number said in words up to
ninety-nine, a capital letter (with a digit or two: "C3"), or a small letter said last in its
clause ("generator b.").  What comes right after may not be a measure the number counts ("kiln
two hours later" is no kiln's label) nor more of a longer number ("kiln two hundred").  The
finding is a WORK_UNIT, as a ward's number is.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.lexicon.dates import MONTHS_AND_DAYS, OTHER_CALENDAR_MONTHS, OTHER_CALENDAR_MONTHS_CAPITALISED
from redactor.lexicon.dictionary import is_base_form, parts_of_speech, stop_words
from redactor.lexicon.numbers import FIGURE_VALUES, TEENS, TENS, UNITS
from redactor.model import Mention

DETECTOR = "NumberedSeries"
_SCORE = 0.5
_SP = r"[^\S\n]"
# not "one", a pronoun after a noun as often ("not the blue one, the spare one")
_UNIT_WORDS = "|".join(w for w in UNITS if w != "one")
_NUMBER_WORDS = (rf"(?:(?:{'|'.join(TENS)})(?:(?:{_SP}+|-)(?:{_UNIT_WORDS}))?"
                 rf"|{'|'.join(TEENS)}|{_UNIT_WORDS})")
# What a label's word stands after: an article, a possessive, a preposition, "and", "or".
_BEFORE = frozenset("the a an my our his her their its your this that on in at for from of into onto "
                    "with without near by off and or to".split())
# Measures a number counts, not things a site numbers: time, length, weight, money, shares.
_MEASURES = frozenset("""year day week month hour minute second time night season round percent per point
    degree age number speaker metre meter kilo kilometre mile foot feet inch pound dollar euro cent gram ton
    tonne litre liter shift times people""".split())
# Parts of a text or of a law, numbered in every copy of it: "chapter 3 and chapter 4", "article 6".
_TEXT_PARTS = frozenset("""chapter paragraph para article clause section subsection annex appendix schedule verse
    footnote note item exhibit table figure part volume episode act scene count page rule law protocol
    decree resolution regulation directive amendment convention bill code step option question""".split())
# Words said before a number to say how many or how much, not what: "like forty", "plus nine".
_QUANTIFIERS = frozenset("like about around roughly nearly almost maybe perhaps plus minus over under only just some "
                         "exactly approximately than".split())
_MONTHS = MONTHS_AND_DAYS | frozenset(
    m.casefold() for m in OTHER_CALENDAR_MONTHS + OTHER_CALENDAR_MONTHS_CAPITALISED)
_CLAUSE_END = rf"(?={_SP}*(?:[.,;:!?)\n]|$))"
_LABEL = own_compiled(
    rf"""(?<![\w'’-])(?P<noun>[^\W\d_]{{3,}}){_SP}+
    (?P<label>\d{{1,3}}(?-i:[A-Z])?(?![\w.,/:-]?\d)(?![\w'’-])
      | (?i:{_NUMBER_WORDS})(?:{_SP}+(?-i:[a-z]){_CLAUSE_END})?(?![\w'’-])
      | (?-i:(?!I(?!\d))(?!A{_SP}+[a-z])[A-Z])\d{{0,2}}(?![\w'’-])
      | (?-i:[b-z]){_CLAUSE_END}(?![\w'’-]))""", regex.X | regex.I)
_WORD_BEFORE = own_compiled(rf"(?:(?<![\w'’-])(?P<word>[\w'’]+)|(?<![\w'’-])(?P<named>[\w'’]+)?{_SP}*(?P<comma>,)){_SP}*$")
_WORD_AFTER = own_compiled(rf"{_SP}*-?{_SP}*(?P<word>[\w'’]+)")


def _plural_forms(noun: str) -> tuple[str, ...]:
    return (noun + "s", noun + "es", noun[:-1] + "ies") if noun.endswith("y") else (noun + "s", noun + "es")


def _measure(word: str) -> bool:
    return word in _MEASURES or word.rstrip("s") in _MEASURES or word in FIGURE_VALUES


def _is_thing(noun: str, written: str) -> bool:
    """``noun`` (small letters) may name a thing a site has several of."""
    if (noun in stop_words() or _measure(noun) or noun in _MONTHS or noun in _TEXT_PARTS
            or noun in _QUANTIFIERS):
        return False
    pos = parts_of_speech(noun)
    # one thing of the series, so a singular ("Windows 10" is a product's version)
    return "noun" in pos and is_base_form(noun, "noun") if pos else written.islower()


def _labelled(text: str) -> list[tuple[str, str, int, int, bool]]:
    """(noun, label, start, end, apposed) of each word and label said after a word that opens a
    noun; apposed when it is said after the same word and a comma ("an old generator, generator b")."""
    found = []
    for m in _LABEL.finditer(text, overlapped=True):
        written = m.group("noun")
        noun = written.casefold()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or not (before.group("comma") or before.group("word").casefold() in _BEFORE):
            continue
        pos = parts_of_speech(noun)
        # "to" opens a verb as often: only before a word that is no verb ("moved to kiln two")
        if before.group("word") and before.group("word").casefold() == "to" and "verb" in pos:
            continue
        if not _is_thing(noun, written):
            continue
        after = _WORD_AFTER.match(text, m.end())
        if after is not None and text[m.end():after.start("word")].count("\n") == 0 and (
                after.group("word").casefold() in _MEASURES or after.group("word").casefold().rstrip("s") in _MEASURES
                or after.group("word").casefold() in ("hundred", "thousand", "million", "point")
                or after.group("word").isdigit()):
            continue
        apposed = bool(before.group("named")) and before.group("named").casefold() == noun
        found.append((noun, m.group("label").casefold(), m.start(), m.end(), apposed))
    return found


def numbered_series(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A WORK_UNIT for each word and its label where the text says the word as a series: with
    another label, in the plural, or just before it ("the old barge, barge two")."""
    labelled = _labelled(text)
    labels: dict[str, set[str]] = defaultdict(set)
    for noun, label, _, _, apposed in labelled:
        labels[noun].add(label)
        if apposed:  # the thing said, then its label: one of several
            labels[noun].add("")
    folded = text.casefold()
    found = []
    for noun, label, start, end, _ in labelled:
        if len(labels[noun]) < 2 and not any(
                regex.search(rf"(?<![\w'’-]){form}(?![\w'’-])", folded) for form in _plural_forms(noun)):
            continue
        # held by another finding, or a date's ("Tishri 12" of a date another detector read)
        if any(o.start <= start and end <= o.end or o.entity_type == "DATE" and o.start < end and start < o.end
               for o in mentions):
            continue
        found.append(Mention(start, end, "WORK_UNIT", _SCORE, DETECTOR, text[start:end]))
    return found
