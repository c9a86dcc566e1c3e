"""Which log lines are errors, and what an error line says: the miner's line-level half.

A line is an error the miner looks at when
  1. one of `CANDIDATE_PATTERNS` matches it (error_candidates.py). They are the definition the
     scanner uses: portable (Hyperscan/RE2: no lookaround, no backreferences), loose, and each
     starting with a literal so the combined prefilter skips through lines that hold none of them
     (the scan splits `ERROR_CANDIDATE` at its top-level |);
  2. `confirm` agrees (error_confirm.py: word boundaries and positions the portable patterns
     cannot say);
  3. its own level decides it is error-level (`is_error_level`, error_levels.py): a level field
     or the first level word. Lines without any level word are errors when a candidate matched:
     a panic, an exception, `*** ... failed with status 1`, an HTTP 5xx, `{"error": ...}`,
     `err=...`.
A docker json-file or log-shipper envelope (`{"log": "...", "stream": ...}`) is unwrapped first
(here), so the line inside decides. `message_of` says what a template is made from.
"""

from __future__ import annotations

import re
from typing import Any

from wbdiag import lazyre
from wbdiag.bundle import jsondoc
from wbdiag.errors import BundleError
from wbdiag.rules.error_confirm import confirm
from wbdiag.rules.error_levels import json_level

# a pretty-printed JSON member holding a string: `"Output": "OCI runtime exec failed: …",`
# a JSON record's fields that say what happened, in words
_MESSAGE_KEYS = ("msg", "message", "detail")
# (or its key unquoted, as JavaScript's console and YAML print an object: `message: "…"`)
_JSON_MEMBER = lazyre.compile(
    r'^\s*(?:"[\w .-]{1,60}"|[A-Za-z_][\w.-]{0,60})\s?:\s?"((?:[^"\\]|\\.){1,4000})",?\s*$'
)
_DOCKER_TS = lazyre.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}) ")
# the CRI log format's stream and tag after its time, as containerd and CRI-O write a container's
# log on the node (/var/log/pods/…/0.log: `2025-03-20T09:48:28.123456789Z stderr F …`; P marks a
# line split at the runtime's buffer)
_CRI_STREAM = lazyre.compile(r"(?:stdout|stderr) [FP] ")
# docker compose's service prefix: `wandb-1  | ...`, `minio3_1   | ...`
_COMPOSE_PREFIX = lazyre.compile(r"[\w.-]{1,80} {1,40}\| ")
# syslog's and journald's prefix (RFC 3164, `journalctl -o short`): time, host, tag and pid:
# `Apr 25 19:45:05 vmi861719 nknovh[4425]: `, `Nov  2 10:00:00 host kernel: `; after an ISO time
# (`journalctl -o short-iso`, which _DOCKER_TS takes) the host and a tag with its pid
_SYSLOG_PREFIX = lazyre.compile(
    r"(?:<\d{1,3}>)?[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? [\w.-]{1,255} "
    r"[\w./@-]{1,100}(?:\[\d{1,10}\])?: "
)
_HOST_TAG_PID = lazyre.compile(r"[\w.-]{1,255} [\w./@-]{1,100}\[\d{1,10}\]: ")
# date(1)'s default format in brackets, which shell scripts stamp their lines with (acme.sh's
# `[Wed Sep 26 06:02:48 UTC 2018] Sign failed: …`, acmesh-official/acme.sh#1855; in a 12-hour
# locale `[Tue Jun 18 12:52:16 PM CST 2024]`, #5178): the message after it decides, as after
# syslog's prefix
_DATE_HEADER = lazyre.compile(
    r"\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d:\d\d (?:[AP]M )?"
    r"(?:[A-Z]{2,5}|[+-]\d{4}) \d{4}\] "
)
# RFC 5424's header after its <PRI>: version, time, host, app, procid, msgid and structured data
# (`<190>1 2024-03-13T07:17:01.123Z host wandb 1 - - `; nil values are `-`)
_RFC5424_HEADER = lazyre.compile(
    r"<\d{1,3}>1 \S{1,64} \S{1,255} \S{1,48} \S{1,128} \S{1,32} (?:-|(?:\[[^\]\n]{0,500}\])+) "
)
# the prefixes tools put before each pod's line: `kubectl logs --prefix`'s `[pod/<pod>/<container>]
# `, and stern's default template, `<pod> <container> ` (its colours gone, blocks.py), told from a
# line's own first words by the pod's name as a Deployment makes it: its name, the pod template's
# hash and a suffix, both in Kubernetes' random alphabet (`wandb-app-7d9c5b7f6-x2x8q`)
_POD_PREFIX = lazyre.compile(
    r"\[pod/[\w.-]{1,253}/[\w.-]{1,63}\] "
    r"|[a-z0-9][a-z0-9.-]{0,200}-[bcdfghjklmnpqrstvwxz2456789]{6,10}"
    r"-[bcdfghjklmnpqrstvwxz2456789]{5} [a-z0-9][a-z0-9-]{0,62} "
)
# after a copy's time: Loki's label set before a tab (`logcli query`: `{app="wandb"}\t`), and the
# log stream's name that `aws logs tail` prints after its time with an offset
# (`2024-03-13T07:17:01.123000+00:00 ecs/app/0123abcd `)
_LABEL_SET = lazyre.compile(r"\{[^{}\n]{0,500}\}\t")
_LOG_STREAM = lazyre.compile(r"[\w.$-]{1,512}(?:/[\w.$\[\]-]{1,512}){1,8} ")
# A log shipper's envelope around the line the program wrote: docker json-file and fluent-bit
# ("log"), journald ("MESSAGE"). Its own fields (stream, time) say nothing about the level.
_ENVELOPE_KEYS = ("log", "MESSAGE")
_MAX_UNWRAP = 3
# A terminal's colour code (SGR, and erase-line) glued to the level word it colours hides the
# word from `\b` (`ESC[0;31mERROR: …`): read as nothing, raw or as rsyslog and journald's syslog
# forwarding write ESC out in octal (`gitlab-runner[1701482]: #033[0;33mWARNING: Job failed: exit
# code 137`, podman-container-tools/podman#10825)
_COLOUR_CODE = lazyre.compile(r"(?:\x1b|#033)\[[0-9;]{0,16}[mK]")


