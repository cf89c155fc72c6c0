"""Command-line interface: the Typer app and one module per command.

Each command module registers itself on ``app`` when imported; add a command by adding its
module to the import below.
"""

# wordfreq finds its data folder with ``inspect.stack()`` when imported, which reads the source
# of every frame above it and searches every loaded module; imported first, near the top of the
# stack with few modules loaded, that takes about a tenth of the time it takes deep inside the
# command imports below.
import wordfreq  # noqa: F401,I001  (first, see above)

from redactor.cli import check, decide, init, protect, redact, reveal, review, rules, scan  # noqa: F401  (register commands)
from redactor.cli.app import app


def main() -> None:
    # Library log records stay off the user's screen: noise, and a log line must never carry
    # text from a transcript.  Handlers attached to the logger itself (the time-out watch in
    # detect/engine.py) still receive every record.
    import logging

    presidio_log = logging.getLogger("presidio-analyzer")
    presidio_log.addHandler(logging.NullHandler())
    presidio_log.propagate = False
    # What the imports made (modules, classes, tables) lives as long as the process: out of the
    # cyclic collector's reach, its full collections during the run stop walking it again each
    # time (0.65 of 1.1 CPU s of collections in a scan of the 200 bench transcripts).  Only in a
    # process that runs one command: the library (and the tests, which call ``app``) never do.
    import gc

    gc.freeze()
    app()
