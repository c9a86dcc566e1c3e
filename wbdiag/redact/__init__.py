"""Redaction before anything touches disk (docs/redaction.md)."""

from wbdiag.redact.redactor import Redactor, find_secrets

__all__ = ["Redactor", "find_secrets"]
