"""An age said right after a person's name, once the people of a document are known.

Captions have no commas: "adjoa mensah forty one called me", "we met kwesi nineteen from
the north", "john smith forty five he drives".  No pattern can tell "mensah" from any other word;
once the people are found, a number of thirteen to ninety-nine said right after one of them is
that person's age, when it ends its clause or a lower-case word that counts nothing follows it.
Not "told mensah twenty times", "paid mensah fifty cedis", "met mensah twenty minutes later", "gave
kofi twenty five thousand", "louis fourteen" before a noun that is counted.

An age is said as an aside too, between commas or ending its sentence, after the person's name or
job: "He is Pema, only nineteen, he had", "we have one boy, marc, seven", "I'm a piano technician,
29.", "Two boys, Kyle and Kaden, twelve and nine."; any age, with a hedge ("only", "about") and a
second age joined by "and".  Not "Ana, two days later", "Kwame, twenty minutes", "call Ana, four
four eight, nineteen, fifty two" (a number said among numbers), "the driver, 4:30".

Two more forms say the age of a person just named: the name as the subject of "is" or "was"
("Ana was nineteen when she left", "kwame is 7 and"), an age of one to a hundred and ten that
ends its clause; and a sentence of the age alone after one that ends with the name ("His name
was Iván Soto. Eighteen, from Tarija.", "- zsófi. bernáth zsófia. twenty four", "Yannick Briand,
yes. Thirty-eight."; the design gold marks all 37 ages said so after a name) or goes on for a few
words after it ("Djenice Tavares, but not in the paper. Forty-eight.").  Not "Ana was one of
them", "Ana was ten minutes late", "We met Iván Soto. Twenty, thirty people came", "i called ana.
twenty minutes later".
"""

from __future__ import annotations

import functools
from typing import NamedTuple, Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.answers import first_number
from redactor.lexicon.money import currency_words
from redactor.lexicon.numbers import NUMBER_WORDS_TO_99, UNITS
from redactor.model import Mention

DETECTOR = "AgeAfterName"
SCORE = 0.55

_S = r"[^\S\n]"
# A count's or a measure's word: what the number counts, not whose age it is.
_COUNTED = frozenset("""
hundred thousand million billion lakh lakhs crore crores point percent per cent am pm km kg cm mm metre metres meter
meters mile miles kilo kilos kilometre kilometres hour hours minute minutes second seconds day days week weeks month
months year years decade decades time times of more odd or so people men women kids children
""".split())
# Verbs that end in "s" (a plural noun otherwise says what is counted: "twenty cows").
_VERBS_IN_S = frozenset("is was has says lives works goes does drives runs sells owns tells keeps comes".split())
_AGE = own_compiled(
    rf"{_S}*,?{_S}+(?P<age>{NUMBER_WORDS_TO_99}|1[3-9]|[2-9]\d)(?![\w'’-])"
    rf"(?:{_S}*(?P<end>[,.;!?](?!\d)|\n|$)|{_S}+(?P<next>[\p{{L}}'’-]+))",
    regex.IGNORECASE | regex.VERSION1)
# The name as the subject of "is" or "was" and an age that ends its clause: "Ana was nineteen when".
_PREDICATE = own_compiled(
    rf"(?:,?{_S}+(?:is|was)|['’]s)(?:{_S}+(?:only|just|about|barely|nearly|almost|already|still))?{_S}+"
    rf"(?!one\b)(?P<age>{NUMBER_WORDS_TO_99}|1[01]\d|[1-9]\d?)(?![\w'’-]|[.,:/]\d)"
    rf"(?={_S}*(?:[.!?;](?!\d)|,(?!{_S}*(?:\d|{NUMBER_WORDS_TO_99}\b))|\n|$)"
    rf"|{_S}+(?:and|when|but|so|then|now|at{_S}+the{_S}+time|years?{_S}+old)\b)",
    regex.IGNORECASE | regex.VERSION1)
# A sentence of the age alone after the one that ends with the name: "Iván Soto. Eighteen, from
# Tarija.", "bernáth zsófia. twenty four" (a caption has no capitals), "Yannick Briand, yes. Thirty-eight."
_AGE_ALONE = (rf"{_S}*\.{_S}+(?P<age>{NUMBER_WORDS_TO_99}|1[3-9]|[2-9]\d)(?![\w'’-])"
              rf"(?={_S}*(?:[.!?;](?!\d)|,(?!{_S}*(?:\d|{NUMBER_WORDS_TO_99}\b))|\n|$))")
