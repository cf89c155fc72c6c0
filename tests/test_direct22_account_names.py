"""An account's name said aloud as words and figures after "an account called", "an account,"
(round 22); what is said of an account stays."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str, entity_type: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == entity_type}


# -- an account's name said aloud ---------------------------------------------------------------------

@pytest.mark.parametrize("text, handle", [
    ("source: on instagram an account called lagoon girl four seven one. it posted my photo\n",
     "lagoon girl four seven one"),
    ("source: someone commented under my post from an account, tonga truth nine nine\nthen deleted it\n",
     "tonga truth nine nine"),
])
def test_an_account_said_as_words_and_figures_is_a_handle(redactor: Redactor, text: str, handle: str) -> None:
    assert handle in found(redactor, text, "HANDLE")


@pytest.mark.parametrize("text", [
    "source: the account was frozen three times.\n",
    "source: the account was opened twenty nineteen.\n",
    "source: my account, two hundred dollars, was empty.\n",
])
def test_what_is_said_of_an_account_stays(redactor: Redactor, text: str) -> None:
    assert not found(redactor, text, "HANDLE")
