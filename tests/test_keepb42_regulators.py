"""Round 42: the workplace-safety, labour-inspection, mine-safety and care regulators by their
English names and their short names (the keep list, rules/public.yaml) stay readable: a report
to one or a visit by one points at nobody.  The inspector is still a person, and an acronym that
is also a given name ("OSHA": "Osha") is kept only where the text reads as the body."""

from __future__ import annotations

import pytest

from tests.scan_helpers import touching


@pytest.mark.parametrize("text, body", [
    ("speaker 2: so msha came the week after and wrote up the belts\n", "msha"),
    (">> hiqa came in unannounced on a tuesday, two inspectors\n", "hiqa"),
    (">> i phoned worksafebc and they gave me a claim number\n", "worksafebc"),
    (">> worksafe came out to the site on the ninth\n", "worksafe"),
    ("speaker 2: we called the wsib and they said the claim was late\n", "wsib"),
])
def test_a_safety_regulator_is_kept(redactor_default, text, body):
    assert touching(redactor_default, text, body) == []


@pytest.mark.parametrize("text, expected", [
    # the inspector is a person; a given name like an acronym of the list is still a person's
    ("speaker 1: the msha inspector, Dale Hurtado, wrote us up for the dust\n", "Dale Hurtado"),
    ("speaker 1: my daughter Osha told the foreman\n", "Osha"),
])
def test_inspectors_and_names_stay_found(redactor_default, text, expected):
    assert touching(redactor_default, text, expected) != []
