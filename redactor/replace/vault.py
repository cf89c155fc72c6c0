"""The project vault: the pseudonym table, encrypted on disk, so pseudonyms stay stable across runs.

The vault (``.redactor/vault`` by default) holds the ``PseudonymTable`` that maps each entity to
its replacement and to the real form it stands for.  It is encrypted with AES-256-GCM under a key
derived with scrypt from ``REDACTOR_KEY`` or a passphrase; the random salt and the scrypt cost
live in the file header, which is authenticated with the contents.  The file is mode 0600, every
write is atomic (temporary file, fsync, rename), a wrong key changes nothing on disk and a vault
is only ever created when the caller asks for it.  ``reveal`` puts real values back into a
redacted text for the journalist who holds the key.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Mapping


from redactor.errors import ExitCode, RedactorError
from redactor.project.config import Settings
from redactor.project.files import write_atomic
from redactor.project.keys import KEY_VARIABLE
from redactor.replace.pseudonyms import PseudonymTable

MAGIC = b"RDXVAULT"
FORMAT_VERSION = 1
_KDF_SCRYPT = 1
# magic, version, kdf, log2(n), r, p, salt, key check, nonce
_HEADER = struct.Struct(">8sBBBBB16s16s12s")
_SCRYPT_LOG2_N = 15  # 32 MiB and about 0.1 s per open: cheap once, costly to guess at scale
_SCRYPT_R = 8
_SCRYPT_P = 1
_CHECK_LABEL = b"redactor vault key check"
_PAYLOAD_FORMAT = "redactor-vault"

Prompt = Callable[[str, bool], str]


@dataclass(frozen=True)
class _Header:
    log2_n: int
    r: int
    p: int
    salt: bytes
    check: bytes
    nonce: bytes

    def pack(self) -> bytes:
        return _HEADER.pack(MAGIC, FORMAT_VERSION, _KDF_SCRYPT, self.log2_n, self.r, self.p,
                            self.salt, self.check, self.nonce)


def _derive(key_material: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, key check value) for ``key_material``."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # here: a check never opens a vault

    raw = Scrypt(salt=salt, length=64, n=2**log2_n, r=r, p=p).derive(key_material.encode("utf-8"))
    # A separate half of the derived bytes gives a check value, so a wrong key is told apart
    # from a damaged file without trying to decrypt.
    check = hmac.new(raw[32:], _CHECK_LABEL, hashlib.sha256).digest()[:16]
    return raw[:32], check


def _parse(path: Path, blob: bytes) -> tuple[_Header, bytes]:
    if len(blob) < _HEADER.size or not blob.startswith(MAGIC):
        raise RedactorError(f"{path}: not a redactor vault, or its header is damaged", ExitCode.USAGE)
    magic, version, kdf, log2_n, r, p, salt, check, nonce = _HEADER.unpack_from(blob)
    if version != FORMAT_VERSION or kdf != _KDF_SCRYPT:
        raise RedactorError(
            f"{path}: vault format {version}.{kdf} is not supported by this version of redactor",
            ExitCode.USAGE,
        )
    if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise RedactorError(f"{path}: the vault header is damaged (key parameters)", ExitCode.USAGE)
    return _Header(log2_n, r, p, salt, check, nonce), blob[_HEADER.size:]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise RedactorError(
            f"{path}: no vault here; it is created on the first run that asks for it",
            ExitCode.USAGE,
        ) from None
    except OSError as exc:
        raise RedactorError(f"{path}: cannot read the vault ({exc.strerror})", ExitCode.USAGE) from None


def write_private(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write ``data`` atomically, readable by the owner only (mode 0600); ``exclusive`` never
    replaces an existing file."""
    write_atomic(path, data, private=True, exclusive=exclusive)


