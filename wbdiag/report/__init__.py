"""Reports: one JSON-able document built from an analysis, rendered as JSON, HTML, Markdown, text."""
