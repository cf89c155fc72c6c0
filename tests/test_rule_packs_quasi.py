"""The packs of issue 13 (rules/ages, roles, vehicles, addresses, identifiers, singling).

Each pack is loaded as the rulebook loads it and run on interview-like sentences written for
these tests; every case asserts the exact substrings found at the default threshold (0.4) and
the near misses that must stay, under both flag sets a run may use (see test_rule_packs.py).
Weak patterns that need a context word are tested through the whole Redactor, as a run uses them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from redactor.detect.overlaps import resolve_overlaps
from redactor.detect.packs import load_pack
from redactor.model import Mention

RULES = Path(__file__).resolve().parent.parent / "rules"
PACKS = ("ages", "roles", "vehicles", "addresses", "identifiers", "singling", "workplaces", "places")
THRESHOLD = 0.4
FLAG_SETS = (regex.DOTALL | regex.MULTILINE | regex.IGNORECASE, regex.IGNORECASE)


@pytest.fixture(scope="module")
def packs():
    return {name: load_pack(RULES / f"{name}.yaml").recognizers for name in PACKS}


def found(recognizers, text: str, flags) -> list[tuple[str, str]]:
    """(type, text) at or above the threshold, overlaps resolved by the run's policy."""
    hits = [Mention(start=r.start, end=r.end, entity_type=r.entity_type, score=r.score, detector=rec.name,
                    text=text[r.start:r.end])
            for rec in recognizers
            for r in rec.analyze(text, entities=rec.supported_entities, nlp_artifacts=None, regex_flags=flags)
            if r.score >= THRESHOLD]
    return [(m.entity_type, m.text) for m in sorted(resolve_overlaps(hits), key=lambda m: m.start)]


def check(recognizers, text: str, expected: list[tuple[str, str]]) -> None:
    for flags in FLAG_SETS:
        assert found(recognizers, text, flags) == expected


def test_each_pack_loads_with_a_one_line_description(packs):
    for name in PACKS:
        pack = load_pack(RULES / f"{name}.yaml")
        assert pack.recognizers and pack.description and "\n" not in pack.description.strip()


@pytest.mark.parametrize("text, expected", [
    ("She is thirty-four years old and lives alone.", [("AGE", "thirty-four years old")]),
    ("A seven-year-old boy was there.", [("AGE", "seven-year-old")]),
    ("He was detained aged twenty-one.", [("AGE", "aged twenty-one")]),
    ("I had twelve years on the force before that.", [("DURATION", "twelve years on the force")]),
    ("After six years in the army he quit.", [("DURATION", "six years in the army")]),
    ("She did three years inside.", [("DURATION", "three years inside")]),
    ("He spent 20 years with the company.", [("DURATION", "20 years with the company")]),
])
def test_ages_find(packs, text, expected):
    check(packs["ages"], text, expected)


@pytest.mark.parametrize("text", [
    "The bridge is thirty-four metres long.",
    "We waited twelve years for a decision.",   # a duration of waiting, not of a career
    "They were one of the old families.",
])
def test_ages_leave(packs, text):
    check(packs["ages"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("My husband was a senior warrant officer.", [("RANK", "senior warrant officer")]),
    ("Our platoon sergeant knew.", [("RANK", "platoon sergeant")]),
    ("Ask the duty inspector.", [("RANK", "duty inspector")]),
    ("I was an ICU nurse then.", [("OCCUPATION", "ICU nurse")]),
    ("He works as a crane operator.", [("OCCUPATION", "crane operator")]),
    ("She is a trust and safety reviewer.", [("OCCUPATION", "trust and safety reviewer")]),
    ("I am on Grade 4 now.", [("RANK", "Grade 4")]),
    ("My brother is a welder.", [("OCCUPATION", "welder")]),
    ("The sergeant shouted.", [("RANK", "sergeant")]),
])
def test_roles_find(packs, text, expected):
    check(packs["roles"], text, expected)


@pytest.mark.parametrize("text", [
    "The nurses went on strike.",              # a group, not a person
    "It was a major problem for the minister.",
    "In general the commissioner agreed.",
    "She got a grade 4 in maths.",
    "A good nurse listens.",                   # an adjective before a bare job word: weak
])
def test_roles_leave(packs, text):
    check(packs["roles"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("They came in a white Hilux.", [("VEHICLE", "white Hilux")]),
    ("The blue Transit with the ladder rack was outside.",
     [("VEHICLE", "blue Transit with the ladder rack")]),
    ("He drove a dark green Lada Niva.", [("VEHICLE", "dark green Lada Niva")]),
    ("His Land Cruiser was gone.", [("VEHICLE", "Land Cruiser")]),
    ("The plate was M 552 OP 77.", [("VEHICLE_PLATE", "M 552 OP 77")]),
    ("the plate was J seven seven one four two", [("VEHICLE_PLATE", "J seven seven one four two")]),
    ("reg number B X T seven seven one.", [("VEHICLE_PLATE", "B X T seven seven one")]),
])
def test_vehicles_find(packs, text, expected):
    check(packs["vehicles"], text, expected)


