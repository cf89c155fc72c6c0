"""Filters (redactor.detect.filters): public places by population, public bodies by form,
transcript noise, and the date policy; each on its own and through a whole run."""

from __future__ import annotations

import pytest

from redactor.detect.filters import GENERAL_DATE_SCORE, SpanFilters, date_level
from redactor.model import Mention


@pytest.fixture(scope="module")
def filters() -> SpanFilters:
    return SpanFilters(city_population=500_000)


@pytest.mark.parametrize("place", [
    "Ukraine", "the United Kingdom", "Turkey", "Scotland",      # countries (pycountry, GeoNames)
    "Minas Gerais", "Lagos State", "Kharkiv Oblast",             # first-level regions (ISO 3166-2)
    "Kyiv", "Istanbul", "Manila", "Lagos", "Chicago", "Kyiv's",  # cities of 500,000 or more
])
def test_public_places(filters, place):
    assert filters.is_public_place(place)


@pytest.mark.parametrize("place", ["Izium", "Ikeja", "Shebekino", "Bila Tserkva", "Springfield", "Żary", "Pokrovske", "the bakery"])
def test_smaller_places_stay_quasi_identifiers(filters, place):
    assert not filters.is_public_place(place)


def test_the_population_threshold_is_a_setting():
    assert SpanFilters(city_population=100_000).is_public_place("Wroclaw")
    assert not SpanFilters(city_population=1_000_000, regional_capital_population=1_000_000).is_public_place("Wroclaw")
    assert SpanFilters(city_population=1_000_000).is_public_place("Wroclaw")  # a voivodeship's seat


@pytest.mark.parametrize("body", [
    "Department for Work and Pensions", "the Government", "European Court of Human Rights",
    "Supreme Administrative Court", "Ministry of Defence", "Warsaw Regional Court",
    "Republic of Turkey", "Directorate of Immigration", "United Nations",
])
def test_public_bodies_by_form(filters, body):
    assert filters.is_public_body(body)


@pytest.mark.parametrize("org", ["Wronki Prison", "Acme Ltd", "PKK", "St Mary's Hospital",
                                 "the 3rd Police Station", "Kowalski Transport"])
def test_workplaces_and_groups_are_not_public_bodies(filters, org):
    assert not filters.is_public_body(org)


@pytest.mark.parametrize("text, start, end", [
    ("so [laughter] yes", 4, 12),
    ("so <crosstalk> yes", 4, 13),
    ("and (inaudible) then", 5, 14),
    ("oh gosh the paperwork", 3, 7),
    ("oh gosh the paperwork", 12, 21),
    ('your head." (Laughs.) I am', 12, 18),    # a stage direction with its full stop
    ("so [pause...] then", 4, 9),
])
def test_transcript_noise_is_not_a_person(filters, text, start, end):
    assert filters.is_noise(text, start, end)


@pytest.mark.parametrize("text, start, end", [
    ("then marta said", 5, 10),          # a first name, even lower-case
    ("then Gosh said", 5, 9),            # a capital: could be a nickname, the model decides
    ("I met kowalczyk there", 6, 15),
    ("they compared him to napoleon", 21, 29),  # as common abroad as in English: a proper noun
    ("Laughs said no, (and left)", 0, 6),   # no bracket around the word itself
])
def test_names_are_not_noise(filters, text, start, end):
    assert not filters.is_noise(text, start, end)


@pytest.mark.parametrize("span, vocabulary", [
    ("the embargo", True),      # as common abroad as in English, and no name
    ("euro", True),
    ("bergen", False),          # as common abroad, but a known place name
    ("novak", False),           # and a known surname
    ("the Embargo", False),     # written with a capital: the writer meant a name
    ("kharkiv", False),         # rare in English: a place
])
def test_international_words_are_not_places(filters, span, vocabulary):
    assert filters.is_international_vocabulary(span) is vocabulary


@pytest.mark.parametrize("text, level", [
    ("the fourth of June", "day"), ("last Thursday", "day"), ("October ninth", "day"),
    ("03.03.2022", "day"), ("June 2023", "general"), ("August", "general"), ("2019", "general"),
    ("the 1990s", "general"), ("twelve years", "duration"), ("two years ago", "duration"),
    ("today", None), ("a few weeks", None), ("that night", None), ("the past", None),
])
def test_date_levels(text, level):
    assert date_level(text) == level


def _ner(entity_type: str, text: str, score: float = 0.85) -> Mention:
    return Mention(start=0, end=len(text), entity_type=entity_type, score=score,
                   detector="SpacyRecognizer", text=text)


def test_the_date_policy_rescores_what_the_model_finds(filters):
    kept = {m.text: m for m in filters.apply("", [
        _ner("DATE", "the fourth of June"), _ner("DATE", "June 2023"), _ner("DATE", "twelve years"),
        _ner("DATE", "a few weeks"), _ner("LOCATION", "Kyiv"), _ner("LOCATION", "Izium"),
    ])}
    assert sorted(kept) == ["Izium", "June 2023", "the fourth of June", "twelve years"]
    assert kept["the fourth of June"].score == 0.85
    assert kept["June 2023"].score == GENERAL_DATE_SCORE
    assert (kept["twelve years"].entity_type, kept["twelve years"].score) == ("DURATION", GENERAL_DATE_SCORE)


