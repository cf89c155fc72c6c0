"""The editor's review page: one self-contained HTML file to see, accept and reject every finding.

``render_review`` turns a run's ``FileResult``s into a page that shows each transcript with its
findings highlighted (colour plus an underline pattern per entity type), the pseudonym each gets,
a summary, and controls to accept or reject findings and to mark missed spans.  The page exports
``redactor-decisions.json`` (see ``redactor.refine.decisions`` for the fingerprint scheme; Python
computes every finding's prints, the page holds a derived page key, never the project key).
Everything inline, a Content-Security-Policy that forbids any fetch, every piece of text escaped.
``write_review`` writes it atomically with mode 0600, because the page holds the unredacted text.

One source of truth for the redacted view: the run behind the page accepts every mention
(``MentionRecorder``), so Python gives each finding, below-threshold ones too, the replacement
``redact`` would write if it were redacted, and the tag its entity got from the pseudonym table.
Numbering is the one thing decisions change (``redact`` numbers an entity at its first redacted
mention, per type, after the table's counters), so the page renumbers with that same rule after
every decision (``number_replacements`` here; ``renumber`` in the template, checked against the
real ``redact`` output by the browser test).  An added detail is numbered the same way; only a
``generalize`` style cannot be previewed for it (the page shows its tag).
"""

from __future__ import annotations

import bisect
import html
import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Callable, Sequence

from redactor.model import Document, FileResult, Finding, Mention, RunResult
from redactor.project.files import write_atomic
from redactor.project.keys import fingerprint, normalise
from redactor.refine.decisions import (
    PROFILE_DETECTOR,
    anchor_print,
    file_id,
    file_prints,
    form_print,
    key_check,
    page_key,
    value_print,
)
from redactor.replace.pseudonyms import tag_name

TEMPLATE = "review_template.html"
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.  Each type also gets an
# underline style, so colour is never the only cue (and a black-and-white print still tells them
# apart).
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
# The same hues darkened where needed for the underline to reach 3:1 contrast on white.
LINE_COLOURS = ("#A87400", "#2F7FB0", "#007F5C", "#857A00", "#0072B2", "#C25500", "#A8537F")
LINES = ("solid", "dashed", "dotted", "double")
KNOWN_TYPES = (
    "PERSON", "LOCATION", "ORGANIZATION", "DATE", "PHONE", "EMAIL", "URL", "HANDLE",
    "MILITARY_UNIT", "CALL_SIGN", "AGE", "DATE_OF_BIRTH", "ID_NUMBER", "VEHICLE_PLATE", "ADDRESS",
    "POSTCODE", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "UNKNOWN_ID", "DETAIL", "SENSITIVE",
)


