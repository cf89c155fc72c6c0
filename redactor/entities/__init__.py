"""Entities: which mentions across the run name the same person or thing (grouping keys)."""
