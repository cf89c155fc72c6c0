"""Quasi-identifiers that single out by a small number, a uniqueness clause, a language used at
work, or the shift, wave, module or shed one works in (``rules/singling.yaml``,
``rules/workplaces.yaml``), and the initial the model reads into a letter that ends a sentence
(``engine._trimmed``).  Each case runs through a whole Redactor and asserts the exact spans of
the quasi types; the near misses assert those types find nothing.

Span policy: a count from the count on ("like", "about" and "there's" outside, "only" inside);
a workplace's or a place's size from the place's word to what it is counted in; a uniqueness
phrase from "the" (or "only") to the end of its clause; a language with the job it is used in."""

from __future__ import annotations

import pytest

TYPES = frozenset({"UNIQUE_DETAIL", "WORK_UNIT"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("We are five auditors.", [("UNIQUE_DETAIL", "five auditors")]),
    ("at our depot we are four dispatchers, rotating", [("UNIQUE_DETAIL", "four dispatchers")]),
    ("we're like six technicians here", [("UNIQUE_DETAIL", "six technicians")]),
    ("We're three RNs on nights.", [("UNIQUE_DETAIL", "three RNs on nights")]),
    ("There's two of us who do that shift. Me and Gary.", [("UNIQUE_DETAIL", "two of us who do that shift")]),
    ("there's two of us who do that shift me and gary", [("UNIQUE_DETAIL", "two of us who do that shift")]),
    ("There's me and one LPN for about two thousand men",
     [("UNIQUE_DETAIL", "one LPN for about two thousand men")]),
    ("there was one nurse for 300 patients", [("UNIQUE_DETAIL", "one nurse for 300 patients")]),
    ("one of three of us have access", [("UNIQUE_DETAIL", "one of three of us have access")]),
    # "had to" is no possession: the count stays, the clause is not taken
    ("one of three of us had to leave", [("UNIQUE_DETAIL", "one of three of us")]),
    ("She's one of three auditors in the firm.", [("UNIQUE_DETAIL", "one of three auditors in the firm")]),
])
def test_a_count_with_a_trade_reveals_a_small_group(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It's a call centre, maybe three hundred seats.", [("UNIQUE_DETAIL", "call centre, maybe three hundred seats")]),
    ("it was a factory of 200 workers", [("UNIQUE_DETAIL", "factory of 200 workers")]),
    ("In a village of six hundred people, everyone knows.", [("UNIQUE_DETAIL", "village of six hundred people")]),
    ("we come from a town of 3,000 inhabitants", [("UNIQUE_DETAIL", "town of 3,000 inhabitants")]),
    ("the clinic has forty beds", [("UNIQUE_DETAIL", "clinic has forty beds")]),
    ("a hospital of a hundred beds", [("UNIQUE_DETAIL", "hospital of a hundred beds")]),
    ("A call centre with three hundred seats.", [("UNIQUE_DETAIL", "call centre with three hundred seats")]),
])
def test_the_size_of_a_small_workplace_or_place(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "we are five minutes away",
    "we were two kilometers.",
    "we were two players short",
    "two of us went to the shop",
    "there were three of us who had to leave",
    "we were five others",
    "one ticket for two people",
    "one of three containers in the yard",
    "indeed this aim will provide one of the five fundamental indicators for the programme",
    "a town of 2 million",
    "a town of 2 million people",
    "a city of 300,000 people",
    "a company with two hundred thousand employees",
    "the stadium has forty thousand seats",
    # an event, or company: no size
    "at the factory, about twenty workers died",
    "we went to the office with two teachers",
])
def test_a_count_of_no_group_or_a_big_place_is_not_found(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("I'm the only agent on our floor who can take the arabic calls, so they know.",
     [("UNIQUE_DETAIL", "I'm the only agent on our floor who can take the arabic calls")]),
    ("i'm the only agent on our floor who can take the arabic calls so they know",
     [("UNIQUE_DETAIL", "i'm the only agent on our floor who can take the arabic calls")]),
    ("she was the only physics teacher there", [("UNIQUE_DETAIL", "the only physics teacher there")]),
    ("She was the only physics teacher there.", [("UNIQUE_DETAIL", "the only physics teacher there")]),
    ("Only one like that in the street.", [("UNIQUE_DETAIL", "Only one like that in the street")]),
    ("there's only one like him in the whole village", [("UNIQUE_DETAIL", "only one like him in the whole village")]),
    ("the only pharmacy in that town", [("UNIQUE_DETAIL", "the only pharmacy in that town")]),
    ("the only woman on the crew that year", [("UNIQUE_DETAIL", "the only woman on the crew that year")]),
])
def test_a_uniqueness_clause_runs_to_its_end(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the only way",
    "the only thing that matters",
    "I only had one like that",
    "I was the only one left",
])
def test_an_only_that_singles_out_no_one_is_not_found(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("the inspector who speaks Albanian was there", [("UNIQUE_DETAIL", "the inspector who speaks Albanian")]),
    ("the inspector who speaks albanian was there", [("UNIQUE_DETAIL", "the inspector who speaks albanian")]),
    ("our guard that speaks russian came", [("UNIQUE_DETAIL", "our guard that speaks russian")]),
    ("the nurse who does the arabic calls", [("UNIQUE_DETAIL", "the nurse who does the arabic calls")]),
    ("i take the arabic calls on weekdays", [("UNIQUE_DETAIL", "the arabic calls")]),
    ("She handles the Farsi cases.", [("UNIQUE_DETAIL", "the Farsi cases")]),
    ("an arabic speaking guard came", [("UNIQUE_DETAIL", "arabic speaking guard")]),
    ("I'm the one who talks to the Greek drivers", [("UNIQUE_DETAIL", "I'm the one who talks to the Greek drivers")]),
    ("I'm in the arabic queue", [("WORK_UNIT", "arabic queue")]),
    ("I work on the French desk", [("WORK_UNIT", "French desk")]),
])
def test_a_language_with_the_work_it_is_used_in(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "I speak English",
    "people who speak French",
    "we took the french train",
    "in Spanish-speaking countries",
    "French-speaking people",
    # how the interview was held, not who the source is
    "she speaks through an interpreter in Wolof",
    "the doctor who speaks English",
])
def test_a_language_without_a_workplace_is_not_found(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("they moved me to wave eleven", [("WORK_UNIT", "wave eleven")]),
    ("They moved me to Wave 11.", [("WORK_UNIT", "Wave 11")]),
    ("module four, the container houses", [("WORK_UNIT", "module four")]),
    ("we lived in module 4", [("WORK_UNIT", "module 4")]),
    ("I work in the packing shed", [("WORK_UNIT", "packing shed")]),
    ("they put me in the sorting shed", [("WORK_UNIT", "sorting shed")]),
    ("on shift C", [("WORK_UNIT", "shift C")]),
    ("I work on line two", [("WORK_UNIT", "line two")]),
])
def test_a_shift_wave_module_or_shed(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "the second wave",
    "a wave of arrests",
    "during wave two of the pandemic",
    "in wave two of the pandemic",
    "i was in the garden shed",
    "in shift work",
    "a line of people",
])
def test_a_wave_or_a_shed_of_no_workplace_is_not_found(redactor_default, text):
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("text, unit, person", [
    ("I was on shift C. Tabanovce is near the border.", "shift C", "Tabanovce"),
    ("They put me on shift D. Marek was there too.", "shift D", "Marek"),
])
def test_a_letter_that_ends_a_sentence_is_no_initial(redactor_default, text, unit, person):
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("WORK_UNIT", unit) in found
    assert ("PERSON", person) in found
    assert not any(kind == "PERSON" and "." in span for kind, span in found)


def test_a_plans_letter_is_no_initial(redactor_default):
    found = [(f.entity_type, f.text) for f in redactor_default.scan("We had plan B. Maria said no.")]
    assert found == [("PERSON", "Maria")]


@pytest.mark.parametrize("text, person", [
    ("I met J. Smith at the depot.", "J. Smith"),
    ("the guard called C. Tabanovce", "C. Tabanovce"),
    # after an article the word is a noun a name may follow
    ("I worked for the company J. Smith founded.", "J. Smith"),
])
def test_an_initial_before_a_surname_stays(redactor_default, text, person):
    assert ("PERSON", person) in [(f.entity_type, f.text) for f in redactor_default.scan(text)]
