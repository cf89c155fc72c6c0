"""A part of an address said again ("did you say section twelve?") and the number that answers
the read-back ("Twelve, yes.") are the same ADDRESS, with the address's pseudonym; a part word
and a number no address holds, another number, or a number that does not open the answer's turn
are not.  Exact spans through the whole Redactor."""

from __future__ import annotations

import pytest

from redactor.detect.address_readbacks import number_of, read_back_parts
from redactor.model import Mention

_TALK = ("Interviewer: And where is the house?\n"
         "Source: Section twelve, lot nine, west gerehu, port moresby.\n"
         "Interviewer: (crosstalk) sorry, did you say section twelve?\n"
         "Source: Twelve, yes.\n"
         "Interviewer: And the lot?\n"
         "Source: Lot nine. Near the water tank.\n")


def _addresses(redactor, text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.replacement) for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


def test_a_read_back_part_and_its_answer_are_the_address(redactor_default):
    found = _addresses(redactor_default, _TALK)
    assert [t for t, _ in found] == ["Section twelve, lot nine, west gerehu, port moresby", "section twelve",
                                     "Twelve", "Lot nine"]
    assert len({r for _, r in found}) == 1  # one pseudonym


def test_a_part_in_digits_reads_back_one_in_words(redactor_default):
    text = ("Source: We live at Rruga Myslym Shyri, Pallati 12, Shkalla 3, Ap. 14, Tirana.\n"
            "Interviewer: Pallati twelve, okay.\n")
    found = _addresses(redactor_default, text)
    assert [t for t, _ in found] == ["Rruga Myslym Shyri, Pallati 12, Shkalla 3, Ap. 14, Tirana", "Pallati twelve"]
    assert found[0][1] == found[1][1]


def test_what_answers_no_read_back(redactor_default):
    # another lot's number and its answer, a count after the read-back, another number in the answer
    text = ("Source: We live at lot seven, taman bukit indah, batu lima, sandakan.\n"
            "Interviewer: Lot eight?\nSource: Eight, yes.\n"
            "Interviewer: lot seven?\nSource: Seven people live there.\n"
            "Interviewer: lot seven?\nSource: Six.\n")
    assert [t for t, _ in _addresses(redactor_default, text)] == [
        "lot seven, taman bukit indah, batu lima, sandakan", "lot seven", "lot seven"]


def test_a_part_no_address_holds_is_nothing():
    text = "Lot 4 was sold.\nInterviewer: lot 4?\nSource: Four, yes.\n"
    assert read_back_parts(text, []) == []
    other = Mention(start=0, end=5, entity_type="ADDRESS", score=0.8, detector="x", text="Lot 4")
    assert [(m.text, m.key) for m in read_back_parts(text, [other])] == [("lot 4", "lot 4"), ("Four", "lot 4")]


@pytest.mark.parametrize("said, value", [("12", 12), ("twelve", 12), ("forty-two", 42),
                                         ("three hundred and five", 305), ("people", None)])
def test_number_of(said, value):
    assert number_of(said) == value
