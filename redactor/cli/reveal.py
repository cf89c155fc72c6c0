"""`redactor reveal FILE`: show a redacted text with the real values back, from the vault.

For the journalist who holds the key: every pseudonym of the project's vault found in the text
("Source A", "[PERSON 3]") is replaced by the real form it stands for.  The result goes to
standard output; it is written to disk only with ``-o`` (atomically, mode 0600), and never over
an existing file unless ``--force``.
"""

from __future__ import annotations

from pathlib import Path

import typer

from redactor.cli.app import app, err, handle_errors, stdout_write
from redactor.cli.common import CONFIG_OPTION
from redactor.errors import ExitCode, RedactorError
from redactor.formats.base import decode_text
from redactor.project.config import CONFIG_NAME, resolve_settings
from redactor.replace.vault import Vault, key_material, write_private
from redactor.replace.vault import reveal as reveal_text


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RedactorError(f"{path}: file not found", ExitCode.USAGE) from None
    except IsADirectoryError:
        raise RedactorError(f"{path}: a folder; give one redacted text file", ExitCode.USAGE) from None
    except OSError as exc:
        raise RedactorError(f"{path}: cannot read ({exc.strerror})", ExitCode.UNREADABLE) from None
    return decode_text(data, str(path))[0]  # line endings stay as they are on disk


@app.command()
@handle_errors
def reveal(
    file: Path = typer.Argument(..., help="A redacted text file.", dir_okay=False),
    output: Path = typer.Option(None, "--output", "-o", dir_okay=False,
                                help="Write the revealed text here (mode 0600) instead of stdout."),
    force: bool = typer.Option(False, "--force", help="Replace the --output file if it exists."),
    config: Path = CONFIG_OPTION,
) -> None:
    """Print a redacted text with the real names back (needs the project's vault and its key)."""
    text = _read_text(file)
    settings = resolve_settings(config, file.resolve())
    vault_path = settings.vault_path
    if vault_path is None:
        raise RedactorError(
            f"no {CONFIG_NAME} found above {file}; give the project config with --config",
            ExitCode.USAGE,
        )
    if output is not None:
        if output.resolve() == file.resolve():
            raise RedactorError("--output is the redacted file itself; choose another path",
                                ExitCode.USAGE)
        if output.exists() and not force:
            raise RedactorError(f"{output} already exists; use --force to replace it",
                                ExitCode.USAGE)
    if not vault_path.is_file():
        # Said before the key is asked for: a passphrase typed for nothing is a poor surprise.
        raise RedactorError(f"{vault_path}: no vault here, so there is nothing to reveal",
                            ExitCode.USAGE)
    vault = Vault.open(vault_path, key_material())
    revealed = reveal_text(text, vault.load())
    if output is None:
        stdout_write(revealed.text)
    else:
        write_private(output, revealed.text.encode("utf-8"), exclusive=not force)
        err.print(f"wrote {output}", highlight=False, markup=False)
    err.print(f"{revealed.replaced} pseudonyms put back", highlight=False, markup=False)
