"""Round 19: the spans of formal (court) text, end to end through the pipeline.

What a judgment says of a person's own organisations is found whole (a hidden town's body, a
body's name glossed in its own language); what it says of the law and the court's own
procedure stays (a law's dates and number, a court's numbered section, Latin phrases of the
prose); a span carries no article or preposition the model dragged in.
"""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start:f.end]) for f in redactor.scan(text)]


def texts(redactor: Redactor, text: str) -> list[str]:
    return [span for _, span in found(redactor, text)]


def test_an_organisation_leaves_its_article_outside(redactor: Redactor) -> None:
    text = "On 2 March 2001 the applicant was dismissed by the Maison Verte Clinic, where he had worked."
    assert ("ORGANIZATION", "Maison Verte Clinic") in found(redactor, text)


def test_a_number_after_number_stays_found_outside_a_law(redactor: Redactor) -> None:
    text = "He was held in cell 9 of the block, detainee number 31846, for a month."
    assert any("31846" in span for span in texts(redactor, text))


def test_a_hidden_towns_body_is_hidden_whole(redactor: Redactor) -> None:
    text = "The applicant lives in Heidelberg. On 3 May 2004 the Heidelberg Regional Court dismissed his claim."
    assert ("ORGANIZATION", "Heidelberg Regional Court") in found(redactor, text)


def test_a_public_citys_body_stays(redactor: Redactor) -> None:
    text = "The applicant lives in a village. On 3 May 2004 the Berlin Regional Court dismissed his claim."
    assert not any("Court" in span for span in texts(redactor, text))


def test_a_gloss_in_brackets_is_the_bodys_name(redactor: Redactor) -> None:
    text = "He was held in the Kreuzfeld Remand Prison (Untersuchungsgefängnis) for a year."
    assert "Kreuzfeld Remand Prison (Untersuchungsgefängnis)" in texts(redactor, text)


def test_a_laws_dates_and_number_stay(redactor: Redactor) -> None:
    text = ("The measure was introduced by Law no. 2231 of 14 March 1996. It entered into force on "
            "1 July 1996. On 5 May 2001 the applicant was arrested.")
    spans = texts(redactor, text)
    assert "5 May 2001" in spans
    assert not {"14 March 1996", "1 July 1996", "2231"} & set(spans)


def test_a_date_is_public_when_a_law_comes_into_force_then(redactor: Redactor) -> None:
    text = "The case was sent to the tribunal on 1 March 2005, when the new Code of Procedure came into force."
    assert "1 March 2005" not in texts(redactor, text)
    text = "On 1 March 2005 I was fired from the bakery."
    assert "1 March 2005" in texts(redactor, text)


def test_a_courts_numbered_section_stays(redactor: Redactor) -> None:
    text = "On 12 May 2010 the judges of the Fourth Section asked both parties for written comments."
    assert texts(redactor, text) == ["12 May 2010"]


def test_latin_phrases_of_the_prose_stay(redactor: Redactor) -> None:
    text = ("The applicant claimed, inter alia, that the hearing had been unfair. The Government "
            "replied, inter alia, that he had never appealed.")
    assert texts(redactor, text) == []


def test_a_hospital_named_after_a_figure_is_no_figure(redactor: Redactor) -> None:
    text = "I am a midwife. The baby came at the Queen Elizabeth Central Hospital."
    assert ("ORGANIZATION", "Queen Elizabeth Central Hospital") in found(redactor, text)
