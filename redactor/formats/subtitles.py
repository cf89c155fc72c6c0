"""SubRip (.srt) and WebVTT (.vtt) subtitles: each cue's text is a piece of the file's own text.

The libraries (``srt``, ``webvtt-py``) parse and validate the file; this module then locates every
cue's text in the raw decoded text.  Detection sees a cue as a reader does: styling and timing
tags are invisible (``Piece.offsets`` maps back to the file) and a line break is a space, so
"unit <i>40512</i>" and a number over two lines of one cue are found.  The writer changes only the
edited spans: cue numbers, timings, styling tags, line endings, byte-order mark and encoding come
back byte for byte, and an edit that covers a styling tag is split around it so the tag survives.
Structure lines are read too: text after the timings on a SubRip timing line, WebVTT cue
identifiers; class names ("<c.bykov>", "::cue(.bykov)") are renamed by the writer.  A WebVTT voice tag's name (``<v Name>``) is a piece of its own
whose part ends in "speaker".  Pieces are joined with a space, so a detail split across two cues
is still found.  Text outside cues that anyone holding the file can read is scanned too,
as pieces of its own: the WebVTT header line, NOTE comments, STYLE sheets (they can name a voice)
and a stray block left after a blank line; REGION blocks are structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import srt
import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError
from webvtt.models import Caption
from webvtt.vtt import WebVTTCueBlock, WebVTTRegionBlock, WebVTTStyleBlock

from redactor.errors import ExitCode, RedactorError
from redactor.formats.base import TextEncoding, apply_edits, decode_text, encode_text, visible_piece
from redactor.lexicon.frequency import zipf_frequency
from redactor.model import Document, Edit, Piece

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Styling inside cue text: HTML-like tags (<i>, </v>, <c.red>, <00:01.000>) and SSA overrides
# ({\an8}) that many SubRip files carry.
_MARKUP = re.compile(r"<[^<>\r\n]*>|\{\\[^{}\r\n]*\}")
# A class selector in a WebVTT style sheet ("::cue(.bykov)"): structure, hidden from detection
# and renamed by the writer.
_STYLE_CLASS = r"(?<=[(\s,])\.[A-Za-z_][\w-]*"
# Class names on cue tags ("<c.yellow.bykov>") and in style sheets are renamed "cN", so a class
# cannot carry a name into the output; the colour classes every player knows and everyday
# English words ("loud", "whisper") keep their names.
_TAG_CLASSES = re.compile(r"<([a-z]+)((?:\.[^\s.<>]+)+)")
_STYLE_BLOCK = re.compile(r"^STYLE[ \t]*(?:\r\n|\r|\n)(?:.+(?:\r\n|\r|\n|$))*", re.M)
_STYLE_CLASS_NAME = re.compile(_STYLE_CLASS)
# A metadata line of the WebVTT header ("Kind: captions", "X-TIMESTAMP-MAP=LOCAL:..."); only the
# keys players and caption tools write, so any other "Word: ..." line is scanned whole (a name
# before a colon stays a finding).
_HEADER_KEY = re.compile(r"(Kind|Language|Region|Style|X-TIMESTAMP-MAP)[ \t]*[:=][ \t]*", re.I)
_EVERYDAY_WORD_ZIPF = 3.5
_KNOWN_CLASSES = frozenset(
    c for colour in "white lime cyan red yellow magenta blue black".split() for c in (colour, "bg_" + colour)
)


@dataclass(frozen=True)
class _Region:
    """A span of ``Document.text`` whose lines must stay non-empty (a cue's text, a NOTE).

    ``line_start`` says whether ``start`` is the start of a line: only then may a line that an
    edit empties be dropped, because an empty line would end the cue block early.
    """

    start: int
    end: int
    line_start: bool


@dataclass(frozen=True)
class _SubtitlePayload:
    """What the writer needs: how to encode, and which region each piece lies in."""

    encoding: TextEncoding
    regions: tuple[_Region, ...]
    piece_regions: tuple[int, ...]  # index into ``regions`` for each piece


class _Collector:
    """Gathers pieces, and the regions they lie in, while a reader walks the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[Piece] = []
        self.regions: list[_Region] = []
        self.piece_regions: list[int] = []

    def region(self, start: int, end: int) -> None:
        """Open a region; the pieces added next lie in it."""
        line_start = start == 0 or self.text[start - 1] in "\r\n"
        self.regions.append(_Region(start, end, line_start))

    def piece(self, start: int, end: int, part: str, hide: str | None = None) -> None:
        """A piece of ``text[start:end]``; ``hide`` (styling tags) is invisible to detection and
        a line break is a space, so "unit <i>40512</i>" and a number over two lines are found."""
        if self.text[start:end].strip():
            piece = visible_piece(self.text, start, end, part, hide=hide, newlines=hide is not None)
            if piece.text.strip():
                self.pieces.append(piece)
                self.piece_regions.append(len(self.regions) - 1)

    def document(self, path: Path, name: str, encoding: TextEncoding) -> Document:
        return Document(
            path=path,
            format=name,
            text=self.text,
            pieces=tuple(self.pieces),
            joiner=" ",
            payload=_SubtitlePayload(encoding, tuple(self.regions), tuple(self.piece_regions)),
        )


def _line_number(text: str, offset: int) -> int:
    return len(_LINE_BREAK.findall(text, 0, offset)) + 1


def _drop_emptied_lines(text: str, keep_first: bool) -> str:
    """Remove lines an edit left empty (with one line break each), so a cue block stays whole."""
    parts = _LINE_BREAK.split(text)
    breaks = _LINE_BREAK.findall(text) + [""]
    kept = [
        (line, brk)
        for i, (line, brk) in enumerate(zip(parts, breaks))
        if line or (keep_first and i == 0)
    ]
    if not kept:
        return ""
    return "".join(line + brk for line, brk in kept[:-1]) + kept[-1][0]


def _keep_markup(text: str, edit: Edit) -> list[Edit]:
    """Split an edit around the styling tags it touches, so no tag is cut or lost.

    The replacement goes into the first stretch of plain text the edit covers.  An edit that
    lies wholly inside a tag is kept as it is: redacting wins over styling.
    """
    tags = [
        m.span() for m in _MARKUP.finditer(text) if m.start() < edit.end and m.end() > edit.start
    ]
    if not tags:
        return [edit]
    parts: list[Edit] = []
    pos = edit.start
    for tag_start, tag_end in tags:
        if tag_start > pos:
            parts.append(Edit(pos, tag_start, "" if parts else edit.text))
        pos = max(pos, tag_end)
    if pos < edit.end:
        parts.append(Edit(pos, edit.end, "" if parts else edit.text))
    return parts or [edit]


def _write_regions(doc: Document, edits: Sequence[Sequence[Edit]]) -> str:
    """Apply piece edits region by region; lines emptied by an edit are dropped."""
    payload: _SubtitlePayload = doc.payload
    if len(edits) != len(doc.pieces):
        raise ValueError("one list of edits per piece expected")
    per_region: dict[int, list[Edit]] = {}
    for piece, region_index, piece_edits in zip(doc.pieces, payload.piece_regions, edits):
        region = payload.regions[region_index]
        region_text = doc.text[region.start:region.end]
        for edit in piece_edits:
            if not 0 <= edit.start <= edit.end <= len(piece.text):
                raise ValueError(f"edit outside piece ({piece.part})")
            local = Edit(piece.source_offset(edit.start) - region.start,
                         piece.source_offset(edit.end) - region.start, edit.text)
            # A voice name sits inside its <v ...> tag: only cue text is kept clear of tags.
            split = [local] if piece.part.endswith("speaker") else _keep_markup(region_text, local)
            per_region.setdefault(region_index, []).extend(split)
    file_edits = []
    for region_index, region_edits in per_region.items():
        region = payload.regions[region_index]
        old = doc.text[region.start:region.end]
        new = apply_edits(old, region_edits)
        if new != old:
            new = _drop_emptied_lines(new, keep_first=not region.line_start)
            file_edits.append(Edit(region.start, region.end, new))
    return apply_edits(doc.text, file_edits)


class SrtFormat:
    """SubRip: one piece per cue ("cue N", N counting cues from 1 in file order)."""

    name = "srt"
    suffixes = (".srt",)

    def read(self, path: Path, data: bytes) -> Document:
        text, encoding = decode_text(data, str(path))
        subtitles = _parse_srt(text, str(path))
        # The library's own cue pattern gives the span of each cue's content in the raw text;
        # matching it against the parsed cues makes sure both saw the same cues.
        matches: list[re.Match[str]] = list(srt.SRT_REGEX.finditer(text))  # srt is untyped
        if len(matches) != len(subtitles) or any(
            text[m.start(5):m.end(5)].replace("\r\n", "\n") != sub.content
            for m, sub in zip(matches, subtitles)
        ):
            raise RedactorError(
                f"{path}: SubRip cues could not be located in the text", ExitCode.UNREADABLE
            )
        collector = _Collector(text)
        for number, match in enumerate(matches, start=1):
            if match.group(4).strip():
                # Text after the timings (positions, or anything a tool put there) is read too.
                collector.region(*match.span(4))
                collector.piece(*match.span(4), f"cue {number} timing line")
            collector.region(*match.span(5))
            collector.piece(*match.span(5), f"cue {number}", hide=_MARKUP.pattern)
        return collector.document(path, self.name, encoding)

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes:
        text = _write_regions(doc, edits)
        before = _parse_srt(doc.text, str(doc.path))
        after = _parse_srt(text, str(doc.path))
        if [(s.index, s.start, s.end) for s in before] != [
            (s.index, s.start, s.end) for s in after
        ]:
            raise RedactorError(
                f"{doc.path}: the redacted subtitles would not keep their cues; not written",
                ExitCode.UNREADABLE,
            )
        return encode_text(text, doc.payload.encoding)


def _parse_srt(text: str, where: str) -> list[srt.Subtitle]:
    try:
        return list(srt.parse(text))
    except srt.SRTParseError as exc:
        line = _line_number(text, exc.expected_start)
        raise RedactorError(
            f"{where}: not a valid SubRip file (unexpected text at line {line})",
            ExitCode.UNREADABLE,
        ) from None
    except (srt.TimestampParseError, ValueError):
        raise RedactorError(
            f"{where}: not a valid SubRip file (bad timestamp)", ExitCode.UNREADABLE
        ) from None


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _split_into_blocks(text: str) -> list[list[_Line]]:
    """Group non-empty lines into blocks the way WebVTT does, keeping their offsets.

    A block ends at an empty line; a line holding "-->" that cannot be the timings line of the
    current block (it is not its first line, nor the second after an identifier) starts a new one.
    This mirrors webvtt-py's reader, so the blocks found here are the ones it parsed.
    """
    blocks: list[list[_Line]] = []
    block: list[_Line] = []
    in_header = True
    pos = 0
    while pos < len(text):
        match = _LINE_BREAK.search(text, pos)
        end = match.start() if match else len(text)
        line = _Line(pos, end, text[pos:end])
        pos = match.end() if match else len(text)
        starts_new = bool(
            block
            and "-->" in line.text
            and (in_header or len(block) > 1 or "-->" in block[0].text)
        )
        if not line.text or starts_new:
            if block:
                blocks.append(block)
                block = []
                in_header = False
        if line.text:
            block.append(line)
    if block:
        blocks.append(block)
    return blocks


class VttFormat:
    """WebVTT: cue text "cue N", voice names "cue N speaker"; also "header", "note N", "style N"."""

    name = "vtt"
    suffixes = (".vtt",)

    def read(self, path: Path, data: bytes) -> Document:
        text, encoding = decode_text(data, str(path))
        captions = _parse_vtt(text, str(path))
        blocks = _split_into_blocks(text)
        collector = _Collector(text)
        cue_number = note_number = style_number = 0
        for block_index, block in enumerate(blocks):
            lines = [line.text for line in block]
            block_end = block[-1].end
            if block_index == 0:
                # The header: text after "WEBVTT" on the first line and metadata lines below it.
                start = block[0].start + len("WEBVTT")
                if text[start:start + 1] in (" ", "\t"):
                    start += 1
                collector.region(start, block_end)
                _collect_header(collector, start, block)
            elif WebVTTCueBlock.is_valid(lines):
                timing = 0 if re.match(WebVTTCueBlock.CUE_TIMINGS_PATTERN, lines[0]) else 1
                payload_lines = lines[timing + 1:]
                if cue_number >= len(captions) or captions[cue_number].lines != payload_lines:
                    # webvtt-py drops a cue it cannot read; its text would be left unscanned.
                    line = _line_number(text, block[0].start)
                    raise RedactorError(
                        f"{path}: malformed WebVTT cue at line {line}", ExitCode.UNREADABLE
                    )
                cue_number += 1
                if timing:
                    # A cue identifier is shown by no player but read by anyone with the file.
                    collector.region(block[0].start, block[0].end)
                    collector.piece(block[0].start, block[0].end, f"cue {cue_number} identifier")
                if payload_lines:
                    _collect_cue(collector, block[timing + 1].start, block_end, cue_number)
            elif lines[0].startswith("NOTE"):
                note_number += 1
                start = block[0].start + len("NOTE")
                while start < block_end and text[start] in " \t":
                    start += 1
                collector.region(start, block_end)
                collector.piece(start, block_end, f"note {note_number}")
            elif WebVTTStyleBlock.is_valid(lines):
                # A style sheet can select a voice by name (::cue(v[voice="..."])).
                style_number += 1
                collector.region(block[1].start, block_end)
                collector.piece(block[1].start, block_end, f"style {style_number}", hide=_STYLE_CLASS)
            elif WebVTTRegionBlock.is_valid(lines):
                continue
            elif any("-->" in line for line in lines):
                line = _line_number(text, block[0].start)
                raise RedactorError(
                    f"{path}: malformed WebVTT cue at line {line}", ExitCode.UNREADABLE
                )
            else:
                # Text that no player shows (often a cue split by a blank line) is still in the
                # file, so it is scanned like cue text.
                line = _line_number(text, block[0].start)
                collector.region(block[0].start, block_end)
                collector.piece(block[0].start, block_end, f"text at line {line}")
        if cue_number != len(captions):
            raise RedactorError(
                f"{path}: WebVTT cues could not be located in the text", ExitCode.UNREADABLE
            )
        return collector.document(path, self.name, encoding)

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes:
        text = _rename_classes(_write_regions(doc, edits))
        before = _parse_vtt(doc.text, str(doc.path))
        after = _parse_vtt(text, str(doc.path))
        if [(c.start, c.end) for c in before] != [(c.start, c.end) for c in after]:
            raise RedactorError(
                f"{doc.path}: the redacted subtitles would not keep their cues; not written",
                ExitCode.UNREADABLE,
            )
        return encode_text(text, doc.payload.encoding)


def _rename_classes(text: str) -> str:
    """Every class name on a cue tag or in a style sheet as "cN", the same name for the same
    class throughout; the colour classes players know keep their names."""
    names: dict[str, str] = {}

    def rename(name: str) -> str:
        if name in _KNOWN_CLASSES or zipf_frequency(name, "en") >= _EVERYDAY_WORD_ZIPF:
            return name
        return names.setdefault(name, f"c{len(names) + 1}")

    def on_tag(match: re.Match) -> str:
        classes = match.group(2).split(".")[1:]
        return f"<{match.group(1)}" + "".join("." + rename(c) for c in classes)

    def on_style(block: re.Match) -> str:
        return _STYLE_CLASS_NAME.sub(lambda m: "." + rename(m.group()[1:]), block.group())

    return _STYLE_BLOCK.sub(on_style, _TAG_CLASSES.sub(on_tag, text))


def _collect_header(collector: _Collector, start: int, block: list[_Line]) -> None:
    """The header's text after "WEBVTT", and each metadata line below it.  A metadata key
    ("Kind: captions", "Language: en") is structure, never a speaker's label; only its value is
    scanned, as a piece of its own."""
    collector.piece(start, block[0].end, "header")
    for line in block[1:]:
        key = _HEADER_KEY.match(line.text)
        value_start = line.start + (key.end() if key else 0)
        collector.piece(value_start, line.end, f"header {key.group(1)}" if key else "header")


def _collect_cue(collector: _Collector, start: int, end: int, number: int) -> None:
    """A cue's text, split around voice tags: each voice name is a speaker piece of its own."""
    collector.region(start, end)
    pos = start
    for tag in Caption.VOICE_SPAN_PATTERN.finditer(collector.text, start, end):
        collector.piece(pos, tag.start(), f"cue {number}", hide=_MARKUP.pattern)
        name_start = tag.start(1)
        name_end = name_start + len(tag.group(1).rstrip())
        collector.piece(name_start, name_end, f"cue {number} speaker")
        pos = tag.end()
    collector.piece(pos, end, f"cue {number}", hide=_MARKUP.pattern)


def _parse_vtt(text: str, where: str) -> list[Caption]:
    try:
        return list(webvtt.from_string(text).captions)
    except MalformedFileError:
        raise RedactorError(
            f"{where}: not a WebVTT file (it must start with WEBVTT)", ExitCode.UNREADABLE
        ) from None
    except (MalformedCaptionError, ValueError):
        raise RedactorError(
            f"{where}: not a valid WebVTT file (bad cue timing)", ExitCode.UNREADABLE
        ) from None
