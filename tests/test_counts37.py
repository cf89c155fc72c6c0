"""Round 37: a count said on its own goes on into a phrase that says which ones.

- A count that opens its phrase ends at its plural also where a phrase of place, time or means
  follows it ("Forty-two student rigs with reserves repacked", "nine sharks in a plastic tank",
  "eleven cars in one week in March"), not only at a pause
  (redactor.detect.recognizers.count_fragments).
- A speaker's label in bold ("**Rigger:** ...") opens a phrase as a plain one does.

Exact spans on transcript text, and the near misses that stay out (a count inside a clause, a
length of time, a vague kind, a count followed by a verb)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.count_fragments import find_count_fragments


def _fragments(text: str) -> list[str]:
    return [text[s:e] for s, e in find_count_fragments(text)]


@pytest.mark.parametrize("text, expected", [
    ("**Reporter:** What did you find?\n\n**Rigger:** Forty-two student rigs with reserves repacked and no "
     "rigger's seal. The data cards are signed with my name.", ["Forty-two student rigs"]),
    ("00:00:31,200 --> 00:00:35,900\nin april a truck came at night,\nnine sharks in a plastic tank\n",
     ["nine sharks"]),
    ("**R:** Did anyone check? **S:** The buyers paid us the price without VAT, eleven cars in one week in March.",
     ["eleven cars"]),
    ("<v s2>the bakeries get half. thirty one bakeries in the town\ni have the list.", ["thirty one bakeries"]),
    ("**Q:** What does the shipment hold?\n\n**A:** 2,400 pieces in that shipment, all with the same calibre.",
     ["2,400 pieces"]),
])
def test_a_count_before_a_phrase_that_says_which(text, expected):
    assert _fragments(text) == expected


@pytest.mark.parametrize("text", [
    "We sold two hundred doses from the back of the truck to a trader.",  # inside a clause
    "we worked there, two years in montreal, then home.",                 # a length of time
    "I mean, three things in the report were wrong.",                     # a vague kind
    "The list had 1,214 names in it and a stamp.",                        # no phrase of its own
    "**A:** Two boys went in with him and came out.",                     # a verb follows
])
def test_no_count_before_a_phrase(text):
    assert _fragments(text) == []
