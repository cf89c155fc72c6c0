"""A workshop said by its trade's suffix in Spanish, Dutch or German ("Tonelería Hermanos Zurita",
"Kwekerij De Smet-Vervaet", "Bäckerei Huber") and a hotel or an eating house said by the word for
it ("Hotel Seiryūkaku", "the hotel durmitor pines") before their names (round 37): exact spans;
English words ending alike, an English kind with no cue, and a caption's job after "hotel" are
no firm."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.firm_kinds import find_firms_by_kind, is_kind
from tests.mention_helpers import caption_spans


def _firms(text: str, caseless: bool) -> list[str]:
    return caption_spans(find_firms_by_kind, text, caseless)


@pytest.mark.parametrize("text, caseless, expected", [
    # a workshop's trade suffix: Spanish "-ería", Dutch "-erij", German "-erei"
    ("I am a falconer with Cetrería Baix Camp, the contractor that keeps birds off the runway.", False,
     ["Cetrería Baix Camp"]),
    ("I am a cooper, oficial tonelero, at Tonelería Hermanos Zurita on the road out of Jerez.", False,
     ["Tonelería Hermanos Zurita"]),
    ("now i am the maestro talabartero at talabartería el ombú in san antonio de areco", True,
     ["talabartería el ombú"]),
    ("Yes, I am the spray technician at Kwekerij De Smet-Vervaet in Lochristi.", False,
     ["Kwekerij De Smet-Vervaet"]),
    ("i drove for brouwerij vandekerckhove until the fire", True, ["brouwerij vandekerckhove"]),
    ("Seit 2019 bin ich Verkäuferin in der Bäckerei Huber am Markt.", False, ["Bäckerei Huber"]),
    # a hotel or an eating house by the word for it, after a cue
    ("Ikeuchi-san books us at Hotel Seiryūkaku every Saturday. The hotel pays him.", False,
     ["Hotel Seiryūkaku"]),
    ("yes, the camp was in žabljak, at the hotel durmitor pines, up by the lake", True,
     ["hotel durmitor pines"]),
    ("He had lunch with Mr. Gounou at the Hôtel Les Routiers. Q: What happened?", False,
     ["Hôtel Les Routiers"]),
    ("That's the vineyard of Bodega Alto Tupungato. Twenty-two years there.", False,
     ["Bodega Alto Tupungato"]),
])
def test_a_workshop_or_a_hotel_before_its_name_is_found_whole(text, caseless, expected):
    assert _firms(text, caseless) == expected


@pytest.mark.parametrize("text, caseless", [
    # a job or a part of the hotel after the word, in a caption
    ("at the hotel manager's desk, the hotel staff said nothing", True),
    ("i asked the hotel receptionist, then the hotel laundry, then the hotel bookings", True),
    # the hotel itself, with no name
    ("The hotel gives us a building in Hoora. The hotel keeps our passports.", False),
    ("we stayed at the hotel in berlin and ate at a taverna by the port", True),
    # an English kind with no cue before it
    ("Hotel Seiryūkaku pays sixty thousand a show.", False),
    # English words that end alike
    ("The cafeteria met the criteria. Bacteria in Liberia.", False),
])
def test_no_firm_without_a_name_or_a_cue(text, caseless):
    assert _firms(text, caseless) == []


@pytest.mark.parametrize("word, expected", [
    ("Tonelería", True), ("kwekerij", True), ("Bäckerei", True), ("hotel", True), ("ryokan", True),
    ("cafeteria", False), ("criteria", False), ("lingerie", False), ("gallery", False),
])
def test_what_is_a_kind(word, expected):
    assert is_kind(word) is expected



def test_a_kind_english_says_less_may_take_a_dictionary_word_in_a_caption():
    # only an everyday English kind ("hotel") needs a coined first word; "transports" does not
    assert _firms("i drove for transports bison until the strike", True) == ["transports bison"]
