"""Framings: the envelopes real log lines arrive in when a user copies them from a log shipper, a
terminal or a CI run instead of from the container itself.

Each framing is a function `text -> text` applied to a corpus entry (one line, or the lines of
one multi-line event) the way the shipper or the terminal would apply it: per line for a prefix,
all lines joined into one record for a shipper that escapes its message as JSON, cut at a fixed
width for a terminal copy. `wbdiag rules test --corpus DIR --framings` evaluates every entry
under every framing (corpus.py): a rule that fires on the plain line must fire on the framed one,
and a benign line must stay silent.

Every framing here is a documented format, named beside it; a framing's `placement` says where a
bundle would hold such a log: an `--include` attachment (a copy from outside the deployment) or a
log file inside the container (written by the program itself, with its own header).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from wbdiag import lazyre

Placement = Literal["attachment", "file"]

# One instant for every framing, as a shipper stamps it (2024-03-13T07:17:01.123456Z).
_EPOCH_US = 1710314221123456
_HOST = "wandb-node-1"
_COMPACT = (",", ":")  # how fluent-bit and docker's json-file driver write JSON


@dataclass(frozen=True)
class Framing:
    name: str
    apply: Callable[[str], str]
    placement: Placement
    source: str  # the format's documented source

    @property
    def value(self) -> str:
        """The name a corpus report shows beside a verdict (as a `Variant`'s value)."""
        return self.name


def _per_line(frame: Callable[[str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return "\n".join(frame(line) for line in text.split("\n"))

    return apply


def _prefixed(prefix: str) -> Callable[[str], str]:
    """A framing that puts the same header before every line (a shipper's or a tool's prefix)."""
    return _per_line(lambda line: prefix + line)


# journalctl(1) `-o json` (systemd.journal-fields(7)): one JSON object per entry, the line in
# MESSAGE, its level in PRIORITY (syslog severities; 6 = info, what a unit's stdout is given).
def _journal_json(line: str) -> str:
    return json.dumps(
        {
            "__REALTIME_TIMESTAMP": str(_EPOCH_US),
            "_HOSTNAME": _HOST,
            "PRIORITY": "6",
            "SYSLOG_IDENTIFIER": "wandb",
            "_PID": "1234",
            "MESSAGE": line,
        },
        ensure_ascii=False,
        separators=(", ", " : "),
    )


# -- terminal ----------------------------------------------------------------------------------
# ECMA-48 SGR (Select Graphic Rendition, CSI n m): a coloured level word, as logrus, zap's console
# encoder and uvicorn print it on a terminal; a line without one bold as a whole, as a CLI prints
# its failure.
_LEVEL_WORD = lazyre.compile(
    r"\b(?:ERROR|Error|error|WARN(?:ING)?|Warn(?:ing)?|warn(?:ing)?|INFO|Info|info|DEBUG|FATAL|"
    r"fatal|CRITICAL|PANIC|panic|E|W|I)\b"
)


def _sgr(line: str) -> str:
    coloured, n = _LEVEL_WORD.subn(lambda m: f"\x1b[31m{m.group(0)}\x1b[0m", line, count=1)
    return coloured if n else f"\x1b[1m{line}\x1b[0m"


def _wrap(width: int) -> Callable[[str], str]:
    """A line copied from a terminal `width` columns wide: cut into rows of `width` characters,
    each row a line of its own (what a copy of the screen holds)."""

    def apply(text: str) -> str:
        rows: list[str] = []
        for line in text.split("\n"):
            rows.extend(line[i : i + width] for i in range(0, max(len(line), 1), width))
        return "\n".join(rows)

    return apply


# -- shippers ------------------------------------------------------------------------------------
# fluent-bit's record as its `stdout`/`file` output prints it in `json_lines` format, the
# multiline parser (multiline.parser docker, python, go) having joined an event's lines into one
# message: one JSON object, the lines JSON-escaped inside it.
def _fluentbit_joined(text: str) -> str:
    return json.dumps(
        {"date": _EPOCH_US / 1e6, "log": text + "\n", "stream": "stderr"},
        ensure_ascii=False,
        separators=_COMPACT,
    )


# fluent-bit or Vector tailing a docker json-file log without the docker parser: the record's
# `log` holds the docker record (`{"log":"…\n","stream":…,"time":…}`), escaped a second time.
def _fluentbit_docker(line: str) -> str:
    inner = json.dumps(
        {"log": line + "\n", "stream": "stderr", "time": "2024-03-13T07:17:01.123456789Z"},
        ensure_ascii=False,
        separators=_COMPACT,
    )
    return json.dumps(
        {"date": _EPOCH_US / 1e6, "log": inner}, ensure_ascii=False, separators=_COMPACT
    )


# The headers, each as its format's documentation gives it:
# - RFC 3164 section 4.1: <PRI>TIMESTAMP HOSTNAME TAG: MSG, PRI = facility * 8 + severity; nginx's
#   `error_log syslog:` and `access_log syslog:` default to facility local7 (23), the access log
#   at severity info (6): <190>.
# - RFC 5424 section 6: <PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG.
# - journalctl(1) `-o short`: "Mar 13 07:17:01 host identifier[pid]: message".
# - The CRI log format (cri-api LogTag; containerd and CRI-O under /var/log/pods): "<RFC 3339
#   nano time> <stream> <P|F> <line>", F = a full line.
# - k8s.io/klog's header "Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg", L the severity letter;
#   I (info) is what a program writes for a line it does not log as an error: a file the program
#   writes itself.
# - `kubectl logs --prefix` (kubectl reference): "[pod/<pod>/<container>] line".
# - stern's default template (`{{color .PodColor .PodName}} {{color .ContainerColor
#   .ContainerName}} {{.Message}}`), its ECMA-48 colours included.
# - `docker compose logs` (compose v2): the container's name padded to the widest, then " | ".
# - A GitHub Actions job log as downloaded: each line stamped (7 fractional digits), a step's
#   debug output under the `##[debug]` marker (GitHub Actions "Workflow commands", `::debug::`).
# - `aws logs tail` (AWS CLI reference, `--format detailed`, the default): "<ISO time> <log
#   stream name> <message>".
# - Grafana Loki's `logcli query` default output: "<RFC 3339 time> <label set>\t<line>".
FRAMINGS: tuple[Framing, ...] = (
    Framing(
        "syslog-3164",
        _prefixed(f"<190>Mar 13 07:17:01 {_HOST} wandb: "),
        "attachment",
        "RFC 3164 section 4.1",
    ),
    Framing(
        "syslog-5424",
        _prefixed(f"<190>1 2024-03-13T07:17:01.123456Z {_HOST} wandb 1 - - "),
        "attachment",
        "RFC 5424 section 6",
    ),
    Framing(
        "journal-short",
        _prefixed(f"Mar 13 07:17:01 {_HOST} wandb[1234]: "),
        "attachment",
        "journalctl(1) -o short",
    ),
    Framing("journal-json", _per_line(_journal_json), "attachment", "journalctl(1) -o json"),
    Framing(
        "cri",
        _prefixed("2024-03-13T07:17:01.123456789Z stderr F "),
        "attachment",
        "the CRI log format (cri-api LogTag)",
    ),
    Framing("klog", _prefixed("I0313 07:17:01.123456       1 main.go:42] "), "file", "k8s.io/klog"),
    Framing(
        "kubectl-prefix",
        _prefixed("[pod/wandb-app-7d9c5b7f6-x2x8q/app] "),
        "attachment",
        "kubectl logs --prefix",
    ),
    Framing(
        "stern",
        _prefixed("\x1b[32mwandb-app-7d9c5b7f6-x2x8q\x1b[0m \x1b[33mapp\x1b[0m "),
        "attachment",
        "stern's default template",
    ),
    Framing("compose", _prefixed("wandb-1  | "), "attachment", "docker compose logs"),
    Framing(
        "actions-debug",
        _prefixed("2024-03-13T07:17:01.1234567Z ##[debug]"),
        "attachment",
        "GitHub Actions workflow commands",
    ),
    Framing("sgr", _per_line(_sgr), "file", "ECMA-48 SGR"),
    Framing("wrap-80", _wrap(80), "attachment", "a terminal copy, 80 columns"),
    Framing("wrap-120", _wrap(120), "attachment", "a terminal copy, 120 columns"),
    Framing("fluentbit-joined", _fluentbit_joined, "attachment", "fluent-bit json_lines"),
    Framing("fluentbit-docker", _per_line(_fluentbit_docker), "attachment", "fluent-bit tail"),
    Framing(
        "cloudwatch",
        _prefixed("2024-03-13T07:17:01.123000+00:00 wandb-app/app/0123456789abcdef "),
        "attachment",
        "aws logs tail",
    ),
    Framing(
        "loki",
        _prefixed('2024-03-13T07:17:01Z {app="wandb", container="app"}\t'),
        "attachment",
        "logcli query",
    ),
)

BY_NAME = {f.name: f for f in FRAMINGS}
