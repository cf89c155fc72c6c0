"""Sums of money as people say them (redactor.detect.recognizers.money): exact spans, typed and
in lower-case captions, and the near misses that are no person's sum."""

from __future__ import annotations

import pytest

from redactor.detect.filters import GENERAL_DATE_SCORE
from redactor.detect.recognizers.money import SpokenMoneyRecognizer, spoken_value


@pytest.fixture(scope="module")
def recognizer() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


def sums(recognizer, text: str) -> list[str]:
    found = sorted(recognizer.analyze(text, ["MONEY"]), key=lambda r: r.start)
    assert all(r.score == GENERAL_DATE_SCORE for r in found)
    return [text[r.start:r.end] for r in found]


@pytest.mark.parametrize("text, expected", [
    # a sign or a code before the figure, typed
    ("I owed him $1,200 by the end of it.", ["$1,200"]),
    ("The agent took R15 000 from each of us.", ["R15 000"]),
    ("He asked ₺12.000 for the room.", ["₺12.000"]),
    ("I paid €350 a month for that flat.", ["€350 a month"]),
    ("It was AMD 80,000 in cash, in an envelope.", ["AMD 80,000"]),
    ("My salary was Rs. 45,000 before the cut.", ["Rs. 45,000"]),
    ("He wanted ৳12,000 up front.", ["৳12,000"]),
    ("They sent US$ 300 each time.", ["US$ 300 each time"]),
    # a currency's name or code after the figure
    ("They charged us 1,500 dirhams for the visa.", ["1,500 dirhams"]),
    ("She was paid 1,500 MAD for the season.", ["1,500 MAD"]),
    ("we paid 2 300 euros for the crossing", ["2 300 euros"]),
    # said in words, lower-case captions
    ("i borrowed forty thousand dram from my uncle", ["forty thousand dram"]),
    ("we paid three hundred and fifty euros a month in rent", ["three hundred and fifty euros a month"]),
    ("the fine was two million kip", ["two million kip"]),
    ("she paid two lakh taka to the broker", ["two lakh taka"]),
    ("he got one point five lakh from the dealer", ["one point five lakh"]),
    ("i was earning twelve thousand five hundred rand", ["twelve thousand five hundred rand"]),
    ("it was forty, uh, forty thousand dram", ["forty, uh, forty thousand dram"]),
    ("he paid a hundred dollars and left", ["a hundred dollars"]),
    ("he gave me five grand", ["five grand"]),
    ("twenty bucks a day, that's what they paid", ["twenty bucks a day"]),
    ("it cost me two thousand lari", ["two thousand lari"]),
    ("the bribe was fifty quid", ["fifty quid"]),
    ("she sends them three hundred hryvnias a week", ["three hundred hryvnias a week"]),
    # a country's word belongs to the sum, a hedge does not (it tells nothing, and annotators
    # of court text leave it out)
    ("i paid about three hundred kenyan shillings", ["three hundred kenyan shillings"]),
    ("He sent 300 US dollars home.", ["300 US dollars"]),
    ("legal fees of approximately 4,000,000 Swedish kronor (SEK; about 400,000 euros (EUR))",
     ["4,000,000 Swedish kronor", "400,000 euros"]),
    # said without a currency, after a word of pay
    ("my salary was eight hundred", ["eight hundred"]),
    ("i paid 300 for the bed", ["300"]),
    ("the rent was 400, uh, every month", ["400"]),
    ("we earn fifteen a day", ["fifteen a day"]),
    ("i was making 40k", ["40k"]),
    ("we paid the smugglers 5000 each", ["5000 each"]),
    ("i was paid like three hundred a month", ["three hundred a month"]),
    ("he charged R50 for the ride", ["R50"]),
    ("we still had 2,000 euros of debt", ["2,000 euros"]),
    ("he paid one thousand dollars", ["one thousand dollars"]),
    ("the salary was not nine hundred like they promised", ["nine hundred"]),
    ("they asked 500 for it", ["500"]),
    # a bare figure after a weaker word of giving or taking: a thousand or more, or hundreds
    # with a rate; a cost said of a person; a share said after the sum
    ("they gave me fifteen thousand for it", ["fifteen thousand"]),
    ("he took fifteen thousand from me", ["fifteen thousand"]),
    ("the recruiter wanted fifteen thousand from each of us", ["fifteen thousand"]),
    ("I sent my mother five thousand every month.", ["five thousand every month"]),
    ("they gave us 200 a day", ["200 a day"]),
    ("I made about thirty thousand a year", ["thirty thousand a year"]),
    ("it cost me twelve thousand in the end", ["twelve thousand"]),
    ("the debt is now ninety thousand", ["ninety thousand"]),
    ("I spent 20,000 euros on the visa.", ["20,000 euros"]),
    ("He got R12 million from the deal.", ["R12 million"]),
    ("they paid him R 12 000 a month", ["R 12 000 a month"]),
    ("it cost me K 50,000", ["K 50,000"]),
    ("We paid 500 dollars apiece.", ["500 dollars apiece"]),
    ("we paid them two hundred pesos per person", ["two hundred pesos per person"]),
    # a sign's letters before a number said in words, in captions
    ("it was rs forty thousand a month", ["rs forty thousand a month"]),
    ("he paid tk five hundred", ["tk five hundred"]),
])
def test_sums_people_say_are_found(recognizer, text, expected):
    assert sums(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "in two thousand twenty-two we moved",  # a year
    "there were five hundred people there",  # a count
    "the 1,500 workers went on strike",
    "i must have told him a million times",
    "the government spent 4 billion dollars on it",  # a state's
    "the ministry paid two million euros for the bridge",
    "thousands of euros were lost",  # vague, no figure
    "a few hundred dollars, maybe",
    "bread costs two lari now",  # the price of public goods
    "bread is two lari a kilo",  # a public good's price, told by the good
    "the company was fined 5,000 euros",  # a firm's
    "i paid in 2019",  # a year after a pay word
    "i got 300 messages that night",  # a count after a weak cue
    "he paid 300 workers to stay home",
    "i paid 500 italian workers",  # a country's word before a count
    "i lost twenty pounds that winter",  # a weight
    "ten pounds of rice",
    "call me on 0612 345 678",  # a phone number
    "my id is 4455 6677",
    "we paid one two three",  # no one number
    "the rent for flat 305 was high",  # a noun between the pay word and the figure
    "take the K2 bus and then the R5",  # a letter and one digit is no rand
    "the fee is 20 percent",
    "he asked 300 questions",  # a count after a pay word
    "bread was one dinar then, now it's three",
    "my salary in 2020 was low",  # a year
    "ALL 500 WORKERS WERE SACKED",  # capitals that are a word, not a code
    "the analysis focuses on the current seventeen euro countries",  # a currency as an adjective
    "the regional council's budget was EUR 40 million",  # a public body's millions
    # after a weaker word: a count, a small figure, a year, a million with no person
    "they gave me three for it",
    "we got three a week",  # a rate makes a sum of hundreds, not of a few
    "i got two thousand and five",
    "the video got one million views",
    "he took 1500 prisoners",
    "i spent fifteen thousand hours on it",
    "the flat costs twelve thousand a month",  # a price, not what a person paid
    "take the R 12 bus",  # a route: a space after R only before thousands
    "plan K 50 is ready",
    "take ksh two",  # a sign's letters before a small number said in words
    "RS forty days",
])
def test_near_misses_are_not_sums(recognizer, text):
    assert sums(recognizer, text) == []


