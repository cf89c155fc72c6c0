"""Ages said bare (round 35): an age in words set off by commas after whatever names the person
("a pregnant girl from Haiti, seventeen, bleeding", "a guest from abroad, about sixty,
collapsed"; the writers' span takes the hedge of an aside along), and an age after "is" or "was"
that a comma or "and" and more of the clause follow ("Pappu was nineteen, first month in the
yard").  Exact spans through the whole Redactor, and the near misses that are figures said in a
row (a range, a list of digits, a sum)."""

from __future__ import annotations

import pytest


def ages(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("S: A pregnant girl from Haiti, seventeen, bleeding, on 2 December. Referral number follows.",
     ["seventeen"]),
    ("**Keeper:** On 21 January a guest from abroad, about sixty, collapsed on the bench.", ["about sixty"]),
    ("A: Aigul eje, Aigul Mamatova, she is older, fifty-two, she was at the Torugart post before.",
     ["fifty-two"]),
    ("uh i'm the oldest on the background team, thirty six, so uh yeah they'll know", ["thirty six"]),
    ("big guy, bald, about fifty. sasha. a former policeman from odessa", ["about fifty"]),
    # near misses: figures said in a row, a sum, digits read out, a figure whose line goes on
    # the ages of a group (round 36: the design gold marks 5 of 6 said so)
    ("The new guys are nineteen, twenty. The pump still isn't fixed.", ["nineteen, twenty"]),
    ("We, the troops, get a little, twenty dollars, thirty. My salary is not enough.", []),
    ("my number is, uh, plus nine nine eight, ninety one, four oh seven.", []),
    ("he comes every thursday, with a bag, like forty, fifty thousand cash.", []),
    ("the weights are the same like the slips. forty four, forty four. so on paper it's fine", []),
    ("kobus owes me two months' pay, fourteen\nthousand. he says come fetch it", []),
    ("it was hot in the yard, sixteen, seventeen hours a day.", []),
])
def test_an_age_as_an_aside(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("They had put two lads in hospital. Pappu was nineteen, first month in the yard.", ["nineteen"]),
    ("Vikas, my roommate, is twenty-one and played as nineteen in the trials.", ["twenty-one"]),
    # near misses: figures in a row, a duration and a half
    # the ages of a group (round 36: the design gold marks 5 of 6 said so)
    ("The new guys are nineteen, twenty. Nobody trained them.", ["nineteen, twenty"]),
    ("in the new page it's twenty and twenty.", []),
    ("The shift was fourteen and a half hours.", []),
    ("The score was twenty, twenty-one at the break.", []),
])
def test_an_age_as_a_predicate_before_more_of_its_clause(redactor_default, text, expected):
    assert ages(redactor_default, text) == expected
