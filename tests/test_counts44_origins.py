"""Round 44: a count of people said with where they all come from, or with the age they are all
under, whole.

- "six others from my village": "others" said with where they all come from are a group of
  people, counted as "of us" is (redactor.detect.recognizers.incident, "others from one group");
  "more" is not ("three more from the same shop" are as often things).
- "eleven of us, all from one mtaa": "all", after a pause or not, before "from" is the group's.
- "from my kebele", "from one mtaa", "from the same mahalla": right after the frame's determiner a
  word no dictionary knows is the group's noun, said in the speaker's own language
  (redactor.detect.unique_edges, ``_rest_of_place(loanword=True)``).
- "fourteen of us from one street in Kirilovo": a count grown over its group still takes the
  preposition up to the place found right after it, which keeps its own finding.
- "Nine children under fourteen", "twelve pickers over sixty", "three girls aged fifteen": the age
  all of them are under or over is the count's.
- "there are only two from rasuwa", "There are nine of us, seven from Eritrea": a few of the
  speaker's group counted by the one place they come from (rules/singling.yaml, SmallGroupCount
  "a few from one place").

Exact spans through a whole Redactor, forms no design set holds, and near misses: "others" or
"more" with nothing of where from, a group of someone else's ("from her dormitory"), "from the
top", a measure or a sum after "under" or "over", a time."""

from __future__ import annotations

import pytest

from scan_helpers import COUNT_TYPES, counts_found


@pytest.mark.parametrize("text, expected", [
    # others and more, with where they all come from
    ("I go in with six others from my village, since 2016.", ["six others from my village"]),
    ("we came down with nine others from the same valley", ["nine others from the same valley"]),
    ("and four others, all from our street, slept there", ["four others, all from our street"]),
    # "all" before "from", after a pause or not
    ("Now I am head of a gang, eleven of us, all from one mtaa. We pick", ["eleven of us, all from one mtaa"]),
    ("we were seven of us all from one village in that lorry", ["seven of us all from one village"]),
])
def test_others_and_all_from_one_group(redactor_default, text, expected):
    assert counts_found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word no dictionary knows, right after the frame's determiner, is the group's noun
    ("By truck from Dabat. Thirty-two of us from my kebele. This was my fifth season.",
     ["Thirty-two of us from my kebele"]),
    ("I sleep with five others from my kampung, near the gate.", ["five others from my kampung"]),
])
def test_a_group_said_in_the_speakers_language(redactor_default, text, expected):
    assert counts_found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected, group", [
    # the group's word a model took for something of its own keeps that finding, and the count
    # grows up to it, so the whole is covered
    ("there are eight of us from the same mahalla on this site", "there are eight of us from the same", "mahalla"),
    ("ten of us from one ayllu went up", "ten of us from one", "ayllu"),
])
def test_a_group_found_on_its_own(redactor_default, text, expected, group):
    found = {f.text: f.entity_type for f in redactor_default.scan(text)}
    assert found.get(expected) in COUNT_TYPES and group in found


@pytest.mark.parametrize("text, expected", [
    ("We are fourteen of us from one street in Kirilovo.", ["fourteen of us from one street in", "Kirilovo"]),
])
def test_the_place_after_the_group_keeps_its_finding(redactor_default, text, expected):
    found = [f.text for f in redactor_default.scan(text) if f.entity_type in (*COUNT_TYPES, "LOCATION")]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Who else works there? Nine children under fourteen, in the back room.", ["Nine children under fourteen"]),
    ("We go out with twelve pickers over sixty, the young ones left.", ["twelve pickers over sixty"]),
    ("There were three girls aged fifteen in that room.", ["three girls aged fifteen"]),
    ("they had four boys under twelve years old on the nets", ["four boys under twelve years old"]),
])
def test_a_count_under_or_over_an_age(redactor_default, text, expected):
    assert counts_found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("two others said no, and they went home.", []),                 # others: nothing of where from
    ("Five more came later that night.", []),
    ("I came with six others from her village.", []),                # a group of someone else's
    ("we sent three more from the top of the list", []),             # no group said as one
    ("I brought three more from my kitchen.", []),                    # more from one's own: things
    ("I bought three more from the same shop last week.", []),       # more from one place: things too
    ("They shipped five more from the same factory.", []),
    ("nine of us from work came.", ["nine of us"]),                   # no determiner: no group
    ("there were nine boys under forty kilos there", ["nine boys"]),  # a measure, not an age
    ("five workers over two hundred metres up", ["five workers"]),    # a bigger number's start
    ("six workers over two hours, no water", ["six workers"]),        # a time
])
def test_near_misses(redactor_default, text, expected):
    assert counts_found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("in our camp there are only two from rasuwa, me and dawa dai", ["there are only two from rasuwa"]),
    ("There are nine of us, seven from Eritrea.", ["There are nine of us", "seven from Eritrea"]),
    # forms no design set has
    ("on the boat we're four from Tuvalu and the rest Filipino", ["four from Tuvalu"]),
    # (a clause rule's phrase goes on to its clause's end)
    ("there were only three from Kampong Cham that year", ["only three from Kampong Cham that year"]),
    ("we are twelve of us, five from kirundo", ["twelve of us", "five from kirundo"]),
])
def test_a_few_from_one_place(redactor_default, text, expected):
    assert counts_found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "there are two from here who know it",          # no place: a word of where
    "we were three from the start.",                # no group's place
    "I bought five from Lagos and two from the market.",  # no group of the speaker's said before
    "there are ten from 2019 still open",           # a year
])
def test_a_few_from_near_misses(redactor_default, text):
    assert counts_found(redactor_default, text) == []
