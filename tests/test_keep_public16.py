"""Public institutions kept by their form (round 16): a hospital named after a person, a saint
or the state's tier, a news outlet by what is said of it, a telephone operator or a
mobile-money service beside a line or a payment, and a body named after a whole country.  Near
misses stay found: the speaker's own hospital, a small facility, a hospital named by a place
alone or a private owner, a firm named after a country or a person, a village's association,
a person named like a patron, an outlet's namesake person."""

from __future__ import annotations

import pytest


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


def _mention(text, span, kind="PERSON"):
    from redactor.model import Mention

    at = text.index(span)
    return Mention(start=at, end=at + len(span), entity_type=kind, score=0.85, detector="SpacyRecognizer", text=span)


def _names(redactor, text):
    return [(kind, value) for kind, value in _found(redactor, text)
            if kind in {"PERSON", "ORGANIZATION", "LOCATION"}]


@pytest.mark.parametrize("text", [
    "My uncle died at the Bo Government Hospital in March.",
    "They took her to Hospital Dr. Rafael Calderón in the night.",
    "then she went to hospital santa rosa de lima for the scan",
    "He was born in the Queen Elizabeth Central Hospital.",
    "They sent him to CHU Ignace Deen after that.",
    "She died at Hospital San Juan de Dios in the morning.",
    "They took him to Kamuzu Central Hospital in Lilongwe.",
    "My mother was treated at Hôpital Saint-Louis.",
    "The ambulance went to St. Joseph's Hospital.",
    "He was admitted to the Princess Marina Hospital.",
    "They took him to the Komfo Anokye Teaching Hospital.",
    "Nobody helped at Hospital Escuela Antonio Lenin Fonseca.",
])
def test_a_hospital_named_after_a_person_a_saint_or_a_tier_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, found", [
    # the speaker's own hospital, wherever the file names it
    ("I am a nurse at Mulago Hospital.", ("ORGANIZATION", "Mulago Hospital")),
    ("I work at the Princess Marina Hospital in the maternity ward.", ("ORGANIZATION", "Princess Marina Hospital")),
    ("In my ward at Kamuzu Central Hospital nobody talks.", ("ORGANIZATION", "Kamuzu Central Hospital")),
    ("I worked at Kamuzu Central Hospital for ten years. Later my son was born at Kamuzu Central Hospital.",
     ("ORGANIZATION", "Kamuzu Central Hospital")),
    # a hospital's staff: the hospitals the interview names may be theirs
    ("I am a midwife. The baby came at the Queen Elizabeth Central Hospital.",
     ("ORGANIZATION", "Queen Elizabeth Central Hospital")),
    # a private owner's, a place's alone, a province's tier alone
    ("I went to Okafor's Hospital for my leg.", ("ORGANIZATION", "Okafor's Hospital")),
    ("They took him to Nairobi Hospital.", ("ORGANIZATION", "Nairobi Hospital")),
    ("She was at Binh Duong General Hospital for a week.", ("ORGANIZATION", "Binh Duong General Hospital")),
    # no hospital's word: a person, a small facility, a firm
    ("Rafael Calderón came to see me.", ("PERSON", "Rafael Calderón")),
    ("Then Santa Rosa called me on the phone.", ("PERSON", "Santa Rosa")),
    ("The clinic in Kasungu was closed.", ("LOCATION", "Kasungu")),
    ("I went to Okafor Motors to buy a car.", ("ORGANIZATION", "Okafor Motors")),
])
def test_hospital_near_misses_stay_found(redactor_default, text, found):
    assert found in _found(redactor_default, text)


def test_the_hospitals_name_words_and_the_speakers_workplace():
    from redactor.detect.hospitals import is_named_hospital, named_as_workplace

    mention = _mention
    text = "They took her to Hospital Dr. Rafael Calderón in the night."
    assert is_named_hospital(text, mention(text, "Rafael Calderón"))   # the title between the word and the name
    text = "We drove to Nkhoma District Hospital."
    assert is_named_hospital(text, mention(text, "Nkhoma", "LOCATION"))  # the place the model took from it
    text = "He was treated at Kapiri Provincial Hospital."
    assert not is_named_hospital(text, mention(text, "Kapiri Provincial Hospital", "ORGANIZATION"))
    text = "Dr. Rafael Calderón treated me."
    assert not is_named_hospital(text, mention(text, "Rafael Calderón"))
    assert not is_named_hospital("I paid 20 dollars.", mention("I paid 20 dollars.", "20 dollars", "MONEY"))
    assert named_as_workplace("I was a porter at the Queen Elizabeth Central Hospital.", ["Queen", "Elizabeth", "Hospital"])
    assert named_as_workplace("The Kamuzu Central Hospital, where I work, is big.", ["Kamuzu", "Central"])
    assert not named_as_workplace("My brother died at the Kenema Government Hospital.", ["Kenema", "Government"])
    assert not named_as_workplace("I work at the market. My son was born at Kamuzu.", ["Kamuzu"])


@pytest.mark.parametrize("text, detail", [
    ("My brother died at the Kenema Government Hospital last year.", "My brother died"),
    ("my brother died in the mine collapse last year", "my brother died in the mine collapse"),
])
def test_a_relatives_death_is_found_without_the_name_after_it(redactor_default, text, detail):
    assert ("UNIQUE_DETAIL", detail) in _found(redactor_default, text)


