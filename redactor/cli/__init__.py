"""Command-line interface: the Typer app and one module per command.

Each command module registers itself on ``app`` when imported; add a command by adding its
module to the import below.
"""

from redactor.cli.app import app
from redactor.cli import scan, redact, rules, check, protect, init, reveal, review  # noqa: F401,E402  (register commands)


def main() -> None:
    app()
