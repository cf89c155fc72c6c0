"""One-line dev-set figures for issue 13, over bench/quality/dev.py's runners and scorer.

    python bench/dev_score.py [--sets tab_train,voxpopuli_finetune_lower] [--first N]
                              [--half even|odd] [--tools redactor,presidio] [--out DIR] [--reuse]

Predictions go to DIR/<set>-<tool>.jsonl ({"id", "spans": [{"start", "end", "label"}]}) and are
scored by the set's own score.py (called, not copied): TAB with identifier NO_MASK as keep and
``--by identifier``; VoxPopuli with its public labels as keep.  Prints one summary line per set
and tool with the figures issue 13 asks for, and the full JSON to DIR/summary.json.

``--half even`` (or ``odd``) keeps every other document (by its line in gold.jsonl) and scores
against that half of the gold: look for causes in one half, check that a change carries to the
other before keeping it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "quality"))
from dev import PUBLIC, dev_score as score, load, presidio_predict, redactor_predict  # noqa: E402


def summary(name: str, entry: dict) -> str:
    """The figures issue 13 sets targets for, in one line."""
    def fig(result: dict, group: str, key: str) -> str:
        value = result.get("groups", {}).get(group, {}).get(key)
        return "-" if value is None else f"{value:.3f}"

    if name == "tab_train":
        by_label, by_id = entry["by_label"], entry["by_identifier"]
        org = by_label.get("keep", {}).get("ORG", {}).get("touched")
        loc = by_label.get("keep", {}).get("LOC", {}).get("touched")
        return (f"CODE recall {fig(by_label, 'CODE', 'recall')} "
                f"PERSON partial {fig(by_label, 'PERSON', 'partial')} recall {fig(by_label, 'PERSON', 'recall')} "
                f"DATETIME {fig(by_label, 'DATETIME', 'recall')} "
                f"DIRECT {fig(by_id, 'DIRECT', 'recall')} QUASI {fig(by_id, 'QUASI', 'recall')} "
                f"NO_MASK ORG touched {org:.3f} LOC touched {loc:.3f} "
                f"over-redaction {by_label['over_redaction']:.3f} precision {by_label['char_precision']:.3f}")
    default, public = entry["default"], entry["public_keep"]
    return (f"PERSON recall {fig(default, 'PERSON', 'recall')} "
            f"over-redaction {default['over_redaction']:.3f} precision {default['char_precision']:.3f} "
            f"public-keep over-redaction {public['over_redaction']:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="tab_train,voxpopuli_finetune_lower")
    ap.add_argument("--tools", default="redactor,presidio")
    ap.add_argument("--first", type=int)
    ap.add_argument("--out", type=Path, default=Path("/tmp/dev_score"))
    ap.add_argument("--half", choices=("even", "odd"), help="every other document only")
    ap.add_argument("--reuse", action="store_true", help="score existing predictions")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict = {}
    for name in args.sets.split(","):
        docs = load(name, args.first)
        gold = None
        if args.half:
            docs = docs[args.half == "odd"::2]
            gold = args.out / f"{name}-gold-{args.half}.jsonl"
            gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        for tool in args.tools.split(","):
            pred = args.out / f"{name}-{tool}.jsonl"
            t0 = time.time()
            if not args.reuse:
                preds = (redactor_predict if tool == "redactor" else presidio_predict)(docs)
                pred.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
            entry = {"docs": len(docs), "seconds": round(time.time() - t0, 1)}
            if name == "tab_train":
                entry["by_label"] = score(name, pred, args.first, gold=gold)
                entry["by_identifier"] = score(name, pred, args.first, "--by", "identifier", gold=gold)
            else:
                entry["default"] = score(name, pred, args.first, gold=gold)
                entry["public_keep"] = score(name, pred, args.first, "--keep-field", "label",
                                             "--keep-values", PUBLIC, gold=gold)
            report.setdefault(name, {})[tool] = entry
            print(f"{name} {tool} ({entry['seconds']} s): {summary(name, entry)}", flush=True)
    (args.out / "summary.json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
