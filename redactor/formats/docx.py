"""Word (.docx): paragraphs, table cells, headers, footers, notes and comments as pieces.

Every place Word keeps text a reader can see becomes a piece: body paragraphs, table cells
(nested tables too), text boxes, headers and footers of every section, footnotes, endnotes,
comments, and the web or mail address behind a hyperlink.  A piece's text is read from the runs'
text nodes in document order (including hyperlinks, fields, tracked insertions and deletions and
content controls), so text the file stores but Word does not show is scanned too.
``Document.text`` is the pieces joined with newlines.  The writer reopens the original bytes and
changes only the text nodes an edit covers, so each run keeps its formatting; it also clears the
metadata that names people or shows the original and reports which fields it cleared, never
their values.

Attributes a reader can see are pieces too, redacted like text: image alt text and title
(``wp:docPr``/``pic:cNvPr`` ``descr`` and ``title``), a simple field's instruction
(``w:fldSimple w:instr``, e.g. a mailto: link), a content control's title and tag
(``w:alias``/``w:tag``).  Cleared or dropped, always (``scrub_package``): core properties that
hold text; comment and revision authors; the people list; app.xml Company, Manager, Template,
HyperlinkBase and the TitlesOfParts names; custom properties (the whole part: a property's
*name* can hold the detail, its value need not be a string); the thumbnail; image names
(``name`` attributes become "Picture N", media parts are renamed imageN); bookmark names
(become "_BookmarkN"); document variables (``w:docVars``); the attached template; altChunk
imports (HTML/RTF parts pasted in whole); customXml data parts; external relationships other
than hyperlinks; and every part whose relationship type is not on ``_KEPT_RELATIONSHIPS``
(charts, SmartArt, embedded objects, glossary...): an unknown part is dropped, not copied.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from redactor.errors import ExitCode, RedactorError
from redactor.formats.base import apply_edits
from redactor.model import Document, Edit, Piece

_P = qn("w:p")
_TBL = qn("w:tbl")
_TR = qn("w:tr")
_TC = qn("w:tc")
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")
_CUSTOM_XML = qn("w:customXml")
_R = qn("w:r")
_P_PR = qn("w:pPr")
_TXBX = qn("w:txbxContent")
_HYPERLINK = qn("w:hyperlink")
_R_ID = qn("r:id")
_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Elements of a run that hold editable text; deleted text and field codes are stored in the file
# even though Word does not show them, so they are scanned as well.
_TEXT_NODES = frozenset({qn("w:t"), qn("w:delText"), qn("w:instrText")})
# Elements that stand for one character, as python-docx reads them.
_CHAR_NODES = {
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
}
_BR = qn("w:br")
_INSTR_TEXT = qn("w:instrText")
_DELETIONS = frozenset({qn("w:del"), qn("w:moveFrom")})
_SKIPPED = frozenset({qn("w:pPr"), qn("w:rPr"), _TXBX})

_NOTE_SKIP_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_HEADER_KINDS = {"default": "", "first": "first-page ", "even": "even-page "}

# Core properties that can name or describe a person or the story; cleared when they hold text.
_CORE_TEXT_FIELDS = (
    "author",
    "last_modified_by",
    "comments",
    "title",
    "subject",
    "keywords",
    "category",
    "identifier",
    "content_status",
)
# Core properties holding the document's dates, removed (every core property is optional).
_CORE_DATES = (
    (qn("dcterms:created"), "created"),
    (qn("dcterms:modified"), "modified"),
    (qn("cp:lastPrinted"), "last_printed"),
)
_PEOPLE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"
_EXTENDED_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_CUSTOM_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_VT_STRINGS = frozenset(
    "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}" + t
    for t in ("lpwstr", "lpstr", "bstr")
)


@dataclass
class _Atom:
    """One stretch of a piece's text: a text node, a one-character node, or a paragraph break."""

    kind: str  # "text" | "char" | "break"
    element: Any
    text: str


