"""Whether a candidate line says it failed: the miner's second test of a line.

`confirm` checks the word boundaries and positions the portable candidate patterns
(error_candidates.py) cannot say. Its alternation, `_CONFIRM`, is compiled at its first use and
split in two: the branches RE2 runs in one linear pass over the line, and those only Python's
`re` can (lookaround). The split's RE2 compile costs about 0.5 CPU s, so it waits for the first
line to confirm (a small bundle often has none); firstuse.py counts what the compiles took,
which the miner's work budget leaves out.
"""

from __future__ import annotations

import functools
import re

from wbdiag import lazyre
from wbdiag.rules import firstuse, linear
from wbdiag.rules.error_clients import CLIENT_CONFIRM
from wbdiag.rules.error_devices import DEVICE_CONFIRM
from wbdiag.rules.error_errnos import ERRNO_CONFIRM
from wbdiag.rules.error_exports import EXPORT_CONFIRM
from wbdiag.rules.error_gateways import GATEWAY_CONFIRM
from wbdiag.rules.error_http import HTTP_CONFIRM
from wbdiag.rules.error_jobs import JOB_CONFIRM
from wbdiag.rules.error_level_marks import TORNADO_HEADER
from wbdiag.rules.error_localized import LOCALIZED_CONFIRM
from wbdiag.rules.error_mysql import MYSQL_CONFIRM, MYSQL_TOOL_ERRORS, MYSQL_TOOLS
from wbdiag.rules.error_quiet import (
    LICENCE_ENDED,
    SHUTDOWN_REPORT,
    URLLIB3_RETRY,
    WANDB_FAILURE_WARNING,
    warned_failure_chain,
)
from wbdiag.rules.error_records import RECORD_CONFIRM
from wbdiag.rules.error_remote import REMOTE_CONFIRM
from wbdiag.rules.error_runtime import RUNTIME_CONFIRM
from wbdiag.rules.error_services import SERVICE_CONFIRM
from wbdiag.rules.error_states import S3_MESSAGES, STATE_CONFIRM, TOOL_CONFIRM
from wbdiag.rules.error_tracebacks import RAISE_CONFIRM
from wbdiag.rules.portable_regex import check_portable, split_alternatives