@pytest.mark.parametrize("text", [
    "The transit of goods through the port.",
    "Mr Ford came in a red mood.",
    "She wore a white dress and a blue scarf.",
    "Use the ABC 123 form.",                   # three letters and digits without a vehicle word: weak
    "The plate was on the table, one of two.",
])
def test_vehicles_leave(packs, text):
    check(packs["vehicles"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("We moved to Rua Augusta 88 last year.", [("ADDRESS", "Rua Augusta 88")]),
    ("She lives at Calle Morelos 17, colonia Centro.", [("ADDRESS", "Calle Morelos 17, colonia Centro")]),
    ("It was No. 14, Adeyemi Crescent, off Allen Avenue.",
     [("ADDRESS", "No. 14, Adeyemi Crescent"), ("ADDRESS", "Allen Avenue")]),
    ("The shop is at ngõ 15 Láng Hạ.", [("ADDRESS", "ngõ 15 Láng Hạ")]),
    ("Prospekt Peremohy twenty, flat three.", [("ADDRESS", "Prospekt Peremohy twenty, flat three")]),
    ("We stayed on pitch 9 at the caravan site.", [("ADDRESS", "pitch 9 at the caravan site")]),
    ("Her flat three was cold.", [("ADDRESS", "flat three")]),
])
def test_addresses_find(packs, text, expected):
    check(packs["addresses"], text, expected)


@pytest.mark.parametrize("text", [
    "The via ferrata was closed.",
    "He scored in the 9th minute.",
    "The pitch was wet after rain.",
    "Block 3 hours in your calendar.",
])
def test_addresses_leave(packs, text):
    check(packs["addresses"], text, [])


@pytest.mark.parametrize("text, expected", [
    # "no." with a number and a two-digit year is a cited application number on its own
    # ("Könkämä v. Sweden, no. 27033/95"); a bare "41822/05" stays weak (next case's pack).
    ("The case originated in an application (no. 41822/05) lodged by her.", [("ID_NUMBER", "41822/05")]),
    ("The case originated in application no. 41822/05 against Poland.", [("ID_NUMBER", "41822/05")]),
    ("My case number is 19-4432.", [("ID_NUMBER", "19-4432")]),
    ("His prisoner number was A4471BC.", [("ID_NUMBER", "A4471BC")]),
    ("The file ref: KR/2231/19 is closed.", [("ID_NUMBER", "KR/2231/19")]),
    ("it was forty one eight two two slash oh five", [("ID_NUMBER", "forty one eight two two slash oh five")]),
])
def test_identifiers_find(packs, text, expected):
    check(packs["identifiers"], text, expected)


@pytest.mark.parametrize("text", [
    "It happened in 1990-1995.",
    "The score was 24/7 coverage.",
    "Call me at 3-4 pm.",
    "The report was long.",
])
def test_identifiers_leave(packs, text):
    check(packs["identifiers"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("M. said she would come.", [("PERSON", "M.")]),
    ("My colleague JR took the call.", [("PERSON", "JR")]),
    ('We called him "Kedr" on the radio.', [("CALL_SIGN", "Kedr")]),
    ("He was known as 'Doc' in the camp.", [("CALL_SIGN", "Doc")]),
])
def test_singling_finds(packs, text, expected):
    check(packs["singling"], text, expected)


def test_uniqueness_phrases(packs):
    text = "It is the only pharmacy in town and I was the only woman in the unit."
    check(packs["singling"], text, [("UNIQUE_DETAIL", "the only pharmacy in town"),
                                    ("UNIQUE_DETAIL", "the only woman in the unit")])


def test_first_or_last_of_a_kind_is_found(packs):
    # A first or last of a kind singles one person out as "the only" does (issue 13).
    text = "She was the first woman to command the battalion."
    check(packs["singling"], text, [("UNIQUE_DETAIL", "the first woman to command the battalion")])


@pytest.mark.parametrize("text", [
    "U.S. said it would act.",
    "The only way to go is up.",
    "the only thing that matters",
    "I said 'Yes' and left.",
])
def test_singling_leaves(packs, text):
    check(packs["singling"], text, [])


def test_weak_case_numbers_are_lifted_by_a_context_word(redactor_default):
    text = "Her application, no. 41822/05, was lodged with the court."
    found_ids = [(f.text, f.entity_type) for f in redactor_default.scan(text) if f.entity_type == "ID_NUMBER"]
    assert found_ids == [("41822/05", "ID_NUMBER")]
    badge = [(f.text, f.entity_type) for f in redactor_default.scan("His badge read WX55021 that day.")
             if f.entity_type == "ID_NUMBER"]
    assert badge == [("WX55021", "ID_NUMBER")]


