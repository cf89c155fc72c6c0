"""The workplaces pack (rules/workplaces.yaml): sub-units, wards, lines and shifts, named teams,
spoken formation numbers and employers after a verb of employment - exact spans through a whole
run, and the near misses that must stay unfound."""

from __future__ import annotations

from pathlib import Path

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    ("He was moved to C wing after that.", ("WORK_UNIT", "C wing")),
    ("She works nights on ward 7B at the county hospital.", ("WORK_UNIT", "ward 7B")),
    ("I was on line 12 at the bottling plant.", ("WORK_UNIT", "line 12")),
    ("They put me in the night team on shift C.", ("WORK_UNIT", "shift C")),
    ("We were Team Kestrel, six of us.", ("WORK_UNIT", "Team Kestrel")),
    ("She was in Alpha Company.", ("WORK_UNIT", "Alpha Company")),
    ("i was in bravo platoon then", ("WORK_UNIT", "bravo platoon")),
    ("I served with the 93rd near the river.", ("MILITARY_UNIT", "the 93rd")),
    ("He joined the eighty second airborne as a boy.", ("MILITARY_UNIT", "eighty second airborne")),
    ("My brother was in the eighty-second airborne division.",
     ("MILITARY_UNIT", "eighty-second airborne division")),
    ("For years I worked at Marek and Sons Joinery.", ("ORGANIZATION", "Marek and Sons Joinery")),
])
def test_units_and_employers_are_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


@pytest.mark.parametrize("text", [
    "A wing of the hospital was closed.",          # an article, not a wing letter
    "Read line 12 of the contract to me.",         # a line of a text
    "The 93rd time I asked, she answered.",        # an ordinal of something else
    "On the 21st of the month we were paid.",
    "I work at night and I worked for years.",     # no name after the verb
    "I work for a small bakery.",
    "Ward rounds start at seven.",
])
def test_near_misses_of_units_and_employers(make_redactor, text):
    # a fresh pseudonym table: a unit found in another test is found again wherever it recurs
    assert not [t for kind, t in _found(make_redactor(), text)
                if kind in {"WORK_UNIT", "MILITARY_UNIT", "ORGANIZATION"}]


def test_a_public_employer_stays(redactor_default):
    # A large company in the keep list is public even after "I work for".
    assert "Amazon" not in [t for _, t in _found(redactor_default, "I work for Amazon in the warehouse.")]


@pytest.mark.parametrize("text, expected", [
    ("I'm employed by Nordmarine Shipping as a deckhand.", ["Nordmarine Shipping"]),
    ("she got a job at the Golden Dragon and quit", ["Golden Dragon"]),
    ("He worked for Delta & Sons Haulage.", ["Delta & Sons Haulage"]),
    ("I worked with Anna for years.", []),          # a colleague, not an employer
    ("I worked at Christmas and at Easter.", []),
    ("I work for my uncle.", []),
])
def test_the_employer_pattern_alone(text, expected):
    assert _employer_finds(text) == expected


def _employer_finds(text: str) -> list[str]:
    """What the workplaces pack's Employer recognizer alone finds in ``text``."""
    import regex

    from redactor.detect.packs import load_pack

    pack = load_pack(Path(__file__).resolve().parent.parent / "rules" / "workplaces.yaml")
    [employer] = [r for r in pack.recognizers if r.name == "Employer"]
    return [text[r.start:r.end] for r in employer.analyze(text, entities=["ORGANIZATION"], nlp_artifacts=None,
                                                          regex_flags=regex.IGNORECASE)]


@pytest.mark.parametrize("text, expected", [
    ("Kovra hired me in May, after the interview.", ["Kovra"]),
    ("Then Brightway Cleaning never paid us for March.", ["Brightway Cleaning"]),
    ("In the end Norland laid us off without notice.", ["Norland"]),
    ("They hired me in May.", []),                  # a pronoun
    ("The agency paid us in cash.", []),            # an article and a kind of firm
    ("Mr Kowalczyk hired me himself.", []),         # a title: the model's person
    ("Kovra hired a new manager.", []),             # not what it did to the speaker
    ("Later Dad paid us a visit.", []),
])
def test_a_firm_that_hired_or_paid_the_speaker(text, expected):
    assert sorted(set(_employer_finds(text))) == expected


