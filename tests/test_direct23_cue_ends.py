"""An address ends with its subtitle cue or transcript segment (round 23): the pieces are joined
by a space for detection, and an address read on over the join took the next piece's words (an
ID said next) into the address, so the address and the ID had one pseudonym."""

from __future__ import annotations

import json

import pytest

from redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, tmp_path, name: str, text: str) -> list[tuple[str, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, text[f.start:f.end], f.replacement) for f in result.findings]


_SRT = ("1\n00:00:01,000 --> 00:00:03,000\nand what do we call you\n\n"
        "2\n00:00:03,500 --> 00:00:08,000\nras miller. i live in layou, on\ncedar lane, the house past the bakery\n\n"
        "3\n00:00:08,500 --> 00:00:11,000\nnational id k four four one nine two six\n")


def test_an_address_ending_a_cue_does_not_take_the_next_cues_id(redactor: Redactor, tmp_path) -> None:
    got = found(redactor, tmp_path, "talk.srt", _SRT)
    addresses = [(s, r) for kind, s, r in got if kind == "ADDRESS"]
    assert addresses == [("layou, on\ncedar lane, the house past the bakery", addresses[0][1])]
    ids = [(kind, s) for kind, s, _ in got if kind == "ID_NUMBER"]
    assert ids == [("ID_NUMBER", "k four four one nine two six")]
    # one pseudonym per value: the ID is not the address's
    assert {r for kind, _, r in got if kind == "ID_NUMBER"}.isdisjoint({r for _, r in addresses})


def test_an_address_ending_a_segment_does_not_take_the_next_segments_id(redactor: Redactor, tmp_path) -> None:
    segments = [
        {"id": 0, "start": 0.0, "end": 3.0, "text": " where do you live"},
        {"id": 1, "start": 3.0, "end": 8.0, "text": " i live in layou, on cedar lane, the house past the bakery"},
        {"id": 2, "start": 8.0, "end": 11.0, "text": " national id k four four one nine two six"},
    ]
    doc = {"text": "".join(s["text"] for s in segments), "segments": segments, "language": "en"}
    text = json.dumps(doc, indent=2)
    got = found(redactor, tmp_path, "talk.json", text)
    addresses = {s for kind, s, _ in got if kind == "ADDRESS"}
    assert addresses and all("national" not in s and "four" not in s for s in addresses)
    assert ("ID_NUMBER", "k four four one nine two six") in {(kind, s) for kind, s, _ in got}


def test_an_address_over_two_lines_of_one_cue_is_whole(redactor: Redactor, tmp_path) -> None:
    text = ("1\n00:00:01,000 --> 00:00:03,000\nwhere do you live\n\n"
            "2\n00:00:03,500 --> 00:00:08,000\ni live in layou, on cedar lane,\nthe house past the bakery. "
            "my national id is k four four one nine two six\n")
    got = found(redactor, tmp_path, "one.srt", text)
    assert ("ID_NUMBER", "k four four one nine two six") in {(kind, s) for kind, s, _ in got}
    assert ("ADDRESS", "layou, on cedar lane,\nthe house past the bakery") in {(kind, s) for kind, s, _ in got}


def test_an_address_answered_over_two_cues_is_each_cues_part(redactor: Redactor, tmp_path) -> None:
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v int>and where do you live\n\n"
            "00:00:03.000 --> 00:00:05.000\n<v ana>linden street, house fourteen\n\n"
            "00:00:05.000 --> 00:00:07.000\n<v ana>flat six. over the chemist, the green door\n\n"
            "00:00:07.000 --> 00:00:09.000\n<v int>thank you\n")
    got = found(redactor, tmp_path, "two.vtt", text)
    addresses = {s for kind, s, _ in got if kind == "ADDRESS"}
    assert {"linden street, house fourteen", "flat six"} <= addresses
    assert not any("thank" in s or "\n" in s for s in addresses)
