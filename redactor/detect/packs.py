"""Rule packs: YAML files of Presidio recognizers plus keep lists, built-in or the user's.

A pack is Presidio's own YAML recognizer format (a ``recognizers:`` list that
``PatternRecognizer.from_dict`` understands) with two keys of ours: ``description`` (one line)
and ``keep`` (terms never redacted, such as public facts).  Packs are validated at load: a YAML
error names file and line, an invalid regex names the rule; nothing is silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer

from redactor.errors import ExitCode, RedactorError
from redactor.project.yamlfile import load_yaml

_PACK_KEYS = {"description", "recognizers", "keep"}


@dataclass(frozen=True)
class RulePack:
    """One loaded pack: its recognizers and keep terms."""

    name: str
    path: Path
    description: str
    recognizers: tuple[PatternRecognizer, ...]
    keep: tuple[str, ...]


def builtin_rules_dir() -> Path:
    """Folder of the built-in packs: `redactor/rules` in an installed wheel (the top-level
    `rules/` is packaged there), or `rules/` of a source checkout."""
    package = Path(__file__).resolve().parent.parent  # redactor/
    installed = package / "rules"
    if installed.is_dir():
        return installed
    return package.parent / "rules"


def builtin_pack_names() -> list[str]:
    return sorted(p.stem for p in builtin_rules_dir().glob("*.yaml"))


def resolve_pack(name: str, base_dir: Path | None) -> Path:
    """A pack given by built-in name ("military") or by path (relative to the config folder)."""
    if not name.endswith((".yaml", ".yml")) and "/" not in name:
        path = builtin_rules_dir() / f"{name}.yaml"
        if not path.is_file():
            raise RedactorError(
                f"unknown rule pack '{name}' (built-in packs: {', '.join(builtin_pack_names())})",
                ExitCode.USAGE,
            )
        return path
    path = Path(name).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    if not path.is_file():
        raise RedactorError(f"rule pack file not found: {path}", ExitCode.USAGE)
    return path


def _is_word_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def load_pack(path: Path) -> RulePack:
    """Load and validate one pack file."""
    doc = load_yaml(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise doc.error("a rule pack is a mapping with 'recognizers' and/or 'keep'")
    unknown = set(data) - _PACK_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise doc.error(f"unknown key '{key}' (allowed: {', '.join(sorted(_PACK_KEYS))})", (key,))
    keep = data.get("keep") or []
    if not _is_word_list(keep):
        raise doc.error("'keep' must be a list of non-empty strings", ("keep",))
    entries = data.get("recognizers") or []
    if not isinstance(entries, list):
        raise doc.error("'recognizers' must be a list", ("recognizers",))
    recognizers = []
    for i, entry in enumerate(entries):
        loc = ("recognizers", i)
        if not isinstance(entry, dict) or not entry.get("name"):
            raise doc.error("each recognizer needs a 'name'", loc)
        name = entry["name"]
        if not _is_word_list(entry.get("context") or []):
            # YAML reads a bare no/yes/on/off as a boolean, which Presidio cannot match.
            raise doc.error(f"rule '{name}': 'context' must be a list of words (quote no, yes, on, off)",
                            (*loc, "context"))
        specs = entry.get("patterns") or []
        try:
            recognizer = _recognizer(entry, specs)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise doc.error(f"rule '{name}': {exc}", loc) from None
        for j, pattern in enumerate(specs):
            try:
                # Compiled once, with the flags Presidio will match it with (the compiled form
                # is kept on the pattern), instead of Presidio's flagless check and then again.
                compiled = regex.compile(pattern["regex"], flags=recognizer.global_regex_flags)
            except (regex.error, KeyError, TypeError) as exc:
                detail = str(exc) if isinstance(exc, regex.error) else "missing 'regex'"
                raise doc.error(f"rule '{name}': invalid regex ({detail})", (*loc, "patterns", j)) from None
            built: Any = recognizer.patterns[j]  # type: ignore[has-type]  # Presidio's untyped attribute
            built.regex = pattern["regex"]
            built.compiled_regex = compiled
            built.compiled_with_flags = recognizer.global_regex_flags
        recognizers.append(recognizer)
    return RulePack(
        name=path.stem,
        path=path,
        description=str(data.get("description", "")),
        recognizers=tuple(recognizers),
        keep=tuple(keep),
    )


# Stands in for each pattern while Presidio builds the recognizer (its own check compiles every
# pattern without flags, a second compile of the same pattern); the real one is set after.
_STANDIN = "(?:)"


def _recognizer(entry: dict, specs: list) -> PatternRecognizer:
    """Presidio's recognizer for a pack entry, its patterns' regexes not yet set."""
    if not isinstance(specs, list) or not all(isinstance(p, dict) for p in specs):
        raise ValueError("'patterns' must be a list of mappings with name, regex and score")
    return PatternRecognizer.from_dict({**entry, "patterns": [{**p, "regex": _STANDIN} for p in specs]})


def recognizer_name(recognizer: EntityRecognizer) -> str:
    """A recognizer's name (Presidio sets it in a way type checkers cannot follow)."""
    return str(vars(recognizer).get("name") or type(recognizer).__name__)


def load_packs(names: Sequence[str], base_dir: Path | None) -> list[RulePack]:
    """Load the packs named in the config; rule names must be unique across them."""
    packs = [load_pack(resolve_pack(name, base_dir)) for name in names]
    seen: dict[str, str] = {}
    for pack in packs:
        for rec in pack.recognizers:
            name = recognizer_name(rec)
            if name in seen:
                raise RedactorError(
                    f"{pack.path}: rule '{name}' is also defined in pack '{seen[name]}'",
                    ExitCode.USAGE,
                )
            seen[name] = pack.name
    return packs