@pytest.mark.parametrize("said, value", [
    ("three hundred and fifty", 350), ("one point five lakh", 150_000), ("40k", 40_000),
    ("15 000", 15_000), ("1,200", 1200), ("12.000", 12_000), ("552.21", 552.21),
    ("forty, uh, forty thousand", 40_000), ("a hundred", 100), ("two lakh", 200_000), ("1.5 crore", 15_000_000),
    ("one two three", None), ("twenty twenty", None),
])
def test_spoken_value_reads_one_number(said, value):
    assert spoken_value(said) == value


@pytest.mark.parametrize("text, expected", [
    ("I paid the smuggler $2,500 and he left us at the border.", [("$2,500", "MONEY")]),
    ("i was making 40k", [("40k", "MONEY")]),  # not the model's DATE
    ("we earn fifteen a day", [("fifteen a day", "MONEY")]),  # not a DURATION
])
def test_a_run_finds_a_sum_as_money(redactor_default, text, expected):
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert [f for f in found if f[1] in ("MONEY", "DATE", "DURATION")] == expected


def test_a_sum_crossing_a_debt_is_joined_to_it(redactor_default):
    # the debt pattern takes "borrowed forty thousand", the sum "forty thousand dram": one span,
    # so "dram" is not left in the clear
    text = "i borrowed forty thousand dram from my uncle"
    found = [f.text for f in redactor_default.scan(text)]
    assert found == ["borrowed forty thousand dram"]


def _in_a_run(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    ("He got R12 million from the deal.", ["R12 million"]),
    ("they paid him R 12 000 a month", ["R 12 000 a month"]),
    ("it cost me K 50,000", ["K 50,000"]),
    ("She earns Tk 9,500 a month.", ["Tk 9,500 a month"]),
    ("They paid us ten thousand pesos each.", ["ten thousand pesos each"]),
    ("she was earning 2.3 million pesos a month", ["2.3 million pesos a month"]),
    ("he took fifteen thousand from me", ["fifteen thousand"]),
    ("I spent twenty thousand on the visa.", ["twenty thousand"]),
])
def test_sums_with_letter_signs_and_shares_in_a_run(redactor_default, text, expected):
    assert [t for kind, t in _in_a_run(redactor_default, text) if kind == "MONEY"] == expected


@pytest.mark.parametrize("text", [
    "The video got one million views.",
    "There were forty thousand people at the rally.",
    "take the R 12 bus to the market",  # a route, not a sum
    "I have fifteen thousand followers.",
    "we walked fifteen thousand steps that day",
])
def test_counts_and_routes_are_no_sums(redactor_default, text):
    assert [t for kind, t in _in_a_run(redactor_default, text) if kind == "MONEY"] == []


@pytest.mark.parametrize("text, expected", [
    # a million with its currency is one account's sum like any other
    ("two million dollars went missing", ["two million dollars"]),
    ("The collection box held 53 million pesos by Easter.", ["53 million pesos"]),
    ("the loan was settled. three million nine hundred lari, in one go", ["three million nine hundred lari"]),
    # said without it, where money is talked of just before
    ("And the cash? Twelve million ended up at the clinic.", ["Twelve million"]),
    ("They logged one withdrawal last week: 4.5 million, under my signature.", ["4.5 million"]),
    ("her ledger lists the sums. two million three hundred over the quarter", ["two million three hundred"]),
])
def test_millions_of_one_account(recognizer, text, expected):
    assert sums(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "Twelve million went to the polls that year.",  # no money talked of
    "The city has 2.5 million now.",
    "the cash is spent, and 4.5 million residents are poor",  # a count after it
    "she counted the cash a million times over",
    "The government spent 12 million dollars on the bridge.",  # a public figure
    "The budget of the municipality is 40 million euros.",
])
def test_millions_that_stay(recognizer, text):
    assert sums(recognizer, text) == []
