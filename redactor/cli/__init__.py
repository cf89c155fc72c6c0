"""Command-line interface: the Typer app and one module per command.

Each command module registers itself on ``app`` when imported; add a command by adding its
module to the import below.
"""

from redactor.cli import check, decide, init, protect, redact, reveal, review, rules, scan  # noqa: F401,E402  (register commands)
from redactor.cli.app import app


def main() -> None:
    # Library log records stay off the user's screen: noise, and a log line must never carry
    # text from a transcript.  Handlers attached to the logger itself (the time-out watch in
    # detect/engine.py) still receive every record.
    import logging

    presidio_log = logging.getLogger("presidio-analyzer")
    presidio_log.addHandler(logging.NullHandler())
    presidio_log.propagate = False
    app()
