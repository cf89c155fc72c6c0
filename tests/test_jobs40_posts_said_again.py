"""Round 40, the post said again in the trade's own words between commas, right after what one
says one is (``redactor/detect/role_slots.py``, slot "again"): "i'm a customs agent, agent of
constatation, at the wharf", "I am a cooper, oficial tonelero, at ...", "I'm an industrial
climber, rope access level two, with ...".  The rules find the first job; the second names the
grade or the trade's own post.  The slot reads 18 such posts in the design corpora (11 sets);
the gold annotates 14 of them, 11 the rules already held ("leading firefighter", "a tower
climber", "grade two", ...), and these three were left (fresh23, 35, 36); of the other four, two
are glosses ("an undersköterska, assistant nurse") and two a post the gold annotates in another
file of the same interview ("a ramp agent, pushback driver").  Not what one
says after the job ("so everybody knows me", "he heard it"), a thing ("the big block saw",
"women's costumes"), a filler ("yeah", "um"), a relation ("a grandmother", "a mother of two") nor
a job said after "but not" (the rules' own: "doctor", not "but not a doctor")."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

_JOBS = ("OCCUPATION", "RANK")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _spans(redactor, text):
    return [(f.start, f.end) for f in redactor.scan(text) if f.entity_type in _JOBS]


@pytest.mark.parametrize("text, post", [
    ("wallis and futuna, i'm a customs agent, agent of constatation, at the wharf in mata-utu.",
     "agent of constatation"),
    ("Isidoro Mancheño Galván. I am a cooper, oficial tonelero, at Tonelería Hermanos Zurita.",
     "oficial tonelero"),
    ("Yerlan Abenov. I'm an industrial climber, rope access level two, with Höhenwerk Fassadenservice GmbH.",
     "rope access level two"),
])
def test_the_post_said_again_after_the_job(redactor, text, post):
    start = text.index(post, text.index(","))
    assert (start, start + len(post)) in _spans(redactor, text)


@pytest.mark.parametrize("text, said", [
    ("I am the room leader, so everybody knows me.", "so everybody knows me"),
    ("he's a catholic priest, he heard it.", "he heard it"),
    ("I am a saw operator, the big block saw. Twelve years.", "big block saw"),
    ("v b>i'm a tender captain, yeah, for great bay marine.", "yeah"),
    ("I am a polisher, bridges and plates, at Manufacture Vuillemin.", "bridges and plates"),
    ("i'm a cutter, women's costumes. at the opera.", "women's costumes"),
    ("i'm a horse guide, um, for ak shumkar hunting.", "um"),
    ("I'm a widow, a grandmother, at home.", "grandmother"),
    ("I'm a teacher, a mother of two.", "mother of two"),
    ("I'm a nurse, but not a doctor.", "but not a"),
])
def test_no_post_where_no_job_is_said_again(redactor, text, said):
    start = text.index(said)
    assert not any(a < start + len(said) and start < b for a, b in _spans(redactor, text))
