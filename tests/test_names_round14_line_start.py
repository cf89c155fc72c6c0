"""A lower-case given name and surname opening a line with no word before them (round 14).

"Source: rustam yusupov he works with the human rights people": no title, relation or verb
says the two words are a name, but they open the turn as its subject, a pronoun or a verb
after them, the surname of a family name's strong ending ("-ov", "-ova") or one the lists know
only as a surname.  Not an everyday phrase ("grace period ends"), nor a surname the lists do
not hold without a verb after it ("john deere tractors").  A caption's given name and surname
of a strong ending that the model called a company is a person too."""

from __future__ import annotations

import pytest

from redactor.detect.filters import _shaped_name_the_model_called_a_body
from redactor.model import Mention
from tests.scan_helpers import found_in_file, people


def test_a_lower_case_name_opening_a_turn(redactor_default, tmp_path):
    text = ("Interviewer: Who else knows?\n"
            "Source: my cousin knows one in samarkand\n"
            "Source: rustam yusupov he works with the human rights people\n"
            "Source: farrukh tashkentov works there too\n"
            "Source: bahodir normatov said it was fine\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == [
        ("rustam yusupov", text.index("rustam")), ("farrukh tashkentov", text.index("farrukh")),
        ("bahodir normatov", text.index("bahodir"))]


def test_words_opening_a_turn_that_are_no_name(redactor_default, tmp_path):
    text = ("Interviewer: Who else knows?\n"
            "Source: grace period ends tomorrow\n"
            "Source: john deere tractors were there\n"
            "Source: human rights people were there\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []


@pytest.mark.parametrize("span, kind", [
    ("farrukh tashkentov", "PERSON"),
    ("Farrukh Tashkentov", "ORGANIZATION"),  # written with capitals: the model read them
    ("kaspersky lab", "ORGANIZATION"),  # the second word no family name's ending
    ("human tashkentov", "ORGANIZATION"),  # the first a common English word
])
def test_a_caption_name_of_a_strong_ending_the_model_called_a_company(span, kind):
    m = Mention(start=0, end=len(span), entity_type="ORGANIZATION", score=0.85, detector="SpacyRecognizer", text=span)
    assert _shaped_name_the_model_called_a_body(m).entity_type == kind
