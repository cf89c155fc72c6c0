"""Builds leaks/word.docx: a Word package shaped the way Word 2016 writes one, with planted values.

The planted values (a source's name "Anton Bykov", her colleague "Marta Kvitchenko", the unit
"40512", the village "Rossosh") sit in every place a Word file keeps text besides the body:
image alt text and title, image file name, bookmark name, content-control alias and tag, a
simple field's instruction (a mailto: link), an altChunk HTML part, the attached template path,
a customXml part, app.xml TitlesOfParts and HyperlinkBase, core and custom properties (a number
whose *name* holds the name), document variables.  Run ``python tests/data/make_word_fixture.py``
to rebuild it; the test reads the committed file.
"""

import struct
import zipfile
import zlib
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
PIC = 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


CONTENT_TYPES = DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Default Extension="htm" ContentType="application/xhtml+xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>
</Types>"""

PACKAGE_RELS = DECL + f"""<Relationships {REL_NS}>
<Relationship Id="rId3" Type="{RT}/extended-properties" Target="docProps/app.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId4" Type="{RT}/custom-properties" Target="docProps/custom.xml"/>
</Relationships>"""

DOCUMENT = DECL + f"""<w:document {W} {R} {WP} {A} {PIC}><w:body>
<w:p><w:r><w:t xml:space="preserve">Interview notes. We met Anton By</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>kov</w:t></w:r><w:r><w:t xml:space="preserve"> in Rossosh; he served in military unit 40512.</w:t></w:r></w:p>
<w:p><w:bookmarkStart w:id="0" w:name="Bykov_quote"/><w:r><w:t>He said the convoy left at night.</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>
<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="anton_bykov.png" descr="Anton Bykov at the gate of unit 40512" title="Bykov portrait"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="anton_bykov.png" descr="Anton Bykov"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId5"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
<w:sdt><w:sdtPr><w:alias w:val="Source: Anton Bykov"/><w:tag w:val="bykov-anton"/><w:id w:val="-1"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>The interviewee asked to stay anonymous.</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p><w:r><w:t xml:space="preserve">Contact: </w:t></w:r><w:fldSimple w:instr=" HYPERLINK &quot;mailto:anton.bykov@proton.me&quot; "><w:r><w:t>write to him</w:t></w:r></w:fldSimple></w:p>
<w:altChunk r:id="rId8"/>
<w:p><w:r><w:t>End of notes.</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>"""

DOCUMENT_RELS = DECL + f"""<Relationships {REL_NS}>
<Relationship Id="rId1" Type="{RT}/settings" Target="settings.xml"/>
<Relationship Id="rId5" Type="{RT}/image" Target="media/anton_bykov.png"/>
<Relationship Id="rId8" Type="{RT}/aFChunk" Target="afchunk.htm"/>
<Relationship Id="rId9" Type="{RT}/customXml" Target="../customXml/item1.xml"/>
</Relationships>"""

SETTINGS = DECL + f"""<w:settings {W} {R}><w:zoom w:percent="100"/><w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="720"/><w:docVars><w:docVar w:name="SourceName" w:val="Anton Bykov"/></w:docVars></w:settings>"""

SETTINGS_RELS = DECL + f"""<Relationships {REL_NS}>
<Relationship Id="rId1" Type="{RT}/attachedTemplate" Target="file:///C:/Users/marta.kvitchenko/Documents/Bykov%20interview.dotm" TargetMode="External"/>
</Relationships>"""

ALTCHUNK = "<html><body><p>Anton Bykov, unit 40512, Rossosh</p></body></html>"

CUSTOM_XML = DECL + "<source><name>Anton Bykov</name><unit>40512</unit></source>"
CUSTOM_XML_RELS = DECL + f"""<Relationships {REL_NS}>
<Relationship Id="rId1" Type="{RT}/customXmlProps" Target="itemProps1.xml"/>
</Relationships>"""
ITEM_PROPS = DECL + """<ds:datastoreItem ds:itemID="{6B3A1D2E-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>"""

CORE = DECL + """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Anton Bykov interview</dc:title><dc:creator>Marta Kvitchenko</dc:creator><cp:lastModifiedBy>Marta Kvitchenko</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T10:00:00Z</dcterms:created></cp:coreProperties>"""

APP = DECL + """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Bykov interview.dotm</Template><TotalTime>12</TotalTime><Application>Microsoft Office Word</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Anton Bykov interview</vt:lpstr></vt:vector></TitlesOfParts><Company>Rossosh Herald</Company><HyperlinkBase>https://example.org/bykov/</HyperlinkBase><AppVersion>16.0000</AppVersion></Properties>"""

CUSTOM = DECL + """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Unit"><vt:i4>40512</vt:i4></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Anton Bykov approved"><vt:bool>true</vt:bool></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Source"><vt:lpwstr>Anton Bykov</vt:lpwstr></property></Properties>"""

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    "word/document.xml": DOCUMENT,
    "word/_rels/document.xml.rels": DOCUMENT_RELS,
    "word/settings.xml": SETTINGS,
    "word/_rels/settings.xml.rels": SETTINGS_RELS,
    "word/afchunk.htm": ALTCHUNK,
    "customXml/item1.xml": CUSTOM_XML,
    "customXml/_rels/item1.xml.rels": CUSTOM_XML_RELS,
    "customXml/itemProps1.xml": ITEM_PROPS,
    "docProps/core.xml": CORE,
    "docProps/app.xml": APP,
    "docProps/custom.xml": CUSTOM,
}


def build(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text.encode("utf-8"),
                             zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo("word/media/anton_bykov.png", (1980, 1, 1, 0, 0, 0)), png())


if __name__ == "__main__":
    build(Path(__file__).parent / "leaks" / "word.docx")
