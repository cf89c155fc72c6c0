"""redactor: find what could identify a confidential source in a transcript and replace it.

The public API is what this module exports; everything else may change.
"""

from redactor.api import Redactor, RunResult
from redactor.config import Settings, Source, load_settings
from redactor.model import ExitCode, Finding, RedactorError

__all__ = ["Redactor", "RunResult", "Settings", "Source", "load_settings", "ExitCode", "Finding",
           "RedactorError"]
__version__ = "0.1.0"
