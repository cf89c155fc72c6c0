"""A place's name and a house number, then a postcode and its town, with no street word
("Oberdorf 3a, 8762 Schwanden"), is one ADDRESS (redactor.detect.address_postcodes); its name
and number said again later are the same address.  Near misses: a date, a chapter, a town the
gazetteer does not know."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file


def _addresses(redactor, tmp_path, text):
    return [(s, at) for kind, s, at in found_in_file(redactor, tmp_path, text) if kind == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    ("Source: Oberdorf 3a, 8762 Schwanden. That is the house.\n", "Oberdorf 3a, 8762 Schwanden"),
    ("for letters it is Hamr 12, 397 01 Písek, my parents' place\n", "Hamr 12, 397 01 Písek"),
    ("Write to Am Anger 7, 99084 Erfurt if you must.\n", "Am Anger 7, 99084 Erfurt"),
])
def test_a_village_address_by_its_postcode_and_town(redactor_default, tmp_path, text, address):
    assert (address, text.index(address)) in _addresses(redactor_default, tmp_path, text)


def test_its_name_and_number_said_again_are_the_same_address(redactor_default, tmp_path):
    text = ("Reporter: Where should the papers go?\n"
            "Source: Oberdorf 3a, 8762 Schwanden. The farm with the mill, Oberdorf 3a, everyone knows it.\n")
    found = [f for f in found_in_file(redactor_default, tmp_path, text) if f[0] == "ADDRESS"]
    assert [s for _, s, _ in found] == ["Oberdorf 3a, 8762 Schwanden", "Oberdorf 3a"]


@pytest.mark.parametrize("text", [
    "It was March 14, 2019 Elections all over the country.\n",
    "Read Chapter 14, 2019 Edition of the rules.\n",
    "She wore Number 7, 1200 Fans cheered her.\n",  # no town of the gazetteer after the figures
])
def test_no_address_without_a_place_or_a_town(redactor_default, tmp_path, text):
    assert _addresses(redactor_default, tmp_path, text) == []