def uncoloured(line: str) -> str:
    """The line without its terminal colour codes (the same string when it holds none)."""
    return _COLOUR_CODE.sub("", line) if "\x1b[" in line or "#033[" in line else line


def _copy_stream(time: str, body: str) -> re.Match[str] | None:
    """`aws logs tail`'s log stream name after its time, which has an offset (`+00:00`)."""
    return _LOG_STREAM.match(body) if time[-2].isdigit() and ":" in time[-4:] else None


def json_object(body: str) -> dict[str, Any] | None:
    start = body.find("{")
    if start < 0 or start > 80 or not body.rstrip().endswith("}"):
        return None
    try:  # bounded: a log line may nest 30,000 deep
        obj = jsondoc.loads(body[start:], "log line")
    except BundleError:
        return None
    return obj if isinstance(obj, dict) else None


def unwrap(line: str) -> tuple[str, dict[str, Any] | None]:
    """The line as its program wrote it, without docker's timestamp (and the CRI format's stream
    and tag after it), docker compose's service prefix, syslog's or journald's prefix, a
    shipper's envelope or terminal colour codes, and the JSON object it is (None for a plain
    line)."""
    for _ in range(_MAX_UNWRAP):
        line = uncoloured(line)
        p = _POD_PREFIX.match(line)
        line = line[p.end() :] if p else line
        h = _RFC5424_HEADER.match(line) if line[:1] == "<" else None
        line = line[h.end() :] if h else line
        m = _DOCKER_TS.match(line)
        body = line[m.end() :] if m else line
        cri = _CRI_STREAM.match(body) if m else None
        body = body[cri.end() :] if cri else body
        after = (
            (_LABEL_SET.match(body) or _copy_stream(m.group(0), body)) if m and not cri else None
        )
        body = body[after.end() :] if after else body
        c = _COMPOSE_PREFIX.match(body)
        if c:  # `docker compose logs -t`: the time follows the service prefix
            body = body[c.end() :]
            m = _DOCKER_TS.match(body)
            body = body[m.end() :] if m else body
        # (journalctl's ISO time has an offset, +0000 for UTC; docker's and kubelet's end in Z)
        iso = m is not None and m.group(0)[-2].isdigit()
        s = _SYSLOG_PREFIX.match(body) or (_HOST_TAG_PID.match(body) if iso else None)
        if s:  # (a syslog or compose line relayed to syslog again: its own prefix after it)
            body = body[s.end() :]
            again = _SYSLOG_PREFIX.match(body) or _COMPOSE_PREFIX.match(body)
            body = body[again.end() :] if again else body
        d = _DATE_HEADER.match(body)
        body = body[d.end() :] if d else body
        obj = json_object(body)
        inner = None if obj is None else next((obj[k] for k in _ENVELOPE_KEYS if k in obj), None)
        if not isinstance(inner, str) or json_level(obj or {}) is not None:
            return body, obj
        line = inner.rstrip("\r\n")
    return body, obj


# a tqdm progress bar: ` 18%|▎      | 334/1860 [01:20<06:34,  3.87it/s]`. tqdm writes to stderr,
# which job runners and log shippers label ERROR whatever it says
_PROGRESS_BAR = lazyre.compile(
    r"\d{1,3}%\|[^|\n]{0,100}\| ?[\d.]{1,12}[kMG]?/[\d.?]{1,12}[kMG]? \[[^\[\]\n]{0,100}\]"
)


def _after_progress(body: str) -> str | None:
    """The text after a line's last progress bar (None without one): a bar's line says it failed
    only after the bar, not by its stream's level before it."""
    end = None
    for m in _PROGRESS_BAR.finditer(body):
        end = m.end()
    return None if end is None else body[end:]


def error_body(line: str) -> tuple[str, dict[str, Any] | None] | None:
    """The unwrapped line and its JSON object when it says it failed (`confirm`), else None. A
    pretty-printed JSON member is judged by its string value: docker inspect's health log
    `"Output": "curl: (7) Failed to connect …"`; a progress bar's line by what follows the bar."""
    body, obj = unwrap(line)
    rest = _after_progress(body) if "%|" in body else None
    if rest is not None:
        return (rest, None) if confirm(rest) else None
    m = _JSON_MEMBER.match(body) if obj is None else None
    if m:
        # (a message that is itself a quoted JSON string, encoded twice: "\"Upload failed …\"")
        value = m.group(1).replace("\\n", " ").replace('\\"', '"').strip().strip('"').strip()
        if confirm(value):
            return value, None
    if confirm(body):
        return body, obj
    # a JSON record is judged by its message fields too, as a plain line would be: {"message":
    # "Upload failed unexpectedly after 5 attempts"} (its template is made from them: message_of)
    if obj is not None and any(
        isinstance(v := obj.get(k), str) and v and confirm(v.strip().strip('"').strip())
        for k in _MESSAGE_KEYS
    ):
        return body, obj
    return None


_LOGFMT_FIELD = lazyre.compile(r'(?:^|\s)(msg|message|error|err)=("(?:[^"\\]|\\.)*"|\S+)')
# the same fields in JSON cut by a paste or a log cap (not parseable any more)
_JSONISH_FIELD = lazyre.compile(r'"(?:msg|message|error|err)"\s?:\s?"((?:[^"\\]|\\.){1,2000})"')


# field values that hold no message: a list's close, and klog's opening of a value it writes on
# the lines that follow, closed by `>` (kube-proxy's `"Failed to execute iptables-restore" err=<`,
# then the output, kubernetes/kube-proxy#25)
_CLOSERS = frozenset([")", "]", ")]", "),", "],", "<"])


# a structured record's fields that say when, where and at which level, never what happened: a
# record of these alone says nothing (Pomerium's empty `{"level":"error","time":"…"}` of a logger
# handed no message, pomerium/pomerium#4319), and its template would be its keys alone
_RECORD_METADATA = frozenset(
    [
        "level",
        "lvl",
        "severity",
        "levelname",
        "loglevel",
        "L",
        "l",
        "time",
        "ts",
        "timestamp",
        "@timestamp",
        "t",
        "T",
        "date",
        "caller",
        "logger",
        "name",
        "service",
        "pid",
        "hostname",
        "host",
        "v",
        "component",
        "source",
    ]
)


def message_of(body: str, obj: dict[str, Any] | None) -> str:
    """What the template is made from: a JSON or logfmt line's message and error, else the line."""
    if obj is None:
        if "=" in body:
            # (an empty value closing a parenthesised list is no field: s3fs's `Unable to
            # connect(host=…, message=)`)
            fields = [v for _, v in _LOGFMT_FIELD.findall(body) if v not in _CLOSERS]
            # fields that are numeric codes alone (slapd's `err=49 text=`) make no readable
            # template: the line is its own message then
            if fields and not all(v.isdigit() for v in fields):
                return " | ".join(v[1:-1] if v.startswith('"') else v for v in fields)
        if '":' in body:
            found = _JSONISH_FIELD.findall(body)
            if found:
                return " | ".join(found)
        return body
    parts = []
    for key in ("msg", "message", "error", "err", "exception"):
        value = obj.get(key)
        if isinstance(value, str) and value:
            parts.append(value)
    # an API's error body that says what failed in `detail` alone (error_http.py)
    detail = obj.get("detail")
    if not parts and isinstance(detail, str) and detail:
        parts.append(detail)
    # a line that is a GraphQL response: {"errors": [{"message": ..., "path": [...]}], ...}
    errors = obj.get("errors")
    if not parts and isinstance(errors, list) and body.lstrip().startswith("{"):
        parts = [
            e["message"]
            for e in errors[:3]
            if isinstance(e, dict) and isinstance(e.get("message"), str)
        ]
    if not parts and obj and obj.keys() <= _RECORD_METADATA and body.lstrip().startswith("{"):
        return ""
    return " | ".join(parts) if parts else body
