"""Logins that file-transfer and backup tools take on their command lines in forms of their own,
which no name before the value says is secret:
- lftp's `-u user,password` (`lftp -u backup,… sftp://host`, and its own `open -u user,… host`
  inside `-e "…"` or a script): the comma splits the login; `-u user,` alone makes lftp prompt;
- Commvault's `qlogin -clp PASSWORD` (the clear-text password; `-ps` takes an encrypted one,
  which stays as other ciphertext does).
Other tools' `-u a,b` lists users (`ps -u root,daemon`): the line must run lftp."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_mask, is_trivial_value

KIND = "cmdline"
_VALUE = r"(?:'(?P<sq>[^'\n]{1,256})'|\"(?P<dq>[^\"\n]{1,256})\"|(?P<s>[^\s'\",][^\s'\"]{0,255}))"
# the user and the password in one argument, quoted whole, or the password quoted, or neither
_USER = r"[^\s,\"'@/]{1,64},"
_LFTP_LOGIN = lazyre.compile(
    r"(?<![\w-])-u[ \t]{1,8}(?:(?P<q>[\"'])"
    + _USER
    + r"(?P<qp>[^\"'\n]{1,256})(?P=q)|"
    + _USER
    + _VALUE
    + ")"
)
_LFTP = lazyre.compile(r"\blftp\b")
_QLOGIN_CLP = lazyre.compile(r"\bqlogin\b[^\n]{0,256}?[ \t]-clp[ \t]{1,8}" + _VALUE)


def _secret(value: str) -> bool:
    # (a variable, `$FTP_PASS`, is where the password is read from)
    return not is_trivial_value(value) and not is_mask(value) and value[:1] not in "$%"


def _spans(line: str) -> Iterator[Span]:
    lftp = _LFTP.search(line)
    found = list(_LFTP_LOGIN.finditer(line, lftp.end())) if lftp is not None else []
    if "-clp" in line:
        found += _QLOGIN_CLP.finditer(line)
    for m in found:
        group = next(g for g, v in m.groupdict().items() if v is not None and g != "q")
        if _secret(m.group(group)):
            yield m.start(group), m.end(group), KIND


_PATTERNS = (r"lftp[^\n]*-u[ \t]+[\"']?[^\s,\"'@/]+,[^\s\"',]", r"qlogin[^\n]*[ \t]-clp[ \t]")
TRANSFER_LOGINS = Detector(KIND, ("lftp", "-clp"), _spans, _PATTERNS)