def test_weak_plates_are_lifted_by_a_vehicle_word(redactor_default):
    plates = [f.text for f in redactor_default.scan("They drove off in a van, BXT 771.")
              if f.entity_type == "VEHICLE_PLATE"]
    assert plates == ["BXT 771"]
    assert not [f for f in redactor_default.scan("Fill in form ABC 123 by Monday.")
                if f.entity_type == "VEHICLE_PLATE"]


def test_an_iban_read_in_groups(redactor_default):
    found = [(f.text, f.entity_type) for f in redactor_default.scan("Send it to GB29 NWBK 6016 1331 9268 19, please.")]
    assert ("GB29 NWBK 6016 1331 9268 19", "IBAN") in found


# Issue 13, quasi-identifier recall: sentences written for these tests in the settings the issue
# lists (army, police, prison, hospital, factory, farm, moderation, port), typed and lower-case
# speech.  Each case gives every span found at the threshold; the near misses find nothing.

@pytest.mark.parametrize("text, expected", [
    ("I was a junior sergeant, then a starshiy serzhant.",
     [("RANK", "junior sergeant"), ("RANK", "starshiy serzhant")]),
    ("a sub-inspector came from the station", [("RANK", "sub-inspector")]),
    ("He is a head constable now.", [("RANK", "head constable")]),
    ("she's a praporshchik in the rear", [("RANK", "praporshchik")]),
    ("The Captain said no.", [("RANK", "Captain")]),
    ("DCI Morgan and PO2 Santos arrived.", [("RANK", "DCI"), ("RANK", "PO2")]),
    ("I'm a warehouse picker on nights", [("OCCUPATION", "warehouse picker")]),
    ("i worked as a stevedore for years", [("OCCUPATION", "stevedore")]),
    ("the night-shift ward nurse was alone", [("OCCUPATION", "night-shift ward nurse")]),
    ("he works as a delivery rider for the app", [("OCCUPATION", "delivery rider")]),
    ("She was head of trust and safety there.", [("OCCUPATION", "head of trust and safety")]),
    ("He became a custodial manager.", [("RANK", "custodial manager")]),
])
def test_roles_by_head_noun_and_rank_list(packs, text, expected):
    check(packs["roles"], text, expected)


@pytest.mark.parametrize("text", [
    "nurses everywhere are tired",             # a group
    "It was a pilot project for students.",    # a job word used as a modifier
    "On the other hand, the key driver is cost.",
    "They lead the way.",
    "the army as a whole is tired",
    "He was a private man.",                   # an everyday word, not the rank
    "The Government were represented by their Agent.",
    "my lawyer said no",                       # someone the speaker deals with, not a job held
    "two head constables came",                # a group
])
def test_roles_leave_near_misses(packs, text):
    check(packs["roles"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("i was on ward seven at the district hospital", [("WORK_UNIT", "ward seven")]),
    ("He was moved to B-wing, then to c wing.", [("WORK_UNIT", "B-wing"), ("WORK_UNIT", "c wing")]),
    ("I was in the second company, then the third platoon.",
     [("WORK_UNIT", "second company"), ("WORK_UNIT", "third platoon")]),
    ("She is on the maternity ward.", [("WORK_UNIT", "maternity ward")]),
    ("He works in the drugs squad.", [("WORK_UNIT", "drugs squad")]),
    ("I review the Tagalog queue, team 7.", [("WORK_UNIT", "Tagalog queue"), ("WORK_UNIT", "team 7")]),
    ("She moved to aisle 14 and then to houseblock 2.", [("WORK_UNIT", "aisle 14"), ("WORK_UNIT", "houseblock 2")]),
    ("Before that I was at Kowalczyk Sp. z o.o. in Radom.", [("ORGANIZATION", "Kowalczyk Sp. z o.o.")]),
    ("Van Dijk Logistiek B.V. hired him.", [("ORGANIZATION", "Van Dijk Logistiek B.V.")]),
    ("She sews at Sunrise Garments.", [("ORGANIZATION", "Sunrise Garments")]),
    ("i work at sunrise garments on line twelve",
     [("ORGANIZATION", "sunrise garments"), ("WORK_UNIT", "line twelve")]),
    ("We sold to Cooperativa Agrícola Santa Rita.", [("ORGANIZATION", "Cooperativa Agrícola Santa Rita")]),
    ("He was at TOV Agro-Podillia.", [("ORGANIZATION", "TOV Agro-Podillia")]),
    ("I was a waiter at Restaurante Dona Maria.", [("ORGANIZATION", "Restaurante Dona Maria")]),
    ("She works at HMP Ranby on nights.", [("ORGANIZATION", "HMP Ranby")]),
    ("He was sent to Penal Colony No. 3.", [("ORGANIZATION", "Penal Colony No. 3")]),
    ("I'm in the financial crime team, AML desk.",
     [("WORK_UNIT", "financial crime team"), ("WORK_UNIT", "AML desk")]),
    ("a lasher in gang four at the port", [("WORK_UNIT", "gang four")]),
])
def test_units_and_employers_by_form(packs, text, expected):
    check(packs["workplaces"], text, expected)


