"""The per-user tables of compiled patterns, made in a child process before a run that lacks
them builds its detector.

A detector built where the tables of known patterns (``prefilter.known_patterns``, the rule
packs' and Presidio's patterns) and of redactor's own compiled patterns (``own_compiled``) are
missing compiles every pattern from its source: ``regex``'s parser makes large transient trees
(word lists of thousands of words), and what the process's heap grows to for them stays
(measured on a check of a 2,000-word file: 263 MiB with the tables kept, 322 without them; a
scan's detecting processes the same).  Every user's first run, and the first after an upgrade
that changes the gates' code (the tables' names carry its digest), is such a run.

So the run first starts a short-lived child interpreter (``files.made_in_child``) that builds a
detector with the run's settings, less spaCy (its patterns are the same; the model is not
needed to compile them), compiles every own pattern the detector's modules hold, keeps the
tables and exits; the run then reads them as the next run does.  What the child did not compile
(a pattern first made while detecting) the run compiles itself, as before.  A user's own packs'
and added recognizers' patterns are never kept (``Gates.install``), in the child as in the run.
"""

from __future__ import annotations

import gc
import pickle
import sys

from typing import TYPE_CHECKING

from redactor.detect.prefilter import GatedRegex, LazyRegex, pattern_tables
from redactor.project.files import PRIMING_CHILD, made_in_child

if TYPE_CHECKING:
    from redactor.project.config import Settings


def prime_pattern_tables(settings: Settings) -> None:
    """Make the tables of compiled patterns in a child when either is missing (nothing when
    both are kept, the case of every run after the first)."""
    if tables_kept():
        return
    try:
        # Only this process writes the child's input: the settings it was given, as they are.
        given = pickle.dumps(settings, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return  # settings made in code with something unpicklable: the run compiles as before
    made_in_child(pattern_tables()[0], f"{__name__}:compile_run_patterns", given=given, marker=PRIMING_CHILD)


def tables_kept() -> bool:
    """Whether both tables of compiled patterns are kept (every run after the first)."""
    return all(table.is_file() for table in pattern_tables())


def prime_before_imports() -> None:
    """Make the tables in a child with the default settings when either is missing, before the
    command modules are imported (the command line's entry calls this first).

    Those modules compile redactor's own patterns when imported (``own_compiled``) and derive
    the gates of the gated ones (``gated``): where the tables are missing, that parse happens in
    the run's own process, and what its heap grew to for it stays for the run (+10.6 MB of a
    driver's resident size after its imports, so a cold scan of 2,000 files peaked 311.7 MiB
    against a warm one's 300.3).  Made here, the imports rebuild them from the tables as a
    second run's do.  A run whose settings add patterns (its packs) compiles those itself, as
    a run does after its settings change."""
    if tables_kept():
        return
    from redactor.project.config import Settings

    prime_pattern_tables(Settings())


def compile_run_patterns() -> None:
    """In the child: the detector of the settings read from standard input built (its packs'
    patterns compiled and kept), and every own pattern it holds compiled (kept at exit)."""
    from redactor.pipeline import build_detector

    settings = pickle.load(sys.stdin.buffer)
    detector = build_detector(settings.model_copy(update={"ner": False}))
    compile_held_patterns()
    del detector


def compile_held_patterns() -> None:
    """Compile every pattern this process holds that would be compiled on first use: each
    ``LazyRegex`` and the simple-case twin of each gated own pattern (``simple_case``)."""
    for held in gc.get_objects():
        if isinstance(held, LazyRegex):
            held.compiled  # noqa: B018 - compiled (from source when no run kept it) and so kept
        elif isinstance(held, GatedRegex):
            held.compile_twin()