_SENTENCE = own_compiled(rf"(?:{_S}*,?{_S}+(?:yes|yeah|right|correct))?{_AGE_ALONE}", regex.IGNORECASE | regex.VERSION1)
# The same when the name's sentence goes on after the name for a few words, none a number ("Djenice
# Tavares, but not in the paper. Forty-eight.", "private daniyar abenov from third company.
# nineteen, from a village"): the design gold marks the 9 ages said alone after a sentence with a
# name, 2 of them after such a rest.
_REST_OF_SENTENCE = rf"(?:{_S}*,?{_S}+(?!(?:{NUMBER_WORDS_TO_99})(?![\w'’-]))[\p{{L}}'’-]+){{1,8}}"
_LATER_SENTENCE = own_compiled(rf"{_REST_OF_SENTENCE}{_AGE_ALONE}", regex.IGNORECASE | regex.VERSION1)
# An age as an aside after a name or a job: a comma, a hedge, the age (and a second one), then
# the clause ends; not when a number follows it (digits read out, a list of figures).
_ONE_AGE = rf"(?:{NUMBER_WORDS_TO_99}|[1-9]\d?)(?![\w'’-]|[.,:/]\d)"
_ASIDE = own_compiled(
    rf"{_S}*,{_S}*(?:(?:only|just|about|barely|nearly|almost|maybe|like|um|uh){_S}+)?"
    rf"(?P<age>{_ONE_AGE}(?:{_S}+(?:and|or|to){_S}+{_ONE_AGE})?)"
    rf"(?!{_S}*,{_S}*(?:{NUMBER_WORDS_TO_99}|\d))(?={_S}*(?:[,.;!?](?!\d)|\n|$))",
    regex.IGNORECASE | regex.VERSION1)
_UNDER_THIRTEEN = own_compiled(
    rf"(?:{'|'.join(UNITS)}|ten|eleven|twelve)", regex.IGNORECASE)


def ages_after_names(text: str, mentions: Sequence[Mention], threshold: float,
                     lines: str | None = None) -> list[Mention]:
    """The mentions with an AGE added after each person found at ``threshold`` whose age is said
    right after the name, or as an aside after the name or the job, where nothing else was found.

    ``lines`` is ``text`` (same length) with its captions' line ends as line breaks: a caption's
    line end ends the age's clause ("my name is danang wicaksono" / "thirty two", then the next cue's
    "- the only one"), where the joined text reads on into the next line's words."""
    # the model reads a bare age in figures as a date ("Wanjiru was 7 and"): the age takes its place
    dates = {(m.start, m.end) for m in mentions if m.entity_type == "DATE"}
    added = [a for a in _ages_said(_Read(text, lines or text), mentions, threshold) if (a.start, a.end) in dates
             or not any(m.start < a.end and a.start < m.end for m in mentions)]
    if not added:
        return list(mentions)
    replaced = {(a.start, a.end) for a in added}
    kept = [m for m in mentions if m.entity_type != "DATE" or (m.start, m.end) not in replaced]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


class _Read(NamedTuple):
    """The joined text, and the same with its captions' line ends as line breaks."""

    text: str
    lines: str

    def match(self, pattern: regex.Pattern[str], at: int) -> regex.Match[str] | None:
        """``pattern`` at ``at`` as the text reads on, or else as its lines end."""
        return pattern.match(self.text, at) or (pattern.match(self.lines, at) if self.lines is not self.text else None)


def _ages_said(read: _Read, mentions: Sequence[Mention], threshold: float) -> list[Mention]:
    """Each age said after a person's name, or as an aside after a job, once."""
    text = read.text
    ages = [age for m in mentions if m.entity_type == "PERSON" and m.score >= threshold
            for age in _age_after(read, m.end)]
    ages += [age for m in mentions if m.entity_type == "OCCUPATION" and m.score >= threshold
             for age in _as_mention(text, read.match(_ASIDE, m.end)) if not _a_child(age.text)]
    return list({(a.start, a.end): a for a in ages}.values())


def _a_child(age: str) -> bool:
    """An age under thirteen: after a job ("the cook, seven.") a time or a count as often."""
    first = first_number(age)
    return first is not None and first < 13


def _age_after(read: _Read, end: int) -> list[Mention]:
    return _as_mention(read.text, read.match(_PREDICATE, end) or _said_after(read, end) or read.match(_ASIDE, end))


def _as_mention(text: str, match: regex.Match[str] | None) -> list[Mention]:
    if match is None:
        return []
    start, stop = match.span("age")
    return [Mention(start=start, end=stop, entity_type="AGE", score=SCORE, detector=DETECTOR, text=text[start:stop])]


def _said_after(read: _Read, end: int) -> regex.Match[str] | None:
    """The age right after the name, or in a sentence of its own after the name's; thirteen or
    more; the age ends its clause, or a free word follows it on its line."""
    match = _AGE.match(read.text, end)
    if match is not None and match.group("end") is None and not _free_word(match.group("next")) \
            and "\n" not in read.lines[match.end("age"):match.start("next")]:
        match = None
    match = match or read.match(_SENTENCE, end) or read.match(_LATER_SENTENCE, end)
    if match is None or _UNDER_THIRTEEN.fullmatch(match.group("age")):
        return None
    return match


def _free_word(word: str) -> bool:
    """A lower-case word that may follow an age: not a count's noun, a unit, a number, a currency."""
    lower = word.lower()
    if not word.islower() or lower in _COUNTED or lower in _currencies():
        return False
    if regex.fullmatch(NUMBER_WORDS_TO_99, lower):
        return False
    return not lower.endswith("s") or lower in _VERBS_IN_S


@functools.cache
def _currencies() -> frozenset[str]:
    return frozenset(currency_words())