@pytest.mark.parametrize("text", [
    "The second company I worked for was worse.",
    "at the gate two soldiers stood",
    "under section 5 the court decided",
    "A wing of the hospital was closed.",
    "The Mining Act was passed.",
    "After consulting the Second Section, the Court Services wrote.",
    "I'm employed by them as a deckhand.",
])
def test_units_and_employers_leave_near_misses(packs, text):
    check(packs["workplaces"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("She's the only one who speaks polish on the ward.",
     [("UNIQUE_DETAIL", "the only one who speaks polish on the ward")]),
    ("I was the only medic.", [("UNIQUE_DETAIL", "the only medic")]),
    ("We have one of three medics in the battalion.",
     [("UNIQUE_DETAIL", "one of three medics in the battalion")]),
    ("there are only four women in the whole company",
     [("UNIQUE_DETAIL", "only four women in the whole company")]),
    ("Just two of us on nights.", [("UNIQUE_DETAIL", "Just two of us on nights")]),
    ("I am one of two Tamil speakers there.", [("UNIQUE_DETAIL", "one of two Tamil speakers")]),
    ("There were five of us on the shift.", [("UNIQUE_DETAIL", "five of us on the shift")]),
    ("one of two drivers on the night shift and me",
     [("UNIQUE_DETAIL", "one of two drivers on the night shift")]),
    ("She was the first female officer in the district.",
     [("UNIQUE_DETAIL", "the first female officer in the district")]),
    ("we were like five people on the night shift", [("UNIQUE_DETAIL", "five people on the night shift")]),
    ("four pharmacists in the whole district", [("UNIQUE_DETAIL", "four pharmacists in the whole district")]),
    ("Nobody else speaks Tigrinya.", [("UNIQUE_DETAIL", "Nobody else speaks Tigrinya")]),
    ("i speak amharic at home", [("UNIQUE_DETAIL", "amharic")]),
])
def test_uniqueness_and_small_counts(packs, text, expected):
    check(packs["singling"], text, expected)


@pytest.mark.parametrize("text", [
    "For the first time I was scared.",
    "The only way out was the river.",
    "It was one of the best days.",
    "One of two options was left.",
    "only two hours later she came",
    "just five minutes",
    "The only one I trust is her.",
    "there were three of them in the car",
    "only a few people came",
    "No one else has to know.",
])
def test_uniqueness_leaves_near_misses(packs, text):
    check(packs["singling"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("Q: How old are you?\nA: Thirty-four. I joined late.", [("AGE", "Thirty-four")]),
    ("so how old were you then um twenty eight", [("AGE", "twenty eight")]),
    ("Interviewer: And your age?\nOfficer: Forty-one.", [("AGE", "Forty-one")]),
    ("i'm twenty-eight yeah", [("AGE", "twenty-eight")]),
    ("A man in his early forties came.", [("AGE", "in his early forties")]),
    ("a woman, mid-forties, left", [("AGE", "mid-forties")]),
])
def test_ages_as_answers_and_decades(packs, text, expected):
    check(packs["ages"], text, expected)


@pytest.mark.parametrize("text", [
    "How old is the building? It is 40 metres.",
    "In the late nineties we moved.",
])
def test_ages_leave_near_misses(packs, text):
    check(packs["ages"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("A Toyota Hilux came.", [("VEHICLE", "Toyota Hilux")]),
    ("He drives a green Mitsubishi L200 with a broken tailgate.",
     [("VEHICLE", "green Mitsubishi L200 with a broken tailgate")]),
    ("a red Honda CG 160 motorbike", [("VEHICLE", "red Honda CG 160 motorbike")]),
    ("a grey Škoda Octavia estate", [("VEHICLE", "grey Škoda Octavia estate")]),
    ("a battered minibus with no plates", [("VEHICLE", "battered minibus with no plates")]),
    ("The plate was AA 1234 BC.", [("VEHICLE_PLATE", "AA 1234 BC")]),
    ("It was MH 12 AB 1234.", [("VEHICLE_PLATE", "MH 12 AB 1234")]),
    ("A car, KJA 123 AB, then ABC1D23.", [("VEHICLE_PLATE", "KJA 123 AB"), ("VEHICLE_PLATE", "ABC1D23")]),
    ("a scooter 51F-123.45", [("VEHICLE_PLATE", "51F-123.45")]),
    ("i ride a red honda wave with a top box", [("VEHICLE", "red honda wave with a top box")]),
    ("a yellow caterpillar dump truck", [("VEHICLE", "yellow caterpillar dump truck")]),
    ("Plates 35 ABC 123 and 12-ABC-3.", [("VEHICLE_PLATE", "35 ABC 123"), ("VEHICLE_PLATE", "12-ABC-3")]),
])
def test_vehicles_by_make_model_description_and_plate(packs, text, expected):
    check(packs["vehicles"], text, expected)


