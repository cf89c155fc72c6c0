"""A thing of a numbered series said by its label ("kiln four and kiln six", "in pen three" where
the text speaks of pens, "an old generator, generator b") is a quasi WORK_UNIT; a word said once with a
number, a measure, a part of a text, a verb after a pronoun and a count after the word are not.
Exact spans through the whole Redactor and through ``numbered_series`` alone."""

from __future__ import annotations

import pytest

from redactor.detect.numbered_series import numbered_series
from redactor.model import Mention


def _found(text: str, mentions: list[Mention] | None = None) -> list[str]:
    return [m.text for m in numbered_series(text, mentions or [])]


@pytest.mark.parametrize("text, expected", [
    # the same word with two labels
    ("the gauges on kiln four and kiln six have been drifting for weeks.", ["kiln four", "kiln six"]),
    ("we moved the calves into shed 3 after the vet saw the calves in shed 5.", ["shed 3", "shed 5"]),
    ("On Dock C2 and on Dock C4 the lights were out.", ["Dock C2", "Dock C4"]),
    # the word in the plural elsewhere in the text
    ("we keep the heifers in pens, and the sick one was in pen three because of it.", ["pen three"]),
    ("there are four launches here. the pumps on launch two were never checked.", ["launch two"]),
    # said just after the thing it names
    ("there is an old generator, generator b, that keeps failing.", ["generator b"]),
    ("he drove our old tanker, tanker 12.", ["tanker 12"]),
    # a count after the label is no part of it
    ("it started in stall six twelve goats fell ill, and later in stall eight too.", ["stall six", "stall eight"]),
])
def test_a_thing_of_a_series_and_its_label(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # said once, and never as a series
    "the pumps on launch two were never checked.",
    "he was on flight 12 from the capital.",
    # measures, dates and parts of a text or a law
    "i worked there two years and then five years.",
    "it dropped by ten percent and then by twenty percent.",
    "on may 4 and on may 9 the boats went out.",
    "read chapter 3 and chapter 4 of the book, then article 6 and article 8.",
    "on page 4 and page 9 of the pages they sent.",
    # a verb after a pronoun or "to"
    "we had two and they had three. to pay three hundred for tanks is a lot.",
    # a number that goes on, or a measure it counts
    "the kiln two hours later, the kiln six hours after that, the kilns cooled.",
    "in the tank two hundred litres, in the tank five hundred litres, both tanks full.",
    # an article or a pronoun is no label
    "the old station A man came in. at the station I saw the stations.",
])
def test_no_series(text):
    assert _found(text) == []


def test_a_finding_inside_another_is_left():
    text = "the gauges on kiln four and kiln six have been drifting."
    held = [Mention(start=0, end=len(text), entity_type="UNIQUE_DETAIL", score=0.5, detector="x", text=text)]
    assert _found(text, held) == []


def test_through_the_redactor(redactor_default):
    text = "The level fell in vat nine and vat eleven that night. I wrote it in the log."
    found = {(f.text, f.entity_type) for f in redactor_default.scan(text)}
    assert {"vat nine", "vat eleven"} <= {t for t, _ in found}


def _details(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("who else loads the kiln? three of us.", "three of us"),
    ("the foreman gathered everyone, all seven of us, and told us to keep quiet.", "all seven of us"),
    ("so who is on the boat then? four of us on weekends, yes.", "four of us on weekends"),
    ("And in the cold months? Three of us in winter. The rest go home.", "Three of us in winter"),
])
def test_how_many_of_us_said_alone(redactor_default, text, expected):
    assert expected in _details(redactor_default, text)


@pytest.mark.parametrize("text", [
    "after the film two of us went home and the rest stayed.",
    "We live together, the two of us, in a small flat.",
    "the guards were there, three of them.",
    "one of us, i think, left the door open.",
])
def test_a_count_of_us_in_a_sentence_is_no_group(redactor_default, text):
    assert not any("of us" in d or "of them" in d for d in _details(redactor_default, text))


@pytest.mark.parametrize("text", [
    "the count in my own book, plus four, plus six.",
    "he brings a bag, like thirty, like forty thousand.",
    "not the home one, the work one. the work ones are grey.",
])
def test_quantities_and_pronouns_are_no_labels(text):
    assert _found(text) == []


def test_a_date_found_is_left():
    text = "in crate five and crate nine"
    date = [Mention(start=3, end=13, entity_type="DATE", score=0.6, detector="x", text=text[3:13])]
    assert _found(text, date) == ["crate nine"]
