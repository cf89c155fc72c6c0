"""Transcript JSON (.json): the segment output of speech-to-text tools (Whisper, WhisperX, ...).

The shape is ``{"text"?, "segments": [{"start", "end", "text", "speaker"?, "words"?}], ...}``.
``Document.text`` is the file as decoded; each segment's text and speaker is a piece located at
its JSON string in the file.  A piece holds the decoded string, so where the file has escapes
(``\\"``, ``\\n``, ``\\u00e9``) ``Piece.offsets`` maps every character back to the file.  Any
other string value in the file (a title, an audio file name) is a piece too, so nothing a reader
can see is left unscanned.  The writer re-serialises the JSON in the input's layout: timings are
kept, word entries are made to agree with the redacted segment text, and what merely repeats the
segments (a top-level "text", WhisperX's "word_segments") is rebuilt from the redacted segments
rather than scanned a second time.

Any other JSON (AWS Transcribe's ``results.items``, AssemblyAI's ``words``/``utterances``,
Deepgram's ``channels[].alternatives[]``, Rev's ``monologues[].elements[]``, a tool's own
notes) is read as generic JSON: every string value is a piece ("field <path>") and the writer
puts each redacted string back at its path; keys, numbers and layout stay.  One-word entries
are pieces of their own, joined with a space for detection, so a name split over two word
entries is found and each entry gets its own replacement.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from redactor.errors import ExitCode, NotForUs, RedactorError
from redactor.formats.base import TextEncoding, apply_edits, decode_text, encode_text
from redactor.model import Document, Edit, Piece

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NON_ASCII_ESCAPE = re.compile(r"\\u(?!00[0-7])[0-9a-fA-F]{4}")
_INDENT = re.compile(r"\s*[\[{][ \t]*\r?\n([ \t]+)")
# How tools build the top-level text from the segments: (joiner, strip each segment).
_JOIN_RULES = (("", False), (" ", False), (" ", True), ("\n", False), ("\n", True))
_WORD_SCORES = ("probability", "score", "confidence")

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class _TopTextRule:
    joiner: str
    strip_each: bool
    strip_all: bool

    def build(self, texts: Sequence[str]) -> str:
        joined = self.joiner.join(t.strip() if self.strip_each else t for t in texts)
        return joined.strip() if self.strip_all else joined


@dataclass(frozen=True)
class _Layout:
    indent: int | str | None
    separators: tuple[str, str]
    ensure_ascii: bool
    newline: str
    final_newline: bool


@dataclass(frozen=True)
class _JsonPayload:
    encoding: TextEncoding
    layout: _Layout
    paths: tuple[JsonPath, ...]  # the JSON path of each piece's string
    top_text_rule: _TopTextRule | None
    # WhisperX's "word_segments" repeats every segment's words; rebuilt rather than scanned.
    rebuild_word_segments: bool
    # Segments whose word entries could not be matched to the segment text: their words are
    # pieces of their own instead of following the segment's edits.
    unaligned: frozenset[int]
    # Not a segment transcript: every string is a piece, written back at its path.
    generic: bool = False


class TranscriptJsonFormat:
    """Speech-to-text JSON; parts "segment N", "segment N speaker", "field <path>"."""

    name = "json"
    suffixes = (".json",)

    def read(self, path: Path, data: bytes) -> Document:
        text, encoding = decode_text(data, str(path))
        obj = _load(text, str(path))
        spans = _string_spans(text)
        try:
            segments = _segments(obj, str(path))
        except NotForUs:
            return self._read_generic(path, text, encoding, spans)

        unaligned = frozenset(
            index
            for index, segment in enumerate(segments)
            if _word_texts(segment) and _align_words(segment["text"], _word_texts(segment)) is None
        )
        rule = None
        if isinstance(obj.get("text"), str):
            rule = _top_text_rule(obj["text"], [s["text"] for s in segments])

        word_segments = "word_segments" in obj and obj["word_segments"] == _all_words(segments)

        pieces: list[Piece] = []
        paths: list[JsonPath] = []
        for json_path, (open_quote, close_quote) in sorted(spans.items(), key=lambda kv: kv[1]):
            if word_segments and json_path[0] == "word_segments":
                continue
            part = _part_for(json_path, segments, unaligned, rule is not None)
            if part is None:
                continue
            piece = _piece(text, open_quote, close_quote, part, wraps=_is_segment_text(json_path))
            if piece.text.strip():
                pieces.append(piece)
                paths.append(json_path)
        return Document(
            path=path,
            format=self.name,
            text=text,
            pieces=tuple(pieces),
            joiner=" ",
            payload=_JsonPayload(
                encoding, _layout(text), tuple(paths), rule, word_segments, unaligned
            ),
        )

    def _read_generic(self, path: Path, text: str, encoding: TextEncoding,
                      spans: dict[JsonPath, tuple[int, int]]) -> Document:
        pieces: list[Piece] = []
        paths: list[JsonPath] = []
        for json_path, (open_quote, close_quote) in sorted(spans.items(), key=lambda kv: kv[1]):
            piece = _piece(text, open_quote, close_quote, "field " + ".".join(map(str, json_path)))
            if piece.text.strip():
                pieces.append(piece)
                paths.append(json_path)
        payload = _JsonPayload(encoding, _layout(text), tuple(paths), None, False, frozenset(), generic=True)
        return Document(path=path, format=self.name, text=text, pieces=tuple(pieces), joiner=" ",
                        payload=payload)

    def write(self, doc: Document, edits: Sequence[Sequence[Edit]]) -> bytes:
        payload: _JsonPayload = doc.payload
        if len(edits) != len(doc.pieces):
            raise ValueError("one list of edits per piece expected")
        obj = json.loads(doc.text)
        if payload.generic:
            return encode_text(_dump(_write_generic(obj, payload, doc, edits), payload.layout), payload.encoding)
        segments = obj["segments"]
        old_texts = [s["text"] for s in segments]
        segment_edits: dict[int, Sequence[Edit]] = {}
        speakers: dict[int, tuple[str, str]] = {}
        for json_path, piece, piece_edits in zip(payload.paths, doc.pieces, edits):
            if not piece_edits:
                continue
            new = apply_edits(piece.text, piece_edits)
            match json_path:
                case ("segments", int(i), "text"):
                    segment_edits[i] = piece_edits
                case ("segments", int(i), "speaker"):
                    speakers[i] = (piece.text, new)
            _set_path(obj, json_path, new)

        for i, segment in enumerate(segments):
            words = segment.get("words")
            if i in segment_edits and i not in payload.unaligned and isinstance(words, list):
                segment["words"] = _collapse_words(old_texts[i], words, segment_edits[i])
            if i in speakers and isinstance(segment.get("words"), list):
                # Word speakers equal to the segment's are not pieces: they follow it.
                old, new = speakers[i]
                for word in segment["words"]:
                    if isinstance(word, dict) and word.get("speaker") == old:
                        word["speaker"] = new
        if payload.top_text_rule is not None:
            obj["text"] = payload.top_text_rule.build([s["text"] for s in segments])
        if payload.rebuild_word_segments:
            obj["word_segments"] = _all_words(segments)
        return encode_text(_dump(obj, payload.layout), payload.encoding)


def _write_generic(obj: Any, payload: _JsonPayload, doc: Document, edits: Sequence[Sequence[Edit]]) -> Any:
    """Each redacted string put back at its path (the whole file when it is one string)."""
    for json_path, piece, piece_edits in zip(payload.paths, doc.pieces, edits):
        if piece_edits and not json_path:
            obj = apply_edits(piece.text, piece_edits)
        elif piece_edits:
            _set_path(obj, json_path, apply_edits(piece.text, piece_edits))
    return obj


def _load(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RedactorError(
            f"{where}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
            ExitCode.UNREADABLE,
        ) from None
    except RecursionError:
        raise RedactorError(f"{where}: JSON nested too deeply", ExitCode.UNREADABLE) from None


def _segments(obj: Any, where: str) -> list[dict[str, Any]]:
    # Valid JSON of another shape (a package.json, a tool's config) is not ours: skipped, named.
    if not isinstance(obj, dict):
        raise NotForUs(f"{where}: not a transcript JSON: the top level is not an object")
    segments = obj.get("segments")
    if not isinstance(segments, list):
        raise NotForUs(f"{where}: not a transcript JSON: no 'segments' list")
    for number, segment in enumerate(segments, start=1):
        if not isinstance(segment, dict) or not isinstance(segment.get("text"), str):
            raise RedactorError(
                f"{where}: not a transcript JSON: segment {number} has no 'text' string",
                ExitCode.UNREADABLE,
            )
    return segments


def _string_spans(text: str) -> dict[JsonPath, tuple[int, int]]:
    """The span (opening quote, one past the closing quote) of every string value, by path.

    Runs on text ``json.loads`` has accepted, so it only has to follow the structure; a key
    given twice keeps its last value, as ``json.loads`` does.
    """
    spans: dict[JsonPath, tuple[int, int]] = {}
    scalar = json.JSONDecoder()

    def skip(pos: int) -> int:
        found = _WHITESPACE.match(text, pos)  # the pattern matches the empty string too
        return found.end() if found else pos

    def value(pos: int, path: JsonPath) -> int:
        pos = skip(pos)
        char = text[pos]
        if char == '"':
            _, end = scalar.raw_decode(text, pos)
            spans[path] = (pos, end)
            return end
        if char in "{[":
            closing = "}" if char == "{" else "]"
            pos = skip(pos + 1)
            if text[pos] == closing:
                return pos + 1
            index = 0
            while True:
                if char == "{":
                    key, pos = scalar.raw_decode(text, skip(pos))
                    pos = skip(pos) + 1  # the colon
                    pos = skip(value(pos, path + (key,)))
                else:
                    pos = skip(value(pos, path + (index,)))
                    index += 1
                if text[pos] == closing:
                    return pos + 1
                pos += 1  # the comma
        _, end = scalar.raw_decode(text, pos)
        return end

    value(0, ())
    return spans


def _is_segment_text(path: JsonPath) -> bool:
    """Whether ``path`` is a segment's text: one caption, whose line breaks (``\\n``) only wrap
    it for display, as a subtitle cue's do (``Piece.wraps``)."""
    match path:
        case ("segments", int(), "text"):
            return True
    return False


