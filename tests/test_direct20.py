"""A phone's country code said apart from it (round 20): the code a caller from abroad adds,
said after the phone with a dialling word, is the phone's, found with its pseudonym; a count or a
year beside a phone, or a code that makes no valid number of its country with it, stays."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import srt


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def phones(redactor: Redactor, text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.replacement for f in redactor.scan(text) if f.entity_type == "PHONE"}


@pytest.mark.parametrize("text, phone, code", [
    ("source: my mobile is nine seven seven, four one two, two eight three. and two six zero before "
     "that when you ring from another country.\n", "nine seven seven, four one two, two eight three", "two six zero"),
    ("source: the office line is 812 345 678, with 264 at the start. the guard answers at night.\n",
     "812 345 678", "264"),
    ("source: ring me on 701 2345.\nreporter: and from outside?\nsource: with the code 679.\n",
     "701 2345", "679"),
    ("source: my number is eight eight four, one seven two, six five nine.\nreporter: okay\n"
     "source: yes with two six five. only after six.\n", "eight eight four, one seven two, six five nine", "two six five"),
])
def test_a_country_code_said_apart_is_the_phone(redactor: Redactor, text: str, phone: str, code: str) -> None:
    found = phones(redactor, text)
    assert code in found, "the country code said apart is left"
    assert found[code] == found[phone], "the code has another pseudonym than its phone"


@pytest.mark.parametrize("text, figures", [
    ("source: my number is 0803 123 4567. i came here in 2019 with 300 workers.\n", "300"),
    ("source: my number is 0803 123 4567, with 44 in front.\n", "44"),
    ("source: my mobile is nine seven seven, four one two, two eight three. two six zero people signed it.\n",
     "two six zero"),
])
def test_figures_beside_a_phone_that_are_no_code_stay(redactor: Redactor, text: str, figures: str) -> None:
    assert figures not in phones(redactor, text)


# ---------------------------------------------------------------- a name in small letters that is a word

def people(redactor: Redactor, text: str) -> list[tuple[int, str, str]]:
    return [(f.start, text[f.start:f.end], f.replacement) for f in redactor.scan(text) if f.entity_type == "PERSON"]


def test_a_name_that_is_a_word_is_the_person_where_it_stands_as_a_name(redactor: Redactor) -> None:
    text = ("speaker 1: who was hurt\n"
            "speaker 2: my cousin, rusty okoth. we were at the market, it's rusty's car, he parks it "
            "every day.\n")
    found = people(redactor, text)
    car = text.index("rusty's car")
    assert (car, "rusty", found[0][2]) in found, "the name before a possessive is left"


def test_the_word_stays_where_it_stands_as_a_word(redactor: Redactor) -> None:
    text = ("speaker 1: who was hurt\n"
            "speaker 2: my cousin, rusty okoth. he stepped on a rusty nail, and the rusty's gone from "
            "the gate now.\n")
    found = {start for start, _, _ in people(redactor, text)}
    assert text.index("a rusty nail") + 2 not in found
    assert text.index("the rusty's") + 4 not in found


# ---------------------------------------------------------------- a plate said over two cues

def test_the_next_cues_speaker_label_is_no_part_of_a_plate(redactor: Redactor, tmp_path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(srt("KAMAU: Yes. A silver saloon followed me two nights, plate 23",
                        "KAMAU: 61870. I think it is a police car."), encoding="utf-8")
    (result,) = redactor.run([path]).files
    plates = [f.text for f in result.findings if f.entity_type == "VEHICLE_PLATE"]
    assert "KAMAU" not in plates, "the speaker's label is taken for the plate"
    assert plates == ["23", "61870"]
