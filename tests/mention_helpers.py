"""Mentions a detector would have found, placed in a test's text by their forms, for the tests of
the refining and resolving steps (which take mentions, not text)."""

from __future__ import annotations

from redactor.model import Mention


def nth_persons(text: str, *forms: tuple[str, int]) -> list[Mention]:
    """PERSON mentions of ``(form, nth occurrence)`` in ``text``, in the text's order."""
    out = []
    for form, nth in forms:
        start = -1
        for _ in range(nth + 1):
            start = text.index(form, start + 1)
        out.append(Mention(start, start + len(form), "PERSON", 0.85, "SpacyRecognizer", form))
    return sorted(out, key=lambda m: m.start)


def in_order(text: str, *names: str, kind: str = "PERSON") -> list[Mention]:
    """Mentions of ``names``, each found after the one before it in ``text``."""
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        found.append(Mention(start, start + len(name), kind, 0.85, "SpacyRecognizer", name))
        at = start + len(name)
    return found


def grown_mention(text: str, found: str, entity_type: str) -> tuple[str, str]:
    """The type and text of the model's ``found`` in ``text`` once organisations are grown over
    their names (:func:`redactor.detect.org_edges.extend_organisations`)."""
    from redactor.detect.org_edges import extend_organisations

    start = text.index(found)
    m = Mention(start=start, end=start + len(found), entity_type=entity_type, score=0.85,
                detector="SpacyRecognizer", text=found)
    [out] = extend_organisations([m], text)
    assert out.text == text[out.start:out.end]
    return out.entity_type, out.text


def caption_spans(find, text: str, caseless: bool) -> list[str]:
    """What a caption finder (``find(text, flags)``: a firm's kind, a firm's head) finds in
    ``text``, every line marked ``caseless``."""
    flags = [caseless] * (text.count("\n") + 1)
    return [text[s:e] for s, e in find(text, flags)]