@pytest.mark.parametrize("text", [
    "He works at Toyota.",                     # a brand without description
    "The Ford Foundation paid.",
    "We took a new car and the old bus.",      # no detail that tells one vehicle apart
    "The COVID-19 wave and Article 6-1.",
])
def test_vehicles_leave_near_misses(packs, text):
    check(packs["vehicles"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("we live in the shevchenko district now", [("LOCATION", "shevchenko district")]),
    ("She grew up in the Obolon neighbourhood.", [("LOCATION", "Obolon neighbourhood")]),
    ("He lives in barangay San Roque.", [("LOCATION", "San Roque")]),
    ("They came from the favela da Rocinha.", [("LOCATION", "Rocinha")]),
])
def test_districts_and_neighbourhoods_by_form(packs, text, expected):
    check(packs["places"], text, expected)


@pytest.mark.parametrize("text", [
    "She works in the business district.",
    "the whole neighbourhood heard it",
    "The Oslo Police District replied.",
    "the National Estate Directorate",
    "He moved to the housing estate.",
])
def test_districts_leave_near_misses(packs, text):
    check(packs["places"], text, [])


# Issue 13, quasi-identifiers (second round).  Policy for a rank or job word said alone: it is a
# quasi-identifier when a definite or possessive determiner and a verb after it say one person is
# meant ("the major said", "our commander knew", "the foreman keeps"); a generic use ("every
# sergeant knows", "any constable", "ranks like captain") and the everyday word ("the major
# roads", "the general public") are not.
@pytest.mark.parametrize("text, expected", [
    ("then the major said we would hold", [("RANK", "major")]),
    ("Our commander knew about the footage.", [("RANK", "commander")]),
    ("i think the captain wasn't there", [("RANK", "captain")]),
    ("I called my inspector, and he hung up.", [("RANK", "inspector")]),
    ("she talked with the general.", [("RANK", "general")]),
    ("The chief signed the transfer.", [("RANK", "chief")]),
    ("The foreman took our phones.", [("OCCUPATION", "foreman")]),
    ("the cashier noticed the missing notes", [("OCCUPATION", "cashier")]),
    ("Our cook, who is from Lviv, left.", [("OCCUPATION", "cook")]),
    ("the skipper stayed below", [("RANK", "skipper")]),
    ("He was the village head for ten years.", [("RANK", "village head")]),
    ("the duty solicitor never came", [("OCCUPATION", "duty solicitor")]),
])
def test_a_rank_or_job_word_for_one_person(packs, text, expected):
    check(packs["roles"], text, expected)


@pytest.mark.parametrize("text", [
    "Every sergeant knows the drill.",
    "Any constable would say the same.",
    "ranks like captain or major mean little here",
    "The major roads were closed.",
    "The general public was not told.",
    "It is a major problem for the chief executive.",
    "I went to see the doctor.",              # a visit, not a colleague
    "The captain's armband was lost.",
    "the cashier desk was closed",
])
def test_generic_rank_and_job_words_are_left(packs, text):
    check(packs["roles"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("they moved me to company two of the ninety third", [("WORK_UNIT", "company two")]),
    ("Brigade 14 was on our left.", [("WORK_UNIT", "Brigade 14")]),
    ("we were with battalion forty-one then", [("WORK_UNIT", "battalion forty-one")]),
    ("He went out with the brigade's assault group.", [("WORK_UNIT", "brigade's assault group")]),
    ("They called from regiment HQ at dawn.", [("WORK_UNIT", "regiment HQ")]),
    ("my son is at school nine in the centre", [("WORK_UNIT", "school nine")]),
    ("I was on the third watch.", [("WORK_UNIT", "third watch")]),
])
def test_formations_and_numbered_institutions(packs, text, expected):
    check(packs["workplaces"], text, expected)


@pytest.mark.parametrize("text", [
    "a company of three men",
    "the company grew 3 times in a year",
    "he left school two years ago",
    "The factory I worked at closed.",
])
def test_formation_near_misses(packs, text):
    check(packs["workplaces"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("I was a guard at Oakridge station.", [("ORGANIZATION", "Oakridge station")]),
    ("She cleans at St Agnes Hospice.", [("ORGANIZATION", "St Agnes Hospice")]),
    ("We buy from Mensah's Pharmacy.", [("ORGANIZATION", "Mensah's Pharmacy")]),
    ("He drove for the Hill Top dairy farm.", [("ORGANIZATION", "Hill Top dairy farm")]),
    ("i was a packer at mwangi textiles before", [("ORGANIZATION", "mwangi textiles")]),
    ("he's a night officer at hmp eastwood", [("ORGANIZATION", "hmp eastwood")]),
])
def test_employers_named_with_their_kind(packs, text, expected):
    check(packs["workplaces"], text, expected)


