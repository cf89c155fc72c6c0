"""Round 20: formal text (court judgments, parliament speech) through the whole pipeline.

- A date's span leaves out the preposition before it ("born in 1987", "between 4 May 2003"):
  the date alone identifies; the sentence keeps its preposition, and the generalise style drops
  its own "in" after it.
- A law, a treaty or a code by its name is public (``public_kinds.is_legal_text``); a person's
  or a firm's name with a kind's word in it stays found.
- One state by the singular of a state's word after everyday words ("every Member State") is a
  country, as the plural is a group of them.
"""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start:f.end]) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, expected", [
    ("The first applicant was born in 1987 and moved abroad.", ("DATE_OF_BIRTH", "1987")),
    ("Between 4 May 2003 and the spring she stayed with her aunt.", ("DATE", "4 May 2003")),
])
def test_a_date_span_leaves_its_preposition_out(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


def test_generalised_dates_keep_one_preposition(make_redactor):
    redactor = make_redactor(replacements={"DATE": "generalize", "DATE_OF_BIRTH": "generalize"})
    out = redactor.redact("She was born in 1987. Between 4 May 2003 and the spring she stayed with her aunt.")
    assert out == "She was born in the 1980s. Between May 2003 and the spring she stayed with her aunt."


@pytest.mark.parametrize("text, name", [
    ("The ministry relied on the Directive on Payment Services when it refused the licence.",
     "Directive on Payment Services"),
    ("The General Waste Shipment Regulation applies to every port.", "General Waste Shipment Regulation"),
])
def test_a_law_by_its_name_stays(redactor_default, text, name):
    assert not [t for _, t in _found(redactor_default, text) if name in t]


@pytest.mark.parametrize("text, span, entity_type, expected", [
    ("In 1995 the Water Supply Reform Act (Wasserversorgungsgesetz) changed it.",
     "Water Supply Reform Act (Wasserversorgungsgesetz)", "ORGANIZATION", True),
    ("It did not violate the Federal Land Law.", "Federal Land Law", "PERSON", True),
    ("He was convicted under Law no. 2817 and fined.", "Law", "PERSON", True),
    ("That Law provides for a fine.", "Law", "PERSON", True),
    ("The Convention on the Rights of Workers applies.", "Convention on the Rights of Workers", "ORGANIZATION", True),
    ("Under the 2010 Equality Act she complained.", "the 2010 Equality Act", "ORGANIZATION", True),
    ("The Polish Constitution forbids it.", "Polish Constitution", "ORGANIZATION", True),
    ("I met Jude Law at the bar.", "Jude Law", "PERSON", False),
    ("I met Anna Maria Law at the bar.", "Anna Maria Law", "PERSON", False),
    ("Law said no.", "Law", "PERSON", False),
    ("She works for Kowalski Treaty Services.", "Kowalski Treaty Services", "ORGANIZATION", False),
    ("She works for Smith Agreement Ltd.", "Smith Agreement Ltd", "ORGANIZATION", False),
])
def test_a_law_by_its_form(text, span, entity_type, expected):
    from redactor.detect.filters import SpanFilters
    from redactor.detect.public_kinds import is_legal_text
    from redactor.model import Mention

    start = text.index(span)
    m = Mention(start=start, end=start + len(span), entity_type=entity_type, score=0.85,
                detector="SpacyRecognizer", text=span)
    assert is_legal_text(SpanFilters(), text, m) is expected


def test_names_with_a_kinds_word_stay_found(redactor_default):
    text = "I met Jude Law at the bar. She works for Kowalski Treaty Services in Gdynia. General Petrov came."
    found = {t for _, t in _found(redactor_default, text)}
    assert {"Jude Law", "Kowalski Treaty Services", "General Petrov"} <= found


@pytest.mark.parametrize("span, expected", [
    ("Member State", True), ("the Partner Country", True), ("Member States", True),
    ("Kowalski State", False), ("Anna Nation", False),
])
def test_one_member_state_is_a_country(span, expected):
    from redactor.detect.filters import SpanFilters
    from redactor.detect.public_kinds import is_group_of_states

    assert is_group_of_states(SpanFilters(), span) is expected
