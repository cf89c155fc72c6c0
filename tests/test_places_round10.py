"""Small places, round 10: numbered parts of towns (redactor.detect.recognizers.numbered_places),
cities whose names are words said where someone lives, unknown names after "near" in a caption,
"to X" after a word of going, capitals whose name is mostly another town's, and languages and
verbs that are no place."""

from __future__ import annotations

import pytest

from redactor.detect.casing import caseless_lines
from redactor.detect.filters import SpanFilters
from redactor.detect.languages import names_a_language
from redactor.detect.recognizers.numbered_places import find_numbered_places
from redactor.detect.recognizers.places import find_lower_case_places
from redactor.lexicon.places import capital_namesake_population
from redactor.model import Mention
from tests.test_lower_case_places import _places


def _numbered(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e in find_numbered_places(text, caseless_lines(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("We lived in Sector 7 before the floods.", [(12, 20, "Sector 7")]),
    ("my aunt lives in community eleven near the market", [(17, 33, "community eleven")]),
    ("he stayed in zone four with his cousins after that", [(13, 22, "zone four")]),
    ("We rented a room in Mbare 3, near the market.", [(20, 27, "Mbare 3")]),
    ("we lived in Tema Community 11 for years", [(12, 29, "Tema Community 11")]),
    ("Our house was in Extension 9, near the school.", [(17, 28, "Extension 9")]),
    ("He came from Mirpur 10.", [(13, 22, "Mirpur 10")]),
    ("she lives in Gulshan Phase 2 now", [(13, 28, "Gulshan Phase 2")]),
    # an ambiguous part word alone counts before "of the estate"
    ("They moved us to Phase 2 of the estate.", [(17, 24, "Phase 2")]),
    # French numbers in a caption
    ("i grew up there and then in el manar deux with my aunt", [(28, 41, "el manar deux")]),
    ("we lived in lac trois then", [(12, 21, "lac trois")]),
    # a letter after the number, a Roman numeral after a part word, "of" and the town
    ("We lived in Sector 7A before the floods.", [(12, 21, "Sector 7A")]),
    ("We lived in Commune IV of Bamako.", [(12, 22, "Commune IV")]),
])
def test_a_numbered_part_of_a_town_is_found_whole(text, expected):
    assert _numbered(text) == expected


@pytest.mark.parametrize("text", [
    "Read chapter 7 and then level 4.",
    "She is in grade 3, in room 12.",
    "We were in Room 12 and then in Chapter 7.",
    "They moved us to Phase 2 of the trial.",         # a trial's phase
    "the amendment in section four of the act",
    "in kharkiv two days later we left",               # a number that counts days
    "we stayed in kharkiv one and a half years",       # a public city before a number word
    "In March 12 people died.",
    "In Kabul 2 people died.",
    "we were in world war two then",
    "the court ordered it to pay PLN 50 in compensation",  # a currency code
    "i was born in nineteen ninety",
    "In Mbare I think it was 2009.",                  # a pronoun, no Roman numeral
    "we were in Mbare II before",                     # a Roman numeral only after a part word
    "the provision in Section 4 of Regulation 2016 applies",
    "They moved to Kabul at 2am.",
])
def test_no_numbered_part_of_a_town(text):
    assert _numbered(text) == []


def test_a_numbered_part_is_redacted_whole(redactor_default):
    text = "We rented a room in Mbare 3, near the market. My aunt lives in Sector 7."
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("LOCATION", "Mbare 3") in found and ("LOCATION", "Sector 7") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a city whose name is a word, where someone lives or moved
    ("we moved to cork after the wedding", ["cork"]),
    ("i grew up in galway and my brother too", ["galway"]),
    ("she comes from limerick originally", ["limerick"]),
    # a name no list knows, after "near" or a verb of living
    ("we stayed near sevare for a week", ["sevare"]),
    ("we stayed near sévaré for a week", ["sévaré"]),
    ("i'm from sevare originally", ["sevare"]),
    ("my mother grew up in kouroussa before the war", ["kouroussa"]),
])
def test_a_town_said_where_someone_lives_in_a_caption(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "the bottle was sealed with cork and wax",
    "we moved to bath last year",          # a town, but a word first
    "we moved to mobile when i was ten",
    "i lived in reading for a while then left",
    "we talked near ahmed and his brother",  # a name list knows it
    "i talked to tsinandali about it",       # no verb of living before "to"
])
def test_no_town_said_where_someone_lives(text):
    assert _places(text) == []


def test_a_lower_case_town_said_where_someone_lives_is_redacted(redactor_default):
    text = "we moved to cork after the wedding"
    assert [(f.entity_type, f.start, f.end) for f in redactor_default.scan(text)] == [("LOCATION", 12, 16)]


def test_a_capital_whose_name_is_mostly_another_town_is_no_public_place():
    filters = SpanFilters()
    # Saint Helena's capital; the largest Jamestown is a US town of 30,000
    assert capital_namesake_population("Jamestown") is not None
    assert not filters.is_public_place("Jamestown")
    assert not filters.is_public_place("Stanley")
    # near misses: a capital that is its name's largest bearer, a capital that is a city's
    # alternate name only ("Dili" for Delhi), and a capital named like a larger public city
    assert capital_namesake_population("Vaduz") is None
    assert capital_namesake_population("Dili") is None
    for public in ("Vaduz", "Nicosia", "Dili", "Kingston", "Paris"):
        assert filters.is_public_place(public)


