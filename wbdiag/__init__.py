"""wbdiag: support bundles and diagnostics for self-hosted W&B Server."""

__version__ = "0.1.0"
