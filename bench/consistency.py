"""Pseudonym consistency on annotated transcripts of our own: one person, one pseudonym.

    python bench/consistency.py [FOLDER]      (default: tests/data/consistency)

Each transcript (a file directly in FOLDER) marks its gold mentions inline as ``[[text|entity]]``; mentions with one entity
name are one thing, and ``?`` marks a mention that fits two people and must share a pseudonym with
neither.  Each file is redacted in a run of its own (the markup removed, ``bench.probe.run_alone``)
and scored by ``bench.probe.score_consistency``: consistency is the share of gold entities with
two or more covered mentions whose covered mentions all got one replacement; a wrong merge is
two gold entities sharing a replacement.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.probe import Mention, Transcript, fraction, load, run_alone, unmark  # noqa: E402
from bench.probe import score_consistency as score_file  # noqa: E402,F401  (tests/test_consistency.py)

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def read_annotated(marked: str) -> tuple[str, list[Mention]]:
    """The plain text of a marked transcript and its gold mentions (each with its entity)."""
    plain, marks = unmark(marked, MARK)
    return plain, [Mention(s, e, m.group(1), entity=m.group(2)) for s, e, m in marks]


def read_transcript(path: Path) -> Transcript:
    plain, gold = read_annotated(path.read_text(encoding="utf-8"))
    return Transcript(path.name, plain, tuple(gold))


def main(folder: str = "tests/data/consistency") -> None:
    transcripts = load((p for p in Path(folder).iterdir() if p.is_file()), read_transcript)
    found = run_alone(transcripts)
    scores = [score_file(t.name, t.mentions, [(f.start, f.end, f.replacement) for f in found[t.name]])
              for t in transcripts]
    for s in scores:
        merges = ", ".join(f"{a}+{b}" for a, b in s.wrong_merges)
        print(f"{s.name:28} {s.consistent}/{s.judged} consistent  wrong merges: {len(s.wrong_merges)} {merges}")
    judged = sum(s.judged for s in scores)
    consistent = sum(s.consistent for s in scores)
    wrong = sum(len(s.wrong_merges) for s in scores)
    print(f"inside a file: {fraction(consistent, judged)}; wrong merges: {wrong}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
