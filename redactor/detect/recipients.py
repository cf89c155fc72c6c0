"""A body named as where a complaint or a report was sent, or as who sent a lawyer or an
inspector: public in the whole file.

"I wrote to Trenvik Safety", "she made a complaint to the harbour board", "we reported the leak
to the Ostmark Care Authority": a name said right after writing, complaining or reporting *to* is
the place a complaint goes - a regulator, an inspectorate, an ombudsman, a union, an agency, an
embassy.  Such a body answers thousands of letters; its name points at nobody, so the name the
model found there (an organisation or a place; one it called a person only after "the", as
"the gardai") is kept wherever the file says it again.  So is an organisation named as where a
lawyer, an inspector, an auditor or an official came from ("a lawyer from Brightwater Legal Aid",
"the inspector of the Plant Health Directorate"): a legal-aid body, an inspectorate, a
regulator that sends its people out; a place there ("an inspector from Kelby") is a town and
stays found.

Still found: a person written to ("I wrote to Anna", "complained to Marek": no "the" before a
name the model called a person), a firm by its legal form or trade ("Kowalski Logistics Ltd",
:func:`redactor.detect.org_edges.is_firm_name`), a place of work ("the Brandt depot"), a name a
pattern of its own found as an organisation (the speaker's employer, found as such elsewhere in
the file) and a name the file says the speaker works at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redactor.detect.acronyms import fold_term
from redactor.detect.hospitals import named_as_workplace
from redactor.model import GUESSING_DETECTORS, Mention

# Writing, complaining or reporting to, said right before the name ("wrote to", "a complaint
# to the", "reported it to", "sent an e-mail to", "notified", "complained with").
_SENT_TO = re.compile(
    r"\b(?:wr(?:ote|ite|ites|iting|itten)|complain(?:s|ed|ing)?|complaints?|"
    r"report(?:s|ed|ing)?(?:[^\S\n]+(?:it|this|that|him|her|them))?|letters?|e-?mail(?:s|ed)?|"
    r"petition(?:s|ed)?|appeal(?:s|ed)?)[^\S\n]+(?:to|with)[^\S\n]+(?P<the>the[^\S\n]+)?$|"
    r"\bnotif(?:y|ies|ied)[^\S\n]+(?P<the2>the[^\S\n]+)?$",
    re.IGNORECASE)
# Someone a body sends, said right before its name ("a lawyer from", "the inspectors of the").
_SENT_FROM = re.compile(
    r"\b(?:lawyers?|attorneys?|advocates?|paralegals?|inspectors?|auditors?|officials?)[^\S\n]+(?:from|of)"
    r"[^\S\n]+(?P<the>the[^\S\n]+)?$", re.IGNORECASE)
_REACH = 60
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def sent_to(text: str, m: Mention) -> bool:
    """``m`` is named right after writing, complaining or reporting to (see the module): an
    organisation or a place there, or a name the model called a person after "the"; or as where
    a lawyer or an inspector came from: an organisation, or a person's name after "the"."""
    found = _SENT_TO.search(text, max(0, m.start - _REACH), m.start)
    if found is not None:
        return m.entity_type in {"ORGANIZATION", "LOCATION"} or bool(found["the"] or found["the2"])
    sender = _SENT_FROM.search(text, max(0, m.start - _REACH), m.start)
    return sender is not None and (m.entity_type == "ORGANIZATION" or (m.entity_type == "PERSON" and bool(sender["the"])))


def complaint_recipients(text: str, mentions: Sequence[Mention], not_a_body: Callable[[str], bool]) -> frozenset[str]:
    """The folded names (:func:`redactor.detect.acronyms.fold_term`) of the bodies the file names
    as where a complaint or a report went (see the module), of the names the model or the name
    lists found (:data:`redactor.model.GUESSING_DETECTORS`); ``not_a_body``: a firm's or a
    workplace's name.  A name a detector of its own found as an organisation is the speaker's
    employer, and is not one of them."""
    found = {fold_term(m.text) for m in mentions
             if m.detector in GUESSING_DETECTORS and m.entity_type in {"ORGANIZATION", "LOCATION", "PERSON"}
             and sent_to(text, m) and not not_a_body(m.text)
             and not named_as_workplace(text, _WORD.findall(m.text))}
    if not found:
        return frozenset()
    employers = {fold_term(m.text) for m in mentions if m.detector not in GUESSING_DETECTORS and m.entity_type == "ORGANIZATION"}
    return frozenset(found - employers - {""})