class _FirstUse:
    """A pattern compiled when it is first searched with: the analysing process imports this
    module with ERROR_CANDIDATE's (unrecognised.py), and for a large bundle never confirms a line
    itself (the miner runs in a helper process); compiling _CONFIRM there cost about 40 ms of its
    start."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled().search(text)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            with firstuse.counted():
                self._compiled = re.compile(self.pattern)
        return self._compiled


# A traceback's last line when the exception has no message: the class name alone, maybe with its
# module path (AssertionError, requests.exceptions.ChunkedEncodingError). Out of the split
# (`_split_confirm`), `confirm` matches it alone on lines ending in `Error`: in RE2's alternation
# this whole-line pattern multiplied its DFA's states with the other whole-line ones (the miner's
# cost per line grew 2.5 times), and in `re`'s it is tried at every position.
_BARE_EXCEPTION = r"^\s*(?:[a-z_]\w*\.)*[A-Z]\w*Error\s*$"
_BARE_EXCEPTION_RE = lazyre.compile(_BARE_EXCEPTION)

_CONFIRM = _FirstUse(
    "|".join(
        [
            r"""(?i:\b(?:level|lvl|severity|levelname|loglevel)\\?["']?\s*[:=]\s*\\?["']?"""
            r"(?:error|err|eror|fatal|panic|dpanic|critical|crit|alert|emerg)\b)",
            r"\b(?:ERROR|FATAL|CRITICAL|PANIC)\b",
            # (seconds since start, or a timestamp: ERRO[2019-03-23 13:07:41])
            r"(?:^|\s)(?:ERRO|FATA|PANI)\[\d[\d:. TZ+-]{0,40}\]",
            # (Teleport's: the level, a space, its component in brackets)
            r"(?:^|\s)(?:ERRO|FATA) \[[A-Z][\w:.-]{0,40}\] ",
            r"\[(?:error|crit|alert|emerg)\]",
            r"^\[Error\] File: \S",
            r"\[[a-z_]+:(?:error|crit|alert|emerg)\] ",
            r"^[EF][01]\d{3} \d\d:\d\d:\d\d",
            r"\[\d+\]: [EF][01]\d{3} \d\d:\d\d:\d\d\.\d+ +\d+ ",
            r"(?<![\w.])(?:panic|fatal error): ",
            r"goroutine \d+ \[running\]",
            # (docker's time, a space after it, is taken off before: the level and a tab remain)
            # (or padded to its column with spaces: winston's `…Z error     Failed to upload …`)
            r"^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z[\t ])?(?:error|fatal|panic|dpanic)"
            r"(?: ?\t| {2,})\S",
            # a value that says something: not err=nil, error="", "error":null or a code 0
            # (or opening a bracketed list of fields: `[error=ObjectStoreError(…)]`)
            r"""(?:^|[\s,{\[])\\?["']?(?:err|error)\\?["']?\s?[:=]\s?\\?["']?(?!nil\b|null\b|<nil>|0\b)"""
            r"""[^\s"'\\,}]""",
            # a snake-case field ending in _err holding a message: not nil, null, none or a count
            # (tx_err=0)
            r"(?:^|[\s,{&?])[a-z]\w{0,30}_err=(?!nil\b|null\b|<nil>|none\b)[A-Za-z]",
            r"Traceback \(most recent call last\)",
            RAISE_CONFIRM,
            r"(?:^|[\s:])\([A-Za-z_][\w.]*\.[A-Z]\w*(?:Error|Exception)\) [(\[]",
            r"^Exception in thread ",
            r"(?<![\w.])[A-Za-z_][\w.]*(?:Error|Exception): ",
            r"(?<![\w.])[A-Za-z_][\w.]*Error \[ERR_[A-Z0-9_]{1,60}\]: \S",
            # (by its class's repr: <class 'webob.request.DisconnectionError'>: …, <type
            # 'exceptions.IOError'>: …; or its name and a doubled colon: GSResponseError:: status=403)
            r"<(?:class|type) '[A-Za-z_][\w.]*(?:Error|Exception)'>: \S",
            r"(?:^|[\s(\[])[A-Z][\w.]*(?:Error|Exception):: [A-Za-z]",
            # Python's interpreter on a module it does not have, after its own name or path
            r"(?:^|[\s/\\])python[\w.]*(?:\.exe)?: No module named [\w.'\"]",
            _BARE_EXCEPTION,
            r"(?<![\w.])(?:Error|error|Exception): ",
            r"(?<![\w.])[a-z_][\w.]*\.timeout: ",
            # socket.gaierror: [Errno -2] ..., socket.herror
            r"(?<![\w.])[a-z_][\w.]*\.(?:gai|h)?error: ",
            r"(?<![\w.])Error \d{3,5}\b",
            r"\b[A-Za-z]*Error \([45]\d\d\)",
            r"\b[A-Z]\w*Error\(5\d\d, ",
            r"\b[Uu]nexpected (?:HTTP |response )?status(?: code)?:? [45]\d\d\b",
            r"\b[Ww]rong status code:? ['\"]?[45]\d\d\b",
            r"\b[45]\d\d (?:response executing GraphQL|Server Error: |Client Error: )",
            r"<Response \[[45]\d\d\]>",
            r"""(?:^|[\[{,])\s?"errors"\s?:\s?\[\s?\{""",
            r"(?:^|[\s:])(?:Error|error|an error) while [a-z]",
            r"(?:(?:^|[\s:\"'])[Aa]n (?:unexpected |internal |unknown )?error|^Error) (?:has )?"
            r"occurred(?:: | while | during )",
            r"Error response from daemon",
            r"(?:^|\s)Error from server\b",
            r"\b[45]\d\d \((?:Internal Server Error|Bad Gateway|Service Unavailable|"
            r"Gateway Time-?out|Forbidden|Unauthorized)\)",
            r"(?:^|[\s:])Error [a-z]{3,}ing \S",
            r"(?:^\s*|: |\] )Failed [a-z]{3,}ing [\w\"'(\[]",
            r"(?:^|: )error (?:when )?[a-z]{3,}ing [^:]{1,200}: \S",
            # (or the reason of the HTTP status it got in brackets instead of the colon: error
            # fetching bucket policy (Bad Gateway); Failed to load the manifest (Forbidden))
            r"(?:^|: )(?:[Ee]rror (?:when )?[a-z]{3,}ing|[Ff]ailed to [a-z]+|[Uu]nable to [a-z]+|"
            r"[Cc]ould not [a-z]+) [^:()\n]{1,200} \((?:Internal Server Error|Bad Gateway|"
            r"Service Unavailable|Gateway Time-?out|Forbidden|Unauthorized)\)",
            r"(?:^|[\s:\[])[Uu]nexpected (?:error|exception) (?:for|in|on|from|during|with|when) "
            r"[^:\n]{1,200}: \S",
            # (or, as the message of a logging.exception whose traceback says why, at its start:
            # weave: Unexpected error when checking if Weave is available on the server.)
            r"(?:^|: |\] )Unexpected (?:error|exception) (?:when|while|during) [a-z]{3,}ing\b",
            r"""(?<![^\s"'])!!! """,
            r"\b(?:failed|exited) with (?:status|exit code) [1-9]",
            r"\b[Ff]ailed with code [1-9]\d{0,2}(?:[.,:;)]|\s|$)",
            r"\bcommand terminated with exit code [1-9]",
            r"\bfailed with (?:(?:error )?code )?[45]\d\d(?:[.,:;)]|\s*$| [A-Z(]| !=)",
            r"\b[Ff]ailed to [a-z]+ (?:to |from )?https?://\S+: [45]\d\d\b",
            r"(?:^|[,.;:] )[Rr]efusing to [a-z]",
            r"\bWaiting for .{1,200}? possible cause \([A-Za-z]",
            r"""(?:^|[\s"':])[Ii]nvalid [Ll]icen[cs]e(?: key| file)?(?:[.:!]|\s*$)""",
            LICENCE_ENDED,
            r"\[(?:ERR|FTL|EXCEPTION)\]",
            r"^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ ERR  [A-Z][\w.]*\] ",
            r"^\[\d\d:\d\d:\d\d(?:\.\d+)? (?:ERR|FTL)\] ",
            r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? (?:ERR|FTL) \S",
            r"(?:^|\[\d+\]: )[\w./-]+: line \d+: ",
            r"^\[(?:mysql|MySQL)\] ",
            r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\[\w+\] )?\[?(?:Error|Failed to|Unable to) ",
            # (in Go's lower case: what could not be done, a colon, why)
            # (or failed or unable to, with a tag in brackets before it: 2015/12/21 03:24:16
            # [blog.badoet.com] failed to get certificate: The server could not validate our request.)
            r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\[[^\]\s]+\] )?"
            r"(?:could not|failed to|unable to) [^:\n]{1,200}: \S",
            # ... and without the timestamp, capitalised as MinIO and C programs word it: Unable to
            # read 'format.json' from http://…: client time … is too apart with server time …,
            # Cannot open /etc/app.conf: Permission denied (the cause after `: `, words or a 4xx/5xx;
            # a URL's `://` and a `host:port` are not it, nor a 2xx)
            r"^(?:Unable to|Failed to|Could not|Couldn't|Cannot|Can't) [a-z]{2,}\b.{0,300}?: "
            r"(?:[A-Za-z'\"(\[]|[45]\d\d\b)",
            # (or after the program's name, as a CLI prefixes its messages: SwanLab's `swanlab:
            # Failed to upload: 'str' object has no attribute 'path', will retry...`,
            # SwanHubX/self-hosted#99; not a lower-case level word, as winston's `warn: ` is)
            r"^(?!(?:trace|debug|info|notice|warn|warning|verbose|silly|http|log)\b)[a-z][\w.-]{0,40}: "
            r"(?:Unable to|Failed to|Could not|Couldn't|Cannot|Can't) [a-z]{2,}\b.{0,300}?: "
            r"(?:[A-Za-z'\"(\[]|[45]\d\d\b)",
            r"\b(?:dial|listen) (?:tcp|udp|unix)[46]?(?: \S+)?: ",
            # (and with the colon lost in a paste: read tcp a->b i/o timeout)
            r"\b(?:read|write) (?:tcp|udp)[46]? \S+(?:: | i/o timeout\b)",
            r": no such host\b",
            r"\bdriver: bad connection\b",
            r": (?:Connection refused|Connection timed out|Connection reset by peer|No route to host|"
            r"Network is unreachable)\b",
            r"[=:] ?Connection refused",
            r"\bis forbidden: User \\?\"[^\"\\]{1,200}\\?\" cannot [a-z]+ ",
            r"\b[a-z][a-z.]{1,60} \\?\"[^\"\\\s]{1,253}\\?\" is forbidden: [a-z]",
            # (the kind as the API server names it, then the field path, or a list of them; kubectl
            # puts `The` before it, the API's own message starts at the kind, after a caller's
            # colon: `failed to replace object: Service "x" is invalid: spec.clusterIP: Invalid
            # value: "": field is immutable`, hashicorp/terraform-provider-helm#526; the kind with
            # its API group, as Helm's and Argo CD's apply relay it: `cannot patch "x" with kind
            # Deployment: Deployment.apps "x" is invalid: spec.selector: …`, apache/devlake#7326)
            r"(?:\bThe |^|: )[A-Z][A-Za-z]{1,60}(?:\.[a-z][a-z0-9.-]{0,100})? \\?\"[^\"\\\s]{1,253}\\?\""
            r" is invalid: \[?[a-z]",
            r"\berrored: [A-Z]\w*(?:Error|Exception)\b",
            r": exec format error\b",
            r"\b(?:Segmentation fault|Bus error|Aborted|Illegal instruction) \(core dumped\)",
            r"^fatal: ",
            # skarnet's tools (s6, s6-overlay, execline) name themselves: s6-chown: fatal: unable to
            # chown …; s6-init v2 glues it to its progress: …correct perms...s6-chown: fatal: …
            # (or a path it names: preinit: fatal: /run belongs to uid 0 instead of 1000, …)
            r"(?:^|\s|\.\.\.)[a-z][\w-]*: fatal: [A-Za-z/]",
            r"^\*\*\* (?:\S+ ){0,6}?[Ff]ailed\b(?! with (?:status|exit code) 0\b)",
            # (make's own failure: a recipe that exited non-zero, `make: *** [Makefile:18: start]
            # Error 2`, maxcnunes/gaper#9, or a target it cannot make, `make[1]: *** No rule to
            # make target 'x'.  Stop.`; a recipe's exit status 0 is not an error)
            r"(?:^|\s)g?make(?:\[\d{1,4}\])?: \*\*\* (?:\[[^\]\n]{1,300}\] Error [1-9]|[^\n]{1,300}\.  Stop\.)",
            r"^(?!(?:Nothing|None|No|Never) )[A-Z][\w-]*(?: [\w-]+){0,5} failed(?:[.:!] |[.!]?\s*$)",
            # (a Debian init script's action line, what it starts, then LSB's log_end_msg: `Starting
            # MariaDB database server: mariadbd . . . failed!`, nagimov/agendav-docker#10)
            r"^(?:Starting|Stopping|Restarting|Reloading) [^:]+: .*\bfailed!\s*$",
            # (an init system's status column, first as systemd and init.simple print it: `[FAILED]
            # Failed to start …`, `[ FAILED ] /etc/init.simple/10-boot-conf`,
            # RedpointArchive/phabricator#18; or last, as Red Hat's init scripts do: `Starting
            # nginx: [FAILED]`, or after the action's dots, as Roundcube's updatedb does:
            # `Updating database schema (2020020101)... [FAILED]`, roundcube/roundcubemail#8443;
            # not googletest's `[  FAILED  ] Suite.Case`, padded wider)
            r"^\[ ?FAILED ?\] \S|(?:: +|\.\.\. ?)\[ ?FAILED ?\]\s*$",
            # (systemd's emergency marker in the same column: robertdebock/docker-debian-systemd#2)
            r"^\[!!!!!!\] \S",
            # (requests' InvalidURL and MissingSchema for a URL built from a setting left empty or
            # given without its scheme, in whatever message quotes them: Airflow's `Could not read
            # served logs: Invalid URL 'http://:8793/log/…': No host supplied`, apache/airflow#50866)
            r"\bInvalid URL \\?'[^'\n]{0,600}\\?': No (?:host|schema) supplied\b",
            # (Nextcloud's check of its data directory at install, docker-library/docs#2237)
            r"\bCannot create or write into the data directory \S",
            # (a Go SDK's error printed with %#v, the HTTP status its last field: the Alibaba
            # provider's `Failure create database x:  &common.Error{…, Code:"OperationDenied…",
            # Message:"…"}, StatusCode:403}`, alibaba/terraform-provider#148)
            r"&\w+\.Error\{.{0,600}?\bStatusCode:[45]\d\d\}",
            # ntpd's refusal of a drift beyond what it can slew (`ntpd[1]: frequency error -8960 PPM
            # exceeds tolerance 500 PPM`, rancher/os#1963): the clock is not kept
            r"\bfrequency error -?\d+ PPM exceeds tolerance \d+ PPM\b",
            # (or with what went with the failure after it: Upload failed unexpectedly after 5
            # attempts, Login failed for user 'sa', Sync failed due to …; not `Retry failed uploads`)
            r"^(?!(?:Nothing|None|No|Never) )[A-Z][\w-]*(?: [\w-]+){0,5} failed (?:unexpectedly|after"
            r"|due to|because|while|when|for)\b",
            # (in Go's lower case, its wrapped cause after a colon holding another: store command
            # failed: create bucket client: not found bucket)
            r"^[a-z][\w -]* failed: [^:]+: \S",
            # (or a method named with its class, the cause after the colon: azure-identity's
            # ManagedIdentityCredential.get_token failed: ManagedIdentityCredential authentication
            # unavailable, no managed identity endpoint found., treeverse/dvc#6318)
            r"^[A-Za-z_]\w*(?:\.\w+)+(?:\(\))? failed: [A-Za-z]",
            # a one-letter level and the server's tag in brackets, as pganalyze's collector logs
            # (E [default] Rds/Logs: Could not find RDS instance: …, pganalyze/collector#142;
            # 2020/10/20 17:52:06 W [server1] …, its pull request #96); error_levels.py reads it
            r"^(?:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?E \[[A-Za-z][\w.-]{0,59}\] \S",
            r"(?:^|[\s:\"(])x509: (?:certificate|cannot|failed|unhandled|too many|a root|issuer|"
            r"malformed|invalid|unsupported|missing|unknown|decryption|“)",
            r"\bnet/http: \w",
            r"\bremote error: tls: ",
            r"[:)] context deadline exceeded\b",
            r": i/o timeout\b",
            r": (?:connection reset by peer|broken pipe)\b",
            r"\b(?:connect|getaddrinfo|read|write|socket hang up|Error:?) E(?:CONNREFUSED|CONNRESET|"
            r"TIMEDOUT|NOTFOUND|HOSTUNREACH|AI_AGAIN)\b",
            r"(?<![\w.])[a-z_]\w*(?:\.\w+)*\.(?:exceptions|errors|exc)\.[A-Z]\w*: ",
            r"(?<![\w.])(?:http\.client\.)?RemoteDisconnected: ",
            r"^\s*Caused by: [\w.$]+(?:Exception|Error|Failure)\b",
            r"(?:^|[\s(])Caused by [A-Z]\w*(?:Error|Exception)\(",
            # the class name unbounded: `[\w:]{1,100}` after `.*` made RE2's search of the
            # whole alternation 25x slower (its DFA tracks every count); the name ends at `)`
            r":\d+:in [`'][^`']{1,200}': .* \([A-Z][\w:]+\)\s*$",
            r"\bSQLSTATE\[[0-9A-Z]{5}\]:? ",
            r"\bAccess denied for user ['\"\\]",
            r"""(?:^|[:'"(]\s?)(?:Can't connect to (?:local )?MySQL server|Lost connection to MySQL """
            r"server|MySQL server has gone away|Too many connections\b)",
            r"\(HY000/\d{4}\): ",
            r"\b(?:MySQL server does not support required protocol|[Cc]ommands out of sync[.;] |"
            r"[Pp]acket for query is too large\b)",
            r"\bQueuePool limit of size \d+ overflow -?\d+ reached, connection timed out\b",
            r"(?:^|[\s\"'])curl: \(\d+\) ",
            r": Failed with result '",
            r"\bcode=(?:exited|killed|dumped), status=[1-9]\d*/",
            r"\bexited with code [1-9]",
            r"\bCannot connect to the Docker daemon\b",
            r"\b(?:upstream sent too big header|upstream prematurely closed connection|no live "
            r"upstreams|worker_connections are not enough) while ",
            # (a script's `exec` of a program it does not have names the builtin: dash's `/x.sh:
            # 38: exec: /entrypoint.sh: not found`, busybox ash's `/x.sh: exec: line 61: /bin/bash:
            # not found`)
            r"^[\w./-]+: (?:\d+: )?(?:exec: )?(?:line \d+: )?(?:exec: )?[^:]{1,200}: (?:command )?"
            r"not found\s*$",
            r"(?:^|/)(?:" + "|".join(MYSQL_TOOLS) + "): (?:" + "|".join(MYSQL_TOOL_ERRORS) + ")",
            r"^wget: (?:unable|cannot|can't|server returned error|error)",
            r"^npm ERR! ",
            r"^The connection to the server \S+ was refused\b",
            r"(?:^|: )Segmentation fault\b",
            r"\bTemporary failure in name resolution\b",
            r"\bTemporary failure resolving '[^'\s]+'",
            r"\bName or service not known\b",
            r"(?:^|\s)thread '[^'\n]+' panicked at ",
            r"\bCommunications link failure\b",
            r"\bEncountered (?:Unknown )?AWSError '[A-Za-z][\w.]*'",
            r"\b[Oo]rigin not allowed\b",
            r"<Code>[A-Z]\w+</Code>",
            r"\b[Cc]onnection to (?:node )?\S+ (?:\([^()]*\) )?could not be established\b",
            r"\S: file does not exist\b",
            r"\bnot possible to connect to\b",
            r'(?:^|")[A-Z]+ \S+ HTTP/[\d.]+" 5\d\d \d',
            r"(?:^|\s)Completed 5\d\d [A-Z][\w -]{1,40} in \d",
            # (or the registry's bare answer with its wait: `toomanyrequests: retry-after: 985.86µs,
            # allowed: 44000/minute`, alexklibisz/terraform-provider-terrifi#50)
            r"\btoomanyrequests: (?:[A-Z]|retry-after: \S)",
            r"(?:^|[\s:])(?:\d+:[MCSX]|\[\d+\]) \d{1,2} [A-Z][a-z]{2}(?: \d{4})? [\d:.]+ # (?:Fatal|"
            r"FATAL|Can't|Cannot|Failed|Error|Unable|Bad file|Short read|Wrong signature|Unrecoverable|"
            r"Internal error)",
            r"\bMISCONF Redis\b",
            r"\bcrashed by signal\b",
            r"^(?:OOM)?Killed(?:: 9)?\s*$",
            r": line \d+: +\d+ Killed +\S",
            r"^E: (?:[A-Z]|')",
            r"\breturned a non-zero code: [1-9]",
            WANDB_FAILURE_WARNING,
            URLLIB3_RETRY,
            SHUTDOWN_REPORT,
            r"\b501(?:, message)? Unsupported method \(",
            r"\(error\) [A-Z]",
            r"\bentered failed state\b",
            r"^\s*Active: failed\b",
            r"(?:^|: )Failed to start \S",
            r"\b[Oo]ut of memory: Kill",
            r"\S invoked oom-killer: gfp_mask=",
            # (the kill on a line of its own, the process's size after its name: kernels before 4.19
            # print it under `Out of memory: Kill process …`, 2.6's with the owner's UID first)
            r"(?:^|[\s\]])Killed process \d+,? (?:UID \d+, )?\([^()\s]{1,64}\),? total-vm:\d",
            # (critical's [C …] only with a failure word, as a warning's: Jupyter prints its
            # start-up banner at that level; JupyterHub its own failure to start, `[C … JupyterHub
            # app:1861] Failed to start proxy`, jupyterhub/jupyterhub#2273)
            r"^\[E " + TORNADO_HEADER,
            r"^\[[CW] " + TORNADO_HEADER + r".*\b(?:[A-Z]\w*Error|Error|Exception|[Ff]ailed)\b",
            *S3_MESSAGES,
            *STATE_CONFIRM,
            *TOOL_CONFIRM,
            *ERRNO_CONFIRM,
            *GATEWAY_CONFIRM,
            *HTTP_CONFIRM,
            *MYSQL_CONFIRM,
            *SERVICE_CONFIRM,
            *CLIENT_CONFIRM,
            *RECORD_CONFIRM,
            *REMOTE_CONFIRM,
            *EXPORT_CONFIRM,
            *RUNTIME_CONFIRM,
            *DEVICE_CONFIRM,
            *JOB_CONFIRM,
            *LOCALIZED_CONFIRM,
        ]
    )
)