@pytest.mark.parametrize("text", [
    "The Police station was closed.",
    "We buy from local garments traders.",
    "I'm a picker at the Amazon fulfilment centre.",
])
def test_employer_near_misses(packs, text):
    check(packs["workplaces"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("los almendros is a family company, we pick there", [("ORGANIZATION", "los almendros")]),
    ("La Esperanza was a small farm near the coast.", [("ORGANIZATION", "La Esperanza")]),
    ("Os Pinheiros is a cooperative of growers.", [("ORGANIZATION", "Os Pinheiros")]),
    ("I drove for Vardar Trans DOOEL for six years.", [("ORGANIZATION", "Vardar Trans DOOEL")]),
    ("She packed for Baltic Farms OOO and Agro Vita SRL.",
     [("ORGANIZATION", "Baltic Farms OOO"), ("ORGANIZATION", "Agro Vita SRL")]),
    ("He worked for Dunav Kft until 2020.", [("ORGANIZATION", "Dunav Kft")]),
])
def test_employers_with_an_article_or_a_legal_form(packs, text, expected):
    check(packs["workplaces"], text, expected)


@pytest.mark.parametrize("text", [
    "la casa is a mess, honestly",
    "el niño is a family thing",
    "I asked Marko as he left.",         # "as" is no legal form in small letters
    "Vardar doo was a word we said.",    # nor "doo"
])
def test_employer_with_an_article_or_a_form_near_misses(packs, text):
    check(packs["workplaces"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("he was the only one who fixed the generator so", [("UNIQUE_DETAIL", "the only one who fixed the generator")]),
    ("I'm the only nurse from Ghana on the whole ward.", [("UNIQUE_DETAIL", "the only nurse from Ghana on the whole ward")]),
    ("she is the eldest of four sisters", [("UNIQUE_DETAIL", "the eldest of four sisters")]),
    ("He was the oldest in the brigade.", [("UNIQUE_DETAIL", "the oldest in the brigade")]),
    ("I have two sons and a daughter.", [("UNIQUE_DETAIL", "two sons")]),
    ("my husband and three kids live there", [("UNIQUE_DETAIL", "three kids")]),
    ("The mayor's nephew runs the depot.", [("UNIQUE_DETAIL", "The mayor's nephew")]),
    ("He walks with a limp.", [("UNIQUE_DETAIL", "a limp")]),
    ("she has a scar on her left cheek", [("UNIQUE_DETAIL", "a scar on her left cheek")]),
    ("I wear a hijab at work.", [("UNIQUE_DETAIL", "a hijab")]),
    ("One guard there is epileptic.", [("UNIQUE_DETAIL", "epileptic")]),
    ("They have an autistic daughter.", [("UNIQUE_DETAIL", "an autistic daughter")]),
    ("I'm the one who signs the delivery notes.", [("UNIQUE_DETAIL", "the one who signs the delivery notes")]),
    ("there are only two men left on our line", [("UNIQUE_DETAIL", "only two men left on our line")]),
])
def test_singling_out_phrases_whole(packs, text, expected):
    check(packs["singling"], text, expected)


@pytest.mark.parametrize("text", [
    "The only thing in the world I want is sleep.",
    "That was the only reason we stayed.",
    "The system is blind to it.",
    "He was blind drunk.",
    "She is the one.",
    "children of all ages",
])
def test_singling_out_near_misses(packs, text):
    check(packs["singling"], text, [])


def test_a_public_city_and_a_workplace_kind_stays(redactor_default):
    # "the Warsaw branch" names a public city and what the place is: the city stays public; a
    # branch named after a square is found whole.
    found = [(f.text, f.entity_type) for f in
             redactor_default.scan("I moved from the Warsaw branch to the Rynek Square branch.")]
    assert found == [("Rynek Square branch", "ORGANIZATION")]


def test_an_office_written_with_a_capital_is_not_a_rank_for_one_person(packs):
    # Court and official text: "the Inspector" is a labour or tax office, not a colleague.
    check(packs["roles"], "The Inspector explained that the time-limit had passed.", [])


# Issue 13, quasi-identifiers (third round): a rank that is also an everyday word ("private",
# "captain", "major", "general") said of a person as a predicate or a promotion.
@pytest.mark.parametrize("text, expected", [
    ("i'm just a private", [("RANK", "private")]),
    ("She was a private in the army.", [("RANK", "private")]),
    ("as a private you get nothing", [("RANK", "private")]),
    ("i was a captain in the police", [("RANK", "captain")]),
    ("he's a general now", [("RANK", "general")]),
    ("I was a major in the reserve.", [("RANK", "major")]),
    ("i got promoted to captain", [("RANK", "captain")]),
    ("he reached the rank of major", [("RANK", "major")]),
    ("they made him captain in march", [("RANK", "captain")]),
    ("i'm an inspector at the mill", [("RANK", "inspector")]),
])
def test_an_everyday_rank_word_said_of_a_person(packs, text, expected):
    check(packs["roles"], text, expected)


