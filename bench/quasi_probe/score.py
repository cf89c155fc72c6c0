"""Score redactor on the quasi-identifier probe transcripts (bench/quasi_probe/src).

Written for issue 13's quasi-identifier work: short transcripts (typed and lower-case ASR;
army, police, prison, health, factory, farm, NGO, finance) annotated with the frozen set's
markup (``[[surface|TYPE|class]]``, see bench/quality/README.md) *before* redactor ran on them.
The chosen transcripts are one run (``bench.probe.run_together``).  A mention counts as covered
when every word of it other than a leading article or possessive ("the", "our", "my"...) lies
inside findings; an entity is protected when all its mentions are.

Usage: python bench/quasi_probe/score.py [-v] [GLOB]   (-v lists each missed or partly covered mention;
       GLOB picks transcripts, e.g. "p1[1-8]*": p01-p10 were written first, p11-p18 held out)
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from bench.probe import (  # noqa: E402
    Mention, by_type, char_precision, fraction, load, nonspace, protected, run_together, score, touched)

WORD = regex.compile(r"[\p{L}\p{N}'’]+")
LEADING = {"the", "a", "an", "our", "my", "his", "her", "their", "your", "this", "that"}
PER_FILE = {"RANK", "OCCUPATION", "QUASI_OTHER", "UNIT"}  # the same words are other people's in another file


def words_covered(text: str, m: Mention, hidden: set[int]) -> bool:
    """Every word of the mention but a leading article or possessive is hidden."""
    spans = [(m.start + w.start(), m.start + w.end()) for w in WORD.finditer(text[m.start:m.end])]
    while len(spans) > 1 and text[spans[0][0]:spans[0][1]].lower() in LEADING:
        spans = spans[1:]
    return all(nonspace(text, a, b) <= hidden for a, b in spans)


def main() -> None:
    verbose = "-v" in sys.argv
    chosen = [a for a in sys.argv[1:] if a != "-v"] or ["*.txt"]
    transcripts = load({f for g in chosen for f in (HERE / "src").glob(g)})
    found = run_together(transcripts)
    scored = [score(t, found.get(t.name, []), words_covered) for t in transcripts]
    for s in scored if verbose else ():
        name, text = s.transcript.name, s.transcript.text
        for m, ok in s.judged:
            if ok:
                continue
            if m.kind == "keep":
                print(f"  KEEP touched {name}: {m.text!r}")
            else:
                print(f"  {'partial' if touched(m, s.spans) else 'missed':8} {m.type:13} {name}: {m.text!r}")
        for f in s.false_findings():
            print(f"  extra    {name}: {text[f.start:f.end]!r}")
    judged = [(m.type, m.entity if m.type not in PER_FILE else f"{s.transcript.name}/{m.entity}", ok)
              for s in scored for m, ok in s.judged if m.kind != "keep"]
    keep = [ok for s in scored for m, ok in s.judged if m.kind == "keep"]
    print("type           mentions  recall")
    for typ, v in sorted(by_type((typ, ok) for typ, _, ok in judged).items()):
        print(f"{typ:14} {len(v):8}  {sum(v) / len(v):.2f}")
    entities = protected(((typ, entity), ok) for typ, entity, ok in judged)
    print(f"entities protected: {fraction(sum(entities.values()), len(entities))}")
    print(f"character precision: {char_precision(scored):.2f}")
    print(f"keep touched: {keep.count(False)}/{len(keep)}")


if __name__ == "__main__":
    main()
