"""Aggregate causes of misses on the frozen set, as counts of shapes: never a word of its text.

    python bench/quality/causes.py          # after score.py has left results/raw/redactor.json

The frozen set must not be read to fit rules, but a count of *kinds* of miss is what a team
needs to pick general work. This prints, per class and type, how many mentions are untouched or
partly covered, on which side the missing tokens are (L left, R right, M middle) and their shape
(Cap capitalised, low lower case, digit, numword a number said in words, punct); for public
facts, which replacement type touched them, their shape, whether wholly and whether inside a
wider finding; and, per in-file inconsistent entity, the shape of
its surface forms and the replacement types they got (S0, S1: distinct forms, ntok tokens,
quote: a quote mark before it).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score

NUMBER_WORDS = frozenset(
    ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"])
QUOTES = "\"“«‘'"


def shape(token: str) -> str:
    if any(c.isdigit() for c in token):
        return "digit"
    if token.lower().strip(".,") in NUMBER_WORDS:
        return "numword"
    if not any(c.isalpha() for c in token):
        return "punct"
    return "Cap" if token[:1].isupper() else "low"


def label_type(replacement: str) -> str:
    return re.sub(r" [0-9]+", "", replacement)


def neighbours(text: str, mention: dict, findings: list[dict]) -> str:
    """Which replacement types a finding has within two characters before (L) and after (R)
    an untouched mention: a rank left beside the name it belongs to shows as 'R:[PERSON]'."""
    def near(lo: int, hi: int) -> str:
        labels = sorted({label_type(f["replacement"]) for f in findings
                         if f["start"] < hi and f["end"] > lo})
        return "+".join(labels) or "-"
    return f'L:{near(mention["start"] - 2, mention["start"])} R:{near(mention["end"], mention["end"] + 2)}'


def miss_shapes(scored) -> dict[str, Counter]:
    stats: dict[str, Counter] = defaultdict(Counter)
    for _run, _rel, doc, text, _ignore, findings, masked in scored:
        for m in doc["mentions"]:
            key = f'{m["class"]}:{m["type"]}'
            chars = score.nonspace(text, m["start"], m["end"])
            covered = chars & masked
            words = m["text"].split()
            if m["class"] == "keep":
                if covered:
                    labels = {label_type(f["replacement"]) for f in findings
                              if score.nonspace(text, f["start"], f["end"]) & chars}
                    stats[key]["touched by " + "+".join(sorted(labels))] += 1
                    wider = any(f["start"] < m["start"] or f["end"] > m["end"] for f in findings
                                if score.nonspace(text, f["start"], f["end"]) & chars)
                    stats[key][f'touched {"whole" if covered == chars else "part"} '
                               f'{"-".join(shape(t) for t in words[:5])}{" in a wider span" if wider else ""}'] += 1
                continue
            if covered == chars:
                continue
            if not covered:
                stats[key]["untouched " + "-".join(shape(t) for t in words[:5])] += 1
                stats[key]["untouched, beside " + neighbours(text, m, findings)] += 1
                continue
            toks = score.tokens(text, m["start"], m["end"])
            missing = [t for t in toks if not score.nonspace(text, *t) <= masked]
            side = (("L" if toks[0] in missing else "") + ("R" if toks[-1] in missing else "")
                    + ("M" if any(t not in (toks[0], toks[-1]) for t in missing) else ""))
            stats[key]["partial side " + side] += 1
            for s, e in missing:
                stats[key]["partial missing " + shape(text[s:e])] += 1
    return stats


def inconsistent_entities(scored) -> list[str]:
    rows = []
    for _run, rel, doc, text, _ignore, findings, masked in scored:
        per_entity = defaultdict(list)
        for m in doc["mentions"]:
            chars = score.nonspace(text, m["start"], m["end"])
            if m["class"] == "keep" or not chars <= masked:
                continue
            own = {f["replacement"] for f in findings
                   if (fc := score.nonspace(text, f["start"], f["end"])) and len(fc & chars) * 2 >= len(fc)}
            if own:
                per_entity[m["entity"]].append((m, own))
        for mentions in per_entity.values():
            if len(mentions) < 2 or len(set().union(*(o for _, o in mentions))) == 1:
                continue
            forms: dict[str, int] = {}
            parts = []
            for m, own in mentions:
                form = forms.setdefault(m["text"].casefold(), len(forms))
                quoted = text[max(0, m["start"] - 1):m["start"]] in QUOTES
                parts.append(f"S{form}(ntok={len(m['text'].split())},cap={m['text'][:1].isupper()},"
                             f"quote={quoted}) -> {sorted(label_type(r) for r in own)}")
            rows.append(f'{mentions[0][0]["type"]} {rel.split("/")[0]} | ' + "; ".join(parts))
    return rows


def main() -> None:
    if len(sys.argv) > 1:  # the root of another frozen set, as score.py --set
        score.use_set(Path(sys.argv[1]))
    gold: dict[str, dict] = {}
    for run_dir in score.runs():
        gold.update(score.load_gold(run_dir))
    preds = json.loads((score.RAW / "redactor.json").read_text())
    for key, counts in sorted(miss_shapes(score._scored_files(gold, preds)).items()):
        print(key, dict(counts.most_common()))
    print("\nin-file inconsistent entities:")
    for row in inconsistent_entities(score._scored_files(gold, preds)):
        print(" ", row)


if __name__ == "__main__":
    main()