def test_a_small_capital_named_like_a_town_is_redacted(redactor_default):
    text = "He grew up in Jamestown, then moved to Kyiv."
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("LOCATION", "Jamestown") in found and "Kyiv" not in [t for _, t in found]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("I speak Fulfulde and Wolof, and a little Dari.", "Fulfulde", True),
    ("I speak Fulfulde and Wolof, and a little Dari.", "Dari", True),
    ("She translated from Pashto into Urdu for us.", "Pashto", True),
    ("He said it in Twi so the guards would not understand.", "Twi", True),
    # a language's name that is a surname or a town counts only said as a language
    ("My neighbour Moore speaks English.", "Moore", False),
    ("Mr Luo came to the office.", "Luo", False),
    ("The Luo speakers sat at the back.", "Luo", True),
    ("We drove from Bari to Naples.", "Bari", False),
    ("We met Tanya at the market.", "Tanya", False),  # no language at all
])
def test_a_language_name(text, span, expected):
    start = text.index(span)
    assert names_a_language(text, start, start + len(span)) is expected


def test_languages_are_no_person_or_place(redactor_default):
    text = "I speak Fulfulde and Wolof, and a little Dari. My neighbour Moore speaks English."
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert [t for _, t in found if t in ("Fulfulde", "Wolof", "Dari")] == []
    assert ("PERSON", "Moore") in found


@pytest.mark.parametrize("text", [
    "we had to lose the estate after the divorce",
    "they wanted to leave the settlement at night",
    "i went to visit the township every week",
])
def test_a_verb_before_a_settlement_word_is_no_place(redactor_default, text):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("we lived in the obolon neighbourhood then", ["obolon neighbourhood"]),
    ("I was in the Gbarnga district then.", ["Gbarnga district"]),
])
def test_a_named_district_is_still_found(redactor_default, text, expected):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == expected


def test_an_unknown_name_after_a_word_of_going_and_to_is_a_place():
    from redactor.refine.people import place_by_context

    text = "He moved to Kalgoorlie and then to Ceduna. The road to Kumbo was shut. I talked to Ceduna. " \
           "I walked over and handed it to Kwabena."
    words = [("Ceduna", 35), ("Kumbo", 55), ("Ceduna", 83), ("Kwabena", 122)]
    assert [text[i:i + len(w)] for w, i in words] == [w for w, _ in words]
    found = [Mention(i, i + len(w), "PERSON", 0.85, "SpacyRecognizer", w) for w, i in words]
    typed = place_by_context(text, found, set(), lambda form: False,
                             lambda tokens: tokens == ("kwabena",))
    # near misses: "talked to" is no going; a name a name list knows stays a person
    assert [(m.text, m.entity_type) for m in typed] == [
        ("Ceduna", "LOCATION"), ("Kumbo", "LOCATION"), ("Ceduna", "PERSON"), ("Kwabena", "PERSON")]


def test_a_name_spoken_to_after_a_word_of_going_in_the_clause_stays_a_person():
    from redactor.refine.people import place_by_context

    # "came" starts the clause, but "spoke to" and "heard from" name someone; "drove back to" a place
    text = "they came after the storm, they spoke to zeblon for an hour. we came home and heard from zeblon. " \
           "we came back and drove to Kumbo."
    words = [("zeblon", 41), ("zeblon", 89), ("Kumbo", 123)]
    assert [text[i:i + len(w)] for w, i in words] == [w for w, _ in words]
    found = [Mention(i, i + len(w), "PERSON", 0.85, "SpacyRecognizer", w) for w, i in words]
    typed = place_by_context(text, found, set(), lambda form: False)
    assert [m.entity_type for m in typed] == ["PERSON", "PERSON", "LOCATION"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name no list knows where someone lives, in a formal text
    ("The applicant was born in 1939 and lives in Miechucino, Poland.", [(44, 54)]),
    ("We stayed near Sévaré for a week.", [(15, 21)]),
    # a village GeoNames knows, written with a non-breaking hyphen
    ("The applicant was born in 1948 and lives in Konstancin\u2011Jeziorna.", [(44, 63)]),
])
def test_a_capitalised_town_where_someone_lives(text, expected):
    assert list(find_lower_case_places(text, caseless_lines(text))) == expected


@pytest.mark.parametrize("text", [
    "He lives in Kowalczyk's old house.",    # a possessive
    "She moved to Lisowski last year.",      # a surname the name lists know
    "We talked to Miechucino about it.",     # no verb of living
    "The applicant lives in Poland.",        # a country: public, not this rule's
])
def test_no_capitalised_unknown_town(text):
    assert list(find_lower_case_places(text, caseless_lines(text))) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("the road to kouroussa was closed for a week", ["kouroussa"]),
    ("we fled to kouroussa that night", ["kouroussa"]),
    # near misses: a word of going before a city that is also a word, and a short word
    ("we went to cork the bottles", []),
])
def test_a_name_no_list_knows_after_a_word_of_going(text, expected):
    assert _places(text) == expected
