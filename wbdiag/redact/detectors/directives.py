"""Secrets written as a web server's or proxy's directive arguments, where the directive, not a
name, says which argument is secret:
- nginx `secure_link_md5 "$secure_link_expires$uri SECRET"`: the literal text of the expression
  (the variables stay);
- HAProxy health checks that log in (`tcp-check send AUTH\\ PASSWORD\\r\\n`, Redis 6's `AUTH\\ user\\
  PASSWORD`, `PASS …` of POP3 and FTP): the password;
- Caddy's DNS provider for ACME (`acme_dns cloudflare TOKEN`, `dns route53 KEY SECRET` in a `tls`
  block): the literal credentials (placeholders `{env.X}` and `{$X}` stay);
- `basic_auth USER PASSWORD` in plain text (Caddy's forward_proxy; a hash of the password is
  hashes.py's);
- Redis Sentinel's `sentinel auth-pass MASTER PASSWORD` (sentinel.conf, and `SENTINEL SET MASTER
  auth-pass PASSWORD` at run time): the password after the monitored master's name.
Other directives name their secret (`AuthLDAPBindPassword`, `stats auth user:pass`,
`insecure-password`): the key=value and command-line layers take those."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.values import is_trivial_value

KIND = "directive"

_SECURE_LINK = lazyre.compile(
    r"\bsecure_link_md5[ \t]{1,8}(?:\"(?P<dq>[^\"\n]{1,1024})\"|'(?P<sq>[^'\n]{1,1024})'"
    r"|(?P<s>[^\s;\"']{1,1024}))"
)
_NGINX_VAR = lazyre.compile(r"\$(?:\{[A-Za-z_]\w{0,63}\}|[A-Za-z_]\w{0,63})")
# what joins variables and the secret in an expression (`$uri:$expires:SECRET`)
_EDGE = " \t:|,.;/_-"
_MIN_LITERAL = 6

_TOKEN = r"[^\s\\\"']{1,512}"
_ESC_SPACE = r"(?:\\[ ]|[ \t])"
# (Redis 6: a user before the password)
_USER = _TOKEN + _ESC_SPACE + r"(?=" + _TOKEN + r"(?:\\r|\\n|[\"'\s]|\Z))"
_SEND_LOGIN = lazyre.compile(
    r"\b(?:tcp|http)-check[ \t]{1,8}send[ \t]{1,8}[\"']?(?i:AUTH|PASS)"
    f"{_ESC_SPACE}(?:{_USER})?(?P<s>{_TOKEN})"
)
_DNS_PROVIDER = lazyre.compile(
    r"(?:^|(?<=[ \t{]))(?:acme_dns|dns)[ \t]{1,8}[a-z][a-z0-9_]{1,31}[ \t]{1,8}"
    r"(?P<s>[^\s{}\"']{16,512})(?:[ \t]{1,8}(?P<t>[^\s{}\"']{16,512}))?[ \t]*(?=\}|\Z)"
)
_BASIC_AUTH = lazyre.compile(
    r"(?:^|(?<=[ \t]))basic_?auth[ \t]{1,8}[^\s{}/\"'$@][^\s{}]{0,127}[ \t]{1,8}"
    r"(?P<s>[^\s{}$]{6,512})[ \t]*\Z"
)


# (the name of the master Sentinel monitors comes first; a config file's line or a command)
_SENTINEL_AUTH = lazyre.compile(
    r"(?i)(?:^|(?<=[\s\"'>]))sentinel[ \t]{1,8}(?:set[ \t]{1,8}(?P<m>[^\s\"']{1,128})[ \t]{1,8})?"
    r"auth-pass[ \t]{1,8}(?(m)|[^\s\"']{1,128}[ \t]{1,8})"
    r"(?:\"(?P<dq>[^\"\n]{1,512})\"|'(?P<sq>[^'\n]{1,512})'|(?P<s>[^\s\"']{1,512}))"
)


def _literals(line: str, start: int, end: int) -> Iterator[Span]:
    """The text of an nginx expression between its variables, each run trimmed of the
    characters that join it to them."""
    pos = start
    for var in [*_NGINX_VAR.finditer(line, start, end), None]:
        a, b = pos, var.start() if var is not None else end
        while a < b and line[a] in _EDGE:
            a += 1
        while b > a and line[b - 1] in _EDGE:
            b -= 1
        if b - a >= _MIN_LITERAL and not is_trivial_value(line[a:b]):
            yield a, b, KIND
        pos = var.end() if var is not None else end


def _generated(value: str) -> bool:
    return not is_trivial_value(value) and (looks_random(value) or secretish("password", value))


def _spans(line: str) -> Iterator[Span]:
    if "secure_link_md5" in line:
        for m in _SECURE_LINK.finditer(line):
            group = next(g for g in ("dq", "sq", "s") if m.group(g) is not None)
            yield from _literals(line, m.start(group), m.end(group))
    if "-check" in line:
        for m in _SEND_LOGIN.finditer(line):
            if _generated(m.group("s")):
                yield m.start("s"), m.end("s"), KIND
    if "dns " in line or "dns\t" in line:
        for m in _DNS_PROVIDER.finditer(line):
            for g in ("s", "t"):
                if m.group(g) is not None and looks_random(m.group(g), 16):
                    yield m.start(g), m.end(g), KIND
    if "auth-pass" in line or "AUTH-PASS" in line:
        for m in _SENTINEL_AUTH.finditer(line):
            group = next(g for g in ("dq", "sq", "s") if m.group(g) is not None)
            if not is_trivial_value(m.group(group)):
                yield m.start(group), m.end(group), KIND
    if "auth" in line:
        for m in _BASIC_AUTH.finditer(line):
            if _generated(m.group("s")):
                yield m.start("s"), m.end("s"), KIND


DIRECTIVES = Detector(
    KIND,
    ("secure_link_md5", "-check", "acme_dns", "dns ", "basic_auth", "basicauth", "auth-pass"),
    _spans,
    (
        r"secure_link_md5[ \t]",
        r"-check[ \t]+send[ \t]+[\"']?(?:auth|pass)(?:\\ |[ \t])",
        r"(?:acme_dns|dns)[ \t]+[a-z][a-z0-9_]{1,31}[ \t]+[^\s{}\"']{16}",
        r"basic_?auth[ \t]+[^\s{}/\"'$@][^\s{}]{0,127}[ \t]+[^\s{}$]{6}",
        r"sentinel[ \t]+(?:set[ \t]+\S+[ \t]+auth-pass|auth-pass[ \t]+\S+)[ \t]+\S",
    ),
)
