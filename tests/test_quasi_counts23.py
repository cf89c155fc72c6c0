"""Times, amounts, counts and sums of a source's account (issue 13's QUASI_OTHER and FINANCIAL,
round 23): a clock time said as two numbers with no word of time before it ("the receipt shows
nine fifty"), a quarter or twenty to a lower hour said alone, an amount with its unit of weight,
length or volume ("sixty tonnes of trout"), how many of a kind a place holds after "there are"
("there are only three welders in the yard"), and a sum a business hands to someone ("the firm
offered HK$60,000").  The recognizers' cases assert their exact spans; the rule pack's and the
money cases run through a whole Redactor and assert the exact spans of the type the form is
found as; the near misses assert those types find nothing."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.incident import find_incident_details


def _times(text: str) -> list[str]:
    return [text[start:end] for kind, start, end, _ in find_incident_details(text) if kind == "TIME"]


@pytest.mark.parametrize("text, expected", [
    ("the receipt shows nine fifty, not ten past", ["nine fifty"]),
    ("and the log entry reads seven twenty five.", ["seven twenty five"]),
    ("it was still dark, like five thirty. the van was late", ["five thirty"]),
    ("around uh nine fifty five the pump stopped", ["nine fifty five"]),
    ("the sheet says the guard left seven oh five", ["seven oh five"]),
    ("the time was three fifty.", ["three fifty"]),
    ("she phoned around erm ten to nine, nobody answered", ["ten to nine"]),
    ("i called around uh twenty past nine", ["twenty past nine"]),
    ("my second message, a quarter to eight, got no answer", ["a quarter to eight"]),
    ("he logged twenty five to eleven by hand", ["twenty five to eleven"]),
])
def test_a_clock_time_said_alone(text, expected):
    assert _times(text) == expected


@pytest.mark.parametrize("text", [
    "call oh eight four four six fifty two",              # a piece of a number said aloud
    "the bread cost two fifty at the kiosk",            # a price
    "he lives in room two forty, upstairs",              # a numbered thing
    "page one fifteen of the register",
    "a two twenty volt line runs past the shed",         # a reading's unit after it
    "there were two thirty kilos bags",
    "two thirty passengers got off",                     # a count before its noun
    "he is five ten and heavy",                          # no minute under the quarter
    "kids of ten eleven years old",
    "they open from nine to five on weekdays",           # a schedule's range
    "the odds were twenty to one against him",          # odds, and no hour one alone
    "ages between twenty to nine were counted",
    "three to five people came",                         # a range upwards
    "my rota is nights, ten to seven, three days a week",  # a shift's hours
    "the crane stops between nine and two fifteen",
    "we open at seven fifteen every day",                # a routine
    "in nineteen fifty the mill opened",                 # a year
])
def test_no_clock_time_said_alone(text):
    assert _times(text) == []


def _amounts(text: str) -> list[str]:
    return [text[start:end] for kind, start, end, _ in find_incident_details(text) if kind == "MEASUREMENT"]


@pytest.mark.parametrize("text, expected", [
    ("we lost close to sixty tonnes of trout that week.", ["sixty tonnes"]),
    ("my notebook has 14.5 kilos. the official copy has 3.2 kilos of waste", ["14.5 kilos", "3.2 kilos"]),
    ("the load was about thirty tonnes short.", ["thirty tonnes"]),
    ("she had climbed to twenty-five meters on the mast", ["twenty-five meters"]),
    ("the level fell two and a half metres, then held", ["two and a half metres"]),
    ("we sorted one thousand two hundred carats.", ["one thousand two hundred carats"]),
    ("the invoices bill nine thousand gallons a month", ["nine thousand gallons"]),
    ("about 2,350 kilos. Then the scale broke.", ["2,350 kilos"]),
])
def test_an_amount_with_its_unit(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize("text", [
    "a 5 kg bag of rice",                  # a unit said before its noun
    "they built a two metre wall",
    "fifty kilos bags of cement",
    "the gold was 22 carat, not more",      # a purity, not an amount
    "the crate was ten kilos heavier than the label",  # a comparison
    "he is six feet tall",
    "we walked twenty kilometres",          # a distance between places
    "ninety percent of us agreed",          # a share
    "it exports two hundred million tons a year",  # a country's tonnage
])
def test_no_amount_with_its_unit(text):
    assert _amounts(text) == []


TYPES = frozenset({"UNIQUE_DETAIL"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in TYPES]


@pytest.mark.parametrize("text, expected", [
    ("Don't say welder. There are three welders in the yard.",
     [("UNIQUE_DETAIL", "There are three welders in the yard")]),
    ("In our town there are only four farriers.", [("UNIQUE_DETAIL", "there are only four farriers")]),
    ("there are two keyholders for the safe, me and the owner",
     [("UNIQUE_DETAIL", "there are two keyholders")]),
    ("There were two crates of insulin in the pharmacy store.",
     [("UNIQUE_DETAIL", "two crates of insulin")]),
    ("there are about fifty certified crane pilots in the country",
     [("UNIQUE_DETAIL", "there are about fifty certified crane pilots in the country")]),
    ("there were just six copies of the key", [("UNIQUE_DETAIL", "just six copies of the key")]),
    # a name after the count is no part of it (a kept country stays)
    ("There are about thirty licensed farriers in Portugal.", [("UNIQUE_DETAIL", "There are about thirty licensed farriers")]),
])
def test_how_many_of_a_kind_there_are(redactor_default, text, expected):
    assert _found(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "There were two hours left before the train.",
    "There are two problems with that plan.",
    "there were three reasons for it",
    "There are thousands of them in the movement.",
    "there are two of you, so wait",
    "There are a few things I want to say.",
    "there were thousands of people outside",
    "There are two sides to every story.",
    "There are two Annas in the class, so use the surname.",   # a name
    "there are only two countries in the world that do this",  # a public few
    "there are three main reasons, colleagues",
    "there were three men in the car",                          # people: the small-group rules' call
    "there were four lamps and two desks in the office",        # a list of things
])
def test_no_count_of_a_kind(redactor_default, text):
    assert _found(redactor_default, text) == []


MONEY = frozenset({"MONEY"})


@pytest.mark.parametrize("text, expected", [
    ("the firm promised Rs 250,000 to his parents if she stays quiet.", ["Rs 250,000"]),
    ("the firm offered HK$60,000 to keep quiet about the fall.", ["HK$60,000"]),
    ("the company gave my cousin nine hundred u s dollars last spring", ["nine hundred u s dollars"]),
])
def test_a_sum_a_business_hands_to_someone(redactor_default, text, expected):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type in MONEY] == expected


@pytest.mark.parametrize("text", [
    "the ministry gave 500,000 euros to each province",    # a state's spending
    "the government paid 40 million euros for the bridge",
    "the firm's turnover was 300,000 dollars",             # no handing over
    "the firm paid 4 million dollars to its suppliers",    # millions
])
def test_no_sum_of_a_public_body(redactor_default, text):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type in MONEY] == []
