"""A first-level region named with its region word set before it without "of" - in English after
an article or a possessive, with or without a comma, also over a caption's line break ("reported
it to the province,\nBac Giang"), or by the word its own language calls it ("la provincia de
Mendoza", "tỉnh Lào Cai", "changwat Udon Thani", "mkoa wa Iringa", "județul Vaslui") - is the
public region, even when it is named as the town that seats it; the town said alone, a village
or a person beside such words stay found (redactor.detect.filters: ``_REGION_WORD_APPOSED``)."""

from __future__ import annotations

import pytest


def _places(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in {"LOCATION", "PERSON"}]


@pytest.mark.parametrize("text", [
    "PICKER: Nobody reported it to the province,\nBắc Giang.",
    "Nobody reported it to the province, Thai Nguyen, and the police never came.",
    "He was sent to the province Khon Kaen, where he cut cane for the season.",
    "We wrote to the region, Iringa, but nobody there answered us.",
    "They took the case to their province, Lào Cai, and waited.",
    "She worked two seasons in the province, Savannakhet, on the rubber estates.",
    # the region's own word, which the model takes into the name's span
    "I was registered in tỉnh Lào Cai before I came here.",
    "My residence card says județul Vaslui, not the village.",
])
def test_a_region_with_its_word_before_it_is_kept(redactor_default, text):
    assert _places(redactor_default, text) == []


@pytest.mark.parametrize("text, found", [
    ("They took him to the hospital in Posadas, and nobody from the province came.", [("LOCATION", "Posadas")]),
    ("He went to Khon Kaen to work in the sugar mill.", [("LOCATION", "Khon Kaen")]),
    ("The boss of the company, Mendoza, paid us late every month.", [("PERSON", "Mendoza")]),
    ("He fixes motorbikes in Savannakhet now, near the market.", [("LOCATION", "Savannakhet")]),
])
def test_the_town_alone_or_a_person_beside_the_words_stays_found(redactor_default, text, found):
    assert _places(redactor_default, text) == found
