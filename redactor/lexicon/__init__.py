"""Word lists and folding used by more than one stage: one copy each."""
