"""Word documents: every place text lives is a piece; edits keep run formatting; metadata cleared.

The documents are built here with python-docx (plus a few parts python-docx cannot write, added
to the zip directly), so the test shows exactly what the input holds.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from redactor.errors import ExitCode, RedactorError
from redactor.formats import format_for
from redactor.formats.docx import DocxFormat
from redactor.model import Document, Edit

PEOPLE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"
PEOPLE_RT = "http://schemas.microsoft.com/office/2011/relationships/people"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def build_interview() -> bytes:
    """A transcript that hides the source's name in every kind of place Word keeps text."""
    document = docx.Document()
    props = document.core_properties
    props.author = "Jan Nowak"
    props.last_modified_by = "Jan Nowak"
    props.title = "Interview with Marta Kowalczyk"
    props.comments = "Source: Marta"
    props.keywords = "Lviv, depot"

    paragraph = document.add_paragraph()
    paragraph.add_run("Interview with ")
    paragraph.add_run("Marta").bold = True
    paragraph.add_run(" Kowal").italic = True
    paragraph.add_run("czyk, 9 May.")
    document.add_paragraph("Call\tme on 555 1234.")

    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Marta Kowalczyk"
    table.cell(1, 0).text = "Unit"
    table.cell(1, 0).add_paragraph("Lviv depot")
    table.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "Marta's brother"

    document.sections[0].header.paragraphs[0].text = "Confidential: Marta"
    document.sections[0].footer.paragraphs[0].text = "Notes by Jan"

    link_paragraph = document.add_paragraph("Email: ")
    rid = document.part.relate_to("mailto:marta@example.org", RT.HYPERLINK, is_external=True)
    link_paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}">'
        '<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>marta@example.org</w:t></w:r>'
        "</w:hyperlink>"
    ))
    document.add_comment(link_paragraph.runs[0], text="Check with Marta", author="Jan Nowak",
                         initials="JN")

    tracked = document.add_paragraph("Met ")
    tracked._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="91" w:author="Jan Nowak" w:date="2024-05-09T10:00:00Z">'
        '<w:r><w:delText>Marta</w:delText></w:r></w:del>'
    ))
    tracked._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="92" w:author="Jan Nowak" w:date="2024-05-09T10:00:00Z">'
        '<w:r><w:t>the source</w:t></w:r></w:ins>'
    ))

    field = document.add_paragraph("Write ")
    for run in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:marta@example.org" '
        "</w:instrText></w:r>",
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>to me</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        field._p.append(parse_xml(run.replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))

    boxed = document.add_paragraph("Photo caption")
    boxed._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
        "<w:pict><v:shape><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>Marta at the depot</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    ))

    document.element.body.insert(len(document.element.body) - 1, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent>'
        "<w:p><w:r><w:t>Prepared for Marta</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    ))

    footnotes = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES,
        (
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>"
            '<w:footnote w:id="1"><w:p><w:r><w:t>Marta lives in Lviv.</w:t></w:r></w:p>'
            "</w:footnote></w:footnotes>"
        ).encode(),
        document.part.package,
    )
    document.part.relate_to(footnotes, RT.FOOTNOTES)
    people = Part(
        PackURI("/word/people.xml"), PEOPLE_CT,
        (
            f'<w15:people xmlns:w15="{W15}"><w15:person w15:author="Jan Nowak">'
            '<w15:presenceInfo w15:providerId="AD" w15:userId="jan.nowak@example.org"/>'
            "</w15:person></w15:people>"
        ).encode(),
        document.part.package,
    )
    document.part.relate_to(people, PEOPLE_RT)

    out = io.BytesIO()
    document.save(out)
    return _set_company(out.getvalue(), "Kowalczyk Transport")


