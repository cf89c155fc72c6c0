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
    ("source: my mobile is nine nine four one, two seven three eight. with three five seven in front "
     "if you call from abroad.\n", "nine nine four one, two seven three eight", "three five seven"),
    ("source: the office line is 622 18 40 95, with 224 before it. the guard answers at night.\n",
     "622 18 40 95", "224"),
    ("source: call me on 6613 0428.\nreporter: and from outside?\nsource: with the code 965.\n",
     "6613 0428", "965"),
    ("source: my number is six eight four one two two nine zero.\nreporter: okay\n"
     "source: yes with two five seven. only after six.\n", "six eight four one two two nine zero", "two five seven"),
])
def test_a_country_code_said_apart_is_the_phone(redactor: Redactor, text: str, phone: str, code: str) -> None:
    found = phones(redactor, text)
    assert code in found, "the country code said apart is left"
    assert found[code] == found[phone], "the code has another pseudonym than its phone"


@pytest.mark.parametrize("text, figures", [
    ("source: my number is 0803 123 4567. i came here in 2019 with 300 workers.\n", "300"),
    ("source: my number is 0803 123 4567, with 44 in front.\n", "44"),
    ("source: my mobile is nine nine four one, two seven three eight. three five seven people signed it.\n",
     "three five seven"),
])
def test_figures_beside_a_phone_that_are_no_code_stay(redactor: Redactor, text: str, figures: str) -> None:
    assert figures not in phones(redactor, text)


# ---------------------------------------------------------------- a name in small letters that is a word

def people(redactor: Redactor, text: str) -> list[tuple[int, str, str]]:
    return [(f.start, text[f.start:f.end], f.replacement) for f in redactor.scan(text) if f.entity_type == "PERSON"]


def test_a_name_that_is_a_word_is_the_person_where_it_stands_as_a_name(redactor: Redactor) -> None:
    text = ("speaker 1: who was hurt\n"
            "speaker 2: my cousin, moses kpadeh. the company gave moses two hundred dollars. i saw it "
            "from the road, it's kenny's car, kenny, he drives it every day.\n")
    found = people(redactor, text)
    gave = text.index("gave moses") + len("gave ")
    car = text.index("kenny's car")
    assert (gave, "moses", found[0][2]) in found, "the given name after a verb of giving is left"
    assert any(start == car and span == "kenny" for start, span, _ in found), "the name before a possessive is left"


def test_the_word_stays_where_it_stands_as_a_word(redactor: Redactor) -> None:
    text = ("speaker 1: who was hurt\n"
            "speaker 2: my cousin, moses kpadeh, and his helper blessing. it was a blessing that nobody "
            "died. they gave us a moses basket for the baby.\n")
    found = {start for start, _, _ in people(redactor, text)}
    assert text.index("a blessing") + 2 not in found
    assert text.index("a moses basket") + 2 not in found


# ---------------------------------------------------------------- a plate said over two cues

def test_the_next_cues_speaker_label_is_no_part_of_a_plate(redactor: Redactor, tmp_path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(srt("KAMAU: Yes. A silver saloon followed me two nights, plate 23",
                        "KAMAU: 61870. I think it is a police car."), encoding="utf-8")
    (result,) = redactor.run([path]).files
    plates = [f.text for f in result.findings if f.entity_type == "VEHICLE_PLATE"]
    assert "KAMAU" not in plates, "the speaker's label is taken for the plate"
    assert plates == ["23", "61870"]
