"""A role said in apposition with a kept person, more of the ways it is linked (round 22): the
name said first and the role after "is" or "was" ("Mr. Oskar Lind is the manager"), a
name in small letters after its courtesy title with no comma ("the timekeeper mrs okafor wrote"), and
the jobs held only as "the" one of a workplace ("the helper", "the timekeeper") beside a name.
Every case runs through a whole Redactor and asserts the exact spans; the near misses assert
that no role is found beside the name."""

from __future__ import annotations

import pytest
from tests.scan_helpers import of_type

ROLES = ("OCCUPATION", "RANK")


@pytest.mark.parametrize("text, expected", [
    # the name, then the role after a copula
    ("Since May, Mr. Oskar Lind is the manager, and he signs every order.", [("OCCUPATION", "manager")]),
    ("Back then Ingrid Novak was the treasurer, so she kept the book.", [("OCCUPATION", "treasurer")]),
    # a name in small letters after its courtesy title, no comma
    ("then the timekeeper mrs okafor wrote it down", [("OCCUPATION", "timekeeper")]),
    ("the steward mr lindqvist opened the door for us", [("OCCUPATION", "steward")]),
    # round 36 (over36): who owns a place, beside the owner's name, is no role of a source's (the
    # design gold marks 4 of 65 so said)
    ("since last year the landlord is mister okafor, he lives upstairs", []),
    # a job held only as the one of a workplace, beside a name
    ("and the helper, Oskar Lind, carried the second bag", [("OCCUPATION", "helper")]),
])
def test_a_role_linked_to_a_name(redactor_default, text, expected):
    assert of_type(redactor_default, text, *ROLES) == expected


@pytest.mark.parametrize("text", [
    # no role word after the copula, or the role is someone else's
    "Then Oskar Lind was the one who called.",
    "Oskar Lind is the reason we left the farm.",
    "Oskar Lind was the driver's son, that is all.",
    # a courtesy title in small letters after "our" or "your" is an office addressed, not one met
    "i think our treasurer mr lindqvist was right about the vote",
    # a name in small letters with no title and no comma is no apposition
    "then the timekeeper okafor wrote it down",
    # no role word beside the name
    "A man, Oskar Lind, came to the door.",
])
def test_no_role_linked_to_the_name(redactor_default, text):
    assert of_type(redactor_default, text, *ROLES) == []

