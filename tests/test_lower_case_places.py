"""Small places in lower-case captions (redactor.detect.recognizers.places): a town the gazetteer
knows after a place preposition, any rare word after "a village called"; never an English word,
a month, a given name after "to", and a public city stays public."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.recognizers.places import find_lower_case_places


def _places(text: str) -> list[str]:
    return [text[s:e] for s, e in find_lower_case_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("so i grew up in kramatorsk and then we moved", ["kramatorsk"]),
    ("my family is from nova kakhovka originally", ["nova kakhovka"]),
    ("she was born in a town named kupiansk near the border", ["kupiansk"]),
    ("it was a village called mokhovoe by the river", ["mokhovoe"]),
    ("we went to the village of zhytkavichy in the summer", ["zhytkavichy"]),
    ("we drove out to bakhmut and stayed", ["bakhmut"]),
    ("they shelled the road outside kreminna every night", ["kreminna"]),
    # Villages under 15,000 people: GeoNames' towns of 1,000 or more.
    ("we worked on the farm outside santa rosa do sul back then", ["santa rosa do sul"]),
    ("we lived near bilohorivka for two years", ["bilohorivka"]),
    # a caption drops the hyphen of "Ivano-Frankivsk"
    ("we moved to ivano frankivsk after that", ["ivano frankivsk"]),
])
def test_a_small_place_after_a_place_word(text, expected):
    assert _places(text) == expected


def test_exact_offsets():
    text = "and we lived near kreminna\nthen from nova kakhovka we left"
    assert list(find_lower_case_places(text, caseless_lines(text))) == [(18, 26), (37, 50)]


@pytest.mark.parametrize("text", [
    "in general we did not talk about it at all",
    "from time to time we would call them",
    "near the end of the war we moved away",
    "in march we left the house for good",
    "i talked to maria about it last week",
    "i talked to marina about it last week",  # a town of 21,000 too, but a given name
    "we got a letter from douglas the next day",
    "i went to mobile phone shops in town",
    "i lived in reading for a while then left",
    "the village of my grandparents was small",
    "a town called hope is not a real place here",
    "we were in limbo for months and in toto it failed",  # villages too, but English words
])
def test_words_months_and_given_names_are_not_places(text):
    assert _places(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The applicant was born in 1936 and lives in Vouziers.", ["Vouziers"]),
    ("At the time he lived in Erlenbach in Germany.", ["Erlenbach"]),
    ("They held us in Olenivka for a month, then moved us.", ["Olenivka"]),
    ("We came through Moyale on foot.", ["Moyale"]),
    ("My family is from Kalush originally.", ["Kalush"]),
    ("We met in Santa Rosa do Sul that winter.", ["Santa Rosa do Sul"]),
    ("In Hrushivka we had a house. My father still lives there.", ["Hrushivka"]),
])
def test_a_capitalised_small_place_after_a_place_word(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "After Chop we crossed into Hungary.",          # a village, but an English word
    "We met at Holi and again at Onam.",            # "at" a festival that is a village too
    "I was in Reading for a while.",
    "We talked to Marina about it.",                # a town, but a given name
    "I got a letter from Kowalczyk last week.",     # a surname after "from"
    "We were in NATO territory by then.",           # an acronym
    "So I grew up in Ukraine and then we moved.",   # a country: no town
])
def test_capitalised_words_that_are_no_small_place(text):
    assert _places(text) == []


def test_capitalised_offsets():
    text = "We fled from Velyka Novosilka.\nShe lives in Vouziers, near the river."
    assert list(find_lower_case_places(text, caseless_lines(text))) == [(13, 29), (44, 52)]


def test_a_capitalised_small_place_is_redacted_and_a_city_stays(redactor_default):
    text = "I was born in Hrushivka and studied in Kharkiv."
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("LOCATION", "Hrushivka") in found
    assert "Kharkiv" not in [t for _, t in found]


def test_public_cities_in_lower_case_stay_public(redactor_default):
    text = "we drove to kharkiv and then to lviv and on to berlin"
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []


def test_a_small_place_in_a_caption_is_redacted(redactor_default):
    text = "so i grew up in kramatorsk and my family is from nova kakhovka"
    found = [(f.entity_type, f.start, f.end) for f in redactor_default.scan(text)]
    assert ("LOCATION", 16, 26) in found and ("LOCATION", 49, 62) in found


@pytest.mark.parametrize(("text", "expected"), [
    ("we lived between kreminna and rubizhne for a year", ["kreminna", "rubizhne"]),
    ("our town kreminna was hit first", ["kreminna"]),
    ("I lived in Olenivka and Rubizhne before the war.", ["Olenivka", "Rubizhne"]),
    # after a place and "and": a given name, a word or a determiner is no second place
    ("we were in kreminna and maria was there", ["kreminna"]),
    ("we lived in kreminna and reading was hard", ["kreminna"]),
    ("the village school and the town hall were closed", []),
    ("they came and rubizhne was burning", []),             # "and" after no place is no cue
])
def test_a_list_of_places_and_a_settlement_word_before_a_name(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("i worked for a bpo in it park, in cebu city", ["it park"]),
    ("We worked in IT Park, in Cebu City.", ["IT Park"]),
    ("our office was in ayala business park", ["ayala business park"]),
    ("the depot at Kasarani Industrial Area was cold", ["Kasarani Industrial Area"]),
    # small towns of a country of municipalities, in a caption
    ("up in the mountains, near kriva palanka", ["kriva palanka"]),
    ("we grew up near strumica, by the river", ["strumica"]),
])
def test_a_named_work_park_or_a_small_town(redactor_default, text, expected):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == expected


@pytest.mark.parametrize("text", [
    "the factory was in the industrial park near town",
    "she works in the new business park",
    "i left it in it, park the car there",
    "i love reading and bath time",
    "they built it in the reading room",
    "We flew to Skopje, then on to Ljubljana and Riga.",
])
def test_no_named_park_or_town_here(redactor_default, text):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("i taught at the public school of tsinandali for years", ["tsinandali"]),
    ("He was a guard at the Hospital of Kalibo then.", ["Kalibo"]),
    ("the clinic of nyamasheke opened", ["nyamasheke"]),
])
def test_the_place_a_school_or_hospital_serves(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "he went to the school of economics in town",
    "She read at the School of Oriental Studies.",
    "we prayed in the church of saint michael",
    "the prison of my own making",
])
def test_english_words_after_a_school_of_are_no_place(text):
    assert _places(text) == []
