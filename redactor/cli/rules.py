"""`redactor rules list` and `redactor rules test PACK TEXT`: see and try the loaded rules."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from redactor.cli.app import handle_errors, out, rules_app
from redactor.cli.common import (
    CONFIG_OPTION,
    NO_NER_OPTION,
    build_redactor,
    load_run_settings,
)
from redactor.detect.engine import DetectInput, Detector, IncompleteScan
from redactor.detect.packs import load_pack, recognizer_name, resolve_pack
from redactor.model import MODEL_DETECTOR


def _kind(recognizer) -> str:
    patterns = getattr(recognizer, "patterns", None)
    if getattr(recognizer, "deny_list", None):
        return f"list ({len(recognizer.deny_list)} terms)"
    if patterns:
        return f"pattern ({len(patterns)})"
    return "model" if recognizer.name == MODEL_DETECTOR else "code"


@rules_app.command("list")
@handle_errors
def list_rules(config: Path = CONFIG_OPTION, no_ner: bool = NO_NER_OPTION) -> None:
    """Show every recognizer a run would use, the pack it comes from, and the keep lists."""
    settings = load_run_settings(config, [Path.cwd()], no_ner)
    redactor = build_redactor(settings)
    origin = {recognizer_name(rec): pack.name for pack in redactor.packs for rec in pack.recognizers}
    table = Table(title="recognizers", title_justify="left")
    for col in ("pack", "rule", "entity types", "kind", "context words"):
        table.add_column(col, overflow="fold")
    for rec in sorted(redactor.recognizers(), key=lambda r: (origin.get(recognizer_name(r), "~"), recognizer_name(r))):
        context = ", ".join(getattr(rec, "context", None) or [])
        name = recognizer_name(rec)
        table.add_row(origin.get(name, "(built in)"), name, ", ".join(rec.supported_entities),
                      _kind(rec), context)
    out.print(table)
    for pack in redactor.packs:
        if pack.keep:
            out.print(f"keep list of pack '{pack.name}': {len(pack.keep)} terms")
    if settings.keep:
        out.print(f"keep list of the config: {len(settings.keep)} terms")


@rules_app.command("test")
@handle_errors
def test_rules(
    pack: str = typer.Argument(..., help="A built-in pack name (military, contact, ...) or a pack file."),
    text: str = typer.Argument(..., help="The text to try the pack on."),
    config: Path = CONFIG_OPTION,
) -> None:
    """Show what one rule pack finds in TEXT (context words count, other packs and NER do not)."""
    settings = load_run_settings(config, [Path.cwd()])
    loaded = load_pack(resolve_pack(pack, settings.base_dir))
    detector = Detector(settings.model_copy(update={"keep": ()}), [loaded], predefined=False, floor=0.0)
    table = Table(title=f"pack '{loaded.name}'", title_justify="left")
    for col in ("start", "end", "type", "rule", "score", "text"):
        table.add_column(col, overflow="fold")
    found = detector.detect([DetectInput(text)])[0]
    if isinstance(found, IncompleteScan):
        raise found
    for m in found:
        table.add_row(str(m.start), str(m.end), m.entity_type, m.detector, f"{m.score:.2f}", m.text)
    out.print(table if found else f"pack '{loaded.name}' finds nothing in this text")