def _piece(text: str, open_quote: int, close_quote: int, part: str, wraps: bool = False) -> Piece:
    """A piece for the JSON string at ``text[open_quote:close_quote]``, with offsets if escaped."""
    raw_start, raw_end = open_quote + 1, close_quote - 1
    decoded = json.loads(text[open_quote:close_quote])
    if decoded == text[raw_start:raw_end]:
        return Piece(text=decoded, start=raw_start, part=part, wraps=wraps)
    offsets: list[int] = []
    i = raw_start
    while i < raw_end:
        offsets.append(i)
        if text[i] != "\\":
            i += 1
        elif text[i + 1] != "u":
            i += 2
        elif (
            0xD800 <= int(text[i + 2:i + 6], 16) <= 0xDBFF
            and text[i + 6:i + 8] == "\\u"
            and 0xDC00 <= int(text[i + 8:i + 12], 16) <= 0xDFFF
        ):
            i += 12  # a surrogate pair decodes to one character
        else:
            i += 6
    offsets.append(raw_end)
    if len(offsets) != len(decoded) + 1:
        raise ValueError("escape map does not match the decoded string")
    return Piece(text=decoded, start=raw_start, part=part, offsets=tuple(offsets), wraps=wraps)


def _part_for(
    path: JsonPath, segments: list[dict[str, Any]], unaligned: frozenset[int], top_rebuilt: bool
) -> str | None:
    """The part name of the string at ``path``, or None when it is not scanned on its own."""
    match path:
        case ("text",):
            return None if top_rebuilt else "text"
        case ("segments", int(i), "text"):
            return f"segment {i + 1}"
        case ("segments", int(i), "speaker"):
            return f"segment {i + 1} speaker"
        case ("segments", int(i), "words", int(j), "speaker"):
            # A word's speaker follows its segment's speaker; another name is scanned itself.
            if segments[i].get("speaker") == segments[i]["words"][j].get("speaker"):
                return None
            return f"segment {i + 1} word {j + 1} speaker"
        case ("segments", int(i), "words", int(j), str(key)) if key == _word_key(
            segments[i]["words"][j]
        ):
            return f"segment {i + 1} word {j + 1}" if i in unaligned else None
        case ("segments", int(i), *rest):
            return f"segment {i + 1} field {'.'.join(str(p) for p in rest)}"
    return "field " + ".".join(str(p) for p in path)


