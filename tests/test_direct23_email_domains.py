"""E-mail addresses said with a country's domain (round 23): every country's top-level domain
from GeoNames, also spelt letter by letter ("dot d e"), and the ones that are everyday words
("dot at", "dot it") where they end an address after its "at"."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def emails(redactor: Redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "EMAIL"]


@pytest.mark.parametrize("text, email", [
    ("- and email\n- her address is tavita at samoa dot com dot ws, she checks it.\n",
     "tavita at samoa dot com dot ws"),
    ("my email is k olsen at fjord dot no. not the work one.\n", "k olsen at fjord dot no"),
    ("it's dana dot ruiz at web dot at, she lives near the lake.\n", "dana dot ruiz at web dot at"),
    ("write to m ferreira nine three two at naranja dot e s if the phone is off.\n",
     "m ferreira nine three two at naranja dot e s"),
    ("the office one is h brandt at kabel dot d e\n", "h brandt at kabel dot d e"),
    ("my email, rui at sapo dot p t, yes.\n", "rui at sapo dot p t"),
])
def test_an_email_with_a_countrys_domain(redactor: Redactor, text: str, email: str) -> None:
    assert emails(redactor, text) == [email]


def test_a_domain_spelt_is_the_domain_said(redactor: Redactor) -> None:
    text = "email lena at kaffee dot de. again: lena at kaffee dot d e.\n"
    found = [f for f in redactor.scan(text) if f.entity_type == "EMAIL"]
    assert [text[f.start:f.end] for f in found] == ["lena at kaffee dot de", "lena at kaffee dot d e"]
    assert len({f.replacement for f in found}) == 1


def test_an_everyday_word_after_a_known_domain_stays_out(redactor: Redactor) -> None:
    text = "write to jan at mail dot com dot and then call me.\n"
    assert emails(redactor, text) == ["jan at mail dot com"]


@pytest.mark.parametrize("text", [
    "there was a red dot in the corner of the screen.\n",
    "look at that dot at the end of the line.\n",
    "we met at noon dot to dot, as they say.\n",
    "she drew a dot p t for the top row.\n",
])
def test_no_address_without_one(redactor: Redactor, text: str) -> None:
    assert emails(redactor, text) == []
    assert not [f for f in redactor.scan(text) if f.entity_type in {"URL", "HANDLE"}]


# -- a caption's change-of-speaker mark opens a turn: the local part is every word said after it --

@pytest.mark.parametrize("text, email", [
    (">> and email\n>> li ann bo forty one at gmail dot com, li like l i\n", "li ann bo forty one at gmail dot com"),
    (">> ok\n>>karin sol berg at web dot de\n", "karin sol berg at web dot de"),
])
def test_the_local_part_from_a_captions_turn_mark(redactor: Redactor, text: str, email: str) -> None:
    assert email in emails(redactor, text)


def test_words_before_the_address_in_a_captions_turn_stay_out(redactor: Redactor) -> None:
    text = ">> we met at the office, then amina bello kano at gmail dot com wrote\n"
    assert emails(redactor, text) == ["bello kano at gmail dot com"]
