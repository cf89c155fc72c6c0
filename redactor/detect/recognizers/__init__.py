"""redactor's own Presidio recognizers: names (gazetteer), spoken forms (a package, one module per
kind), source profiles.  Word lists they share with other stages live in :mod:`redactor.lexicon`;
the tokens and context evidence of names in :mod:`redactor.detect.name_context`."""
