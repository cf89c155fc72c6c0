"""A vehicle's model said as a code, and the codes other detectors take for something else.

A model is often a code of letters and figures: "a grey Toyota RAV4", "a red honda cb125", "a
black e46 bmw", "a Komatsu 930E".  A name detector reads such a code as a name with figures
(a HANDLE, "RAV4"); as a structured identifier it would win the overlap with the vehicle that
holds it, and then be dropped as no handle, leaving the whole vehicle in the clear.
``codes_in_vehicles`` tells the overlap policy which of them a vehicle holds.
"""

from __future__ import annotations

import bisect
from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

# A handle's marks: an "@", an underscore or a dot ("@rav4", "rav_4", "rav4.fan") make it one.
_HANDLE_MARK = own_compiled(r"[@_.]")
# How far before a code the vehicle holding it may start.
_LONGEST_VEHICLE = 160


def codes_in_vehicles(mentions: Sequence[Mention]) -> frozenset[int]:
    """``id()`` of each HANDLE without a handle's marks held whole by a VEHICLE: a model's code
    ("RAV4", "CB125"), not an account."""
    vehicles = sorted((m for m in mentions if m.entity_type == "VEHICLE"), key=lambda m: m.start)
    if not vehicles:
        return frozenset()
    starts = [m.start for m in vehicles]
    held = set()
    for m in mentions:
        if m.entity_type != "HANDLE" or _HANDLE_MARK.search(m.text):
            continue
        first = bisect.bisect_left(starts, m.start - _LONGEST_VEHICLE)
        last = bisect.bisect_right(starts, m.start)
        if any(v.end >= m.end for v in vehicles[first:last]):
            held.add(id(m))
    return frozenset(held)


# What a guess may hold around a vehicle and still be that vehicle: "The red Volvo" (the model's
# ORGANIZATION over the rule's "red Volvo").
_ARTICLE = own_compiled(r"[^\S\n]*(?:the|a|an|his|her|my|our|their|your|this|that)?[^\S\n]*", regex.I)


def without_guesses_over_vehicles(mentions: Sequence[Mention], guessing: frozenset[str],
                                  floor: float) -> list[Mention]:
    """``mentions`` without a guessing detector's span (``guessing``) that is a vehicle a rule
    found sure enough (``floor``) with at most an article before it: the model's "The red Volvo"
    as a firm would win the overlap by its score and be kept as the make's firm."""
    vehicles = [m for m in mentions if m.entity_type == "VEHICLE" and m.detector not in guessing and m.score >= floor]
    if not vehicles:
        return list(mentions)
    return [m for m in mentions if not (m.detector in guessing and m.entity_type != "VEHICLE"
                                        and any(_holds_only(m, v) for v in vehicles))]


def _holds_only(guess: Mention, vehicle: Mention) -> bool:
    """Whether ``guess`` is ``vehicle`` with at most an article before it."""
    if not (guess.start <= vehicle.start and vehicle.end == guess.end) or (guess.start, guess.end) == (vehicle.start, vehicle.end):
        return False
    return _ARTICLE.fullmatch(guess.text[:vehicle.start - guess.start]) is not None
