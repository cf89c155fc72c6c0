"""Round 31, quasi figures: a sum said with its currency and a price's "a kilo" or "a piece" is a
person's (what they sell at or are paid), a sum with its currency and a rate is a wage whoever
pays it, the English "crowns" of the koruna, krona and krone and the Vietnamese "đồng" with its
accents are currencies; a child's age said "a boy of seven" or an age said as a range is an age;
the seasons of a trade and a part of a time in a job are durations.  Exact spans on transcript
text; the near misses find nothing."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer


@pytest.fixture(scope="module")
def recognizer() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


def sums(recognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in sorted(recognizer.analyze(text, ["MONEY"]), key=lambda r: r.start)]


@pytest.mark.parametrize("text, expected", [
    # a price said with its currency: what the speaker sells at or is paid per piece, with its
    # unit since round 40 (test_money40_price_rates.py)
    ("They sell them in the showroom on Fondamenta dei Vetrai for 1,800 euros a piece.", ["1,800 euros a piece"]),
    ("how much do you earn?\nforty centavos a piece, a t-shirt.", ["forty centavos a piece"]),
    ("- every tub, um, three thousand won a kilo, so\nit's a lot in a season", ["three thousand won a kilo"]),
    ("he knows. he paid four euros thirty a kilo,", ["four euros thirty a kilo"]),  # the hundredths too (figures32)
    # a wage or a stipend with its rate, whoever pays it
    ("But since January the company takes $85 a week from every man for lodging.", ["$85 a week"]),
    ("the ministry pays, uh, a stipend for juniors. twelve thousand dinars a month each.",
     ["twelve thousand dinars a month"]),
    # the English crowns, and the đồng with its accents
    ("They paid the woman 80,000 crowns and she signed something.", ["80,000 crowns"]),
    ("**A:** Per show, 900 crowns, cash in an envelope.", ["900 crowns"]),
    ("kooperativa paid\nforty-one thousand crowns", ["forty-one thousand crowns"]),
    ("They get eight thousand đồng a shirt.", ["eight thousand đồng a shirt"]),
])
def test_a_persons_price_wage_or_crowns(recognizer, text, expected):
    assert sums(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    "bread costs two lari a kilo",             # a public good's price, told by the good
    "the dentist put two crowns on my teeth",  # a tooth's crowns
    "she won three crowns in a row",           # a champion's
    "the seventeen euro countries",            # a currency as an adjective
])
def test_no_persons_sum(recognizer, text):
    assert sums(recognizer, text) == []


def _ages(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "AGE"]


@pytest.mark.parametrize("text, expected", [
    ("And\non 14 August a boy of seven in paediatrics\nhad a severe reaction.", ["seven"]),
    ("The son of Pa Modou Ceesay, the fisherman, a boy of nine, Alieu, swam there.", ["nine"]),
    ("a little girl of only six was on the bus", ["six"]),
    # an age said as a range
    ("TAILOR: Some of the sewers there are\nchildren, twelve, thirteen years old.", ["twelve, thirteen years old"]),
    ("He says vitamins. The boys are fifteen, sixteen.\nReporter: And the papers?", ["fifteen, sixteen"]),
])
def test_a_childs_age_after_of(redactor_default, text, expected):
    assert _ages(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "She was a girl of two minds about it.",
    "We were a group of seven.",
    "The boy of three months was fine.",
    "the son of one of the guards",
    "The boys are fifteen, sixteen minutes late.",
    "my kids, three adults and a dog",
])
def test_no_childs_age(redactor_default, text):
    assert _ages(redactor_default, text) == []


def _durations(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "DURATION"]


@pytest.mark.parametrize("text, expected", [
    # the seasons of a trade counted as one's time in it
    ("**Q:** How long have you been there?\n\n**A:** Since then. Seventeen campaigns.", ["Seventeen campaigns"]),
    ("<v Engineer>I'm the second engineer, out of Hobart. Three voyages with her.", ["Three voyages"]),
    ("- two harvests there, then i went to the city", ["two harvests"]),
    # a part of a time in a job
    ("My name is Akinyi. Twelve years interpreting, five with that agency.", ["Twelve years", "five"]),
    ("right outside madison. thirty one years in the mines, nine of them at this one",
     ["thirty one years in the mines", "nine"]),
])
def test_a_counted_time_in_a_trade(redactor_default, text, expected):
    assert _durations(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Six seasons of the show were made.",
    "two tours of the plant",
    "Two years ago, five of us went to the office.",
    "After two years, five in the morning was normal for me.",
    "We had ten years, five hundred workers and no union.",
])
def test_no_counted_time_in_a_trade(redactor_default, text):
    assert [d for d in _durations(redactor_default, text) if "year" not in d] == []

