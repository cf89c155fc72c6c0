"""Exit codes and the one exception type for expected failures.

Exit codes are an interface (CI systems rely on them); a ``RedactorError`` carries a message fit
for the user and the exit code it maps to.  The CLI catches it in one place.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes are an interface: CI systems and scripts rely on them."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    UNREADABLE = 3


class RedactorError(Exception):
    """An expected failure with a message fit for the user and the exit code it maps to.

    The message must never contain a protected value: say where (file, line, rule), not what.
    """

    def __init__(self, message: str, exit_code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class NotForUs(RedactorError):
    """A file with a suffix we read whose content is not ours to handle (a .json config, not a
    transcript): skipped with the reason, not failed."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ExitCode.OK)
