"""redactor: find what could identify a confidential source in a transcript and replace it.

The public API is what this module exports; everything else may change.  Names are imported on
first use, so `import redactor.something` does not load Presidio and spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["Redactor", "RunResult", "Settings", "Source", "load_settings", "ExitCode", "Finding",
           "RedactorError"]
__version__ = "0.1.0"

_HOMES = {
    "Redactor": "redactor.pipeline", "RunResult": "redactor.pipeline",
    "Settings": "redactor.project.config", "Source": "redactor.project.config", "load_settings": "redactor.project.config",
    "ExitCode": "redactor.errors", "Finding": "redactor.model", "RedactorError": "redactor.errors",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'redactor' has no attribute {name!r}")
