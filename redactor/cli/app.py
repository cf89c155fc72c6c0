"""The Typer application and what every command shares: the console and error handling.

Commands live one per module beside this one and only parse arguments, call the library and map
errors to exit codes.  Expected failures are ``RedactorError``s, printed as one line; anything
else is printed without locals or source (those hold the text being redacted), with a traceback
only under ``--debug``.
"""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer
from rich.console import Console

from redactor.errors import ExitCode, RedactorError

app = typer.Typer(
    name="redactor",
    help="Find and consistently replace what could identify a confidential source in a transcript.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)

rules_app = typer.Typer(help="List the loaded rules or try a rule pack on some text.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

# Human output goes to stdout; notices, progress and errors to stderr, so `--format json > f` is clean.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

_state = {"debug": False}

F = TypeVar("F", bound=Callable[..., object])


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on unexpected errors."),
) -> None:
    """redactor: protect confidential sources in interview transcripts."""
    _state["debug"] = debug


def handle_errors(func: F) -> F:
    """Turn RedactorError into one clear line and its exit code; never let a traceback leak text."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except RedactorError as exc:
            err.print(f"[bold red]error:[/] {exc.message}", markup=True, highlight=False)
            raise typer.Exit(int(exc.exit_code)) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if _state["debug"]:
                raise
            err.print(
                f"[bold red]internal error:[/] {type(exc).__name__} (run with --debug for details)",
            )
            raise typer.Exit(int(ExitCode.USAGE)) from None

    return wrapper  # type: ignore[return-value]


def exit_with(code: ExitCode) -> None:
    """Leave with ``code`` (0 returns normally)."""
    if code != ExitCode.OK:
        raise typer.Exit(int(code))


def stdout_write(text: str) -> None:
    """Write raw text (redacted output, JSON) to stdout without Rich markup processing."""
    sys.stdout.write(text)
    sys.stdout.flush()