@pytest.mark.parametrize("text", [
    "it was a private company",
    "that's a private matter",
    "it's a major.",
    "It was a major problem.",
    "as a general rule we stay",
    "they made major changes",
    "it was a general strike",
    "she had a private life",
    "in general we wait",
    "he is a private person",
    "she became a major donor",
    "i was a major part of it",
])
def test_an_everyday_rank_word_as_a_word_is_left(packs, text):
    check(packs["roles"], text, [])


# A job word too general to stand after any article ("driver", "manager", "officer") is a job
# when said of a person as a predicate, after "my job was", or as "the X said"; a trade said as
# "I'm the cook" is too.
@pytest.mark.parametrize("text, expected", [
    ("i was a driver there", [("OCCUPATION", "driver")]),
    ("She's a supervisor now.", [("OCCUPATION", "supervisor")]),
    ("i worked as a technician for six years", [("OCCUPATION", "technician")]),
    ("he was a driver who never slept", [("OCCUPATION", "driver")]),
    ("I became an engineer.", [("OCCUPATION", "engineer")]),
    ("my job was picker", [("OCCUPATION", "picker")]),
    ("My job is driver.", [("OCCUPATION", "driver")]),
    ("i'm the cook here", [("OCCUPATION", "cook")]),
    ("i'm the cook and the cleaner", [("OCCUPATION", "cook")]),
    ("i'm the new guard", [("OCCUPATION", "guard")]),
    ("i was a shotfirer", [("OCCUPATION", "shotfirer")]),
    ("he's a warden at the prison", [("OCCUPATION", "warden")]),
    ("the driver said we stop", [("OCCUPATION", "driver")]),
    ("the manager was angry", [("OCCUPATION", "manager")]),
    ("he started as a driver in the port", [("OCCUPATION", "driver")]),
    ("as a driver, i earned little", [("OCCUPATION", "driver")]),
    ("the new nurse said it", [("OCCUPATION", "nurse")]),
    ("the head cook said no", [("OCCUPATION", "head cook")]),
    ("i'm a senior moderator", [("OCCUPATION", "senior moderator")]),
    ("she was a trainee nurse", [("OCCUPATION", "trainee nurse")]),
    ("our lead technician left", [("OCCUPATION", "lead technician")]),
])
def test_a_general_job_word_said_of_a_person(packs, text, expected):
    check(packs["roles"], text, expected)


@pytest.mark.parametrize("text", [
    "the driver seat was wet",
    "it's a manager thing",
    "what a driver",
    "it was an officer training course",
    "the manager position is open",
    "i was the guard rail",
    "he was an agent of change",
    "it was a guide for us",
    "i'm the cook book author",
    "we cook dinner at six",
    "they sent it to picker",
    "industry as a driver for economic growth",   # a cause, not a job
    "tourism is a driver for economic growth",
    "it is a driver of change",
    "a senior citizen",
    "the head office",
    "the chief executive said",
    "senior management decided",
    "responsibility at assistant secretary general level",
])
def test_a_general_job_word_as_a_word_is_left(packs, text):
    check(packs["roles"], text, [])


# Military sub-units said in lower case: a kind before a formation word, or a number before it.
@pytest.mark.parametrize("text, expected", [
    ("i was in 2 platoon", [("WORK_UNIT", "2 platoon")]),
    ("they put me in 3 company", [("WORK_UNIT", "3 company")]),
    ("we were in the sapper platoon", [("WORK_UNIT", "sapper platoon")]),
    ("i was in the machine gun platoon", [("WORK_UNIT", "machine gun platoon")]),
    ("i'm in the support company", [("WORK_UNIT", "support company")]),
    ("i was in the rifle company, then the mortars", [("WORK_UNIT", "rifle company")]),
    ("he joined the anti-tank platoon", [("WORK_UNIT", "anti-tank platoon")]),
])
def test_military_sub_units_in_lower_case(packs, text, expected):
    check(packs["workplaces"], text, expected)


@pytest.mark.parametrize("text", [
    "she runs a training company",
    "i work for a support company",
    "the transport company was late",
    "i called the training company for a refund",
    "we have a support group",
    "they own 3 companies",
    "i bought 2 company cars",
    "in 2 sections of the road",
])
def test_military_sub_unit_near_misses(packs, text):
    check(packs["workplaces"], text, [])


# A rank's class or number is part of it; "my rank was" says a rank.
@pytest.mark.parametrize("text, expected", [
    ("i was a petty officer third class", [("RANK", "petty officer third class")]),
    ("he was a private first class", [("RANK", "private first class")]),
    ("i was a police officer 3", [("RANK", "police officer 3")]),
    ("i'm a police officer three", [("RANK", "police officer three")]),
    ("i was a specialist four", [("RANK", "specialist four")]),
    ("my rank was private", [("RANK", "private")]),
    ("he was a police officer three times", [("RANK", "police officer")]),
])
def test_a_rank_with_its_class_or_number(packs, text, expected):
    check(packs["roles"], text, expected)


