"""`redact` on a folder mixing every format: each file comes back in its own format, parsable,
and one person has one pseudonym across all of them."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import docx
import srt
import webvtt
from typer.testing import CliRunner

from redactor.cli import app

SRT = """1
00:00:01,000 --> 00:00:03,000
Marta Kowalczyk told me to call her on 0771

2
00:00:03,200 --> 00:00:05,000
234 567 after the shift.
"""
VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Marta Kowalczyk>I left the port in Gdynia on February 22.

00:00:04.500 --> 00:00:06.000
<v Reporter>Why then?
"""
TRANSCRIPT = {
    "text": " Kowalczyk's brother Piotr Nowak drove. Ask Marta Kowalczyk.",
    "segments": [
        {"id": 0, "start": 0.0, "end": 2.0, "text": " Kowalczyk's brother Piotr Nowak drove.", "speaker": "SPEAKER_00",
         "words": [{"word": " Kowalczyk's", "start": 0.0, "end": 0.5}, {"word": " brother", "start": 0.5, "end": 0.8},
                   {"word": " Piotr", "start": 0.8, "end": 1.1}, {"word": " Nowak", "start": 1.1, "end": 1.5},
                   {"word": " drove.", "start": 1.5, "end": 2.0}]},
        {"id": 1, "start": 2.0, "end": 3.0, "text": " Ask Marta Kowalczyk.", "speaker": "SPEAKER_01",
         "words": [{"word": " Ask", "start": 2.0, "end": 2.3}, {"word": " Marta", "start": 2.3, "end": 2.6},
                   {"word": " Kowalczyk.", "start": 2.6, "end": 3.0}]},
    ],
}


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.author = "Marta Kowalczyk"
    paragraph = document.add_paragraph("Interview notes: ")
    paragraph.add_run("Marta ").bold = True
    paragraph.add_run("Kowalczyk").italic = True
    paragraph.add_run(" asked to stay anonymous.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Contact"
    table.cell(0, 1).text = "Piotr Nowak, +48 601 234 567"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_mixed_folder_one_pseudonym_each_file_in_its_format(tmp_path):
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "call.srt").write_text(SRT, encoding="utf-8")
    (folder / "talk.vtt").write_text(VTT, encoding="utf-8")
    (folder / "stt.json").write_text(json.dumps(TRANSCRIPT, indent=2), encoding="utf-8")
    (folder / "notes.docx").write_bytes(make_docx())
    (folder / "notes.txt").write_text("MARTA KOWALCZYK: yes.\nPiotr Nowak: no.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["redact", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output

    subs = list(srt.parse((out / "call.srt").read_text(encoding="utf-8")))
    assert [(s.start, s.end) for s in subs] == [(s.start, s.end) for s in srt.parse(SRT)]
    cues = webvtt.from_string((out / "talk.vtt").read_text(encoding="utf-8"))
    assert [c.start for c in cues] == ["00:00:01.000", "00:00:04.500"]
    data = json.loads((out / "stt.json").read_text(encoding="utf-8"))
    assert [(s["start"], s["end"]) for s in data["segments"]] == [(0.0, 2.0), (2.0, 3.0)]
    for segment in data["segments"]:
        assert "".join(w["word"] for w in segment["words"]).strip() == segment["text"].strip()
    document = docx.Document(str(out / "notes.docx"))
    assert document.core_properties.author == ""
    texts = {
        "srt": (out / "call.srt").read_text(encoding="utf-8"),
        "vtt": (out / "talk.vtt").read_text(encoding="utf-8"),
        "json": (out / "stt.json").read_text(encoding="utf-8"),
        "docx": "\n".join([p.text for p in document.paragraphs]
                          + [c.text for row in document.tables[0].rows for c in row.cells]),
        "txt": (out / "notes.txt").read_text(encoding="utf-8"),
    }
    everything = "\n".join(texts.values())
    for secret in ("Kowalczyk", "KOWALCZYK", "Nowak", "0771", "234 567", "601 234", "February 22"):
        assert secret not in everything
    # The cue-split phone number is gone from both cues.
    assert "0771" not in subs[0].content and "234 567" not in subs[1].content
    # One pseudonym for Marta Kowalczyk in every format, another for Piotr Nowak.
    marta = {fmt: set(re.findall(r"\[PERSON \d+\]", text)) for fmt, text in texts.items()}
    tags = set.union(*marta.values())
    assert len(tags) == 2, tags
    for fmt in texts:
        assert marta[fmt], fmt
    first_tag_srt = re.search(r"\[PERSON \d+\]", subs[0].content).group()
    assert first_tag_srt in texts["vtt"] and first_tag_srt in texts["docx"] and first_tag_srt in texts["txt"]
    # Generic labels stay.
    assert "SPEAKER_00" in texts["json"] and "<v Reporter>" in texts["vtt"]


def test_scan_json_offsets_point_into_text_formats_and_docx_names_parts(tmp_path):
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "call.srt").write_text(SRT, encoding="utf-8")
    (folder / "stt.json").write_text(json.dumps(TRANSCRIPT, indent=2, ensure_ascii=False), encoding="utf-8")
    (folder / "notes.docx").write_bytes(make_docx())
    result = CliRunner().invoke(app, ["scan", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    files = {f["path"].rsplit("/", 1)[-1]: f["findings"] for f in json.loads(result.stdout)["files"]}
    for name in ("call.srt", "stt.json"):
        raw = (folder / name).read_text(encoding="utf-8")
        assert files[name]
        for f in files[name]:
            assert "part" not in f
            value = raw[f["start"]:f["end"]]
            assert value and value == value.strip()
    srt_values = [(folder / "call.srt").read_text(encoding="utf-8")[f["start"]:f["end"]] for f in files["call.srt"]]
    assert "0771" in srt_values and "234 567" in srt_values
    parts = {f["part"] for f in files["notes.docx"]}
    assert "paragraph 1" in parts and any(p.startswith("table 1") for p in parts)


def test_each_deferred_format_says_the_name_and_suffixes_of_the_format_it_loads():
    from redactor.formats import FORMATS, DeferredFormat, format_for
    from redactor.formats.docx import DocxFormat
    from redactor.formats.subtitles import SrtFormat, VttFormat

    deferred = {f.name: f for f in FORMATS if isinstance(f, DeferredFormat)}
    assert sorted(deferred) == ["docx", "srt", "vtt"]
    for fmt in deferred.values():
        assert (fmt.loaded.name, fmt.loaded.suffixes) == (fmt.name, fmt.suffixes)
    assert [type(f.loaded) for f in deferred.values()] == [SrtFormat, VttFormat, DocxFormat]
    assert format_for(Path("drafts/Interview.DOCX.orig")) is deferred["docx"].loaded


def test_a_check_of_text_files_never_imports_the_word_subtitle_or_vault_libraries(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    (tmp_path / "a.txt").write_text("Nothing to see.\n", encoding="utf-8")
    probe = ("import sys; from typer.testing import CliRunner; from redactor.cli import app; "
             f"CliRunner().invoke(app, ['check', '--no-ner', {str(tmp_path / 'a.txt')!r}]); "
             "print(sorted({'docx', 'webvtt', 'srt', 'lxml', 'cryptography', 'redactor.formats.docx'} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_year_said_in_a_word_file_that_dates_the_file_is_written(tmp_path):
    """The document's own dates go with its other properties: a year said in the interview and
    replaced is no longer found in them by the read-back audit, so the file is written."""
    document = docx.Document()
    document.core_properties.created = datetime(2019, 3, 4, 9, 30, tzinfo=timezone.utc)
    document.core_properties.modified = datetime(2019, 3, 5, 17, 0, tzinfo=timezone.utc)
    document.add_paragraph("Source: I have worked on the night shift at the depot since 2019.")
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    document.save(str(folder / "notes.docx"))
    result = CliRunner().invoke(app, ["redact", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = docx.Document(str(out / "notes.docx"))
    assert "2019" not in written.paragraphs[0].text
    assert (written.core_properties.created, written.core_properties.modified) == (None, None)
    report = json.loads((out / "redaction-report.json").read_text(encoding="utf-8"))
    assert {"created", "modified"} <= set(report["files"][0]["cleared_metadata"])
