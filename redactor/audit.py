"""The leak audit: read every written output back and prove no replaced or protected value is left.

After a redacted copy is written, ``LeakAudit`` reads it again through a path of its own that
shares nothing with the format writers: text files byte for byte, every part of a Word package
(opened as a zip, not through python-docx: its element text, every attribute, every relationship
target, every part name, and the printable strings of binary parts), every key and string of a
JSON file.  What it reads is folded (HTML/XML entities decoded, zero-width characters and soft
hyphens dropped, markup removed, diacritics and scripts folded to ASCII, case folded, punctuation
runs as one space) and searched with one Aho-Corasick automaton for every value the run replaced
and every form of every source profile and ``always`` entry; a watchlist is searched by its keyed
hashes.  A hit is a ``Leak`` that says where (line, part, attribute, JSON position) and what kind
of value, never the value.  Output *names* (file and folder names) are audited the same way.

What is not searched, so the audit does not fail clean files: a run value shorter than three
letters or digits (or three digits alone: the piece of a number split over two subtitle cues,
which another file may say as a room number; a profile's three digits are searched; a phone's or
an ID's piece said aloud, "six six one", ``a_numbers_piece``), a lone
everyday English word that a detector took for a name ("May", "Will": it may stand unredacted
elsewhere in its ordinary sense), any value that the run itself wrote as (part of) a
replacement, such as a region a place was generalised to,
and (left out by the pipeline, ``redactor.pipeline._audited``) a phrase of everyday words with no
digit that a context rule replaced as a duration, date, role, rank, age or detail ("a month",
"every Friday", "prison officer"): the same words stand elsewhere in other senses ("40,000
rubles a month").  Names, places, numbers and dates with digits are always searched.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import ahocorasick
from anyascii import anyascii

from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.numbers import PIECED_NUMBERS, said_digits, said_figures_only

# Zero-width and invisible characters a writer could hide inside a name ("Ky\u200bvitchenko").
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
                                    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063"
                                    "\u2064\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"))
_INVISIBLE_CHARS = frozenset(map(chr, _INVISIBLE))
# Tags that end a block of text (a paragraph, a cell, a line break) become a space; any other
# tag (a run, a styling tag, a timing tag) is removed, so "Kvit<b>chenko</b>" reads as one word.
_BLOCK_TAG = re.compile(
    r"</?(?:w:p|w:tc|w:tr|w:br|w:cr|w:tab|a:p|a:br|p|div|br|li|td|th|tr|h[1-6])\b[^<>]*>", re.I)
_ANY_TAG = re.compile(r"<[^<>]*>|\{\\[^{}]*\}")
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
_COMMON_WORD_ZIPF = 3.5
_XML_PART = (".xml", ".rels", ".vml", ".htm", ".html", ".mht", ".txt")
_PRINTABLE = re.compile(rb"[\x20-\x7e\x80-\xff]{4,}")
# A subtitle cue's timings ("00:02:07,900 --> 00:02:12,000"), copied from the original: digits a
# format writes, not words of the transcript, so a replaced clock time ("02:07") or a number
# said elsewhere is not looked for in them.  Cue settings after the timings are still searched.
_CUE_TIMINGS = re.compile(r"(?m)^([ \t]*)((?:\d+:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*(?:\d+:)?\d{2}:\d{2}[,.]\d{3})")
_SUBTITLES = (".srt", ".vtt")

PROFILE = "source profile"
REPLACED = "replaced value"
WATCHLIST = "watchlisted name"


@dataclass(frozen=True)
class Leak:
    """One place an output still holds a protected value: where, and what kind; never the value."""

    where: str
    kind: str

    def __str__(self) -> str:
        return f"{self.where}: a {self.kind}"


def fold(text: str, markup: bool = False) -> str:
    """``text`` as the audit searches it, padded with spaces so needles match whole words.

    With ``markup`` the text is taken as markup: tags are removed (block tags become spaces).
    """
    for _ in range(2):  # "&amp;#75;" is "&#75;" once decoded, "K" twice
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    text = text.translate(_INVISIBLE)
    if markup:
        text = _ANY_TAG.sub("", _BLOCK_TAG.sub(" ", text))
    if not text.isascii():
        text = anyascii(text.replace("ь", "").replace("ъ", "").replace("Ь", "").replace("Ъ", ""))
    return " " + _NON_WORD.sub(" ", text.casefold()).strip() + " "


# A run of letters or digits: a word as ``fold`` leaves it between single spaces.
_WORD_RUN = re.compile(r"[^\W_]+")
_DROPPED_SIGNS = frozenset("ьъЬЪ")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold_mapped(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``fold(text)`` of a text without markup or character references, and for each of its
    words the span of ``text`` it was read from: where a value the audit would find in a
    written copy of ``text`` stands in ``text`` (``redactor.refine.values_again``)."""
    plain = text
    origin: list[int] | None = None
    if not text.isascii():
        parts: list[str] = []
        origin = []
        done = 0
        for run in _NOT_ASCII.finditer(text):  # ASCII between as it is, each other character read
            parts.append(text[done:run.start()])
            origin.extend(range(done, run.start()))
            for i in range(run.start(), run.end()):
                read = "" if text[i] in _INVISIBLE_CHARS or text[i] in _DROPPED_SIGNS else anyascii(text[i])
                parts.append(read)
                origin.extend([i] * len(read))
            done = run.end()
        parts.append(text[done:])
        origin.extend(range(done, len(text)))
        plain = "".join(parts)
    words, spans = [], []
    for word in _WORD_RUN.finditer(plain.lower()):
        start, end = word.span()
        words.append(word.group())
        spans.append((start, end) if origin is None else (origin[start], origin[end - 1] + 1))
    return " " + " ".join(words) + " ", spans