@pytest.mark.parametrize("text", [
    "i saw a specialist four years ago",
    "the private first class ticket",
    "my rank was low",
])
def test_a_class_or_number_that_is_no_rank_is_left(packs, text):
    check(packs["roles"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("i was in the second rifle company", [("WORK_UNIT", "second rifle company")]),
    ("we were the third assault platoon", [("WORK_UNIT", "third assault platoon")]),
    ("i was in recon group two", [("WORK_UNIT", "recon group two")]),
    ("the sniper platoon 3 was there", [("WORK_UNIT", "sniper platoon 3")]),
    ("the assault group two days later", [("WORK_UNIT", "assault group")]),
    ("the recon group three times", [("WORK_UNIT", "recon group")]),
])
def test_an_ordinal_or_number_is_part_of_a_sub_unit(packs, text, expected):
    check(packs["workplaces"], text, expected)


# Court text writes a person's fine, award, salary or bail with its currency's ISO code or, after
# a word of payment, its name; the sum said again in another currency belongs to it (issue 13).
@pytest.mark.parametrize("text, expected", [
    ("Two days later the sum of EUR 4,000 was paid to the applicant.", ["EUR 4,000"]),
    ("The applicant claimed a total of 200,000 Turkish liras (TRY) (approximately 100,000 euros (EUR) at the time).",
     ["200,000 Turkish liras (TRY)", "100,000 euros (EUR)"]),
    ("His only income was a disability pension of PLN 552.21 [approx. EUR 138].", ["PLN 552.21 [approx. EUR 138]"]),
    ("The court fixed bail at 100,000 Polish zlotys (PLN) [approx. 25,500 euros (EUR)], to be paid in March.",
     ["100,000 Polish zlotys (PLN) [approx. 25,500 euros (EUR)]"]),
    ("The shares were bought at a price of 615 DEM (314.44 EUR) per share.", ["615 DEM (314.44 EUR)"]),
    ("The administration paid the applicant TRL 12,352,710,000 (approximately EUR 10,042).",
     ["TRL 12,352,710,000 (approximately EUR 10,042)"]),
    ("He was ordered to pay a fine of 120,000 euros and stripped of his civic rights.", ["120,000 euros"]),
    ("She received a monthly allowance of 588 GDR marks until 1990.", ["588 GDR marks"]),
    ("The Labour Court awarded the applicant 781 New Turkish liras.", ["781 New Turkish liras"]),
    ("The applicant was paid EUR 1 000 000 in damages.", ["EUR 1 000 000"]),
])
def test_written_sums_of_money_are_found(packs, text, expected):
    check(packs["singling"], text, [("MONEY", sum_) for sum_ in expected])


@pytest.mark.parametrize("text", [
    "The regional budget is EUR 50 million this year.",  # a state's or a firm's
    "EUR 1 000 million was spent on the programme.",  # not "EUR 1" of it
    "Member states paid 50 billion euros into the fund.",
    "He got 10 marks in the exam and 8 marks in maths.",  # a grade, not a currency
    "The euro fell against the dollar that spring.",
    "The plant works under ISO 9001 and PLN is its code.",
    "The 500 euro note was withdrawn.",  # no payment word before the figure
])
def test_sums_that_are_not_a_persons_stay(packs, text):
    check(packs["singling"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("The Assize Court sentenced the applicant to two years and one month's imprisonment.",
     [("DURATION", "two years and one month's")]),
    ("It sentenced him to 2 years’ imprisonment and a fine.", [("DURATION", "2 years’")]),
    ("He was sentenced to three years and nine months’ imprisonment.", [("DURATION", "three years and nine months’")]),
    ("The court sentenced him to life imprisonment.", [("DURATION", "life imprisonment")]),
    ("He was given two months’ suspended imprisonment.", [("DURATION", "two months’")]),
])
def test_prison_terms_are_found_whole(packs, text, expected):
    check(packs["ages"], text, expected)


@pytest.mark.parametrize("text", [
    "She has five years' experience as a nurse.",
    "The records were destroyed at the end of six years’ retention.",
    "Life in prison changed him.",
])
def test_durations_that_are_no_prison_term_stay(packs, text):
    check(packs["ages"], text, [])


def test_a_currency_code_is_replaced_with_its_sum_not_as_an_organisation(redactor_default):
    # The model calls "EUR" and "TRL" organisations; the sum they belong to is what is found.
    text = "The court fined the applicant TRL 30,000,000 and paid him EUR 4,000 in costs."
    found_all = [(f.entity_type, text[f.start:f.end]) for f in redactor_default.scan(text)]
    assert ("MONEY", "TRL 30,000,000") in found_all and ("MONEY", "EUR 4,000") in found_all
    assert not [t for kind, t in found_all if kind == "ORGANIZATION"]
