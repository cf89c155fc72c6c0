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
stays found.  So is an organisation someone called ("I phoned the Dastry office", "we
contacted Varnaco") or said to have come, visited or inspected ("the Varnaco came on Tuesday",
"did Varnaco come", "Varnaco sent three inspectors"): in the quality sets' gold an organisation
said so is a regulator's, an agency's, a union's or an outlet's every time but once; a town that
"came" is its police's, and stays found.  Of these, a name the model called a person counts
only between "the" and a body's word ("I called the varnaco office": "the foreman came" is a
job), and a name the name lists know as a person's not at all ("Sigrun came", whatever the
model called it).  (A thing sent or handed to a name, and "a man from" a name, were tried:
each kept a quasi-identifying organisation of a held-out set.)

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
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.places import fold_place, small_place_names
from redactor.model import GUESSING_DETECTORS, MODEL_DETECTOR, Mention

# Writing, complaining or reporting to, said right before the name ("wrote to", "a complaint
# to the", "reported it to", "sent an e-mail to", "notified", "complained with").
_SENT_TO = re.compile(
    r"\b(?:wr(?:ote|ite|ites|iting|itten)|complain(?:s|ed|ing)?|complaints?|"
    r"report(?:s|ed|ing)?(?:[^\S\n]+(?:it|this|that|him|her|them))?|letters?|e-?mail(?:s|ed)?|"
    r"petition(?:s|ed)?|appeal(?:s|ed)?)[^\S\n]+(?:to|with)[^\S\n]+(?P<the>the[^\S\n]+)?$|"
    r"\bnotif(?:y|ies|ied)[^\S\n]+(?P<the2>the[^\S\n]+)?$",
    re.IGNORECASE)
# Calling a body, said right before its name ("I phoned the", "we contacted", "calling the"): an
# organisation called is where a report went.  (Not "a firm called X": a name; not "my boss
# called X": only a pronoun's call.)
_CALLED = re.compile(
    r"(?:\b(?:i|we|he|she|they|you)(?:[^\S\n]+(?:also|then|once|just|even|finally|already|first))?"
    r"[^\S\n]+(?:called|phoned|rang|contacted|call|phone|ring|contact)"
    r"|\b(?:calling|phoning|contacting))"
    r"[^\S\n]+(?P<the>the[^\S\n]+)?$",
    re.IGNORECASE)
# Someone a body sends, said right before its name ("a lawyer from", "the inspectors of the").
_SENT_FROM = re.compile(
    r"\b(?:lawyers?|attorneys?|advocates?|paralegals?|inspectors?|auditors?|officials?)[^\S\n]+(?:from|of)"
    r"[^\S\n]+(?P<the>the[^\S\n]+)?$", re.IGNORECASE)
# A visit or an inspection said right after the name ("X came on Tuesday", "did X come", "X
# comes once a year", "X inspected the site", "X sent three inspectors"): what an authority, a union
# or an agency does at a workplace, not what a town or the speaker's firm is said to do; not a
# rank, an origin or a deal ("X came first", "X came from Ohio", "X came to an agreement").
# Round 44: the body's people or a word of how often between the name and the visit ("the X
# people came", "the X inspectors came", "X never came", "X also asked", "the X people never
# asked"): a body's staff come and ask questions, and a visit that did not happen is said of an
# authority ("the Civil Protection never came"); asking counts only so, "X asked" alone may be
# anyone's request.  In the design sets' gold every organisation said so (19, 13 sets) is kept.
# Who a body's staff are said to be; the first of them may as well be a place's residents
# (``_its_residents``).
_PEOPLE_OR_STAFF = r"(?:people|lady|ladies|man|men)"
_STAFF = rf"(?:{_PEOPLE_OR_STAFF}|officers?|officials?|inspectors?|staff|steward|auditors?)"
_HOW_OFTEN = r"(?:never|also|only|finally|even|then|already|just|did[^\S\n]+not|didn['’]t|never[^\S\n]+once)"
_VISIT = (
    r"(?:(?:came|come|comes)(?![^\S\n]+(?:first|second|third|fourth|last|top|bottom|from|out|up|back|home|"
    r"close|true|along|across|into|to[^\S\n]+(?:an?|the)[^\S\n]+(?:end|agreement|deal|conclusion|decision)))|visited|inspected|inspects|"
    r"sent[^\S\n]+(?:two|three|four|an?|its|their|some)[^\S\n]+"
    r"(?:inspectors?|officers?|officials?|people|men|women|auditors?|investigators?|team))")
