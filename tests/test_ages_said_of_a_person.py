"""Ages said of a person in running speech (round 15): a person noun or a name as the subject of
"is"/"was" and an age ending the clause, an age in a sentence of its own after a name, an age
"at" a turn of one's life, and an age written or said after a question of age.  Exact spans
through the whole Redactor, and the near misses that are a time, a count or a measure."""

from __future__ import annotations

import pytest


def ages(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("Then the worker was 17, he had no papers.", ["17"]),
    ("And that woman was sixty-two when they evicted her.", ["sixty-two"]),
    ("The old man was 81.", ["81"]),
    ("the girl was thirteen and nobody asked", ["thirteen"]),
    ("The soldier was only nineteen, he cried at night.", ["nineteen"]),
    # near misses: a count, a measure, a duration, "one of them"
    ("The man was one of them, that I know.", []),
    ("The worker was 17 minutes late.", []),
    ("The driver was 2.5 km away.", []),
    ("The bus was seventeen minutes late.", []),
    ("The room was twelve metres long.", []),
    ("She was first in line.", []),
    ("It was ten past six when the truck came.", []),
])
def test_a_person_noun_and_an_age(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ana Mamani was nineteen when she left Cochabamba.", ["nineteen"]),
    ("I asked about Wanjiru Kamau. She said Wanjiru was 7 and sick.", ["7"]),
    ("His name was Iván Soto. Eighteen, from Tarija.", ["Eighteen"]),
    ("Tomás, nineteen, a student from Oruro, came with us.", ["nineteen"]),
    # near misses: a count after the name's sentence, "one of them", a duration, a distance
    ("We met Iván Soto. Twenty, thirty people came with him.", []),
    ("Then Kofi Mensah was one of them.", []),
    ("Kofi Mensah was ten minutes late.", []),
    ("Kofi Mensah was twenty, thirty metres away.", []),
    ("We went to Puerto Montt. Eighteen, maybe.", []),
])
def test_an_age_said_of_a_name(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("If I lose the job at forty-one I have nothing.", ["at forty-one"]),
    ("She retired at fifty and moved to Durban.", ["fifty"]),
    ("They married at seventeen in Kumasi.", ["seventeen"]),
    ("He started working at 14 in the mines.", ["14"]),
    ("My mother was widowed at thirty-three, with four of us.", ["thirty-three"]),
    ("He dropped out at sixteen because of the debts.", ["sixteen"]),
    # near misses: a time, a share, a clock
    ("She left at fifteen past six.", []),
    ("We started at 17:30 sharp.", []),
    ("He retired at sixty percent of his pay.", []),
    ("They married at twenty to four in the afternoon.", []),
    ("She left the office at nine.", []),
    ("The shift started at fourteen hundred hours.", []),
])
def test_an_age_at_a_turn_of_life(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At the registry they asked the age and they wrote eighteen on the form.", ["eighteen"]),
    ("When I gave my age I said 21.", ["21"]),
    ("She lied about her age, she told them sixteen.", ["sixteen"]),
    # near misses: what the number counts follows it, or no age was spoken of
    ("They checked the age of the house, they said twenty years.", []),
    ("His age was listed, they wrote eighteen pages.", []),
    ("At the registry they asked the name and they wrote eighteen on the form.", []),
])
def test_an_age_written_after_a_question_of_age(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


def test_the_age_of_a_name_takes_the_place_of_a_date_in_figures():
    from redactor.model import Mention
    from redactor.refine.ages import DETECTOR, ages_after_names

    text = "and wanjiru was 7 and sick"
    person = Mention(start=4, end=11, entity_type="PERSON", score=0.85, detector="x", text="wanjiru")
    date = Mention(start=16, end=17, entity_type="DATE", score=0.85, detector="y", text="7")
    found = ages_after_names(text, [person, date], 0.4)
    assert [(m.entity_type, text[m.start:m.end], m.detector) for m in found] == [
        ("PERSON", "wanjiru", "x"), ("AGE", "7", DETECTOR)]
    # a date that is longer than the age stays, and no age is added over it
    longer = Mention(start=16, end=26, entity_type="DATE", score=0.85, detector="y", text="7 and sick")
    assert ages_after_names(text, [person, longer], 0.4) == [person, longer]


@pytest.mark.parametrize("text, expected", [
    # an aside's hedge is the age's (round 35: the writers' span, "about sixty", "only nineteen")
    ("My nephew, only nineteen, was taken by the police.", ["only nineteen"]),
    ("I came to Spain at sixteen, alone.", ["sixteen"]),
    ("Back then I was maybe 17, 18.", ["17, 18"]),
    ("The boy, Minh, was eleven.", ["eleven"]),
    ("She was a widow of sixty-two.", ["sixty-two"]),
    ("The driver — he was maybe twenty-five — ran away.", ["twenty-five"]),
    # near misses
    ("My boss, one of the owners, came.", []),
    ("My brother, two days later, was released.", []),
    ("The bus arrived at 16:30.", []),
    ("We crossed at fifteen past two.", []),
    ("Then he moved at thirty kilometres an hour.", []),
    ("The cars were 17, 18 km away from the border.", []),
])
def test_more_forms_of_an_age_said_of_a_person(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age alone after a sentence that goes on a few words after the name (round 39: fresh11,
    # fresh38)
    ("And you? Djenice Tavares, but not in the paper. Forty-eight. Cell is on the form.", ["Forty-eight"]),
    ("- yes. private Daniyar Abenov from third company. nineteen, from a village near the lake.",
     ["nineteen"]),
    ("His name was Iván Soto, from the night crew. Twenty-two. He had no contract.", ["Twenty-two"]),
    # near misses: a count or a time after the name's sentence, a number in its rest, a child's
    # age that may be a time, a sentence that ends with a question
    ("We met Iván Soto at the gate. Twenty, thirty people came with him.", []),
    ("I called Iván Soto at home. Twenty minutes later he came.", []),
    ("I paid Iván Soto for two nights at the gate. Fifteen.", []),
    ("I saw Iván Soto at the gate. Nine.", []),
    ("Was Iván Soto at the gate? Fifteen.", []),
])
def test_an_age_alone_after_the_sentence_of_a_name(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected
