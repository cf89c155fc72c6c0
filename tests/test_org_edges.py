"""An organisation grown over its trade, site and legal form (redactor.detect.org_edges): exact
spans on made-up mentions, and the words that must stay outside."""

from __future__ import annotations

import pytest

from redactor.detect.org_edges import extend_organisations
from redactor.model import Mention


def _grown(text: str, found: str, entity_type: str = "ORGANIZATION",
           detector: str = "SpacyRecognizer") -> tuple[str, str]:
    start = text.index(found)
    m = Mention(start=start, end=start + len(found), entity_type=entity_type, score=0.85,
                detector=detector, text=found)
    [out] = extend_organisations([m], text)
    assert out.text == text[out.start:out.end]
    return out.entity_type, out.text


@pytest.mark.parametrize("text, found, expected", [
    ("I drove for Kowalski Transport sp. z o.o. for six years.", "Kowalski",
     "Kowalski Transport sp. z o.o."),
    ("She sewed at Hoang Long Garment Company in Binh Duong.", "Hoang Long", "Hoang Long Garment Company"),
    ("He was a welder at Marlow Engineering Ltd until 2019.", "Marlow", "Marlow Engineering Ltd"),
    ("We loaded trucks for Ege Liman A.Ş. at night.", "Ege Liman", "Ege Liman A.Ş."),
    ("I'm a picker at the Kovra warehouse.", "Kovra", "Kovra warehouse"),
    ("i sewed for hoang long garment company", "hoang long", "hoang long garment company"),
    ("i work in the kovra warehouse near the ring road", "kovra", "kovra warehouse"),
])
def test_an_organisation_takes_the_words_of_its_name(text, found, expected):
    assert _grown(text, found) == ("ORGANIZATION", expected)


@pytest.mark.parametrize("text, found", [
    ("I asked Kovra. Security was called.", "Kovra"),          # a sentence ends between
    ("i told kovra Security would come", "kovra"),             # a caption's name takes no capital
    ("the Kovra manager shouted at us", "Kovra"),             # no trade, no site
    ("Kovra works nights and weekends.", "Kovra"),             # "works" is the verb
])
def test_other_words_stay_outside(text, found):
    assert _grown(text, found) == ("ORGANIZATION", found)