def test_a_source_profile_is_never_filtered(filters):
    m = Mention(start=0, end=4, entity_type="LOCATION", score=1.0, detector="SourceProfileRecognizer", text="Kyiv")
    assert filters.apply("Kyiv", [m]) == [m]


def test_a_run_keeps_public_facts_and_hides_the_small_ones(redactor_default):
    text = ("She moved from Izium to Kyiv and wrote to the Department for Work and Pensions "
            "and to the European Court of Human Rights. [laughter] She worked at Wronki Prison.")
    found = {f.text: f.entity_type for f in redactor_default.scan(text)}
    assert "Izium" in found and "Wronki Prison" in found
    assert not {"Kyiv", "Department for Work and Pensions", "European Court of Human Rights",
                "laughter", "[laughter]"} & set(found)


def test_a_courtesy_title_goes_with_the_name(redactor_default):
    text = "Yesterday Mrs Kowalczyk met Dr. Ivan Petrov. Later Kowalczyk said no."
    found = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    assert [t for t, _ in found] == ["Mrs Kowalczyk", "Dr. Ivan Petrov", "Kowalczyk"]
    assert found[0][1] == found[2][1] != found[1][1]
    # a title-like word that is not right before the name stays
    assert [f.text for f in redactor_default.scan("Ask Mr. and then Olena Bykova.")
            if f.entity_type == "PERSON"] == ["Olena Bykova"]


def test_parts_of_one_address_are_joined(redactor_default):
    text = "Before that, No. 14, Adeyemi Crescent, off Allen Avenue, Ikeja. Then we moved to Izium."
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert ("No. 14, Adeyemi Crescent, off Allen Avenue, Ikeja", "ADDRESS") in found
    assert ("Izium", "LOCATION") in found  # a place after a full stop is not part of it


def test_an_abbreviation_in_capitals_is_not_a_person(filters):
    text = "My IBAN is on the form.\nMARTA: I SAW MARTA THERE."
    iban = Mention(start=3, end=7, entity_type="PERSON", score=0.85, detector="SpacyRecognizer", text="IBAN")
    assert filters.apply(text, [iban]) == []
    # a whole line in capitals is a shouted line or a label: a name there stays a name
    marta = Mention(start=37, end=42, entity_type="PERSON", score=0.85, detector="SpacyRecognizer", text="MARTA")
    assert text[37:42] == "MARTA" and filters.apply(text, [marta]) == [marta]


@pytest.fixture(scope="module")
def figures():
    from redactor.detect.filters import PublicFigures

    return PublicFigures.from_terms(["Emmanuel Macron", "Rishi Sunak", "Xi Jinping", "Boris Johnson",
                                     "Theresa May", "New York Times"])


def _span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    import re

    m = list(re.finditer(re.escape(word), text))[nth]
    return m.start(), m.end()


@pytest.mark.parametrize("text, word", [
    ("Then President Macron called.", "Macron"),
    ("then president macron called", "macron"),          # a caption in lower case
    ("Rishi Sunak came. I saw Mr Sunak's car.", "Sunak's"),  # possessive
    ("We met President Xi there.", "Xi"),                # given name after an office title
    ("Emmanuel Macron came; later Macron left.", "Macron"),
    ("The words of Prime Minister Sunak were clear.", "Prime Minister Sunak"),
])
def test_a_listed_figure_is_kept_by_surname(figures, text, word):
    assert figures.is_public_figure(text, *_span(text, word))


@pytest.mark.parametrize("text, word", [
    ("My neighbour Macron called.", "Macron"),           # no title, no full name in the text
    ("Mr Johnson from the depot called.", "Johnson"),    # a common surname is never kept alone
    ("Mrs May was on shift.", "May"),                    # nor one that is an English word
    ("My colleague Xi came.", "Xi"),                     # a given name needs an office title
    ("Mr Sunakov called.", "Sunakov"),
    ("Mr Sunak from the depot called.", "Sunak"),        # a courtesy title does not say who
])
def test_near_misses_of_public_figures_stay_found(figures, text, word):
    assert not figures.is_public_figure(text, *_span(text, word))


def test_a_run_keeps_public_figures_and_outlets(redactor_default):
    text = ("President Macron spoke to Reuters and Le Figaro, and Prime Minister Sunak answered on ITV. "
            "My cousin Pavlo Hrytsenko and Mr Johnson listened.")
    found = [f.text for f in redactor_default.scan(text)]
    assert not {"Macron", "President Macron", "Reuters", "Le Figaro", "Sunak", "ITV"} & set(found)
    assert "Pavlo Hrytsenko" in found and "Mr Johnson" in found


