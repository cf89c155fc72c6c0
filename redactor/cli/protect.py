"""`redactor protect`: keep the names that must never be published on a watchlist of keyed hashes.

``add`` takes names from the arguments, from standard input (one a line) or from a hidden
prompt, so a name need not sit in the shell history; ``list`` and ``remove`` show only ids and
counts.  The file holds HMAC-SHA-256 hashes under ``REDACTOR_KEY`` and is safe to commit.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from redactor.ci.gate import project_root
from redactor.ci.watchlist import (
    WATCHLIST_NAME,
    load_watchlist,
    locate_watchlist,
    make_entry,
    new_watchlist,
    save_watchlist,
    verify_key,
)
from redactor.cli.app import app, err, handle_errors, out
from redactor.errors import ExitCode, RedactorError
from redactor.project.keys import project_key

protect_app = typer.Typer(help="Names to look for in every check, stored as keyed hashes only.",
                          no_args_is_help=True)
app.add_typer(protect_app, name="protect")

WATCHLIST_OPTION = typer.Option(
    None, "--watchlist", help=f"Watchlist file (default: {WATCHLIST_NAME} here or in the project root).")


def _path(option: Path | None) -> Path:
    if option is not None:
        return option
    cwd = Path.cwd()
    return locate_watchlist(cwd, project_root(cwd))


def _names(names: list[str]) -> list[str]:
    if names == ["-"] or (not names and not sys.stdin.isatty()):
        return [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    if names:
        return names
    return [typer.prompt("Name to protect (not shown)", hide_input=True)]


@protect_app.command("add")
@handle_errors
def add(
    names: Optional[List[str]] = typer.Argument(
        None, help="Names to protect; '-' or none reads them from stdin (one a line) or a hidden prompt."),
    watchlist: Optional[Path] = WATCHLIST_OPTION,
) -> None:
    """Add names to the watchlist (their keyed hashes; the names themselves are not stored)."""
    key = project_key()
    path = _path(watchlist)
    listed = load_watchlist(path) if path.is_file() else new_watchlist(key)
    verify_key(listed, key, path)
    wanted = _names(list(names or []))
    if not wanted:
        raise RedactorError("no name given", ExitCode.USAGE)
    for n, name in enumerate(wanted, 1):
        try:
            entry = make_entry(key, name)
        except RedactorError as exc:
            raise RedactorError(f"name {n}: {exc.message}", ExitCode.USAGE) from None
        listed, added = listed.with_entry(entry)
        state = "added" if added else "already on the list"
        out.print(f"{entry.id}: {state} ({len(entry.hashes)} variant hashes)", markup=False, highlight=False)
    save_watchlist(path, listed)
    err.print(f"watchlist: {path} ({len(listed.entries)} protected names)", markup=False, highlight=False)


@protect_app.command("list")
@handle_errors
def list_(watchlist: Optional[Path] = WATCHLIST_OPTION) -> None:
    """Show how many names are protected and their ids (never the names)."""
    path = _path(watchlist)
    if not path.is_file():
        raise RedactorError(f"{path}: no watchlist yet (add a name with `redactor protect add`)", ExitCode.USAGE)
    listed = load_watchlist(path)
    out.print(f"{path}: {len(listed.entries)} protected names, {listed.hash_count()} hashes",
              markup=False, highlight=False)
    for entry in listed.entries:
        out.print(f"  {entry.id}  {len(entry.hashes)} variant hashes", markup=False, highlight=False)


@protect_app.command("remove")
@handle_errors
def remove(
    entry_id: str = typer.Argument(..., help="The id shown by `redactor protect list`."),
    watchlist: Optional[Path] = WATCHLIST_OPTION,
) -> None:
    """Remove one protected name by its id."""
    path = _path(watchlist)
    if not path.is_file():
        raise RedactorError(f"{path}: no watchlist yet", ExitCode.USAGE)
    listed, removed = load_watchlist(path).without(entry_id)
    if not removed:
        raise RedactorError(f"{path}: no entry with id {entry_id}", ExitCode.USAGE)
    save_watchlist(path, listed)
    out.print(f"{entry_id}: removed ({len(listed.entries)} protected names left)", markup=False, highlight=False)
