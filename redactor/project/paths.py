"""Which files a run reads: inputs expanded into files, and the files redactor itself writes."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

# Files redactor itself writes; a folder holding them is scanned without them.
OWN_FILES = frozenset({"redaction-report.json", "redactor-decisions.json", "redactor.yaml"})


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, and files under folders named (recursively, sorted; hidden entries and
    redactor's own files skipped)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if (child.is_file() and child.name not in OWN_FILES
                        and not any(part.startswith(".") for part in rel)):
                    found.append(child)
        else:
            found.append(path)
    return found
