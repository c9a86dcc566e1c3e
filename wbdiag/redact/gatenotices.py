"""Server notices the leak gate reads as fixed text: a line that is, in full, one of them holds
no value of any kind, so the gate's own checks would read its words (`…_password' is deprecated`)
to find nothing.

MySQL 8.0.34 and later log such a notice at every connection that authenticates through
`mysql_native_password` (or `sha256_password`): one line in dozens of a busy MySQL's log, and
the gate's costliest line on a W&B deployment's logs. The gate keeps its own reading of it, in
its own terms, and shares nothing with the redactor's list (fixednotices.py), so that one
pattern's mistake cannot blind both: only digits and a timestamp's punctuation where MySQL
prints numbers, the notice's words verbatim elsewhere, matched whole. Known secrets are still
looked for in such a line (gate.py).
"""

from __future__ import annotations

import re

from wbdiag import lazyre

# `<runtime's time> <MySQL's time> <thread id> [Warning] [MY-013360] [Server] Plugin <p> reported:
# ''<p>' is deprecated and will be removed in a future release. Please use <q> instead'`
# (ER_SERVER_WARN_DEPRECATED as the plugin logger wraps it: hence the doubled quote)
_TIME = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_DEPRECATED = lazyre.compile(
    rf"(?:{_TIME} )?{_TIME} [0-9]{{1,20}} \[Warning\] \[MY-013360\] \[Server\] Plugin "
    r"(?P<p>mysql_native_password|sha256_password) reported: ''(?P=p)' is deprecated and will "
    r"be removed in a future release\. Please use caching_sha2_password instead'",
    re.ASCII,
)
_TAIL = "Please use caching_sha2_password instead'"


def fixed_notice(text: str) -> bool:
    """Whether `text` is, whole, a server notice of fixed words (no value can stand in it)."""
    return text.endswith(_TAIL) and _DEPRECATED.fullmatch(text) is not None
