"""Secrets that SIP servers, softswitches, SIP phones and their test tools keep or take in places
of their own, no secret name before them:
- an SDP offer's SRTP master key (RFC 4568 SDES: `a=crypto:1 AES_CM_128_HMAC_SHA1_80
  inline:KEY[|lifetime|MKI]`): whoever reads the signalling decrypts the call's media;
- a Grandstream phone's provisioning values by their P-value numbers (`<P2>` the admin
  password, `<P196>` the end user's, `<P34>`, `<P406>`, `<P506>`, `<P606>` the SIP accounts'
  authentication passwords);
- passwords given as arguments: SIPp's `-ap PASSWORD`, Kamailio's `kamctl add USER PASSWORD`
  and `kamctl passwd USER PASSWORD`, FreeSWITCH's `fs_cli -p PASSWORD` and the event socket's
  `ESLconnection(host, port, PASSWORD)`.
A usage's metavar (`<password>`), a shell variable in the value's place and a mask stay."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "telephony"

_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\",)]{1,512}))"
_ARG = r"(?:'[^'\n]{1,64}'|\"[^\"\n]{1,64}\"|[^\s'\",]{1,64})"
_SP = r"[ \t]{1,8}"
_COMMA = r"[ \t]{0,4},[ \t]{0,4}"
_PLACED = lazyre.compile(
    r"(?:\bsipp\b[^\n]{0,512}?[ \t]-ap" + _SP
    + r"|\bkamctl[ \t]{1,4}(?:add|passwd)[ \t]{1,8}" + _ARG + _SP
    + r"|\bfs_cli\b[^\n]{0,256}?[ \t](?:-p|--password)(?:[ \t]{1,8}|=)"
    + r"|\bESLconnection\([ \t]{0,4}" + _ARG + _COMMA + _ARG + _COMMA
    + r")" + _VALUE
)  # fmt: skip
# the master key and salt, base64 (30 bytes for the AES_CM suites, 46 for AES_256), before an
# optional `|2^31|1:1`
_SRTP = lazyre.compile(
    r"\ba=crypto:\d{1,10}[ \t]{1,4}[A-Za-z0-9_]{1,64}[ \t]{1,4}inline:"
    r"(?P<k>[A-Za-z0-9+/]{16,256}={0,2})"
)
_PVALUES = r"P(?:2|34|196|406|506|606)"
_GRANDSTREAM = lazyre.compile(r"<(?P<t>" + _PVALUES + r")>(?P<x>[^<\s]{1,256})</(?P=t)>")


def _kept(value: str) -> bool:
    return not (value[0] in "<[" or is_trivial_value(value) or is_template(value) or is_mask(value))


def _spans(line: str) -> Iterator[Span]:
    if "inline:" in line:
        for m in _SRTP.finditer(line):
            yield m.start("k"), m.end("k"), KIND
    if "<P" in line:
        for m in _GRANDSTREAM.finditer(line):
            if _kept(m.group("x")):
                yield m.start("x"), m.end("x"), KIND
    for m in _PLACED.finditer(line):
        for group in ("sq", "dq", "s"):
            start, end = m.span(group)
            if end > start and _kept(line[start:end]):
                yield start, end, KIND


TELEPHONY = Detector(
    KIND,
    ("inline:", "<p2>", "<p34>", "<p196>", "<p406>", "<p506>", "<p606>", "sipp", "kamctl",
     "fs_cli", "eslconnection"),
    _spans,
    (
        r"a=crypto:\d+[ \t]+\w+[ \t]+inline:",
        r"<p(?:2|34|196|406|506|606)>[^<\s]",
        r"\bsipp\b[^\n]*[ \t]-ap[ \t]",
        r"\bkamctl[ \t]+(?:add|passwd)[ \t]",
        r"\bfs_cli\b[^\n]*[ \t](?:-p|--password)[ \t=]",
        r"eslconnection\(",
    ),
)  # fmt: skip
