"""Credentials inside URLs and DSNs: `scheme://user:password@host` (the password may hold raw
`@`, `#`, `/` or `:`: the userinfo ends at the last `@` before the host), `redis://password@host`
(Redis takes a lone userinfo as the password; any scheme's lone userinfo that reads like a key,
`s3://<40 random>@minio`), and Go's MySQL form `user:password@tcp(host)/db`, also after a
scheme (`mysql://user:password@tcp(host)/db`), and the password of a Go `url.Userinfo` printed
with `%v` (`&{user password true}`).
The user name and the host stay readable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

_TOKEN_END = lazyre.compile(r"[\s\"'<>`]")
_QUOTE_END = lazyre.compile(r"[\s\"'`]")
_MAX_URL = 2048
_SCHEME = lazyre.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}\Z")
_PORT_PATH = lazyre.compile(r"\d{1,5}(?:/|\Z)")
_LONE_PASSWORD_SCHEMES = ("redis", "valkey")  # and their variants: rediss, redis-sentinel
# (a list of hosts too: Sentinel and MongoDB URIs, `@s0:26379,s1:26379/0`; Go's network and
# address, golang-migrate's `mysql://user:password@tcp(host:3306)/db`; the backslashes of an
# escaped closing quote after it, in JSON inside a JSON string: `…@redis:6379\\\"}`; an escape
# shown as text or a control character right after the host: a JSON-escaped newline in a log
# shipper's record, `…:8123\\n"`, the NULs `/proc/<pid>/environ` shows, `…:6379\\0NEXT=`, a
# terminal colour, `…:6379\x1b[1m}`; the closing brace of a Rust tracing span's fields,
# `startup{redis_url=redis://:…@redis:6379}: target:`, or a closing parenthesis)
_HOST = lazyre.compile(
    r"(?:(?:tcp6?|udp|unix)\([^()\s]{1,255}\)|[A-Za-z0-9.\-\[\]:%_,]{1,255})"
    r"(?:[/?#})]|\\{1,16}\Z|\\[0nrt]|[\x00-\x1f]|\Z)"
)
# a URL a log shipper or a terminal cut inside its password: `mysql://u:Pw3x…[truncated`,
# `s3://AKIA…:Pw3x <truncated>` (logcli's and GELF relays' mark), or at the end of the line (an
# event recorder's cut message)
_CUT_MARK = r"(?:…|\.\.\.|\[truncated|\[TRUNCATED|[ \t]?<truncated>)"
_CUT_USERINFO = lazyre.compile(
    r"[A-Za-z0-9._~%+-]{1,64}:(?P<p>[^\s/@:\"'<>`\\…]{4,512})(?:" + _CUT_MARK + r"|\Z)"
)
# (the network may go unsaid: mysqld_exporter's `user:password@(host:3306)/`)
_GO_DSN = lazyre.compile(r"@(?:(?:tcp|tcp6|unix|udp)\(|\((?=[\w.-]{1,253}:\d{1,5}\)/))")


# a usage's example of the form, in placeholder words for both parts (a flag's help: `e.g.
# mysql://user:password@host:3306/db`); a real user beside the word `password` is kept as a secret
_EXAMPLE_USERS = frozenset({"user", "username", "usr", "login", "name"})
_EXAMPLE_PASSWORDS = frozenset({"password", "pass", "passwd", "pwd", "secret"})


def _example(user: str, secret: str) -> bool:
    # (or RabbitMQ's built-in default, `amqp://guest:guest@localhost`, which the docs print)
    if user == secret == "guest":
        return True
    # (a usage's optional part in brackets: duplicity's `scheme://user[:password]@host[:port]`)
    user, secret = user.rstrip("["), secret.rstrip("]")
    return user.lower() in _EXAMPLE_USERS and secret.lower() in _EXAMPLE_PASSWORDS


def _token_end(line: str, pos: int, rx: re.Pattern[str] = _TOKEN_END) -> int:
    m = rx.search(line, pos, min(len(line), pos + _MAX_URL))
    return m.start() if m else min(len(line), pos + _MAX_URL)


def _url_end(line: str, ui_start: int) -> int:
    """Where the URL whose userinfo starts at `ui_start` ends: at a space or quote, or at `<`
    and `>` (`<https://host/>`), unless these come inside the password (a generated one holds
    them, raw or JSON-escaped: `smtp://u:ab\u003ccd@host`), before the `@` of a host."""
    end = _token_end(line, ui_start)
    if end < len(line) and line[end] in "<>" and line.find("@", ui_start, end) < 0:
        wide = _token_end(line, end, _QUOTE_END)
        at = line.rfind("@", end, wide)
        if at > end and "/" not in line[ui_start:at] and _HOST.match(line, at + 1, wide):
            return wide
    return end


def _url_spans(line: str) -> Iterator[Span]:
    covered = 0
    pos = line.find("://")
    while pos >= 0:
        ui_start = pos + 3
        end = _url_end(line, ui_start)
        if pos >= covered:
            s = pos
            while s > 0 and s > pos - 32 and (line[s - 1].isalnum() or line[s - 1] in "+.-"):
                s -= 1
            scheme = line[s:pos].lower()
            at = line.rfind("@", ui_start, end)
            # the host after the chosen @ must look like one; otherwise try an earlier @ (none
            # at the URL's end: Kombu's `sqs://KEY:SECRET@` takes its endpoint from the region;
            # none before a path: libpq's socket `postgresql://u:pw@/db?host=/run/…`, Airflow's
            # `snowflake://u:pw@/DB/SCHEMA?account=…`)
            while at >= 0 and not (
                (at + 1 == end and scheme == "sqs")
                or _HOST.match(line, at + 1, end)
                or line.startswith("/", at + 1, end)
            ):
                at = line.rfind("@", ui_start, at)
            vcs = at > ui_start and (scheme.startswith("git+") or line.endswith(".git", 0, at))
            slash = line.find("/", ui_start, at) if vcs else -1
            if slash >= 0 and (first := line.rfind("@", ui_start, slash)) >= 0:
                # a VCS URL's revision after its path (pip's `git+https://TOKEN@github.com/o/
                # r.git@main`), not the end of a password that holds `/` and `@`
                at = first if _HOST.match(line, first + 1, end) else at
            first = line.find("@", ui_start, at) if at > ui_start else -1
            if (
                first >= 0
                and _masked_before(line, ui_start, first)
                and _HOST.match(line, first + 1, end)
            ):
                # a mask the program put there, then the host: a later `@` is the path's (the Go
                # module proxy's `…/@v/list` as `go get -x` prints it: `https://ci:xxxxx@host/…`)
                at = first
            if at > ui_start:
                userinfo = line[ui_start:at]
                colon = userinfo.find(":")
                if (
                    colon == len(userinfo) - 1
                    and colon >= 20
                    and looks_random(userinfo[:colon], 20)
                ):
                    # a token as the user, its password empty (Gemfury's `https://TOKEN:@pypi.fury.io/…`)
                    yield ui_start, ui_start + colon, "url_password"
                elif colon >= 0 and "/" not in userinfo[:colon]:
                    secret = userinfo[colon + 1 :]
                    # (a template is filled in later: `redis://:$(REDIS_PASSWORD)@redis:6379`;
                    # a mask was put there by the program: `mysql://wandb:[REDACTED]@mysql`)
                    if (
                        secret
                        and not _PORT_PATH.match(secret)
                        and not is_template(secret)
                        and not is_mask(unquote(secret))
                        and not _example(userinfo[:colon], secret)
                    ):
                        yield ui_start + colon + 1, at, "url_password"
                elif (
                    colon < 0
                    and "/" not in userinfo
                    and (
                        scheme.startswith(_LONE_PASSWORD_SCHEMES)
                        or (len(userinfo) >= 20 and looks_random(userinfo, 20))
                    )
                ):  # Redis takes a lone userinfo as the password; a long random one is a key
                    yield ui_start, at, "url_password"
            elif at < 0 and (cut := _CUT_USERINFO.match(line, ui_start, end)) is not None:
                secret = cut.group("p")
                # (a port is digits: `http://db:3306…`; anything else there is a password)
                # (cut at the line's end with no mark: a word there is rather a bad port)
                marked = cut.end() < len(line) or line.endswith(("…", "...", "[truncated"))
                if (
                    len(secret) >= 6
                    and not secret.isdigit()
                    and not is_template(secret)
                    and (marked or not secret.isalpha())
                ):
                    yield cut.start("p"), cut.end("p"), "url_password"
            covered = end
        pos = line.find("://", max(pos + 3, covered))


def _masked_before(line: str, ui_start: int, at: int) -> bool:
    """The userinfo up to `at` is a user and a mask (`ci:xxxxx`)."""
    colon = line.find(":", ui_start, at)
    return colon >= 0 and is_mask(line[colon + 1 : at])


# an exported Go field's name (`DSN`, `DatabaseURL`) as `%+v` prints it before its value
_GO_FIELD = lazyre.compile(r"[{ ]?[A-Z][A-Za-z0-9]{0,40}")


def _go_dsn_spans(line: str) -> Iterator[Span]:
    covered = 0
    for m in _GO_DSN.finditer(line):
        at = m.start()
        start = at
        floor = max(covered, at - _MAX_URL)
        colon_seen = False
        while start > floor and not line[start - 1].isspace() and line[start - 1] not in "\"'`=":
            start -= 1
            colon_seen = colon_seen or line[start] == ":"
            # an escaped quote inside the password of a quoted value (logfmt's `dsn="u:ab\"cd@…"`):
            # before the user's colon, it does not end the DSN
            if not colon_seen and line[start - 2 : start] == '\\"' and start - 2 > floor:
                start -= 2
        covered = m.end()
        if "://" in line[start:at]:
            continue  # a URL: _url_spans has it
        colon = line.find(":", start, at)
        if colon > start and _GO_FIELD.fullmatch(line, start, colon):
            # a Go `%+v` struct's field name before the DSN (`{DSN:user:pw@tcp(…)/db}`)
            after = line.find(":", colon + 1, at)
            colon = after if after >= 0 else colon
        if colon >= 0 and colon + 1 < at and not is_mask(line[colon + 1 : at]):
            yield colon + 1, at, "dsn_password"


URL_PASSWORD = Detector(
    "url_password",
    ("://",),
    _url_spans,
    (
        r"://[^\s\"'<>`]*@",
        r"://[^\s\"'`/@]*[<>][^\s\"'`/]*@",
        r"://[^\s/@:\"'<>`]+:[^\s/@:\"'<>`]{4}[^\s/@]*(?:…|\.\.\.|\[truncated|[ \t]?<truncated>)",
        r"://[^\s/@:\"'<>`]+:[^\s/@:\"'<>`0-9]{1}[^\s/@:\"'<>`]{3}[^\s/@:\"'<>`]*$",
    ),
)
GO_DSN = Detector("dsn_password", ("@tcp", "@unix", "@udp", "@("), _go_dsn_spans)

# a Go DSN a log shipper cut inside its password, under a name that says it is one (zap's
# `"dsn":"wandb:Pw3x <truncated>`, logfmt's `dsn=wandb:Pw3x…`): the `@tcp(…)` that marks the
# form is gone with the rest, the cut mark says the value went on
CUT_DSN = regex_detector(
    "dsn_password",
    ("dsn",),
    r"(?i:dsn)\\{0,3}\"?[ \t]{0,4}[:=][ \t]{0,4}\\{0,3}\"?[A-Za-z0-9._~%+-]{1,64}:"
    r"(?P<p>[^\s/@:\"'<>`\\…]{6,512})" + _CUT_MARK,
    accept=lambda v: not v.isdigit() and not is_template(v) and not is_mask(v),
    patterns=(r"dsn\\{0,3}\"?[ \t]*[:=][ \t]*\\{0,3}\"?[^\s:]{1,64}:[^\s/@:]{6}",),
)


# a URL percent-encoded once or twice as a parameter's value (`?redis_url=redis%253A%252F%252F
# %253APASSWORD%2540redis%253A6379`): the password between the encoded `:` and `@`
_ENCODED_URL = lazyre.compile(
    r"(?i)[a-z][a-z0-9+.-]{1,31}%(?P<e>(?:25)?)3A%(?P=e)2F%(?P=e)2F[^\s%&\"'<>/@]{0,64}"
    r"%(?P=e)3A(?P<p>[^\s&\"'<>]{1,512}?)%(?P=e)40(?=[A-Za-z0-9\[])"
)


def _encoded_url_spans(line: str) -> Iterator[Span]:
    for m in _ENCODED_URL.finditer(line):
        secret = unquote(unquote(m.group("p")) if m.group("e") else m.group("p"))
        if not _PORT_PATH.match(secret) and not is_template(secret) and not is_mask(secret):
            yield m.start("p"), m.end("p"), "url_password"


ENCODED_URL = Detector(
    "url_password",
    ("%3a%2f%2f", "%253a%252f%252f"),
    _encoded_url_spans,
    (r"%(?:25)?3a%(?:25)?2f%(?:25)?2f[^\s&\"'<>]*%(?:25)?40",),
)


# the rest of such a cut password where the record goes on (`"note":"continued: REST@mysql"`,
# `(cont) REST@mysql:3306/db`): the text before the `@` of a host
CONTINUED_USERINFO = regex_detector(
    "url_password",
    ("continued", "(cont)", "[cont]"),
    r"(?i)(?:\bcontinued:?|\(cont\)|\[cont\])[ \t]{1,4}(?P<s>[^\s@\"'<>/:]{4,512})"
    r"@(?=[A-Za-z0-9][\w.-]{0,253}(?:[:/\"'\s]|\Z))",
    accept=lambda v: not v.isalpha(),
    patterns=(r"(?:continued:?|\(cont\)|\[cont\])[ \t]+[^\s@\"'<>/:]{4}[^\s@\"'<>/:]*@",),
)


# Go's `%v` of a URL's `*url.Userinfo` (`user=&{default PASSWORD true}`): the user name, the
# password and whether one was set; the password goes when one was (`&{wandb  false}` has none)
GO_USERINFO = regex_detector(
    "url_password",
    ("&{",),
    r"&\{[^\s{}]{0,256}[ ](?P<s>[^\s{}]{1,512})[ ]true\}",
    accept=lambda v: not is_trivial_value(v),
    patterns=(r"&\{[^\s{}]*[ ][^\s{}]+[ ]true\}",),
)


# Python's urlparse reads what follows the last `:` before the host's end as the port; in a URL
# whose password holds `/`, `?` or `#`, that is the password's head, and `.port` prints it:
# `ValueError: Port could not be cast to integer value as '4w88h3mcDe'`
PORT_CAST = regex_detector(
    "url_password",
    ("could not be cast to integer",),
    r"(?i)\bport could not be cast to integer value as (?P<q>['\"]?)(?P<s>[^\s'\"]{3,512})(?P=q)",
    accept=lambda v: not v.isdigit() and not is_template(v) and not is_mask(v),
)
