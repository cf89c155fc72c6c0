"""A public hospital where someone else was treated stays, round 20: the speaker is no hospital's
staff for a shift of their own (any worker has one), for a job they deny ("I was never a
nurse") or for a job they say is at a place that is no hospital ("a nurse at the ...
nursing home"), and no ride "to" a hospital makes it one's own ("my uncle to ... Hospital").
Near misses stay found: a hospital nurse's hospitals."""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


_HOSPITAL = "Sankt Halvard Hospital"


@pytest.mark.parametrize("text", [
    f"I pack fish at the cold store, my shift starts at six. The driver took my uncle to {_HOSPITAL}.",
    f"I was never a nurse, I only know they drove him to {_HOSPITAL} that night.",
    f"I'm a nurse at the Lindely nursing home. The old man went to {_HOSPITAL} and died there.",
])
def test_a_public_hospital_stays_where_the_speaker_is_no_hospital_staff(redactor_default, text):
    assert all("Halvard" not in value for _, value in _names(redactor_default, text))


@pytest.mark.parametrize("text", [
    f"I'm a nurse, twelve years now. They drove him to {_HOSPITAL} that night.",
    f"I'm a nurse at {_HOSPITAL}, nights mostly. He came in by ambulance.",
])
def test_a_hospital_nurses_hospital_stays_found(redactor_default, text):
    assert any("Halvard" in value for _, value in _names(redactor_default, text))
