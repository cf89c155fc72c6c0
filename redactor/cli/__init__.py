"""Command-line interface: the Typer app and one module per command.

Each command module registers itself on ``app`` when imported; add a command by adding its
module to the import below.
"""

# The imports below (spaCy, Presidio, the commands) make about 250,000 objects that live as long
# as the process; the garbage collector would walk them all again and again while they are made
# and after (a third of a second of a short check's CPU, measured with ``gc.callbacks``).  So it
# waits until they are made, then leaves them out of every later collection (``gc.freeze``; the
# detection workers forked by ``--jobs`` also share those pages instead of copying them when
# a collection touches them).
import gc  # noqa: I001  (before the imports it is about)

_collecting = gc.isenabled()
gc.disable()

# The imports below compile about 700 ``re`` patterns: each is rebuilt from the compiled form an
# earlier run kept, and what is new is kept when they are done (``kept_re``: a seventh of a
# short check's CPU).
from redactor.project.kept_re import ImportWindow  # noqa: E402

_patterns = ImportWindow()
_patterns.open()

# wordfreq finds its data folder with ``inspect.stack()`` when imported, which reads the source
# of every frame above it and searches every loaded module; imported first, near the top of the
# stack with few modules loaded, that takes about a tenth of the time it takes deep inside the
# command imports below.
import wordfreq  # noqa: F401,E402  (first, see above)

# Where the tables of compiled patterns are missing (a first run), a child makes them before
# the imports below compile redactor's own patterns (``prime_before_imports``).
from redactor.detect.prime import prime_before_imports  # noqa: E402

prime_before_imports()

# Presidio before the commands, without its own recognizers' patterns compiled only to be
# thrown away (``presidio_import``): a twelfth of a short check's CPU.
from redactor.detect.presidio_import import import_presidio  # noqa: E402

import_presidio()

from redactor.cli import check, decide, init, protect, redact, reveal, review, rules, scan  # noqa: F401,E402  (register commands)
from redactor.cli.app import app  # noqa: E402

_patterns.close()
gc.freeze()
if _collecting:
    gc.enable()


def main() -> None:
    # Library log records stay off the user's screen: noise, and a log line must never carry
    # text from a transcript.  Handlers attached to the logger itself (the time-out watch in
    # detect/engine.py) still receive every record.
    import logging

    presidio_log = logging.getLogger("presidio-analyzer")
    presidio_log.addHandler(logging.NullHandler())
    presidio_log.propagate = False
    app()
