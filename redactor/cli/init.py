"""`redactor init [DIR]`: start a project with a commented `redactor.yaml` and a .gitignore entry.

The config is written from the template shipped in the package (``redactor/templates``), which
documents every setting; an existing config is never overwritten.  ``.redactor/`` (where the
vault lives) is added to the folder's ``.gitignore`` so the table of real names is not committed
by accident.  With ``--vault`` the encrypted vault is created now, asking for a passphrase twice
when ``REDACTOR_KEY`` is not set.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import typer

from redactor.cli.app import app, err, handle_errors, out
from redactor.errors import ExitCode, RedactorError
from redactor.project.config import CONFIG_NAME, load_settings
from redactor.replace.vault import Vault, key_material, write_private

IGNORE_ENTRY = ".redactor/"
_IGNORE_FORMS = {".redactor", ".redactor/", "/.redactor", "/.redactor/", ".redactor/*", "/.redactor/*"}


def template_text() -> str:
    """The commented config template from the package data."""
    return resources.files("redactor").joinpath("templates", CONFIG_NAME).read_text(encoding="utf-8")


def write_config(folder: Path) -> Path:
    """Write ``folder/redactor.yaml`` from the template; refuses to replace an existing one."""
    path = folder / CONFIG_NAME
    if path.exists():
        raise RedactorError(f"{path} already exists; edit it, or remove it first to start over",
                            ExitCode.USAGE)
    data = template_text().encode("utf-8")
    # The file will name the sources: readable by its owner only from the start.
    write_private(path, data, exclusive=True)
    return path


def ignore_vault(folder: Path) -> bool:
    """Add ``.redactor/`` to ``folder/.gitignore`` unless it is there; True when it was added."""
    path = folder / ".gitignore"
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError):
        raise RedactorError(f"{path}: cannot read", ExitCode.USAGE) from None
    if any(line.strip() in _IGNORE_FORMS for line in existing.splitlines()):
        return False
    addition = ("" if not existing or existing.endswith("\n") else "\n")
    addition += "# redactor: the encrypted vault of real names\n" + IGNORE_ENTRY + "\n"
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(addition)
    except OSError as exc:
        raise RedactorError(f"{path}: cannot write ({exc.strerror})", ExitCode.USAGE) from None
    return True


@app.command()
@handle_errors
def init(
    folder: Path = typer.Argument(Path("."), help="Project folder (created if missing).",
                                  file_okay=False),
    vault: bool = typer.Option(False, "--vault", help="Also create the encrypted vault now."),
) -> None:
    """Start a project: a commented redactor.yaml and .redactor/ in .gitignore."""
    if folder.exists() and not folder.is_dir():
        raise RedactorError(f"{folder} is not a folder", ExitCode.USAGE)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RedactorError(f"{folder}: cannot create ({exc.strerror})", ExitCode.USAGE) from None
    config = write_config(folder)
    out.print(f"wrote {config}", highlight=False, markup=False)
    if ignore_vault(folder):
        out.print(f"added {IGNORE_ENTRY} to {folder / '.gitignore'}", highlight=False, markup=False)
    if vault:
        settings = load_settings(config)
        path = settings.vault_path
        if path is None:  # pragma: no cover - a config just written always has a folder
            raise RedactorError("the new config has no folder for the vault", ExitCode.USAGE)
        if path.exists():
            err.print(f"kept the existing vault {path}", highlight=False, markup=False)
        else:
            Vault.create(path, key_material(confirm=True))
            out.print(f"created the vault {path}", highlight=False, markup=False)
    out.print("next: list your sources in redactor.yaml, then run `redactor scan` on a transcript",
              highlight=False, markup=False)
