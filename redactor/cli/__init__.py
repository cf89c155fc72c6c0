"""Command-line interface: the Typer app and one module per command.

Each command module registers itself on ``app`` when imported; add a command by adding its
module to the import below.
"""

from redactor.cli import check, init, protect, redact, reveal, review, rules, scan  # noqa: F401,E402  (register commands)
from redactor.cli.app import app


def main() -> None:
    app()
