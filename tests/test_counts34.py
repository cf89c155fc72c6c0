"""Round 34: counts of one's work and "there are N of us".

- A count said on its own ("Forty-six entries.", "..., forty pages, and ...", "nineteen trucks.")
  is found from its number to its plural, a hedge before it left out; a count inside a clause,
  a length of time, a measure, a sum, a vague kind and a name are not.
- "There are" right before a count of a few is the count's ("There are four of us in
  maintenance"); "there's", "there were" and "we are" are not taken.
Exact spans through the whole Redactor on transcript text, and the near misses."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.count_fragments import find_count_fragments


def _fragments(text: str) -> list[str]:
    return [text[s:e] for s, e in find_count_fragments(text)]


def _unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ("INT: How many?\n\nĽUBICA: Since January, about ninety wigs. The claims go to the insurer.",
     ["ninety wigs"]),
    ("A: I kept my count slips for 8 October. Forty-two slips, each 9.5 million won.", ["Forty-two slips"]),
    ("- what's the farm\n- hattori bokujo. um, four hundred cows. three interns, all vietnamese",
     ["four hundred cows", "three interns"]),
    ("<v s2>photos of the log, forty pages, and the lab invoices, the lab", ["forty pages"]),
    ("rtes garza del norte, it's, uh, a family company,\nnineteen trucks.\n", ["nineteen trucks"]),
    ("I write the time I smell it and where. Forty-six entries. And I have the incident numbers.",
     ["Forty-six entries"]),
    ('      "text": " 340 bangles, all for the same buyer.",', ["340 bangles"]),
    ("Small number. two hundred and six cards.", ["two hundred and six cards"]),
    ("The list? About six thousand names.", ["six thousand names"]),
])
def test_a_count_said_on_its_own_is_found(text, expected):
    assert _fragments(text) == expected


@pytest.mark.parametrize("text", [
    "We sold two hundred doses to a trader from Bolivia.",  # inside a clause: the verb's object
    "He followed the bus two nights. I booked it the whole week.",  # a length of time
    "Two nights. Forty centimetres. Eighteen thousand pounds.",  # time, measure, sum
    "There are two things. Two reasons, maybe.",  # a vague kind
    "My address is 14, Sakumono Estates, Lashibi.",  # a name, capitalised
    "One gram vials, fifty of them.",  # a count of one
    "The list had 1,214 names and a stamp.",  # no phrase of its own
    "Page 4.12 kids",  # a decimal, no count
])
def test_no_count_said_on_its_own(text):
    assert _fragments(text) == []


def test_a_count_on_its_own_through_the_redactor(redactor_default):
    text = "Q: How big is the farm?\nA: Hattori Bokujo. Um, four hundred cows. Three interns, all Vietnamese.\n"
    assert "four hundred cows" in _unique(redactor_default, text)


@pytest.mark.parametrize("text, expected", [
    ("Q: What could identify you?\nA: There are four of us in maintenance. I'm the only one who speaks Inuktitut.",
     "There are four of us in maintenance"),
    ("A: nobody. but there are only three of us with the boiler licence, first class.",
     "there are only three of us with the boiler licence"),
    ("**A:** There are maybe thirty of us who do fire.", "There are maybe thirty of us"),
    ("A: There are only two quality checkers at the plant and the other one is new.",
     "There are only two quality checkers at the plant"),
])
def test_there_are_is_the_counts(redactor_default, text, expected):
    assert expected in _unique(redactor_default, text)


@pytest.mark.parametrize("text, expected", [
    # "there's", "there were", "we are" stay out: the annotators start those at the count
    ("A: There's three of us on the night rota. Nobody else.", "three of us on the night rota"),
    ("A: There were six of us clerks on that table, me and one other woman.", "six of us clerks on that table"),
    ("A: We are six inspectors on shift C, and I'm the only one on the shift.", "six inspectors on shift C"),
])
def test_other_subjects_stay_out(redactor_default, text, expected):
    found = _unique(redactor_default, text)
    assert expected in found
    assert not any(f.casefold().startswith(("there", "we ")) for f in found)


@pytest.mark.parametrize("text, expected", [
    ("reach the roof. i wrote the defect form five times. the station officer saw it", ["five times"]),
    ("the Daytona was bought and pawned sixty three times in October.", ["sixty three times"]),
    ("it is only at the central hospital. three times a week\n", ["three times a week"]),
    ("I drive for them, three days a week, and the rest at home.", ["three days a week"]),
    ("we go out four mornings a week and Sixteen hours a day in season", ["four mornings a week", "Sixteen hours a day"]),
    ("two runs a day to the island, one weekend a month off", ["two runs a day", "one weekend a month"]),
])
def test_how_often_is_found(text, expected):
    assert _fragments(text) == expected


@pytest.mark.parametrize("text", [
    "I told him one time, only once.",  # a count of one
    "He stayed two nights in the hotel.",  # a length of time with no rate
    "It happens a few times a week.",  # no count
    "page 2.5 times",  # a decimal
    "I called him two or three times, two to three times a week.",  # a vague range
    "a leverage effect of sometimes up to twenty five times the amount",  # the end of a bigger number
])
def test_no_how_often(text):
    assert _fragments(text) == []
