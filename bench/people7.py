"""Person entities on tests/data/people7: protection, consistency and the cause of each miss.

    python bench/people7.py [FOLDER] [-v]      (default: tests/data/people7)

The transcripts (markup ``[[surface|entity]]``, see the folder's README) are redacted in one run,
as ``redactor scan FOLDER`` would.  For persons and, apart, call signs and handles (entity ids
starting ``cs:``) it prints entity protection (every mention covered) and the cause of each entity
not protected: *not found* (no mention covered) or *not propagated* (some covered, some not).  For
the entities with two or more covered mentions it counts those *split* over two or more
replacements, inside a file and across the files of the run, and the *wrong merges* (two gold
entities sharing a replacement).  ``-v`` shows each miss, masked characters as ``_``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.consistency import read_transcript  # noqa: E402
from bench.probe import fraction, load, masked, replacements_of, covered, run_together, shown  # noqa: E402


def is_call_sign(entity: str) -> bool:
    return entity.startswith("cs:")


def main(folder: str = "tests/data/people7", verbose: bool = False) -> None:
    transcripts = load((p for p in Path(folder).iterdir() if p.is_file() and p.name != "README.md"), read_transcript)
    found = run_together(transcripts)
    mentions: dict[str, list[tuple[str, bool]]] = defaultdict(list)  # entity -> (file, covered)
    names: dict[tuple[str, str], set[str]] = defaultdict(set)  # (file, entity) -> replacements
    misses: list[str] = []
    for t in transcripts:
        findings = [(f.start, f.end, f.replacement) for f in found[t.name]]
        hidden = masked(t.text, [(s, e) for s, e, _ in findings])
        for m, r in zip(t.mentions, replacements_of(t.mentions, findings)):
            ok = covered(t.text, m, hidden)
            mentions[m.entity].append((t.name, ok))
            if ok:
                names[(t.name, m.entity)].add(r)
            else:
                misses.append(f"{t.name:26} {m.entity:14} {shown(t.text, m, hidden)!r}")
    for label, pick in (("persons", lambda e: not is_call_sign(e)), ("call signs", is_call_sign)):
        entities = [e for e in mentions if pick(e)]
        protected = [e for e in entities if all(ok for _, ok in mentions[e])]
        none = [e for e in entities if not any(ok for _, ok in mentions[e])]
        partial = [e for e in entities if e not in protected and e not in none]
        print(f"{label}: protected {fraction(len(protected), len(entities))}; "
              f"not found {len(none)} {sorted(none)}; not propagated {len(partial)} {sorted(partial)}")
    print_consistency(mentions, names)
    if verbose:
        print("\n".join(misses))


def print_consistency(mentions: dict, names: dict) -> None:
    covered_count: dict[tuple[str, str], int] = defaultdict(int)
    for e, ms in mentions.items():
        for name, ok in ms:
            covered_count[(name, e)] += ok
    inside = [k for k in names if covered_count[k] >= 2 and not is_call_sign(k[1])]
    split = sorted(k for k in inside if len(names[k]) > 1)
    print(f"persons one pseudonym inside a file: {fraction(len(inside) - len(split), len(inside))}; "
          f"split: {[f'{f}:{e}' for f, e in split]}")
    across: dict[str, set[str]] = defaultdict(set)
    files: dict[str, set[str]] = defaultdict(set)
    for (name, e), r in names.items():
        across[e] |= r
        files[e].add(name)
    several = [e for e in across if len(files[e]) > 1 and not is_call_sign(e)]
    print(f"persons one pseudonym across files: {fraction(sum(len(across[e]) == 1 for e in several), len(several))}")
    merges = [(a, b) for a, b in combinations(sorted(across), 2) if across[a] & across[b]]
    print(f"wrong merges: {len(merges)} {merges}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(*args[:1], verbose="-v" in sys.argv)
