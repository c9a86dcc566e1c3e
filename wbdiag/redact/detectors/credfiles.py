"""Lines of tools' credential files, as a log, a `cat` or a config dump shows them: a user and
its password in each tool's own syntax, with no name that says "password": libpq's `.pgpass`
(`host:port:database:user:password`), pgbouncer's auth_file (`"user" "password"`), postfix's
`sasl_passwd` (`[relay]:587 user:password`), curl's config file (`user = "name:password"`) and
Kafka's JAAS `user_NAME="password"`. Each line as the file holds it, after a pipeline's
timestamp at most (the command lines that carry a password are cmdline.py's). Their spans keep
the kind `cmdline`, the token a redacted line shows."""

from __future__ import annotations

from wbdiag.redact.detectors.base import regex_detector
from wbdiag.redact.detectors.cmdline import TS, generated
from wbdiag.redact.values import is_trivial_value

# .pgpass: host:port:database:user:password (the default port, or any)
PGPASS = regex_detector(
    "cmdline",
    (":5432:", ":*:"),
    r"^" + TS + r"[ \t]*[^:\s]{1,255}:(?:5432|\*):[^:\s]{1,128}:[^:\s]{1,128}:(?![\d:]{0,512}$)"
    r"(?P<s>[^\s]{1,512})$",
    accept=lambda v: not is_trivial_value(v),  # (a template's `CHANGE_ME`)
)
# pgbouncer's auth_file (userlist.txt): `"user" "password"` (or its md5/SCRAM hash), alone
PGBOUNCER_USERLIST = regex_detector(
    "cmdline",
    ('" "', '"\t"'),
    r"^" + TS + r"[ \t]*\"[^\"\s]{1,128}\"[ \t]\"(?P<dq>[^\"\s]{8,512})\"[ \t]*$",
    accept=generated,
    patterns=(r"^[ \t]*\"[^\"\s]+\"[ \t]\"", r"^\d{4}-\d\d-\d\dT\S+[ \t]\"[^\"\s]+\"[ \t]\""),
)
# postfix sasl_passwd: `[relay]:port user:password` (brackets: no MX lookup), a submission port
# or a sender's address
POSTFIX_SASL = regex_detector(
    "cmdline",
    ("]:", ":587", ":465", ":25", ":2525", "@"),
    r"^"
    + TS
    + r"[ \t]*(?:\[[A-Za-z0-9.-]{1,253}\](?::\d{1,5})?|[A-Za-z0-9.-]{1,253}:(?:587|465|25|2525)"
    # a sender's own login (`smtp_sender_dependent_authentication`): keyed by its address
    r"|[\w.+-]{1,64}@[A-Za-z0-9.-]{1,253})"
    r"[ \t]{1,16}[^\s:]{1,256}:(?P<s>[^\s]{1,512})[ \t]*$",
    accept=lambda v: not is_trivial_value(v),
    patterns=(
        r"\](?::\d+)?[ \t]+[^\s:]+:\S+[ \t]*$",
        r":(?:587|465|25|2525)[ \t]+[^\s:]+:\S+[ \t]*$",
        r"^[ \t]*[\w.+-]+@[a-z0-9.-]+[ \t]+[^\s:]+@[^\s:]+:\S+[ \t]*$",
    ),
)
# curl's config file (.curlrc, `curl -K`): `user = "name:password"`, `proxy-user: name:password`
CURLRC_USER = regex_detector(
    "cmdline",
    ("user =", "user=", "user:", 'user "'),
    r"^"
    + TS
    # (a user holds no `\n`: a help text's format, `user:pass\nuser2:pass2\n`, is two lines)
    + r"[ \t]*-{0,2}(?:proxy-)?user(?:[ \t]{0,8}[=:][ \t]{0,8}|[ \t]{1,8})[\"']?"
    r"(?:[^\s:\"'\\]|\\(?!n)){1,128}:"
    r"(?P<s>[^\s\"']{1,512})[\"']?[ \t]*$",
    accept=lambda v: not is_trivial_value(v) and not v.isdigit(),
    patterns=(r"-{0,2}(?:proxy-)?user[ \t]*[=: ][ \t]*[\"']?[^\s:\"']+:[^\s\"']",),
)
# Kafka JAAS PlainLoginModule: `user_NAME="password"` declares a user and its password
JAAS_USER = regex_detector(
    "cmdline",
    ("user_",),
    # (not a field about users: `user_agent="curl/8.5.0"`, `user_id="…"`)
    r"(?<![\w.-])user_(?!(?i:agent|id|name|type|group|role|email|mail|dn|home|data|info)[ \t]{0,4}=)"
    r"[A-Za-z0-9_.-]{1,64}[ \t]{0,4}=[ \t]{0,4}\"(?P<dq>[^\"\s]{1,512})\"",
    accept=generated,
    patterns=(r"(?:^|[^\w.-])user_[a-z0-9_.-]{1,64}[ \t]*=[ \t]*\"[^\"\s]",),
)