@pytest.mark.parametrize("text, span", [
    ("Please tell The Herald nothing.", "The Herald"),
    ("Do not give this to Nation before you publish.", "Nation"),
    ("The Observer reporter called me twice.", "The Observer"),
    ("Radio Zamaneh said it was true.", "Zamaneh"),
    ("It was on Radio Maria last week.", "Maria"),
    ("I heard it on Radio Okapi.", "Okapi"),
])
def test_an_outlet_named_alone_or_after_its_medium_is_kept(span, text):
    from redactor.detect.filters import SpanFilters

    for kind in ("PERSON", "ORGANIZATION"):
        assert SpanFilters().filter_one(text, _mention(text, span, kind)) is None


@pytest.mark.parametrize("text, span, kind, kept", [
    ("Kompas wrote about it.", "Kompas", "ORGANIZATION", True),
    ("Malaysiakini wrote a story on the factory.", "Malaysiakini", "ORGANIZATION", True),
    ("Anna wrote about it.", "Anna", "ORGANIZATION", False),        # a person writes too
    ("Anna Kowalska wrote about it.", "Anna Kowalska", "PERSON", False),
    ("I told Maria nothing.", "Maria", "PERSON", False),
    ("I heard on the radio Maria was hurt.", "Maria", "PERSON", False),  # the radio is no name's start
])
def test_outlets_by_what_is_said_and_their_near_misses(text, span, kind, kept):
    from redactor.detect.filters import SpanFilters

    assert (SpanFilters().filter_one(text, _mention(text, span, kind)) is None) is kept


def test_a_masthead_word_alone_is_a_papers_name():
    from redactor.detect.outlets import masthead_alone

    assert masthead_alone("The Herald") and masthead_alone("Nation") and masthead_alone("the Observer")
    assert not masthead_alone("Herald Banda")      # a word of a longer name
    assert not masthead_alone("the guardian")      # a word in small letters
    assert not masthead_alone("The Sunrise")       # no masthead's word


@pytest.mark.parametrize("text, span, kept", [
    ("My Unitel number is 923 456 789.", "Unitel number", True),
    ("I have the vodacom one too.", "the vodacom one", True),
    ("I have the vodacom one too.", "vodacom", True),
    ("I have airtel, and mpesa also on it.", "airtel", True),
    ("I have airtel, and mpesa also on it.", "mpesa", True),
    ("They paid me by ecocash every week.", "ecocash", True),
    ("Send it by M-Pesa.", "M-Pesa", True),
    ("A: Which network?\nB: It is Moov.\nB: 70 12 34 56 81", "Moov", True),
    ("B: the number is 0977 123 456\nB: airtel", "airtel", True),
    # near misses: a person's name, an everyday word, an operator with no line or payment
    ("B: I met Anna.\nB: 70 12 34 56 81", "Anna", False),
    ("I have the orange one too.", "the orange one", False),
    ("B: ask Tigo.\nB: the rain came in 2019", "Tigo", False),
    ("My Anna number is 923 456 789.", "Anna number", False),
])
def test_an_operator_or_a_mobile_money_service_beside_a_line_or_a_payment(text, span, kept):
    from redactor.detect.filters import names_phone_operator

    assert names_phone_operator(text, _mention(text, span)) is kept


@pytest.mark.parametrize("text, span, kept", [
    ("I complained to the Malta Law Society.", "the Malta Law Society", True),
    ("The Bank of Botswana changed the rules.", "The Bank of Botswana", True),
    ("The Bulgarian Helsinki Committee helped us.", "The Bulgarian Helsinki Committee", True),
    ("The Nauru Fisheries Authority fined the boat.", "The Nauru Fisheries Authority", True),
    ("We wrote to the Law Society of Kenya.", "the Law Society of Kenya", True),
    # a firm named after a country, a town's association, the speaker's employer, a person's foundation
    ("The Tonga Fishing Ltd crew did not help.", "The Tonga Fishing Ltd", False),
    ("The Kasungu Farmers Association met in May.", "The Kasungu Farmers Association", False),
    ("The Malta Freight Services office called.", "The Malta Freight Services", False),
    ("I work for the Ghana Cocoa Board as a driver.", "the Ghana Cocoa Board", False),
    ("Anna Kowalska Foundation gave us food.", "Anna Kowalska Foundation", False),
    ("The Polish Fishing Company paid us.", "The Polish Fishing Company", False),
    ("The Malawi Fisheries Authority branch in Nkhata Bay closed.", "The Malawi Fisheries Authority branch", False),
])
def test_a_body_named_after_a_whole_country(text, span, kept):
    from redactor.detect.national_bodies import is_national_body

    assert is_national_body(text, _mention(text, span, "ORGANIZATION")) is kept


@pytest.mark.parametrize("text, found", [
    ("i worked for the district hospital", ("ORGANIZATION", "district hospital")),   # no name of one
    ("she was admitted to the Kiambu county referral hospital", ("ORGANIZATION", "Kiambu county referral hospital")),
])
def test_a_hospital_without_a_name_or_by_a_countys_tier_stays_found(redactor_default, text, found):
    assert found in _found(redactor_default, text)


def test_a_hospital_named_in_small_letters_as_the_speakers_workplace():
    from redactor.detect.hospitals import named_as_workplace

    assert named_as_workplace("i work at kamuzu central hospital since 2019", ["kamuzu", "central"])
    assert not named_as_workplace("my son was born at kamuzu central hospital", ["kamuzu", "central"])