def folded_kept(kept: Iterable[str]) -> tuple[str, ...]:
    """The values an editor let stand, folded (``fold``), the longest first: a kept value inside
    a longer one is blanked with it."""
    return tuple(sorted({k for k in (fold(value).strip() for value in kept) if k}, key=len, reverse=True))


def blank_kept(folded: str, kept: Sequence[str]) -> str:
    """``folded`` with each value of ``kept`` (``folded_kept``) that stands in it as whole words
    blanked, same length: what an editor let stand is no leak, and nothing is searched inside it."""
    for value in kept:
        folded = folded.replace(f" {value} ", " " * (len(value) + 2))
    return folded


def worth_searching(folded: str, strict: bool) -> bool:
    """A folded needle long enough not to match by chance (see the module docstring)."""
    core = folded.strip()
    letters = core.replace(" ", "")
    if len(letters) < 3 or (strict and letters.isdigit() and len(letters) <= 3):
        return False  # a run's three digits alone are a fragment, not anybody's number
    if strict and " " not in core and not letters.isdigit() and zipf_frequency(core, "en") >= _COMMON_WORD_ZIPF:
        return False
    return True


# A value of several words is searched for written as one word in a file name from this length.
JOINED_FORM = 6


# The most digits a number's piece says that is no value of its own: "six six one" of a phone
# said in three groups, "forty five" of a case number.
_PIECE_DIGITS = 3


def a_numbers_piece(entity_type: str, value: str) -> bool:
    """Whether ``value`` is a number's piece of three digits or fewer said aloud (figures only):
    like three typed digits, a fragment another file may say as a count, not searched (and so
    not found again in the run, ``redactor.refine.numbers_again``)."""
    core = fold(value).strip()
    return entity_type in PIECED_NUMBERS and said_figures_only(core) and len(said_digits(core)) <= _PIECE_DIGITS