class Vault:
    """An open vault: the file and the key that decrypts it.  ``load`` and ``save`` the table."""

    def __init__(self, path: Path, key: bytes, header: _Header) -> None:
        self.path = path
        self._key = key
        self._header = header

    def __repr__(self) -> str:  # never show the key
        return f"Vault({str(self.path)!r})"

    @classmethod
    def open(cls, path: Path, key_material: str) -> "Vault":
        """Open an existing vault; a wrong key or a damaged file is a clear error (exit 2)."""
        path = Path(path)
        blob = _read(path)
        header, _ = _parse(path, blob)
        key, check = _derive(key_material, header.salt, header.log2_n, header.r, header.p)
        if not hmac.compare_digest(check, header.check):
            raise RedactorError(
                f"{path}: cannot open the vault: wrong key or passphrase "
                f"(the key comes from {KEY_VARIABLE} or the passphrase prompt)",
                ExitCode.USAGE,
            )
        vault = cls(path, key, header)
        vault._decrypt(blob)  # fail now, not after a whole run, if the contents are damaged
        return vault

    @classmethod
    def create(cls, path: Path, key_material: str, *, table: PseudonymTable | None = None,
               log2_n: int = _SCRYPT_LOG2_N) -> "Vault":
        """Create a new vault holding ``table`` (empty by default); refuses to replace one."""
        path = Path(path)
        if not key_material:
            raise RedactorError(f"{path}: the vault key or passphrase must not be empty", ExitCode.USAGE)
        if path.exists() or path.is_symlink():
            raise RedactorError(f"{path}: a vault already exists; it is never replaced", ExitCode.USAGE)
        folder = path.parent
        if not folder.exists():
            try:
                folder.mkdir(parents=True, mode=0o700)
                os.chmod(folder, 0o700)
            except OSError as exc:
                raise RedactorError(f"{folder}: cannot create the vault folder ({exc.strerror})",
                                    ExitCode.USAGE) from None
        salt = secrets.token_bytes(16)
        key, check = _derive(key_material, salt, log2_n, _SCRYPT_R, _SCRYPT_P)
        vault = cls(path, key, _Header(log2_n, _SCRYPT_R, _SCRYPT_P, salt, check, bytes(12)))
        vault.save(table if table is not None else PseudonymTable(), _exclusive=True)
        return vault

    @contextlib.contextmanager
    def lock(self) -> Iterator["Vault"]:
        """Hold the vault for one run (load, redact, save), so two runs cannot both hand out
        the same new number to different people; a second run fails at once instead of waiting."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise RedactorError(f"{lock_path}: cannot lock the vault ({exc.strerror})",
                                ExitCode.USAGE) from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RedactorError(f"{self.path}: another redactor run is using the vault; "
                                    "try again when it has finished", ExitCode.USAGE) from None
            yield self
        finally:
            os.close(fd)  # closing releases the lock

    def load(self) -> PseudonymTable:
        """The table as it is on disk now."""
        return self._decrypt(_read(self.path))

    def save(self, table: PseudonymTable, *, _exclusive: bool = False) -> None:
        """Encrypt ``table`` and replace the vault file atomically."""
        header = _Header(self._header.log2_n, self._header.r, self._header.p, self._header.salt,
                         self._header.check, secrets.token_bytes(12))
        payload = json.dumps(
            {"format": _PAYLOAD_FORMAT, "version": FORMAT_VERSION, "table": table.to_json()},
            ensure_ascii=False, sort_keys=True,
        ).encode("utf-8")
        packed = header.pack()
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        sealed = AESGCM(self._key).encrypt(header.nonce, payload, packed)
        write_private(self.path, packed + sealed, exclusive=_exclusive)
        self._header = header

    def _decrypt(self, blob: bytes) -> PseudonymTable:
        header, sealed = _parse(self.path, blob)
        if header.salt != self._header.salt or header.check != self._header.check:
            raise RedactorError(
                f"{self.path}: the vault was replaced by another one while open", ExitCode.USAGE
            )
        packed = blob[:_HEADER.size]
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            payload = AESGCM(self._key).decrypt(header.nonce, sealed, packed)
        except InvalidTag:
            raise RedactorError(
                f"{self.path}: the vault is damaged (its contents fail the integrity check)",
                ExitCode.USAGE,
            ) from None
        try:
            data = json.loads(payload.decode("utf-8"))
            if data.get("format") != _PAYLOAD_FORMAT:
                raise ValueError("format")
            return PseudonymTable.from_json(data["table"])
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            raise RedactorError(f"{self.path}: the vault is damaged (unreadable contents)",
                                ExitCode.USAGE) from None


def _typer_prompt(message: str, confirm: bool) -> str:
    import typer  # only the interactive path needs the CLI toolkit

    return typer.prompt(message, hide_input=True, confirmation_prompt=confirm)


def key_material(*, environ: Mapping[str, str] | None = None, confirm: bool = False,
                 interactive: bool | None = None, prompt: Prompt | None = None) -> str:
    """The vault key: ``REDACTOR_KEY``, else a passphrase typed at the terminal, else an error.

    ``confirm`` asks twice (when a new vault is created, a typo would lock it forever).
    """
    env = os.environ if environ is None else environ
    value = env.get(KEY_VARIABLE, "")
    if value:
        return value
    if interactive is None:
        interactive = sys.stdin.isatty()
    if not interactive:
        raise RedactorError(
            f"the vault is encrypted: set {KEY_VARIABLE}, or run in a terminal to type the passphrase",
            ExitCode.USAGE,
        )
    passphrase = (prompt or _typer_prompt)("Vault passphrase", confirm)
    if not passphrase:
        raise RedactorError("the vault passphrase must not be empty", ExitCode.USAGE)
    return passphrase


def key_available(*, environ: Mapping[str, str] | None = None, interactive: bool | None = None) -> bool:
    """True when ``key_material`` can get a key without failing."""
    env = os.environ if environ is None else environ
    if env.get(KEY_VARIABLE):
        return True
    return sys.stdin.isatty() if interactive is None else interactive


def project_vault(settings: Settings, *, create: bool = False,
                  environ: Mapping[str, str] | None = None, interactive: bool | None = None,
                  prompt: Prompt | None = None) -> Vault | None:
    """The project's vault, or None when there is none to use.

    None without a project config, and None when the vault does not exist and ``create`` is
    false or no key can be had.  An existing vault that cannot be opened is an error, never
    skipped: a run without it would number pseudonyms afresh.
    """
    path = settings.vault_path
    if path is None:
        return None
    if path.exists():
        return Vault.open(path, key_material(environ=environ, interactive=interactive, prompt=prompt))
    if not create or not key_available(environ=environ, interactive=interactive):
        return None
    material = key_material(environ=environ, confirm=True, interactive=interactive, prompt=prompt)
    return Vault.create(path, material)


@dataclass(frozen=True)
class Revealed:
    """A text with pseudonyms replaced by the real forms they stand for."""

    text: str
    replaced: int  # how many pseudonyms were put back


def reveal(text: str, table: PseudonymTable) -> Revealed:
    """Put the real value (``Pseudonym.display``) back for every pseudonym of ``table`` in ``text``."""
    displays: dict[str, str] = {}
    # A label may stand for a source's name and for its details; the name is what a reader wants.
    ordered = sorted(table.known_entities(), key=lambda e: e.entity_type != "PERSON")
    for entity in ordered:
        if any(ch.isalnum() for ch in entity.pseudonym):
            displays.setdefault(entity.pseudonym, entity.display)
    if not displays:
        return Revealed(text, 0)
    parts = []
    for replacement in sorted(displays, key=len, reverse=True):
        before = r"(?<!\w)" if replacement[0].isalnum() else ""
        after = r"(?!\w)" if replacement[-1].isalnum() else ""
        parts.append(before + re.escape(replacement) + after)
    pattern = re.compile("|".join(parts))
    count = 0

    def put_back(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return displays[match.group(0)]

    return Revealed(pattern.sub(put_back, text), count)
