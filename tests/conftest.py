"""Shared fixtures: one analyzer per settings for the whole session (loading spaCy is slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.engine import Detector
from redactor.pipeline import Redactor, build_detector
from redactor.project.config import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def make_redactor():
    """A Redactor for the given settings with a fresh pseudonym table each call, sharing one
    Detector per distinct settings for the whole session (tests must not influence each other
    through the table, but loading spaCy for each would be slow)."""
    detectors: dict[str, Detector] = {}

    def build(**fields) -> Redactor:
        settings = Settings(**fields)
        key = settings.model_dump_json()
        if key not in detectors:
            detectors[key] = build_detector(settings)
        return Redactor(settings, detector=detectors[key])

    return build


@pytest.fixture
def redactor_default(make_redactor):
    """A default Redactor of its own for each test: the detector is shared, the pseudonym table
    (which remembers the people of earlier scans) is not, so no test depends on another's text."""
    return make_redactor()


def _tool(name: str):
    """tools/NAME.py as a module (tools/ is no package), for its parts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def places_build():
    """tools/build_public_places.py as a module, for its parts."""
    return _tool("build_public_places")


@pytest.fixture(scope="session")
def build_names():
    """tools/build_names.py as a module, for its parts."""
    return _tool("build_names")