def _set_company(data: bytes, company: str) -> bytes:
    """python-docx has no API for docProps/app.xml; fill <Company> in the zip directly."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/app.xml":
                content = re.sub(rb"<Company>\s*</Company>|<Company/>",
                                 f"<Company>{company}</Company>".encode(), content)
                assert company.encode() in content
            target.writestr(item, content)
    return out.getvalue()


EXPECTED_PIECES = [
    ("paragraph 1", "Interview with Marta Kowalczyk, 9 May."),
    ("paragraph 2", "Call\tme on 555 1234."),
    ("table 1 row 1 cell 1", "Name"),
    ("table 1 row 1 cell 2", "Marta Kowalczyk"),
    ("table 1 row 2 cell 1", "Unit\nLviv depot"),
    ("table 1 row 2 cell 2 table 1 row 1 cell 1", "Marta's brother"),
    ("paragraph 3", "Email: marta@example.org"),
    ("paragraph 3 link 1", "mailto:marta@example.org"),
    ("paragraph 4", "Met the source"),
    ("paragraph 4 deleted text 1", "Marta"),
    ("paragraph 5", "Write to me"),
    ("paragraph 5 field code 1", ' HYPERLINK "mailto:marta@example.org" '),
    ("paragraph 6", "Photo caption"),
    ("paragraph 6 text box 1", "Marta at the depot"),
    ("paragraph 7", "Prepared for Marta"),
    ("header (section 1)", "Confidential: Marta"),
    ("footer (section 1)", "Notes by Jan"),
    ("footnote 1", "Marta lives in Lviv."),
    ("comment 1", "Check with Marta"),
]


@pytest.fixture(scope="module")
def interview() -> bytes:
    return build_interview()


def name_edits(doc: Document) -> list[list[Edit]]:
    """Replace every form of the source's name, her address and the depot's city."""
    pattern = re.compile(r"Marta Kowalczyk|Marta|marta@example\.org|Lviv")
    labels = {"Lviv": "[LOCATION 1]", "marta@example.org": "[EMAIL 1]"}
    return [
        [Edit(m.start(), m.end(), labels.get(m.group(), "[PERSON 1]"))
         for m in pattern.finditer(piece.text)]
        for piece in doc.pieces
    ]


def test_pieces_cover_every_story_with_part_names(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    assert doc.format == "docx" and doc.joiner == "\n"
    assert [(p.part, p.text) for p in doc.pieces] == EXPECTED_PIECES


def test_document_text_is_the_pieces_joined_by_newlines(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    assert doc.text == "\n".join(p.text for p in doc.pieces)
    for piece in doc.pieces:
        assert piece.offsets is None
        assert doc.text[piece.start:piece.start + len(piece.text)] == piece.text


def test_edit_across_runs_keeps_each_runs_formatting(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    edits = [[] for _ in doc.pieces]
    edits[0] = [Edit(15, 30, "[PERSON 1]")]  # "Marta Kowalczyk" spans three runs
    out = docx.Document(io.BytesIO(DocxFormat().write(doc, edits)))
    runs = [(r.text, r.bold, r.italic) for r in out.paragraphs[0].runs]
    assert runs == [
        ("Interview with ", None, None),
        ("[PERSON 1]", True, None),
        ("", None, True),
        (", 9 May.", None, None),
    ]
    assert out.paragraphs[1].text == "Call\tme on 555 1234."


def test_tab_inside_an_edit_is_removed(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    edits = [[] for _ in doc.pieces]
    edits[1] = [Edit(0, 7, "[X]"), Edit(11, 19, "[PHONE 1]")]
    out = docx.Document(io.BytesIO(DocxFormat().write(doc, edits)))
    assert out.paragraphs[1].text == "[X] on [PHONE 1]."


def test_cell_edit_across_paragraphs_keeps_the_paragraph_break(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    index = [p.part for p in doc.pieces].index("table 1 row 2 cell 1")
    edits = [[] for _ in doc.pieces]
    edits[index] = [Edit(2, 7, "[X]")]  # "it\nLv"
    again = DocxFormat().read(Path("out.docx"), DocxFormat().write(doc, edits))
    assert again.pieces[index].text == "Un[X]\niv depot"


def test_redacted_file_holds_the_name_nowhere(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    out = DocxFormat().write(doc, name_edits(doc))
    again = DocxFormat().read(Path("out.docx"), out)
    assert [p.part for p in again.pieces] == [p for p, _ in EXPECTED_PIECES]
    assert again.pieces[0].text == "Interview with [PERSON 1], 9 May."
    assert again.pieces[7].text == "mailto:[EMAIL 1]"
    assert again.pieces[9].text == "[PERSON 1]"
    assert again.pieces[11].text == ' HYPERLINK "mailto:[EMAIL 1]" '
    archive = zipfile.ZipFile(io.BytesIO(out))
    for name in archive.namelist():
        content = archive.read(name)
        for secret in (b"Marta", b"marta", b"Kowalczyk", b"Nowak", b"Lviv", b"jan.nowak"):
            assert secret not in content, f"{name} still holds a protected value"


def test_metadata_naming_people_is_cleared_and_listed(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    assert doc.cleared_metadata == (
        "author", "last_modified_by", "comments", "title", "keywords", "created", "modified",
        "comment authors", "tracked change authors", "people", "company", "thumbnail",
        "customXml part",
    )
    out = docx.Document(io.BytesIO(DocxFormat().write(doc, [[] for _ in doc.pieces])))
    props = out.core_properties
    assert (props.author, props.last_modified_by, props.title, props.comments,
            props.keywords) == ("", "", "", "", "")
    assert (props.created, props.modified, props.last_printed) == (None, None, None)
    assert [(c.author, c.initials) for c in out.comments] == [("", "")]
    assert [c.text for c in out.comments] == ["Check with Marta"]  # text is the core's call
    again = DocxFormat().read(Path("out.docx"), DocxFormat().write(doc, [[] for _ in doc.pieces]))
    assert again.cleared_metadata == ()


def test_writing_without_edits_keeps_all_text(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    out = DocxFormat().write(doc, [[] for _ in doc.pieces])
    assert DocxFormat().read(Path("out.docx"), out).pieces == doc.pieces


def test_write_can_be_repeated_with_the_same_result(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    first = DocxFormat().read(Path("a.docx"), DocxFormat().write(doc, name_edits(doc)))
    second = DocxFormat().read(Path("b.docx"), DocxFormat().write(doc, name_edits(doc)))
    assert first.pieces == second.pieces
    assert "Marta" not in first.text


def test_edits_that_do_not_match_the_document_are_refused(interview):
    doc = DocxFormat().read(Path("talk.docx"), interview)
    with pytest.raises(ValueError):
        DocxFormat().write(doc, [[]])


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        b"Marta Kowalczyk, plain text saved as .docx",
        b"PK\x03\x04 truncated",
        _zip({"hello.txt": b"not a Word document"}),
        _zip({"[Content_Types].xml": b"<Types", "_rels/.rels": b"<Relationships"}),
    ],
    ids=["text", "bad-zip", "zip-without-document", "broken-xml"],
)
def test_damaged_docx_is_unreadable_without_a_traceback(content):
    with pytest.raises(RedactorError) as info:
        DocxFormat().read(Path("talk.docx"), content)
    assert info.value.exit_code == ExitCode.UNREADABLE
    assert "talk.docx" in info.value.message
    assert "Marta" not in info.value.message


def test_truncated_docx_is_unreadable(interview):
    with pytest.raises(RedactorError) as info:
        DocxFormat().read(Path("talk.docx"), interview[: len(interview) // 2])
    assert info.value.exit_code == ExitCode.UNREADABLE


def test_format_for_picks_docx():
    assert isinstance(format_for(Path("Talk.DOCX")), DocxFormat)


def test_headers_of_every_section_are_named_by_section_and_kind():
    document = docx.Document()
    document.add_paragraph("Part one")
    first = document.sections[0]
    first.header.paragraphs[0].text = "Desk copy"
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "Cover: Marta"
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Annex on Marta"
    document.add_paragraph("Part two")
    out = io.BytesIO()
    document.save(out)
    doc = DocxFormat().read(Path("talk.docx"), out.getvalue())
    assert [(p.part, p.text) for p in doc.pieces] == [
        ("paragraph 1", "Part one"),
        # Paragraph 2 is the empty one that ends section 1: numbers count every paragraph,
        # as Word's and python-docx's do, though empty ones are not pieces.
        ("paragraph 3", "Part two"),
        ("header (section 1)", "Desk copy"),
        ("first-page header (section 1)", "Cover: Marta"),
        ("header (section 2)", "Annex on Marta"),
    ]
