"""Codes known by their shape without a cue word (rules/identifiers.yaml): a serial of letters
and many digits, a card's number with its check letter, an office's word in capitals before
numbered groups, a short group and a long number.  Exact spans through a whole scan, and near
misses: model names, flights, public codes, a year's span."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, code", [
    ("The serial KOR5510029387 was printed under the seal.", "KOR5510029387"),
    ("Write it on the form: T8812093K, that is my card.", "T8812093K"),
    ("She read the old passport out: K7730155C.", "K7730155C"),
    ("The clerk stamped RECLAMO-25-331907 on the back.", "RECLAMO-25-331907"),
    ("Two waybills were forged, 176-44102231 and 176-44102245.", "176-44102231"),
    ("Two waybills were forged, 176-44102231 and 176-44102245.", "176-44102245"),
])
def test_codes_by_their_shape(make_redactor, text, code):
    assert ("ID_NUMBER", code) in _found(make_redactor(), text)


@pytest.mark.parametrize("text", [
    "The RTX4090 and the F-16 and COVID-19, the A320neo, the SM-G998B and the GTX1080Ti.",
    "It was the BA2490 flight, H5N1 season, from 1990-2024, under ISO 9001.",
    "The factory made 12000 units in 2024-25 and the EU-2026 plan.",
])
def test_public_codes_are_no_identifiers(make_redactor, text):
    assert not [t for k, t in _found(make_redactor(), text) if k == "ID_NUMBER"]
