"""A single "a" said between a number's label and figures said one by one is the code's letter,
not an article ("plate a six two nine eight", "my passport a three one seven ..."):
redactor.detect.id_edges grows the found number over it.  Near misses: "a hundred", "a four
time winner", an "a" with no label before it."""

from __future__ import annotations

import pytest

from tests.scan_helpers import CODE_TYPES, of_type


@pytest.mark.parametrize("text, expected", [
    ("the pickup, a white truck, plate a six two nine eight, it drove past twice\n",
     [("VEHICLE_PLATE", "a six two nine eight")]),
    ("- my passport a three one seven seven zero four two six. and the card\n",
     [("ID_NUMBER", "a three one seven seven zero four two six")]),
    ("my passport number is a one two three four five six seven\n",
     [("ID_NUMBER", "a one two three four five six seven")]),
])
def test_the_letter_a_after_a_label_opens_the_code(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected


@pytest.mark.parametrize("text", [
    "he was a four time winner and never lost\n",
    "we paid a hundred for the permit\n",
    "it was a one off, nothing more\n",
])
def test_an_article_before_a_number_stays_out(redactor_default, text):
    assert all(not s.startswith("a ") for _, s in of_type(redactor_default, text, *CODE_TYPES))
