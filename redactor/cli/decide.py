"""`redactor decide merge|split`: an editor's entity decision without the review page.

The forms are asked for at a prompt (never taken as arguments, so no name lands in the shell's
history) and written to the decisions file as keyed prints only, exactly as the review page
exports them; `redact --decisions` applies them.
"""

from __future__ import annotations

from pathlib import Path

import typer

from redactor.cli.app import app, err, handle_errors
from redactor.cli.common import CONFIG_OPTION, load_run_settings
from redactor.errors import ExitCode, RedactorError
from redactor.project.keys import key_home, project_key
from redactor.refine.decisions import record_entity_decision

decide_app = typer.Typer(help="Merge two entities or split forms off one, without the review page.",
                         no_args_is_help=True)
app.add_typer(decide_app, name="decide")

DECISIONS_FILE_OPTION = typer.Option(Path("redactor-decisions.json"), "--decisions", "-d", dir_okay=False,
                                     help="The decisions file to add to (made when missing).")
TYPE_OPTION = typer.Option("PERSON", "--type", help="The entity type (PERSON, LOCATION, ...).")


def _forms(question: str) -> list[str]:
    answer = typer.prompt(question, err=True)
    forms = [f.strip() for f in answer.split(",") if f.strip()]
    if not forms:
        raise RedactorError("no form given", ExitCode.USAGE)
    return forms


# What each decision asks: the entity as it is (kept, or split from), then the other forms.
QUESTIONS = {
    "merge": ("Forms of the entity that keeps its pseudonym (comma-separated)",
              "Forms of the entity to merge into it (comma-separated)"),
    "split": ("Forms of the entity as it is now (comma-separated)",
              "Forms to split off into an entity of their own (comma-separated)"),
}


def _decide(action: str, decisions: Path, config: Path | None, entity_type: str) -> None:
    entity, forms = (_forms(question) for question in QUESTIONS[action])
    settings = load_run_settings(config, [Path.cwd()])
    key = project_key(home=key_home(settings.base_dir, [Path.cwd()]))
    total = record_entity_decision(decisions, key, action, entity_type.upper(), entity, forms)
    err.print(f"{action} decision added to {decisions} ({total} entity decisions; keyed prints, no "
              "text): pass it to `redactor redact --decisions`", highlight=False, markup=False)


@decide_app.command("merge")
@handle_errors
def merge(decisions: Path = DECISIONS_FILE_OPTION, entity_type: str = TYPE_OPTION,
          config: Path = CONFIG_OPTION) -> None:
    """Two entities are one: the second takes the first's pseudonym in every file."""
    _decide("merge", decisions, config, entity_type)


@decide_app.command("split")
@handle_errors
def split(decisions: Path = DECISIONS_FILE_OPTION, entity_type: str = TYPE_OPTION,
          config: Path = CONFIG_OPTION) -> None:
    """A form is someone else: its mentions get a pseudonym of their own."""
    _decide("split", decisions, config, entity_type)