@pytest.mark.parametrize("text, expected", [
    # the model stops at the distinctive word; the firm's trade, site and legal form go with it
    ("i drive for kowalski transport on the night route", ("ORGANIZATION", "kowalski transport")),
    ("i work in the kovra warehouse near the ring road", ("ORGANIZATION", "kovra warehouse")),
    ("i'm with eastgate security at the mall most nights", ("ORGANIZATION", "eastgate security")),
    ("he was a foreman at the bilton plant", ("ORGANIZATION", "bilton plant")),
    ("we stayed in kakuma camp for years", ("LOCATION", "kakuma camp")),
])
def test_a_firm_is_redacted_with_its_trade_and_site(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


@pytest.mark.parametrize("text, public", [
    ("I work for Amazon in the warehouse.", "Amazon"),
    ("i pick orders at the amazon warehouse", "amazon"),
    ("She works at the Lviv plant now.", "Lviv"),
])
def test_a_public_firm_or_city_is_not_grown_into_a_workplace(redactor_default, text, public):
    assert not [t for _, t in _found(redactor_default, text) if public in t]


@pytest.mark.parametrize("text, expected", [
    ("He was held in kalibo city jail for a month.", ("ORGANIZATION", "kalibo city jail")),
    ("He works at Kalibo municipal hospital.", ("ORGANIZATION", "Kalibo municipal hospital")),
    ("I worked at the Nkhotakota district hospital.", ("ORGANIZATION", "Nkhotakota district hospital")),
    ("she was admitted to the Kiambu county referral hospital",
     ("ORGANIZATION", "Kiambu county referral hospital")),
    ("i worked at kiambu level five hospital", ("ORGANIZATION", "kiambu level five hospital")),
    ("She was a nurse at the provincial hospital.", ("ORGANIZATION", "provincial hospital")),
    ("they took him to the county jail", ("ORGANIZATION", "county jail")),
    # a named or qualified workplace with the small place it is in, whole
    ("we worked at the brick kiln in Sirajganj.", ("ORGANIZATION", "brick kiln in Sirajganj")),
    # (a patient's hospital is kept and its town found alone: tests/test_keep22_public.py)
    ("She worked at St. Anna hospital in Vechta.", ("ORGANIZATION", "St. Anna hospital in Vechta")),
    ("I taught at the public school of Tsinandali for years.", ("ORGANIZATION", "public school of Tsinandali")),
    ("i taught at the public school of tsinandali", ("ORGANIZATION", "public school of tsinandali")),
    ("She works at a garment factory in Ashulia.", ("ORGANIZATION", "garment factory in Ashulia")),
    # South-Asian factories by their industry words
    ("i worked at rahman knit composite for two years", ("ORGANIZATION", "rahman knit composite")),
    ("She joined Fakir Knit Composite in 2019.", ("ORGANIZATION", "Fakir Knit Composite")),
    ("He was at Sunrise Denim Washing Plant.", ("ORGANIZATION", "Sunrise Denim Washing Plant")),
])
def test_a_towns_hospital_jail_school_or_kiln(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


@pytest.mark.parametrize("text", [
    "He went to the hospital.",
    "They put him in the jail.",
    "We went to the same district hospital.",
    "we went to a district hospital last year",
    "He visited a provincial hospital in the north.",
    "We went to the hospital in London.",                 # a public city keeps its hospital public
    "She works at a garment factory in Dhaka.",
    "He studied at the school of economics.",             # an English word after "school of"
    "i studied at the school of medicine",
])
def test_a_workplace_without_its_small_place_stays(redactor_default, text):
    assert [f for f in _found(redactor_default, text) if f[0] in ("ORGANIZATION", "LOCATION")] == []


@pytest.mark.parametrize("text, expected", [
    # a site's numbered lanes, fields, cameras, fridges, adits and spaces
    ("Most nights I check the pallets on lane four before the trucks leave.", "lane four"),
    ("The supervisor sent us to weed field twelve right after the rain.", "field twelve"),
    ("I watched it happen on camera six, the one by the loading door.", "camera six"),
    ("The samples are kept in fridge number 3 overnight.", "fridge number 3"),
    ("I dug in adit 2 for a year.", "adit 2"),
    ("Her car is always in space 21 at the depot.", "space 21"),
    # a few units named together
    ("Workers from lines 4, 5 and 6 walked out.", "lines 4, 5 and 6"),
    ("They shut lines 2 to 5 for a week.", "lines 2 to 5"),
    ("we opened bays three and four that morning", "bays three and four"),
    # a room or a cell by its number said in pieces
    ("he slept in cabin two one seven on that trip", "cabin two one seven"),
    ("she was moved to cell three twelve after the fight", "cell three twelve"),
    # a landing by its letter and number, a class by its number and letter in words
    ("I was on the C3 landing that night.", "C3 landing"),
    ("the window of class six d was broken", "class six d"),
    # the bus or the tram a driver drives
    ("My cousin drives bus route 18 in the mornings.", "bus route 18"),
    ("i drive the number 7 tram most days", "number 7 tram"),
    # a mine's level after its shaft, a unit's side, a letter at a sentence's end
    ("we were down the east shaft, level twelve, when it fell", "level twelve"),
    ("The leak was at station 4 north, near the flare.", "station 4 north"),
    ("they left the keys in block d. then they went home", "block d"),
    ("The crack was found near valve 4C. Nobody reported it.", "valve 4C"),
    # a plant's machines, a site's buildings by a letter
    ("The fire started in oven 4 near the door.", "oven 4"),
    ("he loads trucks in warehouse c most nights", "warehouse c"),
    # a workplace's number said apart from it, before a pause
    ("i worked at the old tram depot, number three. for six years", "number three"),
    ("the old press, we call it number four, was never checked", "number four"),
    # a numbered school where schools are numbered
    ("i taught history at the lyceum number five for ten years", "lyceum number five"),
])
def test_a_numbered_part_of_a_workplace_is_found(redactor_default, text, expected):
    assert ("WORK_UNIT", expected) in _found(redactor_default, text)


@pytest.mark.parametrize("text, public", [
    ("She swam in lane 4 in the final.", "lane 4"),            # a public race
    ("My favourite is track 3 on the album.", "track 3"),
    ("Please fill in field 2 on the form.", "field 2"),
    ("We took bus 42 into town.", "bus 42"),                   # a passenger's bus, not a driver's
    ("I drove the bus one more time.", "bus one"),
    ("Out in the field one of the boys fell.", "field one"),   # "one of", a pronoun
    ("Zones 1 to 6 cost more on the metro.", "Zones 1 to 6"),
    ("It reached a plateau 3 years ago.", "plateau 3"),       # a time the number counts
    ("We drove route 9 to the coast.", "route 9"),            # a public road
    ("It was on channel 4 last night.", "channel 4"),
    ("Read chapter two and Article 5 before page 3.", "Article 5"),
    ("The factory, number one in the region, closed.", "number one"),   # a rank
    ("Our team, number two in the league, lost.", "number two"),
])
def test_a_public_numbered_thing_stays(make_redactor, text, public):
    # no part of a workplace (a time or a date may still be found in "3 years ago")
    assert not [t for kind, t in _found(make_redactor(), text) if kind == "WORK_UNIT" and public in t]


@pytest.mark.parametrize("text, unit, date", [
    # the number is the unit's, not the head of a time: the date starts after it, or is no date
    ("The guard on gate 4 that night let them in.", "gate 4", None),
    ("the truck was at dock six on the night of the ninth of may", "dock six", "ninth of may"),
])
def test_a_date_after_a_unit_leaves_the_unit_its_number(redactor_default, text, unit, date):
    found = _found(redactor_default, text)
    assert ("WORK_UNIT", unit) in found
    dates = [t for kind, t in found if kind == "DATE"]
    assert len(dates) == (1 if date else 0)
    assert not dates or (dates[0].endswith(date) and unit.split()[-1] not in dates[0].split())
