"""Round 28: the shift one works, said as words of their own or by its number (``rules/singling.yaml``,
ShiftOrRoster), a clause that opens on "only" and a count (SmallGroupCount), and a vehicle's
description after "with" set off by a pause (``redactor/detect/vehicle_edges.py``).

Each case runs through a whole Redactor and asserts the exact spans of the types concerned; the
near misses assert that no such span is found."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import found_in_named_file, of_type, srt_cues

SHIFT = frozenset({"UNIQUE_DETAIL"})
VEHICLE = frozenset({"VEHICLE"})


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _in_file(redactor: Redactor, tmp_path, name: str, text: str, types=SHIFT) -> list[tuple[str, str]]:
    return found_in_named_file(redactor, tmp_path, name, text, types)


def _found(redactor: Redactor, text: str, types=SHIFT) -> list[tuple[str, str]]:
    return of_type(redactor, text, *types)


@pytest.mark.parametrize("text, expected", [
    ("When did you last smell it? Last Thursday. Night shift. Kwon came in the morning.",
     [("UNIQUE_DETAIL", "Night shift")]),
    ("they moved me from the tank to the bagging line, night shift. Lamin told me to keep quiet.",
     [("UNIQUE_DETAIL", "night shift")]),
    ("I was moved to the reefer yard in September, day shift only.", [("UNIQUE_DETAIL", "day shift only")]),
    ("her husband works on the withering loft um night shift so call in the day",
     [("UNIQUE_DETAIL", "night shift")]),
    ("I am team B, the early shift, and I load the belly holds.", [("UNIQUE_DETAIL", "the early shift")]),
    ("The article said a woman on second shift who came from South Sudan.", [("UNIQUE_DETAIL", "second shift")]),
])
def test_the_shift_said_as_words_of_their_own_or_by_its_number(redactor: Redactor, text, expected) -> None:
    assert _found(redactor, text) == expected


def test_a_plant_shift_that_ends_its_cue(redactor: Redactor, tmp_path) -> None:
    text = srt_cues("i started on the cut floor, now i'm on the loin boning line, third shift", "and the plant is where?")
    assert ("UNIQUE_DETAIL", "third shift") in _in_file(redactor, tmp_path, "a.srt", text)


@pytest.mark.parametrize("text", [
    "the night shift was quiet",
    "Night shift is the worst, everyone knows that.",
    "My first shift was on the ninth of February.",
    "they say a second shift of talks will open in Geneva",
])
def test_a_shift_said_in_a_clause_of_its_own_is_no_finding(redactor: Redactor, text) -> None:
    assert not any(t.lower().endswith("shift") for _, t in _found(redactor, text))


@pytest.mark.parametrize("text, expected", [
    ("Or you will see me on the road, a black Hero Splendor with a red seat cover. Only one like that.",
     "black Hero Splendor with a red seat cover"),
    ("I drive a grey Honda Beat with a pink helmet, you will see it outside.", "grey Honda Beat with a pink helmet"),
    ("the company gives each supervisor one, a yellow Ford Transit with the orange beacon, ZKT-482.",
     "yellow Ford Transit with the orange beacon"),
    ("Source: A grey Toyota Fortuner without markings, plate AF582KD, came twice.", "grey Toyota Fortuner without markings"),
    ("I saw the truck twice: a blue Mercedes Actros tanker with no company name, plate BS-44-17-AD.",
     "blue Mercedes Actros tanker with no company name"),
    ("I drive a Volkswagen Caddy, grey, with stone dust on it, green plate 9-4417-95.",
     "Volkswagen Caddy, grey, with stone dust on it"),
])
def test_a_vehicle_described_with_words_up_to_a_pause(redactor: Redactor, text, expected) -> None:
    assert _found(redactor, text, VEHICLE) == [("VEHICLE", expected)]


@pytest.mark.parametrize("text, expected", [
    ("He came in a white Toyota Hilux with my brother.", "white Toyota Hilux"),
    ("They left in a silver Toyota Corolla with two soldiers, fast.", "silver Toyota Corolla"),
    ("I went in the red Toyota Hiace with a friend to the market.", "red Toyota Hiace"),
    ("He drove a white Land Cruiser with a lawyer, to the court.", "white Land Cruiser"),
])
def test_who_rides_with_a_vehicle_or_a_clause_going_on_is_no_description(redactor: Redactor, text, expected) -> None:
    assert _found(redactor, text, VEHICLE) == [("VEHICLE", expected)]


@pytest.mark.parametrize("text, expected", [
    ("Do not say boat book. Only one person writes that book. And do not put my name.",
     "Only one person writes that book"),
    ("**Moderator:** Only four mods can see that channel, and I'm on the late shift.", "Only four mods can see that channel"),
    ("I was the deputy arbiter on those boards. Only two arbiters were in that hall.", "Only two arbiters were in that hall"),
    ("There are three line leads in pre-cook and only one is a woman over fifty.", "only one is a woman over fifty"),
    ("A: Only three cashiers work the night cage, every week.", "Only three cashiers work the night cage"),
])
def test_a_clause_that_opens_on_only_and_a_count(redactor: Redactor, text, expected) -> None:
    assert ("UNIQUE_DETAIL", expected) in _found(redactor, text)


@pytest.mark.parametrize("text", [
    "Only two days later he was gone.",
    "Only three weeks passed before they called.",
    "Only two dollars were left in the box.",
    "I only had two of them at home.",
])
def test_a_count_of_time_or_money_after_only_is_no_group(redactor: Redactor, text) -> None:
    assert not any(t.lower().startswith("only") for _, t in _found(redactor, text))
