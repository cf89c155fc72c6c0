"""What singles a source out, in the source's own words (round 12): the description a source
asks to leave out ('if you write "the woman who runs the forklift"', "you can't say the boy with
the bicycle") or points at as themselves ("the one with the red scooter, that's me"); a home by
its look or its place in a row ("the green house with the mango tree", "the third house past the
school"); a family's make-up ("her mother and three small sisters", "we have one daughter"); a
small group with the clause that defines it ("only two women driving on the night shift"); and
what one wears in a picture others have seen ("in the video, at the back, in the yellow cap").
Exact spans through a whole Redactor; near misses find nothing of the kind."""

from __future__ import annotations

import pytest


def _unique(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "UNIQUE_DETAIL"]


@pytest.mark.parametrize("text, expected", [
    ('If you write "the woman who runs the forklift", that\'s me.', ["the woman who runs the forklift"]),
    ('Don\'t put "the Kurdish guard on C wing" in the story.', ["the Kurdish guard on C wing"]),
    ("If you write “the cook with the red scooter” they will know.", ["the cook with the red scooter"]),
    ("You can't say the boy with the bicycle, everyone knows him.", ["the boy with the bicycle"]),
    ("If you write a nurse from the north they will know.", ["a nurse from the north"]),
    ("if you write the girl in the video they will find me", ["the girl in the video"]),
    ("If you mention the bakery next to the bridge, everyone knows it's mine.", ["the bakery next to the bridge"]),
    # what someone did ends the description
    ("if you say a man from the village did it they will search every house", ["a man from the village"]),
    ("Don't write that I'm the only one who speaks Korean.", ["I'm the only one who speaks Korean"]),
    # said without punctuation, as captions are: the next clause ends it
    ("if you write the woman who runs the forklift that's me", ["the woman who runs the forklift"]),
    ("you can't say the boy with the bicycle everyone knows him", ["the boy with the bicycle"]),
    ("so if you write the only female engineer on the site that's me", ["the only female engineer on the site"]),
    ("if you said the teacher with the red car everybody would know", ["the teacher with the red car"]),
])
def test_the_description_a_source_asks_to_leave_out(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The one with the red scooter, that's me.", ["The one with the red scooter"]),
    ("The woman who brings the tea, that was me.", ["The woman who brings the tea"]),
    ("Everyone in the market knows me as the lady with the blue umbrella.", ["the lady with the blue umbrella"]),
    ("they call me the boy with the bicycle", ["the boy with the bicycle"]),
    ("I'm the one with the red motorbike.", ["I'm the one with the red motorbike"]),
])
def test_a_description_one_points_at_as_oneself(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    'If you write to me I will answer.',
    "You can't say that.",
    "Don't write anything yet.",
    'They say "good morning" every day.',
    'if they say "go back to Turkey" we have to push them',
    'when we say "the border is closed" they laugh',
    "if you say the word they will come",
    "you can't say the man is guilty",
    "If you write the name of the village they will find us.",
    "if you put the story on the website they will read it",
    "the one who called, that's him",
    "I was the one with him.",
])
def test_no_description_without_a_person_set_apart(redactor_default, text):
    assert _unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # after "we live in" the same words are the address (tests/test_direct22_placed_houses.py)
    ("It's the house with the blue door next to the mosque.", ["the house with the blue door next to the mosque"]),
    ("It's the green house with the mango tree.", ["the green house with the mango tree"]),
    ("I rent the third house past the school.", ["the third house past the school"]),
    ("our house with the satellite dish on the roof, everyone knows it", ["our house with the satellite dish on the roof"]),
    ("we had the last flat on the left", ["the last flat on the left"]),
    ("the first house on the corner of the street", ["the first house on the corner of the street"]),
    ("the third blue house past the mosque", ["the third blue house past the mosque"]),
])
def test_a_home_by_its_look_or_its_place_in_a_row(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "He works for the house of representatives.",
    "It's a house with no heating.",
    "They met at the white house.",
    "the building with the flag, that's the ministry",
    "I had the first room in the hostel.",
])
def test_no_home_without_a_feature_or_a_row(redactor_default, text):
    assert _unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("She lives with her mother and three small sisters.", ["three small sisters"]),
    ("I live with my wife and two teenage sons.", ["two teenage sons"]),
    # from the count on: a relative said before it is not part of it
    ("I have a son and two daughters.", ["two daughters"]),
    ("We have one daughter, she is nine.", ["one daughter"]),
    ("we have one child", ["one child"]),
    # 'only' makes the count the uniqueness it is, and is part of it (redactor.detect.unique_edges)
    ("we have only one child", ["only one child"]),
    ("He has four young children.", ["four young children"]),
])
def test_a_family_said_by_its_make_up(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Children are the future.",
    "He was one of the kids in the class.",
    "Thousands of children were displaced.",
    "I have one question for you.",
    "I went with one girl from the office.",
])
def test_no_family_without_a_count_of_ones_own(redactor_default, text):
    assert _unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("There are only two women driving on the night shift.", ["There are only two women driving on the night shift"]),
    ("there were only three medics working in the clinic", ["only three medics working in the clinic"]),
    ("only three families still living on our street", ["only three families still living on our street"]),
    ("there are only like two women driving on the night shift", ["only like two women driving on the night shift"]),
    ("Only two of us are from the capital.", ["Only two of us are from the capital"]),
    ("Maybe three of us from the island on the crew.", ["three of us from the island on the crew"]),
    ("four of us from the same village on the boat", ["four of us from the same village on the boat"]),
])
def test_a_small_group_with_its_defining_clause(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # from the count on, as "me and two other guys on the crane crew" is
    ("there's just me and one other girl on the night shift", ["one other girl on the night shift"]),
    ("me and another woman on the crane crew", ["another woman on the crane crew"]),
    ("only me and two other drivers at the depot", ["two other drivers at the depot"]),
])
def test_me_and_a_few_others_where_we_work(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", ["me and another guy went to the shop", "me and my friend on the bus", "I met another woman on the bus"])
def test_no_me_and_others_without_a_workplace(redactor_default, text):
    assert _unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # "coming to the party" is no defining clause: the count alone stays (a count that opens its
    # clause takes its "be" and where since round 35: "only two of us were at the meeting",
    # test_spans35_clauses)
    ("he said only two of us were at the meeting", ["only two of us"]),
    ("only two women coming to the party", ["only two women"]),
])
def test_a_small_group_without_a_clause_keeps_its_count(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", ["It took only two weeks.", "It's the only way."])
def test_no_small_group_in_a_duration_or_an_idiom(redactor_default, text):
    assert _unique(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("In the video, at the back, in the yellow cap, that's me.", ["at the back, in the yellow cap"]),
    ("in the photo I'm the one in the red scarf", ["the one in the red scarf"]),
    ("you can see me in the footage wearing a green hijab", ["wearing a green hijab"]),
])
def test_what_one_wears_in_a_public_picture(redactor_default, text, expected):
    assert _unique(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "I was wearing a red jacket.",
    "in the video the police wore helmets",
    "In the video you can see the crowd. I was wearing a red jacket.",
])
def test_no_dress_without_a_picture_or_a_colour(redactor_default, text):
    assert _unique(redactor_default, text) == []