class LeakAudit:
    """One automaton over every needle of a run; ``audit_*`` return the leaks of one output."""

    def __init__(self, replaced: Iterable[str] = (), protected: Iterable[str] = (),
                 replacements: Iterable[str] = (), watchlists: Sequence[Any] = (),
                 kept: Iterable[str] = ()) -> None:
        written = " ".join(fold(r) for r in replacements)
        # What an editor let stand is blanked before the values are searched (an e-mail kept on
        # purpose may hold a name replaced elsewhere; keeping a profiled name is reported as
        # DANGER by the decisions); the watchlist is searched without blanking: no decision
        # can keep a watchlisted name.
        self._kept = folded_kept(kept)
        self._automaton = ahocorasick.Automaton()
        # a value of several words written as one, as file names often are ("zofialipka.txt"):
        # searched in names only
        self._joined = ahocorasick.Automaton()
        count = 0
        for values, kind, strict in ((protected, PROFILE, False), (replaced, REPLACED, True)):
            for value in values:
                needle = fold(value)
                if needle in written or not worth_searching(needle, strict):
                    continue
                if needle not in self._automaton:
                    self._automaton.add_word(needle, kind)
                    count += 1
                joined = needle.strip().replace(" ", "")
                if " " in needle.strip() and len(joined) >= JOINED_FORM:
                    self._joined.add_word(f" {joined} ", kind)
        self._empty = count == 0
        if not self._empty:
            self._automaton.make_automaton()
        if len(self._joined):
            self._joined.make_automaton()
        self._watchlists = tuple(watchlists)

    @classmethod
    def for_run(cls, run: Any, settings: Any = None, recognizers: Sequence[Any] = (),
                kept: Iterable[str] = (), searched: Callable[[Any], bool] = lambda finding: True) -> "LeakAudit":
        """The audit for one run: the values its findings replaced (those ``searched`` accepts),
        the profiles and ``always`` entries of ``settings``, and the watchlists among
        ``recognizers``.  ``kept`` are values an editor's decision let stand (rejected
        findings): where they stand they are not a leak; the watchlist is searched everywhere."""
        findings = [f for r in run.files for f in r.findings]
        return cls.for_values([f.text for f in findings if searched(f)], [f.replacement for f in findings],
                              settings, recognizers, kept)

    @classmethod
    def for_values(cls, replaced: Iterable[str], replacements: Iterable[str], settings: Any = None,
                   recognizers: Sequence[Any] = (), kept: Iterable[str] = ()) -> "LeakAudit":
        """``for_run`` from the run's replaced values and their replacements alone (a run whose
        findings were collected file by file)."""
        from redactor.ci.watchlist import WatchlistRecognizer

        protected: list[str] = []
        if settings is not None:
            protected += list(settings.always)
            for source in settings.sources:
                protected += [*source.names, *source.details]
                protected += [token for name in source.names for token in name.split()
                              if zipf_frequency(fold(token).strip(), "en") < _COMMON_WORD_ZIPF]
        return cls(replaced=replaced, protected=protected, replacements=replacements,
                   watchlists=[r for r in recognizers if isinstance(r, WatchlistRecognizer)], kept=kept)

    # -- searching ---------------------------------------------------------------------------

    def kinds(self, text: str, markup: bool = False, raw: bool = True) -> list[str]:
        """What kinds of protected value ``text`` holds (empty when clean).  With ``markup``
        the text is searched with its tags and without; ``raw=False`` leaves out the former
        (a Word part whose attributes are searched one by one): its text is searched with each
        tag read as a space and as nothing (a word split over two runs)."""
        found: list[str] = []
        variants = ({fold(text), fold(text, markup=True)} if raw
                    else {fold(_ANY_TAG.sub(" ", text)), fold(text, markup=True)}) if markup else {fold(text)}
        for variant in variants:
            if not self._empty:
                found += [kind for _, kind in self._automaton.iter(blank_kept(variant, self._kept))]
            for watch in self._watchlists:
                if next(iter(watch.matches(variant)), None) is not None:
                    found.append(WATCHLIST)
        return sorted(set(found))

    # -- outputs -----------------------------------------------------------------------------

    def audit_name(self, relative: Path | str) -> list[Leak]:
        """Each file or folder name of an output path (relative to the output folder)."""
        leaks = []
        for depth, name in enumerate(Path(relative).parts, start=1):
            stem = name.rsplit(".", 1)[0] if "." in name else name
            joined = [kind for _, kind in self._joined.iter(fold(stem))] if len(self._joined) else []
            for kind in sorted({*self.kinds(stem), *joined}):
                leaks.append(Leak(f"name (path component {depth})", kind))
        return leaks

    def audit_file(self, path: Path) -> list[Leak]:
        return self.audit_bytes(path.name, path.read_bytes())

    def audit_bytes(self, name: str, data: bytes) -> list[Leak]:
        """The leaks in one output's bytes; the kind of file is told by its name's suffix."""
        suffix = Path(name).suffix.lower()
        if suffix in (".docx", ".docm", ".dotx") or data[:2] == b"PK":
            return self._audit_package(data)
        text = data.decode("utf-8-sig", errors="replace")
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            text = data.decode("utf-16", errors="replace")
        if suffix in _SUBTITLES:
            text = _CUE_TIMINGS.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
        leaks = self._audit_text(text, markup=True)
        if suffix == ".json":
            leaks += self._audit_json(text)
        return leaks

    def _audit_text(self, text: str, markup: bool, where: str = "") -> list[Leak]:
        kinds = self.kinds(text, markup)
        if not kinds:
            return []
        lines = text.splitlines() or [text]
        prefix = f"{where} " if where else ""
        return [Leak(f"{prefix}line {_first_line(lines, lambda chunk: kind in self.kinds(chunk, markup))}", kind)
                for kind in kinds]

    def _audit_json(self, text: str) -> list[Leak]:
        try:
            obj = json.loads(text)
        except (ValueError, RecursionError):
            return []
        leaks = []
        for position, value in _json_strings(obj, ()):
            for kind in self.kinds(value, markup=True):
                leaks.append(Leak(f"JSON string at {position}", kind))
        return leaks

    def _audit_package(self, data: bytes) -> list[Leak]:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            members = archive.infolist()
        except (zipfile.BadZipFile, OSError):
            return [Leak("package (not a readable zip)", "unreadable output")]
        leaks = []
        vocabulary = _WordVocabulary(archive)
        for number, member in enumerate(members, start=1):
            for kind in self.kinds(member.filename.replace("/", " ")):
                leaks.append(Leak(f"package part {number} name", kind))
            raw = archive.read(member)
            if member.filename.lower().endswith(_XML_PART) or raw.lstrip()[:1] == b"<":
                leaks += self._audit_xml(member.filename, raw, vocabulary)
            else:
                printable = b" ".join(_PRINTABLE.findall(raw)).decode("utf-8", errors="ignore")
                leaks += [Leak(f"part {member.filename} (binary strings)", k) for k in self.kinds(printable)]
        return leaks

    def _audit_xml(self, part: str, raw: bytes, vocabulary: _WordVocabulary | None = None) -> list[Leak]:
        text = raw.decode("utf-8", errors="replace")
        kinds = self.kinds(text, markup=True)
        if not kinds:
            return []
        leaks = []
        from lxml import etree  # here: only a Word file's parts need it (0.02 s of every start-up)

        root = _parsed(raw)
        if root is None:
            return [Leak(f"part {part} text", kind) for kind in kinds]
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue  # a comment or a processing instruction: no attributes (its text: below)
            tag = etree.QName(element).localname
            for attribute, value in element.attrib.items():
                name = etree.QName(attribute).localname
                if vocabulary is not None and vocabulary.holds(tag, name, value):
                    continue
                for kind in self.kinds(value, markup=True):
                    leaks.append(Leak(f"part {part} attribute {name}", kind))
        # The text without its tags: the words of a tag or a namespace ("2006" of
        # ".../wordprocessingml/2006/main", in every part) are nobody's value.  What a comment
        # or a CDATA section holds is text, not a tag.
        shown = _HIDDEN_TEXT.sub(_unhidden, text)
        leaks += [Leak(f"part {part} text", kind) for kind in self.kinds(shown, markup=True, raw=False)]
        return leaks


