"""Failure records whose level word understates them, and the candidates that find them.

  - a report that starts with `Failure:` and says what failed in its fields (a CGI's or a
    daemon's syslog record: `prog[123]: Failure: user=x, host=y, message=LDAP bind failed: …`);
    `Failure: 0`, `none` or `null` is a count or an empty field;
  - a lost connection, at WARN as its client logs it while it retries (`warn  Connection to redis
    lost. Retry attempt: 35`, `WARN Connection lost to broker`): the service behind it is gone
    until the retries succeed; below WARN (an INFO `Connection lost, reconnected`) it stays a
    notice;
  - a Monolog record (Symfony, Laravel: `channel.LEVEL: message {context} [extra]`) whose context
    carries an exception, as its LineFormatter writes one (`{"exception":"[object] (Class(code: 0):
    message at file:line)"}`): a handler that caught it and logs it at INFO, NOTICE or WARNING
    (Symfony's security firewall: `security.INFO: Authenticator failed.`); at DEBUG it stays
    trusted as other debug lines are.
Each candidate starts with a literal (the scan's prefilter searches it) and stays loose;
RECORD_CONFIRM says the positions it cannot.
"""

from __future__ import annotations

import re

RECORD_CANDIDATES = (
    "Failure: ",
    r"onnection to [\w.:/-]{1,100} (?:was |has been )?lost",
    "onnection lost",
    r"exception\\?\":\\?\"\[object\] \(",
)

_FAILURE_REPORT = r"(?:^|\]: )Failure: (?!0\b|none\b|None\b|null\b)\S"
_LOST = r"\b[Cc]onnection (?:to [\w.:/-]{1,100} )?(?:was |has been )?lost\b"
_MONOLOG_EXCEPTION = (
    r"\b[\w.-]{1,60}\.(?:INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY): .{0,500}?"
    r"\\?\"exception\\?\":\\?\"\[object\] \([A-Za-z_\\]{1,300}\(code: "
)
RECORD_CONFIRM = (_FAILURE_REPORT, _LOST, _MONOLOG_EXCEPTION)
_LOST_RE = re.compile(_LOST)
_MONOLOG_RE = re.compile(_MONOLOG_EXCEPTION)


def lost_connection(body: str) -> bool:
    """A lost connection (a failure at WARN: error_levels.py)."""
    return " lost" in body and _LOST_RE.search(body) is not None


def monolog_exception(body: str) -> bool:
    """A Monolog record at INFO, NOTICE or WARNING with an exception in its context."""
    return "[object] (" in body and _MONOLOG_RE.search(body) is not None
