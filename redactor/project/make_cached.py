"""``python -m redactor.project.make_cached MODULE:FUNCTION``: make one of redactor's per-user
cache files in a process of its own (``redactor.project.files.made_in_child``) and exit."""

from __future__ import annotations

import importlib
import os
import sys

from redactor.project.files import MAKING_CHILD, PRIMING_CHILD


def main(argv: list[str]) -> int:
    module, _, function = (argv[0] if len(argv) == 1 else "").partition(":")
    if not module.startswith("redactor.") or not function or not (os.environ.get(MAKING_CHILD) or os.environ.get(PRIMING_CHILD)):
        return 2
    getattr(importlib.import_module(module), function)()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
