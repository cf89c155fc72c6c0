"""Keeping what is public (redactor.detect.filters, rules/public.yaml, the public-places data):
places by kind and population, nationalities, public bodies and forces by their form, holders of
state offices, brands and platforms, and the date policy; with the near misses that must still be
found, and four transcripts written for these tests whose public facts are listed beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.filters import (
    PublicFigures,
    SpanFilters,
    date_key,
    is_public_date,
    public_dates,
)

DATA = Path(__file__).parent / "data" / "keep"


@pytest.fixture(scope="module")
def filters() -> SpanFilters:
    return SpanFilters(city_population=500_000)


@pytest.mark.parametrize("place", [
    "Europe", "Africa", "North America",             # continents (GeoNames)
    "eastern Ukraine", "South London", "northern Mexico",  # a part by direction
    "Michoacán", "michoacan", "Coahuila", "Madrid",  # regions by their short name
    "Ukrainian", "Ukrainians", "Nigerian", "Polish", "Iraqi", "Vietnamese",  # nationalities
    "Mexico City", "Iztapalapa",                     # cities of 500,000 or more
    "Nicosia", "Vaduz",                              # capitals, whatever their size
])
def test_public_places_and_peoples(filters, place):
    assert filters.is_public_place(place)


@pytest.mark.parametrize("place", [
    "Nuneaton", "Coventry", "Apatzingán", "Mala Danylivka", "Canary Wharf",  # below the threshold
    "eastern Nuneaton", "Kharkivs", "Surulere", "Wellingborough",
])
def test_small_places_stay_found(filters, place):
    assert not filters.is_public_place(place)


@pytest.mark.parametrize("body", [
    "the State Emergency Service of Ukraine", "The UN Human Rights Monitoring Mission",
    "the Metropolitan Police", "West Midlands Police", "michoacan state police", "the Russian army",
    "the Health and Safety Executive", "GMB union", "Coventry City Council", "Birmingham Crown Court", "Gdańsk Regional Court",
    "Wrocław-Śródmieście District Court", "Criminal Division of the Court of Cassation",
    "the Mexican Navy", "Armed Forces", "the municipal police", "Immigration Appeals Board",
    "House of Lords", "Istanbul Revenue Office",
    # a party names millions of voters; a state committee, a profession's association
    "the Labour Party", "the communist party", "Partido Revolucionario Institucional",
    "the Appeal Committee", "the European Committee for the Prevention of Torture", "the Medical Association",
    # the same words in Polish, Turkish, German, Swedish and Spanish
    "Sąd Rejonowy", "Ministerstwo Zdrowia", "İçişleri Bakanlığı", "Yüksek Öğretim Kurulu",
    "Bundesverfassungsgericht", "Högsta domstolen", "la Fiscalía General de la República",
    "Halkların Demokratik Partisi",
])
def test_public_bodies_and_forces_by_form(filters, body):
    assert filters.is_public_body(body)


@pytest.mark.parametrize("org", [
    "Nuneaton Magistrates' Court", "Nuneaton Town Council", "the Aguililla municipal police",
    "53rd Brigade", "Nuneaton Labour Party",  # a party of a small town names the town
    "the strike committee", "the residents' association",
    "Gülhane Military Medical Academy", "Osmaniye Gendarmerie Commandership",
    "Implementation Group of the Oslo Police District", "the police station", "Hartley & Sons Logistics",
    "Camp Bastion", "the Oxford branch", "Grace Medical Centre",
])
def test_bodies_of_small_places_units_and_workplaces_stay_found(filters, org):
    assert not filters.is_public_body(org)


@pytest.mark.parametrize("text, name, public", [
    ("President Sisi visited the plant.", "Sisi", True),
    ("Governor Sanwo-Olu spoke about it.", "Sanwo-Olu", True),
    ("Prime Minister Rutte said so.", "Rutte", True),
    ("The prison governor Hayes said so.", "Hayes", False),
    ("Deputy Governor Hayes said so.", "Hayes", False),
    ("General Syrskyi came.", "Syrskyi", False),       # a rank, not a state office
    ("our president Kim said so.", "Kim", False),     # a club's or a firm's, lower-case title
    ("the union President Kowalski said so.", "Kowalski", False),
])
def test_holders_of_state_offices(text, name, public):
    start = text.index(name)
    assert PublicFigures({}, {}).is_public_figure(text, start, start + len(name)) is public


def test_a_double_surname_of_a_listed_figure_is_kept_after_a_title():
    figures = PublicFigures.from_terms(["Andrés Manuel López Obrador"])
    text = "president lopez obrador said on the mañanera"
    start = text.index("lopez")
    assert figures.is_public_figure(text, start, start + len("lopez obrador"))


@pytest.mark.parametrize("text, key", [
    ("24 February 2022", (2022, 2, 24)),
    ("the twenty-fourth of february twenty twenty-two", (2022, 2, 24)),
    ("February 24th, 2022", (2022, 2, 24)),
    ("the fourth of June", None),                     # no year: no full date
    ("March", None),
])
def test_date_keys(text, key):
    assert date_key(text) == key


LISTED = public_dates(["24 February 2022", "Kyiv", "11 September 2001"])


@pytest.mark.parametrize("text, date, public", [
    ("We moved in March.", "March", True),                       # a month alone
    ("since August she lives alone", "August", True),
    ("at Christmas we were in Krakow", "Christmas", True),       # a yearly holiday alone
    ("on the twenty-fourth of february twenty twenty-two. then the war came to us",
     "twenty-fourth of february twenty twenty-two", True),     # a listed date, its event nearby
    ("the general election on the fourth of July", "fourth of July", True),  # event named before
    ("the 4 July election", "4 July", True),                     # and after
    ("on the 24th of February, when the full-scale invasion began", "the 24th of February", True),
    # near misses: a private event's day, even beside a public one
    ("last March we met", "last March", False),
    ("a certificate issued on 11 September 2001 by the land office", "11 September 2001", False),
    ("Christmas 2021 was hard", "Christmas 2021", False),
    ("on the 25th of February 2022 they came", "the 25th of February 2022", False),
    ("the attack was on the ninth of october, the day before the state elections", "the ninth of october", False),
    ("my shift was on the ninth of February 2022", "the ninth of February 2022", False),
])
def test_the_public_date_policy(text, date, public):
    start = text.index(date)
    assert is_public_date(text, start, start + len(date), LISTED) is public


# The transcripts in tests/data/keep (written for these tests): what is public and must stay
# untouched, and what identifies and must be found.  Figures on them are in the issue-13 note.
TRANSCRIPTS = {
    "displaced-official.txt": (
        ["Ukraine", "Kharkiv", "24th of February 2022", "Lviv", "Poland", "Warsaw",
         "State Emergency Service of Ukraine", "Ministry of Social Policy", "Armed Forces of Ukraine",
         "BBC", "Ukrainska Pravda", "Zelensky", "May", "Facebook", "Telegram", "Samsung Galaxy",
         "Russians", "Russian army", "Kremlin", "United Nations", "UN Human Rights Monitoring Mission",
         "International Criminal Court", "Europe", "March", "Berlin", "Christmas", "Krakow"],
        ["Oksana", "Mala Danylivka", "Taras", "92nd Brigade", "white Hilux"]),
    "warehouse-picker.txt": (
        ["Amazon", "Tesco", "GMB", "Health and Safety Executive", "Department for Work and Pensions",
         "January", "Home Office", "Keir Starmer", "BBC News", "Guardian", "West Midlands Police",
         "Metropolitan Police", "London", "Birmingham Crown Court", "Court of Appeal",
         "fourth of July", "iPhone", "WhatsApp"],
        ["Coventry", "Hartley & Sons Logistics", "Nuneaton", "Gary Pitt", "KX19 HRT", "Dawn", "Walsgrave"]),
    "michoacan-police-asr.txt": (
        ["morelia", "the army", "the navy", "mexican army", "fbi", "united states", "cjng",
         "lopez obrador", "youtube", "tiktok", "mexico city", "iztapalapa", "banorte", "bbva"],
        ["aguililla", "rosa", "blue nissan", "comandante ruiz", "apatzingan", "the ninth of october"]),
    # written after the rules above, not tuned to: "The Nursing and Midwifery Council" is cut by the
    # model to "The Nursing and" (no filter can tell it is a body), and Heathrow (an airport, not
    # annotated) is found; both are left as they are.
    "lagos-nurse.txt": (
        ["Lagos", "Ibadan", "Nigeria", "United Kingdom", "Instagram", "Home Office", "WhatsApp",
         "Tecno", "Nursing and Midwifery Council", "Nigerian High Commission", "London", "Unison", "BBC", "Governor Sanwo-Olu",
         "Channels TV", "President Tinubu", "January", "New Year", "Western Union", "Easter",
         "twenty-fifth of February twenty twenty-three", "Africa",
         # round 30: an English county (750,000 people) is a public region like a French
         # department; the town in it stays the identifier
         "Northamptonshire"],
        ["CHIOMA", "Surulere", "Grace Medical Centre", "Tunde Bakare", "ninth of February 2022",
         "Wellingborough", "Ifeoma"]),
}


def _spans(text: str, phrase: str) -> list[tuple[int, int]]:
    out, at = [], text.find(phrase)
    while at != -1:
        if not (text[at - 1:at].isalnum() or text[at + len(phrase):at + len(phrase) + 1].isalnum()):
            out.append((at, at + len(phrase)))
        at = text.find(phrase, at + 1)
    assert out, phrase
    return out


@pytest.mark.parametrize("name", list(TRANSCRIPTS))
def test_public_facts_stay_and_identifiers_are_found(redactor_default, name):
    text = (DATA / name).read_text(encoding="utf-8")
    found = [(f.start, f.end) for f in redactor_default.scan(text)]
    public, private = TRANSCRIPTS[name]
    touched = [p for p in public for s, e in _spans(text, p) if any(a < e and s < b for a, b in found)]
    missed = [p for p in private for s, e in _spans(text, p)
              if not any(a <= s and e <= b for a, b in found)]
    assert touched == []
    assert missed == []


def test_a_listed_public_date_stays_only_beside_its_event(redactor_default):
    """The listed date is not in Presidio's allow list: a filing date on the same day is found."""
    private = "A certificate was issued on 11 September 2001 by the Department of Lands."
    public = "After the attacks of 11 September 2001 the airport closed."
    assert [f.text for f in redactor_default.scan(private)] == ["11 September 2001"]
    assert redactor_default.scan(public) == []


