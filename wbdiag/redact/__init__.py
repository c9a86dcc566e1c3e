"""Redaction before anything touches disk (docs/redaction.md)."""

from wbdiag.redact.redactor import Redactor
from wbdiag.redact.report import FileRedactions

__all__ = ["FileRedactions", "Redactor"]
