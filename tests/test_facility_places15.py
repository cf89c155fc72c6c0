"""A landmark said with the small place it is in ("the bus terminal in Horqueta"), a market or
terminal said by its local name ("the mercado campesino") and a junction or gate named after
the landmark at it ("the church junction", "the north wharf gate") are one quasi LOCATION; a
landmark word alone, an institution's gate and a market in a public city are not.  Exact spans
through the whole Redactor."""

from __future__ import annotations

import pytest

from redactor.detect.facility_places import facility_places
from redactor.model import Mention


def _places(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "LOCATION"]


@pytest.mark.parametrize("text, expected", [
    ("They wait at the bus terminal in Horqueta every morning.", ["bus terminal in Horqueta"]),
    ("We met at the fish market in Kagadi.", ["fish market in Kagadi"]),
    ("She sells at the mercado campesino on Saturdays.", ["mercado campesino"]),
    ("La feria municipal is on Sunday.", ["feria municipal"]),
    ("Meet me at the church junction after dark.", ["church junction"]),
    ("He was waiting by the north wharf gate.", ["north wharf gate"]),
    ("the mosque stage, near my house", ["mosque stage"]),
])
def test_a_landmark_and_its_place_are_one_location(redactor_default, text, expected):
    assert _places(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "I sell at the central market.",
    "The bus terminal was busy.",
    "We went to the market.",
    "The terminal is closed.",
    "Near the school gate.",
    "We met at the fish market in Nairobi.",
    "he fell outside the terminal on the road so the terminal insurance pays nothing",
    "the badge for the terminal gate is on the card",
])
def test_a_landmark_word_alone_is_no_place(redactor_default, text):
    assert _places(redactor_default, text) == []


def test_only_a_kept_place_takes_its_landmark():
    text = "the bus stand in Kagadi and the market in Kagadi"
    kagadi = [Mention(start=i, end=i + 6, entity_type="LOCATION", score=0.86, detector="x", text="Kagadi")
              for i in (text.index("Kagadi"), text.rindex("Kagadi"))]
    assert [m.text for m in facility_places(text, kagadi)] == ["bus stand in Kagadi", "market in Kagadi"]
    assert facility_places(text, []) == []
    person = [Mention(start=13, end=19, entity_type="PERSON", score=0.86, detector="x", text="Kagadi")]
    assert facility_places(text, person) == []
