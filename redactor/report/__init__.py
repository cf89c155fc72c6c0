"""Every report redactor prints or writes: one module per report and format, one signature.

A module ``<report>_<format>.py`` here sets ``REPORT`` and ``FORMAT`` and defines
``render(result) -> str``: the result of the run it reports (``RunResult`` for ``scan`` and
``redaction``, ``redactor.ci.gate.CheckResult`` for ``check``) in that format.  Adding a format
is adding a module, nothing else changes (as pip-audit's ``_format``).  Today:
``scan_text``, ``scan_json`` (the JSON contract), ``redaction_json`` (the report beside
redacted output), ``check_text``, ``check_json``, ``check_sarif``, ``check_github``.  The review
page (``html``) is a whole interactive page with its own entry point, ``render_review``.
Renderers print the masked hint (``PERSON, 14 chars``) and the keyed fingerprint, never a value,
unless a check result's ``show_values`` is set.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType
from typing import Any, Callable

from redactor.errors import ExitCode, RedactorError

Renderer = Callable[[Any], str]
_NAME = re.compile(r"[a-z][a-z0-9]*")


def _load(module_name: str) -> ModuleType | None:
    qualified = f"{__name__}.{module_name}"
    try:
        return importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name == qualified:
            return None
        raise


def _renderer_of(module: ModuleType | None, report: str) -> tuple[str, Renderer] | None:
    name = getattr(module, "FORMAT", None)
    render = getattr(module, "render", None)
    if getattr(module, "REPORT", None) == report and isinstance(name, str) and callable(render):
        return name, render
    return None


def renderer(format_name: str, report: str = "check") -> Renderer:
    """The ``render`` function of ``report`` in ``format_name``; an unknown name is a usage error (exit 2)."""
    if _NAME.fullmatch(format_name) and _NAME.fullmatch(report):
        found = _renderer_of(_load(f"{report}_{format_name}"), report)
        if found is not None and found[0] == format_name:
            return found[1]
    names = ", ".join(sorted(formats(report)))
    raise RedactorError(f"unknown report format {format_name!r} (choose from: {names})", ExitCode.USAGE)


def formats(report: str = "check") -> dict[str, Renderer]:
    """Format name -> ``render`` for every format of ``report`` in this package."""
    found: dict[str, Renderer] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith(f"{report}_"):
            entry = _renderer_of(_load(info.name), report)
            if entry is not None:
                found[entry[0]] = entry[1]
    return found


def render(format_name: str, result: Any, report: str = "check") -> str:
    """Render ``result`` as ``report`` in ``format_name``."""
    return renderer(format_name, report)(result)
