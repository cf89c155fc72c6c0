"""The review page rendered from hand-built results: self-contained, escaped, complete, private."""

from __future__ import annotations

import json
import re
import stat
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from redactor.model import Document, Edit, FileResult, Finding, Mention, Piece
from redactor.refine.decisions import anchor_print, file_prints, key_check, page_key, value_print
from redactor.report.html import (
    CSP,
    KNOWN_TYPES,
    MentionRecorder,
    build_review,
    render_review,
    script_json,
    type_style,
    write_review,
)

KEY = b"review-test-key"
WHEN = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)

TEXT = ("Q: Where were you on the 22nd?\r\n"
        "A: With Marta Kowalczyk in Kharkiv. Call me on +48 601 234 567.\r\n"
        "Q: And Marta?\r\n"
        "A: Kowalczyk left for Lviv <script>alert(1)</script> \u2028 the next day.\r\n")


def finding(text: str, value: str, entity_type: str, replacement: str, nth: int = 0,
            score: float = 0.85, detector: str = "SpacyRecognizer") -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Finding(start=start, end=start + len(value), entity_type=entity_type, score=score,
                   detector=detector, text=value, replacement=replacement, part="text",
                   line=line, column=column,
                   entity_id=f"{entity_type}:{value.lower()}" if replacement else "")


def text_result(path: Path, text: str, findings, suggestions=()) -> FileResult:
    doc = Document(path=path, format="text", text=text, pieces=(Piece(text=text, start=0, part="text"),))
    return FileResult(path=path, status="scanned", findings=tuple(findings),
                      suggestions=tuple(suggestions), document=doc)


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "redactor.yaml").write_text("threshold: 0.4\n", encoding="utf-8")
    (tmp_path / "in").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sample(project: Path) -> list[FileResult]:
    path = project / "in" / "int1.txt"
    path.write_text(TEXT, encoding="utf-8", newline="")
    findings = [
        finding(TEXT, "Marta Kowalczyk", "PERSON", "Source A", detector="SourceProfileRecognizer", score=1.0),
        finding(TEXT, "Kharkiv", "LOCATION", "[LOCATION 1]"),
        finding(TEXT, "+48 601 234 567", "PHONE", "[PHONE 1]", score=0.75, detector="PhoneRecognizer"),
        finding(TEXT, "Marta", "PERSON", "Source A", nth=1, score=1.0, detector="SourceProfileRecognizer"),
        finding(TEXT, "Kowalczyk", "PERSON", "Source A", nth=1, score=1.0, detector="SourceProfileRecognizer"),
    ]
    suggestions = [finding(TEXT, "Lviv", "LOCATION", "", score=0.3)]
    return [
        text_result(path, TEXT, findings, suggestions),
        FileResult(path=project / "in" / "photo.jpg", status="skipped", reason="unsupported file type '.jpg'"),
        FileResult(path=project / "in" / "broken.txt", status="failed", reason="not UTF-8 text"),
    ]


