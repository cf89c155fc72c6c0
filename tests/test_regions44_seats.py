"""Regions, round 44: a first-level region named as its seat whose name GeoNames also gives a big
city elsewhere as another name ("puno": Pune; "talas": Dallas; "yala", "batna", "tay ninh").  The
public-places table's row is the seat's own (its population says so), so with its region word the
name is the region, public as every first-level region is; alone it stays the town.  Design set
fresh43 touched "puno region"; the regions here are others (Kyrgyzstan, Thailand, Algeria)."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.model import Mention


@pytest.mark.parametrize("text", [
    "the herders of talas region say the wolves came down early this year",
    "she sells bread to the families of yala province and the soldiers",
    "my cousin drives the bus from batna province to the coast every week",
])
def test_a_region_named_as_its_seat_and_as_a_big_city_elsewhere_is_kept(redactor_default, text):
    """"talas", "yala", "batna" (Kyrgyz, Thai, Algerian regions and their seats) are also other
    names GeoNames gives Dallas, Patan and Patna: the public-places table's row is the seat's
    own, so with its region word the name is the region, public as every first-level region."""
    assert [f for f in redactor_default.scan(text) if f.entity_type == "LOCATION"] == []


def test_the_seat_alone_is_still_the_town(redactor_default):
    text = "he went back to talas in may"
    assert [(f.entity_type, f.start, f.end) for f in redactor_default.scan(text)
            if f.entity_type == "LOCATION"] == [("LOCATION", 16, 21)]



@pytest.mark.parametrize(("text", "word", "region"), [
    # a caption's cues run together: "my cousin" ends one, "ashanti region" opens the next
    ("they shot the vicunas, not my cousin\nashanti region people say it was the poachers", "ashanti", True),
    ("not my uncle talas region herders say so", "talas", True),
    ("my cousin ashanti said it was the poachers", "ashanti", False),   # a relation's name
    ("i told mr ashanti about it", "ashanti", False),                    # a title's
])
def test_a_region_word_after_a_name_outweighs_a_relation_before_it(text, word, region):
    """The name list's person guess is the region when a region word follows it, whatever
    relation or title the words before it hold; without one, a relation's name stays a person."""
    start = text.index(word)
    mention = Mention(start, start + len(word), "PERSON", 0.85, "NameGazetteerRecognizer", word)
    assert SpanFilters().is_public_place_as_person(text, mention) is region