_VISITED_AFTER = re.compile(
    rf"[^\S\n]+(?:{_STAFF}[^\S\n]+)?(?:{_HOW_OFTEN}[^\S\n]+)?{_VISIT}\b|"
    rf"[^\S\n]+(?:{_STAFF}[^\S\n]+(?:{_HOW_OFTEN}[^\S\n]+)?|{_HOW_OFTEN}[^\S\n]+)(?:asked|helped|checked)\b", re.IGNORECASE)
# Round 44: the same visit said with the body's people, after a name the model called a place
# ("the Helal-e Ahmar people asked", "the Sanepid officers came"): in the design sets' gold a
# name so followed is a body's 16 times in 16 (12 sets) and a place's never, while a place's
# name followed by a bare "came" is a town's police or its people (9 of 10 quasi places).
_STAFF_VISITED_AFTER = re.compile(
    rf"[^\S\n]+{_STAFF}[^\S\n]+(?:{_HOW_OFTEN}[^\S\n]+)?(?:{_VISIT}|asked|helped|checked)\b", re.IGNORECASE)
# A body's word after a name the model called a person ("the X office", "the X people"): a job
# word the model calls a person ("the foreman", "the gaffer") is said without one.
_BODY_NOUN_AFTER = re.compile(r"[^\S\n]+(?:office|offices|people|hotline|line|department|headquarters|inspectors?)\b",
                              re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an"})
# The rest of a body's name in its own language: at most three words, the last rarer than this in
# English ("truda" 1.3, "Mezcal" 2.4; "lorry" 3.2, "truck" 4.6).
_NAME_REST_WORDS = 3
_NAME_REST_MAX_ZIPF = 2.5
_NEXT_WORD = re.compile(r"[^\S\n]+(?P<word>[^\W\d_][\w'’-]*)")
_PLACE_PREPOSITION = r"(?:in|from|near|outside|around|at|to|into|across)"
_REACH = 60
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def sent_to(text: str, m: Mention, named_as_person: bool = False) -> bool:
    """``m`` is named right after writing, complaining or reporting to (see the module): an
    organisation or a place there, or a name the model called a person after "the"; or as where
    a lawyer or an inspector came from: an organisation, or a person's name after "the".  Or,
    when the name lists do not know it as a person's and no detector of the file found it as a
    person (``named_as_person``: "Ana and Bukola came"), as who was called (an organisation, or
    a name the model called a person between "the" and a body's word: "the X office"), or as an
    organisation that came or inspected, or a name the model called a place whose people came
    or asked and that is no place the lists or the file know (see ``_STAFF_VISITED_AFTER``)."""
    found = _SENT_TO.search(text, max(0, m.start - _REACH), m.start)
    if found is not None:
        return m.entity_type in {"ORGANIZATION", "LOCATION"} or bool(found["the"] or found["the2"])
    sender = _SENT_FROM.search(text, max(0, m.start - _REACH), m.start)
    if sender is not None:
        return m.entity_type == "ORGANIZATION" or (m.entity_type == "PERSON" and bool(sender["the"]))
    if named_as_person or _may_be_a_person(m.text):
        return False  # a name the lists know as a person's, or found as one ("Sigrun came", "Ana and Bukola came")
    called = _CALLED.search(text, max(0, m.start - _REACH), m.start)
    if called is not None:
        return m.entity_type == "ORGANIZATION" or (
            m.entity_type == "PERSON" and bool(called["the"]) and _BODY_NOUN_AFTER.match(text, m.end) is not None)
    if m.entity_type == "LOCATION":
        visit = _STAFF_VISITED_AFTER.match(text, m.end)
        return visit is not None and not _a_place(text, m.text) and not _its_residents(m.text, visit.group())
    if m.entity_type != "ORGANIZATION":
        return False
    visit = _VISITED_AFTER.match(text, _name_rest_end(text, m.end))
    return visit is not None and not _its_residents(m.text, visit.group())


# Who "people", "men" or "ladies" are after one capitalised word is as often the place's
# residents as a body's staff ("the Mathare people came to our church", "the Kawangware men came
# at night": a neighbourhood GeoNames does not hold, which the model calls an organisation or a
# place).  In the design sets' gold the bodies so said (15 of 15) are acronyms, small-letter or
# several-word names ("cnes", "bandhua mukti morcha", "Helal-e Ahmar"); a one-word name in a
# capital is a body only with its officers, inspectors, staff or auditors.
_RESIDENTS_OR_STAFF = re.compile(rf"[^\S\n]+{_PEOPLE_OR_STAFF}\b", re.IGNORECASE)


def _its_residents(name: str, visit: str) -> bool:
    """Whether the people of ``visit`` said after ``name`` may be the residents of a place of that
    name: one word written with a capital and the rest small, then "people", "men", "ladies"."""
    word = name.strip()
    return word.istitle() and " " not in word and _RESIDENTS_OR_STAFF.match(visit) is not None


def _name_rest_end(text: str, end: int) -> int:
    """Where the name the model cut after its first words ends: one to three words said right
    after ``text[:end]``, the last no English word ("Inspektsiyata" + "po truda", "Consejo
    Regulador" + "del Mezcal"), when a visit follows them ("the Inspektsiyata po truda came"); a
    body's name in its own language goes on in small letters where the model stops.  Else ``end``
    ("the Varnaco truck came": "truck" is English, a bare "came" judges the name alone)."""
    at = end
    for _ in range(_NAME_REST_WORDS):
        word = _NEXT_WORD.match(text, at)
        if word is None:
            break
        at = word.end()
        if zipf_frequency(word["word"].lower(), "en") < _NAME_REST_MAX_ZIPF and _VISITED_AFTER.match(text, at) is not None:
            return at
    return end


def _a_place(text: str, span: str) -> bool:
    """``span`` a town or a village GeoNames knows, or one the file says as a place elsewhere
    ("in Kibera", "from Kibera"): "the Kibera people came" is its people, not a body's."""
    return fold_place(span) in small_place_names() or \
        re.search(rf"\b{_PLACE_PREPOSITION}[^\S\n]+(?:the[^\S\n]+)?{re.escape(span)}\b", text, re.IGNORECASE) is not None


def body_frame_before(text: str, start: int) -> bool:
    """The words right before ``text[start:]`` say a body whatever it is called: a complaint or a
    report sent to it, a call to it, someone sent from it (see the module).  For a span whose own
    letters tell no name (letters said one by one: a person's name is spelled after a cue, never
    "reported to"); a name is judged by :func:`sent_to`."""
    head = max(0, start - _REACH)
    return any(frame.search(text, head, start) is not None for frame in (_SENT_TO, _CALLED, _SENT_FROM))


def body_frame_after(text: str, end: int) -> bool:
    """The words right after ``text[:end]`` are a body's visit: it came, inspected, its people
    came or asked, it never came (see the module), as :func:`body_frame_before`."""
    return _VISITED_AFTER.match(text, end) is not None


def _may_be_a_person(span: str) -> bool:
    """Every word of ``span`` a name the lists know, or its first a given name ("Sigrun", "Anna
    Berg"): a person the model may have called an organisation."""
    words = [w for w in (fold_place(w) for w in _WORD.findall(span)) if w not in _ARTICLES]
    known = [default_gazetteer().get(w) for w in words]
    return bool(words) and (all(k is not None and (k.first or k.last) for k in known) or
                            (known[0] is not None and known[0].first))


def complaint_recipients(text: str, mentions: Sequence[Mention], not_a_body: Callable[[str], bool]) -> frozenset[str]:
    """The folded names (:func:`redactor.detect.acronyms.fold_term`) of the bodies the file names
    as where a complaint or a report went (see the module), of the names the model or the name
    lists found (:data:`redactor.model.GUESSING_DETECTORS`); ``not_a_body``: a firm's or a
    workplace's name.  A name a detector of its own found as an organisation is the speaker's
    employer, and is not one of them."""
    people = {fold_term(m.text) for m in mentions if m.entity_type == "PERSON" and m.detector != MODEL_DETECTOR}
    found = {fold_term(m.text) for m in mentions
             if m.detector in GUESSING_DETECTORS and m.entity_type in {"ORGANIZATION", "LOCATION", "PERSON"}
             and sent_to(text, m, fold_term(m.text) in people) and not not_a_body(m.text)
             and not named_as_workplace(text, _WORD.findall(m.text))}
    if not found:
        return frozenset()
    employers = {fold_term(m.text) for m in mentions if m.detector not in GUESSING_DETECTORS and m.entity_type == "ORGANIZATION"}
    return frozenset(found - employers - {""})
