"""Direct identifiers and addresses in the groupings their countries write them: dotted and
spaced national numbers, register numbers with their year, IBANs whose check digits do not agree,
Colombian grid addresses, South African complex addresses with their postcode.  Exact spans and
types through the whole Redactor, and the near misses that must stay untouched."""

from __future__ import annotations

import pytest

WANTED = {"ID_NUMBER", "IBAN", "ADDRESS", "PHONE"}


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in WANTED]


@pytest.mark.parametrize("text, expected", [
    # national numbers by their own names, in dotted or spaced groups, covered whole
    ("My cédula is 1.024.338.557 and I live with my aunt.", [("ID_NUMBER", "1.024.338.557")]),
    ("His RUT 12.345.678-5 was on the form.", [("ID_NUMBER", "12.345.678-5")]),
    ("The RUT is 76.543.210-K.", [("ID_NUMBER", "76.543.210-K")]),
    ("the kimlik is 38110 452 907", [("ID_NUMBER", "38110 452 907")]),
    ("Her NIN 4401 2290 77 was taken.", [("ID_NUMBER", "4401 2290 77")]),
    ("his ID number is 8001015009087", [("ID_NUMBER", "8001015009087")]),
    ("His DNI was 40.112.558 then.", [("ID_NUMBER", "40.112.558")]),
    ("The NIT 900.123.456-7 belongs to his shop.", [("ID_NUMBER", "900.123.456-7")]),
    ("My Aadhaar is 4412 7781 2290.", [("ID_NUMBER", "4412 7781 2290")]),  # not a phone
    ("My CNIC is 35202-1234567-1.", [("ID_NUMBER", "35202-1234567-1")]),
    ("My NIC is 199012345678.", [("ID_NUMBER", "199012345678")]),
    ("My Ghana card is GHA-123456789-0.", [("ID_NUMBER", "GHA-123456789-0")]),
    ("my ID card number, 1.024.338.557, was on it", [("ID_NUMBER", "1.024.338.557")]),
    # a capital and a dash before dotted groups of three, with no identity word said
    ("Interviewer: E-21.733.904, thank you.", [("ID_NUMBER", "E-21.733.904")]),
    ("the firm's number was J-40.118.227-3 on the invoice", [("ID_NUMBER", "J-40.118.227-3")]),
    ("my cedula is one zero two four three three eight five five seven",
     [("ID_NUMBER", "one zero two four three three eight five five seven")]),
    # a letter code and a second group of a person's own number
    ("his number is PN 4471 2290", [("ID_NUMBER", "PN 4471 2290")]),
    # a capital code and two digit groups, the cue said a line before
    ("And my crew ID, so they can find my contract,\nis RC 2284 6617. My cabin is on deck two.",
     [("ID_NUMBER", "RC 2284 6617")]),
    # letter, year and number: the phone-like tail is no phone, the whole is one number
    ("I filed complaint C-2024-556120 at the station.", [("ID_NUMBER", "C-2024-556120")]),
    ("the complaint number is C-2024-556120", [("ID_NUMBER", "C-2024-556120")]),
    # a register entry with its year, with or without a cue word
    ("They gave me OB 552/2023 at the police station.", [("ID_NUMBER", "OB 552/2023")]),
    ("she got OB no. 45/2022 from the desk", [("ID_NUMBER", "OB no. 45/2022")]),
    ("They opened SD 14/2025 at the station.", [("ID_NUMBER", "SD 14/2025")]),
    # said aloud with commas around the separator word
    ("the reference was two one eight, slash, four four", [("ID_NUMBER", "two one eight, slash, four four")]),
    ("the file was two one eight, slash, four four, slash, twenty one",
     [("ID_NUMBER", "two one eight, slash, four four, slash, twenty one")]),
    # IBANs whose check digits do not agree, the last group short
    ("Send it to GB12 NWBK 6016 1331 9268 17 please.", [("IBAN", "GB12 NWBK 6016 1331 9268 17")]),
    ("My account is DE44 5001 0517 0648 4898 91.", [("IBAN", "DE44 5001 0517 0648 4898 91")]),
    ("it was NO93 8601 1117 948, the Norwegian one", [("IBAN", "NO93 8601 1117 948")]),
])
def test_local_groupings_of_identifiers_are_found_whole(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "We moved there in 2024 and stayed.",
    "in 12/2023 we moved to the coast",
    "IN 12/2023 WE MOVED",  # capitals that are a word, not a register's code
    "the FY 12/2023 report was late",
    "Under article 41 of the constitution it is allowed.",
    "see section 12/3 of the act",
    "There were 1.200.000 people at the march.",  # dotted, but no identity word
    "The B-52 flew over at 12.30, the A-1 was closed.",  # a capital and a dash before no dotted number
    "They asked EUR 2500 3000 for the papers.",  # a currency's code before sums
    "We drove the A 1234 5678 road.",  # one letter is no code
    "he is in a rut 12 years later",  # "rut" in lower case is a word
    "the score was two, dash, one",  # a score said with commas
    "GB12 ABCD EFGH IJKL",  # an IBAN's letters but not its digits
])
def test_near_misses_of_identifiers(redactor_default, text):
    assert [f for f in found(redactor_default, text) if f[0] in {"ID_NUMBER", "IBAN"}] == []


