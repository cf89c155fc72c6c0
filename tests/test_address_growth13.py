"""An address the address rules found in part grows over the parts said with it between commas,
with no frame before it (round 13): back over a short part with a house or unit number, on over
parts with an address's number or street or names alone; a part with any other word ends it."""

from __future__ import annotations

import pytest


def _addresses(redactor, text):
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    ("The letter came from No. 14, Adeyemi Crescent, off Allen Avenue, Ikeja, on Monday.",
     "No. 14, Adeyemi Crescent, off Allen Avenue, Ikeja"),
    ("The parcel went to 14B Oduduwa Crescent, GRA Ikeja, addressed to Mrs Ade.",
     "14B Oduduwa Crescent, GRA Ikeja"),  # "addressed to ..." is no part of it
])
def test_a_found_address_grows_over_its_parts(redactor_default, text, address):
    assert address in _addresses(redactor_default, text)


def test_a_part_with_other_words_ends_the_growth(redactor_default):
    found = _addresses(redactor_default, "He slept in cabin 3, next to the engine room.")
    assert not any("engine" in a for a in found)


def test_the_parts_of_the_growth():
    from redactor.detect.address_frames import _house_part_before, _parts_after

    text = "The letter came from No. 14, Adeyemi Crescent, off Allen Avenue, Ikeja, on Monday."
    street = text.index("Adeyemi")
    assert text[_house_part_before(text, street):street] == "No. 14, "
    end = text.index("Crescent") + len("Crescent")
    # the town said last is the address's, a public one too (an address is one unit)
    assert text[end:_parts_after(text, end)] == ", off Allen Avenue, Ikeja"
    # a part before with no house number, or a long clause, is not taken
    text = "We walked for an hour, Adeyemi Crescent was empty."
    assert _house_part_before(text, text.index("Adeyemi")) == text.index("Adeyemi")
