"""Score redactor on the quasi-identifier probe transcripts (bench/quasi_probe/src).

Written for issue 13's quasi-identifier work: short transcripts (typed and lower-case ASR;
army, police, prison, health, factory, farm, NGO, finance) annotated with the frozen set's
markup (``[[surface|TYPE|class]]``, see bench/quality/README.md) *before* redactor ran on them.
A mention counts as covered when every word of it other than a leading article or possessive
("the", "our", "my"...) lies inside findings; an entity is protected when all its mentions are.

Usage: python bench/quasi_probe/score.py [-v] [GLOB]   (-v lists each missed or partly covered mention;
       GLOB picks transcripts, e.g. "p1[1-8]*": p01-p10 were written first, p11-p18 held out)
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import regex

from bench.quality.build import strip
from redactor import Redactor

HERE = Path(__file__).resolve().parent
WORD = regex.compile(r"[\p{L}\p{N}'’]+")
LEADING = {"the", "a", "an", "our", "my", "his", "her", "their", "your", "this", "that"}


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = [(start + m.start(), start + m.end()) for m in WORD.finditer(text[start:end])]
    while len(spans) > 1 and text[spans[0][0]:spans[0][1]].lower() in LEADING:
        spans = spans[1:]
    return spans


def main() -> None:
    verbose = "-v" in sys.argv
    chosen = [a for a in sys.argv[1:] if a != "-v"] or ["*.txt"]
    with tempfile.TemporaryDirectory() as tmp:
        gold, texts = {}, {}
        for src in sorted(f for g in chosen for f in (HERE / "src").glob(g)):
            plain, mentions = strip(src.read_text(encoding="utf-8"), src.name)
            (Path(tmp) / src.name).write_text(plain, encoding="utf-8")
            gold[src.name], texts[src.name] = mentions, plain
        run = Redactor().run(sorted(Path(tmp).glob("*.txt")))
        found = {f.path.name: [(x.start, x.end) for x in f.findings] for f in run.files}
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    entities: dict[tuple[str, str], bool] = {}
    keep_touched = keep_total = 0
    flagged_chars = true_chars = 0
    for name, mentions in gold.items():
        text, spans = texts[name], found.get(name, [])
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        protected_chars = set()
        for m in mentions:
            ws = words(text, m["start"], m["end"])
            hit = all(all(i in covered for i in range(a, b)) for a, b in ws)
            if m["class"] == "keep":
                keep_total += 1
                touched = any(i in covered for i in range(m["start"], m["end"]))
                keep_touched += touched
                if touched and verbose:
                    print(f"  KEEP touched {name}: {m['text']!r}")
                continue
            protected_chars.update(range(m["start"], m["end"]))
            row = per_type[m["type"]]
            row[0] += hit
            row[1] += 1
            key = (m["type"], m["entity"] if m["type"] not in {"RANK", "OCCUPATION", "QUASI_OTHER", "UNIT"}
                   else f"{name}/{m['entity']}")
            entities[key] = entities.get(key, True) and hit
            if not hit and verbose:
                part = "partial" if any(i in covered for i in range(m["start"], m["end"])) else "missed"
                print(f"  {part:8} {m['type']:13} {name}: {m['text']!r}")
        for a, b in spans:
            flagged_chars += b - a
            true_chars += sum(1 for i in range(a, b) if i in protected_chars)
            if verbose and not any(i in protected_chars for i in range(a, b)):
                print(f"  extra    {name}: {text[a:b]!r}")
    print("type           mentions  recall")
    for typ, (hit, total) in sorted(per_type.items()):
        print(f"{typ:14} {total:8}  {hit / total:.2f}")
    quasi = [v for (t, _), v in entities.items()]
    print(f"entities protected: {sum(quasi)}/{len(quasi)} = {sum(quasi) / len(quasi):.2f}")
    print(f"character precision: {true_chars / max(flagged_chars, 1):.2f}")
    print(f"keep touched: {keep_touched}/{keep_total}")


if __name__ == "__main__":
    main()
