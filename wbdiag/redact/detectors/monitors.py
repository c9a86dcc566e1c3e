"""Keys that monitoring, alerting and uptime tools keep where only the tool reads them as one,
each in its documented place:
- a flag of the tool that takes it: mimirtool's and cortextool's `--key` (the tenant's API key),
  Icinga 2's `node setup --ticket` and `pki request --ticket` (the CSR auto-signing ticket);
- a tool's own file: Nagios' `resource.cfg` macros (`$USER4$=…`, a generated value; a plugins'
  path or a word stays), Monit's `allow user:password` (its HTTP interface's login);
- a login where the key stands in for the user or the password: Graylog's API token as the user
  with the word `token` as the password (`curl -u TOKEN:token`), an API key as the user with no
  password or a vendor's dummy `X` (Stripe's and Mixpanel's `curl -u KEY:`, Freshdesk's `-u
  KEY:X`; judged as generated: `-u admin:` stays), a key as the password with no
  user (Uptime Kuma's `curl -u":uk1_…"`), Pushover's `user=` form field (the user key) in a
  request to its API;
- the key as part of where data goes: Hosted Graphite's key before a metric's path (`KEY.metric`,
  sent to its StatsD or Carbon endpoint), the path of an alert channel's endpoint (SIGNL4's
  `connect.signl4.com/webhook/<team secret>`, Squadcast's `/v2/incidents/<source>/<key>`,
  Zenduty's `/api/integration/<source>/<key>/`, Loggly's `/bulk/<token>/`, `/inputs/<token>/`,
  a Healthchecks.io check's ping URL `hc-ping.com/<uuid>`: whoever holds it reports the check's
  state, so it can hide an outage; a UUID elsewhere in a path stays an id),
  and a Telegram bot's token in the Bot API's path (`/bot<id>:<secret>/sendMessage`, as a
  client's retry log prints it, host or not).
An error tracker's SDK given its key as an argument (`rollbar.init('TOKEN', …)`) is
sdkclients.py's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.values import is_trivial_value

KIND = "monitor_key"

_VALUE = r"(?:\"(?P<dq>[^\"\n]{1,512})\"|'(?P<sq>[^'\n]{1,512})'|(?P<s>[^\s\"']{1,512}))"
_TOOL_FLAG = lazyre.compile(
    r"\b(?:(?:mimirtool|cortextool)\b[^\n]{0,512}?[ \t]--key|icinga2\b[^\n]{0,512}?[ \t]--ticket)"
    r"(?:=|[ \t]{1,8})" + _VALUE
)
_NAGIOS_MACRO = lazyre.compile(
    r"^[ \t]{0,8}\$USER\d{1,3}\$[ \t]{0,4}=[ \t]{0,4}(?P<s>[^\s]{1,512})"
)
_MONIT_ALLOW = lazyre.compile(r"^[ \t]{0,32}allow[ \t]{1,8}[A-Za-z0-9_.@-]{1,64}:" + _VALUE)
# curl's login: a token as the user before Graylog's literal `token`, or a password alone
_CURL_TOKEN_USER = lazyre.compile(
    r"(?:[ \t]-u|--user)[ \t]{0,4}(?P<q>[\"']?)(?P<s>[A-Za-z0-9]{16,256}):token(?P=q)(?=\s|\Z)"
)
# (or a key of parts around a dot: Lambda's documented `curl -u secret_<name>_<hex>.<token>:`;
# a vendor's prefix before `_` alone is its own detector's, which keeps it: `sk_live_…`)
_CURL_KEY_USER = lazyre.compile(
    r"(?:[ \t]-u|--user)[ \t]{0,4}(?P<q>[\"']?)"
    r"(?P<s>[A-Za-z0-9]{16,256}|[A-Za-z0-9_-]{1,128}\.[A-Za-z0-9_.-]{1,128}):[Xx]?(?P=q)(?=\s|\Z)"
)
_CURL_NO_USER = lazyre.compile(
    r"(?:[ \t]-u|--user)[ \t]{0,4}(?P<q>[\"']?):(?P<s>[^\s\"']{8,512})(?P=q)"
)
_PUSHOVER_USER = lazyre.compile(
    r"(?:--form(?:-string)?|-F)[ \t]{1,4}[\"']?user=(?P<s>[a-z0-9]{30})\b"
)
_GRAPHITE_KEY = lazyre.compile(
    r"(?<![\w-])(?P<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z_]"
)
_ENDPOINT = lazyre.compile(
    r"(?:connect\.signl4\.com/webhook/(?P<a>[A-Za-z0-9]{6,64})"
    r"|api\.squadcast\.com/v\d/incidents/[a-z]{2,32}/(?P<b>[0-9a-f]{32,64})"
    r"|zenduty\.com/api/(?:integration|events)/[a-z]{2,32}/(?P<c>[0-9a-f-]{32,36})"
    r"|loggly\.com/(?:bulk|inputs)/(?P<d>[0-9a-f-]{32,36})"
    r"|hc-ping\.com/(?P<e>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![A-Za-z0-9])"
)
# the Bot API's token: the bot's id, then 35 characters that start with `A`
_TELEGRAM = lazyre.compile(r"/bot(?P<s>\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])")


def _generated(value: str) -> bool:
    return not is_trivial_value(value) and (looks_random(value) or secretish("password", value))


_HEX_KEY = lazyre.compile(r"[0-9a-f]{24,256}")
_KEY_CASE_SWITCHES = 4


def _key_like(value: str) -> bool:
    """A user name that is an API key: hex digits (Mixpanel's secret), or letters of both cases
    with digits switching case as a generated key does (Freshdesk's), not a name with a year
    (`administrator2024`, `ServiceAccount2024`)."""
    if _HEX_KEY.fullmatch(value):
        return looks_random(value, 24)
    letters = [c.isupper() for c in value if c.isalpha()]
    switches = sum(a != b for a, b in pairwise(letters))
    return switches >= _KEY_CASE_SWITCHES and looks_random(value, 16)


def _value(m: re.Match[str]) -> tuple[int, int] | None:
    for g in ("dq", "sq", "s", "a", "b", "c", "d", "e"):
        if g in m.re.groupindex and m.group(g) is not None:
            return m.span(g)
    return None


def _spans(line: str) -> Iterator[Span]:
    lowered = line.lower()
    found: list[tuple[re.Match[str], bool]] = []  # (match, whether to judge its value)
    if "--key" in lowered or "--ticket" in lowered:
        found += [(m, False) for m in _TOOL_FLAG.finditer(line)]
    if "$USER" in line:
        found += [(m, True) for m in _NAGIOS_MACRO.finditer(line)]
    if "allow" in lowered:
        found += [(m, False) for m in _MONIT_ALLOW.finditer(line)]
    if "-u" in line:
        found += [(m, False) for m in _CURL_TOKEN_USER.finditer(line)]
        found += [(m, True) for m in _CURL_NO_USER.finditer(line)]
        found += [(m, False) for m in _CURL_KEY_USER.finditer(line) if _key_like(m.group("s"))]
    if "api.pushover.net" in lowered:
        found += [(m, False) for m in _PUSHOVER_USER.finditer(line)]
    if "hostedgraphite" in lowered:
        found += [(m, False) for m in _GRAPHITE_KEY.finditer(line)]
    found += [(m, False) for m in _ENDPOINT.finditer(line)]
    if "/bot" in line:
        found += [(m, False) for m in _TELEGRAM.finditer(line)]
    for m, judge in found:
        span = _value(m)
        if span is None:
            continue
        value = line[span[0] : span[1]]
        if is_trivial_value(value) or (judge and (value[:1] in "/$" or not _generated(value))):
            continue
        yield span[0], span[1], KIND


MONITOR_KEYS = Detector(
    KIND,
    (
        "--key",
        "--ticket",
        "$user",
        "allow",
        "-u",
        "--user",
        "api.pushover.net",
        "hostedgraphite",
        "signl4.com/webhook/",
        "squadcast.com/",
        "zenduty.com/api/",
        "loggly.com/",
        "hc-ping.com/",
        "/bot",
    ),
    _spans,
    (
        r"(?:mimirtool|cortextool)[^\n]*[ \t]--key",
        r"icinga2[^\n]*[ \t]--ticket",
        r"^[ \t]*\$USER\d{1,3}\$[ \t]*=",
        r"^[ \t]*allow[ \t]+[a-z0-9_.@-]+:",
        r"(?:[ \t]-u|--user)[ \t]*[\"']?[a-z0-9]{16,256}:token",
        r"(?:[ \t]-u|--user)[ \t]*[\"']?:[^\s\"']{8}",
        r"(?:[ \t]-u|--user)[ \t]*[\"']?[a-z0-9_.-]{16,256}:x?[\"']?(?:\s|$)",
        r"api\.pushover\.net",
        r"hostedgraphite",
        r"connect\.signl4\.com/webhook/",
        r"api\.squadcast\.com/v\d/incidents/",
        r"zenduty\.com/api/(?:integration|events)/",
        r"loggly\.com/(?:bulk|inputs)/",
        r"hc-ping\.com/[0-9a-f]{8}-",
        r"/bot\d{5,16}:a",
    ),
)