def type_style(entity_type: str, extra: Sequence[str] = ()) -> tuple[str, str]:
    """(colour, underline style) of a type: fixed for known types, stable for others."""
    order = list(KNOWN_TYPES) + sorted(t for t in set(extra) if t not in KNOWN_TYPES)
    i = order.index(entity_type) if entity_type in order else len(order)
    return PALETTE[i % len(PALETTE)], LINES[(i + 2 * (i // len(PALETTE))) % len(LINES)]


@dataclass(frozen=True)
class ReviewItem:
    """One mention as the page shows it: offsets in the file's joined text (code points)."""

    start: int
    end: int
    entity_type: str
    score: float
    detector: str
    replacement: str
    entity_id: str
    suggested: bool
    line: int
    text: str
    score_floor: float = 0.0
    mention_start: int = 0
    source: bool = False
    value: str = ""
    anchor: str = ""
    form: str = ""  # the keyed print of its form, for the editor's merge and split decisions


@dataclass(frozen=True)
class ReviewFile:
    """One input file on the page."""

    path: Path
    fid: str
    status: str
    reason: str
    text: str
    items: tuple[ReviewItem, ...]
    unplaced: tuple[Finding, ...]
    prints: dict
    format: str = "text"
    parts: int = 1


# -- from findings back to the joined text -----------------------------------------------------

def joined_text(doc: Document) -> tuple[str, list[int]]:
    """The text detectors saw (pieces joined) and where each piece starts in it."""
    starts, pos = [], 0
    for piece in doc.pieces:
        starts.append(pos)
        pos += len(piece.text) + len(doc.joiner)
    return doc.joiner.join(p.text for p in doc.pieces), starts


def _local(piece, offset: int) -> int | None:
    """Index in ``piece.text`` whose document offset is ``offset``, if there is one."""
    if piece.offsets is None:
        i = offset - piece.start
        return i if 0 <= i <= len(piece.text) else None
    i = bisect.bisect_left(piece.offsets, offset)
    return i if i < len(piece.offsets) and piece.offsets[i] == offset else None


def _place(doc: Document, f: Finding) -> tuple[int, int, int] | None:
    """(piece index, local start, local end) of a finding, or None when it is not in a piece."""
    for p, piece in enumerate(doc.pieces):
        if f.part and piece.part != f.part:
            continue
        lo, hi = _local(piece, f.start), _local(piece, f.end)
        if lo is not None and hi is not None and lo < hi:
            return p, lo, hi
    return None


@dataclass
class _Span:
    """A mention being rebuilt from its per-piece findings."""

    first: int
    lo: int
    last: int
    hi: int
    finding: Finding
    suggested: bool

    def same_mention(self, f: Finding, suggested: bool) -> bool:
        a = self.finding
        return (a.entity_type, a.detector, a.score, a.replacement, a.entity_id, self.suggested) == (
            f.entity_type, f.detector, f.score, f.replacement, f.entity_id, suggested)


def _continues(doc: Document, span: _Span, part: tuple[int, int, int]) -> bool:
    """Whether ``part`` carries ``span`` on across a piece boundary (only empty pieces between)."""
    p, lo, _ = part
    return (p > span.last and span.hi == len(doc.pieces[span.last].text) and lo == 0
            and all(not doc.pieces[k].text for k in range(span.last + 1, p)))


def _is_continuation_edit(result: FileResult, part: tuple[int, int, int]) -> bool:
    """The core writes a continuation part of a mention as an empty edit; trust that if present."""
    if not result.edits:
        return True
    p, lo, hi = part
    return any(e.start == lo and e.end == hi and e.text == "" for e in result.edits[p])


class MentionRecorder:
    """A decision source that accepts everything and remembers the mentions ``apply`` was given.

    Pass it as ``Redactor(decisions=...)`` for the run behind a review page.  Every mention is
    handed on with score 1.0, so the run gives a replacement (and an entity) to every finding the
    editor might accept, below-threshold ones too; the page takes the real scores from ``seen``
    and its prints from exactly the mentions ``Decisions.apply`` will see.
    """

    def __init__(self) -> None:
        self.seen: dict[str, list[Mention]] = {}

    def apply(self, path: Path, doc_text: str, mentions: list[Mention]) -> list[Mention]:
        self.seen[str(path)] = list(mentions)
        return [replace(m, score=1.0) for m in mentions]

    def finish_run(self, run: RunResult) -> RunResult:
        return run


@dataclass(frozen=True)
class Numbering:
    """What the page needs to number pseudonyms as ``redact`` will: the table before the run
    (its counters) and the tag each entity new in this run got (to renumber it)."""

    counters: tuple[tuple[str, int], ...] = ()
    tags: tuple[tuple[str, str], ...] = ()  # entity id ("TYPE:key") -> tag given in this run

    @classmethod
    def of(cls, table, known: set[str], counters: dict[str, int]) -> "Numbering":
        new = tuple((k.replace("\x1f", ":", 1), p.replacement) for k, p in table.entries.items()
                    if k not in known and p.replacement.startswith("["))
        return cls(tuple(sorted(counters.items())), new)


def _recorded(items: list[ReviewItem], seen: Sequence[Mention]) -> list[ReviewItem]:
    """Each item with its real score and the mention span ``apply`` sees, from the recording."""
    by_end = {(m.end, m.entity_type): m for m in seen}
    out = []
    for item in items:
        m = by_end.get((item.end, item.entity_type))
        if m is not None and item.start <= m.start < item.end:
            item = replace(item, score=m.score, suggested=m.score < item.score_floor,
                           mention_start=m.start,
                           source=m.detector == PROFILE_DETECTOR or bool(m.label))
        out.append(item)
    return out


def review_items(result: FileResult, pkey: str, threshold: float = 0.0,
                 seen: Sequence[Mention] | None = None) -> tuple[str, list[ReviewItem], list[Finding]]:
    """The file's joined text, its mentions rebuilt from findings and suggestions, the unplaced.

    The core splits a mention that crosses a piece boundary into one finding per piece; they are
    joined back here, so each item is one mention exactly as ``Decisions.apply`` will see it.
    With ``seen`` (from a ``MentionRecorder``) scores and spans come from the recorded mentions.
    """
    doc = result.document
    if doc is None:
        return "", [], [*result.findings, *result.suggestions]
    text, starts = joined_text(doc)
    placed: list[tuple[tuple[int, int, int], Finding, bool]] = []
    unplaced: list[Finding] = []
    for suggested, group in ((False, result.findings), (True, result.suggestions)):
        for f in group:
            part = _place(doc, f)
            if part is None:
                unplaced.append(f)
            else:
                placed.append((part, f, suggested))
    placed.sort(key=lambda x: (starts[x[0][0]] + x[0][1], starts[x[0][0]] + x[0][2]))

    spans: list[_Span] = []
    for part, f, suggested in placed:
        if spans and spans[-1].same_mention(f, suggested) and _continues(doc, spans[-1], part) \
                and (suggested or _is_continuation_edit(result, part)):
            spans[-1].last, spans[-1].hi = part[0], part[2]
            continue
        spans.append(_Span(part[0], part[1], part[0], part[2], f, suggested))

    items = []
    for s in spans:
        a, b = starts[s.first] + s.lo, starts[s.last] + s.hi
        f = s.finding
        items.append(ReviewItem(a, b, f.entity_type, f.score, f.detector, f.replacement,
                                f.entity_id, s.suggested, f.line, text[a:b],
                                score_floor=threshold, mention_start=a,
                                source=f.detector == PROFILE_DETECTOR))
    if seen is not None:
        items = _recorded(items, seen)
    items = [replace(i, value=value_print(pkey, text[i.mention_start:i.end]),
                     anchor=anchor_print(pkey, text, i.mention_start, i.end),
                     form=form_print(pkey, text[i.mention_start:i.end])) for i in items]
    return text, items, unplaced


def build_review(files: Sequence[FileResult], key: bytes, threshold: float = 0.0,
                 seen: dict[str, list[Mention]] | None = None) -> list[ReviewFile]:
    """Every file of a run, ready to render (``seen``: ``MentionRecorder.seen`` of that run)."""
    out = []
    pkey = page_key(key)
    for result in files:
        fid = file_id(result.path)
        recorded = seen.get(str(result.path)) if seen is not None else None
        text, items, unplaced = review_items(result, pkey, threshold, recorded)
        doc = result.document
        out.append(ReviewFile(result.path, fid, result.status, result.reason, text,
                              tuple(items), tuple(unplaced),
                              file_prints(key, result.path, text) if doc else {},
                              doc.format if doc else "", len(doc.pieces) if doc else 0))
    return out


# -- rendering -------------------------------------------------------------------------------

def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _pre_text(text: str) -> str:
    # The HTML parser turns CR LF into LF and drops NUL; character references survive, so the
    # DOM text (and the offsets the page computes from it) stays equal to the file's text.
    return _e(text).replace("\r", "&#13;").replace("\x00", "&#65533;")


def script_json(data: object) -> str:
    """JSON that is safe inside <script>: no "</", no "<!--", no line separators."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        raw = raw.replace(char, escaped)
    return raw


def _visible(items: Sequence[ReviewItem]) -> tuple[list[int], list[int]]:
    """Indices of items drawn inline (no overlaps), and of those left out."""
    shown, hidden, end = [], [], -1
    for i in sorted(range(len(items)), key=lambda i: (items[i].start, -items[i].end)):
        if items[i].start >= end:
            shown.append(i)
            end = items[i].end
        else:
            hidden.append(i)
    return shown, hidden


def _title(item: ReviewItem) -> str:
    target = item.replacement if not item.suggested else "not redacted (below threshold)"
    return f"{item.entity_type} → {target} · {item.detector} · score {item.score:.2f}"


class _Chunker:
    """Cuts a transcript into blocks of about ``LINES`` lines, only in text between highlights.

    One block per few dozen lines keeps a decision's restyling local: the browser lays out the
    block that changed, not a 40,000-word paragraph.  The blocks add no text (``textContent``
    and every offset stay those of the file)."""

    LINES = 40

    def __init__(self) -> None:
        self.lines = 0

    def plain(self, text: str) -> str:
        out, start = [], 0
        for at in (k for k, ch in enumerate(text) if ch == "\n"):
            self.lines += 1
            if self.lines % self.LINES == 0:
                out.append(_pre_text(text[start:at + 1]) + '</span><span class="chunk">')
                start = at + 1
        out.append(_pre_text(text[start:]))
        return "".join(out)


def _file_section(n: int, rf: ReviewFile, type_index: dict[str, int]) -> str:
    head = (f'<section class="file" id="file-{n}" aria-labelledby="file-{n}-h">'
            f'<h2 id="file-{n}-h"><span class="path">{_e(rf.fid)}</span></h2>')
    if rf.status != "scanned":
        return head + f'<p class="state state-{_e(rf.status)}">{_e(rf.status)}: {_e(rf.reason)}</p></section>'
    found = sum(not i.suggested for i in rf.items)
    low = len(rf.items) - found
    meta = (f'<p class="meta">{found} finding{"" if found == 1 else "s"}'
            + (f", {low} to check" if low else "")
            + (f" · {_e(rf.format)}: the text of its {rf.parts} parts as detection reads it"
               if rf.format != "text" else "") + "</p>")
    shown, hidden = _visible(rf.items)
    parts, pos = [], 0
    chunks = _Chunker()
    for i in shown:
        item = rf.items[i]
        parts.append(chunks.plain(rf.text[pos:item.start]))
        classes = f"hl s{type_index[item.entity_type]}" + (" is-suggested" if item.suggested else "")
        parts.append(
            f'<mark id="m{n}-{i}" class="{classes}" data-f="{n}" data-i="{i}" tabindex="0" '
            f'role="button" aria-describedby="tip" data-type="{_e(item.entity_type)}" '
            f'data-r="{_e(item.replacement)}" title="{_e(_title(item))}">'
            f'<span class="o">{_pre_text(item.text)}</span></mark>')
        pos = item.end
    parts.append(chunks.plain(rf.text[pos:]))
    notes = []
    if hidden:
        notes.append(f'<p class="note">{len(hidden)} finding(s) overlap another one and are '
                     "not drawn in the text.</p>")
    if rf.unplaced:
        kinds = ", ".join(sorted({f.entity_type for f in rf.unplaced}))
        notes.append(f'<p class="note">{len(rf.unplaced)} finding(s) outside the transcript text '
                     f"(metadata or structure): {_e(kinds)}.</p>")
    # The newline after <pre> is eaten by the parser, so a text starting with one keeps it.
    return (head + meta + "".join(notes)
            + f'<pre class="doc" data-f="{n}" aria-label="Text of {_e(rf.fid)}">\n<span class="chunk">'
            + "".join(parts) + "</span></pre></section>")


def _stats(review: Sequence[ReviewFile], types: list[str], type_index: dict[str, int],
           threshold: float | None) -> list[str]:
    states = Counter(rf.status for rf in review)
    found = Counter(i.entity_type for rf in review for i in rf.items if not i.suggested)
    suggested = Counter(i.entity_type for rf in review for i in rf.items if i.suggested)
    stats = [("Files", f"{len(review)} ({states['scanned']} scanned, {states['skipped']} skipped, "
                       f"{states['failed']} failed)"),
             ("Findings", f"{sum(found.values())} to redact"),
             ("Worth a second look", f"{sum(suggested.values())} below the threshold")]
    if threshold is not None:
        stats.append(("Threshold", f"{threshold:.2f}"))
    out = ['<dl class="stats">']
    out += [f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in stats]
    out.append("</dl>")
    out.append('<h3 id="legend-h">Findings by type</h3><ul class="legend" aria-labelledby="legend-h">')
    for t in types:
        extra = f' <span class="muted">+{suggested[t]} to check</span>' if suggested[t] else ""
        out.append(f'<li><span class="swatch hl s{type_index[t]}">{_e(t)}</span> '
                   f'<span class="count" data-type="{_e(t)}">{found[t]}</span>{extra}</li>')
    out.append("</ul>")
    out.append(
        '<ul class="cues" aria-label="How decisions look">'
        '<li><mark class="hl">text</mark> will be redacted</li>'
        '<li><mark class="hl is-suggested">text</mark> below the threshold: kept unless accepted</li>'
        '<li><mark class="hl is-accepted">text</mark> accepted</li>'
        '<li><mark class="hl is-rejected">text</mark> rejected: text kept</li>'
        '<li><span class="added hl">text</span> added by you</li></ul>')
    return out


def _entities(review: Sequence[ReviewFile]) -> dict[tuple[str, str], dict]:
    entities: dict[tuple[str, str], dict] = {}
    for rf in review:
        for i in rf.items:
            if i.suggested:
                continue
            row = entities.setdefault((i.replacement, i.entity_type),
                                      {"count": 0, "spellings": Counter(), "files": set()})
            row["count"] += 1
            row["spellings"][i.text] += 1
            row["files"].add(rf.fid)
    return entities


def _sources_table(entities: dict[tuple[str, str], dict], source_labels: Sequence[str]) -> list[str]:
    out = ['<h3>Sources</h3>']
    if not source_labels:
        return out + ['<p class="muted">No source profiles in the config.</p>']
    out.append('<div class="scroll-box"><table class="grid"><thead><tr><th scope="col">Source label</th>'
               '<th scope="col">Mentions</th><th scope="col">Written as</th></tr></thead><tbody>')
    for label in source_labels:
        rows = [v for k, v in entities.items() if k[0] == label]
        spellings: Counter = Counter()
        for r in rows:
            spellings.update(r["spellings"])
        written = (", ".join(_e(s) for s, _ in spellings.most_common())
                   or '<span class="muted">not found in these files</span>')
        out.append(f'<tr><th scope="row">{_e(label)}</th><td>{sum(r["count"] for r in rows)}</td>'
                   f"<td>{written}</td></tr>")
    out.append("</tbody></table></div>")
    return out


def _pseudonym_table(entities: dict[tuple[str, str], dict]) -> list[str]:
    out = [f'<details class="entities"><summary>All pseudonyms ({len(entities)})</summary>'
           '<div class="scroll-box"><table class="grid"><thead><tr><th scope="col">Pseudonym</th>'
           '<th scope="col">Type</th><th scope="col">Mentions</th><th scope="col">Written as</th>'
           '<th scope="col">Files</th></tr></thead><tbody>']
    for (replacement, t), v in sorted(entities.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        written = ", ".join(_e(s) for s, _ in v["spellings"].most_common())
        out.append(f'<tr><th scope="row">{_e(replacement)}</th><td>{_e(t)}</td><td>{v["count"]}</td>'
                   f'<td>{written}</td><td>{len(v["files"])}</td></tr>')
    out.append("</tbody></table></div></details>")
    return out


def _second_look(review: Sequence[ReviewFile]) -> list[str]:
    out = ['<h3>Worth a second look</h3>']
    low = [(n, k, i) for n, rf in enumerate(review) for k, i in enumerate(rf.items) if i.suggested]
    if not low:
        return out + ['<p class="muted">Nothing below the threshold.</p>']
    out.append('<p class="muted">Found with a score below the threshold, so not redacted '
               'unless you accept them.</p><ol class="second-look">')
    for n, k, i in low:
        out.append(f'<li><a href="#m{n}-{k}" data-jump="m{n}-{k}">{_e(i.text)}</a> '
                   f'<span class="muted">{_e(i.entity_type)} · {_e(i.detector)} · '
                   f'score {i.score:.2f} · {_e(review[n].fid)}:{i.line}</span></li>')
    out.append("</ol>")
    return out


def _summary(review: Sequence[ReviewFile], types: list[str], type_index: dict[str, int],
             source_labels: Sequence[str], threshold: float | None) -> str:
    entities = _entities(review)
    out = ['<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>',
           *_stats(review, types, type_index, threshold),
           *_sources_table(entities, source_labels),
           *_pseudonym_table(entities),
           *_second_look(review)]
    trouble = [rf for rf in review if rf.status != "scanned"]
    if trouble:
        out.append('<h3>Not reviewed</h3><ul>')
        out += [f'<li>{_e(rf.fid)}: {_e(rf.status)} ({_e(rf.reason)})</li>' for rf in trouble]
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)


def _type_css(types: Sequence[str], type_index: dict[str, int]) -> str:
    rules = []
    for t in types:
        colour, line = type_style(t, types)
        r, g, b = (int(colour[k:k + 2], 16) for k in (1, 3, 5))
        dark = LINE_COLOURS[PALETTE.index(colour)]
        rules.append(f".s{type_index[t]}{{--c:{dark};--bg:rgba({r},{g},{b},.3);--line:{line}}}")
    return "\n".join(rules)


def number_replacements(review: Sequence[ReviewFile], numbering: Numbering,
                        redacts: Callable[[int, int], bool] | None = None) -> dict[tuple[int, int], str]:
    """The replacement of every item that redacts, numbered as ``redact`` numbers them.

    ``redact`` numbers an entity new to the table when it meets its first redacted mention, in
    file order then text order, per type, after the table's counters; the page runs this same
    rule in JavaScript after every decision (``renumber`` in the template).  ``redacts(f, i)``
    says whether item ``i`` of file ``f`` is redacted (default: above the threshold).
    """
    redacts = redacts or (lambda f, i: not review[f].items[i].suggested)
    counters = dict(numbering.counters)
    tags = dict(numbering.tags)
    numbers: dict[str, int] = {}
    out = {}
    for f, rf in enumerate(review):
        for i, item in enumerate(rf.items):
            if not redacts(f, i):
                continue
            tag = tags.get(item.entity_id, "")
            if not tag:
                out[(f, i)] = item.replacement
                continue
            if item.entity_id not in numbers:
                counters[item.entity_type] = counters.get(item.entity_type, 0) + 1
                numbers[item.entity_id] = counters[item.entity_type]
            new = f"[{tag_name(item.entity_type)} {numbers[item.entity_id]}]"
            out[(f, i)] = item.replacement.replace(tag, new)
    return out


def _page_data(review: Sequence[ReviewFile], numbering: Numbering, groups: dict[tuple, int],
               key: bytes, when: str, menu: Sequence[str], styles: dict[str, str]) -> dict:
    """What the page's script reads: every item, the prints, the numbering rule's inputs.

    ``groups`` is filled with each entity's group number (the person filter reads it)."""
    tags = dict(numbering.tags)
    data_files = []
    forms: dict[str, int] = {}
    for rf in review:
        rows = []
        for i in rf.items:
            group = (i.entity_type, i.entity_id or i.replacement) if i.entity_id or not i.suggested \
                else (i.entity_type, "?" + normalise(i.text))
            rows.append({"s": i.start, "e": i.end, "t": i.entity_type,
                         "g": groups.setdefault(group, len(groups)), "r": i.replacement,
                         "tg": tags.get(i.entity_id, ""), "d": i.detector, "sc": round(i.score, 2),
                         "an": i.anchor, "ms": i.mention_start, "src": i.source,
                         "sug": i.suggested, "ln": i.line, "fp": forms.setdefault(i.form, len(forms))})
        data_files.append({"id": rf.fid, "prints": rf.prints, "items": rows})
    return {
        "format": "redactor-review", "version": 2, "generated": when, "keyCheck": key_check(key),
        "page": fingerprint(key, "review-page", when, *(rf.fid for rf in review))[:24],
        "pageKey": page_key(key), "types": list(menu), "files": data_files,
        "counters": dict(numbering.counters), "tagNames": {t: tag_name(t) for t in menu},
        "styles": {t: styles.get(t, "tag") for t in menu},
        "forms": list(forms), "entities": _entity_rows(data_files),
    }


def _entity_rows(data_files: Sequence[dict]) -> list[dict]:
    """Each entity of the page once: its group, type, and the tag and replacement of its first
    mention (the head a merged or split group is numbered by).  Its forms are read by the
    script from the text, as every value on the page: the page data holds none."""
    rows: dict[int, dict] = {}
    for data_file in data_files:
        for row in sorted(data_file["items"], key=lambda r: r["ms"]):
            rows.setdefault(row["g"], {"g": row["g"], "t": row["t"], "tg": row["tg"], "r": row["r"]})
    return list(rows.values())


def render_review(files: Sequence[FileResult], *, key: bytes, source_labels: Sequence[str] = (),
                  threshold: float | None = None, title: str = "",
                  generated: datetime | None = None,
                  seen: dict[str, list[Mention]] | None = None,
                  numbering: Numbering | None = None, styles: dict[str, str] | None = None) -> str:
    """The review page for a run (a complete HTML document).

    ``seen`` is the ``MentionRecorder.seen`` of the run (which accepted every mention, so each
    has a replacement); ``numbering`` the pseudonym table's state before that run.  Without them
    the page still works, but its redacted view may number pseudonyms unlike ``redact``.
    """
    review = build_review(files, key, threshold or 0.0, seen)
    numbering = numbering or Numbering()
    defaults = number_replacements(review, numbering)
    review = [replace(rf, items=tuple(replace(it, replacement=defaults.get((n, k), it.replacement))
                                      if not it.suggested else it for k, it in enumerate(rf.items)))
              for n, rf in enumerate(review)]
    when = (generated or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    present = {i.entity_type for rf in review for i in rf.items}
    types = [t for t in KNOWN_TYPES if t in present] + sorted(present - set(KNOWN_TYPES))
    menu = list(KNOWN_TYPES) + [t for t in types if t not in KNOWN_TYPES]
    type_index = {t: menu.index(t) for t in menu}
    groups: dict[tuple, int] = {}
    data = _page_data(review, numbering, groups, key, when, menu, styles or {})
    body = [
        '<header class="top"><h1>Editor’s review'
        + (f' <span class="sub">{_e(title)}</span>' if title else "") + "</h1>",
        f'<p class="when">Generated {_e(when)}</p>',
        '<p class="warn" role="note"><strong>Confidential.</strong> This page holds the unredacted '
        "text. Keep it on this computer and delete it when the review is done; the decisions you "
        "export hold no text.</p></header>",
        _toolbar(types, [rf.fid for rf in review], _people(review, groups)),
        _help(),
        _summary(review, types, type_index, source_labels, threshold),
        _entity_section(),
        '<div class="layout"><main id="files" class="view-original">',
        *(_file_section(n, rf, type_index) for n, rf in enumerate(review)),
        "</main>",
        _panel(menu),
        "</div>",
        '<div id="tip" role="tooltip" hidden></div>',
        _confirm(),
        f'<script type="application/json" id="review-data">{script_json(data)}</script>',
    ]
    template = resources.files("redactor.report").joinpath(TEMPLATE).read_text(encoding="utf-8")
    return (template.replace("@@CSP@@", CSP)
            .replace("@@TITLE@@", _e("Review" + (f": {title}" if title else "")))
            .replace("/*@@TYPE_CSS@@*/", _type_css(menu, type_index))
            .replace("<!--@@BODY@@-->", "\n".join(body)))


def _select(id_: str, label: str, options: Sequence[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{_e(v)}">{_e(t)}</option>' for v, t in options)
    return (f'<label class="visually-hidden" for="{id_}">{_e(label)}</label>'
            f'<select id="{id_}"><option value="">{_e(label)}: all</option>{opts}</select>')


def _toolbar(types: Sequence[str] = (), files: Sequence[str] = (),
             people: Sequence[tuple[str, str]] = ()) -> str:
    filters = ('<span class="filters" role="group" aria-label="Filters">'
               + _select("filter-type", "Type", [(t, t) for t in types])
               + _select("filter-file", "File", [(str(n), f) for n, f in enumerate(files)])
               + _select("filter-person", "Person", people) + "</span>")
    return (
        '<nav class="toolbar" id="toolbar" aria-label="Review tools">'
        '<div class="seg" role="group" aria-label="View">'
        '<button type="button" id="view-original" aria-pressed="true">Original</button>'
        '<button type="button" id="view-redacted" aria-pressed="false">Redacted</button></div>'
        '<button type="button" id="prev" aria-keyshortcuts="k p">Previous <kbd>k</kbd></button>'
        '<button type="button" id="next" aria-keyshortcuts="j n">Next <kbd>j</kbd></button>'
        '<button type="button" id="next-undecided" aria-keyshortcuts="Shift+N">Undecided <kbd>N</kbd></button>'
        '<button type="button" id="next-low" aria-keyshortcuts="b">Below threshold <kbd>b</kbd></button>'
        + filters +
        '<span id="progress" aria-live="polite"></span>'
        '<span id="status" role="status" aria-live="polite"></span>'
        '<span class="spacer"></span>'
        '<button type="button" id="export" class="primary" aria-keyshortcuts="e">Export <kbd>e</kbd></button>'
        '<label class="names"><input type="checkbox" id="export-names"> file names</label>'
        '<input type="file" id="import" accept=".json,application/json" class="visually-hidden">'
        '<label class="button" for="import">Import decisions…</label>'
        '<button type="button" id="help-toggle" aria-expanded="false" aria-controls="help" '
        'aria-keyshortcuts="?">Keys <kbd>?</kbd></button>'
        '<a id="download" class="visually-hidden" download="redactor-decisions.json" tabindex="-1">'
        "download</a></nav>"
    )


def _people(review: Sequence[ReviewFile], groups: dict[tuple, int]) -> list[tuple[str, str]]:
    """(group, label) of each person: a pseudonym, or the name as first written when below
    the threshold (the page is private; the filter helps the editor find one person)."""
    out: dict[int, str] = {}
    for rf in review:
        for i in rf.items:
            if i.entity_type != "PERSON":
                continue
            g = groups.get(("PERSON", i.entity_id or i.replacement))
            if g is not None and g not in out:
                out[g] = f"{i.replacement} ({i.text})" if not i.suggested else i.text
    return sorted(((str(g), label) for g, label in out.items()), key=lambda x: x[1])


def _entity_section() -> str:
    """The entity panel: filled by the page's script from the page data (``entities``)."""
    return (
        '<section class="entity-panel" id="entities" aria-labelledby="entities-h">'
        '<h2 id="entities-h">Entities</h2>'
        '<p class="muted">Each row is one person or thing: every mention in the row gets the same '
        "pseudonym in every file. Two rows that are one: tick the one to merge and press "
        "“Merge ticked here” on the row whose pseudonym it should take. A form that is someone "
        "else: tick it and press “Split off”. The next run honours these decisions.</p>"
        '<div class="scroll-box entity-box"><table class="grid" id="entity-table">'
        '<thead><tr><th scope="col">Merge</th><th scope="col">Pseudonym</th><th scope="col">Type</th>'
        '<th scope="col">Mentions</th><th scope="col">Forms</th><th scope="col">Actions</th></tr>'
        '</thead><tbody></tbody></table></div>'
        '<h3 id="entity-ops-h">Your entity decisions</h3>'
        '<p id="entity-ops-none" class="muted">None yet.</p>'
        '<ol id="entity-ops" aria-labelledby="entity-ops-h"></ol>'
        '<button type="button" id="entity-undo" disabled>Undo the last entity decision</button>'
        "</section>")


def _confirm() -> str:
    return ('<div id="confirm" role="alertdialog" aria-modal="true" aria-labelledby="confirm-h" '
            'aria-describedby="confirm-p" hidden><div class="box">'
            '<h2 id="confirm-h">Keep a source’s name in the text?</h2>'
            '<p id="confirm-p">You are rejecting <strong id="confirm-count">this mention</strong> of '
            'a profiled source. Rejected text is published as it is and can identify the source.</p>'
            '<div class="actions"><button type="button" id="confirm-cancel" class="primary">'
            'Cancel, keep it redacted</button>'
            '<button type="button" id="confirm-ok" class="danger">Keep the text</button></div>'
            '</div></div>')


def _help() -> str:
    keys = [("j / n", "next finding"), ("k / p", "previous finding"), ("Tab", "next highlight"),
            ("N", "next undecided"), ("b", "next below the threshold"),
            ("a", "accept (redact)"), ("r", "reject (keep the text)"), ("u", "undo the decision"),
            ("m", "add the selection as a missed detail"), ("e", "export the decisions"),
            ("A / R", "accept / reject every mention of the entity"), ("t", "original / redacted view"),
            ("?", "show or hide these keys"), ("Esc", "hide the tooltip")]
    rows = "".join(f"<div><dt><kbd>{_e(k)}</kbd></dt><dd>{_e(v)}</dd></div>" for k, v in keys)
    return ('<section id="help" class="help" hidden aria-labelledby="help-h">'
            f'<h2 id="help-h">Keyboard</h2><dl>{rows}</dl>'
            "<p>To add a detail the detectors missed, select it in the original view with the "
            "mouse (or with Shift+arrows after pressing F7 for caret browsing), choose its type "
            "in the panel and press “Add as missed”.</p></section>")


def _panel(types: Sequence[str]) -> str:
    options = "".join(f'<option value="{_e(t)}"{" selected" if t == "PERSON" else ""}>{_e(t)}</option>'
                      for t in types)
    return (
        '<aside id="panel" aria-labelledby="panel-h">'
        '<h2 id="panel-h">Finding</h2>'
        '<div id="current" aria-live="polite"><p class="muted">Focus a highlighted detail (Tab, '
        "<kbd>j</kbd>/<kbd>k</kbd> or a click) to see it here.</p></div>"
        '<div class="actions" role="group" aria-label="Decision for this finding">'
        '<button type="button" id="accept" disabled aria-keyshortcuts="a">Accept <kbd>a</kbd></button>'
        '<button type="button" id="reject" disabled aria-keyshortcuts="r">Reject, keep text <kbd>r</kbd></button>'
        '<button type="button" id="clear" disabled aria-keyshortcuts="u">Undo <kbd>u</kbd></button></div>'
        '<div class="actions" role="group" aria-label="Decision for every mention of this entity">'
        '<button type="button" id="accept-all" disabled aria-keyshortcuts="Shift+A">Accept all'
        ' <span class="n"></span> <kbd>A</kbd></button>'
        '<button type="button" id="reject-all" disabled aria-keyshortcuts="Shift+R">Reject all'
        ' <span class="n"></span> <kbd>R</kbd></button></div>'
        '<h2 id="missed-h">Missed detail</h2>'
        '<p id="sel-info" class="muted" aria-live="polite">Select text in the original view to '
        "add a detail the detectors missed.</p>"
        '<div class="add-row"><label for="add-type">Type</label>'
        f'<select id="add-type">{options}</select>'
        '<button type="button" id="add-span" disabled>Add as missed</button></div>'
        '<h3 id="added-h">Added by you</h3><ul id="added-list" aria-labelledby="added-h"></ul>'
        "</aside>"
    )


def write_review(path: Path, page: str) -> None:
    """Write the page atomically, readable by its owner only (it holds the unredacted text)."""
    write_atomic(Path(path), page.encode("utf-8"), private=True)

