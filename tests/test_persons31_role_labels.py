"""A turn's label that names the speaker by a role is no name (round 31).

"Lifeguard:", "TECHNICIAN:", "<v Rider>", "Periodista:": a noun for a job or for who does
something (the roles pack's jobs, a dictionary noun of an agent's ending, an agent ending of
another language), which the name lists hold as no given name and as a surname of few locales
at most.  It was pseudonymised as a person, in the label and where the word is said again.  A
name used as a label ("Maria:", "KOFI:", "MILLER:", "Hunter:") is still the speaker's name."""

from __future__ import annotations

import pytest

from redactor.detect.person_roles import is_role_label
from tests.scan_helpers import found_in_file, found_in_named_file


@pytest.mark.parametrize("label", ["Lifeguard", "TECHNICIAN", "Rider", "Dancer", "Arbiter", "Compounder",
                                   "DIVER", "Thatcher", "Periodista", "Conservadora", "Engineer"])
def test_a_noun_for_a_job_or_a_doer_is_a_role(label):
    assert is_role_label(label)


@pytest.mark.parametrize("label", ["Maria", "KOFI", "Chilufya", "SAVCHUK", "PARK", "ETXEBERRIA", "Miller",
                                   "BAKER", "Hunter", "Fischer", "Lacko", "honza", "Grace", "Sunny",
                                   "Maria Lopez", "S2", "Date"])
def test_a_name_used_as_a_label_is_no_role(label):
    assert not is_role_label(label)


_MD = """**Reporter:** What did the report say?

**Lifeguard:** That all towers were staffed. Kovács made us sign the duty sheet the next morning.

**Reporter:** Who should investigate?

**Lifeguard:** The police. I'm the only lifeguard on tower three, so be careful.
"""


def test_a_role_label_is_no_person(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "lake.md", _MD, ("PERSON",))
    assert ("PERSON", "Lifeguard") not in found
    assert ("PERSON", "Kovács") in found


def test_a_role_voice_tag_is_no_person_and_a_named_one_is(redactor_default, tmp_path):
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Reporter>What happened in September?\n\n"
           "00:00:04.250 --> 00:00:09.000\n<v Rider>Daz made us ride a colt that had put two lads in hospital.\n\n"
           "00:00:09.250 --> 00:00:12.000\n<v Chilufya>I saw it from the gallops.\n")
    found = found_in_named_file(redactor_default, tmp_path, "yard.vtt", vtt, ("PERSON",))
    assert ("PERSON", "Rider") not in found
    assert ("PERSON", "Chilufya") in found


def test_a_name_label_stays_a_person(redactor_default, tmp_path):
    text = ("INTERVIEWER: Where were you that night?\nMILLER: At the depot, with the others.\n"
            "INTERVIEWER: And then?\nMILLER: I went home.\n")
    assert any(t == "PERSON" and s == "MILLER" for t, s, _ in found_in_file(redactor_default, tmp_path, text))


def test_a_role_label_said_in_the_body_is_no_person_either(redactor_default, tmp_path):
    text = ("Transcript of a recorded interview. Speakers: Reporter, Arbiter.\n\n"
            "Reporter: How long have you done this?\n\n"
            "Arbiter: Since 2013. Rustem Galiullin runs the club and he sits on the board.\n\n"
            "Reporter: Who else saw it?\n\nArbiter: Timur, he's fourteen.\n")
    found = found_in_named_file(redactor_default, tmp_path, "chess.txt", text, ("PERSON",))
    assert ("PERSON", "Arbiter") not in found
    assert ("PERSON", "Timur") in found
