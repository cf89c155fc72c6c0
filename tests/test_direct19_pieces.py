"""Direct identifiers in forms of other countries' conventions and of dictation (round 19): an
academic title stacked or abbreviated before a name, a piece of a dictated value said beside it,
an address given as the answer to a question that asks for it with a purpose or a time."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def spans(redactor: Redactor, text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == kind]


def covered(redactor: Redactor, text: str, part: str) -> bool:
    at = text.index(part)
    return any(f.start <= at and at + len(part) <= f.end for f in redactor.scan(text))


# ---------------------------------------------------------------- academic titles before a name

@pytest.mark.parametrize("text, name", [
    ("I went to the dean, Prof. Dr. Milan Horvat. He told me to wait.", "Prof. Dr. Milan Horvat"),
    ("The plant manager, Dipl.-Ing. Stefan Huber, signed the order.", "Dipl.-Ing. Stefan Huber"),
    ("Later the lawyer, Mag. Petra Novak, sent a letter.", "Mag. Petra Novak"),
    ("The ward doctor, MUDr. Jana Dvorak, came at night.", "MUDr. Jana Dvorak"),
    ("The head nurse, Mgr. Eva Kralova, did not answer.", "Mgr. Eva Kralova"),
    ("The engineer, ir. Pieter Jansen, said it was fine.", "ir. Pieter Jansen"),
    ("I wrote a note to Lcda. Quintero on the same day.", "Lcda. Quintero"),
])
def test_an_academic_title_goes_with_the_name(redactor: Redactor, text: str, name: str) -> None:
    assert name in spans(redactor, text, "PERSON"), "the title is left beside the pseudonym"


@pytest.mark.parametrize("text, word", [
    ("I read it in the mag. Then I called.", "mag."),
    ("The docs are in the shared folder, see doc. two.", "doc."),
])
def test_a_title_word_without_a_name_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not covered(redactor, text, word)
