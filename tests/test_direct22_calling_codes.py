"""A phone's calling code said apart (round 22): with "plus" said before it, as a North American
area code, after a number read back twice; a code that makes no valid number stays."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str, entity_type: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == entity_type}


# -- a phone's calling code said apart -----------------------------------------------------------

@pytest.mark.parametrize("text, phone, code", [
    # "plus" said before the code is the code's, the phone said without it
    ("source: my line is three five two eight four zero six. add plus two six nine when abroad.\n",
     "three five two eight four zero six", "plus two six nine"),
    # a North American area code said apart, dialled after the country's 1
    ("source: the landline? four six five two two nine one, and eight six nine before it\n",
     "four six five two two nine one", "eight six nine"),
])
def test_a_calling_code_said_apart_is_the_phone(redactor: Redactor, text: str, phone: str, code: str) -> None:
    phones = found(redactor, text, "PHONE")
    assert phones[code] == phones[phone]


_READ_BACK = ("1\n00:01:10,000 --> 00:01:12,000\nis it the number I had\n\n"
              "2\n00:01:12,500 --> 00:01:16,000\na different one. seven seven eight\nfour four two [inaudible] eight\n\n"
              "3\n00:01:16,500 --> 00:01:19,000\nonce more, seven seven eight\nfour four two eight\n\n"
              "4\n00:01:19,500 --> 00:01:23,000\nplus six eight zero before it\nfor callers overseas\n")


def test_the_code_of_a_number_read_back_twice_is_the_phone(redactor: Redactor, tmp_path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(_READ_BACK, encoding="utf-8")
    (result,) = redactor.run([path]).files
    phones = {_READ_BACK[f.start:f.end]: f.replacement for f in result.findings if f.entity_type == "PHONE"}
    assert phones["plus six eight zero"] == phones["seven seven eight\nfour four two eight"]


def test_a_code_that_makes_no_valid_number_stays(redactor: Redactor) -> None:
    text = "source: my line is three five two eight four zero six. add plus nine nine nine when abroad.\n"
    assert "nine nine nine" not in " ".join(found(redactor, text, "PHONE"))
