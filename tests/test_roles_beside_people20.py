"""A role said in apposition with a kept person (round 20): any word of small letters before the
role says which role ("the payroll clerk, X", "the standby engineer, X", "the director general,
X"), the officers of a small body ("the chairwoman", "the safety representative"), and a rare
doer's word no job list holds ("the grinder, X", "a riveter"), the way ``RoleBesidePerson``
reads them.  Every case runs through a whole Redactor and asserts the exact spans; the near
misses assert that nothing of the kind is found beside the name."""

from __future__ import annotations

import pytest
from tests.scan_helpers import of_type

ROLES = ("OCCUPATION", "RANK")


@pytest.mark.parametrize("text, expected", [
    # a word before the role that no level list holds
    ("Then the payroll clerk, Oskar Lind, signed the sheet.", [("OCCUPATION", "payroll clerk")]),
    ("I rang the standby engineer, Oskar Lind, at midnight.", [("OCCUPATION", "standby engineer")]),
    ("In spring the executive housekeeper, Mr. Oskar Lind, changed the rota.",
     [("OCCUPATION", "executive housekeeper")]),
    # a role word after a role word: one title
    ("The director general, Mr. Oskar Lind, signed for the order.", [("OCCUPATION", "director general")]),
    # the officers of a small body
    ("I told the union, and the safety representative, Ingrid Novak, said wait.",
     [("OCCUPATION", "safety representative")]),
    ("We paid it to Oskar Lind, the chairwoman of the savings group.",
     [("OCCUPATION", "chairwoman of the savings group")]),
    # a doer's word no list holds: a dictionary verb with "-er", rare in English
    ("Then the grinder, Oskar Lind, opened the door.", [("OCCUPATION", "grinder")]),
    # a known role is still read whole, not as a word before a doer ("station" is no modifier here)
    ("Do not come. The station master, Oskar Lind, sees every visitor.", [("OCCUPATION", "station master")]),
])
def test_a_role_with_its_word_before_or_a_doer(redactor_default, text, expected):
    assert of_type(redactor_default, text, *ROLES) == expected


@pytest.mark.parametrize("text", [
    # a stop word before the role is no part of it, and no role is said here
    "Then the same man, Oskar Lind, opened the door.",
    # an everyday doer is no job ("supporter", "caller"), nor a kinship word
    "Then the supporter, Oskar Lind, opened the door.",
    "Then the caller, Oskar Lind, hung up.",
    "My brother, Oskar Lind, opened the door.",
    # a head of state is no officer of a small body
    "He said the president, Oskar Lind, was angry.",
])
def test_no_role_beside_the_name(redactor_default, text):
    assert of_type(redactor_default, text, *ROLES) == []
