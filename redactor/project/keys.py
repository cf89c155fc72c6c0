"""Keyed fingerprints: how files we write for CI and editors name a value without holding it.

A plain SHA-256 of a short name can be reversed by hashing a list of names, so every
fingerprint is HMAC-SHA-256 under the project key from ``REDACTOR_KEY``.  Values are normalised
first (diacritics folded, case folded, whitespace collapsed, possessive dropped) so that
"Łukasz's" and "lukasz" give the same fingerprint.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from redactor.errors import ExitCode, RedactorError
from redactor.lexicon.folding import normalise

__all__ = ["KEY_VARIABLE", "fingerprint", "normalise", "project_key"]

KEY_VARIABLE = "REDACTOR_KEY"



def project_key(environ: dict[str, str] | None = None) -> bytes:
    """The project key from ``REDACTOR_KEY``; a clear error when it is not set."""
    env = os.environ if environ is None else environ
    value = env.get(KEY_VARIABLE, "")
    if not value:
        raise RedactorError(
            f"{KEY_VARIABLE} is not set: the keyed hashes cannot be computed without it "
            "(set it in your shell or as a CI secret)",
            ExitCode.USAGE,
        )
    return value.encode("utf-8")


def fingerprint(key: bytes, *parts: str) -> str:
    """HMAC-SHA-256 (hex) of the parts, joined unambiguously."""
    message = "\x1f".join(parts).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()
