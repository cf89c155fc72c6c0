"""Replacement styles and the table that gives every entity one stable pseudonym.

The table maps an entity (type plus grouping key) to its replacement; numbering follows first
appearance and continues from what the table already holds, so a table restored from the vault
gives a source the same pseudonym next month.  Styles: ``tag`` (``[PERSON 1]``), ``label`` (a
source profile's label), ``bars`` (█ for each character) and ``generalize`` (date → month,
age → decade, place → configured region; falls back to the tag).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator, Mapping

from redactor.model import Entity

# Display names of entity types inside tags: "[PHONE 1]" reads better than "[PHONE_NUMBER 1]".
_TAG_NAMES = {"MILITARY_UNIT": "UNIT", "DATE_OF_BIRTH": "BIRTH DATE", "VEHICLE_PLATE": "PLATE",
              "ID_NUMBER": "ID", "UNKNOWN_ID": "CODE", "IP_ADDRESS": "IP", "CALL_SIGN": "CALL SIGN"}


def tag_name(entity_type: str) -> str:
    """The word used for ``entity_type`` inside a tag."""
    return _TAG_NAMES.get(entity_type, entity_type.replace("_", " "))


# Forms kept per entity: enough for a review, bounded for an entity found thousands of times.
_MAX_FORMS = 50


@dataclass(frozen=True)
class Pseudonym:
    """A replacement and one real form it stands for (shown only by `redactor reveal`)."""

    replacement: str
    display: str


@dataclass
class PseudonymTable:
    """Entity key → pseudonym, plus the last number used per type.  The vault persists this."""

    entries: dict[str, Pseudonym] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    # Every distinct form an entity was written in ("Nikolai Bondarenko", "Kolya", "Bondarenka"),
    # for the editor's review; protected values, so they live in the encrypted vault only.
    forms: dict[str, list[str]] = field(default_factory=dict)

    # The only place that knows how an entry's key is made: "TYPE<unit separator>grouping key".
    @staticmethod
    def key(entity_type: str, entity_key: str) -> str:
        return f"{entity_type}\x1f{entity_key}"

    @staticmethod
    def _split(table_key: str) -> tuple[str, str]:
        entity_type, _, entity_key = table_key.partition("\x1f")
        return entity_type, entity_key

    def known_keys(self, entity_type: str) -> list[str]:
        """Grouping keys already in the table for ``entity_type``, oldest first."""
        return [k for t, k in map(self._split, self.entries) if t == entity_type]

    def known_entities(self) -> list[Entity]:
        """Every entity the table names (from earlier runs, via the vault), oldest first; a
        pseudonym that is not a numbered tag is a source profile's label."""
        found = []
        for table_key, p in self.entries.items():
            entity_type, entity_key = self._split(table_key)
            label = p.replacement if not p.replacement.startswith("[") else ""
            found.append(Entity(entity_type=entity_type, key=entity_key, display=p.display, label=label,
                                pseudonym=p.replacement))
        return found

    def assign_entity(self, entity: Entity) -> Entity:
        """``entity`` with its pseudonym: the one the table holds, else the next number (or its
        label).  The forms it was written in are kept for the vault."""
        pseudonym = self.assign(entity.entity_type, entity.key, entity.display, entity.label)
        seen = self.forms.setdefault(self.key(entity.entity_type, entity.key), [])
        for form in entity.forms:
            if form not in seen and len(seen) < _MAX_FORMS:
                seen.append(form)
        return replace(entity, pseudonym=pseudonym)

    def assign(self, entity_type: str, entity_key: str, display: str, label: str = "") -> str:
        """The entity's replacement tag (or label), numbering new entities by type."""
        k = self.key(entity_type, entity_key)
        if k not in self.entries:
            if label:
                replacement = label
            else:
                n = self.counters.get(entity_type, 0) + 1
                self.counters[entity_type] = n
                replacement = f"[{tag_name(entity_type)} {n}]"
            self.entries[k] = Pseudonym(replacement=replacement, display=display)
        seen = self.forms.setdefault(k, [])
        if display not in seen and len(seen) < _MAX_FORMS:
            seen.append(display)
        return self.entries[k].replacement

    def forget(self, replacements: set[str]) -> None:
        """Take back the entries given these replacements (a word a file name's scan took for a
        name); a type's counter goes back over the last numbers taken back, so none is skipped."""
        gone = [k for k, p in self.entries.items() if p.replacement in replacements]
        for k in gone:
            del self.entries[k]
            self.forms.pop(k, None)
        for entity_type in {self._split(k)[0] for k in gone}:
            n = self.counters.get(entity_type, 0)
            while n > 0 and f"[{tag_name(entity_type)} {n}]" in replacements:
                n -= 1
            if n:
                self.counters[entity_type] = n
            else:
                self.counters.pop(entity_type, None)

    def written_forms(self) -> Iterator[tuple[str, str, str]]:
        """(entity type, form, replacement) of every form an entity was written in."""
        for k, pseudonym in self.entries.items():
            for form in self.forms.get(k, ()):
                yield self._split(k)[0], form, pseudonym.replacement

    def forms_of(self, entity_type: str, entity_key: str) -> list[str]:
        """The forms an entity was written in, first seen first."""
        return list(self.forms.get(self.key(entity_type, entity_key), ()))

    def to_json(self) -> dict[str, Any]:
        return {
            "entries": {k: [p.replacement, p.display] for k, p in self.entries.items()},
            "counters": dict(self.counters),
            "forms": {k: list(v) for k, v in self.forms.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "PseudonymTable":
        entries = {k: Pseudonym(replacement=v[0], display=v[1]) for k, v in data.get("entries", {}).items()}
        forms = {k: [str(f) for f in v] for k, v in data.get("forms", {}).items()}
        return cls(entries=entries, counters={k: int(v) for k, v in data.get("counters", {}).items()}, forms=forms)


Generalizer = Callable[[str, str], "str | None"]


def render_replacement(style: str, tag: str, entity_type: str, text: str,
                       generalizer: Generalizer | None) -> str:
    """The text that replaces one mention, given its entity's tag and the type's style."""
    if style == "bars":
        return "█" * max(len(text), 3)
    if style == "generalize" and generalizer is not None:
        general = generalizer(entity_type, text)
        if general:
            return general
    return tag
