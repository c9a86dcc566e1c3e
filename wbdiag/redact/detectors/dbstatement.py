"""The statement a database client sent, as a trace records it: OpenTelemetry's `db.statement`
(`db.query.text` in newer conventions) on a span, printed by the collector's `debug` exporter
(`-> db.statement: Str(AUTH default …)`), in OTLP/JSON or a tracing backend's export. A Redis
`AUTH [user] password` there holds the password in the clear (its last argument); a sanitised
one (`AUTH ?`) or a placeholder (`AUTH default <password>`) holds none."""

from __future__ import annotations

from wbdiag.redact.detectors.base import regex_detector
from wbdiag.redact.values import is_mask

# (the attribute's name, then its value's wrapping: `: Str(`, `":"`, `=`, or OTLP/JSON's
# `","value":{"stringValue":"`; the user before the password is optional)
_S = r"[ \t]{0,4}"
DB_STATEMENT_AUTH = regex_detector(
    "keyvalue",
    ("db.statement", "db.query.text"),
    r"(?i)\bdb\.(?:statement|query\.text)(?:[\"']?" + _S + "[:=]" + _S + r"(?:Str\(|[\"'])?"
    r'|"'
    + _S
    + ","
    + _S
    + '"value"'
    + _S
    + ":"
    + _S
    + r"\{"
    + _S
    + '"stringValue"'
    + _S
    + ":"
    + _S
    + '")'
    r"AUTH[ \t]{1,4}(?:[^\s'\"()]{1,64}[ \t]{1,4}(?=[^\s'\"()]))?(?P<s>[^\s'\"()\\]{2,512})",
    accept=lambda v: not is_mask(v),
    patterns=(r"db\.(?:statement|query\.text)[^\n]*auth[ \t]",),
)
