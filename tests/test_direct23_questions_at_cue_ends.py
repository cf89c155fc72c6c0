"""A question about where one lives that ends its subtitle cue ends its turn there (round 23):
the cues are joined by a space for detection, so "where do you live" at a cue's end was read as
running on into the answer, and a landmark address answering it was not found."""

from __future__ import annotations

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def addresses(redactor: Redactor, tmp_path, name: str, text: str) -> set[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return {text[f.start:f.end] for f in result.findings if f.entity_type == "ADDRESS"}


def _srt(*cues: str) -> str:
    return "".join(f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{cue}\n\n" for i, cue in enumerate(cues, 1))


def _vtt(*cues: tuple[str, str]) -> str:
    return "WEBVTT\n\n" + "".join(f"00:00:0{i}.000 --> 00:00:0{i}.900\n<v {voice}>{cue}\n\n"
                                  for i, (voice, cue) in enumerate(cues, 1))


def test_a_landmark_address_answering_a_question_that_ends_its_cue(redactor: Redactor, tmp_path) -> None:
    text = _srt("- where do you live",
                "- vatuwaqa. the hut past the old water tank, the one with a blue fence.",
                "- thank you")
    assert "the hut past the old water tank, the one with a blue fence" in \
        addresses(redactor, tmp_path, "a.srt", text)


def test_an_address_question_in_a_voice_cue(redactor: Redactor, tmp_path) -> None:
    text = _vtt(("a", "your address"), ("b", "lomaivuna. the yellow home beside the sawmill"), ("a", "thanks"))
    assert "the yellow home beside the sawmill" in addresses(redactor, tmp_path, "b.vtt", text)


@pytest.mark.parametrize("cues", [
    ("- where do you live", "- far from here. we walked past the water tank every morning."),
    ("- where do you shop", "- the hut past the old water tank, the one with a blue fence."),
    ("- the market was busy", "- the hut past the old water tank, the one with a blue fence, was shut."),
])
def test_no_answer_no_address(redactor: Redactor, tmp_path, cues: tuple[str, ...]) -> None:
    found = addresses(redactor, tmp_path, "d.srt", _srt(*cues, "- ok"))
    assert not any("tank" in a for a in found)
