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

from redactor.model import Mention

# A handle's marks: an "@", an underscore or a dot ("@rav4", "rav_4", "rav4.fan") make it one.
_HANDLE_MARK = regex.compile(r"[@_.]")
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