@dataclass
class _Source:
    """Where a piece's text lives: text atoms, or the address of a hyperlink."""

    part_name: str
    atoms: list[_Atom] = field(default_factory=list)
    link: tuple[Part, Any] | None = None  # (part holding the relationship, w:hyperlink)
    link_target: str = ""
    attribute: tuple[Any, str] | None = None  # (element, attribute name) for alt text and the like

    @property
    def text(self) -> str:
        if self.attribute is not None:
            element, name = self.attribute
            return element.get(name, "")
        return self.link_target if self.link else "".join(a.text for a in self.atoms)


@dataclass
class _Extraction:
    where: str  # the file, for error messages
    sources: list[_Source] = field(default_factory=list)
    # Parts python-docx keeps as bytes (footnotes, endnotes, people, app and custom properties):
    # parsed here, serialised back after editing.
    loose_parts: list[tuple[Part, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class _DocxPayload:
    data: bytes


class DocxFormat:
    """Word documents; part names such as "paragraph 12", "table 1 row 2 cell 3", "comment 1"."""

    name = "docx"
    suffixes = (".docx",)

    def read(self, path: Path, data: bytes) -> Document:
        document = _open(data, str(path))
        extraction = _extract(document, str(path))
        cleared = _clear_metadata(document, extraction)
        pieces: list[Piece] = []
        texts: list[str] = []
        offset = 0
        for source in extraction.sources:
            text = source.text
            if not text.strip():
                continue
            pieces.append(Piece(text=text, start=offset, part=source.part_name))
            texts.append(text)
            offset += len(text) + 1
        return Document(
            path=path,
            format=self.name,
            text="\n".join(texts),
            pieces=tuple(pieces),
            joiner="\n",
            payload=_DocxPayload(data),
            cleared_metadata=cleared,
        )

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes:
        # Work on a fresh copy of the original, so the Document stays as read and a second
        # write gives the same result.
        where = str(doc.path)
        document = _open(doc.payload.data, where)
        extraction = _extract(document, where)
        sources = [s for s in extraction.sources if s.text.strip()]
        if [s.text for s in sources] != [p.text for p in doc.pieces] or len(edits) != len(sources):
            raise ValueError("edits do not match the pieces of this document")
        replaced_links: list[tuple[Part, str]] = []
        for source, piece_edits in zip(sources, edits):
            if not piece_edits:
                continue
            if source.attribute is not None:
                element, name = source.attribute
                element.set(name, apply_edits(source.text, piece_edits))
            elif source.link is not None:
                part, link = source.link
                old_rid = _retarget_link(part, link, source.link_target, piece_edits)
                if old_rid:
                    replaced_links.append((part, old_rid))
            else:
                _edit_atoms(source.atoms, piece_edits)
        _drop_unused_links(replaced_links, extraction)
        _clear_metadata(document, extraction)
        for part, element in extraction.loose_parts:
            # python-docx keeps these parts as plain bytes and offers no setter.
            part._blob = serialize_part_xml(element)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()


# Limits on a Word package, checked from the zip directory before anything is inflated: a
# document of a few hundred KB can otherwise expand to gigabytes (a "zip bomb").
MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_RATIO = 200  # uncompressed / compressed, for members larger than MAX_RATIO_FLOOR
MAX_RATIO_FLOOR = 1024 * 1024


def check_archive_limits(data: bytes, where: str) -> None:
    """Refuse (exit 3) a package whose directory declares too many, too large or too
    compressed members; the sizes are also enforced while reading by ``zipfile``."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # python-docx gives the "not a readable Word document" error
    total = sum(m.file_size for m in members)
    ratio = max((m.file_size / max(m.compress_size, 1) for m in members
                 if m.file_size > MAX_RATIO_FLOOR), default=0)
    if len(members) > MAX_MEMBERS or total > MAX_UNCOMPRESSED or ratio > MAX_RATIO:
        raise RedactorError(
            f"{where}: Word package refused: it would expand past the limits "
            f"({MAX_MEMBERS} parts, {MAX_UNCOMPRESSED // 2**20} MB, {MAX_RATIO}:1 compression)",
            ExitCode.UNREADABLE,
        )


def _open(data: bytes, where: str) -> Any:
    check_archive_limits(data, where)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception:
        # Any failure here means the package is damaged or not a Word document; the library's
        # own message is not shown, it may quote the file's content.
        raise RedactorError(
            f"{where}: not a readable Word document (damaged, encrypted or not a .docx)",
            ExitCode.UNREADABLE,
        ) from None


def _parse_loose(part: Part, where: str) -> Any:
    try:
        return parse_xml(part.blob)
    except Exception:
        raise RedactorError(
            f"{where}: damaged Word document (part {part.partname} is not valid XML)",
            ExitCode.UNREADABLE,
        ) from None


def _part_element(part: Part, extraction: _Extraction) -> Any:
    if isinstance(part, XmlPart):
        return part.element
    for known, element in extraction.loose_parts:
        if known is part:
            return element
    element = _parse_loose(part, extraction.where)
    extraction.loose_parts.append((part, element))
    return element


def _parts_of_type(document: Any, content_type: str) -> list[Part]:
    return [p for p in document.part.package.iter_parts() if p.content_type == content_type]


def _extract(document: Any, where: str) -> _Extraction:
    extraction = _Extraction(where)
    out = extraction.sources
    main = document.part
    body = document.element.body

    paragraph_number = table_number = 0
    for block in _blocks(body):
        if block.tag == _P:
            paragraph_number += 1
            _add_paragraphs(out, [block], f"paragraph {paragraph_number}", main)
        else:
            table_number += 1
            _add_table(out, block, f"table {table_number}", main)

    seen: set[int] = set()
    # Sections end at a paragraph's properties or at the end of the body; a w:sectPr inside a
    # w:sectPrChange is an old version of one, not a section of its own.
    sections = [s for s in body.iter(qn("w:sectPr")) if s.getparent().tag in (body.tag, _P_PR)]
    for section, sect_pr in enumerate(sections, start=1):
        for kind in ("header", "footer"):
            for ref in sect_pr.findall(qn(f"w:{kind}Reference")):
                part = main.related_parts.get(ref.get(_R_ID))
                if part is None or id(part) in seen:
                    continue
                seen.add(id(part))
                label = _HEADER_KINDS.get(ref.get(qn("w:type"), "default"), "")
                _add_container(out, part.element, f"{label}{kind} (section {section})", part)

    for content_type, tag, label in (
        (CT.WML_FOOTNOTES, qn("w:footnote"), "footnote"),
        (CT.WML_ENDNOTES, qn("w:endnote"), "endnote"),
    ):
        for part in _parts_of_type(document, content_type):
            root = _part_element(part, extraction)
            number = 0
            for note in root.findall(tag):
                if note.get(qn("w:type")) in _NOTE_SKIP_TYPES:
                    continue
                number += 1
                _add_container(out, note, f"{label} {number}", part)

    for part in _parts_of_type(document, CT.WML_COMMENTS):
        root = _part_element(part, extraction)
        for number, comment in enumerate(root.findall(qn("w:comment")), start=1):
            _add_container(out, comment, f"comment {number}", part)
    _add_attributes(out, document, extraction)
    return extraction


# Attributes that hold text a reader can see (alt text, a field's target, a control's title):
# (element, attribute, part name).
_SHOWN_ATTRIBUTES = (
    ("wp:docPr", "descr", "image {n} alt text"),
    ("wp:docPr", "title", "image {n} title"),
    ("pic:cNvPr", "descr", "picture {n} alt text"),
    ("pic:cNvPr", "title", "picture {n} title"),
    ("w:fldSimple", "w:instr", "field {n} instruction"),
    ("w:alias", "w:val", "content control {n} title"),
    ("w:tag", "w:val", "content control {n} tag"),
)


def _story_parts(document: Any) -> list[Part]:
    return [document.part] + [
        p for p in document.part.package.iter_parts()
        if p.content_type in (CT.WML_HEADER, CT.WML_FOOTER, CT.WML_FOOTNOTES,
                              CT.WML_ENDNOTES, CT.WML_COMMENTS)
    ]


def _add_attributes(out: list[_Source], document: Any, extraction: _Extraction) -> None:
    for tag, attribute, label in _SHOWN_ATTRIBUTES:
        name = qn(attribute) if ":" in attribute else attribute
        number = 0
        for part in _story_parts(document):
            for element in _part_element(part, extraction).iter(qn(tag)):
                if element.get(name):
                    number += 1
                    out.append(_Source(label.format(n=number), attribute=(element, name)))


def _blocks(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a container in order, looking inside content controls."""
    for child in container.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)
        elif child.tag == _CUSTOM_XML:
            yield from _blocks(child)


def _children(container: Any, tag: str) -> Iterator[Any]:
    """Rows of a table or cells of a row, looking inside content controls."""
    for child in container.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _children(child, tag)


def _add_table(out: list[_Source], table: Any, name: str, part: Part) -> None:
    for row_number, row in enumerate(_children(table, _TR), start=1):
        for cell_number, cell in enumerate(_children(row, _TC), start=1):
            _add_container(out, cell, f"{name} row {row_number} cell {cell_number}", part)


def _add_container(out: list[_Source], container: Any, name: str, part: Part) -> None:
    """One piece for the container's own paragraphs, then pieces for the tables inside it."""
    paragraphs: list[Any] = []
    tables: list[Any] = []
    for block in _blocks(container):
        (paragraphs if block.tag == _P else tables).append(block)
    _add_paragraphs(out, paragraphs, name, part)
    for number, table in enumerate(tables, start=1):
        _add_table(out, table, f"{name} table {number}", part)


def _owned_by(element: Any, paragraph: Any) -> bool:
    """True when ``paragraph`` is the nearest paragraph around ``element`` (not a text box's)."""
    return next(element.iterancestors(_P), None) is paragraph


def _add_paragraphs(out: list[_Source], paragraphs: list[Any], name: str, part: Part) -> None:
    """One piece for the text Word shows; tracked deletions and field codes get pieces of their
    own, so a deleted name is not glued to the words inserted in its place."""
    source = _Source(name)
    hidden: list[_Source] = []
    counts = {"deleted text": 0, "field code": 0}
    for index, paragraph in enumerate(paragraphs):
        if index:
            source.atoms.append(_Atom("break", None, "\n"))
        previous = ""
        for stream, atom in _atoms(paragraph, deleted=False):
            if stream == "shown":
                source.atoms.append(atom)
            else:
                if stream != previous:
                    counts[stream] += 1
                    hidden.append(_Source(f"{name} {stream} {counts[stream]}"))
                hidden[-1].atoms.append(atom)
            previous = stream
    out.append(source)
    out.extend(hidden)
    box_number = link_number = 0
    for paragraph in paragraphs:
        for box in paragraph.iter(_TXBX):
            if _owned_by(box, paragraph):
                box_number += 1
                _add_container(out, box, f"{name} text box {box_number}", part)
    for paragraph in paragraphs:
        for link in paragraph.iter(_HYPERLINK):
            rel = part.rels.get(link.get(_R_ID, ""))
            if rel is not None and rel.is_external and _owned_by(link, paragraph):
                link_number += 1
                out.append(
                    _Source(f"{name} link {link_number}", link=(part, link),
                            link_target=rel.target_ref)
                )


def _atoms(element: Any, deleted: bool) -> Iterator[tuple[str, _Atom]]:
    """The text atoms under ``element`` in order, each with its stream: "shown", "deleted text"
    (inside a tracked deletion) or "field code"."""
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        stream = "deleted text" if deleted else "shown"
        in_run = element.tag == _R
        if in_run and tag == _INSTR_TEXT:
            yield "field code", _Atom("text", child, child.text or "")
        elif in_run and tag in _TEXT_NODES:
            yield stream, _Atom("text", child, child.text or "")
        elif in_run and tag in _CHAR_NODES:
            yield stream, _Atom("char", child, _CHAR_NODES[tag])
        elif in_run and tag == _BR:
            # Page and column breaks carry no text, as in python-docx.
            if child.get(qn("w:type"), "textWrapping") == "textWrapping":
                yield stream, _Atom("char", child, "\n")
        else:
            yield from _atoms(child, deleted or tag in _DELETIONS)


def _edit_atoms(atoms: list[_Atom], edits: Sequence[Edit]) -> None:
    """Apply piece edits to text nodes: the replacement goes into the first text node the edit
    covers, the covered text leaves the others, and covered tabs and line breaks are removed.
    A paragraph break inside a cell cannot be removed and stays."""
    starts = []
    pos = 0
    for atom in atoms:
        starts.append(pos)
        pos += len(atom.text)
    local: dict[int, list[Edit]] = {}
    removed: set[int] = set()
    for edit in edits:
        placed = not edit.text
        for index, atom in enumerate(atoms):
            lo, hi = starts[index], starts[index] + len(atom.text)
            if not (lo < edit.end and hi > edit.start):
                continue
            if atom.kind == "text":
                local.setdefault(index, []).append(
                    Edit(max(edit.start, lo) - lo, min(edit.end, hi) - lo,
                         "" if placed else edit.text)
                )
                placed = True
            elif atom.kind == "char":
                removed.add(index)
        if not placed:
            host = _insertion_host(atoms, starts, edit.start)
            if host is not None:
                at = min(max(edit.start - starts[host], 0), len(atoms[host].text))
                local.setdefault(host, []).append(Edit(at, at, edit.text))
    for index, atom_edits in local.items():
        element = atoms[index].element
        new = apply_edits(atoms[index].text, atom_edits)
        element.text = new
        if new != new.strip():
            element.set(_XML_SPACE, "preserve")
    for index in removed:
        element = atoms[index].element
        element.getparent().remove(element)


def _insertion_host(atoms: list[_Atom], starts: list[int], at: int) -> int | None:
    """The text node that takes a replacement no text node overlaps: one touching ``at``,
    else the last one before it, else the first one after it."""
    texts = [i for i, a in enumerate(atoms) if a.kind == "text"]
    for i in texts:
        if starts[i] <= at <= starts[i] + len(atoms[i].text):
            return i
    before = [i for i in texts if starts[i] + len(atoms[i].text) <= at]
    if before:
        return before[-1]
    return texts[0] if texts else None


def _retarget_link(part: Part, element: Any, target: str, edits: Sequence[Edit]) -> str:
    """Point the hyperlink at the redacted address; returns the old relationship id if changed."""
    new_target = apply_edits(target, edits)
    if new_target == target:
        return ""
    old_rid = element.get(_R_ID)
    element.set(_R_ID, part.relate_to(new_target, RT.HYPERLINK, is_external=True))
    return old_rid


def _drop_unused_links(replaced: list[tuple[Part, str]], extraction: _Extraction) -> None:
    """Remove relationships no element refers to any more: they still hold the old address."""
    for part, rid in replaced:
        root = _part_element(part, extraction)
        in_use = any(
            value == rid
            for element in root.iter()
            for key, value in element.attrib.items()
            if key.startswith(_R_NS)
        )
        if not in_use and rid in part.rels:
            del part.rels[rid]


def _clear_metadata(document: Any, extraction: _Extraction) -> tuple[str, ...]:
    """Clear what names people outside the text; return the names of the fields cleared."""
    cleared = _clear_core_properties(document)
    cleared += _clear_author_attributes(document, extraction)
    cleared += _clear_people_part(document, extraction)
    cleared += _clear_extended_properties(document, extraction)
    # A thumbnail is a picture of the first page as it was before redaction.
    if _drop_package_relationships(document, RT.THUMBNAIL):
        cleared.append("thumbnail")
    # A custom property's name can hold the detail and its value need not be text: the part goes.
    if _drop_package_relationships(document, RT.CUSTOM_PROPERTIES):
        cleared.append("custom properties")
    cleared += scrub_package(document, extraction)
    return tuple(cleared)


def _clear_core_properties(document: Any) -> list[str]:
    """Empty the free-text core properties (author, title, comments ...)."""
    cleared: list[str] = []
    for part in _parts_of_type(document, CT.OPC_CORE_PROPERTIES):
        # python-docx loads this content type as a CorePropertiesPart (its PartFactory mapping).
        if not isinstance(part, CorePropertiesPart):
            raise TypeError(f"core properties part loaded as {type(part).__name__}")
        properties = part.core_properties
        for name in _CORE_TEXT_FIELDS:
            if getattr(properties, name):
                setattr(properties, name, "")
                cleared.append(name)
        # The dates date the interview, and a year said in it and replaced would stay in them.
        for tag, name in _CORE_DATES:
            for element in part.element.findall(tag):
                part.element.remove(element)
                cleared.append(name)
    return cleared


def _clear_author_attributes(document: Any, extraction: _Extraction) -> list[str]:
    """Empty the author and initials of comments and tracked changes in every story part."""
    author, initials = qn("w:author"), qn("w:initials")
    comment_tag = qn("w:comment")
    comment_authors = revision_authors = False
    for part in _story_parts(document):
        root = _part_element(part, extraction)
        for element in root.iter():
            for attribute in (author, initials):
                if element.get(attribute):
                    element.set(attribute, "")
                    if element.tag == comment_tag:
                        comment_authors = True
                    else:
                        revision_authors = True
    cleared: list[str] = []
    if comment_authors:
        cleared.append("comment authors")
    if revision_authors:
        cleared.append("tracked change authors")
    return cleared


def _clear_people_part(document: Any, extraction: _Extraction) -> list[str]:
    """Remove every person from the people part (the names behind comment authors)."""
    cleared: list[str] = []
    for part in _parts_of_type(document, _PEOPLE_CT):
        root = _part_element(part, extraction)
        people = list(root)
        for person in people:
            root.remove(person)
        if people:
            cleared.append("people")
    return cleared


def _clear_extended_properties(document: Any, extraction: _Extraction) -> list[str]:
    """Empty company, manager, template, hyperlink base and the titles of parts."""
    cleared: list[str] = []
    for part in _parts_of_type(document, CT.OFC_EXTENDED_PROPERTIES):
        root = _part_element(part, extraction)
        for name in ("Company", "Manager", "Template", "HyperlinkBase"):
            if _empty_texts(root.findall(_EXTENDED_NS + name)):
                cleared.append(name.lower())
        # TitlesOfParts repeats the title (and heading texts); the counts beside it stay.
        titles = [e for t in root.findall(_EXTENDED_NS + "TitlesOfParts") for e in t.iter()
                  if e.tag in _VT_STRINGS and (e.text or "").strip()]
        for element in titles:
            element.text = ""
        if titles:
            cleared.append("titles of parts")
    return cleared


def _empty_texts(elements: list[Any]) -> bool:
    """Empty the elements whose text is not a value Word writes for every document; say if any."""
    filled = [e for e in elements if (e.text or "").strip() not in _HARMLESS_APP_VALUES]
    for element in filled:
        element.text = ""
    return bool(filled)


def _drop_package_relationships(document: Any, reltype: str) -> bool:
    """Drop the package's relationships of ``reltype`` (and so their parts); say if any."""
    package_rels = document.part.package.rels
    found = [rid for rid, rel in package_rels.items() if rel.reltype == reltype]
    for rid in found:
        del package_rels[rid]
    return bool(found)


# Relationships whose parts are kept (python-docx saves only the parts reachable by relationship,
# so dropping a relationship drops its part).  Everything else is dropped, not copied.
_KEPT_RELATIONSHIPS = frozenset({
    RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.STYLES, RT.SETTINGS,
    RT.WEB_SETTINGS, RT.FONT_TABLE, RT.THEME, RT.NUMBERING, RT.HEADER, RT.FOOTER, RT.FOOTNOTES,
    RT.ENDNOTES, RT.COMMENTS, RT.IMAGE, RT.HYPERLINK, RT.FONT,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
    "http://schemas.microsoft.com/office/2011/relationships/people",
})
_BOOKMARK_START = qn("w:bookmarkStart")
# Values Word writes for every document: nothing to clear.
_HARMLESS_APP_VALUES = frozenset({"", "Normal", "Normal.dotm", "Normal.dot"})
_DOC_PR = (qn("wp:docPr"), qn("pic:cNvPr"))
_DROPPED_ELEMENTS = (qn("w:altChunk"), qn("w:attachedTemplate"), qn("w:docVars"))


def _scrub_elements(document: Any, extraction: _Extraction) -> list[str]:
    """Image and bookmark names made generic; document variables, the attached template and
    altChunk imports removed from the story and settings parts."""
    done: list[str] = []
    renamed = {"image names": 0, "bookmark names": 0}
    changed: set[str] = set()
    dropped_elements: set[str] = set()
    settings = _parts_of_type(document, CT.WML_SETTINGS)
    for part in _story_parts(document) + settings:
        root = _part_element(part, extraction)
        for element in list(root.iter(*_DOC_PR, _BOOKMARK_START, *_DROPPED_ELEMENTS)):
            if element.tag in _DROPPED_ELEMENTS:
                element.getparent().remove(element)
                dropped_elements.add(etree_localname(element.tag))
                continue
            kind, attribute, generic = (
                ("bookmark names", qn("w:name"), "_Bookmark{n}") if element.tag == _BOOKMARK_START
                else ("image names", "name", "Picture {n}"))
            if element.get(attribute):
                renamed[kind] += 1
                new = generic.format(n=renamed[kind])
                if element.get(attribute) != new:
                    element.set(attribute, new)
                    changed.add(kind)
    done += sorted(changed)
    done += sorted(dropped_elements)
    return done


def scrub_package(document: Any, extraction: _Extraction) -> list[str]:
    """Clear the names and drop the parts listed in the module docstring; returns what was done."""
    done = _scrub_elements(document, extraction)
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype not in _KEPT_RELATIONSHIPS:
            del package.rels[rid]
            done.append(_dropped(rel))
    # Parts reachable from a dropped relationship go with it: only what stays is visited.
    dropping = True
    while dropping:
        dropping = False
        for part in list(package.iter_parts()):
            for rid, rel in list(part.rels.items()):
                if rel.is_external and rel.reltype != RT.HYPERLINK or (
                        not rel.is_external and rel.reltype not in _KEPT_RELATIONSHIPS):
                    del part.rels[rid]
                    done.append(_dropped(rel))
                    dropping = True
            if dropping:
                break
    media = 0
    for part in package.iter_parts():
        if part.partname.startswith("/word/media/"):
            media += 1
            new = PackURI(f"/word/media/image{media}{part.partname.ext and '.' + part.partname.ext}")
            if new != part.partname:
                part.partname = new
                done.append("image file names")
    return sorted(set(done), key=done.index)


def _dropped(rel: Any) -> str:
    kind = rel.reltype.rsplit("/", 1)[-1]
    return f"{kind} link" if rel.is_external else f"{kind} part"


def etree_localname(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
