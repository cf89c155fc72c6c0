"""Reading YAML with errors that name the file and line, for config files and rule packs.

PyYAML reports where a syntax error is; pydantic reports which field is wrong but not where it
is in the file.  ``load_yaml`` keeps the node tree so ``line_of`` can point at the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from redactor.errors import ExitCode, RedactorError


@dataclass(frozen=True)
class YamlFile:
    """A parsed YAML file: its data and its node tree (for line numbers)."""

    path: Path
    data: Any
    node: yaml.Node | None

    def line_of(self, loc: tuple[Any, ...]) -> int | None:
        """1-based line of the value at ``loc`` (keys and list indexes), or of its nearest parent."""
        node = self.node
        line = node.start_mark.line + 1 if node is not None else None
        for key in loc:
            if isinstance(node, yaml.MappingNode):
                match = next((v for k, v in node.value if k.value == key), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                match = node.value[key]
            else:
                match = None
            if match is None:
                break
            node = match
            line = node.start_mark.line + 1
        return line

    def error(self, message: str, loc: tuple[Any, ...] = ()) -> RedactorError:
        """A RedactorError that names this file and the line of ``loc``."""
        line = self.line_of(loc)
        where = f"{self.path}:{line}" if line else str(self.path)
        return RedactorError(f"{where}: {message}", ExitCode.USAGE)


# libyaml's parser when PyYAML was built with it: the same documents, several times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: str, loader_class: Any) -> tuple[yaml.Node | None, Any]:
    """The node tree and the data of ``text``, from one parse."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def load_yaml(path: Path) -> YamlFile:
    """Parse ``path``; a syntax error becomes a RedactorError with file and line (exit 2)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RedactorError(f"{path}: cannot read ({exc.strerror})", ExitCode.USAGE) from None
    except UnicodeDecodeError:
        raise RedactorError(f"{path}: not UTF-8 text", ExitCode.USAGE) from None
    try:
        try:
            node, data = _parse(text, _FAST_LOADER)
        except yaml.YAMLError:
            node, data = _parse(text, yaml.SafeLoader)  # the error as PyYAML's own parser words it
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise RedactorError(f"{path}{line}: invalid YAML: {problem}", ExitCode.USAGE) from None
    except yaml.YAMLError:
        raise RedactorError(f"{path}: invalid YAML", ExitCode.USAGE) from None
    return YamlFile(path=path, data=data, node=node)
