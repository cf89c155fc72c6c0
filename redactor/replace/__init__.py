"""Replacement: one pseudonym per entity (the table), generalisation, the encrypted vault that
keeps pseudonyms stable between runs, and reveal."""
