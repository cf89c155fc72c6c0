"""A telephone operator said by a short form of its carrier-data name stays, round 20: without
its accents or hyphen, by the first word of a name whose other words are capitals or a legal
form, or by the initials of a name of three capitalised words (all made from libphonenumber's
carrier names, ``mobile_operator_forms``), and a landline is a phone's word.  Near misses stay
found: an everyday word made of such initials, and a name no carrier has."""

from __future__ import annotations

import pytest

from redactor.lexicon.names import mobile_operator_forms, operator_key
from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


@pytest.mark.parametrize("name, form", [
    ("Síminn", "siminn"),    # its accent dropped
    ("Al-Madar", "almadar"),  # its hyphen dropped
    ("Cooltel", "cooltel"),  # the first word of a name with a legal form in capitals
    ("LTT", "ltt"),          # the initials of a name of three capitalised words
])
def test_short_forms_of_the_carrier_names(name, form):
    assert operator_key(name) == form
    assert form in mobile_operator_forms()


def test_no_everyday_word_is_an_operators_short_form():
    assert not {"oil", "tea", "the", "telecom", "mobile"} & mobile_operator_forms()


@pytest.mark.parametrize("text, name", [
    (">> my new number is four four eight, one two one. it's a cooltel.", "cooltel"),
    (">> which line do you use\n>> the landline is ltt.", "ltt"),
    (">> which one do you use\n>> the almadar one. six five four one two", "almadar"),
])
def test_an_operator_said_by_its_short_form_stays(redactor_default, text, name):
    assert all(value != name for _, value in _names(redactor_default, text))


def test_a_name_no_carrier_has_stays_found_beside_a_number(redactor_default):
    text = ">> which line do you use\n>> the landline is at zembrowska's, seven seven four one."
    assert any("zembrowska" in value for _, value in _names(redactor_default, text))
