"""A phone's local form typed beside the whole number is the phone (round 22): "+691 330 5547,
or just 330-5547"; a year or a count beside a phone stays."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str, entity_type: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == entity_type}


# -- a phone's local form typed beside it ------------------------------------------------------

@pytest.mark.parametrize("text, whole, local", [
    ("Source: Text +1 246 437 2291 from abroad; 437-2291 works when you are here.\n",
     "+1 246 437 2291", "437-2291"),
    ("Source: Ring +685 721 4406, and locally 721-4406\nfrom a landline.\n", "+685 721 4406", "721-4406"),
])
def test_a_phones_local_form_is_the_phone(redactor: Redactor, text: str, whole: str, local: str) -> None:
    phones = found(redactor, text, "PHONE")
    assert phones[local] == phones[whole]


def test_a_room_or_a_year_beside_a_phone_stays(redactor: Redactor) -> None:
    text = "Source: I sat in the 2019 meeting for 45 minutes. My number is +44 20 7946 0958.\n"
    assert set(found(redactor, text, "PHONE")) == {"+44 20 7946 0958"}
