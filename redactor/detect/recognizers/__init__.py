"""redactor's own Presidio recognizers: names (gazetteer), spoken forms, source profiles."""
