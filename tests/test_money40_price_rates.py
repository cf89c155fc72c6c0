"""Round 40, sums: a sum said with its price by weight or by the piece ("Thirty-one thousand som a
kilo.", "forty lek a kilo for plastic", "1,800 euros a piece") is one sum with its rate, as a rate
by any other unit ("¥60,000 a show") already was; and a rate by a unit at the end of a subtitle's
cue ends its clause there (the detectors read the cues joined by a space: "four hundred zloty a
set" | "who is pan zbigniew?").  Exact spans on transcript text, and the near misses: a quantity
after "a" is no rate, and a rate's word inside a cue no cue's end.  (Round 44: a figure said
without its currency before "a kilo" after a word of pay is a sum, and "a kilo of eels" a rate by
the kilo: tests/test_money44_names_and_prices.py.)"""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.money import SpokenMoneyRecognizer
from tests.scan_helpers import found_in_named_file
from tests.scan_helpers import spoken_sums as sums


@pytest.fixture(scope="module")
def money() -> SpokenMoneyRecognizer:
    return SpokenMoneyRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("**Reporter:** What do they pay for the cocoons?\n\n**Grower:** Thirty-one thousand som a kilo. "
     "Private buyers at the bazaar pay nearly double", ["Thirty-one thousand som a kilo"]),
    ("cleaner: the dark nests, the cheap ones, he soaks them in bleach water and sells them as white "
     "grade, like six thousand ringgit a kilo. one of the old cleaners", ["six thousand ringgit a kilo"]),
    ("a: so the legal ones go to the restaurants, yeah, at like four hundred euros a kilo. but the night",
     ["four hundred euros a kilo"]),
    ("source: to zoti fatmir, he has the scrap yard on the road to vaqarr. he pays forty lek a kilo for "
     "plastic, um, less if he wants", ["forty lek a kilo"]),
    ("she sells them for 1,800 euros a piece. the rest goes to him.", ["1,800 euros a piece"]),
    ("the pine is four euros thirty a kilo, real pine is more.", ["four euros thirty a kilo"]),
])
def test_a_price_by_weight_or_piece_is_part_of_the_sum(money, text, expected):
    assert sums(money, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("he gave me 300 euros a few days later and said nothing.", ["300 euros"]),            # a quantity
])
def test_what_is_no_price_rate(money, text, expected):
    assert sums(money, text) == expected


_TYRES = ("WEBVTT\n\n00:00:12.520 --> 00:00:23.440\n>> they come in a van, old ones, eight, nine years. "
          "pan zbigniew has us grind off the date\ncode and put new stickers, then it's sold as new, "
          "four hundred zloty a set\n\n00:00:23.640 --> 00:00:25.440\n>> who is pan zbigniew?\n")


def test_a_rate_at_a_cues_end_is_part_of_the_sum(redactor_default, tmp_path):
    assert found_in_named_file(redactor_default, tmp_path, "tyres.vtt", _TYRES, ("MONEY",)) == \
        [("MONEY", "four hundred zloty a set")]


def test_a_rate_word_inside_a_cue_is_no_cues_end(redactor_default, tmp_path):
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n>> it's sold as new, four hundred zloty a set he\n\n"
            "00:00:03.000 --> 00:00:05.000\n>> told me, for tyres.\n")
    assert found_in_named_file(redactor_default, tmp_path, "tyres.vtt", text, ("MONEY",)) == \
        [("MONEY", "four hundred zloty")]
