"""A place no list knows named by a name and the word for a settlement or a part of one
("peoples colony", "shastri nagar", "tamberlo village"), said right after a word that
places someone with no article: the name is the place's, whatever word lists know of it.  Exact
spans through the whole Redactor, made-up or unlisted places in forms no test text has; near
misses said without the article by many speakers ("in small village", "in rural area"), English
compounds ("in rest area", "at summer camp", "in euro area") and possessives are no places; the
area of a public city ("in dallas area") stays public as the city does."""

from __future__ import annotations

import pytest


def _places(redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "LOCATION"]


@pytest.mark.parametrize("text, expected", [
    ("we rented a room in shastri nagar for two years\n", "shastri nagar"),
    ("she runs a stall in gulshan colony, by the mosque\n", "gulshan colony"),
    ("my brother lives in kibera village with his wife\n", "kibera village"),
    ("the seal on the box from\nnakuru hamlet was broken\n", "nakuru hamlet"),
    ("my sister sells tomatoes in mtendere compound on saturdays\n", "mtendere compound"),
])
def test_a_name_and_a_settlement_word_is_a_place(redactor_default, text, expected):
    assert expected in _places(redactor_default, text)


@pytest.mark.parametrize("text", [
    "we stopped in rest area for the night\n",
    "i worked in maintenance area for two years\n",
    "she waited in cargo area until the truck came\n",
    "they moved him to canteen area after the fight\n",
    "i was born in small village, very poor\n",
    "they lived in rural area, no water\n",
    "we live in agricultural area with no road\n",
    "she grew up in crowded area near the port\n",
    "he was in grey area with the law\n",
    "in euro area countries inflation rose\n",
    "the elites who are in al assad's camp must choose\n",
    "my son went to soccer camp in july\n",
    "he works at chicken farm now\n",
    "we lived in the village for ten years\n",
    "there is a problem in this area\n",
    "they were sent to penal colony for years\n",
])
def test_no_name_before_the_settlement_word_is_no_place(redactor_default, text):
    assert _places(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("he went back to sundar gaun after the quake\n", "sundar gaun"),
])
def test_a_name_and_a_settlement_word_of_another_language_is_a_place(redactor_default, text, expected):
    assert expected in _places(redactor_default, text)


@pytest.mark.parametrize("text, expected", [
    ("the school in dusun krajan closed last year\n", "dusun krajan"),
    ("We grew up on kibbutz Ein Gedi by the sea.\n", "Ein Gedi"),
    ("She lives in vereda La Esperanza, two hours by mule.\n", "La Esperanza"),
    ("Her sister moved to kampong Ayer Lebak last spring.\n", "Ayer Lebak"),
])
def test_a_district_word_of_another_language_before_a_name_is_a_place(redactor_default, text, expected):
    assert expected in _places(redactor_default, text)


@pytest.mark.parametrize("text", [
    "the desa was quiet that night\n",
    "the kibbutz and the moshav share a school\n",
    "we stopped at the chowk for tea\n",
])
def test_a_district_word_alone_is_no_place(redactor_default, text):
    assert _places(redactor_default, text) == []


@pytest.mark.parametrize("text", [
    "we live in dallas area now\n",
    "she moved to chicago area last year\n",
    "We have lived in Dallas area since the war.\n",
])
def test_the_area_of_a_public_city_stays_public(redactor_default, text):
    assert _places(redactor_default, text) == []
