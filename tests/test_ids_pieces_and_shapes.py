"""Identifiers read out with one letter after or among their digits, the piece said after a
filler, national numbers named by their own word (JMBG, EGN, OIB, NIP, UAN), codes with a
letter no English word has, an agency's code with a year and a serial, and plates whose
region's digits come first: exact spans through the whole Redactor, and the near misses that
stay out (phones, counts, sums, models)."""

from __future__ import annotations

import pytest

_TYPES = frozenset({"ID_NUMBER", "PHONE", "VEHICLE_PLATE", "UNKNOWN_ID"})


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in _TYPES]


@pytest.mark.parametrize("text, expected", [
    ("my number is nine one two four four zero seven eight one x",
     [("ID_NUMBER", "nine one two four four zero seven eight one x")]),
    ("my id number is four four one two seven eight nine one x",
     [("ID_NUMBER", "four four one two seven eight nine one x")]),
    ("my account is four four one two seven um r zero two",
     [("ID_NUMBER", "four four one two seven um r zero two")]),
    ("the provident fund number is three one nine nine four", [("ID_NUMBER", "three one nine nine four")]),
    ("my UAN is one zero zero four four one two nine", [("ID_NUMBER", "one zero zero four four one two nine")]),
    # near misses: a phone stays a phone; a count with an article after it; a letter after a call
    ("call me on oh seven seven one two three four five six seven eight",
     [("PHONE", "oh seven seven one two three four five six seven eight")]),
    ("i have five four three two one and a cat", []),
    ("the fund raised five hundred", []),
])
def test_a_letter_after_or_among_the_digits_is_the_ids(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("My JMBG is 2309981710027.", [("ID_NUMBER", "2309981710027")]),
    ("his EGN is 7501020018", [("ID_NUMBER", "7501020018")]),
    ("my OIB is 12345678903", [("ID_NUMBER", "12345678903")]),
    ("Her NIP is 19760412 200312 1 006 on the letter.", [("ID_NUMBER", "19760412 200312 1 006")]),
    ("my UAN: 100441298765", [("ID_NUMBER", "100441298765")]),
    # near misses: a count after an ID's digits; the label alone
    ("my id is 4471 2 days ago", [("ID_NUMBER", "4471")]),
    ("She forgot her PIN again.", []),
])
def test_a_national_number_by_its_own_word(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He showed ŠK-44817 at the gate.", [("ID_NUMBER", "ŠK-44817")]),
    ("the wagon ČD-1190 was parked", [("ID_NUMBER", "ČD-1190")]),
    ("the file said GNA 2016 0 4471 on the cover", [("ID_NUMBER", "GNA 2016 0 4471")]),
    # an army's code as it writes it, and a service number named in French or Spanish
    ("My number on the list is FAMa 2014 0 3378, check it.", [("ID_NUMBER", "FAMa 2014 0 3378")]),
    ("His matricula was 44-1187.", [("ID_NUMBER", "44-1187")]),
    ("the USDs 2500 3000 were paid", []),
    # near misses: models and diseases with an English letter, a short number
    ("there were MiG-29s, Su-25s and F-16s, and COVID-19", []),
    ("the Ö-12 road was closed", []),
])
def test_codes_with_their_own_letters_and_agency_serials(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("a car with 03KG 221 ABT on it", [("VEHICLE_PLATE", "03KG 221 ABT")]),
    ("a Honda with 01 A 777 AA came by", [("VEHICLE_PLATE", "01 A 777 AA")]),
    ("they drove 01 KG 123 ABC around", [("VEHICLE_PLATE", "01 KG 123 ABC")]),
    # near miss: a sum in a currency's code
    ("it cost 12 500 USD in total", []),
])
def test_plates_with_the_regions_digits_first(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("it's k four four one nine nine", [("ID_NUMBER", "k four four one nine nine")]),
    ("so k four four one nine nine was it", [("ID_NUMBER", "k four four one nine nine")]),
    # near misses: "o" is a zero, "a" an article, a short code, a road
    ("it's o four four one nine nine", []),
    ("it's a four four one nine nine", []),
    ("plan b one two three", []),
    ("the m four motorway", []),
])
def test_a_letter_and_five_digits_read_out_are_a_code(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("my voter number is three one nine nine four", [("ID_NUMBER", "three one nine nine four")]),
    ("my NSSF number is three one nine nine four", [("ID_NUMBER", "three one nine nine four")]),
    ("his roll number was three one nine nine", [("ID_NUMBER", "three one nine nine")]),
    ("my BVN is two two one four four nine one nine nine",
     [("ID_NUMBER", "two two one four four nine one nine nine")]),
    # near misses: a phone named, a count, counting, a number said as one
    ("call me on five five two one", []),
    ("the number of people was four four one two", []),
    ("my number is one two three four", []),
    ("my lucky number is seven", []),
])
def test_a_number_too_short_for_a_phone_is_an_id(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the till number is 552211 for the shop", [("ID_NUMBER", "552211")]),
    ("pay to paybill 247247 today", [("ID_NUMBER", "247247")]),
    ("my agent number is 104412", [("ID_NUMBER", "104412")]),
    # near misses: "till" the word, an agent without a number
    ("wait till 2019 to see", []),
    ("the agent had 40 clients", []),
])
def test_a_mobile_money_number_by_its_word(redactor_default, text, expected):
    assert found(redactor_default, text) == expected
