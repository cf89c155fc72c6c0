"""Round 38: Makar Sankranti by its regional names ("Uttarayan" in Gujarat, "Maghi" in Punjab,
"Magh Bihu" in Assam) is the same yearly festival the holiday list keeps: said alone it dates
nothing.  A day and month said with it that date an event of the speaker's life stay found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_touching


@pytest.mark.parametrize("text, name", [
    ("A: On Uttarayan the whole pol is on the roofs, the kites go up from six in the morning.\n", "Uttarayan"),
    ("B: We sell the most string in the week before Uttarayan, then nothing until the next year.\n",
     "Uttarayan"),
    ("A: My father came home for Maghi, the fair at Muktsar was closed that year.\n", "Maghi"),
])
def test_a_regional_name_of_the_festival_is_kept(redactor_default, text, name):
    found = [f for f in redactor_default.scan(text) if f.start < text.index(name) + len(name)
             and f.end > text.index(name)]
    assert found == []


def test_the_day_of_an_event_beside_it_stays_found(redactor_default):
    text = ("And the boy? On Uttarayan, 14 January, Harshil Vaghela, eight years old, was on his "
            "father's scooter at Astodia Darwaja. The string cut his neck.\n")
    found = {(text[f.start:f.end], f.entity_type) for f in redactor_default.scan(text)}
    assert ("14 January", "DATE") in found
    assert names_touching(redactor_default, text, "Harshil Vaghela") != []