def test_a_phone_number_is_not_doubled_as_an_id(redactor_default):
    assert found(redactor_default, "Call me on 0612 345 678.") == [("PHONE", "0612 345 678")]
    assert found(redactor_default, "his number was 0612 345 678") == [("PHONE", "0612 345 678")]


@pytest.mark.parametrize("text, expected", [
    # Colombian grid addresses: the quarter, "bis" and letters of the street, said or typed
    ("She lived on Calle 10 Norte # 4-12 in Cali.", ["Calle 10 Norte # 4-12"]),
    ("I live at Carrera 7 Sur #23-45, Kennedy.", ["Carrera 7 Sur #23-45, Kennedy"]),
    ("The shop is at Calle 26 A Bis Sur # 8-15 now.", ["Calle 26 A Bis Sur # 8-15"]),
    ("he lives on diagonal 40 a sur number 15 dash 30", ["diagonal 40 a sur number 15 dash 30"]),
    ("The office is on Av. Boyacá No. 68-30, Engativá.", ["Av. Boyacá No. 68-30, Engativá"]),
    # a South African complex address with its suburb and postcode, as one span
    ("We were at Unit 12, Sunbird Court, 17 Jan Smuts Avenue, Parktown North, 2193.",
     ["Unit 12, Sunbird Court, 17 Jan Smuts Avenue, Parktown North, 2193"]),
    ("Unit 12, Sunbird Court, 17 Jan Smuts Avenue, Parktown North, 2193 is where she lived.",
     ["Unit 12, Sunbird Court, 17 Jan Smuts Avenue, Parktown North, 2193"]),
    ("I stayed at Flat 4, Rosebank Mews, 22 Oxford Road, Rosebank, 2196.",
     ["Flat 4, Rosebank Mews, 22 Oxford Road, Rosebank, 2196"]),
    # a suburb no detector found, before the postcode
    ("Source: I live at Unit 9, Dunkeld Court, 41 Bompas Road, Dunkeld West, 2196. Please do not print it.",
     ["Unit 9, Dunkeld Court, 41 Bompas Road, Dunkeld West, 2196"]),
])
def test_grid_and_complex_addresses_whole(redactor_default, text, expected):
    assert [t for kind, t in found(redactor_default, text) if kind == "ADDRESS"] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of years after an address is no postcode
    ("He was at 14 Sunbird Court, Parktown North, 2019, 2020 and 2021.", ["14 Sunbird Court, Parktown North"]),
    # a calle without the crossing street's number is not this form
    ("calle 10 norte is closed today", []),
])
def test_what_is_not_a_grid_address_or_a_postcode(redactor_default, text, expected):
    assert [t for kind, t in found(redactor_default, text) if kind == "ADDRESS"] == expected


def test_an_indian_pan_by_its_form():
    from pathlib import Path

    from redactor.detect.packs import load_pack
    from tests.test_rule_packs_quasi import check

    pack = load_pack(Path(__file__).resolve().parent.parent / "rules" / "identifiers.yaml").recognizers
    check(pack, "His PAN ABCPK1234F was linked.", [("ID_NUMBER", "ABCPK1234F")])  # P: a person's
    check(pack, "His PAN ABCPK1234 was linked.", [])  # no check letter: no PAN
    check(pack, "the code ABCDE1234F", [])  # D holds no PAN
    check(pack, "the WORLDCUP2022 tag", [])