# A CDATA section's or a comment's content, which the tag-removing reading of a part would drop
# with its markers as if it were a tag.
_HIDDEN_TEXT = re.compile(r"<!\[CDATA\[(.*?)\]\]>|<!--(.*?)-->", re.S)


def _unhidden(match: re.Match[str]) -> str:
    """A CDATA section's content as the text it is, a comment's set apart by spaces (escaped:
    a ``<`` in it is no tag)."""
    return html.escape(match[1]) if match[1] is not None else " " + html.escape(match[2]) + " "


def _parsed(raw: bytes) -> Any:
    """The root element of a package part's XML (None when it cannot be read as XML)."""
    from lxml import etree

    try:
        return etree.fromstring(raw, parser=etree.XMLParser(resolve_entities=False, no_network=True,
                                                             huge_tree=True, recover=True))
    except etree.XMLSyntaxError:
        return None


# Word's own vocabulary in a package's attributes, which no transcript wrote: the typefaces a
# theme, the font table and a run's fonts name (every theme names a font for each script, some
# after given names: "Latha", "Mangal", "Kartika", "Euphemia"), the names and identifiers of the
# built-in styles ("List Number 3", "Heading 2"), and the numbers Word writes in attributes
# (measures of pages, paragraphs and drawings, sizes, indexes: "1440", "12240").  A value the
# run replaced that is also one of these ("number 3" of a van, a woman called Latha) must not
# keep every Word output of the run from being written.  Still searched: a style the author
# made (``w:customStyle="1"``), and every attribute a reader sees or that says who wrote
# something (alt text, titles, field codes, content controls, authors), numbers included.
_FONT_SLOTS = frozenset({
    ("latin", "typeface"), ("ea", "typeface"), ("cs", "typeface"), ("sym", "typeface"),
    ("font", "typeface"), ("font", "script"), ("font", "name"), ("altName", "val"),
    ("rFonts", "ascii"), ("rFonts", "hAnsi"), ("rFonts", "cs"), ("rFonts", "eastAsia"),
})
_STYLE_REFERENCES = frozenset({"pStyle", "rStyle", "tblStyle", "basedOn", "next", "link",
                               "numStyleLink", "styleLink"})
