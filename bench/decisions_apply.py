"""How long applying an editor's decisions takes on a long transcript, edited or not.

A seeded ~60,000-word transcript (``make_corpus.transcript`` repeated), 2,500 reject decisions
and 20 added spans made on it, applied to the text as it was, after a line is added at the top,
and with only the added spans (so each must be searched for).  Usage: python bench/decisions_apply.py
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_corpus import transcript  # noqa: E402

from redactor.model import Mention  # noqa: E402
from redactor.refine.decisions import (  # noqa: E402
    Decisions,
    anchor_print,
    file_prints,
    key_check,
    page_key,
    value_print,
)

KEY = b"bench-key"


def entry(action: str, entity_type: str, text: str, start: int, end: int) -> dict:
    pkey = page_key(KEY)
    return {"action": action, "file": 0, "entity_type": entity_type,
            "value": value_print(pkey, text[start:end]), "anchor": anchor_print(pkey, text, start, end),
            "start": start, "end": end, "line": text.count("\n", 0, start) + 1}


def main() -> None:
    rng = random.Random(1)
    text = "".join(transcript(rng) for _ in range(150))
    path = Path("bench.txt")
    mentions = [Mention(m.start(), m.end(), "PERSON", 0.8, "bench", m.group())
                for m in re.finditer(r"[A-Z][a-z]+", text)][:5000]
    rejects = [entry("reject", "PERSON", text, m.start, m.end) for m in mentions[::2]]
    adds = [entry("add", "DETAIL", text, m.start, m.end + 4) for m in mentions[1::250]]
    shift = "A new first line.\n"
    print(f"{len(text.split())} words, {len(rejects)} rejects, {len(adds)} added spans")
    for label, entries, edited, moved in (
            ("as reviewed", rejects + adds, text, 0),
            ("a line added at the top", rejects + adds, shift + text, len(shift)),
            ("added spans only, after the edit", adds, shift + text, len(shift))):
        data = {"format": "redactor-decisions", "version": 2, "key_check": key_check(KEY),
                "files": [file_prints(KEY, path, text)], "decisions": entries}
        decisions = Decisions.from_json(data, KEY)
        found = [Mention(m.start + moved, m.end + moved, m.entity_type, m.score, m.detector, m.text)
                 for m in mentions] if entries is not adds else []
        started = time.perf_counter()
        decisions.apply(path, edited, found)
        print(f"{label}: {time.perf_counter() - started:.2f} s, {len(decisions.issues())} issues")


if __name__ == "__main__":
    main()
