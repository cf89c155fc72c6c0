"""Checking drafts in CI and before each commit: ``check``, its baseline and the watchlist of
protected names (keyed hashes only)."""
