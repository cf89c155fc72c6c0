"""Public organisations in captions (round 17): a union or a state body named in small letters
beside its word ("the union, kfwu, the office"), and a telephone network said after a number read
out in words, in the next caption line ("yes that one it's vodacom now"), with its owner's word
("My Movitel number") or in a list ("movitel, mpesa").  Near misses stay found: a person said beside
the union word, a rep's name, a name that is no network's."""

from __future__ import annotations

import pytest


def _found(redactor, text):
    return [(f.entity_type, f.text.casefold()) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, name", [
    ("so we had no help and i went to the union, ftuwz, the branch in town, and they said wait", "ftuwz"),
    ("my brother said the union the zcctu said they will come on monday", "zcctu"),
    ("speaker 2: i walked over to the ztuc the union office by the bus stop and nobody came", "ztuc"),
])
def test_a_union_named_in_small_letters_beside_its_word_is_kept(redactor_default, text, name):
    assert all(found != name for _, found in _found(redactor_default, text))


@pytest.mark.parametrize("text, name", [
    ("how can i reach you\nso zero nine seven seven four one one two\nyeah that one it's zamtel these days\nokay", "zamtel"),
    ("call me, five two nine [inaudible] one one eight four, it's movitel\nokay", "movitel"),
    ("Q: And your phone? A: My Movitel number is 086 and the rest later.", "movitel"),
])
def test_a_network_said_by_a_number_read_out_is_kept(redactor_default, text, name):
    assert all(name not in found for _, found in _found(redactor_default, text))


@pytest.mark.parametrize("text, name", [
    ("i told the union, chipo, everything about the night shift", "chipo"),
    ("the union rep, chipo, came to the house on friday", "chipo"),
])
def test_a_person_beside_the_union_word_stays_found(redactor_default, text, name):
    assert ("PERSON", name) in _found(redactor_default, text)


def test_lower_case_union_names_only_in_captions():
    from redactor.detect.public_kinds import union_acronyms

    assert union_acronyms("i called the union, kfwu, the office in the city") == frozenset({"kfwu"})
    assert union_acronyms("the union, yes, they came") == frozenset()
    assert union_acronyms("The Union, Kfwu, came. The Report was long and The Union wrote.") == frozenset()


def test_a_list_of_networks_is_read_by_its_first_name():
    from redactor.detect.filters import names_phone_operator
    from redactor.model import Mention

    text = "- zero nine seven seven four one one two nine three\n- yeah this one is movitel, mpesa also on it"
    start = text.index("movitel")
    m = Mention(start=start, end=start + len("movitel, mpesa"), entity_type="ORGANIZATION", text="movitel, mpesa",
                score=0.85, detector="SpacyRecognizer")
    assert names_phone_operator(text, m)
    other = "- zero nine seven seven four one one two nine three\n- yeah this one is movitel, chipo also on it"
    assert not names_phone_operator(other, Mention(start=start, end=start + len("movitel, chipo"),
                                                   entity_type="ORGANIZATION", text="movitel, chipo", score=0.85,
                                                   detector="SpacyRecognizer"))


@pytest.mark.parametrize("text", [
    "The sea was rough and MetService had a warning out since the morning.",
    "The Meteorological Service said the cyclone would turn east.",
    "The National Weather Service issued a storm warning for the whole coast.",
    "His mother went to Internal Affairs and nobody called her back.",
    "She filed it with the Professional Responsibility office of the police.",
])
def test_a_weather_service_or_a_police_oversight_office_is_kept(redactor_default, text):
    assert [f for f in _found(redactor_default, text) if f[0] == "ORGANIZATION"] == []


def test_a_firm_named_like_a_weather_service_stays_found(redactor_default):
    assert ("ORGANIZATION", "kowalski weather services ltd") in \
        _found(redactor_default, "I drive for Kowalski Weather Services Ltd on weekends.")
