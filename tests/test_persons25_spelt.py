"""A name said again spelt otherwise (round 25): a follow-up transcript writes a given name or a
surname as it heard it ("Braden" for Brayden, "Ebert" for Hébert, "Filby" for Philby,
"Muehlberg" for Mühlberg), or drops a name's hyphen ("anne sophie" of Anne-Sophie).  Such a form
fits no one as written; it is the one person of the run it sounds like
(``redactor.entities.resolve``).  Near misses: another name, two people who sound alike, a
file that shares nothing with the one that names the person, a short sound.
"""

from __future__ import annotations

import pytest

from redactor.entities.resolve import resolve_entities
from tests.mention_helpers import in_order


def _keys(first: str, first_names: tuple[str, ...], second: str, second_names: tuple[str, ...]) -> list[str]:
    ms = in_order(first, *first_names) + in_order(second, *second_names)
    documents = [0] * len(first_names) + [1] * len(second_names)
    resolution = resolve_entities(ms, is_place=lambda form: False, documents=documents)
    return [a.key for a in resolution.assignments]


@pytest.mark.parametrize("said", ["Braden", "braden", "Brayden"])
def test_a_given_name_spelt_otherwise_in_a_follow_up_is_the_person(said):
    keys = _keys("A: Brayden Okafor drove the late run with Oskar.", ("Brayden Okafor", "Oskar"),
                 f"B: {said} and Oskar drove back.", (said, "Oskar"))
    assert keys[2] == keys[0] == "brayden okafor"


@pytest.mark.parametrize("first, said", [
    ("A: The manager was Madame Odile Hebert, and Oskar.", "madame ebert"),
    ("A: The manager was Sofia Philby, and Oskar.", "miss filby"),
    ("A: The manager was Frau Lena Mühlberg, and Oskar.", "frau muehlberg"),
    ("A: The manager was Kerry Mathison, and Oskar.", "kerrie"),
])
def test_a_surname_or_given_name_heard_otherwise_is_the_person(first, said):
    name = first.split("was ")[1].split(",")[0]
    keys = _keys(first, (name, "Oskar"), f"B: it was {said} who paid Oskar.", (said, "Oskar"))
    assert keys[2] == keys[0]


def test_a_full_name_with_its_surname_heard_otherwise_is_the_person():
    keys = _keys("A: The manager was Odile Hebert.", ("Odile Hebert",),
                 "B: odile ebert signed. ebert paid.", ("odile ebert", "ebert"))
    assert keys == ["odile hebert"] * 3


@pytest.mark.parametrize("said", [
    "Brandon",  # another name, though it starts alike
    "Bray",  # too short to go by its sound
])
def test_another_name_is_not_the_person(said):
    keys = _keys("A: Brayden Okafor drove the late run with Oskar.", ("Brayden Okafor", "Oskar"),
                 f"B: {said} and Oskar drove back.", (said, "Oskar"))
    assert keys[2] != keys[0]


def test_a_name_two_people_sound_like_is_no_one():
    keys = _keys("A: Kerry Mathison and Kerrie Dunne ran the shift with Oskar.",
                 ("Kerry Mathison", "Kerrie Dunne", "Oskar"), "B: Kerrey and Oskar drove back.", ("Kerrey", "Oskar"))
    assert keys[3] not in {keys[0], keys[1]}


def test_full_names_of_other_given_names_that_sound_alike_stay_apart():
    keys = _keys("A: The manager was Odile Hebert.", ("Odile Hebert",),
                 "B: marc ebert signed.", ("marc ebert",))
    assert keys[1] != keys[0]


def test_a_name_spelt_otherwise_in_a_file_that_shares_nothing_is_not_joined():
    keys = _keys("A: Brayden Okafor drove the late run in Tromso.", ("Brayden Okafor",),
                 "B: Braden drove to Bodo.", ("Braden",))
    assert keys[1] != keys[0]


def test_a_hyphened_name_said_without_its_hyphen_is_the_person():
    first, second = "A: I am Anne-Sophie Lebrun-Moreau.", "B: anne sophie said so. madame lebrun moreau signed."
    keys = _keys(first, ("Anne-Sophie Lebrun-Moreau",), second, ("anne sophie", "madame lebrun moreau"))
    assert keys == ["anne-sophie lebrun-moreau"] * 3
    # in one file as well
    keys = _keys(first, ("Anne-Sophie Lebrun-Moreau",), "B: nothing.", ())
    assert keys == ["anne-sophie lebrun-moreau"]


def test_two_words_are_a_given_name_and_surname_where_no_name_of_the_run_joins_them():
    keys = _keys("A: I am Anne-Sophie Lebrun-Moreau.", ("Anne-Sophie Lebrun-Moreau",),
                 "B: anne moreau signed. sophie lebrun paid.", ("anne moreau", "sophie lebrun"))
    assert keys[1:] == ["anne moreau", "sophie lebrun"]
