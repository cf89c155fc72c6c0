"""SubRip and WebVTT: pieces are cue text as a reader sees it, output differs only where edited.

Golden files: tests/data/{srt,vtt}/interview.* is the input, interview.redacted.* the expected
output for the edits listed in each test.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
import srt
import webvtt

from redactor.errors import ExitCode, RedactorError
from redactor.formats import format_for, read_document
from redactor.formats.subtitles import SrtFormat, VttFormat
from redactor.model import Document, Edit
from tests.format_edits import edits_for

DATA = Path(__file__).parent / "data"
SRT_IN = DATA / "srt" / "interview.srt"
VTT_IN = DATA / "vtt" / "interview.vtt"

SRT_EDITS = [
    ("cue 2", "Marta Kowalczyk", "[PERSON 1]"),
    ("cue 2", "Lviv", "[LOCATION 1]"),
    # A phone number split across cues 3 and 4: the replacement goes in the first piece.
    ("cue 3", "+48 601", "[PHONE 1]"),
    ("cue 4", "234 567", ""),
    ("cue 5", "Zoë", "[PERSON 2]"),
    ("cue 5", "Marta", "[PERSON 1]"),
]
VTT_EDITS = [
    ("header", "Lviv", "[LOCATION 1]"),
    ("style 1", "Marta Kowalczyk", "[PERSON 1]"),
    ("cue 2 speaker", "Marta Kowalczyk", "[PERSON 1]"),
    ("cue 2", "Marta", "[PERSON 1]"),
    ("cue 2", "Lviv", "[LOCATION 1]"),
    ("cue 3 speaker", "Marta Kowalczyk", "[PERSON 1]"),
    ("cue 3", "+48 601", "[PHONE 1]"),
    ("cue 4 speaker", "Marta Kowalczyk", "[PERSON 1]"),
    ("cue 4", "234 567", ""),
]


def assert_verbatim(doc: Document) -> None:
    """Every piece character maps to the same character in the file (a line break read as a
    space); what the map skips is markup."""
    for piece in doc.pieces:
        for i, char in enumerate(piece.text):
            on_disk = doc.text[piece.source_offset(i)]
            assert on_disk == char or (char == " " and on_disk in "\r\n"), piece.part
    starts = [p.start for p in doc.pieces]
    assert starts == sorted(starts)


# SubRip ---------------------------------------------------------------------------------------


def test_srt_pieces_are_the_cues_text_as_on_disk():
    data = SRT_IN.read_bytes()
    doc = SrtFormat().read(SRT_IN, data)
    assert doc.format == "srt" and doc.joiner == " "
    assert doc.text == data[len(codecs.BOM_UTF8):].decode("utf-8")  # BOM dropped, CRLF kept
    assert [p.part for p in doc.pieces] == [f"cue {n}" for n in range(1, 6)]
    assert doc.pieces[1].text == "My name is Marta Kowalczyk, I work at the depot in Lviv."
    assert doc.pieces[0].text.startswith("Interviewer:")  # <i> is styling, not text
    assert_verbatim(doc)


def test_srt_joined_text_holds_a_number_split_across_cues():
    doc = SrtFormat().read(SRT_IN, SRT_IN.read_bytes())
    joined = doc.joiner.join(p.text for p in doc.pieces)
    assert "call me on +48 601 234 567 after" in joined


def test_srt_write_matches_golden_file():
    doc = SrtFormat().read(SRT_IN, SRT_IN.read_bytes())
    out = SrtFormat().write(doc, edits_for(doc, SRT_EDITS))
    assert out == (DATA / "srt" / "interview.redacted.srt").read_bytes()


def test_srt_output_parses_with_same_cues_and_timings():
    data = SRT_IN.read_bytes()
    doc = SrtFormat().read(SRT_IN, data)
    out = SrtFormat().write(doc, edits_for(doc, SRT_EDITS))
    assert out.startswith(codecs.BOM_UTF8)
    text = out[len(codecs.BOM_UTF8):].decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # every line break is still CRLF
    before, after = list(srt.parse(doc.text)), list(srt.parse(text))
    assert [(s.index, s.start, s.end, s.proprietary) for s in after] == [
        (s.index, s.start, s.end, s.proprietary) for s in before
    ]
    assert after[1].content == "My name is [PERSON 1],\nI work at the depot in [LOCATION 1]."
    assert after[2].content == "You can call me on [PHONE 1]"
    # The line the split number filled is gone, not left blank (a blank line ends a cue).
    assert after[3].content == "after <b>six</b>."
    assert after[0].content == before[0].content


def test_srt_without_edits_is_byte_identical():
    data = SRT_IN.read_bytes()
    doc = SrtFormat().read(SRT_IN, data)
    assert SrtFormat().write(doc, [[] for _ in doc.pieces]) == data


def test_srt_cue_emptied_by_edits_keeps_its_number_and_timing():
    doc = SrtFormat().read(SRT_IN, SRT_IN.read_bytes())
    edits = [[] for _ in doc.pieces]
    edits[2] = [Edit(0, len(doc.pieces[2].text), "")]
    out = SrtFormat().write(doc, edits)
    after = list(srt.parse(out[len(codecs.BOM_UTF8):].decode("utf-8")))
    assert [s.index for s in after] == [1, 2, 3, 4, 5]
    assert after[2].content == ""
    assert after[3].content == "234 567\nafter <b>six</b>."


def test_srt_utf16_with_lf_round_trips():
    text = SRT_IN.read_bytes()[len(codecs.BOM_UTF8):].decode("utf-8").replace("\r\n", "\n")
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    doc = SrtFormat().read(Path("x.srt"), data)
    assert doc.pieces[1].text == "My name is Marta Kowalczyk, I work at the depot in Lviv."
    out = SrtFormat().write(doc, edits_for(doc, SRT_EDITS))
    assert out.startswith(codecs.BOM_UTF16_LE)
    expected = (DATA / "srt" / "interview.redacted.srt").read_bytes()[3:].decode("utf-8")
    assert out[2:].decode("utf-16-le") == expected.replace("\r\n", "\n")


def test_srt_multiline_cue_without_final_blank_line():
    data = b"1\n00:00:01,000 --> 00:00:02,000\nfirst line\nMarta here"
    doc = SrtFormat().read(Path("x.srt"), data)
    assert [p.text for p in doc.pieces] == ["first line Marta here"]
    out = SrtFormat().write(doc, [[Edit(11, 16, "[PERSON 1]")]])
    assert out == b"1\n00:00:01,000 --> 00:00:02,000\nfirst line\n[PERSON 1] here"


def test_srt_with_text_outside_cues_is_unreadable_without_quoting_it():
    data = b"Subtitles by Marta Kowalczyk\n1\n00:00:01,000 --> 00:00:02,000\nHello\n"
    with pytest.raises(RedactorError) as info:
        SrtFormat().read(Path("talk.srt"), data)
    assert info.value.exit_code == ExitCode.UNREADABLE
    assert "talk.srt" in info.value.message and "line 1" in info.value.message
    assert "Marta" not in info.value.message


def test_srt_binary_file_is_unreadable():
    with pytest.raises(RedactorError) as info:
        SrtFormat().read(Path("x.srt"), b"\x00\x01\x02garbage")
    assert info.value.exit_code == ExitCode.UNREADABLE


# WebVTT ---------------------------------------------------------------------------------------


def test_vtt_pieces_cover_cues_voices_header_note_and_style():
    doc = VttFormat().read(VTT_IN, VTT_IN.read_bytes())
    assert doc.format == "vtt" and doc.joiner == " "
    assert [(p.part, p.text) for p in doc.pieces] == [
        ("header", "- Interview recorded in Lviv"),
        ("header Kind", "captions"),
        ("header Language", "en"),
        ("note 1", "Transcribed by the desk.\nThe source asked for anonymity."),
        ("style 1", '::cue(v[voice="Marta Kowalczyk"]) { color: yellow }'),
        ("cue 1 identifier", "intro"),
        ("cue 1 speaker", "Interviewer"),
        ("cue 1", "Thank you for meeting me."),
        ("cue 2 speaker", "Marta Kowalczyk"),
        ("cue 2", "My name is Marta, I work at the depot in Lviv."),
        ("cue 3 speaker", "Marta Kowalczyk"),
        ("cue 3", "Call me on +48 601"),
        ("cue 4 speaker", "Marta Kowalczyk"),
        ("cue 4", "234 567 after six."),
    ]
    assert_verbatim(doc)
    # REGION settings and cue timings are structure, not pieces; a cue identifier is read.
    joined = doc.joiner.join(p.text for p in doc.pieces)
    assert "-->" not in joined and "width:40%" not in joined
    assert "+48 601 Marta Kowalczyk 234 567" in joined


def test_vtt_header_metadata_keys_are_structure_not_speaker_labels(redactor_default, tmp_path):
    path = tmp_path / "youtube.vtt"
    path.write_text("WEBVTT\nKind: captions\nLanguage: en\nBykov: notes taken in Rossosh\n\n"
                    "00:00:01.000 --> 00:00:04.000\nMy name is Anton Bykov.\n")
    read = read_document(path)
    assert [(p.part, p.text) for p in read.document.pieces][:4] == [
        ("header Kind", "captions"), ("header Language", "en"),
        ("header", "Bykov: notes taken in Rossosh"), ("cue 1", "My name is Anton Bykov.")]
    [result] = redactor_default.run_results([read])
    written = redactor_default.write_redacted(result).decode()
    # Before: "[PERSON 1]: captions".  A line that is no metadata is still scanned whole.
    assert written.startswith("WEBVTT\nKind: captions\nLanguage: en\n"), written
    assert "Bykov" not in written


def test_vtt_write_matches_golden_file():
    doc = VttFormat().read(VTT_IN, VTT_IN.read_bytes())
    out = VttFormat().write(doc, edits_for(doc, VTT_EDITS))
    assert out == (DATA / "vtt" / "interview.redacted.vtt").read_bytes()


def test_vtt_output_parses_with_same_cues_and_timings():
    doc = VttFormat().read(VTT_IN, VTT_IN.read_bytes())
    out = VttFormat().write(doc, edits_for(doc, VTT_EDITS))
    before = webvtt.from_string(doc.text)
    after = webvtt.from_string(out.decode("utf-8"))
    assert [(c.identifier, c.start, c.end, str(c.settings)) for c in after.captions] == [
        (c.identifier, c.start, c.end, str(c.settings)) for c in before.captions
    ]
    assert [c.voice for c in after.captions] == ["Interviewer"] + ["[PERSON 1]"] * 3
    assert after.captions[1].text == "My name is [PERSON 1],\nI work at the depot in [LOCATION 1]."
    assert after.captions[0].raw_text == before.captions[0].raw_text
    assert after.header_comments == before.header_comments
    assert after.metadata == before.metadata
    assert after.header_text == "- Interview recorded in [LOCATION 1]"


def test_vtt_crlf_and_bom_are_kept():
    text = VTT_IN.read_text(encoding="utf-8").replace("\n", "\r\n")
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    doc = VttFormat().read(Path("x.vtt"), data)
    assert doc.text == text
    assert_verbatim(doc)
    out = VttFormat().write(doc, edits_for(doc, VTT_EDITS))
    expected = (DATA / "vtt" / "interview.redacted.vtt").read_text(encoding="utf-8")
    assert out == codecs.BOM_UTF8 + expected.replace("\n", "\r\n").encode("utf-8")
    assert VttFormat().write(doc, [[] for _ in doc.pieces]) == data


def test_vtt_several_voices_in_one_cue():
    data = (
        "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Roger Bingham>We are in Lviv\n<v.loud Ana>Yes\n"
    ).encode()
    doc = VttFormat().read(Path("x.vtt"), data)
    assert [(p.part, p.text) for p in doc.pieces] == [
        ("cue 1 speaker", "Roger Bingham"),
        ("cue 1", "We are in Lviv "),
        ("cue 1 speaker", "Ana"),
        ("cue 1", "Yes"),
    ]
    out = VttFormat().write(doc, [[Edit(0, 13, "[PERSON 1]")], [], [Edit(0, 3, "[PERSON 2]")], []])
    assert out.decode() == (
        "WEBVTT\n\n00:01.000 --> 00:04.000\n<v [PERSON 1]>We are in Lviv\n<v.loud [PERSON 2]>Yes\n"
    )


def test_vtt_text_left_after_a_blank_line_is_scanned_and_edited():
    data = "WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n\nMarta said this\n".encode()
    doc = VttFormat().read(Path("x.vtt"), data)
    assert [(p.part, p.text) for p in doc.pieces] == [
        ("cue 1", "Hello"), ("text at line 6", "Marta said this")
    ]
    out = VttFormat().write(doc, [[], [Edit(0, 5, "[PERSON 1]")]])
    assert out.decode() == "WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n\n[PERSON 1] said this\n"


def test_vtt_line_emptied_by_an_edit_is_removed_so_the_cue_stays_whole():
    data = "WEBVTT\n\n00:01.000 --> 00:02.000\n601 234\nsays Marta\n".encode()
    doc = VttFormat().read(Path("x.vtt"), data)
    out = VttFormat().write(doc, [[Edit(0, 7, "")]])
    assert out.decode() == "WEBVTT\n\n00:01.000 --> 00:02.000\nsays Marta\n"
    assert webvtt.from_string(out.decode()).captions[0].text == "says Marta"


def test_vtt_malformed_cue_is_unreadable_rather_than_skipped():
    data = "WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nMarta lives here\n".encode()
    with pytest.raises(RedactorError) as info:
        VttFormat().read(Path("talk.vtt"), data)
    assert info.value.exit_code == ExitCode.UNREADABLE
    assert "talk.vtt" in info.value.message and "line 3" in info.value.message
    assert "Marta" not in info.value.message


def test_vtt_without_header_is_unreadable():
    data = b"00:01.000 --> 00:02.000\nHello\n"
    with pytest.raises(RedactorError) as info:
        VttFormat().read(Path("talk.vtt"), data)
    assert info.value.exit_code == ExitCode.UNREADABLE
    assert "WEBVTT" in info.value.message


def test_format_for_picks_subtitle_formats_by_suffix():
    assert isinstance(format_for(Path("a.SRT")), SrtFormat)
    assert isinstance(format_for(Path("dir/b.vtt")), VttFormat)


def test_edit_reaching_into_styling_tags_keeps_the_tags():
    data = "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Zoë met <i>Marta</i> <b>Kowalczyk</b>\n"
    data = data.encode("utf-8")
    doc = SrtFormat().read(Path("x.srt"), data)
    text = doc.pieces[0].text
    assert text == "Zoë met Marta Kowalczyk"  # the detectors do not see the tags
    # The surname's span runs across the closing and opening tags around it.
    first = Edit(0, text.index(" met"), "[PERSON 2]")
    second = Edit(text.index("Marta"), text.index("Kowalczyk") + 9, "[PERSON 1]")
    out = SrtFormat().write(doc, [[first, second]])
    assert out.decode() == (
        "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}[PERSON 2] met <i>[PERSON 1]</i><b></b>\n"
    )


def test_voice_name_edit_inside_its_tag_is_applied():
    data = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Marta>Hello <i>there</i>\n".encode()
    doc = VttFormat().read(Path("x.vtt"), data)
    assert [p.part for p in doc.pieces] == ["cue 1 speaker", "cue 1"]
    out = VttFormat().write(doc, [[Edit(0, 5, "[PERSON 1]")], []])
    expected = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud [PERSON 1]>Hello <i>there</i>\n"
    assert out.decode() == expected


def test_word_wrapped_at_its_hyphen_is_one_word_to_detection():
    """A caption tool wraps "forty-seven" as "forty-" and "seven": a reader sees one word, so
    detection does too (it saw "forty- seven" and found only "forty").  A dash after a space is
    a pause in speech and stays a space."""
    text = ("1\n00:00:01,000 --> 00:00:04,000\nShe was forty-\nseven, call 0161-\n4960 or\n"
            "so - \nwait -\n- no.\n")
    doc = SrtFormat().read(Path("x.srt"), text.encode())
    [piece] = doc.pieces
    assert piece.text == "She was forty-seven, call 0161-4960 or so -  wait - - no."
    assert_verbatim(doc)


def test_age_and_date_wrapped_at_a_hyphen_are_found_whole(redactor_default, tmp_path):
    path = tmp_path / "wrapped.vtt"
    path.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nMy uncle was fifty-\nthree "
                    "when he came.\n\n00:00:05.000 --> 00:00:08.000\nWe left on the thirty-\n"
                    "first of July, by night.\n\n00:00:09.000 --> 00:00:12.000\nA well-\n"
                    "known road -\n- the old one.\n")
    read = read_document(path)
    [result] = redactor_default.run_results([read])
    text = read.document.text
    found = {(f.entity_type, text[f.start:f.end]) for f in result.findings}
    assert ("AGE", "fifty-\nthree") in found
    assert ("DATE", "the thirty-\nfirst of July") in found
    # Near misses: a wrapped everyday compound and a pause dash are no detail.
    assert not any("known" in value or "old one" in value for _, value in found), found
    written = redactor_default.write_redacted(result).decode()
    assert "fifty" not in written and "thirty" not in written and "three" not in written
    assert "known road -\n- the old one." in written