@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("i drive for kowalski transport on the night route", "kowalski", "PERSON",
     ("ORGANIZATION", "kowalski transport")),
    ("He drove for Nowak Logistics for years.", "Nowak", "PERSON", ("ORGANIZATION", "Nowak Logistics")),
    ("he was a foreman at the bilton plant", "bilton", "LOCATION", ("ORGANIZATION", "bilton plant")),
    ("we stayed in kakuma camp for years", "kakuma", "LOCATION", ("LOCATION", "kakuma camp")),
    # a person before a word that follows names in a clause stays a person
    ("i told anna security was coming", "anna", "PERSON", ("PERSON", "anna")),
    ("we had dinner with marek group after group", "marek", "PERSON", ("PERSON", "marek")),
    ("Anna kitchen duty was on Fridays", "Anna", "PERSON", ("PERSON", "Anna")),
])
def test_a_person_or_place_before_a_firm_word(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


def test_a_source_profile_name_is_never_made_a_firm():
    assert _grown("i drive for kowalski transport", "kowalski", "PERSON", detector="SourceProfileRecognizer") == \
        ("PERSON", "kowalski")


def test_an_owner_s_firm_takes_its_trade():
    assert _grown("She cooks at Nkechi's Kitchen on Allen Avenue.", "Nkechi") == \
        ("ORGANIZATION", "Nkechi's Kitchen")


@pytest.mark.parametrize("text, found, expected", [
    ("My sister sewed at Hoang Long Garment Company.", "Long Garment Company", "Hoang Long Garment Company"),
    ("She cooks at Mama Nkechi's Kitchen now.", "Nkechi", "Mama Nkechi's Kitchen"),
    # a common word, a title or an article before the name stays outside
    ("Yesterday Kovra Logistics called me.", "Kovra Logistics", "Kovra Logistics"),
    ("Then a Polish Kovra Logistics truck came.", "Kovra Logistics", "Kovra Logistics"),
    ("I worked at the Lviv Kovra plant.", "Kovra plant", "Kovra plant"),
    ("I wrote to Mr Kovra about it.", "Kovra", "Kovra"),
    ("i sewed at hoang long garment company", "long garment company", "long garment company"),
])
def test_an_organisation_takes_the_first_words_the_detector_left(text, found, expected):
    assert _grown(text, found) == ("ORGANIZATION", expected)


@pytest.mark.parametrize("text, found", [
    # in a caption, a word the model took for a firm takes no generic word after it
    ("the impact of housing and husbandry systems on health", "husbandry"),
    ("therefore the alde group decided to vote against", "alde"),
    ("our regulation applying to gm food and feed", "gm"),
])
def test_a_caption_s_name_takes_only_a_firm_s_trade(text, found):
    assert _grown(text, found) == ("ORGANIZATION", found)


@pytest.mark.parametrize("text, found", [
    ("Then Olumide Bakare and Chinedu Eze came.", "Bakare"),  # no firm's word: no first words taken
    ("rossosh bakery followup", "rossosh"),                 # a site in lower case only after "the"
])
def test_a_name_not_seen_to_be_a_firm_s_stays_as_found(text, found):
    assert _grown(text, found) == ("ORGANIZATION", found)


@pytest.mark.parametrize("text, found, entity_type, expected", [
    # the short legal forms of the workplaces pack, as written
    ("I drove for Vardar Trans DOOEL for six years.", "Vardar", "ORGANIZATION", "Vardar Trans DOOEL"),
    ("She packed boxes for Baltic Farms OOO near Pskov.", "Baltic Farms", "ORGANIZATION", "Baltic Farms OOO"),
    ("He welded for Stroy Montazh d.o.o. in Maribor.", "Stroy Montazh", "ORGANIZATION", "Stroy Montazh d.o.o."),
    ("She was a cleaner for Nordmarine GmbH.", "Nordmarine GmbH", "PERSON", "Nordmarine GmbH"),  # a person with a legal form is a firm
    ("I was at Kedah Palm Sdn Bhd for three years.", "Kedah Palm", "ORGANIZATION", "Kedah Palm Sdn Bhd"),
    # a caption's name that took a trade takes the firm's word after it
    ("i answered calls at bluecoast contact solutions at night", "bluecoast", "ORGANIZATION",
     "bluecoast contact solutions"),
])
def test_legal_forms_and_trades_of_more_countries(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == ("ORGANIZATION", expected)


@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("We talked to Vardar as well.", "Vardar", "PERSON", ("PERSON", "Vardar")),          # no form after
    ("I told Marko as he left.", "Marko", "PERSON", ("PERSON", "Marko")),                # "as" is no "AS"
    ("i told bluecoast solutions were coming", "bluecoast", "ORGANIZATION", ("ORGANIZATION", "bluecoast")),
    ("the alde group services were cut", "alde", "ORGANIZATION", ("ORGANIZATION", "alde")),
])
def test_a_short_form_in_other_case_or_a_generic_word_alone_is_not_taken(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


@pytest.mark.parametrize("name, expected", [
    ("Vardar Trans DOOEL", "Vardar Trans"), ("Sunrise Foods SRL", "Sunrise Foods"),
    ("Kowalski Transport sp. z o.o.", "Kowalski Transport"), ("Ege Liman A.Ş.", "Ege Liman"),
    ("vardar trans dooel", "vardar trans"), ("Vardar Trans", None), ("Marko as", None), ("GmbH", None),
])
def test_a_firm_s_name_without_its_legal_form(name, expected):
    from redactor.detect.org_edges import without_legal_form

    assert without_legal_form(name) == expected


def test_the_short_name_said_later_is_the_same_firm(redactor_default):
    text = "I drove for Vardar Trans DOOEL for six years.\nVardar Trans paid late, always.\n"
    found = [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "ORGANIZATION"]
    assert [t for t, _ in found] == ["Vardar Trans DOOEL", "Vardar Trans"]
    assert len({r for _, r in found}) == 1


@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("Chikwawa village was flooded that year.", "Chikwawa", "PERSON", ("LOCATION", "Chikwawa village")),
    ("We waited at Nyabugogo bus park for hours.", "Nyabugogo", "LOCATION", ("LOCATION", "Nyabugogo bus park")),
    ("he sells shoes at owino market", "owino", "PERSON", ("LOCATION", "owino market")),
    ("He was dropped at Madina junction at night.", "Madina", "LOCATION", ("LOCATION", "Madina junction")),
    ("They lived in the Kakuma refugee camp.", "Kakuma", "PERSON", ("LOCATION", "Kakuma refugee camp")),
    ("we met at the kalerwe trading centre", "kalerwe", "LOCATION", ("LOCATION", "kalerwe trading centre")),
])
def test_a_small_place_takes_its_tail(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == expected


@pytest.mark.parametrize("text, found, entity_type", [
    ("I asked Maria market prices every week.", "Maria", "PERSON"),      # a given name stays a person
    ("James market stall was empty.", "James", "PERSON"),
    ("Grace Banda village elders met us.", "Grace Banda", "PERSON"),     # a full name stays a person
    ("i was born in chikwawa Village Two", "chikwawa", "LOCATION"),      # a caption's name takes no capital
    ("we stayed in Chikwawa, village life was hard", "Chikwawa", "LOCATION"),  # a comma between
    ("Chikwawa villagers came to town", "Chikwawa", "LOCATION"),         # not the word "village"
])
def test_a_place_tail_is_not_taken(text, found, entity_type):
    assert _grown(text, found, entity_type) == (entity_type, found)


def test_a_small_places_tail_through_a_run_and_a_public_city_without_one(redactor_default):
    text = "We waited at Nyabugogo bus park, then took the bus to the Kampala bus park."
    found = [(f.entity_type, f.text) for f in redactor_default.scan(text)]
    assert ("LOCATION", "Nyabugogo bus park") in found
    assert not any("Kampala" in span for _, span in found)


@pytest.mark.parametrize("text, found, expected", [
    ("My sister is an operator at Hasan Knitwear.", "Hasan Knitwear", ("ORGANIZATION", "Hasan Knitwear")),
    ("She joined Fakir Knit Composite in 2019.", "Fakir Knit", ("ORGANIZATION", "Fakir Knit Composite")),
    ("They were sewing at Anwar Garments.", "Anwar Garments", ("ORGANIZATION", "Anwar Garments")),
    # a name list's surname, and a lower-case trade, leave the person
    ("We watched John Mills on television.", "John Mills", ("PERSON", "John Mills")),
    ("i asked anwar garments were ready", "anwar garments", ("PERSON", "anwar garments")),
    ("Hasan said Knitwear was his trade.", "Hasan", ("PERSON", "Hasan")),
])
def test_a_person_the_model_found_that_ends_with_a_trade_is_the_firm(text, found, expected):
    assert _grown(text, found, "PERSON") == expected


# A firm said by its kind, then named (round 23): "an outside company, velroza pump service,",
# "an agency, tarnel staff.": the detector's guess of a person or a place in the name is the
# firm's, grown over the words of its trade to the clause's end.  Near misses: a name that a
# clause goes on after, a function word before the name, no firm's kind before it.
@pytest.mark.parametrize("text, found, entity_type, expected", [
    ("our pumps are fixed by an outside company, velroza pump service, since last year",
     "velroza", "PERSON", "velroza pump service"),
    ("the new site belongs to a sister firm, tam dorin. it is far", "dorin", "PERSON", "tam dorin"),
    ("the owner of the yard is a company, nova talvero wood.", "talvero wood", "LOCATION", "nova talvero wood"),
    ("the cleaners were hired through an agency, tarnel staff.", "tarnel", "PERSON", "tarnel staff"),
    ("Our team plays for a club, Orvanka Kids, on Sundays.", "Orvanka", "PERSON", "Orvanka Kids"),
    # a word no dictionary knows goes on the name
    ("my son trains with a club called dorval velkovac juniors.", "dorval", "PERSON", "dorval velkovac juniors"),
    ("the shop is called tarvik bolts.", "tarvik", "PERSON", "tarvik bolts"),
    ("We hired a contractor in Velmorsk, it's called brenko hull repairs", "brenko", "PERSON",
     "brenko hull repairs"),
])
def test_a_firm_said_by_its_kind_is_named_whole(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == ("ORGANIZATION", expected)


@pytest.mark.parametrize("text, found", [
    # the clause goes on after the name: a person who spoke
    ("I worked for a company, John said it was fine.", "John"),
    # no kind of firm before it
    ("I waited with my brother, velroza phoned later.", "velroza"),
    ("the driver is tomas, he lives nearby.", "tomas"),
    # a function word between the kind and the name
    ("the company is in velroza, by the coast.", "velroza"),
])
def test_a_name_no_firm_is_said_of_stays(text, found):
    assert _grown(text, found, "PERSON") == ("PERSON", found)


def test_a_profile_name_is_never_made_a_firm():
    text = "an outside company, velroza pump service, since last year"
    assert _grown(text, "velroza", "PERSON", detector="SourceProfileRecognizer") == ("PERSON", "velroza")
