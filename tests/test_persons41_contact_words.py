"""A way to be reached said before its value ("Email, ana.k@gmail.com", "Email?", "Email is the
same") opens its sentence with a capital, and the model took it for a person: it is no one's name.
The value stays found, and so do the names said around it."""

from __future__ import annotations

import pytest

from redactor.detect.filters import _contact_channel


@pytest.mark.parametrize("span", ["Email", "E-mail", "WhatsApp", "Telegram", "Phone", " Email "])
def test_a_contact_channel_is_no_name(span):
    assert _contact_channel(span)


@pytest.mark.parametrize("span", ["Emil", "Emilia", "Gift", "Mobile Banda", "Email Address", "Signe", "Cellini"])
def test_names_and_longer_spans_are_not_channels(span):
    assert not _contact_channel(span)


def test_the_channel_word_is_not_a_person_and_its_value_and_the_names_stay_found(redactor_default):
    text = ("R: And a number?\n"
            "S: 0977 418 093, it is my own line. Email, kabwe.m.lungu@gmail.com, my son made it.\n"
            "R: Email?\n"
            "S: The same. Email is the same.\n"
            "R: Who else was on the shift?\n"
            "S: Gift. Gift Banda, the loader.\n")
    found = [(f.entity_type, f.text, f.start) for f in redactor_default.scan(text)
             if f.entity_type in {"PERSON", "EMAIL", "PHONE"}]
    assert found == [("PHONE", "0977 418 093", text.index("0977")),
                     ("EMAIL", "kabwe.m.lungu@gmail.com", text.index("kabwe")),
                     ("PERSON", "Gift", text.index("Gift")), ("PERSON", "Gift Banda", text.index("Gift Banda"))]
