"""Redaction before anything touches disk (docs/redaction.md)."""

from wbdiag.redact.redactor import Redactor

__all__ = ["Redactor"]
