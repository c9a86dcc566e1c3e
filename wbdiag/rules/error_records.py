"""Failure records whose level word understates them, and the candidates that find them.

  - a report that starts with `Failure:` and says what failed in its fields (a CGI's or a
    daemon's syslog record: `prog[123]: Failure: user=x, host=y, message=LDAP bind failed: …`);
    `Failure: 0`, `none` or `null` is a count or an empty field;
  - a lost connection, at WARN as its client logs it while it retries (`warn  Connection to redis
    lost. Retry attempt: 35`, `WARN Connection lost to broker`): the service behind it is gone
    until the retries succeed; below WARN (an INFO `Connection lost, reconnected`) it stays a
    notice;
  - a Monolog record (Symfony, Laravel: `channel.LEVEL: message {context} [extra]`) whose context
    carries an exception, as its LineFormatter writes one (`{"exception":"[object] (Class(code: 0):
    message at file:line)"}`): a handler that caught it and logs it at INFO, NOTICE or WARNING
    (Symfony's security firewall: `security.INFO: Authenticator failed.`); at DEBUG it stays
    trusted as other debug lines are.
  - an error object pretty-printed over several lines, one member a line, whose member naming its
    class says it is an exception: pino's serialized `err: {` (`"type": "S3ServiceException",`,
    Directus, directus/directus#20688) and Nextcloud's JSON log record opened by a bare `{`
    (`"Exception": "Sabre\\DAV\\Exception",`, nextcloud/server#29142); the member is listed
    alone, since the scan judges the lines one by one and the object's other members (its
    message, a level number) say nothing alone. A member naming anything else (`"type":
    "Warning"`, `"name": "ValidationError"` in a schema) stays out;
  - a failure's fields printed as labelled lines (`Error code: InvalidArgument`, `Error type:
    TimeoutError`, as Directus prints the AWS SDK's error behind Heroku's `app[web.1]:` prefix,
    directus/directus#5435): the label starts the line or follows a speaker's colon; `Error
    code: 0`, `none` or `null` is no failure;
  - a record of Gitea's logger, whose level is a letter in brackets after its caller (`[...
    cron/cron.go:92 Run()] [E] MirrorUpdate: invalid connection` before 1.9, `...ations/
    migrations.go:419:Migrate() [E] …` since, go-gitea/gitea#6804): [E], [C] and [F] are error,
    critical and fatal; [I], [W], [D] and [T] stay below.
Each candidate starts with a literal (the scan's prefilter searches it) and stays loose;
RECORD_CONFIRM says the positions it cannot.
"""

from __future__ import annotations

from wbdiag import lazyre

RECORD_CANDIDATES = (
    "Failure: ",
    r"onnection to [\w.:/-]{1,100} (?:was |has been )?lost",
    "onnection lost",
    r"exception\\?\":\\?\"\[object\] \(",
    # (a member's value ends the line: its quote, maybe escaped in a docker json-file log, a comma;
    # an `…Error` value only behind a key naming a class: `"rcode": "NoError",` is CoreDNS's success)
    r"Exception\\?\",?(?:\s*$|\\n)",
    *(
        key + r"\\?\": ?\\?\"[\w.$\\]*Error\\?\",?(?:\s*$|\\n)"
        for key in ("type", "xception", "rrorType", "rror_type", "class", "xceptionClass")
    ),
    "Error code: ",
    "Error type: ",
    "Exception type: ",
    *(r"\(\)" + close + r" \[" + letter + r"\] " for close in ("", r"\]") for letter in "ECF"),
)

_FAILURE_REPORT = r"(?:^|\]: )Failure: (?!0\b|none\b|None\b|null\b)\S"
_LOST = r"\b[Cc]onnection (?:to [\w.:/-]{1,100} )?(?:was |has been )?lost\b"
_MONOLOG_EXCEPTION = (
    r"\b[\w.-]{1,60}\.(?:INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY): .{0,500}?"
    r"\\?\"exception\\?\":\\?\"\[object\] \([A-Za-z_\\]{1,300}\(code: "
)
# the member's key names the object's class; its value is an exception's class name, maybe with
# its module or namespace (Sabre\\DAV\\Exception as JSON escapes PHP's backslashes)
_EXCEPTION_MEMBER = (
    r'^\s*"(?:type|Exception|exception|exceptionClass|exception_class|errorType|error_type|class)"'
    r'\s?:\s?"(?:[\w$]+(?:\.|\\{1,2}))*(?:[A-Z]\w*)?'
    r'(?:Exception|Error)",?\s*$'
)
_ERROR_FIELD = (
    r"(?:^|: )(?:Error (?:code|type)|Exception type): "
    r"(?!0\b|none\b|None\b|null\b|nil\b|OK\b)[\w.-]"
)
# the caller Gitea names before the level: its Go file, line and function
_GITEA_LEVEL = r"\.go:\d+[: ][\w.]{1,100}\(\)\]? \[[ECF]\] [\w\[]"
RECORD_CONFIRM = (
    _FAILURE_REPORT,
    _LOST,
    _MONOLOG_EXCEPTION,
    _EXCEPTION_MEMBER,
    _ERROR_FIELD,
    _GITEA_LEVEL,
)
_LOST_RE = lazyre.compile(_LOST)
_MONOLOG_RE = lazyre.compile(_MONOLOG_EXCEPTION)


def lost_connection(body: str) -> bool:
    """A lost connection (a failure at WARN: error_quiet.py)."""
    return " lost" in body and _LOST_RE.search(body) is not None


def monolog_exception(body: str) -> bool:
    """A Monolog record at INFO, NOTICE or WARNING with an exception in its context."""
    return "[object] (" in body and _MONOLOG_RE.search(body) is not None
