"""A boat described right after its name, set off by a comma (``vehicle_edges._KIND_APPOSITIVE``):
its size, its hull, its engines or its maker after its colour ("the Sea Lynx III, a 3,000-tonne
double-hull tanker barge", "the Conch Queen, a white Dusky with twin Yamahas") tell the one boat
apart as its name does, and a tinny is a boat ("the yellow tinny with the yamaha forty").  Exact
spans through the whole Redactor, on the sentences of the design sets, and the near misses that
stay out."""

from __future__ import annotations

import pytest


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    ("I saved the track before Mr. Arakawa reset it. The boat is the Mesekiu, the white twin-engine with the "
     "blue stripe, registration PW-1184-K.", ["Mesekiu, the white twin-engine with the blue stripe"]),
    ("The boat is the Conch Queen, a white Dusky with twin Yamahas.", ["Conch Queen, a white Dusky with twin Yamahas"]),
    ("**A:** The MTS Johanna Verbeek, a 110-metre double-hull tanker, chemicals and fuel oil from Rotterdam.",
     ["MTS Johanna Verbeek, a 110-metre double-hull tanker"]),
    ("Source: The Sea Lynx III, a 3,000-tonne double-hull tanker barge. The company is Calpe Marine Fuels.",
     ["Sea Lynx III, a 3,000-tonne double-hull tanker barge"]),
    ("my boat. the yellow tinny with the yamaha forty, it's called tepaeru after my mum.",
     ["yellow tinny with the yamaha forty"]),
])
def test_a_boats_description_after_its_name_is_part_of_it(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He drove the white Hilux, a boat on the trailer behind it.", ["white Hilux"]),
    ("We took the MV Ocean Star, the ferry to Tórshavn, every week.", ["MV Ocean Star"]),
    ("The boat is the Conch Queen, a white Dusky, and the other one is older.", ["Conch Queen"]),
    ("I sold the white Hilux, a tanker of a car.", ["white Hilux"]),
])
def test_what_follows_a_vehicle_that_is_no_boats_description_stays_out(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected
