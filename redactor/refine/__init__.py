"""Run-wide refinement of detected mentions: propagation of confident forms to every file,
people (a name typed as a place is a person; halves of a name join), editor decisions."""
