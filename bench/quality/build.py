"""Build the frozen quality set: strip inline markup from src/, write corpus/ and gold/.

Markup: [[surface text|TYPE|entity|class]] or [[surface text|TYPE|class]]. Without an explicit
entity id it defaults to type:lower-cased text, prefixed by the file name for attribute types
(RANK, OCCUPATION, DATE, AGE, DURATION, QUASI_OTHER, VEHICLE), which are not one thing across
files.  class is direct/quasi/keep (d/q/k accepted).

Sources under src/ mirror corpus/:
  *.txt *.md *.srt *.vtt   -> the file itself, markup stripped; offsets into the whole file text
  *.json.src               -> transcript JSON (Whisper-style). One segment per line:
                              start|end|speaker|text   ("#" lines are comments).
                              Offsets point into the serialized JSON file text, inside the
                              segments' "text" strings.  The top-level "text" (concatenation of
                              the segment texts) is recorded in gold as an `ignore` range: it is
                              derived from the segments and scored through them.
  *.docx.src               -> Word file via python-docx, one paragraph per non-empty line.
                              Gold offsets are into the paragraphs joined by "\n" (the text a
                              reader gets from the document's body paragraphs, empty ones
                              dropped).  score.py re-derives that text from the .docx and checks
                              that every gold mention is found at its offset.
  redactor.yaml            -> copied as is (source profiles).

Usage: python bench/quality/build.py [ROOT]  (deterministic; rerun after editing src/; ROOT: another
       set laid out like this one, e.g. bench/quality/fresh7, default this folder)
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, CORPUS, GOLD = HERE / "src", HERE / "corpus", HERE / "gold"
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)\|(?:([^\[\]|]+)\|)?([a-z]+)\]\]")
CLASSES = {"d": "direct", "q": "quasi", "k": "keep", "direct": "direct", "quasi": "quasi", "keep": "keep"}
TYPES = {"PERSON", "LOCATION", "ORGANIZATION", "DATE", "AGE", "PHONE", "EMAIL", "HANDLE", "ID",
         "ADDRESS", "VEHICLE", "OCCUPATION", "RANK", "UNIT", "FINANCIAL", "QUASI_OTHER", "NICKNAME",
         "DURATION", "PUBLIC_FIGURE", "NEWS_OUTLET", "FACILITY"}

FILE_SCOPED = {"RANK", "OCCUPATION", "DATE", "AGE", "DURATION", "QUASI_OTHER", "VEHICLE"}


def strip(marked: str, where: str) -> tuple[str, list[dict]]:
    out, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        text, typ, entity, cls = m.group(1), m.group(2), m.group(3), m.group(4)
        if typ not in TYPES or cls not in CLASSES:
            sys.exit(f"{where}: bad markup {m.group(0)!r}")
        if text != text.strip():
            sys.exit(f"{where}: mention with surrounding space {m.group(0)!r}")
        if not entity:  # attributes are per file; things (people, places, numbers...) are global
            entity = f"{typ.lower()}:{text.lower()}"
            if typ in FILE_SCOPED:
                entity = f"{Path(where).name.split('.')[0]}/{entity}"
        mentions.append({"start": length, "end": length + len(text), "text": text, "type": typ,
                         "entity": entity, "class": CLASSES[cls]})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        sys.exit(f"{where}: unclosed markup near {plain[plain.find('[['):][:60]!r}")
    return plain, mentions


def build_json(marked: str, where: str) -> tuple[str, list[dict], list[list[int]]]:
    segments = []
    for line in marked.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        start, end, speaker, text = line.split("|", 3)
        plain, mentions = strip(text, where)
        segments.append((float(start), float(end), speaker, " " + plain, mentions))
    obj = {"text": "".join(s[3] for s in segments), "segments": [
        {"id": i, "start": s[0], "end": s[1], "text": s[3], "speaker": s[2]}
        for i, s in enumerate(segments)], "language": "en"}
    serial = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    top = json.dumps(obj["text"], ensure_ascii=False)
    top_at = serial.index('"text": ' + top) + len('"text": ')
    ignore = [[top_at, top_at + len(top)]]
    gold, cursor = [], top_at + len(top)
    for i, s in enumerate(segments):
        enc = json.dumps(s[3], ensure_ascii=False)
        at = serial.index('"text": ' + enc, cursor) + len('"text": ')
        cursor = at + len(enc)
        for m in s[4]:
            a = at + len(json.dumps(s[3][:m["start"] + 1], ensure_ascii=False)) - 1  # +1: leading space
            b = at + len(json.dumps(s[3][:m["end"] + 1], ensure_ascii=False)) - 1
            gm = dict(m, start=a, end=b)
            assert serial[a:b] == m["text"], (where, m)
            gold.append(gm)
    return serial, gold, ignore


def build_docx(marked: str, where: str, out: Path) -> tuple[str, list[dict]]:
    import docx  # python-docx
    paragraphs = [line for line in marked.splitlines() if line.strip()]
    document = docx.Document()
    document.core_properties.author = "bench"
    texts, gold, offset = [], [], 0
    for line in paragraphs:
        plain, mentions = strip(line, where)
        document.add_paragraph(plain)
        gold += [dict(m, start=m["start"] + offset, end=m["end"] + offset) for m in mentions]
        texts.append(plain)
        offset += len(plain) + 1
    document.save(out)
    return "\n".join(texts), gold


def main() -> None:
    global SRC, CORPUS, GOLD
    if len(sys.argv) > 1:  # the root of another frozen set laid out like this one
        root = Path(sys.argv[1]).resolve()
        SRC, CORPUS, GOLD = root / "src", root / "corpus", root / "gold"
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    if GOLD.exists():
        shutil.rmtree(GOLD)
    count = 0
    for src in sorted(SRC.rglob("*")):
        if not src.is_file():
            continue
        rel = src.relative_to(SRC)
        if src.name == "redactor.yaml":
            (CORPUS / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, CORPUS / rel)
            continue
        marked = src.read_text(encoding="utf-8")
        ignore: list[list[int]] = []
        if src.name.endswith(".json.src"):
            rel = rel.with_name(src.name[:-4])
            text, mentions, ignore = build_json(marked, str(src))
            (CORPUS / rel).parent.mkdir(parents=True, exist_ok=True)
            (CORPUS / rel).write_text(text, encoding="utf-8")
        elif src.name.endswith(".docx.src"):
            rel = rel.with_name(src.name[:-4])
            (CORPUS / rel).parent.mkdir(parents=True, exist_ok=True)
            text, mentions = build_docx(marked, str(src), CORPUS / rel)
        else:
            text, mentions = strip(marked, str(src))
            (CORPUS / rel).parent.mkdir(parents=True, exist_ok=True)
            (CORPUS / rel).write_text(text, encoding="utf-8")
        for m in mentions:
            assert text[m["start"]:m["end"]] == m["text"], (src, m)
        g = GOLD / (str(rel) + ".json")
        g.parent.mkdir(parents=True, exist_ok=True)
        g.write_text(json.dumps({"file": str(rel), "format": rel.suffix[1:], "mentions": mentions,
                                 "ignore": ignore}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        count += 1
    print(f"built {count} transcripts into {CORPUS.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
