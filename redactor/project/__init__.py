"""The project around a run: ``redactor.yaml`` (config), YAML errors with lines, which files a
run reads and which it writes itself, atomic writes, and the project key for fingerprints."""
