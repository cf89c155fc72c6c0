"""Typed codes in groups (round 23): a long number in a group of its own between capitals
("Y-4410283-T"), and groups of capitals before a number of three digits or more
("QRT-NX-LB-227"); an acronym with one number, a year or lower-case words are no code."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def codes(redactor: Redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "ID_NUMBER"]


@pytest.mark.parametrize("text, code", [
    ("The sample label was KRT-OMB-4471203, stamped twice.\n", "KRT-OMB-4471203"),
    ("My residence card is X-5520917-T and it expires soon.\n", "X-5520917-T"),
    ("The folder had HQ/7730124/B on the cover.\n", "HQ/7730124/B"),
    ("The permit was BTW-NX-RS-227, signed by the clerk.\n", "BTW-NX-RS-227"),
    ("Look for the box marked VQ/RD/3318 in the store.\n", "VQ/RD/3318"),
])
def test_a_code_in_groups(redactor: Redactor, text: str, code: str) -> None:
    assert codes(redactor, text) == [code]


@pytest.mark.parametrize("text", [
    "The COVID-19 ward was full and the F-16 jets flew over.\n",
    "She read the HIV/AIDS report and the ISO 9001 manual.\n",
    "The A-B-C list and the US/UK/EU position were on the table.\n",
    "The pre-war-era buildings stood on Rue-de-la-Paix.\n",
    "The one-to-one talks were on the 12-05-2024 page.\n",
])
def test_no_code_without_one(redactor: Redactor, text: str) -> None:
    assert codes(redactor, text) == []
