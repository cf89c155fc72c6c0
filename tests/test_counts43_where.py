"""Round 43: a count of people said with where the group is, whole, in a line and over a
subtitle cue's wrap.

- A count a singling rule found with only the first words of its place ("eleven women on the
  acid", "five men in one living") goes on over the words that still name the place ("... side",
  "... wagon"), nouns and adjectives, not a verb or a determiner after it
  (redactor.detect.unique_edges).
- A COUNT of people ("forty-two women", "twelve of us") takes the preposition up to the place
  found on its own right after it, which keeps its own finding, as the singling counts do.
- A caption's wrap inside the phrase is a space to the detectors (``visible_piece``), so the
  same phrase said over two lines of one cue is found whole; a plain text's line break still ends
  it.

Exact spans through a whole Redactor, and near misses: what the group did after its place ("...
band got nothing"), a determiner after it ("... station that morning"), a count of things, a
COUNT with no place found after it, a line break of a plain text."""

from __future__ import annotations

import pytest

from scan_helpers import counts_found, found_in_named_file, srt_cues


@pytest.mark.parametrize("text, expected", [
    # a singling rule's count whose place was cut inside its words
    ("we are eleven women on the acid side and we get one hundred", ["eleven women on the acid side"]),
    ("we sleep five men in one living wagon.", ["five men in one living wagon"]),
    # forms no design set has: another place, another crew
    ("we sleep eight women in one small wooden hut, no window.", ["eight women in one small wooden hut"]),
    ("there were seven boys in one old shipping container.", ["seven boys in one old shipping container"]),
    # near misses: what they did, or when, is no part of the place
    ("they put eight women in one hut got no fan", ["eight women in one hut"]),
    ("we were nine men in one long hut that winter", ["nine men in one long hut"]),
    ("we were six women in a caravan made for two", ["six women in a caravan"]),
    ("there are two on the floor me and Ines", ["there are two on the floor"]),
])
def test_a_count_of_people_with_where_they_are(redactor_default, text, expected):
    assert counts_found(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We get Tk 9,300 a month, forty-two women on the night floor.",
     [("COUNT", "forty-two women on the"), ("WORK_UNIT", "night floor")]),
    ("and twelve of us in the packing shed get paid by the crate",
     [("COUNT", "twelve of us in the"), ("WORK_UNIT", "packing shed")]),
])
def test_the_place_found_on_its_own_keeps_its_finding(redactor_default, text, expected):
    assert [(f.entity_type, f.text) for f in redactor_default.scan(text) if f.entity_type in ("COUNT", "WORK_UNIT")] == expected


@pytest.mark.parametrize("text, expected", [
    ("forty-two women came to the meeting.", ["forty-two women"]),     # what they did: no place
    ("we counted forty in the square", ["forty"]),                     # a head count, not people said
    ("nine of us from work came.", ["nine of us"]),                   # no place found after it (the group
    # they come from, "nine of us from one family", is the count's: see test_unique_edges)
    ("forty-two women on the\nnight floor.", ["forty-two women"]),    # a plain text's line ends it
])
def test_no_place_no_growth(redactor_default, text, expected):
    assert counts_found(redactor_default, text) == expected


def test_over_a_cue_wrap(redactor_default, tmp_path):
    text = srt_cues("we get paid monthly,\nforty-two women on the\nnight floor.",
                    "we are eleven women on\nthe acid side and we get one hundred")
    found = found_in_named_file(redactor_default, tmp_path, "talk.srt", text, ("COUNT", "UNIQUE_DETAIL", "WORK_UNIT"))
    assert found == [("COUNT", "forty-two women on the"), ("WORK_UNIT", "night floor"),
                     ("UNIQUE_DETAIL", "eleven women on\nthe acid side")]
