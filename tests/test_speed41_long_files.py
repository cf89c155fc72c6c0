"""Round 41 (issue 15): the refining steps' cost grows with a file's length, not with its square.

Three per-document steps walked all of a document for each place they tried, so a long file
(a transcript of hours, or a folder joined into one) took more than the sum of its parts: the
name said beside another name (``appositions``) counted everyone of the document for each pair,
a number said again (``numbers_again``) compared each place with every mention, and the name
people say for someone (``nicknames._said_after_name``) let ``regex`` look for the pattern's
words through all the rest of the text for each person named.  What they find is the same; the
tests hold them to their findings at the edges the faster forms change, and count the work.
"""

from __future__ import annotations

from itertools import product

from redactor.entities.variants import default_given_names
from redactor.model import Mention
from redactor.refine import nicknames
from redactor.refine.appositions import link_appositions
from redactor.refine.nicknames import link_nicknames
from redactor.refine.numbers_again import NumberForms, _held_or_crossed
from tests.mention_helpers import in_order

# A pair of names of one person, then a list of three: the first keyed, the second left alone.
_APPOSITION = "The night nurse, Kiki, Dagny Brandt, was on shift.\n"
_LIST = "I met Solveig Moen, Toto, and Lena Berg at the gate.\n"


class _Counted(list):
    """A list of mentions that counts how often one is looked up by its index."""

    looked_up = 0

    def __getitem__(self, index):
        type(self).looked_up += 1
        return super().__getitem__(index)


def _long_document(lines: int) -> tuple[str, list[Mention]]:
    text, mentions = "", []
    for n in range(lines):
        line, names = (_APPOSITION, ("Kiki", "Dagny Brandt")) if n % 2 == 0 else (_LIST, ("Solveig Moen", "Toto", "Lena Berg"))
        mentions += [Mention(m.start + len(text), m.end + len(text), m.entity_type, m.score, m.detector, m.text)
                     for m in in_order(line, *names)]
        text += line
    return text, mentions


def test_names_side_by_side_in_a_long_file_are_keyed_as_in_a_short_one():
    text, mentions = _long_document(400)
    out = link_appositions(text, mentions)
    # each apposition's nickname keyed by the full name beside it; no one of the lists keyed
    assert [(text[m.start:m.end], m.key) for m in out[:5]] == [
        ("Kiki", "dagny brandt"), ("Dagny Brandt", ""), ("Solveig Moen", ""), ("Toto", ""), ("Lena Berg", "")]
    assert sum(m.key == "dagny brandt" for m in out) == 200  # the 200 appositions
    assert {m.key for m in out if m.text != "Kiki"} == {""}


def test_who_else_is_in_a_pairs_sentence_is_not_found_by_walking_every_person():
    text, mentions = _long_document(400)  # 1,000 people
    counted = _Counted(mentions)
    _Counted.looked_up = 0
    link_appositions(text, counted)
    # a few look-ups a pair (999 pairs), not one per person of the document per pair (~1,000,000)
    assert _Counted.looked_up < 20 * len(mentions)


def _brute(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """The test ``find_in`` made of every mention in turn: one holds the value or crosses its edge."""
    return any(s <= start and end <= e or s < end and start < e and not (start <= s and e <= end) for s, e in taken)


def test_a_value_held_or_crossed_is_found_by_bisection_as_by_the_walk_over_every_mention():
    spans = [(s, e) for s, e in product(range(8), repeat=2) if s < e]
    for first, second in product(spans, repeat=2):
        taken = sorted({first, second, (0, 1), (6, 7)})
        reach = [max(e for _, e in taken[:i + 1]) for i in range(len(taken))]
        for start, end in spans:
            assert _held_or_crossed(taken, reach, start, end) == _brute(taken, start, end), (taken, start, end)


def test_a_number_said_again_in_a_long_file_is_found_where_nothing_holds_it():
    first = "Source: My staff number is 4471 0932.\n"
    forms = NumberForms.learn([Mention(27, 36, "ID_NUMBER", 0.6, "test", "4471 0932", key="id:44710932")], 0.4)
    filler = "Source: we talked about the weather again.\n" * 300
    # said again: once in a long name's reach (held), once half taken as a year (still found),
    # once running into a longer number (crossed), once in the clear
    text = (first + filler + "Source: Lot 4471 0932 Farm Road.\n" + filler
            + "Source: I wrote 4471 0932 on the form.\n" + "Source: ref 4471 0932 77 again.\n"
            + "Source: and 4471 0932 at the end.\n")
    held = text.index("Lot 4471")
    year = text.index("4471 0932 on")
    crossed = text.index("0932 77")
    found = [Mention(27, 36, "ID_NUMBER", 0.6, "test", "4471 0932"),
             Mention(held, held + len("Lot 4471 0932 Farm Road"), "LOCATION", 0.8, "test", "Lot 4471 0932 Farm Road"),
             Mention(year, year + 4, "DATE_TIME", 0.5, "test", "4471"),
             Mention(crossed, crossed + len("0932 77"), "ID_NUMBER", 0.6, "test", "0932 77")]
    again = forms.find_in(text, found)
    assert [(m.start, text[m.start:m.end], m.key) for m in again] == [
        (year, "4471 0932", "id:44710932"), (text.index("4471 0932 at the end"), "4471 0932", "id:44710932")]


class _Recorded:
    """A compiled pattern that records where each ``match`` was told to stop reading."""

    def __init__(self, compiled):
        self.compiled = compiled
        self.ends: list[int | None] = []

    def match(self, text, pos, endpos=None):
        self.ends.append(endpos)
        return self.compiled.match(text, pos) if endpos is None else self.compiled.match(text, pos, endpos)


def test_the_name_people_say_is_read_to_the_lines_end_and_found_at_it(monkeypatch):
    recorded = _Recorded(nicknames._SAY_AFTER_NAME)
    monkeypatch.setattr(nicknames, "_SAY_AFTER_NAME", recorded)
    line = "- out past the river. roimata tipoki, everyone says roi\n"
    text = line + "- we talked about the weather again.\n" * 500
    mentions = in_order(text, "roimata tipoki", "roi")
    assert [m.key for m in link_nicknames(text, mentions, default_given_names())] == ["", "roimata tipoki"]
    # read up to the line's break, not through the 500 lines after it
    assert recorded.ends == [len(line) - 1]


def test_the_name_people_say_is_no_name_across_a_line_break_or_going_on():
    text = "- out past the river. roimata tipoki, everyone says\nroi\n" + "- more talk.\n" * 50
    assert [m.key for m in link_nicknames(text, in_order(text, "roimata tipoki", "roi"), default_given_names())] == ["", ""]
    # the last line of the file, with no line break after it: read to the text's end
    text = "- more talk.\n" * 50 + "- roimata tipoki, everyone says roi"
    assert [m.key for m in link_nicknames(text, in_order(text, "roimata tipoki", "roi"), default_given_names())] == \
        ["", "roimata tipoki"]