@pytest.mark.parametrize("text, found", [
    # a yearly festival the model took for a name or a place dates nothing
    ("We went home at Pongal and came back after Diwali.", []),
    ("We met at Holi and again at Onam.", []),
    # a person whose name starts like one is still a person
    ("My cousin Holi Mensah came at Tet.", [("Holi Mensah", "PERSON")]),
    # a named day is no surname "Day", a holiday's second word no name
    ("On Mother's Day the clinic was closed, and on Valentine's Day too.", []),
    ("Independence Day and Eid al-Fitr were busy.", []),
    ("I met Doris Day and Mr Day at the market.", [("Doris Day", "PERSON"), ("Mr Day", "PERSON")]),
    # how often something happens is no duration of someone's life
    ("The case is reviewed every fourteen days, that is the rule.", []),
    ("I worked there for fourteen days.", [("fourteen days", "DURATION")]),
    ("every two weeks we got paid, for three years", [("three years", "DURATION")]),
])
def test_festivals_and_frequencies_date_nobody(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("text, found", [
    # the time in a job stays found; a public employer named after it is kept
    ("before that three years at Standard Bank, then here", [("three years", "DURATION")]),
    ("nine years at Barclays, four years in the Navy.", [("nine years", "DURATION"), ("four years", "DURATION")]),
    # near miss: a private firm stays inside, and the sentence after it stays out
    ("six years with Kowalski Transport. Then I left.", [("six years with Kowalski Transport", "DURATION")]),
])
def test_a_public_employer_after_a_time_in_a_job_is_kept(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found


@pytest.mark.parametrize("text, found", [
    # a public newspaper's masthead keeps the word a detector took from inside it
    ("The chief adviser says workers will be protected. The Daily Star writes it.", []),
    ("I read it in The Lagos Herald yesterday.", []),
    # near miss: a town's paper names the town
    ("It was in The Nuneaton Herald.", [("Nuneaton Herald", "ORGANIZATION")]),
])
def test_a_word_inside_a_public_masthead_is_kept(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found
