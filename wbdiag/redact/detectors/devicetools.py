"""Secrets that home-lab and IoT tools take in places of their own, no secret name before them:
- EMQX's `emqx ctl admins passwd USER PASSWORD` (and `admins add USER PASSWORD`), Mosquitto's
  dynamic security `mosquitto_ctrl … dynsec createClient NAME -p PASSWORD` and `setClientPassword
  NAME PASSWORD`, a Tasmota device's password commands over MQTT (`-t cmnd/DEVICE/WebPassword -m
  '…'`, `MqttPassword`, `Password2`);
- Transmission's `transmission-remote HOST -n|--auth USER:PASSWORD`;
- NUT's `upsmon.conf` `MONITOR UPS@HOST POWER USER PASSWORD primary|secondary` (also `master`,
  `slave`);
- MicroK8s' join token, `microk8s join HOST:25000/TOKEN[/HASH]`, as `add-node` prints it;
- a ThingsBoard device's access token in its HTTP API's path (`/api/v1/TOKEN/telemetry`);
- a Plex claim token (`claim-…`, `PLEX_CLAIM`);
- Synology DSM's session id, in its login answer (`{"data":{"did":"…","sid":"…"}}`) and in the
  API calls it signs (`entry.cgi?…&_sid=…`): URL-safe base64 in both cases (a Windows SID, in
  capitals, and Twilio's resource ids, two letters and 32 hex, are ids);
- a device's serial log that prints the login it makes (an Arduino sketch's `MQTT connect as
  USER / PASSWORD`, `Logging in as USER / PASSWORD`): the password, when it reads as generated.
A usage line's metavar, a shell variable in the value's place and a mask stay."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random, regex_detector
from wbdiag.redact.detectors.valuespan import symbol_password
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "devicetool"

_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"
_ARG = r"(?:'[^'\n]{1,64}'|\"[^\"\n]{1,64}\"|[^\s'\"]{1,64})"
_SP = r"[ \t]{1,8}"
_PLACED = lazyre.compile(
    r"(?:\bemqx(?:_ctl|[ \t]{1,4}ctl)[ \t]{1,8}admins[ \t]{1,8}(?:passwd|add)[ \t]{1,8}" + _ARG + _SP
    + r"|\bdynsec[ \t]{1,8}createClient[ \t][^\n]{0,256}?[ \t]-p" + _SP
    + r"|\bdynsec[ \t]{1,8}setClientPassword[ \t]{1,8}" + _ARG + _SP
    + r"|\bcmnd/[^\s/]{1,64}/(?i:WebPassword|MqttPassword|Password[1-4]?)['\"]?[ \t]{1,8}-m" + _SP
    + r"|\btransmission-remote\b[^\n]{0,256}?[ \t](?:-n|--auth)[ \t]{1,8}['\"]?[^\s:'\"]{1,64}:"
    + r"|^[ \t]*MONITOR[ \t]{1,8}[^\s]{1,128}[ \t]{1,8}\d{1,3}[ \t]{1,8}[^\s]{1,64}" + _SP
    + r")" + _VALUE
)  # fmt: skip
_TOKENS = lazyre.compile(
    r"\bmicrok8s[ \t]{1,4}join[ \t]{1,8}[^\s/]{1,256}/(?P<m>[0-9a-f]{32})(?![0-9a-f])"
    r"|/api/v1/(?P<t>[A-Za-z0-9_-]{8,64})/(?:telemetry|attributes|rpc|claim)\b"
    r"|\bclaim-(?P<p>[A-Za-z0-9_-]{20,32})(?![A-Za-z0-9_-])"
)


def _spans(line: str) -> Iterator[Span]:
    for m in _PLACED.finditer(line):
        for group in ("sq", "dq", "s"):
            start, end = m.span(group)
            if end <= start:
                continue
            value = line[start:end]
            if (
                value
                and value[0] not in "<["  # a usage's metavar
                and not is_trivial_value(value)
                and not is_template(value)
                and not is_mask(value)
            ):
                yield start, end, KIND
    for m in _TOKENS.finditer(line):
        group = m.lastgroup or ""
        start, end = m.span(group)
        if group != "t" or looks_random(line[start:end]):
            yield start, end, KIND


DEVICE_TOOLS = Detector(
    KIND,
    (
        "admins", "dynsec", "cmnd/", "transmission-remote", "monitor", "microk8s", "/api/v1/",
        "claim-",
    ),
    _spans,
    (
        r"\bemqx(?:_ctl|[ \t]+ctl)[ \t]+admins[ \t]+(?:passwd|add)[ \t]",
        r"\bdynsec[ \t]+(?:createclient|setclientpassword)[ \t]",
        r"cmnd/[^\s/]+/(?:webpassword|mqttpassword|password[1-4]?)",
        r"transmission-remote[^\n]*[ \t](?:-n|--auth)[ \t]",
        r"^[ \t]*monitor[ \t]+\S+[ \t]+\d+[ \t]+\S+[ \t]+\S",
        r"microk8s[ \t]+join[ \t]+[^\s/]+/[0-9a-f]{32}",
        r"/api/v1/[a-z0-9_-]{8,64}/(?:telemetry|attributes|rpc|claim)",
        r"\bclaim-[a-z0-9_-]{20}",
    ),
)  # fmt: skip


_TWILIO_SID = lazyre.compile(r"[A-Z]{2}[0-9a-f]{32}")


def _session_id(value: str) -> bool:
    return (
        looks_random(value, 24)
        and value.lower() != value != value.upper()
        and _TWILIO_SID.fullmatch(value) is None
    )


NAS_SESSION = regex_detector(
    KIND,
    ('"sid"', "_sid="),
    r"(?:\"sid\"[ \t]{0,4}:[ \t]{0,4}\"|[?&]_sid=)(?P<s>[A-Za-z0-9_-]{24,256})(?![A-Za-z0-9_-])",
    accept=_session_id,
)

SERIAL_LOGIN = regex_detector(
    KIND,
    ("connect as", "connecting as", "login as", "log in as", "logging in as"),
    r"(?i:\b(?:connect(?:ing)?|log(?:ging)?[ \t]?in)[ \t]{1,4}as)[ \t]{1,4}[^\s/]{1,64}"
    r"[ \t]{1,4}/[ \t]{1,4}(?P<s>[^\s]{8,128})(?=[ \t]*\r?$)",
    accept=lambda v: not is_trivial_value(v) and (looks_random(v) or symbol_password(v)),
    patterns=(r"(?:connect(?:ing)?|log(?:ging)?[ \t]?in)[ \t]+as[ \t]+[^\s/]+[ \t]+/[ \t]+\S{8}",),
)
