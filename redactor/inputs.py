"""Where a run's documents come from, read again whenever a step needs a text, never held.

A run over files makes several passes (see ``redactor.pipeline``): the first detects in each
file and keeps only its mentions and the digest of its bytes; every later step that needs a
text reads the file again here.  A file that is not the file the first pass read (edited,
replaced or removed between the passes) is not edited with offsets found in another text: it
fails with a reason that says so.  In-memory texts (``Redactor.scan``) are held, as they were
given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from redactor.formats import read_document
from redactor.model import Detected, DocumentRun, FileResult, FileStatus, JoinedText

CHANGED = "changed while the run was under way (its content differs from what was detected); run again"


def document_run(result: FileResult) -> DocumentRun:
    """A scanned file on its way through a run: its document and joined text."""
    if result.document is None:
        raise ValueError(f"{result.path} was not read")
    return DocumentRun(result=result, document=result.document, joined=JoinedText.of(result.document))


class RunInputs:
    """The run's inputs, in order: files (read from disk at each pass) or results already read."""

    def __init__(self, items: Sequence[Path | FileResult]) -> None:
        self._items = tuple(items)

    def __len__(self) -> int:
        return len(self._items)

    def read(self, index: int) -> FileResult:
        """The ``index``-th input as read now."""
        item = self._items[index]
        return read_document(item) if isinstance(item, Path) else item

    def again(self, state: Detected) -> DocumentRun | FileResult:
        """The file ``state`` was detected in, read again with ``state``'s mentions; a failed
        result when it can no longer be read or its bytes are not those the first pass read."""
        result = self.read(state.index)
        if result.status != FileStatus.SCANNED or result.digest != state.digest:
            return FileResult(path=state.path, status=FileStatus.FAILED, reason=CHANGED)
        doc = document_run(result)
        return DocumentRun(result=doc.result, document=doc.document, joined=doc.joined, mentions=state.mentions)
