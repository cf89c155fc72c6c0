"""Report formats for `redactor check`: one module per format, one signature, found by discovery.

Every module in this package that sets ``FORMAT = "<name>"`` and defines
``render(result: redactor.check.CheckResult) -> str`` is a format; adding one is adding a module,
nothing else changes.  Renderers print the masked hint (``PERSON, 14 chars``) and the keyed
fingerprint, never a value, unless ``result.show_values`` is set.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable

from redactor.model import ExitCode, RedactorError

Renderer = Callable[..., str]


def formats() -> dict[str, Renderer]:
    """Format name -> ``render`` for every format module in this package."""
    found: dict[str, Renderer] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        name = getattr(module, "FORMAT", None)
        render_fn = getattr(module, "render", None)
        if isinstance(name, str) and callable(render_fn):
            found[name] = render_fn
    return found


def render(format_name: str, result) -> str:
    """Render ``result`` in ``format_name``; an unknown name is a usage error (exit 2)."""
    available = formats()
    if format_name not in available:
        names = ", ".join(sorted(available))
        raise RedactorError(f"unknown report format {format_name!r} (choose from: {names})", ExitCode.USAGE)
    return available[format_name](result)
