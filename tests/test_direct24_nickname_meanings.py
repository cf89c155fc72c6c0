"""A nickname's meaning said right after it ("we call him Kruk, the crow") is that nickname, with
its pseudonym; a nickname that is a description ("they call him the professor") is a call sign of
its own, tied to the person named before it (redactor.refine.nickname_glosses).  A time said after
"call me" ("the next day"), an apposition after a name someone rang ("I called Peter, the
manager") and a place rung ("I called the police") are none."""

from __future__ import annotations

import pytest

from redactor.pipeline import _audited
from redactor.model import Mention
from redactor.refine.nickname_glosses import said_as_a_description
from tests.scan_helpers import srt


def _findings(redactor, tmp_path, text: str, name: str = "talk.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return result.findings


def _at(findings, text: str, phrase: str):
    start = text.index(phrase)
    return [f for f in findings if f.start == start and f.end == start + len(phrase)]


@pytest.mark.parametrize("text, nickname, meaning", [
    ("Our welder is Tomasz Wilk. Everyone calls him Kruk, the crow, for his black overalls.\n",
     "Kruk", "the crow"),
    ("Our cook is Amina Odera. We call her Bibi, it means the grandmother, she bakes every night.\n",
     "Bibi", "the grandmother"),
    ("Our baker is Oleg Petrenko. The lads call him Vedmid, it means, like, the bear.\n",
     "Vedmid", "the bear"),
    # a title or a job in the meaning is a word of the nickname, which takes the title's place
    ("Marek Zielony keeps the boats. At the marina the men call him Kapi, the chief, "
     "since nobody argues with him.\n", "Kapi", "the chief"),
    ("The owner's son is Bruno Castellani. We call him Piccolo Capo, the little foreman.\n",
     "Piccolo Capo", "the little foreman"),
])
def test_a_meaning_after_a_nickname_is_the_nickname(redactor_default, tmp_path, text, nickname, meaning):
    findings = _findings(redactor_default, tmp_path, text)
    (said,) = _at(findings, text, meaning)
    (name,) = _at(findings, text, nickname)
    assert said.replacement == name.replacement


@pytest.mark.parametrize("text, described, person", [
    ("Our night porter is Rory Quinlan. In the lobby they call him the professor, he reads novels.\n",
     "the professor", "Rory Quinlan"),
    # a title in the description: the nickname, not the job
    ("The site lead was Gerry Holloway. The lads call him the inspector, he counts every minute.\n",
     "the inspector", "Gerry Holloway"),
])
def test_a_described_nickname_is_found_and_tied_to_the_person_named_before(redactor_default, tmp_path, text,
                                                                          described, person):
    findings = _findings(redactor_default, tmp_path, text)
    (said,) = _at(findings, text, described)
    (name,) = _at(findings, text, person)
    assert said.replacement == name.replacement


def test_a_described_nickname_in_a_caption_ends_with_its_cue(redactor_default, tmp_path):
    text = srt("the landlord, they call him the walrus", "source because he never leaves his chair")
    findings = _findings(redactor_default, tmp_path, text, "talk.srt")
    assert ("the walrus", text.index("the walrus")) in {(f.text, f.start) for f in findings}
    assert not any("source" in f.text for f in findings)


@pytest.mark.parametrize("text, phrase", [
    ("They called me the next day to say the job was gone.\n", "the next day"),
    ("Call me the moment you land, I will be at the gate.\n", "the moment"),
    ("I called Peter Novak, the manager, who hung up on me.\n", "the manager"),
    ("I called the depot, the regional desk, twice.\n", "the regional desk"),
    ("They called me the wrong name.\n", "the wrong name"),
])
def test_no_nickname_where_none_is_given(redactor_default, tmp_path, text, phrase):
    findings = _findings(redactor_default, tmp_path, text)
    start = text.index(phrase)
    assert not any(f.start < start + len(phrase) and start < f.end and f.entity_type in ("PERSON", "CALL_SIGN")
                   for f in findings)


def test_an_everyday_description_is_not_searched_in_other_files():
    def mention(kind: str, value: str) -> Mention:
        return Mention(start=0, end=len(value), entity_type=kind, score=0.6, detector="x", text=value)
    assert said_as_a_description("CALL_SIGN", "the big man")
    assert not _audited(mention("CALL_SIGN", "the big man"))
    assert not _audited(mention("PERSON", "the crow"))
    # a name, a rare word, and a place are searched as before
    assert _audited(mention("PERSON", "The Hague"))
    assert _audited(mention("CALL_SIGN", "the grey heron"))
    assert _audited(mention("LOCATION", "the old mill"))


# A title after a name with no naming clause, a time after one: no nickname.
@pytest.mark.parametrize("text, phrase", [
    ("The report went to Ana Ruiz, the manager, and she signed it.\n", "the manager"),
    ("They called me the next morning about the shift.\n", "the next morning"),
])
def test_a_title_without_a_naming_clause_is_no_nickname(redactor_default, tmp_path, text, phrase):
    assert not _at(_findings(redactor_default, tmp_path, text), text, phrase)


def test_a_title_he_was_called_by_in_quotes_is_a_name_of_his(redactor_default, tmp_path):
    # another language's word for a boss with its courtesy word, said as what they called him
    text = 'we all called him "pan dyrektor" behind his back\n'
    (said,) = _at(_findings(redactor_default, tmp_path, text), text, "pan dyrektor")
    assert said.entity_type == "PERSON"
