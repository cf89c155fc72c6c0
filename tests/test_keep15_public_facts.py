"""Public facts said beside what identifies a source stay in the clear (round 15): the public
body after a time in a job, ..."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, found", [
    # the time in a job dates the person; the national force or service after it is public
    ("Nine years in the Border Police. Then I quit.", [("Nine years", "DURATION")]),
    ("She did eleven years in the Guardia Civil before the transfer.", [("eleven years", "DURATION")]),
    ("twelve years with the Kenya Police, then private security", [("twelve years", "DURATION")]),
    # near misses: a unit of the body said with its "'s" stays inside the time, so does a firm
    ("six years in the Prison Service's escort unit", [("six years in the Prison Service", "DURATION")]),
    ("eight years with Novak Haulage in Brno", [("eight years with Novak Haulage", "DURATION")]),
    ("ten years in the Met", [("ten years in the Met", "DURATION")]),
])
def test_a_public_body_after_a_time_in_a_job_is_its_own(redactor_default, text, found):
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == found
