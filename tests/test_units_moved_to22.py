"""The part of a workplace one was moved to (round 22): an employer moving one person from one
part of its workplace to another ("I was moved to the records room", "they moved him to the
claims desk") names where a few work, whatever its kind; the span takes "the" and a place in the
building said right after ("at the back").  Only one moved by others (an object, a passive):
one's own move ("we moved to the city"), a thing or a person sent somewhere, "the same" or "the
next" one, a part by its kind alone ("the garage") and "moved to tears" are not units.  Exact
spans through a whole Redactor."""

from __future__ import annotations

import pytest
from tests.scan_helpers import of_type

UNITS = ("WORK_UNIT",)


@pytest.mark.parametrize("text, expected", [
    ("After that I was moved to the print room at the back.", [("WORK_UNIT", "the print room at the back")]),
    ("so in june i'm moved to the claims desk from monday", [("WORK_UNIT", "the claims desk")]),
    ("in june they moved him to the tax office at the\nharbour, and he stopped calling", [("WORK_UNIT", "the tax office")]),
    ("I was moved to the land registry. Nobody told me why.", [("WORK_UNIT", "the land registry")]),
    ("Then the manager moved him to the cold store and cut his pay.", [("WORK_UNIT", "the cold store")]),
])
def test_the_part_one_was_moved_to(redactor_default, text, expected):
    assert of_type(redactor_default, text, *UNITS) == expected


@pytest.mark.parametrize("text", [
    # one's own move, not an employer's
    "We moved to the city when I was nine.",
    "They moved to the coast after the war.",
    # the same or the next one says nothing of where
    "I was moved to the same desk as before.",
    "They moved us to the next stage of the course.",
    # a part by its kind alone is any workplace's
    "Then they moved him to the garage, he never complained.",
    # sent, or moved to no place
    "He was sent to the warehouse with a letter.",
    "She was moved to tears.",
])
def test_no_part_of_a_workplace_moved_to(redactor_default, text):
    assert of_type(redactor_default, text, *UNITS) == []
