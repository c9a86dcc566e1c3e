"""`wbdiag collect`: collectors declare what they gather; the runner owns limits, time and
redaction, and records in the manifest how each one ended."""
