"""Round 29 quasi details.  Sums of money (redactor.detect.recognizers.money): what a thing costs
said by the thing, not by the word "costs"; a figure in thousands said without its currency where
money or pay is talked of just before it.  A count said per day or month with its rate alone, the
figure without the rate (redactor.detect.recognizers.incident).  What a vehicle is like said
before it ("the old white F-150", redactor.detect.vehicle_edges).  Exact spans on transcript text,
and the near misses."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.incident import find_incident_details
from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def recognizer() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    # "costs" or "price" before a sum with its currency: the sum is what someone paid
    ("and the guard is new now. after a boy died it costs like two thousand dollars, a guard",
     ["two thousand dollars"]),
    ("the test needs an engineer from auckland, and it costs, um, eighteen thousand dollars.",
     ["eighteen thousand dollars"]),
    ("The price was 4,500 euros and he took it in cash.", ["4,500 euros"]),
    # a figure in thousands said alone after money or pay is talked of
    ("what about your gratuity\nnot paid. thirty eight thousand they owe. i went to the ministry",
     ["thirty eight thousand"]),
    ("The family must buy it first. Sixty-five thousand francs, plus his own \"motivation\", "
     "twenty thousand in cash.", ["Sixty-five thousand francs", "twenty thousand"]),
    ("Reporter: How much money are we talking about?\nSource: On a good day, eight hundred "
     "thousand, in Golden Week more.", ["eight hundred thousand"]),
    ("I am paid by the hospital's own revenue, not by the state. Ninety-two thousand a month.",
     ["Ninety-two thousand a month"]),
    ("the home gets money from that, and also people give. last year it was like 38,000, i saw "
     "the sheet.", ["38,000"]),
])
def test_sums_are_found(recognizer, text, expected):
    assert sums(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "bread costs two lari now",  # the price of a public good, said by the good
    "the price of bread went up, four thousand dinars a sack",
    "the flat costs twelve thousand a month",  # no currency, no one's pay
    # thousands with no money talked of before them
    "there were maybe twelve thousand at the stadium that night",
    "we counted 38,000 in the end",
    # money talked of, but the figure counts something or is a year
    "they paid us late again. forty thousand members signed the petition",
    "the money came in two thousand and five",
    "my salary was cut in two thousand",
    "they cut the pay. twelve thousand times i said it",
    "the cash was gone, 1,500 workers were sent home",
])
def test_near_misses_are_not_sums(recognizer, text):
    assert sums(recognizer, text) == []


def counts(text: str) -> list[str]:
    return [text[start:end] for kind, start, end, _ in find_incident_details(text) if kind == "COUNT"]


@pytest.mark.parametrize("text, expected", [
    ("they put me in the laundry and cut my hours to twenty a week", ["twenty"]),
    ("On the slips the hours are one hundred and twenty a month, but we do more than that.",
     ["one hundred and twenty"]),
    ("forty centavos a piece, a t-shirt. we do three hundred a day, the two of us.", ["three hundred"]),
    ("bully pays them cash out of his ute, like a hundred and twenty a day, no tax", ["a hundred and twenty"]),
    ("speaker 2: he wants five a day three times a week", ["five"]),
    ("we were doing 150 per shift by the end", ["150"]),
])
def test_a_count_per_day_is_found_before_its_rate(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "maybe eight hundred trucks a day in summer",  # a count with its noun: the place's
    "she turned forty a year ago",
    "in 2019 a year later we moved",  # a year
    "we stayed at room 20 a night and left",
    "the flat costs twelve thousand a month",  # thousands: a sum's, not a count's
    "take one a day with food",  # fewer than three
    "it was the 40 a day habit of his",
])
def test_near_misses_per_day_are_no_count(text):
    assert counts(text) == []


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    # what the vehicle is like, said before a colour and a model a pattern found without it
    ("His truck, the old white F-150 with the Oilers flag, you'll see it at the band office.",
     ["old white F-150 with the Oilers flag"]),
    ("He drives the big white Luton with the blue ladder on the roof, everybody knows it.",
     ["big white Luton with the blue ladder on the roof"]),
    # near misses: a word before that is no state, a state said of something else
    ("the old man drove a white Hilux to the farm", ["white Hilux"]),
    ("it was very old. white Hilux, I think.", ["white Hilux"]),
])
def test_a_state_said_before_the_vehicle_is_part_of_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected
