"""Transcript JSON: pieces map back to the escaped file text; output is valid, consistent JSON.

Golden files: tests/data/json/<name>.json is the input, <name>.redacted.json the expected output
for the edits listed in each test (whisper.json: compact with \\u escapes, as openai-whisper
writes it; whisperx.json: indented, with speakers and word_segments).
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from redactor.errors import ExitCode, RedactorError
from redactor.formats import format_for
from redactor.formats.transcript_json import TranscriptJsonFormat
from redactor.model import Document, Edit
from tests.format_edits import edits_for

DATA = Path(__file__).parent / "data" / "json"
WHISPER = DATA / "whisper.json"
WHISPERX = DATA / "whisperx.json"

WHISPER_EDITS = [
    ("segment 1", "Łukasz Nowak", "[PERSON 1]"),
    # A phone number split across segments 2 and 3.
    ("segment 2", "601", "[PHONE 1]"),
    ("segment 3", "234 567", ""),
]
WHISPERX_EDITS = [
    ("segment 1", "Marta", "[PERSON 1]"),
    ("segment 2 speaker", "Marta Kowalczyk", "[PERSON 1]"),
    ("segment 2", "Lviv", "[LOCATION 1]"),
    ("segment 2", "unit 3814", "[MILITARY_UNIT 1]"),
]


def assert_offsets_follow_the_file(doc: Document) -> None:
    """Each character of a piece is what the file holds at its source offset, once unescaped."""
    for piece in doc.pieces:
        for i, char in enumerate(piece.text):
            raw = doc.text[piece.source_offset(i):piece.source_offset(i + 1)]
            assert json.loads(f'"{raw}"') == char, piece.part
        end = piece.source_offset(len(piece.text))
        assert doc.text[end] == '"'
        assert doc.text[piece.source_offset(0) - 1] == '"'
    starts = [p.start for p in doc.pieces]
    assert starts == sorted(starts)


def test_whisper_pieces_are_segment_texts_and_other_strings():
    doc = TranscriptJsonFormat().read(WHISPER, WHISPER.read_bytes())
    assert doc.format == "json" and doc.joiner == " "
    assert doc.text == WHISPER.read_text(encoding="utf-8")
    # The top-level "text" repeats the segments: rebuilt on write, so not a piece of its own.
    assert [(p.part, p.text) for p in doc.pieces] == [
        ("segment 1", " My name is Łukasz Nowak."),
        ("segment 2", " Call me on 601"),
        ("segment 3", ' 234 567. He said "hello".'),
        ("field language", "en"),
    ]
    assert_offsets_follow_the_file(doc)


def test_escaped_characters_map_to_their_escape_sequence():
    doc = TranscriptJsonFormat().read(WHISPER, WHISPER.read_bytes())
    first = doc.pieces[0]
    assert first.offsets is not None
    i = first.text.index("Ł")
    assert doc.text[first.source_offset(i):first.source_offset(i + 1)] == "\\u0141"
    assert doc.text[first.source_offset(i + 1)] == "u"  # "ukasz" follows the escape
    third = doc.pieces[2]
    q = third.text.index('"')
    assert doc.text[third.source_offset(q):third.source_offset(q + 1)] == '\\"'
    assert doc.pieces[1].offsets is None  # no escapes: a verbatim slice
    assert doc.text[doc.pieces[1].start:doc.pieces[1].start + 15] == " Call me on 601"


def test_whisper_write_matches_golden_file():
    doc = TranscriptJsonFormat().read(WHISPER, WHISPER.read_bytes())
    out = TranscriptJsonFormat().write(doc, edits_for(doc, WHISPER_EDITS))
    assert out == (DATA / "whisper.redacted.json").read_bytes()


def test_whisper_output_keeps_timings_and_words_agree_with_text():
    doc = TranscriptJsonFormat().read(WHISPER, WHISPER.read_bytes())
    before = json.loads(doc.text)
    after = json.loads(TranscriptJsonFormat().write(doc, edits_for(doc, WHISPER_EDITS)))
    assert list(after) == list(before)
    for old, new in zip(before["segments"], after["segments"]):
        assert list(new) == list(old)
        for key in ("start", "end", "tokens"):
            assert new[key] == old[key]
        assert "".join(w["word"] for w in new["words"]) == new["text"]
        assert new["words"][0]["start"] == old["words"][0]["start"]
        assert new["words"][-1]["end"] == old["words"][-1]["end"]
    assert after["text"] == "".join(s["text"] for s in after["segments"])
    assert "Łukasz" not in after["text"] and "234 567" not in after["text"]
    collapsed = after["segments"][0]["words"][3]
    assert collapsed == {"word": " [PERSON 1].", "start": 0.9, "end": 2.0, "probability": 0.87}


def test_whisperx_speakers_words_and_word_segments():
    doc = TranscriptJsonFormat().read(WHISPERX, WHISPERX.read_bytes())
    parts = [p.part for p in doc.pieces]
    assert parts == ["segment 1", "segment 1 speaker", "segment 2", "segment 2 speaker",
                     "field language"]
    assert doc.pieces[3].text == "Marta Kowalczyk"
    assert_offsets_follow_the_file(doc)
    out = TranscriptJsonFormat().write(doc, edits_for(doc, WHISPERX_EDITS))
    assert out == (DATA / "whisperx.redacted.json").read_bytes()
    after = json.loads(out)
    second = after["segments"][1]
    assert {w["speaker"] for w in second["words"]} == {"[PERSON 1]"}
    assert " ".join(w["word"] for w in second["words"]) == second["text"].strip()
    # "3814." had no timing of its own: the collapsed entry keeps the ones of "unit".
    assert second["words"][-1] == {"word": "[MILITARY_UNIT 1].", "start": 3.9, "end": 4.2,
                                   "score": 0.95, "speaker": "[PERSON 1]"}
    assert after["word_segments"] == [w for s in after["segments"] for w in s["words"]]
    assert "Marta" not in out.decode() and "Lviv" not in out.decode()


def test_without_edits_the_file_comes_back_unchanged():
    for path in (WHISPER, WHISPERX):
        data = path.read_bytes()
        doc = TranscriptJsonFormat().read(path, data)
        assert TranscriptJsonFormat().write(doc, [[] for _ in doc.pieces]) == data


def test_crlf_bom_and_tab_indent_are_kept():
    obj = {"segments": [{"start": 0, "end": 1, "text": "Ask for Marta"}]}
    text = json.dumps(obj, indent="\t", ensure_ascii=False).replace("\n", "\r\n") + "\r\n"
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    doc = TranscriptJsonFormat().read(Path("t.json"), data)
    out = TranscriptJsonFormat().write(doc, [[Edit(8, 13, "[PERSON 1]")]])
    expected = text.replace("Marta", "[PERSON 1]")
    assert out == codecs.BOM_UTF8 + expected.encode("utf-8")


def test_top_level_text_that_differs_from_segments_is_a_piece():
    obj = {"text": "Summary: interview with Marta.",
           "segments": [{"start": 0, "end": 1, "text": "Hello."}]}
    doc = TranscriptJsonFormat().read(Path("t.json"), json.dumps(obj).encode())
    assert [(p.part, p.text) for p in doc.pieces] == [
        ("text", "Summary: interview with Marta."), ("segment 1", "Hello.")
    ]
    out = json.loads(TranscriptJsonFormat().write(doc, [[Edit(24, 29, "[PERSON 1]")], []]))
    assert out["text"] == "Summary: interview with [PERSON 1]."


def test_words_that_do_not_match_the_text_become_pieces():
    obj = {"segments": [{"start": 0, "end": 1, "text": "I met Marta.",
                         "words": [{"word": "I", "start": 0, "end": 0.1},
                                   {"word": "saw", "start": 0.1, "end": 0.3},
                                   {"word": "Marta", "start": 0.3, "end": 1}]}]}
    doc = TranscriptJsonFormat().read(Path("t.json"), json.dumps(obj).encode())
    assert [(p.part, p.text) for p in doc.pieces] == [
        ("segment 1", "I met Marta."),
        ("segment 1 word 1", "I"),
        ("segment 1 word 2", "saw"),
        ("segment 1 word 3", "Marta"),
    ]
    out = json.loads(TranscriptJsonFormat().write(
        doc, [[Edit(6, 11, "[PERSON 1]")], [], [], [Edit(0, 5, "[PERSON 1]")]]
    ))
    assert [w["word"] for w in out["segments"][0]["words"]] == ["I", "saw", "[PERSON 1]"]
    assert out["segments"][0]["text"] == "I met [PERSON 1]."


def test_word_speaker_other_than_the_segment_speaker_is_a_piece():
    obj = {"segments": [{"start": 0, "end": 1, "text": "Yes.", "speaker": "SPEAKER_00",
                         "words": [{"word": "Yes.", "start": 0, "end": 1, "speaker": "Marta"}]}]}
    doc = TranscriptJsonFormat().read(Path("t.json"), json.dumps(obj).encode())
    assert [p.part for p in doc.pieces] == [
        "segment 1", "segment 1 speaker", "segment 1 word 1 speaker"
    ]
    out = json.loads(TranscriptJsonFormat().write(doc, [[], [], [Edit(0, 5, "[PERSON 1]")]]))
    assert out["segments"][0]["words"][0]["speaker"] == "[PERSON 1]"
    assert out["segments"][0]["speaker"] == "SPEAKER_00"


def test_other_string_fields_are_scanned():
    obj = {"audio_file": "marta_kowalczyk_interview.mp3",
           "segments": [{"start": 0, "end": 1, "text": "Hi.", "note": "source: Marta"}]}
    doc = TranscriptJsonFormat().read(Path("t.json"), json.dumps(obj).encode())
    assert [p.part for p in doc.pieces] == ["field audio_file", "segment 1",
                                            "segment 1 field note"]


@pytest.mark.parametrize(
    ("content", "parts"),
    [
        (b'{"results": [], "title": "Marta"}', ["field title"]),
        (b'[{"text": "Marta"}, {"n": 3, "text": "in Lviv"}]', ["field 0.text", "field 1.text"]),
    ],
)
def test_json_of_another_shape_is_read_as_generic_strings(content, parts):
    # Never skipped: a JSON nobody recognised can still name the source.
    doc = TranscriptJsonFormat().read(Path("notes.json"), content)
    assert [p.part for p in doc.pieces] == parts
    edits = [[Edit(0, 5, "[PERSON 1]")] if p.text == "Marta" else [] for p in doc.pieces]
    out = json.loads(TranscriptJsonFormat().write(doc, edits))
    assert "Marta" not in json.dumps(out) and json.loads(content) != out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"segments": [', "not valid JSON"),
        (b'{"segments": [{"start": 0, "end": 1}]}', "segment 1 has no 'text' string"),
        (b'{"segments": [{"text": 5}]}', "segment 1 has no 'text' string"),
    ],
)
def test_json_that_is_not_a_transcript_is_unreadable(content, reason):
    with pytest.raises(RedactorError) as info:
        TranscriptJsonFormat().read(Path("notes.json"), content)
    assert info.value.exit_code == ExitCode.UNREADABLE
    assert "notes.json" in info.value.message and reason in info.value.message
    assert "Marta" not in info.value.message


def test_format_for_picks_transcript_json():
    assert isinstance(format_for(Path("a.JSON")), TranscriptJsonFormat)
