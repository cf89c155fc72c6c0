"""Shared fixtures: one analyzer per settings for the whole session (loading spaCy is slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.pipeline import Redactor
from redactor.project.config import Settings

ROOT = Path(__file__).resolve().parent.parent
_cache: dict[str, Redactor] = {}


@pytest.fixture(scope="session")
def make_redactor():
    """Build (once per distinct settings) a Redactor; a fresh pseudonym table each call."""

    def build(**fields) -> Redactor:
        settings = Settings(**fields)
        key = settings.model_dump_json()
        if key not in _cache:
            _cache[key] = Redactor(settings)
        base = _cache[key]
        # Share the analyzer, not the pseudonym table: tests must not influence each other.
        fresh = object.__new__(Redactor)
        fresh.__dict__.update(base.__dict__)
        from redactor.replace.pseudonyms import PseudonymTable

        fresh.table = PseudonymTable()
        return fresh

    return build


@pytest.fixture(scope="session")
def redactor_default(make_redactor):
    return make_redactor()
