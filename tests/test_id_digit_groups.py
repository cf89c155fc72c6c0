"""Identity and card numbers known by the shape of their digit groups, with no label a rule
knows: groups the model reads as a DATE (a first group like a year), single digits typed one by
one, dotted groups, capitals between the figures, and a phone's rule matching the code's first
figures.  Exact spans through the whole Redactor, and the dates, sums, counts and times that
stay what they are."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.id_shapes import is_digit_group_code

_CODES = frozenset({"ID_NUMBER", "PHONE", "VEHICLE_PLATE", "UNKNOWN_ID"})


def found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in _CODES]


def types_of(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    # the first group reads as a year to the model, which took "1290" or "1182 447" as a DATE
    ("My card number is 1290 558 604.", [("ID_NUMBER", "1290 558 604")]),
    ("Her card is 1182 447 903, the lawyer has a copy.", [("ID_NUMBER", "1182 447 903")]),
    ("the blue card, 0 0 7 4 1 2 9 3 3 8 1 0 6, keep it out", [("ID_NUMBER", "0 0 7 4 1 2 9 3 3 8 1 0 6")]),
    ("The social office has 812.4471.2093.66 on file.", [("ID_NUMBER", "812.4471.2093.66")]),
    ("It reads 0412/1988/331 on the paper.", [("ID_NUMBER", "0412/1988/331")]),
    # a phone's rule takes the first figures; the code goes on after a slash
    ("Write it down, the ID card number? 0388214/KDU/2017.", [("ID_NUMBER", "0388214/KDU/2017")]),
    ("For the records: 0388214 / KDU / 2017.", [("ID_NUMBER", "0388214 / KDU / 2017")]),
])
def test_a_code_by_its_digit_groups(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Write to me, or 951 228 2290.", [("PHONE", "951 228 2290")]),
    ("Call 0722 123 456 after six.", [("PHONE", "0722 123 456")]),
])
def test_a_phone_found_by_its_rule_stays_a_phone(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the model's DATE over one run of more figures than any date has
    ("It is 31203198800457, the one on the paper.", [("ID_NUMBER", "31203198800457")]),
    ("The card says 447120933.", [("ID_NUMBER", "447120933")]),
])
def test_a_long_run_the_model_dates_is_a_code(redactor_default, text, expected):
    assert found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "The meeting was on 12/04/2021 and again in 2019-2021.",
    "She came back on 14052019 from the coast.",
    "We paid 1 200 000 shillings in 2020.",
    "In 2019 150 000 people left.",
    "They counted 1 2 3 4 5 6 7 8 9 10 and ran.",
    "It was 14.05.2019 10 30 when they came.",
    "The years 1998 2004 2010 were hard.",
    "The server at 192.168.1.254 was down.",
    "They wired UAH 1290 558 604 to the fund.",  # any ISO 4217 code before the figures is a sum's
])
def test_dates_sums_counts_and_addresses_are_no_codes(redactor_default, text):
    assert [t for t, _ in types_of(redactor_default, text) if t == "ID_NUMBER"] == []


@pytest.mark.parametrize("span, code", [
    ("1290 558 604", True),
    ("0 0 7 4 1 2 9 3 3", True),
    ("0388214/KDU/2017", True),
    ("12/MAY/2021", False),
    ("12/SEPT/2021", False),
    ("1290/UAH/558 604", False),  # a currency's code between the figures
    ("0 7 7 1 2", False),      # too few single digits
    ("8 7 6 5 4 3 2 1", False),  # counted down
    ("12 500 000", False),
    ("2019 150 000", False),
    ("24 7 365", False),
    ("14.5994 120.9842", False),  # decimals side by side
    ("3.14159 2.71828 1.41421", False),
])
def test_the_shape_alone(span, code):
    assert is_digit_group_code(span) is code
