"""A code said again after a pause ("k r v four four one [inaudible] k r v four four two"): the
first grows over the pause into the second's first letter, and takes the second whole
(redactor.detect.id_edges), so no letter of either is left alone in the text.  A letter said
right before a colon is a speaker's label, not the code's first or last letter
(redactor.detect.recognizers.spoken.spelled).  Near misses: a code said once, a code and an
ordinary word after a pause."""

from __future__ import annotations

import pytest

from tests.scan_helpers import CODE_TYPES, of_type


@pytest.mark.parametrize("text, expected", [
    # said again after a pause: taken whole, then replaced in its parts around the annotation
    # (round 34: the transcriber's "[inaudible]" is no letter of either code)
    ("the crate numbers, k r v four four one seven [inaudible] k r v four four one eight\n",
     [("ID_NUMBER", "k r v four four one seven"), ("ID_NUMBER", "k r v four four one eight")]),
    ("the crate numbers, it's t m (crosstalk) t m two two six nine, the last one\n",
     [("ID_NUMBER", "t m"), ("ID_NUMBER", "t m two two six nine")]),
    # the next speaker's letter is not the code's
    ("a: the crate is k r v four four one seven\nq: and the truck\n",
     [("ID_NUMBER", "k r v four four one seven")]),
    ("a: the crate is k r v four four one seven\nb: sorry, again\n",
     [("ID_NUMBER", "k r v four four one seven")]),
    ("Q: For the lawyer, your tax file?\nA: 5502917734.\nQ: Thank you.\n",
     [("ID_NUMBER", "5502917734")]),
    # said once: as it was
    ("the crate number is k r v four four one seven, it came on monday\n",
     [("ID_NUMBER", "k r v four four one seven")]),
    ("the crate number is k r v four four one seven [inaudible] then we left\n",
     [("ID_NUMBER", "k r v four four one seven")]),
])
def test_codes_said_again_and_before_a_speakers_label(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected
