"""Round 27: the speaker's other name said by what people say (``redactor.refine.nicknames``).

Right after the speaker has said their own name, a clause that says what some people say is
the speaker's other name whoever those people are ("Guests say Pim.", "my aunts say Pim,
because", "everybody at the depot says pim because"), not only everyone or "they" (never "we",
nor an acronym, nor where only the turn's label names the speaker); sentences of
that kind may stand between the name and the one that names; a turn may open with ">>"; a
transcript segment's end ends the clause as a full stop does."""

from __future__ import annotations

from redactor.detect.overlaps import SPEAKER_LABEL
from redactor.entities.variants import default_given_names
from redactor.model import Mention
from redactor.refine.nicknames import link_nicknames
from tests.mention_helpers import in_order


def _called(text: str, *names: str, starts: tuple[int, ...] = ()) -> list[str]:
    return [m.key for m in link_nicknames(text, in_order(text, *names), default_given_names(), starts)]


def test_people_named_by_a_noun_of_many_say_the_speakers_other_name():
    text = "A: Hedvika Marstrand. The customers say Pim."
    assert _called(text, "Hedvika Marstrand", "Pim") == ["", "hedvika marstrand"]
    text = "A: Hedvika Marstrand. My old colleagues say Pim, because I was the youngest."
    assert _called(text, "Hedvika Marstrand", "Pim") == ["", "hedvika marstrand"]
    # "my" and a noun of one: the speaker's own people
    text = "A: Hedvika Marstrand. My household says Pim."
    assert _called(text, "Hedvika Marstrand", "Pim") == ["", "hedvika marstrand"]


def test_someone_elses_people_or_one_person_saying_a_name_is_left_alone():
    # someone else's people
    text = "A: Hedvika Marstrand. His colleagues say Pim."
    assert _called(text, "Hedvika Marstrand", "Pim") == ["", ""]
    # one person, or a thing, says it
    text = "A: Hedvika Marstrand. The manager says Pim."
    assert _called(text, "Hedvika Marstrand", "Pim") == ["", ""]
    text = "A: Hedvika Marstrand. He always says Pim."
    assert _called(text, "Hedvika Marstrand", "Pim") == ["", ""]
    # the name does not end the clause: what the papers say someone did
    text = "A: Hedvika Marstrand. The papers say Pim Olsrud took it."
    assert _called(text, "Hedvika Marstrand", "Pim Olsrud") == ["", ""]


def test_what_we_say_a_company_said_by_its_letters_or_a_label_alone_is_no_name_of_the_speaker():
    # "we" say what someone else is called
    text = "A: my neighbour first. Ottilie Brask, we say Tilly."
    assert _called(text, "Ottilie Brask", "Tilly") == ["", ""]
    text = "A: Hedvika Marstrand. At home we say Pim."
    assert _called(text, "Hedvika Marstrand", "Pim") == ["", ""]
    # an acronym people say is a body's short name
    text = "A: My name is Hedvika Marstrand. I count for the Vestbygd Grain Union, people say VGU."
    assert _called(text, "Hedvika Marstrand", "VGU") == ["", ""]
    # no name of the speaker's own in the turn: the label is not taken for whom people name
    text = "HEDVIKA: the porter came. The guests say Pim."
    mentions = [Mention(0, 7, "PERSON", 0.85, SPEAKER_LABEL, "HEDVIKA"),
                *in_order(text, "Pim")]
    assert [m.key for m in link_nicknames(text, mentions, default_given_names())] == ["", ""]


def test_a_place_and_everyone_before_the_name_and_a_reason_after_it():
    text = ">> hedvika marstrand. everybody at the depot says pim because i am the oldest."
    assert _called(text, "hedvika marstrand", "pim") == ["", "hedvika marstrand"]
    # a turn opened by ">>" holding someone else's name first is not the speaker's
    text = ">> i asked hedvika marstrand. everybody at the depot says pim because i am the oldest."
    assert _called(text, "hedvika marstrand", "pim") == ["", ""]


def test_a_sentence_saying_one_name_may_stand_before_the_one_saying_another():
    text = "A: Hedvika Marstrand. At the bakery they say Heddy. The customers say Pim."
    assert _called(text, "Hedvika Marstrand", "Heddy", "Pim") == ["", "hedvika marstrand", "hedvika marstrand"]
    # a sentence about someone else between them: the second name is not tied
    text = "A: Hedvika Marstrand. At the bakery they say Heddy. Olaug Brenne runs it. The customers say Pim."
    assert _called(text, "Hedvika Marstrand", "Heddy", "Olaug Brenne", "Pim")[3] == ""


def test_a_segments_end_ends_the_clause_of_the_name():
    first, second, third = " and your name", " hedvika marstrand. in the valley they say pim", " okay. since when"
    text = first + second + third
    starts = (0, len(first), len(first) + len(second))
    assert _called(text, "hedvika marstrand", "pim", starts=starts) == ["", "hedvika marstrand"]
    # inside a segment, with words after it, the name is the start of what they say
    text = " hedvika marstrand. in the valley they say pim took the keys okay."
    assert _called(text, "hedvika marstrand", "pim", starts=(0,)) == ["", ""]
