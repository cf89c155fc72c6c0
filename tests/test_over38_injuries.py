"""Round 38: an injury is a personal detail only when it is the speaker's own ("i lost two
fingers in the press", "they crushed my hand"); another's injury told as what happened ("a guest
broke her leg", "Rumen Kirilov lost two fingers in the mincer") is the incident, which the
writers of the design sets never mark (``rules/singling.yaml``, PersonalDetail, "an injury at
work")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("I lost two fingers in the press last year, so everyone knows me.", ["lost two fingers in the press"]),
    ("i've lost an eye at the quarry, in 2019", ["lost an eye at the quarry"]),
    ("they crushed my hand in the machine and said nothing", ["crushed my hand in the machine"]),
    ("i broke my left leg on the scaffold", ["broke my left leg on the scaffold"]),
])
def test_the_speakers_own_injury_is_found(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, "UNIQUE_DETAIL")] == expected


@pytest.mark.parametrize("text", [
    "he lost two fingers in the press last year",
    "source: a little girl, ellie-mae harkin, six, broke her arm in two places.",
    "Rumen Kirilov, fifty-two, lost two fingers in the mincer on the night of 3 March.",
    "the driver, kelvin, a young guy, he got out and ran. he broke his leg",
])
def test_anothers_injury_is_no_detail_of_the_source(redactor, text):
    assert of_type(redactor, text, "UNIQUE_DETAIL") == []
