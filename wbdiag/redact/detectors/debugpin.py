"""Werkzeug's debugger PIN, as its development server prints it at start (` * Debugger PIN:
123-456-789`): whoever has it runs Python in the server's interactive console, so it is a
credential; the banner names it, no secret word does."""

from __future__ import annotations

from wbdiag.redact.detectors.base import regex_detector

DEBUGGER_PIN = regex_detector(
    "debugger_pin",
    ("debugger pin",),
    r"\bDebugger PIN:[ \t]{1,4}(?P<s>\d{3,5}(?:-\d{3,5}){1,3})\b",
)
