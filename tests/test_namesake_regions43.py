"""A first-level region named as its seat is the region after a smaller place it holds (round 43).

"Ordu", "Khon Kaen", "kayanza" are both a province and the town that governs it; the public-places
table lists such a name as the town (said alone, "I was born in Morogoro", it is a quasi-identifier
of its size).  After a smaller place and a comma ("above Gölköy, in Ordu", "in Tha Chalom, Samut
Sakhon") the text places that place in the region, public as every first-level region is, and
then wherever the text says the name.  The names come from the shipped list
``redactor/data/namesake_regions.txt`` (``tools/build_namesake_regions.py``).  Near misses stay
found: the town alone, a workplace's town after "at", a list of towns, common words before the
comma ("In the end, Morogoro"), a town seating a region of another name ("Cobán" seats Alta
Verapaz), a name with a town's word after it, and the smaller place itself."""

from __future__ import annotations

import pytest

from redactor.lexicon.places import fold_place, namesake_regions


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, region", [
    ("We lived in Zeleni, Shkodër, two streets from the lake.", "Shkodër"),
    ("At the quarry near Lerë, in Korçë, we were eleven men.", "Korçë"),
    ("i grew up in kibaoni village, morogoro, and came to the city at nineteen to sell charcoal.", "morogoro"),
    ("My brother drives the bus from Aldea San Juan, in Huehuetenango, every Monday.", "Huehuetenango"),
    ("so we camp outside cicekli, in kirsehir, nine of us in two tents", "kirsehir"),
])
def test_a_region_named_as_its_seat_after_a_place_it_holds_is_kept(redactor_default, text, region):
    assert all(region not in found for _, found in _found(redactor_default, text))


def test_said_so_once_the_name_is_the_region_wherever_the_text_says_it(redactor_default):
    text = "We buy the rosemary near Sidi Ali, in Kasserine. Every shop in Kasserine sells it in bags."
    assert all("Kasserine" not in found for _, found in _found(redactor_default, text))


@pytest.mark.parametrize("text, found", [
    ("I was born in Morogoro and moved to the coast at twenty.", ("LOCATION", "Morogoro")),
    ("She cleans rooms at Hotel Savoy, in Iringa, six nights a week.", ("LOCATION", "Iringa")),
    ("We drove through Dodoma, Morogoro and then Iringa with the cattle.", ("LOCATION", "Morogoro")),
    ("The warehouse is in Barrio Chisec, Cobán, by the ring road.", ("LOCATION", "Cobán")),
    ("He sells the goats near Kyebando, in Gulu, on Saturdays.", ("LOCATION", "Gulu")),
    ("He sells the goats near Kyebando, in Gulu, on Saturdays.", ("LOCATION", "Kyebando")),
    ("i live in laiza village, myitkyina now, with my aunt.", ("LOCATION", "myitkyina")),
    ("It rained all week. In the end, Morogoro sent two trucks for the maize.", ("LOCATION", "Morogoro")),
    ("so we camp outside cicekli, in kirsehir, and the boss stays in kirsehir town.", ("LOCATION", "cicekli")),
])
def test_a_town_or_the_smaller_place_stays_found(redactor_default, text, found):
    assert found in _found(redactor_default, text)


def test_a_town_word_after_the_name_makes_it_the_town(redactor_default):
    text = "so we camp outside cicekli, in kirsehir, and the boss stays in kirsehir town."
    assert ("LOCATION", "kirsehir") in _found(redactor_default, text)


def test_the_namesake_list_holds_regions_named_as_their_seat_only():
    names = namesake_regions()
    assert {"ordu", "kayanza", "khon kaen", "morogoro", fold_place("Şanlıurfa"), fold_place("Korçë")} <= names
    # seats of regions of other names ("Cobán": Alta Verapaz), and towns that are a region themselves
    assert not {"coban", "gulu", "tamale", "maracay", "rzeszow", "olsztyn", "sopron"} & names