# Attributes that hold what a reader sees or who wrote it: a number there may be anyone's.
_SHOWN_ATTRIBUTES = frozenset({("docPr", "descr"), ("docPr", "title"), ("cNvPr", "descr"),
                               ("cNvPr", "title"), ("fldSimple", "instr"), ("alias", "val"),
                               ("tag", "val")})
_PERSON_ATTRIBUTES = frozenset({"author", "initials", "userId", "providerId"})
_NUMBER = re.compile(r"-?\d+")


class _WordVocabulary:
    """Which attribute values of one package are Word's own (read from its style parts once,
    when a part first needs it)."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self._styles: frozenset[str] | None = None

    def holds(self, tag: str, attribute: str, value: str) -> bool:
        """Whether ``value`` of ``attribute`` (local names) on an element ``tag`` is Word's own."""
        if (tag, attribute) in _FONT_SLOTS:
            return True
        if _NUMBER.fullmatch(value) and (tag, attribute) not in _SHOWN_ATTRIBUTES \
                and attribute not in _PERSON_ATTRIBUTES:
            return True  # a measure, a size, an index, an identifier of Word's
        if (tag == "style" and attribute == "styleId") or (tag == "lsdException" and attribute == "name") \
                or (attribute == "val" and (tag in _STYLE_REFERENCES or tag == "name")):
            return value in self.builtin_styles()
        return False

    def builtin_styles(self) -> frozenset[str]:
        """The names and identifiers of the package's styles not made by the author, and the
        names its latent styles list (all Word's)."""
        if self._styles is None:
            found: set[str] = set()
            for member in self._archive.infolist():
                if not member.filename.lower().endswith(".xml"):
                    continue
                raw = self._archive.read(member)
                if b"styles" not in raw[:2000]:
                    continue
                root = _parsed(raw)
                if root is None or not isinstance(root.tag, str) or not root.tag.endswith("}styles"):
                    continue
                for element in root.iter("{*}style", "{*}lsdException"):
                    if element.tag.endswith("}lsdException"):
                        found.update(v for k, v in element.attrib.items() if k.endswith("}name"))
                        continue
                    if any(k.endswith("}customStyle") and v in ("1", "true", "on") for k, v in element.attrib.items()):
                        continue
                    found.update(v for k, v in element.attrib.items() if k.endswith("}styleId"))
                    for name in element.iterfind("{*}name"):
                        found.update(v for k, v in name.attrib.items() if k.endswith("}val"))
            self._styles = frozenset(found)
        return self._styles


def _first_line(lines: list[str], holds: Any) -> int:
    """The 1-based number of the first line at which the text up to it holds a hit."""
    lo, hi = 1, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if holds("\n".join(lines[:mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _json_strings(obj: Any, path: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(position, string) for every key and string value; positions count members, never quote keys."""
    if isinstance(obj, str):
        yield "/" + "/".join(path), obj
    elif isinstance(obj, list):
        for index, item in enumerate(obj):
            yield from _json_strings(item, path + (str(index),))
    elif isinstance(obj, dict):
        for index, (key, value) in enumerate(obj.items()):
            here = path + (f"#{index}",)
            yield "/" + "/".join(here) + " (key)", key
            yield from _json_strings(value, here)


def audit_written(audit: LeakAudit, target: Path, outdir: Path | None = None) -> list[Leak]:
    """Audit one written output and its name; when it leaks, remove it.  For ``redact``: call
    after each write; a non-empty result means the file failed (exit 3), report the leaks."""
    leaks = audit.audit_file(target)
    if outdir is not None:
        try:
            relative = target.resolve().relative_to(outdir.resolve())
        except ValueError:
            relative = Path(target.name)
        leaks += audit.audit_name(relative)
    if leaks:
        target.unlink(missing_ok=True)
    return leaks