class Marks(HTMLParser):
    """Collects <mark> elements (attributes and text) and <pre> texts of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.pres: list[str] = []
        self.scripts: list[dict] = []
        self._in_mark = 0
        self._in_pre = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark" and "data-i" in attrs:
            self.marks.append({**attrs, "text": ""})
            self._in_mark += 1
        elif tag == "pre":
            self.pres.append("")
            self._in_pre = True
        elif tag == "script":
            self.scripts.append(attrs)

    def handle_endtag(self, tag):
        if tag == "mark" and self._in_mark:
            self._in_mark -= 1
        elif tag == "pre":
            self._in_pre = False

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1]["text"] += data
        if self._in_pre:
            self.pres[-1] += data


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def page_data(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(raw)


# -- self-contained and safe -------------------------------------------------------------------

def test_the_page_cannot_fetch_anything(project):
    page = render_review(sample(project), key=KEY, generated=WHEN)
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    for forbidden in ("http://", "https://", "src=", "url(", "@import", "<link", "<iframe", "fetch(",
                      "XMLHttpRequest", "WebSocket", "@font-face"):
        assert forbidden not in page, forbidden
    scripts = parse(page).scripts
    assert len(scripts) == 2 and all("src" not in s for s in scripts)


def test_text_is_escaped_in_the_markup_and_in_the_embedded_json(project):
    results = sample(project)
    doc = results[0].document
    hostile = "</script><img src=x onerror=alert(1)>\u2028"
    weird = Finding(start=0, end=2, entity_type="PERSON", score=0.9, detector=hostile, text="Q:",
                    replacement=hostile, part="text", line=1, column=1, entity_id="PERSON:q")
    results[0] = FileResult(path=results[0].path, status="scanned",
                            findings=(weird, *results[0].findings[1:]), document=doc)
    page = render_review(results, key=KEY, generated=WHEN, title="<b>draft</b>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "<b>draft" not in page
    raw = re.search(r'id="review-data">(.*?)</script>', page, re.S).group(1)
    assert "</" not in raw and "<" not in raw and "\u2028" not in raw and "\u2029" not in raw
    assert page_data(page)["files"][0]["items"][0]["r"] == hostile
    assert script_json({"a": "</script>\u2029"}) == '{"a":"\\u003c/script\\u003e\\u2029"}'


def test_carriage_returns_survive_html_parsing_and_the_pre_keeps_a_leading_newline(project):
    path = project / "in" / "nl.txt"
    text = "\nline one\r\nline two"
    page = render_review([text_result(path, text, [])], key=KEY, generated=WHEN)
    assert '">\n<span class="chunk">\nline one&#13;\nline two</span></pre>' in page


def test_the_key_never_reaches_the_page(project):
    page = render_review(sample(project), key=KEY, generated=WHEN)
    assert KEY.decode() not in page
    data = page_data(page)
    assert data["keyCheck"] == key_check(KEY)
    assert data["pageKey"] == page_key(KEY)
    doc = sample(project)[0].document
    assert data["files"][0]["prints"] == file_prints(KEY, doc.path, doc.text)


def test_entity_ids_which_hold_folded_values_are_not_embedded(project):
    page = render_review(sample(project), key=KEY, generated=WHEN)
    raw = re.search(r'id="review-data">(.*?)</script>', page, re.S).group(1)
    assert "marta" not in raw.lower() and "kharkiv" not in raw.lower()


# -- what the editor sees ----------------------------------------------------------------------

def test_every_finding_is_highlighted_with_pseudonym_detector_and_score(project):
    page = render_review(sample(project), key=KEY, generated=WHEN)
    marks = parse(page).marks
    assert [(m["text"], m["data-type"], m["data-r"]) for m in marks] == [
        ("Marta Kowalczyk", "PERSON", "Source A"), ("Kharkiv", "LOCATION", "[LOCATION 1]"),
        ("+48 601 234 567", "PHONE", "[PHONE 1]"), ("Marta", "PERSON", "Source A"),
        ("Kowalczyk", "PERSON", "Source A"), ("Lviv", "LOCATION", "")]
    assert marks[2]["title"] == "PHONE → [PHONE 1] · PhoneRecognizer · score 0.75"
    assert marks[5]["title"] == "LOCATION → not redacted (below threshold) · SpacyRecognizer · score 0.30"
    assert all(m["tabindex"] == "0" and m["aria-describedby"] == "tip" for m in marks)
    assert "is-suggested" in marks[5]["class"] and "is-suggested" not in marks[1]["class"]


def test_the_pre_text_is_the_file_text(project):
    page = render_review(sample(project), key=KEY, generated=WHEN)
    assert parse(page).pres == ["\n" + TEXT]


def test_summary_counts_files_types_sources_and_second_looks(project):
    page = render_review(sample(project), key=KEY, generated=WHEN, threshold=0.4,
                         source_labels=["Source A", "Source B"])
    stats = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", page))
    assert stats["Files"] == "3 (1 scanned, 1 skipped, 1 failed)"
    assert stats["Findings"] == "5 to redact"
    assert stats["Worth a second look"] == "1 below the threshold"
    assert stats["Threshold"] == "0.40"
    legend = dict(re.findall(r'>(\w+)</span> <span class="count" data-type="\w+">(\d+)</span>', page))
    assert legend == {"PERSON": "3", "LOCATION": "1", "PHONE": "1"}
    assert '+1 to check' in page
    assert ('<tr><th scope="row">Source A</th><td>3</td><td>Marta Kowalczyk, Marta, Kowalczyk</td></tr>'
            in page)
    assert "<th scope=\"row\">Source B</th><td>0</td>" in page
    second = re.search(r'<ol class="second-look">(.*?)</ol>', page, re.S).group(1)
    assert 'href="#m0-5"' in second and "score 0.30" in second and "in/int1.txt:4" in second
    assert "photo.jpg: skipped (unsupported file type &#x27;.jpg&#x27;)" in page
    assert "broken.txt: failed (not UTF-8 text)" in page


def test_each_type_gets_a_distinct_colour_and_line_pair():
    pairs = {type_style(t) for t in KNOWN_TYPES}
    assert len(pairs) == len(KNOWN_TYPES)
    assert type_style("PERSON")[0] != type_style("LOCATION")[0]
    assert type_style("PERSON")[1] != type_style("LOCATION")[1]


# -- the fingerprints agree with Decisions.apply ------------------------------------------------

def test_page_fingerprints_are_the_ones_apply_computes(project):
    results = sample(project)
    data = page_data(render_review(results, key=KEY, generated=WHEN))
    doc_text = results[0].document.text
    mentions = [Mention(f.start, f.end, f.entity_type, f.score, f.detector, f.text)
                for f in sorted((*results[0].findings, *results[0].suggestions), key=lambda f: f.start)]
    pkey = page_key(KEY)
    anchors = [anchor_print(pkey, doc_text, m.start, m.end) for m in mentions]
    assert [i["an"] for i in data["files"][0]["items"]] == anchors
    assert len(set(anchors)) == len(anchors)


def test_a_mention_split_across_pieces_is_one_item_in_joined_offsets(project):
    # An srt-like document: structure between the cues; the core splits "Marta Kowalczyk"
    # (joined text "Marta\nKowalczyk") into one finding per cue, the second with an empty edit.
    text = "1\n00:00:01,000 --> 00:00:02,000\nI met Marta\n\n2\n00:00:02,000 --> 00:00:03,000\nKowalczyk there.\n"
    first = text.index("I met Marta")
    second = text.index("Kowalczyk there.")
    pieces = (Piece("I met Marta", first, "cue 1"), Piece("Kowalczyk there.", second, "cue 2"))
    doc = Document(path=project / "in" / "a.srt", format="srt", text=text, pieces=pieces)
    common = dict(entity_type="PERSON", score=0.85, detector="SpacyRecognizer",
                  replacement="[PERSON 1]", entity_id="PERSON:marta kowalczyk", column=1)
    findings = (
        Finding(start=first + 6, end=first + 11, text="Marta", part="cue 1", line=3, **common),
        Finding(start=second, end=second + 9, text="Kowalczyk", part="cue 2", line=7, **common),
    )
    edits = ((Edit(6, 11, "[PERSON 1]"),), (Edit(0, 9, ""),))
    result = FileResult(path=doc.path, status="scanned", findings=findings, edits=edits, document=doc)
    [rf] = build_review([result], KEY)
    assert rf.text == "I met Marta\nKowalczyk there."
    [item] = rf.items
    assert (item.start, item.end, item.text) == (6, 21, "Marta\nKowalczyk")
    assert item.value == value_print(page_key(KEY), "Marta\nKowalczyk")


def test_two_mentions_meeting_at_a_cue_boundary_stay_two(project):
    text = "Marta\nMarta"
    pieces = (Piece("Marta", 0, "cue 1"), Piece("Marta", 6, "cue 2"))
    doc = Document(path=project / "in" / "b.srt", format="srt", text=text, pieces=pieces)
    common = dict(entity_type="PERSON", score=0.85, detector="SpacyRecognizer", text="Marta",
                  replacement="[PERSON 1]", entity_id="PERSON:marta", column=1)
    findings = (Finding(start=0, end=5, part="cue 1", line=1, **common),
                Finding(start=6, end=11, part="cue 2", line=2, **common))
    edits = ((Edit(0, 5, "[PERSON 1]"),), (Edit(0, 5, "[PERSON 1]"),))
    result = FileResult(path=doc.path, status="scanned", findings=findings, edits=edits, document=doc)
    [rf] = build_review([result], KEY)
    assert [(i.start, i.end) for i in rf.items] == [(0, 5), (6, 11)]


def test_findings_outside_the_text_are_counted_not_drawn(project):
    results = sample(project)
    stray = Finding(start=5000, end=5005, entity_type="PERSON", score=0.9, detector="x", text="Marta",
                    replacement="[PERSON 1]", part="core.author", line=1, column=1)
    r = results[0]
    results[0] = FileResult(path=r.path, status="scanned", findings=(*r.findings, stray),
                            suggestions=r.suggestions, document=r.document)
    page = render_review(results, key=KEY, generated=WHEN)
    assert "1 finding(s) outside the transcript text (metadata or structure): PERSON." in page
    assert len(parse(page).marks) == 6


# -- writing -------------------------------------------------------------------------------

def test_write_review_is_private_and_atomic(tmp_path):
    target = tmp_path / "out" / "review.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    write_review(target, "<!DOCTYPE html><p>new</p>")
    assert target.read_text(encoding="utf-8") == "<!DOCTYPE html><p>new</p>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["review.html"]


# -- a finding the core widened after detection ------------------------------------------------

def test_recorded_mentions_give_the_prints_apply_computes_for_a_widened_finding(project):
    text = "We met on 22.02.2022 in town."
    path = project / "in" / "w.txt"
    mention = Mention(10, 20, "DATE", 0.6, "DateRecognizer", "22.02.2022")
    widened = Finding(start=7, end=20, entity_type="DATE", score=0.6, detector="DateRecognizer",
                      text="on 22.02.2022", replacement="in February 2022", part="text", line=1,
                      column=8, entity_id="DATE:22.02.2022")
    result = text_result(path, text, [widened])
    recorder = MentionRecorder()
    recorder.apply(path, text, [mention])
    [plain] = build_review([result], KEY)[0].items
    [recorded] = build_review([result], KEY, 0.4, recorder.seen)[0].items
    expected = anchor_print(page_key(KEY), text, 10, 20)
    assert recorded.anchor == expected != plain.anchor
    assert recorded.value == value_print(page_key(KEY), "22.02.2022")
    assert (recorded.start, recorded.end) == (7, 20)


# -- the command -------------------------------------------------------------------------------

CLI_TEXT = ("We met on 22.02.2022 at the depot.\n"
            "Write to me at dima.v@mail.ru or call +48 601 234 567.\n")


@pytest.fixture
def cli_project(tmp_path, monkeypatch):
    (tmp_path / "redactor.yaml").write_text(
        "ner: false\nreplacements:\n  DATE: generalize\n",
        encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text(CLI_TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDACTOR_KEY", KEY.decode())
    return tmp_path


def invoke(*args: str):
    from typer.testing import CliRunner

    from redactor.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def test_review_command_writes_a_private_page_and_says_so(cli_project):
    result = invoke("review", "notes", "-o", "out/review.html", "--title", "Depot")
    assert result.exit_code == 0, result.output
    page_path = cli_project / "out" / "review.html"
    assert stat.S_IMODE(page_path.stat().st_mode) == 0o600
    assert "out/review.html" in result.stderr and "mode 0600" in result.stderr
    assert "unredacted text" in result.stderr and "dima.v" not in result.stderr
    page = page_path.read_text(encoding="utf-8")
    assert "Depot" in page and "dima.v@mail.ru" in page
    types = [m["data-type"] for m in parse(page).marks]
    assert "EMAIL" in types and "DATE" in types


def test_decisions_from_the_page_change_what_redact_writes(cli_project):
    assert invoke("review", "notes/a.txt", "-o", "review.html").exit_code == 0
    data = page_data((cli_project / "review.html").read_text(encoding="utf-8"))
    [entry] = data["files"]
    assert entry["id"] == "notes/a.txt"
    keep = [i for i in entry["items"] if i["t"] in {"DATE", "EMAIL"}]
    assert len(keep) == 2
    decisions = {"format": "redactor-decisions", "version": 2, "key_check": data["keyCheck"],
                 "files": [entry["prints"]],
                 "decisions": [{"action": "reject", "file": 0, "entity_type": i["t"],
                                "value": value_print(data["pageKey"], CLI_TEXT[i["ms"]:i["e"]]),
                                "anchor": i["an"], "start": i["ms"], "end": i["e"], "line": i["ln"]}
                               for i in keep]}
    (cli_project / "redactor-decisions.json").write_text(json.dumps(decisions), encoding="utf-8")

    plain = invoke("redact", "notes/a.txt")
    assert plain.exit_code == 0 and "22.02.2022" not in plain.stdout and "dima.v" not in plain.stdout
    decided = invoke("redact", "notes/a.txt", "--decisions", "redactor-decisions.json")
    assert decided.exit_code == 0, decided.output
    assert "on 22.02.2022" in decided.stdout and "dima.v@mail.ru" in decided.stdout
    assert "+48 601 234 567" not in decided.stdout


def test_review_needs_an_html_name(cli_project):
    result = invoke("review", "notes", "-o", "review.txt")
    assert result.exit_code == 2 and "must be an .html file" in result.stderr


def test_review_without_a_key_makes_the_project_key_and_redact_uses_it(cli_project, monkeypatch):
    monkeypatch.delenv("REDACTOR_KEY")
    monkeypatch.delenv("CI", raising=False)
    result = invoke("review", "notes", "-o", "review.html")
    assert result.exit_code == 0, result.output
    assert "made the project key" in result.stderr
    key = (cli_project / ".redactor" / "key").read_text(encoding="ascii").strip().encode()
    assert stat.S_IMODE((cli_project / ".redactor" / "key").stat().st_mode) == 0o600
    data = page_data((cli_project / "review.html").read_text(encoding="utf-8"))
    assert data["keyCheck"] == key_check(key)
    # REDACTOR_KEY still wins over the file.
    monkeypatch.setenv("REDACTOR_KEY", KEY.decode())
    assert invoke("review", "notes", "-o", "review2.html").exit_code == 0
    data = page_data((cli_project / "review2.html").read_text(encoding="utf-8"))
    assert data["keyCheck"] == key_check(KEY)
