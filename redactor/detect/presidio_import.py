"""Importing Presidio without compiling its predefined recognizers' patterns twice.

Presidio's ``Pattern`` compiles its regex when it is made, only to see that it compiles, and
throws the compiled form away.  Its predefined recognizers make about 190 of them as their
modules are imported: a quarter of a second of CPU in every process (the web-address pattern
alone about a tenth), a twelfth of a one-file ``check``.  redactor never matches with that
form: ``prefilter.Gates.install`` compiles each pattern of a recognizer a detector loads with
the flags it is matched with, or rebuilds one an earlier run compiled, and that is where an
invalid pattern fails; Presidio compiles any other pattern it runs the first time it runs it.
So the check is left out while Presidio's own modules are imported, and is back for every
``Pattern`` made after (a rule pack's, a caller's).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

_CHECK = "_Pattern__validate_regex"  # the name-mangled static method ``Pattern.__init__`` calls


def _unchecked(pattern: str) -> None:
    """Stands in for the check while Presidio's modules are imported."""


def _pattern_module() -> Any:
    """``presidio_analyzer.pattern`` loaded on its own, before its package (whose first lines
    import it, before any recognizer), or None when it is not where it is expected."""
    spec = importlib.util.find_spec("presidio_analyzer")  # a top-level package: nothing is imported
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "pattern.py"
    pattern_spec = importlib.util.spec_from_file_location("presidio_analyzer.pattern", path)
    if pattern_spec is None or pattern_spec.loader is None:
        return None
    module = importlib.util.module_from_spec(pattern_spec)
    sys.modules[pattern_spec.name] = module
    try:
        pattern_spec.loader.exec_module(module)
    except Exception:  # noqa: BLE001 - any surprise: Presidio is imported as it comes
        del sys.modules[pattern_spec.name]
        return None
    return module


def import_presidio() -> None:
    """Import ``presidio_analyzer`` (once per process) without its patterns' throw-away check."""
    if "presidio_analyzer" in sys.modules:
        return
    module = _pattern_module()
    check = vars(getattr(module, "Pattern", object)).get(_CHECK)
    if not isinstance(check, staticmethod):  # another Presidio: nothing is changed
        sys.modules.pop("presidio_analyzer.pattern", None)
        importlib.import_module("presidio_analyzer")
        return
    setattr(module.Pattern, _CHECK, staticmethod(_unchecked))
    try:
        package = importlib.import_module("presidio_analyzer")
    finally:
        setattr(module.Pattern, _CHECK, check)
    if getattr(package, "pattern", None) is not module:
        setattr(package, "pattern", module)  # a submodule loaded first is not bound on its package by import