@pytest.mark.parametrize("text, address", [
    ("We lived at number nine elm tree close, near the park.", "number nine elm tree close"),
    ("I live at twenty-two Oak Avenue.", "twenty-two Oak Avenue"),
    ("He lives at 14 Kingsway Road, off Station Road, in Leyton.",
     "14 Kingsway Road, off Station Road, in Leyton"),
    ("The safe house is at 7 Ulitsa Lenina, apartment 12.", "7 Ulitsa Lenina, apartment 12"),
    ("Calle Morelos 17, colonia Centro, Puebla.", "Calle Morelos 17, colonia Centro, Puebla"),
    ("My office was on Rua Augusta 88, Lisbon.", "Rua Augusta 88, Lisbon"),  # a public city said last too
    ("Send it to Flat 2B, 18 Victoria Street, Glasgow G2 5QX.", "Flat 2B, 18 Victoria Street, Glasgow G2 5QX"),
    ("They moved to Prospekt Peremohy twenty, flat three, in Chernihiv.",
     "Prospekt Peremohy twenty, flat three, in Chernihiv"),
    ("the depot is just off station road now", "station road"),
])
def test_an_address_is_one_finding(redactor_default, text, address):
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert (address, "ADDRESS") in found
    assert not [t for t, kind in found if kind != "ADDRESS" and t in address]


@pytest.mark.parametrize("text", [
    "We met at nine the road was closed.",
    "at two in the afternoon we drove down the lane",
    "I took off work and drove along the road.",
    "He was number one in the way of things.",
    "On 12 March the close friends met.",
])
def test_near_misses_are_not_addresses(make_redactor, text):
    assert not [f.text for f in make_redactor().scan(text) if f.entity_type == "ADDRESS"]


def test_a_name_after_an_address_that_goes_on_is_not_joined(redactor_default):
    found = [(f.text, f.entity_type) for f in redactor_default.scan("I lived at 22 Mill Lane, Anna Kowalska said.")]
    assert ("22 Mill Lane", "ADDRESS") in found and ("Anna Kowalska", "PERSON") in found


@pytest.mark.parametrize("text, absent, present", [
    # an everyday word that only starts a sentence is no place or organisation
    ("Personal phones are not allowed inside. Drive safe, Rhonda.", {"Personal", "Drive"}, {"Rhonda"}),
    # near misses: known places and a company's name no everyday word stay found
    ("I live near Reading. Kessler Logistics hired me.", set(), {"Reading", "Kessler Logistics"}),
    ("Bath was where we met. Tabanovce is the crossing.", set(), {"Tabanovce"}),
])
def test_everyday_words_starting_a_sentence_are_not_places_or_bodies(redactor_default, text, absent, present):
    found = {f.text for f in redactor_default.scan(text)}
    assert not absent & found and present <= found


@pytest.mark.parametrize("text, absent, present", [
    # a heading in capitals is no organisation; a name in one still is
    ("THE FACTS\n\nThe applicant, Mr Kowalczyk, was born in 1970.", {"FACTS"}, {"Mr Kowalczyk"}),
    ("INTERVIEW WITH MARTA KOWALCZYK\nWe met twice.", set(), {"MARTA KOWALCZYK"}),
    # named laws and treaties are public; a club named after a code is not a law
    ("He was convicted under the Criminal Code and the Prevention of Terrorism Act 2000.",
     {"Criminal Code", "the Criminal Code", "the Prevention of Terrorism Act 2000"}, set()),
    ("She runs the Dinklage Code Club with Kessler Logistics.", set(), {"Kessler Logistics"}),
    # an everyday word the model cut out of a capitalised name
    ("The State and the Regional Court disagreed.", {"State", "Regional"}, set()),
])
def test_headings_laws_and_capitalised_everyday_words_are_not_names(redactor_default, text, absent, present):
    found = {f.text for f in redactor_default.scan(text)}
    assert not absent & found and present <= found


@pytest.mark.parametrize("text, absent, present", [
    # a kind of state with its capitals, the way a union of states names its members, is no body
    ("Every Partner State has to send its figures to the Commission by the end of the year, "
     "and each Partner State will be checked.", {"Partner State", "each Partner State"}, set()),
    # office holders of states as a group are many public people, no organisation
    ("In education the Minister spoke at the meeting of the Transport Ministers in the spring.",
     {"Transport Ministers"}, set()),
    ("It was discussed by the Agriculture Ministers, and by the Foreign Commissioners too.",
     {"Agriculture Ministers", "Foreign Commissioners"}, set()),
    ("A statement by the Heads of State of the eurozone was issued.", {"Heads of State"}, set()),
    # near misses: a firm's name stays found, and so does a person after an office
    ("Kowalski Logistics hired her in the spring, and she met Mrs Wrzosek there.", set(),
     {"Kowalski Logistics", "Mrs Wrzosek"}),
])
def test_kinds_of_state_and_office_holders_as_a_group_are_not_bodies(redactor_default, text, absent, present):
    found = {f.text for f in redactor_default.scan(text)}
    assert not absent & found and present <= found