def _split_confirm(pattern: str) -> tuple[linear.Pattern | None, re.Pattern[str] | None]:
    """_CONFIRM as two alternations that together match where it does: the branches RE2 can run
    (one linear pass over the line, whatever their number) and those it cannot (lookaround),
    which Python's `re` tries at every position, branch after branch; _BARE_EXCEPTION in neither."""
    branches = [b for b in split_alternatives(pattern) if b != _BARE_EXCEPTION]
    fast = [b for b in branches if check_portable(b) is None]
    slow = [b for b in branches if check_portable(b) is not None]
    if linear.ENGINE != "re2" or not fast:
        return None, None
    try:
        # `confirm` searches ASCII lines only with it: RE2 compiles ASCII classes (0.62 -> 0.15
        # CPU s, in every process that confirms a line). At 64 MiB its DFA ran out of memory on
        # every line it matched and RE2 fell back to its NFA: 55,840 real-world corpus lines
        # analysed in 12.9-14.3 CPU s, 8.7-9.8 at 256 MiB (the same peak RSS, 280 MB)
        fast_re = linear.compile("|".join(fast), ascii_text=True, max_mib=256)
        both = fast_re, re.compile("|".join(slow)) if slow else None
    except linear.NotLinear:
        return None, None
    return both


@functools.cache
def confirm_split() -> tuple[linear.Pattern | None, re.Pattern[str] | None]:
    """_CONFIRM split (compiled at the first confirmation, as _CONFIRM is). Measured on the 1 GiB
    bench bundle's 28k miner lines: 0.51 s with _CONFIRM alone, 0.13 s split."""
    with firstuse.counted():
        return _split_confirm(_CONFIRM.pattern)


def compile_patterns() -> None:
    """Compile now the patterns `confirm` compiles at its first line (about 0.5 s): for a
    measurement of lines that must not count it."""
    _CONFIRM.compiled()
    confirm_split()


def confirm(body: str) -> bool:
    # a warning's failure chain (error_quiet.py) is searched apart from _CONFIRM: its bounded gaps
    # would multiply RE2's states, and its literal tests leave most lines out
    return _confirmed(body) or warned_failure_chain(body)


def _confirmed(body: str) -> bool:
    fast, slow = confirm_split()
    # RE2's \b sees ASCII word characters only (linear.py): the split holds for ASCII lines
    if fast is None or not body.isascii():
        return _CONFIRM.search(body) is not None
    if linear.found(fast, body):
        return True
    if body.rstrip().endswith("Error") and _BARE_EXCEPTION_RE.search(body):
        return True
    return slow is not None and slow.search(body) is not None
