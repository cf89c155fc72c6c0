"""A home said by the small divisions it lies in, from the smallest up ("the village of Kavumu,
Rubona cell, Nyarugenge sector"), is one ADDRESS: a village, a cell, a parish, a colline, then
a sector, a sub-county, a commune, in either order of name and word, in a caption too.  One
division alone, a chain of large divisions, or a division whose "name" is a plain word is none.
Exact spans through the whole Redactor and through ``divided_addresses``."""

from __future__ import annotations

import pytest

from redactor.detect.address_divisions import divided_addresses


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # Rwanda: a village, its cell and its sector
    ("He lived in the village of Gasave, Kimironko cell, Gasabo sector.",
     ["village of Gasave, Kimironko cell, Gasabo sector"]),
    # Uganda: a village, a parish, a sub-county and the town
    ("They came from Kigoma village, Bukoto parish, Nakawa sub-county, Kampala.",
     ["Kigoma village, Bukoto parish, Nakawa sub-county, Kampala"]),
    # a caption, in lower case
    ("we stayed in kavumu village, rubona cell, nyarugenge sector", ["kavumu village, rubona cell, nyarugenge sector"]),
    # Burundi, in French: the word before the name
    ("Ils habitent colline Mugina, commune Kayanza.", ["colline Mugina, commune Kayanza"]),
])
def test_a_chain_of_small_divisions_is_one_address(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "The village of Kavumu is far from here.",
    "Kampala district, Central region, is big.",
    "I was born in the village of my birth, Bugesera district.",
    "He was put in a prison cell, Kigali district.",
    "The ward of the hospital, Nakawa division, was full.",
    "A small village, Eastern province, nothing more.",
])
def test_divisions_that_are_no_address(text):
    assert divided_addresses(text) == []


def test_the_span_of_each_division_chain():
    text = "First Kigoma village, Bukoto parish; then cellule Rubona, secteur Nyamirambo."
    assert [(m.start, m.end, m.text) for m in divided_addresses(text)] == [
        (6, 35, "Kigoma village, Bukoto parish"), (42, 76, "cellule Rubona, secteur Nyamirambo")]


def test_a_cell_and_a_sector_after_a_street_address_are_its_parts(redactor_default):
    assert addresses(redactor_default, "They live at 14 Kigali Road, Rubona cell, Nyarugenge sector.") == [
        "14 Kigali Road, Rubona cell, Nyarugenge sector"]
    assert addresses(redactor_default, "Send it to 14 Kigali Road, the health sector will pay.") == ["14 Kigali Road"]
