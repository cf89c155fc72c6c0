"""The editor's entity decisions: two entities that are one, a form that is someone else.

A small step after run-wide resolution (``redactor.entities.resolve.resolve_run``): ``regroup``
takes the resolved grouping (the entities and each mention's entity) and returns it adjusted by
the editor's merge and split decisions, in the order they were made.  Decisions name forms only
by keyed prints (``form_print``, computed by the caller), never by text:

* **merge**: the entity holding most of the ``entity`` prints takes in the one holding most of
  the ``forms`` prints; their mentions share one pseudonym in every file (the first entity's
  type and key, so a pseudonym the vault already gave it stays; a source's label is kept).
* **split**: the mentions whose form print is in ``forms``, in the entity holding most of the
  ``entity`` prints, become an entity of their own (a new key, so a new pseudonym, never a
  source's label).

A decision whose forms no longer occur in the run changes nothing and is listed as stale.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

from redactor.model import Entity, Mention

MERGE = "merge"
SPLIT = "split"
SPLIT_KEY_PREFIX = "split:"  # a key with ':' is never read back as a person's name


@dataclass(frozen=True)
class EntityDecision:
    """Merge (``forms`` = the forms of the entity merged in) or split (``forms`` = the forms
    split off); ``entity`` = the forms of the entity kept or split from, at review time."""

    index: int
    action: str
    entity_type: str
    entity: frozenset[str]
    forms: frozenset[str]


@dataclass(frozen=True)
class Regrouped:
    """The adjusted grouping, and which decisions were applied or found nothing to act on."""

    entities: list[Entity]
    entity_of: list[int]
    applied: tuple[int, ...] = ()  # decision indexes whose forms occur in the run
    stale: tuple[int, ...] = ()  # decision indexes whose forms no longer occur


@dataclass
class _Grouping:
    """Working state: each mention's group, each group's head entity (never returned)."""

    prints: list[str]
    group: list[int]
    heads: dict[int, Entity]

    def best(self, side: frozenset[str], entity_type: str, within: set[int] | None = None) -> int | None:
        """The group holding most of ``side``'s prints (then of ``entity_type``, then first)."""
        held: dict[int, set[str]] = {}
        for p, g in zip(self.prints, self.group):
            if p in side and (within is None or g in within):
                held.setdefault(g, set()).add(p)
        if not held:
            return None
        first = {g: n for n, g in reversed(list(enumerate(self.group)))}
        return max(held, key=lambda g: (len(held[g]), self.heads[g].entity_type == entity_type, -first[g]))

    def merge(self, keep: int, other: int) -> None:
        self.group = [keep if g == other else g for g in self.group]
        a, b = self.heads[keep], self.heads.pop(other)
        self.heads[keep] = replace(a, label=a.label or b.label, ambiguous=False)

    def split(self, source: int, forms: frozenset[str]) -> None:
        moved = [n for n, (p, g) in enumerate(zip(self.prints, self.group)) if g == source and p in forms]
        if len(moved) == sum(g == source for g in self.group):
            return  # already an entity of its own
        new = max(self.heads) + 1
        head = self.heads[source]
        self.heads[new] = Entity(entity_type=head.entity_type,
                                 key=SPLIT_KEY_PREFIX + min(self.prints[n] for n in moved)[:24],
                                 display="")
        for n in moved:
            self.group[n] = new
        self.heads[source] = replace(head, ambiguous=False)


def regroup(mentions: Sequence[Mention], entities: Sequence[Entity], entity_of: Sequence[int],
            decisions: Sequence[EntityDecision], form_print: Callable[[str], str]) -> Regrouped:
    """``entities``/``entity_of`` (as ``resolve_run`` returns them for ``mentions``) adjusted by
    ``decisions``; entities stay in order of first appearance, so numbering follows the text."""
    if not decisions:
        return Regrouped(list(entities), list(entity_of))
    memo: dict[str, str] = {}
    for m in mentions:
        if m.text not in memo:
            memo[m.text] = form_print(m.text)
    prints = [memo[m.text] for m in mentions]
    state = _Grouping(prints, list(entity_of), dict(enumerate(entities)))
    applied: list[int] = []
    stale: list[int] = []
    for d in decisions:
        if d.action == MERGE:
            keep = state.best(d.entity, d.entity_type)
            other = state.best(d.forms, d.entity_type, within=set(state.heads) - {keep})
            if keep is None or other is None:
                # Both sides in one entity already is not stale: the run agrees with the editor.
                (applied if keep is not None and state.best(d.forms, d.entity_type) == keep else stale).append(d.index)
                continue
            state.merge(keep, other)
        else:
            holding = {g for p, g in zip(state.prints, state.group) if p in d.forms}
            source = state.best(d.entity, d.entity_type, within=holding) if holding else None
            if source is None:
                source = state.best(d.forms, d.entity_type)
            if source is None:
                stale.append(d.index)
                continue
            state.split(source, d.forms)
        applied.append(d.index)
    out_entities, out_of = _rebuild(mentions, state)
    return Regrouped(out_entities, out_of, tuple(applied), tuple(stale))


def _rebuild(mentions: Sequence[Mention], state: _Grouping) -> tuple[list[Entity], list[int]]:
    """Entities in order of first mention, each with its mention count and forms."""
    order: dict[int, int] = {}
    forms: list[dict[str, None]] = []
    first_text: list[str] = []
    of_mention = []
    for m, g in zip(mentions, state.group):
        i = order.setdefault(g, len(order))
        if i == len(forms):
            forms.append({})
            first_text.append(m.text)
        forms[i][m.text] = None
        of_mention.append(i)
    counts = [0] * len(order)
    for i in of_mention:
        counts[i] += 1
    entities = []
    for g, i in order.items():
        head = state.heads[g]
        entities.append(replace(head, display=head.display or first_text[i], mentions=counts[i],
                                forms=tuple(forms[i])))
    return entities, of_mention
