"""Java application servers' passwords in their own syntax, under no secret name:
- WildFly's Elytron credential reference with the password in clear
  (`<credential-reference clear-text="…"/>`, the CLI's `credential-reference={clear-text=…}`);
- WLST's `connect('user', 'password', 't3://host:7001')` (a WebLogic script and the log that
  echoes it): the second argument, before a WebLogic URL;
- the password a tool is given to encode or encrypt: Liberty's `securityUtility encode
  [--encoding=aes] PASSWORD`, Jasypt's CLI `encrypt.sh input=PASSWORD password=…` (Jasypt's
  ciphertext stays: docs/redaction.md, on encrypted values);
- a password WebSphere or Liberty encoded reversibly, under any name or none (`{xor}…`, and
  `{aes}…`, which `securityUtility encode --encoding=aes` made with the built-in default key
  when given none, before Liberty 26.0.0.3: any Liberty install decodes both); `{hash}` is
  one-way and stays;
- WebLogic Node Manager's `hashed=` (`nm_password.properties`: base64 of a digest of its user
  and password, `=` escaped as `\\=`), a password's hash, replaced as the others are."""

from __future__ import annotations

from wbdiag.redact.detectors.base import looks_random, regex_detector
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
# (after a name, keyvalue.py takes the whole value; standing alone, the text after the marker)
ENCODED_PASSWORD = regex_detector(
    KIND,
    ("{xor}", "{aes}"),
    r"(?i:\{(?:xor|aes)\})(?P<v>[A-Za-z0-9+/]{8,4096}={0,2})(?![\w+/=])",
)
NM_HASHED = regex_detector(
    KIND,
    ("hashed",),
    r"\A[ \t]*hashed[ \t]*=[ \t]*(?P<v>[A-Za-z0-9+/]{20,88})(?:\\?=){0,2}[ \t]*\r?\Z",
    accept=lambda v: looks_random(v, 20) and v.lower() != v != v.upper(),
    patterns=(r"^[ \t]*hashed[ \t]*=[ \t]*[a-z0-9+/]{20}",),
)
JASYPT_INPUT = regex_detector(
    KIND,
    # (`decrypt.sh` too: its run's output is read on the lines below it, nextjasypt.py)
    ("encrypt.sh", "encrypt.bat", "digest.sh", "digest.bat", "decrypt.sh", "decrypt.bat"),
    r"\b(?:encrypt|digest)\.(?:sh|bat)\b[^\n]{0,400}?[ \t]input=" + _ARGUMENT,
    accept=lambda v: not is_trivial_value(v),
)
