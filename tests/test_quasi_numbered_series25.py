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
    ("the seals of kiln four and kiln six kept cracking all spring.", ["kiln four", "kiln six"]),
    ("we moved the calves into shed 3 after the vet saw the calves in shed 5.", ["shed 3", "shed 5"]),
    ("On Dock C2 and on Dock C4 the lights were out.", ["Dock C2", "Dock C4"]),
    # the word in the plural elsewhere in the text
    ("our heifers sleep in pens, and the lame heifer slept in pen three since March.", ["pen three"]),
    ("the yard owns four launches. the bilge pumps on launch two were never serviced.", ["launch two"]),
    # said just after the thing it names
    ("behind the clinic stands an old generator, generator b, which keeps stalling.", ["generator b"]),
    ("he drove our old tanker, tanker 12.", ["tanker 12"]),
    # a count after the label is no part of it
    ("it began in stall six twelve goats coughed, and afterwards in stall eight too.", ["stall six", "stall eight"]),
])
def test_a_thing_of_a_series_and_its_label(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # said once, and never as a series
    "the bilge pumps on launch two were never serviced.",
    "she flew on flight 12 out of the capital.",
    # measures, dates and parts of a text or a law
    "i stayed for two years and later for five years.",
    "sales fell by ten percent and later by twenty percent.",
    "during may 4 and may 9 the ferries sailed.",
    "study chapter 3 and chapter 4 first, then article 6 and article 8.",
    "look at page 4 and page 9 among the pages she mailed.",
    # a verb after a pronoun or "to"
    "we bought two and they bought three. to pay four hundred for drums is steep.",
    # a number that goes on, or a measure it counts
    "the kiln two hours later, the kiln six hours afterwards, all kilns cooled.",
    "into the drum two hundred litres, into the drum five hundred litres, both drums full.",
    # an article or a pronoun is no label
    "by the old depot A woman waited. at the depot I counted the depots.",
])
def test_no_series(text):
    assert _found(text) == []


def test_a_finding_inside_another_is_left():
    text = "the seals of kiln four and kiln six kept cracking."
    held = [Mention(start=0, end=len(text), entity_type="UNIQUE_DETAIL", score=0.5, detector="x", text=text)]
    assert _found(text, held) == []


def test_through_the_redactor(redactor_default):
    text = "The syrup level sank in vat nine and vat eleven on Sunday. Nobody logged it."
    found = {(f.text, f.entity_type) for f in redactor_default.scan(text)}
    assert {"vat nine", "vat eleven"} <= {t for t, _ in found}


def _details(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("who else loads the kiln? three of us.", "three of us"),
    ("the foreman gathered everyone, all seven of us, and asked for silence.", "all seven of us"),
    ("so who staffs the ferry then? four of us on weekends, yes.", "four of us on weekends"),
    ("And in the cold months? Three of us in winter. The rest go home.", "Three of us in winter"),
])
def test_how_many_of_us_said_alone(redactor_default, text, expected):
    assert expected in _details(redactor_default, text)


@pytest.mark.parametrize("text", [
    "after the concert two of us walked back while the rest danced.",
    "We share a caravan, the two of us, beside a quarry.",
    "the auditors arrived as well, three of them.",
    "one of us, i suspect, forgot the padlock.",
    "we were the night crew, six of us.",
    "four of us from town came",
])
def test_a_count_of_us_in_a_sentence_is_no_group(redactor_default, text):
    assert not any("of us" in d or "of them" in d for d in _details(redactor_default, text))


@pytest.mark.parametrize("text", [
    "the tally in her notebook, plus four, plus six.",
    "he carries a sack, like thirty, like sixty thousand.",
    "not the green one, the spare one. the spare ones are old.",
])
def test_quantities_and_pronouns_are_no_labels(text):
    assert _found(text) == []


def test_a_date_found_is_left():
    text = "in crate five and crate nine"
    date = [Mention(start=3, end=13, entity_type="DATE", score=0.6, detector="x", text=text[3:13])]
    assert _found(text, date) == ["crate nine"]
