"""Report formats for `redactor check`: one module per format, one signature, found by name.

A module here that sets ``FORMAT = "<name>"`` and defines
``render(result: redactor.ci.check.CheckResult) -> str`` is a check format; it is looked up as
``check_<name>`` or ``<name>``, so adding a format is adding a module, nothing else changes.
Modules without ``FORMAT`` (the scan reports, the review page) are not check formats.
Renderers print the masked hint (``PERSON, 14 chars``) and the keyed fingerprint, never a value,
unless ``result.show_values`` is set.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Callable

from redactor.errors import ExitCode, RedactorError

Renderer = Callable[..., str]
_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _load(module_name: str):
    qualified = f"{__name__}.{module_name}"
    try:
        return importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name == qualified:
            return None
        raise


def renderer(format_name: str) -> Renderer:
    """The ``render`` function of ``format_name``; an unknown name is a usage error (exit 2)."""
    if _NAME.fullmatch(format_name):
        for module_name in (f"check_{format_name}", format_name):
            module = _load(module_name)
            if module is not None and getattr(module, "FORMAT", None) == format_name:
                return module.render
    names = ", ".join(sorted(formats()))
    raise RedactorError(f"unknown report format {format_name!r} (choose from: {names})", ExitCode.USAGE)


def formats() -> dict[str, Renderer]:
    """Format name -> ``render`` for every check format in this package."""
    found: dict[str, Renderer] = {}
    for info in pkgutil.iter_modules(__path__):
        module = _load(info.name)
        name = getattr(module, "FORMAT", None)
        if isinstance(name, str) and callable(getattr(module, "render", None)):
            found[name] = module.render
    return found


def render(format_name: str, result) -> str:
    """Render ``result`` (a ``CheckResult``) in ``format_name``."""
    return renderer(format_name)(result)
