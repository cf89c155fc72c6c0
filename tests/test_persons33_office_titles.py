"""Round 33: Korean titles of office said after a surname (redactor/data/honorifics.tsv).

"Kim sajang" (the boss), "Bae bujang" (the department head): a Korean title of office after a
family name is how that person is addressed, so the surname with it is the one person of the
file with that family name ("Kim Dong-su"), not a second person; said alone, the surname is then
theirs too.  Not where two people of the file share the surname, nor another surname."""

from __future__ import annotations

from redactor.entities.resolve import resolve_entities
from redactor.model import Mention


def person(text: str) -> Mention:
    return Mention(0, len(text), "PERSON", 0.85, "SpacyRecognizer", text)


def keys(*names: str) -> list[str]:
    ms = [person(n) for n in names]
    return [a.key for a in resolve_entities(ms, is_place=lambda form: False, documents=[0] * len(ms)).assignments]


def test_a_surname_with_a_korean_title_of_office_is_the_one_person_of_that_surname():
    assert keys("kim dong-su", "kim sajang", "kim") == ["kim dong-su"] * 3
    assert keys("Bae Jong-hwan", "Bae sajang") == ["bae jong-hwan"] * 2
    assert keys("Lee Soo-jin", "Lee timjang", "Lee gwajang") == ["lee soo-jin"] * 3


def test_near_misses_stay_apart():
    # two people of the surname: the titled surname may be either
    assert keys("kim dong-su", "kim min-ji", "kim sajang")[2] not in {"kim dong-su", "kim min"}
    # another surname with the title is another person
    assert keys("Kim Dong-su", "Park sajang")[1] != "kim dong-su"
