"""A body named as where a complaint or a report was sent, or as where a lawyer or an
inspector came from, is kept in the whole file, round 26.

"I wrote to X", "a complaint to the X", "reported it to X", "an e-mail to X": the name the model
found there as an organisation or a place (or as a person, after "the") is a regulator's, an
agency's or a union's, and it is kept wherever the file says it again; so is an organisation
named after "a lawyer from", "the inspector of".  A person written to, a family ("the Nowaks"),
a firm by its legal form, a workplace, the speaker's own employer and a town an inspector came
from stay found.
"""

from __future__ import annotations

import pytest

from redactor.model import Mention
from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return [value for _, value in of_type(redactor, text, *NAME_TYPES)]


@pytest.mark.parametrize("text", [
    "I wrote to Veltrona and no answer came back.",
    "we reported it to kestraly in june but kestraly did nothing.",
    "In the end I sent an e-mail to Ostrevia, they check the boilers.",
    "i wrote to the brenmoor about the fumes and the brenmoor came once.",
    "A lawyer from Orlavin Legal Aid came twice, and Orlavin Legal Aid paid the fees.",
    "my sister says a lawyer from the arbeitsrat phoned her.",
])
def test_a_body_written_to_is_kept_where_it_is_said_again(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # people written to or complained to, and a family
    ("I wrote to Marek Zielny about the rota and Marek Zielny laughed.", "Marek Zielny"),
    ("I complained to Holmgren about the ladder and Holmgren told me to leave.", "Holmgren"),
    ("she complained to the Nowaks next door about the dog.", "Nowaks"),
    # a firm by its legal form, the speaker's own employer
    ("I reported it to Trelby Freight Ltd but Trelby Freight Ltd ignored it.", "Trelby Freight Ltd"),
    ("I work at Kelvard Foods on the packing line. I complained to Kelvard Foods twice.", "Kelvard Foods"),
    # a town inspectors came from, a workplace they came from
    ("An inspector from Kelby came on Tuesday.", "Kelby"),
    ("An inspector from the Halvik depot came.", "Halvik depot"),
])
def test_people_firms_and_employers_written_to_stay_found(redactor_default, text, expected):
    assert expected in _names(redactor_default, text)


def _mention(text, span, kind, detector="SpacyRecognizer"):
    start = text.index(span)
    return Mention(start=start, end=start + len(span), entity_type=kind, text=span, score=0.85, detector=detector)


def test_the_recipients_of_a_file_and_their_near_misses():
    from redactor.detect.recipients import complaint_recipients

    text = ("I wrote to Veltrona in May. She made a complaint to the Varnholt. I complained to Holmgren. "
            "Then I phoned Ostrevia. I wrote to Kelvard Foods, where I work. A lawyer from Orlavin came, "
            "and an inspector from Tarnby.")
    mentions = [_mention(text, "Veltrona", "ORGANIZATION"), _mention(text, "Varnholt", "PERSON"),
                _mention(text, "Holmgren", "PERSON"), _mention(text, "Ostrevia", "LOCATION"),
                _mention(text, "Kelvard Foods", "ORGANIZATION"),
                _mention(text, "Kelvard Foods", "ORGANIZATION", detector="Employer"),
                _mention(text, "Orlavin", "ORGANIZATION"), _mention(text, "Tarnby", "LOCATION")]
    found = complaint_recipients(text, mentions, lambda span: False)
    # a person only after "the"; a phone call is no complaint's address; an employer stays found;
    # a place an inspector came from is a town
    assert found == {"veltrona", "varnholt", "orlavin"}
