"""An organisation someone called, or that came or inspected, is kept in the whole file,
round 27.

"I called the X office", "we contacted X", "X came to the farm", "did X come", "X sent three
inspectors": the name the model found there as an organisation (or as a person, between "the"
and a body's word) is a regulator's, an agency's, a union's or an outlet's, and it is kept
wherever the file says it again.  A firm called by someone other than a pronoun's subject, a
firm "called" so (a name), a person phoned, a person who came, a rank ("X came first"), a
thing sent to a firm, someone from a firm and the speaker's own employer stay found.
"""

from __future__ import annotations

import pytest

from tests.mention_helpers import in_order
from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return [value for _, value in of_type(redactor, text, *NAME_TYPES)]


@pytest.mark.parametrize("text", [
    "I called the Dravenko Institute and the Dravenko Institute hung up.",
    "i called the tarsimo office in the city, and the tarsimo office said wait.",
    "i called the pelmaro people. the pelmaro people did nothing.",
    "Last week Norvexa Energy came to the farm, and Norvexa Energy wrote nothing.",
    "Norvexa Energy sent three inspectors in March. Norvexa Energy fined nobody.",
])
def test_a_body_handed_a_report_or_called_is_kept(redactor_default, text):
    assert _names(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    # a thing sent to a firm, someone from a firm, a person sent somewhere
    ("I sent the readings to Norvexa Energy and Norvexa Energy never answered.", "Norvexa Energy"),
    ("A woman from Dravenko Trust phoned me, Dravenko Trust wanted the ledgers.", "Dravenko Trust"),
    ("They sent him to Norvexa Energy for a week, and Norvexa Energy paid him late.", "Norvexa Energy"),
    # the naming "called", and a call by someone who is not a pronoun's subject
    ("I work for a company called Norvexa Energy, Norvexa Energy pays late.", "Norvexa Energy"),
    ("My boss called Norvexa Energy about the delivery, and Norvexa Energy said no.", "Norvexa Energy"),
    # a person phoned, a town things are sent to, the speaker's own workplace
    ("I phoned Marta Quellbrin and Marta Quellbrin said no.", "Marta Quellbrin"),
    ("We send the crates to Varnaco each week, Varnaco is a small town.", "Varnaco"),
    ("I work at Dravenko Institute. I called the Dravenko Institute from home.", "Dravenko Institute"),
    ("I work at Norvexa Energy. Norvexa Energy came to fix the pipe.", "Norvexa Energy"),
    # a rank or a deal is no visit; a town someone came from is a town
    ("Norvexa Energy came first in the ranking, Norvexa Energy pays well.", "Norvexa Energy"),
    ("Norvexa Energy came to an agreement with the bank, Norvexa Energy pays well.", "Norvexa Energy"),
    ("A man from Kelby came at night, Kelby is a small town.", "Kelby"),
])
def test_postings_places_people_and_employers_stay_found(redactor_default, text, expected):
    assert expected in _names(redactor_default, text)


def _mentions(text, *spans):
    return [in_order(text, span, kind=kind)[0] for span, kind in spans]


@pytest.mark.parametrize("text, spans, expected", [
    # a person only between "the" and a body's word; no thing sent, no naming "called", no
    # one from a firm
    ("I called Veltrona and then the Varnholt office. We also phoned Kestrava. "
     "I called the Holmgren too. I sent the boxes to Orlavin. We send the boxes to Tarnby. "
     "A firm called Brusk builds the sheds. A man from Dunmarr waited.",
     [("Veltrona", "ORGANIZATION"), ("Varnholt", "PERSON"), ("Kestrava", "ORGANIZATION"), ("Holmgren", "PERSON"),
      ("Orlavin", "ORGANIZATION"), ("Tarnby", "LOCATION"), ("Brusk", "ORGANIZATION"), ("Dunmarr", "ORGANIZATION")],
     {"veltrona", "kestrava"}),
    # a person that came is no visit ("the foreman came"); a person called only before a body's
    # word; no rank; a place someone came from is a town; a given name is a person's, whatever
    # the model called it
    ("Did Veltrona come? The Varnholt came on Friday. Kestrava sent three inspectors. "
     "Holmgren came to the yard. Orlavin came first. Brusk came in May. A man from Tarnby sang. "
     "Then Marta came. I called the Pelmaro office. I called the Dunfirth.",
     [("Veltrona", "ORGANIZATION"), ("Varnholt", "PERSON"), ("Kestrava", "ORGANIZATION"), ("Holmgren", "PERSON"),
      ("Orlavin", "ORGANIZATION"), ("Brusk", "ORGANIZATION"), ("Tarnby", "LOCATION"), ("Marta", "ORGANIZATION"),
      ("Pelmaro", "PERSON"), ("Dunfirth", "PERSON")],
     {"veltrona", "kestrava", "brusk", "pelmaro"}),
])
def test_the_bodies_of_a_file_and_their_near_misses(text, spans, expected):
    from redactor.detect.recipients import complaint_recipients

    assert complaint_recipients(text, _mentions(text, *spans), lambda span: False) == expected
