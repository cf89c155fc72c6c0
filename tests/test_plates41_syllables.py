"""A plate of another script read out with its syllables in Latin letters (round 41, the vehicles
pack's "a plate with its script's syllables"): "Plate Lu 3 Pa 4417", "plate Ba 2 Cha 4471"
(Nepal), "plate 34 Ga 5671", "plate three four ga (crosstalk) five six seven one" (Korea).  Exact
spans through the whole Redactor, and the short words said between figures after a plate's word
that stay out."""

from __future__ import annotations

import pytest


def plates(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE_PLATE"]


@pytest.mark.parametrize("text, expected", [
    ("The company van is a mustard Mahindra Bolero with a canvas hood, plate Ba 2 Cha 4471.",
     ["Ba 2 Cha 4471"]),
    ("Two boys on a motorbike came to the section. Plate Lu 3 Pa 4417, a black Apache.", ["Lu 3 Pa 4417"]),
    ("The Hyundai had plate 34 Ga 5671 on it when it left Incheon.", ["34 Ga 5671"]),
    # said in captions, the rest after a pause
    ("the bongo with the logo, plate three four ga (crosstalk) five six seven one, it has the gps",
     ["three four ga (crosstalk) five six seven one"]),
    ("his plate is three four ga [inaudible]", ["three four ga"]),
])
def test_a_plates_syllables_are_part_of_it(redactor_default, text, expected):
    assert plates(redactor_default, text) == expected


@pytest.mark.parametrize("text, word", [
    ("They made plate 3 in 4417 batches at the factory.", "in"),
    ("I broke plate two of three in the kitchen.", "of"),
    ("We ate from plate 12 on 14 March at the canteen.", "on"),
    ("The plate was 4417 to 4420 in the catalogue.", "to"),
])
def test_short_words_between_figures_are_no_syllables(redactor_default, text, word):
    assert all(word not in plate.split() for plate in plates(redactor_default, text))
