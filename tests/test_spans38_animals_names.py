"""Round 38: an animal's name said with its kind (``rules/singling.yaml``, AnimalsName).

A horse, a dog or an elephant known by its name is known with its rider, owner or keeper: "a
colt called Copper Kettle", "karat kemi, the mare", "plai thong, a bull".  Each case runs through
a whole Redactor and asserts the exact span of the name; the near misses assert that the rule
finds nothing there (a name before "the dog handler" is a person's, "a cow broke his leg" is no
apposition, a count or a word of the sentence is no name)."""

from __future__ import annotations

import pytest

RULE = "AnimalsName"


def _names(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.detector == RULE]


@pytest.mark.parametrize("text, expected", [
    ("<v Rider>Daz made Pappu ride a colt called Copper Kettle\nthat had already put two lads in hospital",
     ["Copper Kettle"]),
    ('She has a border collie called Sharo, everyone on the mountain knows that dog.', ["Sharo"]),
    ("we had an old horse named biscuit and the kids loved him", ["biscuit"]),
    ("reporter: a specific horse\njonna: karat kemi, the mare. the twenty-second of may she broke down",
     ["karat kemi"]),
    ("q: what's your elephant\na: plai thong, a bull, thirty-one years. only me he listens to",
     ["plai thong"]),
    ("00:00:40,665 --> 00:00:50,220\nbiscuit, the cocker from wembley, uh, on the tuesday",
     ["biscuit"]),
])
def test_an_animals_name_said_with_its_kind(redactor_default, text, expected):
    assert _names(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "PETKOV: Only Gergana, the dog handler. She was on the radio that night.",
    "my friend tuan, a cow broke his leg, kicked him in the yard",
    "We sold two, the horse and the cart, in March.",
    "a dog called that number twice a day, it was a recording",
    "Everybody knows the horse was sick from before.",
    "They called him the old bull of the docks.",
])
def test_no_name_of_an_animal(redactor_default, text):
    assert _names(redactor_default, text) == []
