"""Public bodies and companies kept by what they are (round 24).

A state's department named by its portfolio is a public body: kept whether the model or the
workplace-unit rules found it, and cut off the job found with it ("a Wildlife Department
inspector" finds the inspector).  Near misses stay found: a firm's or a hospital's department named
by what it does, a job after a department that is no portfolio.

A telephone operator named right before the number read on it, or beside a word of calling, is
the network of millions, not the source's detail; a person's name there stays found."""

from __future__ import annotations

import pytest

from redactor.detect.operators import number_said_after
from redactor.detect.state_departments import is_state_department, portfolio_after_department


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


@pytest.mark.parametrize("span", [
    "Department of Immigration", "the Department of Labor", "Customs Department", "the customs department",
    "Wildlife Department", "public works department", "Department of Agriculture and Rural Development",
    "the Department of Health", "Forestry Department", "departamento de trabajo", "Departamento di Educacion",
    "Immigration Department", "the Department for Education",
])
def test_a_department_by_its_portfolio(span):
    assert is_state_department(span)


@pytest.mark.parametrize("span", [
    "engineering department", "the finance department", "radiology department", "Department of Surgery",
    "the transport department", "Department of Physics", "sales department", "Kowalski Department",
    "the health and safety department", "Customs Department officer",
])
def test_a_firms_or_a_hospitals_department_is_no_state_department(span):
    assert not is_state_department(span)


def test_the_portfolio_after_department_of():
    text = "Later a Department of Immigration officer phoned."
    start = text.index("Immigration")
    assert text[start:portfolio_after_department(text, start)] == "Immigration"
    assert portfolio_after_department("Later an Immigration officer phoned.", 9) is None
    other = "a Department of Surgery nurse"
    assert portfolio_after_department(other, other.index("Surgery")) is None


@pytest.mark.parametrize("text, department, job", [
    ("Q: Who came to the farm?\nA: A Department of Immigration officer came on Monday and checked our papers.",
     "Immigration", "officer"),
    ("A: The Wildlife Department inspector who patrols there, Tomasz Weremczuk, saw the nets.",
     "Wildlife Department", "inspector"),
])
def test_the_job_is_found_without_the_department(redactor_default, text, department, job):
    found = _found(redactor_default, text)
    assert ("OCCUPATION", job) in found
    assert not any(department in value for _, value in found)


def test_a_department_said_as_a_body_is_kept_and_a_firms_unit_is_found(redactor_default):
    text = ("Q: Who else knows about it?\nA: The Customs Department raided the yard in spring. Years ago I was "
            "with the public works department. Now I work in the engineering department.")
    found = _found(redactor_default, text)
    assert ("WORK_UNIT", "engineering department") in found
    assert not any("Customs" in value or "public works" in value for _, value in found)


def test_a_job_after_a_department_that_is_no_portfolio_stays_whole(redactor_default):
    text = "A: The transport department driver saw it, and the Department of Surgery nurse too."
    found = _found(redactor_default, text)
    assert ("OCCUPATION", "transport department driver") in found
    assert ("OCCUPATION", "Surgery nurse") in found


def test_the_number_said_after_the_network():
    text = "Write it down: that one is Orange. 97 31 05 62."
    assert number_said_after(text, text.index(". 97"))
    said = "and a local one, telcel, four four nine one three"
    assert number_said_after(said, said.index(", four"))
    assert not number_said_after("That one is Orange. I bought it at 9 in the shop.", 18)
    assert not number_said_after("That one is Orange.\n97 31 05", 18)  # another line: not this one's


def test_an_operator_named_before_its_number_is_kept(redactor_default):
    text = "Q: Which line should I use?\nA: Write it down: that one is Orange. 97 31 05 62.\n"
    assert not any(value == "Orange" for _, value in _found(redactor_default, text))
    caption = "speaker 2: to call me from abroad use zamtel, the other one is off\n"
    assert not any(value.lower() == "zamtel" for _, value in _found(redactor_default, caption))


def test_a_name_beside_a_call_that_is_no_operator_stays_found(redactor_default):
    text = "A: If you call the office, ask for Mirela Kostadinova at the desk.\n"
    assert ("PERSON", "Mirela Kostadinova") in _found(redactor_default, text)
