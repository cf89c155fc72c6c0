"""Detection: find spans that could identify a source in one document's text.

``engine.py`` is the only module that touches Presidio's ``AnalyzerEngine``; ``recognizers/``
holds redactor's own recognizers (one module per recognizer or family); ``packs.py`` loads the
YAML rule packs; ``casing.py`` restores capitals for the model; ``overlaps.py`` is the one
overlap policy.  Everything after detection sees our ``Mention``, never a Presidio type.
"""
