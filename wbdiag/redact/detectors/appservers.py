"""Java application servers' passwords in their own syntax, under no secret name:
- WildFly's Elytron credential reference with the password in clear
  (`<credential-reference clear-text="…"/>`, the CLI's `credential-reference={clear-text=…}`);
- WLST's `connect('user', 'password', 't3://host:7001')` (a WebLogic script and the log that
  echoes it): the second argument, before a WebLogic URL;
- the password a tool is given to encode or encrypt: Liberty's `securityUtility encode
  [--encoding=aes] PASSWORD`, Jasypt's CLI `encrypt.sh input=PASSWORD password=…` (what they
  print, `{aes}…` and the ciphertext, stays: docs/redaction.md, on encrypted values)."""

from __future__ import annotations

from wbdiag.redact.detectors.base import regex_detector
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"

ELYTRON_CLEAR_TEXT = regex_detector(
    KIND,
    ("clear-text",),
    r"\bcredential-reference[ \t]{0,4}(?:=[ \t]{0,4}\{[^{}\n]{0,200}?|[^<>\n]{0,200}?)"
    r"\bclear-text[ \t]{0,4}=[ \t]{0,4}"
    r"(?:\"(?P<dq>[^\"\n]{1,512})\"|'(?P<sq>[^'\n]{1,512})'|(?P<s>[^\s,}\"']{1,512}))",
    accept=lambda v: not is_trivial_value(v),
)
WLST_CONNECT = regex_detector(
    KIND,
    ("connect(",),
    r"\bconnect\([ \t]{0,4}(?:'[^'\n]{1,128}'|\"[^\"\n]{1,128}\")[ \t]{0,4},[ \t]{0,4}"
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\")[ \t]{0,4},[ \t]{0,4}[\"']"
    r"(?:t3s?|https?|iiops?)://",
    accept=lambda v: not is_trivial_value(v),
)

_ARGUMENT = (
    r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"-][^\s'\"]{0,511}))"
)
LIBERTY_ENCODE = regex_detector(
    KIND,
    ("securityutility",),
    r"\bsecurityUtility[ \t]{1,4}encode(?:[ \t]{1,4}--[\w-]{1,32}(?:=[^\s]{1,128})?){0,6}[ \t]{1,4}"
    + _ARGUMENT,
    accept=lambda v: not is_trivial_value(v),
)
JASYPT_INPUT = regex_detector(
    KIND,
    # (`decrypt.sh` too: its run's output is read on the lines below it, nextjasypt.py)
    ("encrypt.sh", "encrypt.bat", "digest.sh", "digest.bat", "decrypt.sh", "decrypt.bat"),
    r"\b(?:encrypt|digest)\.(?:sh|bat)\b[^\n]{0,400}?[ \t]input=" + _ARGUMENT,
    accept=lambda v: not is_trivial_value(v),
)