def _all_words(segments: list[dict[str, Any]]) -> list[Any]:
    return [w for s in segments if isinstance(s.get("words"), list) for w in s["words"]]


def _word_key(word: Any) -> str | None:
    if isinstance(word, dict):
        for key in ("word", "text"):
            if isinstance(word.get(key), str):
                return key
    return None


def _word_texts(segment: dict[str, Any]) -> list[str]:
    words = segment.get("words")
    if not isinstance(words, list):
        return []
    return [w[k] for w in words if (k := _word_key(w)) is not None]


def _align_words(text: str, words: Sequence[str]) -> list[tuple[int, int]] | None:
    """Where each word sits in the segment text, or None when they do not line up.

    Words must appear in order, and only spaces or punctuation may lie between them, so a word
    is never matched to a later occurrence of the same letters.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for word in words:
        core = word.strip()
        if not core:
            spans.append((pos, pos))
            continue
        found = text.find(core, pos)
        if found < 0 or any(c.isalnum() for c in text[pos:found]):
            return None
        spans.append((found, found + len(core)))
        pos = found + len(core)
    return spans


def _collapse_words(text: str, words: list[Any], edits: Sequence[Edit]) -> list[Any]:
    """Words covered by one edited span become one entry: the replacement, first start, last end.

    ``text`` is the segment text before the edits; words outside every edit stay as they were.
    """
    entries = [(i, w) for i, w in enumerate(words) if _word_key(w) is not None]
    spans = _align_words(text, [w[_word_key(w)] for _, w in entries])
    if spans is None:
        raise ValueError("word entries do not line up with the segment text")
    span_of = {index: span for (index, _), span in zip(entries, spans)}
    replaced: dict[int, Any] = {}
    dropped: set[int] = set()
    for group, hits in _group_edited_words(span_of, edits):
        group_edits = [edits[k] for k in sorted(hits)]
        replaced[group[0]] = _collapsed_entry(text, words, group, group_edits, span_of)
        dropped.update(group[1:])
    return [replaced.get(i, w) for i, w in enumerate(words) if i not in dropped]


def _group_edited_words(
    span_of: dict[int, tuple[int, int]], edits: Sequence[Edit]
) -> list[tuple[list[int], set[int]]]:
    """The edited words in runs, each run with the edits it meets: consecutive edited words
    that share an edit are one run."""
    groups: list[tuple[list[int], set[int]]] = []
    for index in sorted(span_of):
        start, end = span_of[index]
        hits = {
            k for k, e in enumerate(edits)
            if (start < e.end and end > e.start) or (start == end == e.start)
        }
        if not hits:
            continue
        if groups and groups[-1][1] & hits:
            groups[-1][0].append(index)
            groups[-1][1].update(hits)
        else:
            groups.append(([index], set(hits)))
    return groups


def _collapsed_entry(
    text: str,
    words: list[Any],
    group: list[int],
    group_edits: list[Edit],
    span_of: dict[int, tuple[int, int]],
) -> dict[str, Any]:
    """One word entry for a run of edited words: the first word's entry holding the edited text
    (with the first word's leading and the last word's trailing spaces), spanning the run."""
    start = min([span_of[group[0]][0]] + [e.start for e in group_edits])
    end = max([span_of[group[-1]][1]] + [e.end for e in group_edits])
    core = apply_edits(
        text[start:end], [Edit(e.start - start, e.end - start, e.text) for e in group_edits]
    )
    first, last = words[group[0]], words[group[-1]]
    first_raw, last_raw = first[_word_key(first)], last[_word_key(last)]
    lead = first_raw[: len(first_raw) - len(first_raw.lstrip())]
    trail = last_raw[len(last_raw.rstrip()):]
    entry = dict(first)
    entry[_word_key(first)] = lead + core + trail
    _merge_timing_and_scores(entry, [words[i] for i in group])
    return entry


def _merge_timing_and_scores(entry: dict[str, Any], members: list[Any]) -> None:
    """The run starts with its first timed word, ends with its last, scores its lowest score."""
    starts = [w["start"] for w in members if "start" in w]
    ends = [w["end"] for w in members if "end" in w]
    if starts:
        entry["start"] = starts[0]
    if ends:
        entry["end"] = ends[-1]
    for key in _WORD_SCORES:
        scores = [w[key] for w in members if isinstance(w.get(key), (int, float))]
        if scores:
            entry[key] = min(scores)


def _top_text_rule(top: str, texts: Sequence[str]) -> _TopTextRule | None:
    for joiner, strip_each in _JOIN_RULES:
        for strip_all in (False, True):
            rule = _TopTextRule(joiner, strip_each, strip_all)
            if rule.build(texts) == top:
                return rule
    return None


def _set_path(obj: Any, path: JsonPath, value: str) -> None:
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value


def _layout(text: str) -> _Layout:
    match = _INDENT.match(text)
    indent: int | str | None = None
    if match:
        found = match.group(1)
        indent = len(found) if set(found) == {" "} else found
    if indent is not None or '": ' in text:
        separators = (",", ": ") if indent is not None else (", ", ": ")
    else:
        separators = (",", ":")
    stripped = text.rstrip(" \t")
    return _Layout(
        indent=indent,
        separators=separators,
        ensure_ascii=text.isascii() and bool(_NON_ASCII_ESCAPE.search(text)),
        newline="\r\n" if "\r\n" in text else "\n",
        final_newline=stripped.endswith("\n"),
    )


def _dump(obj: Any, layout: _Layout) -> str:
    out = json.dumps(
        obj, ensure_ascii=layout.ensure_ascii, indent=layout.indent, separators=layout.separators
    )
    if layout.final_newline:
        out += "\n"
    if layout.newline != "\n":
        out = out.replace("\n", layout.newline)
    return out
