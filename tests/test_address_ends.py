"""The ends of an address that were left out: a Serbo-Croatian flat and floor and the town after
them, Indonesian RT/RW written with a slash, a Persian alley, a suburb numbered by its section,
a house number said digit by digit, a plantation line's room, and a named road said as where
someone lives: exact spans through the whole Redactor, and the near misses that stay."""

from __future__ import annotations

import pytest


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    ("She lives at Karađorđeva 14, stan 3, Kragujevac with her mother.", ["Karađorđeva 14, stan 3, Kragujevac"]),
    ("He lived at Njegoševa 22, sprat 2, stan 8, Novi Sad.", ["Njegoševa 22, sprat 2, stan 8, Novi Sad"]),
    ("He lives at Jalan Melati No. 5 RT 03/RW 07, Kelurahan Sukajadi, Kecamatan Coblong.",
     ["Jalan Melati No. 5 RT 03/RW 07, Kelurahan Sukajadi, Kecamatan Coblong"]),
    ("Our house is at Alley 4, No. 12, Shahid Beheshti Street.", ["Alley 4, No. 12, Shahid Beheshti Street"]),
    ("She stays at house number 2217 Mkoba 6, Gweru.", ["house number 2217 Mkoba 6, Gweru"]),
    ("we stayed at house number two two one seven for years", ["house number two two one seven"]),
    # near misses: a date after the street is no section of it; people after the town
    ("We met at 14 Baker Street May 5 and talked.", ["14 Baker Street"]),
    ("They live at 22 Allen Avenue, Ikeja with Mary.", ["22 Allen Avenue, Ikeja"]),
])
def test_the_end_of_an_address_goes_with_it(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("my family lives in line three room nine, near the factory", ["line three room nine"]),
    ("she was in room nine in line three", ["room nine in line three"]),
    ("we stayed in line 4, room 12 for years", ["line 4, room 12"]),
    # near misses: a line or a room alone
    ("the third line of the poem says room six", []),
    ("go to room six and wait", []),
    ("line three is busy, room nine is free", []),
])
def test_a_plantation_lines_room_is_an_address(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("we live on ballyhale road near the school", ["ballyhale road"]),
    ("he lives on mpaka road", ["mpaka road"]),
    ("she lives in kimathi street", ["kimathi street"]),
    # near misses: a road by its kind
    ("we live on the main road", []),
    ("they lived on a dirt road for years", []),
    ("i live on this road", []),
])
def test_the_named_road_one_lives_on(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("we live in Alley 4, No. 12, near the bazaar", ["Alley 4, No. 12"]),
    ("his house is Alley 7, Plate 12, near the mosque", ["Alley 7, Plate 12"]),
    ("we live in gali number 3 house 14 near the mosque", ["gali number 3 house 14"]),
    # near misses: an alley alone, an alley and a count
    ("the cat ran down alley 4 and hid", []),
    ("alley 4 had 12 houses", []),
])
def test_an_alley_and_the_houses_number(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected
