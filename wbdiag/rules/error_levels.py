"""Whether a candidate error line is really at error level: the miner's level half.

A line's own level field or first level word decides (`"level":"info"`, `INFO`, klog's `I1202`,
tornado's `[I …]`, Serilog's `[15:12:56 INF]` and zerolog's console `11:50PM DBG` after its
time, OpenTelemetry C++'s `[Error] File: …`); a line without any is an error when a candidate matched it (error_lines.py).
A few reporters put a level of their own in front of the line's, or log a failure below error
level, so the level seen first is not the failure's:
  - glog's `ERROR: logging before flag.Parse: ` goes before every line logged before its flags
    are parsed, whatever its severity: the klog letter after it is the line's level;
  - Terraform relays what a provider plugin writes to its stderr at DEBUG, after the plugin's name
    (`2020-06-08T03:59:11.187Z [DEBUG] plugin.terraform-provider-helm_v1.0.0_x4: \t failed to
    replace object: Service "x" is invalid: …`, hashicorp/terraform-provider-helm#526; before 0.12
    `[DEBUG] terraform-provider-infoblox: panic: runtime error: …`): the provider's own level word
    after it decides, and a line without one is read as any line without a level;
  - a test framework logs the Kubernetes events and node conditions it dumps at INFO, and the
    event recorder its Warning events (`reports_failure`, error_states.py);
  - the failures logged below error level by design, and the levels at which each still counts
    (error_quiet.py);
and the lines that look like errors but are routine are notices at any level (error_notices.py).
A JSON record's level is its `level` field (or `lvl`, `severity`, …), or zap's one-letter `L` of
its development encoder when it names a level. A console logger's JSON context after its message
does not hide the level before it.
"""

from __future__ import annotations

import re
from typing import Any

from wbdiag import lazyre
from wbdiag.rules.error_clients import client_failure
from wbdiag.rules.error_jobs import job_failure
from wbdiag.rules.error_notices import (
    closed_pipe,
    etcd_key_exists,
    fallback_notice,
    find_probe,
    grpc_closed,
    limit_notice,
    no_session_cookie,
    not_ready_wait,
    nothing_to_do,
    peek_closed,
    progress_trace,
    routine_report,
    site_file_bucket,
)
from wbdiag.rules.error_quiet import (
    WANDB_FAILURE,
    below_error,
    notice_failure,
    shutdown_report,
)
from wbdiag.rules.error_services import service_failure, service_routine
from wbdiag.rules.error_states import (
    reports_failure,
    routine_event,
    update_conflict,
    watch_expired,
)

ERROR_LEVELS = frozenset(
    [
        "error",
        "err",
        "erro",
        "eror",  # Grafana's (log15's) abbreviation: lvl=eror
        "fatal",
        "fata",
        "panic",
        "pani",
        "dpanic",
        "critical",
        "crit",
        "alert",
        "emerg",
        "severe",
    ]
)
_LEVEL_KEYS = ("level", "lvl", "severity", "levelname", "loglevel")
_SHORT_LEVEL_KEYS = ("L", "l")
_LEVEL_NAMES = ERROR_LEVELS | {"trace", "debug", "info", "notice", "warn", "warning"}
_LOGFMT_LEVEL = lazyre.compile(r"(?:^|\s)(?:level|lvl|severity)=\"?([A-Za-z]+)", re.IGNORECASE)
# The first level word of a plain line decides: "INFO ... 0 ERROR entries" is not an error.
_LEVEL_WORD = lazyre.compile(
    r"\b(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|PANIC)\b"
    r"|\b(TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI)(?=\[\d| \[[A-Z][\w:.-]{0,40}\] )"
    r"|\[(Note|Warning|System|notice|warn|info|debug)\]"
)
# klog's level letter: I1202 12:00:00.123456 (info), W (warning), E (error), F (fatal); at the
# start, or after journald's or syslog's `kubelet[27956]: `
_KLOG_LEVEL = lazyre.compile(r"([IWEF])[01]\d{3} \d\d:\d\d:\d\d")
# pganalyze's collector: a one-letter level (V, I, W, E) and the server's tag in brackets, after
# Go's log time or alone (`2020/10/20 17:52:06 W [server1] …`, `E [default] Rds/Logs: …`)
_LETTER_TAG = lazyre.compile(
    r"(?:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?([VIWE]) \[[A-Za-z][\w.-]{0,59}\] "
)
_SYSLOG_KLOG = lazyre.compile(
    r"^[^\[\]]{0,100}\[\d+\]: ([IWEF])[01]\d{3} \d\d:\d\d:\d\d\.\d+ +\d+ "
)
# glog's prefix for lines logged before flag.Parse (any severity; case and spacing as pasted)
_GLOG_EARLY = lazyre.compile(r"(?i:ERROR: {1,3}logging before flag\.Parse: {0,3})")
# Terraform's relay of a provider plugin's stderr, after Terraform's own time (hclog's or, before
# 0.12, Go's log package's)
_PLUGIN_RELAY = lazyre.compile(
    r"^(?:\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)? )?"
    r"\[DEBUG\] (?:plugin\.)?terraform-provider-[\w.-]{1,100}: "
)
# tornado's and Jupyter's info and debug headers: [I 06:31:31.800 NotebookApp]
_TORNADO_QUIET = lazyre.compile(r"^\[[DI] (?:\d{6} |\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d")

# Serilog's three-letter levels ({Level:u3}) after the time its default templates put first: the
# console's `[15:12:56 ERR] …`, the file sink's `2026-06-20 18:33:47.652 +00:00 [INF] …` and
# Jellyfin's `[2026-06-20 18:33:47.652 +00:00] [INF] [42] …` (ZL154/JellyfinSecurity#98). Only
# after a time: a bare `[DBG]` at the start is other tools' (httpx's gologger lists its failures
# under it)
_SERILOG_NAMES = {
    "VRB": "trace",
    "DBG": "debug",
    "INF": "info",
    "WRN": "warn",
    "ERR": "error",
    "FTL": "fatal",
}
_SERILOG_TIME = r"\d\d:\d\d:\d\d(?:[.,]\d{1,7})?(?: ?(?:[+-]\d\d:?\d\d|Z))?"
_SERILOG_LEVEL = lazyre.compile(
    rf"^(?:\[(?:\d{{4}}-\d\d-\d\d[ T])?{_SERILOG_TIME}(?: |\] \[)"
    rf"|\d{{4}}-\d\d-\d\d[ T]{_SERILOG_TIME} \[)(VRB|DBG|INF|WRN|ERR|FTL)\] "
)

# zerolog's ConsoleWriter: its three-letter level after its time, Go's Kitchen `3:04PM` by default
# or RFC 3339 (`11:50PM DBG proxy: invalid session error="…"`, Pomerium, pomerium/pomerium#184;
# `2024-07-10T17:08:33Z ERR Request failed error="…"`, cloudflared), or first on the line where a
# container runtime's time stood before it and was taken off as the envelope's (unwrap); Go
# loggers that write the level so after the log package's time too (`2017/03/10 15:03:19 ERR
# [public …] unable to dial, i/o timeout`, meshbird/meshbird#91)
_ZEROLOG_NAMES = {
    "TRC": "trace",
    "DBG": "debug",
    "INF": "info",
    "WRN": "warn",
    "ERR": "error",
    "FTL": "fatal",
    "PNC": "panic",
}
_ZEROLOG_LEVEL = lazyre.compile(
    r"^(?:(?:\d{1,2}:\d\d[AP]M|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)"
    r"|\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?) )?"
    r"(TRC|DBG|INF|WRN|ERR|FTL|PNC) "
)

# OpenTelemetry C++'s internal log handler: its level in brackets, then the SDK's source file
# (`[Error] File: …/otlp_grpc_exporter.cc:66 [OTLP TRACE GRPC Exporter] Export() failed …`, under
# ingress-nginx, kubernetes/ingress-nginx#11991): the level before it decides, not the `TRACE`
# that names the exported signal
_OTEL_CPP_LEVEL = lazyre.compile(r"^\[(Error|Warning|Info|Debug)\] File: ")

# kubelet's probe report quotes the probe's output: `Startup probe failed: mysqladmin: [Warning] …`
_PROBE_REPORT = lazyre.compile(r"\b(?:Readiness|Liveness|Startup) probe failed: ")


def json_level(obj: dict[str, Any]) -> str | None:
    for key in _LEVEL_KEYS:
        value = obj.get(key)
        if isinstance(value, str):
            # Go's slog names a level between its four by the one below and an offset: wandb-core
            # logs its fatal level as "ERROR+4"
            return (
                value.lower().rstrip("0123456789").rstrip("+-")
                if value[-1:].isdigit()
                else value.lower()
            )
    # zap's development encoder names its fields by one letter (`{"L":"INFO","T":…,"M":…}`, gnomock
    # and other Go tools log so): a level only when the value names one, as the letter alone may
    # mean anything
    for key in _SHORT_LEVEL_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and value.lower() in _LEVEL_NAMES:
            return value.lower()
    return None


def is_error_level(body: str, obj: dict[str, Any] | None) -> bool:
    """Whether a candidate line is really error-level: its own level field or word decides,
    except for the reporters the module docstring names."""
    if reports_failure(body) or WANDB_FAILURE.search(body) or shutdown_report(body):
        return True
    if service_failure(body):  # supervisord, Redis, PHP: at INFO or WARN (error_services.py)
        return True
    if client_failure(body):  # the SDK's warnings, GraphQL's refusals (error_clients.py)
        return True
    if job_failure(body):  # Helm's hooks, Sidekiq, Kafka's producer, Temporal, ACME (error_jobs.py)
        return True
    if routine_event(body, obj) or nothing_to_do(body) or find_probe(body) or closed_pipe(body):
        return False
    if (
        site_file_bucket(body)
        or grpc_closed(body)
        or peek_closed(body)
        or service_routine(body)
        or watch_expired(body)
        or update_conflict(body)
        or no_session_cookie(body)
        or not_ready_wait(body)
        or etcd_key_exists(body)
        or routine_report(body)
    ):
        return False
    if progress_trace(body):
        return False
    # a JSON object is the line, or a context after a console logger's message (zap's `…\tDEBUG\t
    # logger\tmessage\t{"error": "…"}`): there the level before it decides, as on a plain line,
    # the failures logged at WARN by design among it (a tracing subscriber's JSON record of a
    # retrying client's failed connection)
    level = None if obj is None else json_level(obj)
    if level is not None:
        return level in ERROR_LEVELS or below_error(level, body)
    if obj is not None and body.lstrip().startswith("{"):
        return not limit_notice(body)
    zerolog = _ZEROLOG_LEVEL.match(body) if body[:1].isdigit() or body[3:4] == " " else None
    if zerolog:
        level = _ZEROLOG_NAMES[zerolog.group(1)]
        return level in ERROR_LEVELS or below_error(level, body)
    glog = _GLOG_EARLY.match(body)
    if glog:
        body = body[glog.end() :]
    relay = _PLUGIN_RELAY.match(body) if "terraform-provider-" in body else None
    if relay:
        body = body[relay.end() :]
    m = _LOGFMT_LEVEL.search(body) if "=" in body else None  # most lines hold no `=`: no search
    if m:
        level = m.group(1).lower()
        return level in ERROR_LEVELS or below_error(level, body)
    k = _KLOG_LEVEL.match(body) or _SYSLOG_KLOG.match(body) or _LETTER_TAG.match(body)
    if k:
        letter = k.group(1)
        return letter in "EF" or below_error("warn" if letter == "W" else "info", body)
    if _TORNADO_QUIET.match(body):
        return False
    serilog = _SERILOG_LEVEL.match(body) if "] " in body else None
    if serilog:
        level = _SERILOG_NAMES[serilog.group(1)]
        return level in ERROR_LEVELS or below_error(level, body)
    otel = _OTEL_CPP_LEVEL.match(body) if body[:1] == "[" else None
    if otel:
        level = "warn" if otel.group(1) == "Warning" else otel.group(1).lower()
        return level in ERROR_LEVELS or below_error(level, body)
    # the level words of a probe's quoted output are not the report's: only those before it count
    p = _PROBE_REPORT.search(body) if "probe failed: " in body else None
    if p:
        body = body[: p.start()]
    w = _LEVEL_WORD.search(body[:160])
    word = w and (w.group(1) or w.group(2))
    if word:
        level = word.lower()
        return level in ERROR_LEVELS or below_error(level, body)
    if w and w.group(3):  # mysqld's [Warning] and [Note], nginx's [warn], …
        return notice_failure(w.group(3).lower(), body)
    return not (fallback_notice(body) or limit_notice(body))
