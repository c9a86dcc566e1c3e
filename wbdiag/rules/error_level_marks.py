"""The level marks loggers write before or beside an error, as the miner's first candidates: a
level field (JSON, a dict, logfmt), an upper-case level word, and the headers of the formatters
that abbreviate or pad it (zap, logrus, Teleport, nginx, Apache, klog, pganalyze, tornado).
error_candidates.py puts `LEVEL_CANDIDATES` first among `CANDIDATE_PATTERNS`; error_confirm.py
confirms tornado's header with `TORNADO_HEADER`.
"""

from __future__ import annotations

# tornado's log header: [W 06:31:31.800 NotebookApp], [E 2021-03-01 12:00:00.123 ServerApp],
# [I 210301 12:00:00 web:2239]; JupyterHub's and its single-user servers' name the application
# and then the module (traitlets' format: [C 2018-10-26 12:13:53.576 JupyterHub app:1861])
TORNADO_HEADER = (
    r"(?:\d{6} |\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d(?:\.\d+)? [\w.-]+(?: [\w.-]+)?(?::\d+)?\] "
)

_LEVEL_VALUE = (
    r"""\\?["']?\s*[:=]\s*\\?["']?"""
    r"(?i:error|err|eror|fatal|panic|dpanic|critical|crit|alert|emerg)"
)
LEVEL_CANDIDATES: tuple[str, ...] = (
    # JSON, dict or logfmt level fields: "level":"error", 'levelname': 'ERROR', level=fatal
    *(key + _LEVEL_VALUE for key in ("level", "levelname", "Level", "lvl", "severity", "Severity")),
    # upper-case level words: ERROR, [ERROR], ERROR:, <ERROR>, FATAL, CRITICAL
    "ERROR",
    "FATAL",
    "CRITICAL",
    "PANIC",
    # zap's console encoder and its kin: the level in lower case, then a tab or padding to its
    # column (`2026-01-02T03:04:05.678Z\terror\tmiddleware …`, `…Z error \t…`, winston's `error
    # Failed …`); confirm wants it first, after the logger's own time if any. Not the `Z` of the
    # time before it: docker's and kubectl's time ends in one too, and made `…Z error …` a
    # candidate there only. `panic` also takes `dpanic`; `\\t` is the tab a JSON envelope escapes
    *(
        f"{level}{sep}"
        for sep in ("\t", " \t", "  ", r"\\t", r" \\t")
        for level in ("error", "fatal", "panic")
    ),
    # logrus's text formatter abbreviates its levels: ERRO[0000], FATA[0000], PANI[0000]
    r"ERRO\[",
    r"FATA\[",
    r"PANI\[",
    # ... and Teleport's text formatter pads them before its component in brackets:
    # `2024-05-09T06:43:54Z ERRO [PROC:1]    Check to see if …` (gravitational/teleport#41352)
    r"ERRO \[[A-Z]",
    r"FATA \[[A-Z]",
    # nginx and friends: [error] [crit] [alert] [emerg]
    r"\[(?:error|crit|alert|emerg)\]",
    # ... and Apache 2.4's module:level: [proxy:error] [pid 1:tid 2] AH00959: …
    *(f":{level}] " for level in ("error", "crit", "alert", "emerg")),
    # klog (Kubernetes controllers, the operator): E1202 12:00:00.123456 or F... for fatal
    r"E[01]\d{3} \d\d:\d\d:\d\d",
    r"F[01]\d{3} \d\d:\d\d:\d\d",
    # pganalyze's collector: a one-letter level, then the server's tag (E [default] …)
    r"E \[[A-Za-z][\w.-]*\] ",
)
